"""`python -m mailer` is the `mailer` command."""

import sys

from mailer.cli import main

sys.exit(main())
