"""Stored history → the report's figures (pure): per manager, per week for the team, per mentorship.

Every figure is defined once, here and in the README ("Reading the report"):

- a *reply* is the manager's first human answer in the candidate's thread (or their delegate's, or one a
  recruiter forwarded): what stopped the nudging. Out-of-office replies and bounces are not replies.
- *reply time* is the business time from the submission to that reply in the manager's own calendar (time
  zone, business hours, weekends and holidays), in business hours: a Friday 16:00 submission answered Monday
  10:00 (9–17) waited 2 hours.
- a submission belongs to the period (and the week) in which it was received; its reply counts if it came
  before the end of the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
import math
import statistics
from typing import Callable, Iterable

from mailer.workdays import Calendar, Delay, after, business_time_between


@dataclass(frozen=True)
class SubmissionRecord:
    """One submission as the report sees it (from Store.submission_history)."""

    manager: str
    recruiter: str
    submitted_at: datetime
    answered_at: datetime | None = None  # the first human reply
    closed_at: datetime | None = None    # closed without a reply (a recruiter's stop, forget)
    nudges: int = 0                       # mails to the manager listing it, sent before the reply
    manager_name: str = ""


@dataclass(frozen=True)
class Mentorship:
    """A recruiter's mentorship as the report needs it (from the mentor loop's store)."""

    recruiter: str
    mentor: str
    started_at: datetime
    state: str = "active"
    checkins_sent: int = 0
    checkins_answered: int = 0


@dataclass(frozen=True)
class Figures:
    """The figures of one group of submissions: a manager's, a week's, the team's."""

    received: int               # submissions received in the period
    answered: int               # of those, replied to before the period's end
    median_hours: float | None  # median reply time, business hours
    p90_hours: float | None     # 90th percentile reply time (nearest rank), business hours
    within_sla: float | None    # share answered within the first rung's delay, of those whose delay had run out
    sla_counted: int            # how many submissions that share is over
    nudges_per_answer: float | None  # mean nudges sent to the manager before a reply, over the replied ones
    waiting: int                # received, neither replied to nor closed by the period's end


@dataclass(frozen=True)
class ManagerRow:
    manager: str
    name: str
    figures: Figures


@dataclass(frozen=True)
class WeekRow:
    week: date  # the Monday the week starts, in the team's time zone
    figures: Figures


@dataclass(frozen=True)
class MentorshipRow:
    recruiter: str
    mentor: str
    state: str
    started_at: datetime
    checkins_sent: int
    checkins_answered: int
    replies_as_mentor: int
    median_as_mentor: float | None   # the mentor's reply time to this recruiter since the mentorship started
    replies_before: int
    median_before: float | None      # the same, before it started
    median_others: float | None      # the mentor's reply time to other recruiters since it started
    recruiter_name: str = ""         # as the report shows them: listed names, else the addresses
    mentor_name: str = ""

    @property
    def change_vs_before(self) -> float | None:
        """Business hours faster (negative) or slower as a mentor than before."""
        if self.median_as_mentor is None or self.median_before is None:
            return None
        return self.median_as_mentor - self.median_before


@dataclass(frozen=True)
class Report:
    since: datetime
    until: datetime
    sla: str  # the first rung's delay, e.g. "2 business days"
    team: Figures
    managers: tuple[ManagerRow, ...]
    weeks: tuple[WeekRow, ...]
    mentorships: tuple[MentorshipRow, ...]


# ---------------------------------------------------------------- statistics

def median(values: list[float]) -> float | None:
    """The middle value (the mean of the two middle ones for an even count); None for no values."""
    return statistics.median(values) if values else None


def p90(values: list[float]) -> float | None:
    """Nearest-rank 90th percentile: the smallest value that at least 90% of the values do not exceed.

    Example: of 1..10 hours it is 9; of 1..5 it is 5; of [3] it is 3.
    """
    if not values:
        return None
    ordered = sorted(values)
    return ordered[math.ceil(0.9 * len(ordered)) - 1]


def reply_hours(calendar: Calendar, rec: SubmissionRecord) -> float:
    return business_time_between(calendar, rec.submitted_at, rec.answered_at).total_seconds() / 3600


class Measures:
    """Each record's reply time and first-rung deadline in its manager's calendar, worked out once per report:
    a record counts in its manager's row, its week and the team's, and business time is the costly part."""

    def __init__(self, calendar_for: Callable[[str], Calendar], sla: Delay | None):
        self.calendar_for, self.sla = calendar_for, sla
        self._hours: dict[int, float] = {}
        self._deadlines: dict[int, datetime] = {}

    def hours(self, r: SubmissionRecord) -> float:
        if id(r) not in self._hours:
            self._hours[id(r)] = reply_hours(self.calendar_for(r.manager), r)
        return self._hours[id(r)]

    def deadline(self, r: SubmissionRecord) -> datetime:
        if id(r) not in self._deadlines:
            self._deadlines[id(r)] = after(self.calendar_for(r.manager), r.submitted_at, self.sla)
        return self._deadlines[id(r)]


# ---------------------------------------------------------------- figures

def figures(records: Iterable[SubmissionRecord], until: datetime, calendar_for: Callable[[str], Calendar],
            sla: Delay | None, measures: Measures | None = None) -> Figures:
    """The figures of these submissions as of `until` (a reply or closing after it has not happened yet)."""
    measures = measures or Measures(calendar_for, sla)
    records = list(records)
    replied = [r for r in records if _replied(r, until)]
    hours = [measures.hours(r) for r in replied]
    waiting = [r for r in records if not _replied(r, until) and not (r.closed_at is not None and r.closed_at < until)]
    within = counted = 0
    if sla is not None:
        for r in records:
            deadline = measures.deadline(r)
            in_time = _replied(r, until) and r.answered_at <= deadline
            closed_first = not _replied(r, until) and r.closed_at is not None and r.closed_at < min(deadline, until)
            if in_time or (deadline <= until and not closed_first):
                counted += 1
                within += in_time
    return Figures(
        received=len(records), answered=len(replied), median_hours=median(hours), p90_hours=p90(hours),
        within_sla=within / counted if counted else None, sla_counted=counted,
        nudges_per_answer=sum(r.nudges for r in replied) / len(replied) if replied else None,
        waiting=len(waiting))


def _replied(r: SubmissionRecord, until: datetime) -> bool:
    return r.answered_at is not None and r.answered_at < until


def week_of(calendar: Calendar, when: datetime) -> date:
    """The Monday of the local week `when` falls in."""
    day = calendar.local_date(when)
    return day - timedelta(days=day.weekday())


def build(records: Iterable[SubmissionRecord], mentorships: Iterable[Mentorship], since: datetime,
          until: datetime, calendar_for: Callable[[str], Calendar], team_calendar: Calendar,
          sla: Delay | None,
          names: Callable[[str, str], str] = lambda address, fallback: fallback or address) -> Report:
    """The whole report for submissions received in [since, until).

    `records` may hold older history too: the mentorship comparison looks before the mentorship started,
    which can be before `since`. Weeks run Monday to Sunday in `team_calendar`'s time zone, every week of
    the period listed even when nothing came in. `names(address, name read from mail)` is how a person is shown:
    the managers, and the mentorships' recruiters and mentors.
    """
    history = [r for r in records if r.submitted_at < until]
    period = [r for r in history if r.submitted_at >= since]
    measures = Measures(calendar_for, sla)
    by_manager: dict[str, list[SubmissionRecord]] = {}
    by_week: dict[date, list[SubmissionRecord]] = {}
    for r in period:
        by_manager.setdefault(r.manager, []).append(r)
        by_week.setdefault(week_of(team_calendar, r.submitted_at), []).append(r)
    managers = tuple(ManagerRow(m, names(m, next((r.manager_name for r in rs if r.manager_name), "")),
                                figures(rs, until, calendar_for, sla, measures))
                     for m, rs in sorted(by_manager.items()))

    weeks = []
    week = week_of(team_calendar, since)
    last = week_of(team_calendar, until - timedelta(microseconds=1))
    while week <= last:
        weeks.append(WeekRow(week, figures(by_week.get(week, []), until, calendar_for, sla, measures)))
        week += timedelta(days=7)

    rows = tuple(_mentorship(m, history, since, until, calendar_for, names) for m in mentorships)
    return Report(since, until, str(sla) if sla else "", figures(period, until, calendar_for, sla, measures),
                  managers, tuple(weeks), rows)


def _mentorship(m: Mentorship, history: list[SubmissionRecord], since: datetime, until: datetime,
                calendar_for: Callable[[str], Calendar], names: Callable[[str, str], str]) -> MentorshipRow:
    """The mentor's reply times as a manager: to this recruiter before and since the mentorship began, and to
    everyone else since then (within the report's period)."""
    cal = calendar_for(m.mentor)
    start = max(m.started_at, since)

    def times(keep: Callable[[SubmissionRecord], bool]) -> list[float]:
        return [reply_hours(cal, r) for r in history
                if r.manager == m.mentor and r.answered_at is not None and r.answered_at < until and keep(r)]

    as_mentor = times(lambda r: r.recruiter == m.recruiter and r.submitted_at >= start)
    before = times(lambda r: r.recruiter == m.recruiter and r.submitted_at < m.started_at)
    others = times(lambda r: r.recruiter != m.recruiter and r.submitted_at >= start)
    return MentorshipRow(m.recruiter, m.mentor, m.state, m.started_at, m.checkins_sent, m.checkins_answered,
                         len(as_mentor), median(as_mentor), len(before), median(before), median(others),
                         names(m.recruiter, ""), names(m.mentor, ""))
