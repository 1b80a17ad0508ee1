"""The keys a running daemon never takes from an edit: `state:` (its database) and `address:` (the mailbox that
state belongs to). Changing either is a stop, a step by ops, and a start."""

from __future__ import annotations

from pathlib import Path
import re

from mailer.config.settings import Config


def refused_edit(path: Path, current: Config, fresh: Config) -> str | None:
    """Why the running daemon keeps `current` instead of `fresh`, or None when the edit may be taken."""
    if fresh.state.resolve() != current.state.resolve():
        # The new file would be empty, and everything open would be forgotten without a word.
        return (f"{_where(path, 'state')}: state: changed from {current.state} to {fresh.state}; a running "
                f"mailer keeps its database. Stop mailer, move the file (with its -wal), and start it")
    if fresh.address.casefold() != current.address.casefold():
        # The state belongs to one mailbox (guard.check_mailbox): taking the edit would stop the daemon at its
        # next pass, or, for a second team's address pasted by mistake, nudge from the wrong mailbox.
        return (f"{_where(path, 'address')}: address: changed from {current.address} to {fresh.address}; a running mailer keeps "
                f"the mailbox its state belongs to. If mailer's address really changed: stop mailer, run "
                f"`mailer init --adopt`, and start it")
    return None


def _where(path: Path, key: str) -> str:
    """`config.yaml:12` for the top-level key as written in the file (just the file if it cannot be found)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return str(path)
    match = re.search(rf"^['\"]?{key}['\"]?\s*:", text, re.MULTILINE)
    return f"{path}:{text.count(chr(10), 0, match.start()) + 1}" if match else str(path)
