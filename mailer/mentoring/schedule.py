"""The one cadence language of config.yaml ("every 2 weeks on tuesday at 10:00") and when its next slot is due.

Pure: no clock, no store. A caller passes the parsed `Schedule`, the person's business `Calendar`, the date the
cadence starts from, the last slot it already used (stored), and `now`; `due_slot` answers with the one slot
to act on, or None. Because the answer depends only on those inputs, a restart, a sleep or a clock jump never
skips or repeats a slot: a month's jump gives the latest slot once, not four catch-up mails.

Grammar (case and extra spaces do not matter; weekdays in full or as mon … sun):

    every weekday at 09:00                         Monday to Friday
    every monday at 08:00                          = every week on monday at 08:00
    every week on monday at 09:00
    every 2 weeks on tuesday at 10:00              also: every other week on tuesday at 10:00
    every month on the first monday at 09:00       first, second, third, fourth or last

The leading "every" may be left out where the key already says it (`every: 2 weeks on tuesday at 10:00`).

Example, a digest every Monday at 08:00 for a recruiter in Berlin:

    schedule = parse_schedule("every monday at 08:00")
    slot = due_slot(schedule, calendar, start=date(2026, 12, 1), last=stored_last_day, now=clock.now())
    if slot:                      # queue the digest under a key containing slot.day, and store slot.day
        ...

Slots are identified by `Slot.day`, the nominal local date of the cadence (store that as "last used"); the
instant they may go, `Slot.at`, is that day at the given local time, moved to the next business day when the
day is a weekend day or holiday of the calendar, and into business hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
import difflib
import re
from typing import Iterator

from mailer.errors import MailerError
from mailer.workdays import Calendar, next_open

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}
EXAMPLES = ("every week on monday at 09:00", "every 2 weeks on tuesday at 10:00",
            "every month on the first monday at 09:00", "every weekday at 09:00")

# A weekday's name, its usual abbreviations ("tue", "tues", "thurs") or either in the plural ("mondays"); never
# a word that merely starts like one ("monkey", "sunny"), which would put a typo's check-ins on a day nobody chose.
_DAY_WORDS = ("monday", "mon", "tuesday", "tues", "tue", "wednesday", "weds", "wed", "thursday", "thurs", "thur", "thu",
              "friday", "fri", "saturday", "sat", "sunday", "sun")
_DAY = rf"(?P<day>{'|'.join(_DAY_WORDS)})s?(?![a-z])"
_AT = r"at\s+(?P<hh>\d{1,2}):(?P<mm>\d{2})"
_FORMS = (
    ("weekday", re.compile(rf"^every\s+(?:weekday|working\s+day|business\s+day)\s+{_AT}$")),
    ("week", re.compile(rf"^every\s+{_DAY}\s+{_AT}$")),
    ("week", re.compile(rf"^every\s+(?P<n>\d+|other)?\s*weeks?\s+on\s+{_DAY}\s+{_AT}$")),
    ("month", re.compile(rf"^every\s+month\s+on\s+the\s+(?P<nth>{'|'.join(ORDINALS)})\s+{_DAY}\s+{_AT}$")),
)


class ScheduleError(MailerError, ValueError):
    """A cadence that is not in the language; the message quotes the offending text and shows the forms."""


@dataclass(frozen=True)
class Schedule:
    """A parsed cadence. `unit` is "week" (every `interval` weeks on `weekday`), "month" (the `nth` `weekday`
    of each month; -1 = last) or "weekday" (Monday to Friday); `at` is the local time of day."""

    unit: str
    at: time
    weekday: int | None = None   # Monday=0 … Sunday=6
    interval: int = 1            # weeks between slots ("week" only)
    nth: int | None = None       # 1…4 or -1 ("month" only)

    def __str__(self) -> str:
        at = f"at {self.at:%H:%M}"
        if self.unit == "weekday":
            return f"every weekday {at}"
        day = WEEKDAYS[self.weekday]
        if self.unit == "month":
            nth = next(word for word, n in ORDINALS.items() if n == self.nth)
            return f"every month on the {nth} {day} {at}"
        return f"every week on {day} {at}" if self.interval == 1 else f"every {self.interval} weeks on {day} {at}"


    @property
    def rhythm(self) -> str:
        """How often, in words for a person: 'every week', 'every other week', 'once a month', 'every weekday'."""
        if self.unit == "weekday":
            return "every weekday"
        if self.unit == "month":
            return "once a month"
        return {1: "every week", 2: "every other week"}.get(self.interval, f"every {self.interval} weeks")


@dataclass(frozen=True)
class Slot:
    """One occurrence of a schedule: `day` is its nominal local date (its identity: store it, key mail by it);
    `at` is the UTC instant it may go (holidays, weekends and business hours applied)."""

    day: date
    at: datetime


def parse_schedule(text: str) -> Schedule:
    """'every 2 weeks on tuesday at 10:00' → Schedule. Raises ScheduleError quoting `text` for anything else.

    >>> parse_schedule("Every Monday at 8:00")
    Schedule(unit='week', at=datetime.time(8, 0), weekday=0, interval=1, nth=None)
    """
    cleaned = " ".join(str(text).lower().split())
    if not cleaned.startswith("every "):
        cleaned = "every " + cleaned  # under a key named `every:` the word reads twice: "every: 2 weeks on …"
    for unit, pattern in _FORMS:
        match = pattern.match(cleaned)
        if not match:
            continue
        hour, minute = int(match["hh"]), int(match["mm"])
        if hour > 23 or minute > 59:
            raise ScheduleError(f"{text!r}: {hour}:{minute:02d} is not a time of day (use 00:00 to 23:59)")
        at = time(hour, minute)
        if unit == "weekday":
            return Schedule("weekday", at)
        weekday = [d[:3] for d in WEEKDAYS].index(match["day"][:3])
        if unit == "month":
            return Schedule("month", at, weekday, nth=ORDINALS[match["nth"]])
        n = match.groupdict().get("n")
        interval = 2 if n == "other" else int(n or 1)
        if interval < 1 or interval > 52:
            raise ScheduleError(f"{text!r}: every {interval} weeks is out of range (1 to 52)")
        return Schedule("week", at, weekday, interval=interval)
    hint = next((f" ({word!r}: did you mean {day!r}?)" for word in cleaned.split() if (day := weekday_hint(word))),
                "")
    raise ScheduleError(f"cannot read {text!r} as a schedule{hint}; write e.g. "
                        + ", ".join(repr(e) for e in EXAMPLES))


# The words of the cadence language besides the weekdays: never taken for a misspelt day.
_GRAMMAR_WORDS = frozenset({"every", "week", "weeks", "on", "at", "the", "month", "weekday", "weekdays", "working",
                            "business", "day", "other", *ORDINALS})


def weekday_hint(word: str) -> str | None:
    """The weekday a misspelt word stands for ("tusday" → "tuesday", "wendesday" → "wednesday"), as a time zone's
    typo gets its "did you mean"; None for a word of the language, a known day word, a number or a time."""
    word = word.lower().strip(",.;:")
    if not word.isalpha() or word in _GRAMMAR_WORDS or re.fullmatch(_DAY, word):
        return None
    scored = sorted(((difflib.SequenceMatcher(None, word, day).ratio(), day) for day in WEEKDAYS), reverse=True)
    (best, day), (second, _) = scored[0], scored[1]
    return day if best >= 0.7 and best > second else None  # "munday": monday or sunday? no guess


# ------------------------------------------------------------------------------------------- occurrences

def occurrences(schedule: Schedule, start: date, from_day: date | None = None) -> Iterator[date]:
    """The nominal local dates of the schedule, in order, from `start` (the cadence's first possible date, which
    also sets the phase of "every N weeks") onward, beginning at the first one on or after `from_day`."""
    day = max(start, from_day or start)
    if schedule.unit == "weekday":
        while True:
            if day.weekday() < 5:
                yield day
            day += timedelta(days=1)
    if schedule.unit == "week":
        first = start + timedelta(days=(schedule.weekday - start.weekday()) % 7)
        step = 7 * schedule.interval
        k = max(0, -(-(day - first).days // step))  # ceil: the first occurrence on or after `day`
        while True:
            yield first + timedelta(days=k * step)
            k += 1
    year, month = day.year, day.month
    while True:
        candidate = _nth_weekday(year, month, schedule.weekday, schedule.nth)
        if candidate >= day:
            yield candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def slot_on(schedule: Schedule, calendar: Calendar, day: date) -> Slot:
    """The slot whose nominal date is `day`: on a weekend day or holiday it moves to the next business day at the
    same local time; a time outside business hours moves to the next opening."""
    return Slot(day, at_local_time(calendar, day, schedule.at))


def at_local_time(calendar: Calendar, day: date, at: time) -> datetime:
    """`at` local time on the first business day on or after `day`, moved into business hours. UTC.

    Also how a slot postponed by an absence keeps its time of day: at_local_time(cal, return_day, slot time).
    """
    for _ in range(2 * 366):
        if calendar.is_business_day(day):
            break
        day += timedelta(days=1)
    return next_open(calendar, datetime.combine(day, at, tzinfo=calendar.tz).astimezone(timezone.utc))


def _lookback(schedule: Schedule) -> timedelta:
    """How far before today the latest slot can lie (the period, plus room for a long holiday shift)."""
    period = {"weekday": 1, "week": 7 * schedule.interval, "month": 31}[schedule.unit]
    return timedelta(days=period + 21)


def due_slot(schedule: Schedule, calendar: Calendar, start: date, last: date | None, now: datetime) -> Slot | None:
    """The slot to act on now, or None: the LATEST slot after `last` whose time has come.

    `start` is the first possible date (and the phase of "every N weeks"); `last` is the nominal date of the slot
    already used, from the store (None before the first). Slots missed while mailer was down or the clock jumped
    collapse into the latest one: a month's jump on a weekly cadence gives one slot, not four.
    """
    today = calendar.local_date(now)
    begin = max(start, today - _lookback(schedule))
    if last is not None:
        begin = max(begin, last + timedelta(days=1))
    found = None
    for day in occurrences(schedule, start, begin):
        if day > today:
            break
        slot = slot_on(schedule, calendar, day)
        if slot.at <= now:
            found = slot
    return found


def fresher_today(schedule: Schedule, calendar: Calendar, start: date, last: date | None, now: datetime,
                  slot: Slot) -> Slot | None:
    """A slot after `slot` (one due now, missed while mailer was down) whose time comes later today, or None.
    The stale one then gives way to it, so one mail goes (today's, at its time), not last week's now and this
    week's a few hours later."""
    fresher = due_slot(schedule, calendar, start, last, calendar.closing(calendar.local_date(now)))
    return fresher if fresher is not None and fresher.day > slot.day else None


def next_slot(schedule: Schedule, calendar: Calendar, start: date, last: date | None, now: datetime) -> Slot:
    """The slot that will be acted on next: the one due now if any, else the first one still to come."""
    due = due_slot(schedule, calendar, start, last, now)
    if due is not None:
        return due
    begin = max(start, calendar.local_date(now) - _lookback(schedule))
    if last is not None:
        begin = max(begin, last + timedelta(days=1))
    for day in occurrences(schedule, start, begin):
        slot = slot_on(schedule, calendar, day)
        if slot.at > now:
            return slot
    raise AssertionError("occurrences() is infinite")  # pragma: no cover
