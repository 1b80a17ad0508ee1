"""One absence: whether an out-of-office notice continues the manager's latest absence, and until when a
notice pauses their nudges (pure). effects.py stores what these decide.

An undated auto-reply pauses for `replies.ooo_default_pause`; the nudge that resumes afterwards draws the
same auto-reply again. Counted as a new absence each time, the recruiter was told again every few days and
the pause restarted from nothing. So a notice is the SAME absence as the manager's latest one when that one
is still running, or ended (by its own clock, not because the manager wrote in person) no longer ago than
the grace (`absence_grace`): the longer of `ooo_default_pause` and the longest delay of a manager step, as
the nudge that resumes after a pause may come that long after it ends (a step counts from the previous one).
The pause then runs on from the latest notice; recruiters told of this absence are not told again, and one
whose candidate came in during it is told once (effects.py, key `ooo:{absence}:{recruiter}`). One absence
lasts at most MAX_ABSENCE from its first notice: a notice after that opens a new one, and is told, so a
months-long silence is never hidden behind one early notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from collections.abc import Sequence

from mailer.workdays import Calendar, Delay, after, next_open

MAX_PAUSE = timedelta(days=60)  # an out-of-office date further out is more likely a typo (or a forgery)
MAX_ABSENCE = MAX_PAUSE         # one absence, however many notices renew it, from its first notice


@dataclass(frozen=True)
class Absence:
    """A stored out-of-office pause: from its first notice (`since`) to when nudges resume (`until`);
    `ended_in_person`: the manager wrote in person, so it is over whatever `until` said."""

    id: int
    since: datetime
    until: datetime
    ended_in_person: bool = False


def pause_until(cal: Calendar, now: datetime, return_date: date | None, default: Delay,
                unproven: Delay | None = None) -> datetime:
    """When the nudges of a manager whose out-of-office arrived `now` resume: the first business hour of the
    return date, or `default` from now without one; never before the next business hour, never more than
    MAX_PAUSE ahead, and at most `unproven` when nobody proved who sent it."""
    if return_date:
        until = next_open(cal, datetime.combine(return_date, time(0, 0), tzinfo=cal.tz))
    else:
        until = next_open(cal, after(cal, now, default))
    until = min(max(until, next_open(cal, now)), next_open(cal, now + MAX_PAUSE))
    if unproven is not None:
        until = min(until, next_open(cal, after(cal, now, unproven)))
    return until


def absence_grace(default_pause: Delay, manager_steps: Sequence[Delay]) -> tuple[Delay, ...]:
    """The delays after an absence's end within which a notice still continues it: `ooo_default_pause` and
    every manager step's `after` (continues() takes the latest instant any of them reaches, so units may mix).

    >>> from mailer.workdays import parse_delay
    >>> [str(d) for d in absence_grace(parse_delay("2 business days"), [parse_delay("5 business days")])]
    ['2 business days', '5 business days']
    """
    return (default_pause, *dict.fromkeys(manager_steps))


def continues(latest: Absence | None, cal: Calendar, now: datetime, grace: Delay | Sequence[Delay]) -> bool:
    """Whether a notice arriving `now` is the same absence as `latest` (the manager's newest stored one).

    >>> from datetime import timezone
    >>> from zoneinfo import ZoneInfo
    >>> from mailer.workdays import parse_delay
    >>> cal, t = Calendar(ZoneInfo("UTC")), datetime(2026, 12, 2, 9, tzinfo=timezone.utc)  # Wednesday
    >>> ended = Absence(1, t - timedelta(days=2), t)  # ended this morning by its own clock
    >>> continues(ended, cal, t + timedelta(hours=1), parse_delay("2 business days"))
    True
    >>> continues(ended, cal, t + timedelta(days=7), parse_delay("2 business days"))
    False
    >>> continues(ended, cal, t + timedelta(days=7), absence_grace(parse_delay("2 business days"),
    ...                                                            [parse_delay("6 business days")]))
    True
    """
    if latest is None or latest.ended_in_person or now - latest.since >= MAX_ABSENCE:
        return False
    graces = (grace,) if isinstance(grace, Delay) else tuple(grace)
    return now < max(after(cal, latest.until, g) for g in graces)


def first_day_back(cal: Calendar, return_date: date) -> date:
    """The manager's first business day on or after the return an out-of-office gives: "out until Friday 30
    October" reads as a return on Saturday 31, and a Monday-to-Friday manager is back on Monday 2 November."""
    return next_open(cal, datetime.combine(return_date, time(0, 0), tzinfo=cal.tz)).astimezone(cal.tz).date()


def resume_cap(cal: Calendar, now: datetime, return_date: date | None, default: Delay,
               unproven: Delay | None = None) -> str:
    """Why the nudges resume before the return the notice gives, for the recruiter to read: "far" (a return more
    than MAX_PAUSE ahead), "unproven" (nobody proved who sent it: `trust: unauthenticated` caps the pause), or ""
    (they resume at the return, or the notice gives none)."""
    if return_date is None:
        return ""
    stated = next_open(cal, datetime.combine(return_date, time(0, 0), tzinfo=cal.tz))
    if pause_until(cal, now, return_date, default) < stated:
        return "far"
    if unproven is not None and pause_until(cal, now, return_date, default, unproven) < stated:
        return "unproven"
    return ""


def just_back(latest: Absence | None, cal: Calendar, now: datetime, grace: Delay | Sequence[Delay]) -> bool:
    """Whether a nudge going `now` is the first ones after the manager's latest absence: it ended by its own clock
    (not because they wrote in person) no longer ago than the grace (absence_grace). Such a nudge acknowledges the
    absence instead of asking for an answer "today" as if nothing happened."""
    if latest is None or latest.ended_in_person or latest.until > now:
        return False
    graces = (grace,) if isinstance(grace, Delay) else tuple(grace)
    return now < max(after(cal, latest.until, g) for g in graces)
