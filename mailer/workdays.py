"""Business time in a person's time zone: opening hours, weekends, holidays, and delays like "2 business days"."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
import re
from typing import Callable
from zoneinfo import ZoneInfo

# A calendar with no business day in two years is a configuration error; config.py rejects it,
# and these loops stop there instead of spinning forever.
_HORIZON_DAYS = 2 * 366


@dataclass(frozen=True)
class Calendar:
    """When one person is at work. `is_holiday` is a pure predicate over local dates."""

    tz: ZoneInfo
    days: frozenset[int] = frozenset(range(5))  # Monday=0 … Sunday=6
    start: time = time(9, 0)
    end: time = time(17, 0)
    is_holiday: Callable[[date], bool] = field(default=lambda _d: False, compare=False)

    def is_business_day(self, day: date) -> bool:
        return day.weekday() in self.days and not self.is_holiday(day)

    def opening(self, day: date) -> datetime:
        return _local(self, day, self.start)

    def closing(self, day: date) -> datetime:
        return _local(self, day, self.end)

    def local_date(self, when: datetime) -> date:
        return when.astimezone(self.tz).date()

    @property
    def day_hours(self) -> float:
        """Length of a business day in hours (wall clock), e.g. 8.0 for 09:00–17:00."""
        return (self.end.hour * 60 + self.end.minute - self.start.hour * 60 - self.start.minute) / 60


def _local(cal: Calendar, day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=cal.tz).astimezone(timezone.utc)


def is_open(cal: Calendar, when: datetime) -> bool:
    day = cal.local_date(when)
    return cal.is_business_day(day) and cal.opening(day) <= when < cal.closing(day)


def next_open(cal: Calendar, when: datetime) -> datetime:
    """`when` itself if business is open then, else the next opening. Always UTC."""
    when = when.astimezone(timezone.utc)
    day = cal.local_date(when)
    for _ in range(_HORIZON_DAYS):
        if cal.is_business_day(day):
            if when < cal.opening(day):
                return cal.opening(day)
            if when < cal.closing(day):
                return when
        day += timedelta(days=1)
    raise ValueError("calendar has no business day within two years")


def next_business_day(cal: Calendar, day: date) -> date:
    for _ in range(_HORIZON_DAYS):
        day += timedelta(days=1)
        if cal.is_business_day(day):
            return day
    raise ValueError("calendar has no business day within two years")


def add_business_hours(cal: Calendar, when: datetime, hours: float) -> datetime:
    """Advance by working time only: 4 business hours from Fri 15:00 (9–17) is Mon 11:00."""
    remaining = timedelta(hours=hours)
    cursor = next_open(cal, when)
    while True:
        closing = cal.closing(cal.local_date(cursor))
        if remaining <= closing - cursor:
            return cursor + remaining
        remaining -= closing - cursor
        cursor = next_open(cal, closing)


def add_business_days(cal: Calendar, when: datetime, days: int) -> datetime:
    """Same local time-of-day `days` business days later; from outside hours, count from the next opening.

    Example: 2 business days from Fri 15:00 is Tue 15:00; from Sat 10:00 it is Wed 09:00.
    """
    cursor = next_open(cal, when)
    local = cursor.astimezone(cal.tz)
    day = local.date()
    for _ in range(days):
        day = next_business_day(cal, day)
    return datetime.combine(day, local.time(), tzinfo=cal.tz).astimezone(timezone.utc)


def business_time_between(cal: Calendar, start: datetime, end: datetime) -> timedelta:
    """Working time elapsed from `start` to `end` (zero if end <= start)."""
    total = timedelta()
    if end <= start:
        return total
    day = cal.local_date(start)
    last = cal.local_date(end)
    while day <= last:
        if cal.is_business_day(day):
            lo = max(start, cal.opening(day))
            hi = min(end, cal.closing(day))
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return total


# ---------------------------------------------------------------- delays ("2 business days")

_UNITS = {
    "business day": "business_days", "business days": "business_days", "bd": "business_days",
    "business hour": "business_hours", "business hours": "business_hours", "bh": "business_hours",
    "day": "days", "days": "days", "d": "days",
    "week": "weeks", "weeks": "weeks", "w": "weeks",
    "hour": "hours", "hours": "hours", "h": "hours",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "m": "minutes",
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "s": "seconds",
}
_DELAY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z][a-z ]*?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Delay:
    amount: float
    unit: str  # one of the values of _UNITS

    def __str__(self) -> str:
        amount = int(self.amount) if self.amount == int(self.amount) else self.amount
        return f"{amount} {self.unit.replace('_', ' ')}"


def parse_delay(text: str) -> Delay:
    """'2 business days', '36 business hours', '5 days', '3d', '1w' → Delay. Raises ValueError."""
    match = _DELAY.match(str(text))
    unit = _UNITS.get(match.group(2).lower()) if match else None
    if not match or unit is None:
        raise ValueError(
            f"cannot read {text!r} as a delay; write e.g. '2 business days', '36 business hours', '5 days'"
        )
    amount = float(match.group(1))
    if unit == "business_days" and amount != int(amount):
        raise ValueError(f"{text!r}: business days must be a whole number (use business hours)")
    return Delay(amount, unit)


def after(cal: Calendar, when: datetime, delay: Delay) -> datetime:
    """The instant `delay` after `when`; business units count working time in `cal`."""
    if delay.unit == "business_days":
        return add_business_days(cal, when, int(delay.amount))
    if delay.unit == "business_hours":
        return add_business_hours(cal, when, delay.amount)
    return when + timedelta(**{delay.unit: delay.amount})
