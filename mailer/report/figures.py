"""Stored history → the report's figures (pure): per manager, per week for the team, per mentorship.

Every figure is defined once, here and in the README ("Reading the report"):

- a *reply* is the manager's first human answer in the candidate's thread (or their delegate's, or one a
  recruiter forwarded): what stopped the nudging. Out-of-office replies and bounces are not replies.
- *reply time* is the business time from the submission to that reply in the manager's own calendar (time
  zone, business hours, weekends and holidays), in business hours: a Friday 16:00 submission answered Monday
  10:00 (9–17) waited 2 hours.
- a submission belongs to the period (and the week) in which it was received; its reply counts if it came
  before the end of the period.
- the median and p90 count the submissions still waiting (mailer/report/survival.py): each as "at least" its wait
  so far, and one closed unanswered as at least its wait until it was closed. When too many are waiting for an
  estimate the figure is a floor, flagged `median_at_least` / `p90_at_least` ("≥ 42.0 h").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
import math
import statistics
from typing import Callable, Iterable

from mailer.report.compare import Change, Split, change
from mailer.report.survival import quantile
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
    ended: str = ""                   # how it ended, in words, when state is "ended" (the mentor's stop, the config)
    ended_at: datetime | None = None  # when, if known: as-mentor figures stop there


@dataclass(frozen=True)
class Figures:
    """The figures of one group of submissions: a manager's, a week's, the team's."""

    received: int               # submissions received in the period
    answered: int               # of those, replied to before the period's end
    median_hours: float | None  # median reply time, business hours, those still waiting counted (survival.py)
    p90_hours: float | None     # 90th percentile reply time (nearest rank), business hours, likewise
    within_sla: float | None    # share answered within the first rung's delay, of those whose delay had run out
    sla_counted: int            # how many submissions that share is over
    nudges_per_answer: float | None  # mean nudges sent to the manager before a reply, over the replied ones
    waiting: int                # received, neither replied to nor closed by the period's end
    median_at_least: bool = False  # too many still waiting for an estimate: median_hours is a floor
    p90_at_least: bool = False     # likewise for p90_hours
    oldest_wait_hours: float | None = None  # the longest wait so far of those still waiting, business hours


@dataclass(frozen=True)
class ManagerRow:
    manager: str
    name: str
    figures: Figures
    mentoring: Split | None = None  # before and since the first mentorship began, when it began in the period


@dataclass(frozen=True)
class WeekRow:
    week: date  # the Monday the week starts, in the team's time zone
    figures: Figures


@dataclass(frozen=True)
class MentorshipRow:
    """The mentor's reply times as a manager to this recruiter before the mentorship and since (to its end), and
    to the other recruiters since: each a Figures, those still waiting counted."""

    recruiter: str
    mentor: str
    state: str
    started_at: datetime
    checkins_sent: int
    checkins_answered: int
    before: Figures
    as_mentor: Figures
    others: Figures
    change: Change                   # as mentor against before, in words
    recruiter_name: str = ""         # as the report shows them: listed names, else the addresses
    mentor_name: str = ""
    ended: str = ""                  # "the mentor said stop on Wed 02 Dec", "removed from the config"

    replies_as_mentor = property(lambda self: self.as_mentor.answered)
    median_as_mentor = property(lambda self: self.as_mentor.median_hours)
    replies_before = property(lambda self: self.before.answered)
    median_before = property(lambda self: self.before.median_hours)
    median_others = property(lambda self: self.others.median_hours)
    change_vs_before = property(lambda self: self.change.hours,
                                doc="Business hours faster (negative) or slower as a mentor than before; None when "
                                    "a side is only a floor or has nothing")


@dataclass(frozen=True)
class Report:
    since: datetime
    until: datetime
    sla: str  # the first rung's delay, e.g. "2 business days"
    team: Figures
    managers: tuple[ManagerRow, ...]
    weeks: tuple[WeekRow, ...]
    mentorships: tuple[MentorshipRow, ...]
    mentoring_began: datetime | None = None  # the first mentorship's start, when within the period
    team_mentoring: Split | None = None      # the team before and since then
    mentoring_began_day: date | None = None  # its day in the team's time zone (where the trend marks it)


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
        # Keyed by the record itself (frozen, so by value), not id(): a record freed after its figure gives its id
        # to the next one made, which then read the freed one's hours.
        self._hours: dict[SubmissionRecord, float] = {}
        self._deadlines: dict[SubmissionRecord, datetime] = {}
        self._waits: dict[tuple[SubmissionRecord, datetime], float] = {}
        self._days: dict[tuple[str, date], float] = {}

    def hours(self, r: SubmissionRecord) -> float:
        if r not in self._hours:
            self._hours[r] = reply_hours(self.calendar_for(r.manager), r)
        return self._hours[r]

    def waited(self, r: SubmissionRecord, end: datetime) -> float:
        """Business hours from the submission to `end`: how long one not answered by then has waited. A wait
        can span months (a reply is days), so the whole days between are summed from each manager's days, each
        worked out once: a year of history took four times as long without."""
        key = (r, end)
        if key not in self._waits:
            cal = self.calendar_for(r.manager)
            first, last = cal.local_date(r.submitted_at), cal.local_date(end)
            if (last - first).days <= 2:
                hours = _hours(cal, r.submitted_at, end)
            else:
                hours = (_hours(cal, r.submitted_at, _midnight(cal, first + timedelta(days=1)))
                         + sum(self._day(r.manager, cal, first + timedelta(days=n))
                               for n in range(1, (last - first).days))
                         + _hours(cal, _midnight(cal, last), end))
            self._waits[key] = hours
        return self._waits[key]

    def _day(self, manager: str, cal: Calendar, day: date) -> float:
        if (manager, day) not in self._days:
            self._days[(manager, day)] = _hours(cal, _midnight(cal, day), _midnight(cal, day + timedelta(days=1)))
        return self._days[(manager, day)]

    def deadline(self, r: SubmissionRecord) -> datetime:
        if r not in self._deadlines:
            self._deadlines[r] = after(self.calendar_for(r.manager), r.submitted_at, self.sla)
        return self._deadlines[r]


def _hours(cal: Calendar, start: datetime, end: datetime) -> float:
    return business_time_between(cal, start, end).total_seconds() / 3600


def _midnight(cal: Calendar, day: date) -> datetime:
    """The start of `day` in the calendar's zone (a wall-clock midnight, DST-aware)."""
    return datetime.combine(day, time(), tzinfo=cal.tz)


# ---------------------------------------------------------------- figures

def figures(records: Iterable[SubmissionRecord], until: datetime, calendar_for: Callable[[str], Calendar],
            sla: Delay | None, measures: Measures | None = None) -> Figures:
    """The figures of these submissions as of `until` (a reply or closing after it has not happened yet)."""
    measures = measures or Measures(calendar_for, sla)
    records = list(records)
    replied = [r for r in records if _replied(r, until)]
    hours = [measures.hours(r) for r in replied]
    waiting = [r for r in records if not _replied(r, until) and not _closed(r, until)]
    waits = [measures.waited(r, until) for r in waiting]
    # One closed unanswered (the recruiter's stop) waited at least until it was closed: known, like a wait so far.
    closed = [measures.waited(r, r.closed_at) for r in records if not _replied(r, until) and _closed(r, until)]
    middle, high = quantile(hours, waits + closed, 0.5), quantile(hours, waits + closed, 0.9)
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
        received=len(records), answered=len(replied), median_hours=middle.hours, p90_hours=high.hours,
        within_sla=within / counted if counted else None, sla_counted=counted,
        nudges_per_answer=sum(r.nudges for r in replied) / len(replied) if replied else None,
        waiting=len(waiting), median_at_least=middle.at_least, p90_at_least=high.at_least,
        oldest_wait_hours=max(waits, default=None))


def _closed(r: SubmissionRecord, until: datetime) -> bool:
    return r.closed_at is not None and r.closed_at < until


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
    mentorships = tuple(mentorships)
    began = min((m.started_at for m in mentorships if since < m.started_at < until), default=None)

    def split(rs: list[SubmissionRecord]) -> Split | None:
        """Before and since mentoring began: each side measured to the period's end, as the period is."""
        if began is None:
            return None
        before = figures([r for r in rs if r.submitted_at < began], until, calendar_for, sla, measures)
        after = figures([r for r in rs if r.submitted_at >= began], until, calendar_for, sla, measures)
        return Split(before, after, change(before, after))

    by_manager: dict[str, list[SubmissionRecord]] = {}
    by_week: dict[date, list[SubmissionRecord]] = {}
    for r in period:
        by_manager.setdefault(r.manager, []).append(r)
        by_week.setdefault(week_of(team_calendar, r.submitted_at), []).append(r)
    managers = tuple(ManagerRow(m, names(m, next((r.manager_name for r in rs if r.manager_name), "")),
                                figures(rs, until, calendar_for, sla, measures), split(rs))
                     for m, rs in sorted(by_manager.items()))

    weeks = []
    week = week_of(team_calendar, since)
    last = week_of(team_calendar, until - timedelta(microseconds=1))
    while week <= last:
        weeks.append(WeekRow(week, figures(by_week.get(week, []), until, calendar_for, sla, measures)))
        week += timedelta(days=7)

    rows = tuple(_mentorship(m, history, since, until, calendar_for, names, measures) for m in mentorships)
    return Report(since, until, str(sla) if sla else "", figures(period, until, calendar_for, sla, measures),
                  managers, tuple(weeks), rows, began, split(period),
                  team_calendar.local_date(began) if began else None)


def _mentorship(m: Mentorship, history: list[SubmissionRecord], since: datetime, until: datetime,
                calendar_for: Callable[[str], Calendar], names: Callable[[str, str], str],
                measures: Measures) -> MentorshipRow:
    """The mentor's reply times as a manager: to this recruiter before the mentorship began (all stored history)
    and from then to its end (within the report's period), and to everyone else in that time; those still
    waiting counted on every side, so a silence is not dropped from a median."""
    start = max(m.started_at, since)
    end = min(m.ended_at, until) if m.ended_at is not None else until
    mine = [r for r in history if r.manager == m.mentor]

    def group(keep: Callable[[SubmissionRecord], bool]) -> Figures:
        return figures([r for r in mine if keep(r)], until, calendar_for, None, measures)

    as_mentor = group(lambda r: r.recruiter == m.recruiter and start <= r.submitted_at < end)
    before = group(lambda r: r.recruiter == m.recruiter and r.submitted_at < m.started_at)
    others = group(lambda r: r.recruiter != m.recruiter and start <= r.submitted_at < end)
    return MentorshipRow(m.recruiter, m.mentor, m.state, m.started_at, m.checkins_sent, m.checkins_answered,
                         before, as_mentor, others, change(before, as_mentor),
                         names(m.recruiter, ""), names(m.mentor, ""), m.ended)
