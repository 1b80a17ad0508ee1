"""What one incoming mail may cost: size limits checked before parsing, and a time budget while reading it.

Hostile mail is cheap to send and was expensive to read (a 30 MB attachment took 40 s and 400 MB; a 400 KB
header 13 s). Nothing here drops mail: an oversized header block or an overrun budget is quarantined with
the reason (its headers kept), and an oversized body is read up to the limit, which is where the text a
person wrote always is (attachments follow it).
"""

from __future__ import annotations

from contextlib import contextmanager
import signal
import threading
from typing import Iterator

from mailer.config.settings import Limits
from mailer.errors import Unreadable


class OverBudget(Unreadable):
    """Reading one mail took longer than `limits.seconds_per_mail`."""


class Oversized(Unreadable):
    """The header block is over `limits.max_header_kb`: not parsed; only its start is kept."""


def header_end(raw: bytes) -> int:
    """Index of the blank line that ends the header block (len(raw) when there is none)."""
    crlf = raw.find(b"\r\n\r\n")
    # LF LF only ahead of it: a CRLF mail holds none, and searching for one would read its whole body.
    found = [i for i in (crlf, raw.find(b"\n\n", 0, len(raw) if crlf < 0 else crlf + 1)) if i >= 0]
    return min(found) if found else len(raw)


def check_header_size(raw: bytes, limits: Limits) -> None:
    """Raise Unreadable for a header block over the limit: no person writes 256 KB of headers."""
    end = header_end(raw[: limits.max_header_kb * 1024 + 4])
    if end > limits.max_header_kb * 1024:
        raise Oversized(f"header block over {limits.max_header_kb} KB (limits.max_header_kb): not read")


def readable_part(raw: bytes, limits: Limits) -> tuple[bytes, str | None]:
    """The bytes to parse: the whole mail, or its headers and the first `max_body_kb` of its body.

    Returns (bytes, note); the note says what was left unread, for the log and the stored reason."""
    end = header_end(raw)
    cap = limits.max_body_kb * 1024
    if len(raw) - end <= cap:
        return raw, None
    return raw[: end + cap], (f"body of {(len(raw) - end) // 1024} KB read up to {limits.max_body_kb} KB "
                              f"(limits.max_body_kb)")


def headers_only(raw: bytes, limit_kb: int = 64) -> bytes:
    """What is kept of a mail too big to read: the start of its headers (the original stays on the server)."""
    return raw[: min(header_end(raw), limit_kb * 1024)] + b"\r\n\r\n"


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in the block once `seconds` have passed (main thread only; elsewhere no limit).

    The alarm repeats every 50 ms after the first: a helper that catches every exception (authres does, so a
    hostile header yields a verdict) may swallow one, and the next lands in the code after it."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(_signum, _frame):
        raise OverBudget(f"reading it took over {seconds:g} s (limits.seconds_per_mail)")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
