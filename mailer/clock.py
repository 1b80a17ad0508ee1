"""The one source of "now": the system clock, or a fixed/offset clock for tests, demos and --now."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware datetime in UTC."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


@dataclass
class FixedClock:
    """Stands still until told to move: tests and the demo advance it explicitly."""

    current: datetime

    def __post_init__(self) -> None:
        self.current = as_utc(self.current)

    def now(self) -> datetime:
        return self.current

    def set(self, when: datetime) -> None:
        self.current = as_utc(when)

    def advance(self, delta: timedelta) -> None:
        self.current += delta


@dataclass
class OffsetClock:
    """Starts at a given instant and runs at real speed: `mailer run --now …` as a simulation."""

    start: datetime
    _origin: float = field(default_factory=time.monotonic)

    def now(self) -> datetime:
        return as_utc(self.start) + timedelta(seconds=time.monotonic() - self._origin)


def as_utc(when: datetime) -> datetime:
    """Naive datetimes are taken as UTC; aware ones are converted."""
    if when.tzinfo is None:
        return when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)


def parse_instant(text: str) -> datetime:
    """ISO-8601 → aware UTC datetime; a missing offset means UTC. Raises ValueError."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    return as_utc(datetime.fromisoformat(value))
