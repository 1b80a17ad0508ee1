"""The command line: one module per group of commands; `main` parses arguments and dispatches."""

from mailer.cli.main import main

__all__ = ["main"]
