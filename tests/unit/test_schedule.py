"""The cadence language against a fixed clock: parsing, every N weeks, nth weekday, DST, holidays, restarts, jumps."""

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.mentoring.schedule import (Schedule, ScheduleError, at_local_time, due_slot, next_slot, occurrences,
                                       parse_schedule)
from mailer.workdays import Calendar

BERLIN = ZoneInfo("Europe/Berlin")
NY = ZoneInfo("America/New_York")


def local(tz, *args):
    return datetime(*args, tzinfo=tz).astimezone(timezone.utc)


def cal(tz=BERLIN, holidays=(), **kw):
    days = frozenset(holidays)
    return Calendar(tz=tz, is_holiday=lambda d: d in days, **kw)


@pytest.mark.parametrize("text, expected", [
    ("every week on monday at 09:00", Schedule("week", time(9), 0)),
    ("Every  Monday at 8:00", Schedule("week", time(8), 0)),
    ("every 2 weeks on tuesday at 10:00", Schedule("week", time(10), 1, interval=2)),
    ("every other week on Thu at 16:30", Schedule("week", time(16, 30), 3, interval=2)),
    ("every month on the first monday at 09:00", Schedule("month", time(9), 0, nth=1)),
    ("every month on the last friday at 15:00", Schedule("month", time(15), 4, nth=-1)),
    ("every weekday at 09:00", Schedule("weekday", time(9))),
    ("2 weeks on tuesday at 10:00", Schedule("week", time(10), 1, interval=2)),  # under `every:`
    ("every tues at 10:00", Schedule("week", time(10), 1)), ("every thurs at 10:00", Schedule("week", time(10), 3)),
    ("every Mondays at 10:00", Schedule("week", time(10), 0)), ("every weds at 10:00", Schedule("week", time(10), 2)),
])
def test_the_forms_of_the_language(text, expected):
    assert parse_schedule(text) == expected
    assert parse_schedule(str(expected)) == expected  # the canonical text reads back the same


@pytest.mark.parametrize("text", ["every fortnight", "daily at 09:00", "every monday", "every monday at 25:00",
                                  "every 0 weeks on monday at 09:00", "every month on the fifth monday at 09:00",
                                  "every week on funday at 09:00", "",
                                  # a word that only starts like a weekday is a typo, not that day
                                  "every monkey at 08:00", "every mondy at 08:00", "every sunny at 10:00",
                                  "every 2 weeks on saturn at 10:00", "every wednesdayish at 10:00"])
def test_anything_else_is_refused_quoting_the_text(text):
    with pytest.raises(ScheduleError) as err:
        parse_schedule(text)
    assert repr(text) in str(err.value)


def test_every_two_weeks_keeps_its_phase_from_the_start_date():
    every2 = parse_schedule("every 2 weeks on tuesday at 10:00")
    days = occurrences(every2, date(2026, 12, 3))  # a Thursday: the first Tuesday after is 8 Dec
    assert [next(days) for _ in range(3)] == [date(2026, 12, 8), date(2026, 12, 22), date(2027, 1, 5)]
    later = occurrences(every2, date(2026, 12, 3), from_day=date(2026, 12, 23))
    assert next(later) == date(2027, 1, 5)


def test_every_two_weeks_due_only_on_its_weeks_at_its_local_time():
    every2, c = parse_schedule("every 2 weeks on tuesday at 10:00"), cal()
    start = date(2026, 12, 1)
    assert due_slot(every2, c, start, None, local(BERLIN, 2026, 12, 1, 9, 59)) is None
    slot = due_slot(every2, c, start, None, local(BERLIN, 2026, 12, 1, 10, 0))
    assert (slot.day, slot.at) == (date(2026, 12, 1), local(BERLIN, 2026, 12, 1, 10, 0))
    assert due_slot(every2, c, start, date(2026, 12, 1), local(BERLIN, 2026, 12, 8, 12, 0)) is None  # off week
    assert due_slot(every2, c, start, date(2026, 12, 1), local(BERLIN, 2026, 12, 15, 10, 0)).day == date(2026, 12, 15)
    assert next_slot(every2, c, start, date(2026, 12, 1), local(BERLIN, 2026, 12, 8, 12, 0)).day == date(2026, 12, 15)


def test_first_monday_of_the_month():
    first = parse_schedule("every month on the first monday at 09:00")
    assert [d for _, d in zip(range(3), occurrences(first, date(2026, 12, 8)))] == [
        date(2027, 1, 4), date(2027, 2, 1), date(2027, 3, 1)]
    last = parse_schedule("every month on the last friday at 09:00")
    assert next(occurrences(last, date(2026, 12, 1))) == date(2026, 12, 25)


def test_every_weekday_skips_weekends():
    daily = parse_schedule("every weekday at 09:00")
    assert [d for _, d in zip(range(3), occurrences(daily, date(2026, 12, 4)))] == [
        date(2026, 12, 4), date(2026, 12, 7), date(2026, 12, 8)]


@pytest.mark.parametrize("week_of", [date(2026, 3, 9), date(2026, 10, 26)])  # US spring forward; EU fall back
def test_dst_weeks_keep_the_local_time_in_both_directions(week_of):
    weekly, c = parse_schedule("every week on monday at 09:00"), cal(NY if week_of.month == 3 else BERLIN)
    before, after = week_of - timedelta(days=7), week_of
    for day in (before, after):
        slot = due_slot(weekly, c, before, day - timedelta(days=7), local(c.tz, day.year, day.month, day.day, 9, 0))
        assert slot.day == day and slot.at.astimezone(c.tz).time() == time(9, 0)
        assert due_slot(weekly, c, before, day - timedelta(days=7),
                        local(c.tz, day.year, day.month, day.day, 8, 59)) is None
    # The UTC hour differs across the switch, the wall clock does not.
    offsets = {due_slot(weekly, c, before, None, local(c.tz, d.year, d.month, d.day, 9, 0)).at.hour
               for d in (before, after)}
    assert len(offsets) == 2


def test_a_holiday_on_the_day_moves_the_slot_to_the_next_business_day_same_time():
    weekly = parse_schedule("every week on friday at 10:00")
    c = cal(holidays=[date(2026, 12, 25)])
    assert due_slot(weekly, c, date(2026, 12, 1), date(2026, 12, 18), local(BERLIN, 2026, 12, 25, 10, 0)) is None
    slot = due_slot(weekly, c, date(2026, 12, 1), date(2026, 12, 18), local(BERLIN, 2026, 12, 28, 10, 0))
    assert slot.day == date(2026, 12, 25) and slot.at == local(BERLIN, 2026, 12, 28, 10, 0)


def test_a_time_outside_business_hours_waits_for_the_opening():
    early = parse_schedule("every monday at 07:00")
    assert due_slot(early, cal(), date(2026, 12, 1), None, local(BERLIN, 2026, 12, 7, 8, 0)) is None
    assert due_slot(early, cal(), date(2026, 12, 1), None, local(BERLIN, 2026, 12, 7, 9, 0)).day == date(2026, 12, 7)


def test_a_restart_between_due_and_sent_gives_the_same_slot_until_it_is_stored():
    weekly, c = parse_schedule("every week on monday at 09:00"), cal()
    now = local(BERLIN, 2026, 12, 7, 9, 5)
    first = due_slot(weekly, c, date(2026, 12, 1), None, now)
    again = due_slot(weekly, c, date(2026, 12, 1), None, now + timedelta(minutes=30))  # restarted, nothing stored
    assert first == again
    assert due_slot(weekly, c, date(2026, 12, 1), first.day, now + timedelta(minutes=30)) is None  # stored: done


def test_a_clock_jump_by_a_month_gives_one_slot_not_four():
    weekly, c = parse_schedule("every week on monday at 09:00"), cal()
    start, last = date(2026, 11, 1), date(2026, 11, 2)
    jumped = local(BERLIN, 2026, 12, 3, 12, 0)  # four Mondays later (9, 16, 23, 30 Nov)
    slot = due_slot(weekly, c, start, last, jumped)
    assert slot.day == date(2026, 11, 30)  # the latest one only
    assert due_slot(weekly, c, start, slot.day, jumped) is None
    assert next_slot(weekly, c, start, slot.day, jumped).day == date(2026, 12, 7)


def test_at_local_time_keeps_the_time_of_day_on_a_return_day():
    c = cal(holidays=[date(2026, 12, 24), date(2026, 12, 25)])
    assert at_local_time(c, date(2026, 12, 24), time(10)) == local(BERLIN, 2026, 12, 28, 10, 0)  # two holidays, a weekend
    assert at_local_time(c, date(2026, 12, 22), time(18)) == local(BERLIN, 2026, 12, 23, 9, 0)   # after hours
