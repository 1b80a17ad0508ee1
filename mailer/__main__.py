"""`python -m mailer` is the `mailer` command."""

import sys

from mailer.cli.main import main

sys.exit(main())
