"""A person's business calendar from config: time zone, business hours and holidays → workdays.Calendar."""

from __future__ import annotations

from datetime import date, time
from typing import Any, Callable
from zoneinfo import ZoneInfo

import holidays as holidays_lib

from mailer.config.yamlsource import BAD, Node
from mailer.mentoring.schedule import weekday_hint
from mailer.workdays import Calendar

DAY_NAMES = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def calendar(node: Node, base: Calendar | None) -> Calendar | Any:
    """defaults / a manager: timezone, business_hours, holidays → Calendar."""
    tz = node.child("timezone").zone(base.tz if base else ZoneInfo("UTC"))
    hours = node.child("business_hours")
    days, start, end = (base.days, base.start, base.end) if base else (frozenset(range(5)), time(9), time(17))
    if hours.value is not None and hours.mapping(("days", "start", "end")):
        if hours.child("days").value is not None:
            parsed = []
            for item in hours.child("days").items():
                name = str(item.value).strip().lower()[:3]
                if name not in DAY_NAMES:
                    hint = weekday_hint(str(item.value))
                    item.fail(f"expected a weekday like mon, tue … sun, got {item.value!r}"
                              + (f"; did you mean {hint[:3]!r}?" if hint else ""))
                else:
                    parsed.append(DAY_NAMES[name])
            if not parsed:
                hours.child("days").fail("needs at least one weekday")
            days = frozenset(parsed)
        start = hours.child("start").clock_time(start)
        end = hours.child("end").clock_time(end)
        if isinstance(start, time) and isinstance(end, time) and end <= start:
            hours.child("end").fail(f"closes at {end:%H:%M}, not after it opens at {start:%H:%M}")
    is_holiday = holiday_rule(node.child("holidays"), base)
    if BAD in (tz, start, end, is_holiday):
        return BAD
    return Calendar(tz=tz, days=days, start=start, end=end, is_holiday=is_holiday)


def holiday_rule(node: Node, base: Calendar | None) -> Callable[[date], bool] | Any:
    if node.value is None:
        return base.is_holiday if base else (lambda _d: False)
    if not node.mapping(("country", "subdivision", "dates")):
        return BAD
    country = node.child("country").text()
    subdivision = node.child("subdivision").text()
    calendar = None
    if country and country is not BAD:
        try:
            holidays_lib.country_holidays(country.upper())
        except NotImplementedError:
            return node.child("country").fail(f"the holidays package knows no country {country!r}")
        try:
            calendar = holidays_lib.country_holidays(country.upper(), subdiv=subdivision)
        except NotImplementedError:
            return node.child("subdivision").fail(f"the holidays package knows no subdivision {subdivision!r} "
                                                  f"of {country.upper()}")
    explicit = set()
    for item in node.child("dates").items():
        try:
            explicit.add(item.value if isinstance(item.value, date) else date.fromisoformat(str(item.value)))
        except ValueError:
            item.fail(f"expected a date like 2026-12-24, got {item.value!r}")
    frozen = frozenset(explicit)
    return (lambda d: d in frozen or d in calendar) if calendar is not None else (lambda d: d in frozen)
