"""What a check-in says besides its question, decided from stored facts (pure): whether to thank the mentor for their
last answer, and the mentor's own figures as this recruiter's manager, told when they changed.

A check-in speaks in the recruiter's voice to a (often senior) manager. "Thank you, that helped" after an answer
written five minutes earlier, or after "no idea", is a claim nobody made; the same "you answered in 5 business days
(median)" in every check-in reads like a form letter, and counting the week they were out of office in it is unfair.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
import re
import statistics
from typing import Callable

from mailer.workdays import Calendar, business_time_between

MIN_ADVICE_WORDS = 4  # fewer ("Sounds good", "Will do") is an acknowledgement, not advice to thank for
# Answers that give no advice: the mentor had nothing to say this time.
_NO_ADVICE = re.compile(r"(?<![\w'-])(?:no idea|not sure|don't know|do not know|dunno|no clue|nothing (?:to add|"
                        r"comes to mind|yet)|no comment|pass|n/a|keine ahnung|weiß nicht|aucune idée|je ne sais pas|"
                        r"ni idea|no sé)(?![\w'-])", re.I)


def worth_thanks(answer: str, answered_at: datetime, now: datetime, calendar: Calendar) -> bool:
    """Whether the check-in may thank the mentor for their last answer ("Thank you, that helped"): it gave advice
    (some words, not "no idea") and came on an earlier day than the check-in, so the recruiter had a chance to use it.

    >>> from datetime import timezone
    >>> from zoneinfo import ZoneInfo
    >>> cal, mon = Calendar(ZoneInfo("Europe/London")), datetime(2026, 11, 23, 15, 5, tzinfo=timezone.utc)
    >>> worth_thanks("Ask for a work sample before the panel.", mon - timedelta(minutes=5), mon, cal)
    False
    >>> worth_thanks("Ask for a work sample before the panel.", mon - timedelta(days=3), mon, cal)
    True
    >>> worth_thanks("No idea, sorry.", mon - timedelta(days=3), mon, cal)
    False
    """
    if len(answer.split()) < MIN_ADVICE_WORDS or _NO_ADVICE.search(answer.replace("’", "'")):
        return False
    return calendar.local_date(answered_at) < calendar.local_date(now)


def answered_today(answered_at: datetime, now: datetime, calendar: Calendar) -> bool:
    return calendar.local_date(answered_at) == calendar.local_date(now)


@dataclass(frozen=True)
class Handled:
    """One submission from the recruiter to the mentor as a manager: when it came, when they first answered, and
    the business time to that answer as stored (what the report counts too)."""

    submitted_at: datetime
    answered_at: datetime | None
    waited: timedelta | None


def away_time(calendar: Calendar, start: datetime, end: datetime,
              absences: list[tuple[datetime, datetime]]) -> timedelta:
    """Business time between `start` and `end` that the manager was out of office (absences merged first, so two
    notices for one week count it once)."""
    total, covered_until = timedelta(), start
    for since, until in sorted(absences):
        lo, hi = max(since, covered_until, start), min(until, end)
        if hi > lo:
            total += business_time_between(calendar, lo, hi)
            covered_until = hi
    return total


@dataclass(frozen=True)
class Figures:
    since: datetime          # the first submission counted
    submissions: int
    median: timedelta | None  # business time to the first answer, out-of-office time left out; None: none answered


def figures_at(handled: list[Handled], calendar: Calendar, absences: list[tuple[datetime, datetime]],
               as_of: datetime) -> Figures | None:
    """The mentor's figures as they stood at `as_of`: submissions that had come by then, answers read by then,
    each answer's wait in the manager's business time without their out-of-office time (they were not there to
    answer). None when no submission had come."""
    known = sorted((h for h in handled if h.submitted_at <= as_of), key=lambda h: h.submitted_at)
    if not known:
        return None
    waits = [max(timedelta(), h.waited - away_time(calendar, h.submitted_at, h.answered_at, absences))
             for h in known if h.answered_at is not None and h.waited is not None and h.answered_at <= as_of]
    median = timedelta(seconds=statistics.median(w.total_seconds() for w in waits)) if waits else None
    return Figures(known[0].submitted_at, len(known), median)


def figures_news(now_figures: Figures | None, last_told: Figures | None, first: bool,
                 shown: Callable[[timedelta], str]) -> bool:
    """Whether a check-in tells the figures: in the first, and after that only when what it would say changed
    since the last check-in (a new submission, or a new answer that moved the median as `shown` words it), so
    it is news, not a refrain."""
    if now_figures is None:
        return False
    if first or last_told is None:
        return True
    def said(f: Figures) -> tuple[int, str]:
        return f.submissions, shown(f.median) if f.median is not None else ""
    return said(now_figures) != said(last_told)
