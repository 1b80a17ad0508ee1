"""What mailer prints on a terminal: text read from mail (a candidate's name, a subject, a mentor's answer) may
hold escape sequences that retitle the window, clear the screen or rewrite the lines above; on a terminal they
are shown as a visible mark, never obeyed. Output to a file or a pipe is left exactly as written."""

from __future__ import annotations

import re
import sys
from typing import TextIO

# C0 controls but tab and newline (a bare CR moves back over a line and hides it), DEL, and the C1 controls
# (U+009B is CSI on terminals that take 8-bit controls).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
MARK = "\ufffd"


def visible(text: str) -> str:
    """Control characters but tab and newline replaced by a visible mark.

    >>> visible("Jane \\x1b]0;owned\\x07Doe")
    'Jane �]0;owned�Doe'
    """
    return _CONTROL.sub(MARK, text)


class _Visible:
    """A text stream whose writes have their control characters made visible; all else is the stream's own."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def guard_terminals() -> None:
    """Make stdout and stderr show control characters visibly, each only if it is a terminal. Call before
    logging is set up, so its handler writes through the guarded stderr."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if not isinstance(stream, _Visible) and getattr(stream, "isatty", lambda: False)():
            setattr(sys, name, _Visible(stream))
