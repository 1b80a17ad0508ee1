"""One absence (mailer/absences.py): a notice continues the manager's latest absence while it runs or within
`ooo_default_pause` of its end, never after the manager wrote in person, and never past MAX_ABSENCE."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from mailer.absences import MAX_ABSENCE, Absence, absence_grace, continues, pause_until
from mailer.store import Store
from mailer.workdays import Calendar, parse_delay

LON = ZoneInfo("Europe/London")
CAL = Calendar(LON)
GRACE = parse_delay("2 business days")
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON).astimezone(timezone.utc)
FRI = datetime(2026, 11, 27, 10, 0, tzinfo=LON).astimezone(timezone.utc)


def test_a_notice_while_the_pause_runs_or_soon_after_it_ended_is_the_same_absence():
    latest = Absence(1, WED, FRI)
    assert continues(latest, CAL, FRI - timedelta(hours=1), GRACE)          # still running
    assert continues(latest, CAL, FRI + timedelta(hours=1), GRACE)          # the nudge that resumed drew it
    assert continues(latest, CAL, FRI + timedelta(days=3, hours=23), GRACE)  # Fri 10:00 + 2 business days = Tue
    assert not continues(latest, CAL, FRI + timedelta(days=4, hours=1), GRACE)  # Tue 11:00: a new absence
    assert not continues(None, CAL, WED, GRACE)


def test_a_long_manager_step_stretches_the_grace_so_its_nudge_draws_no_new_absence():
    # A step 5 business days after the last nudge: taken just before a 2-day absence, it resumes on Fri +
    # 3 business days; its auto-reply is the same absence, not one the recruiter hears of again.
    latest, resumed = Absence(1, WED, FRI), FRI + timedelta(days=5)  # the next Wednesday
    assert not continues(latest, CAL, resumed, GRACE)  # ooo_default_pause alone: told again
    grace = absence_grace(GRACE, [parse_delay("2 business days"), parse_delay("5 business days")])
    assert continues(latest, CAL, resumed, grace)
    assert not continues(latest, CAL, FRI + timedelta(days=7, hours=1), grace)  # past the longest step


def test_after_the_manager_wrote_in_person_or_past_the_bound_it_is_a_new_absence():
    assert not continues(Absence(1, WED, FRI, ended_in_person=True), CAL, FRI, GRACE)
    long_ago = Absence(1, WED - MAX_ABSENCE, FRI)  # renewed all along, but began MAX_ABSENCE ago
    assert not continues(long_ago, CAL, WED + timedelta(hours=1), GRACE)


def test_an_undated_notice_pauses_for_the_default_from_now_bounded_when_unproven():
    assert pause_until(CAL, WED, None, GRACE) == datetime(2026, 11, 27, 10, 0, tzinfo=LON)
    assert pause_until(CAL, WED, None, GRACE, parse_delay("1 business day")) == \
        datetime(2026, 11, 26, 10, 0, tzinfo=LON)
    far = (WED + timedelta(days=200)).date()
    assert pause_until(CAL, WED, far, GRACE) <= WED + timedelta(days=61)  # a date that far out is capped


def test_writing_in_person_ends_the_absence_so_a_later_notice_starts_a_new_one(tmp_path):
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.add_pause("maria@acme.test", WED, FRI, "out of office", None, "k1")
    latest = store.latest_absence("maria@acme.test")
    assert (latest.since, latest.until, latest.ended_in_person) == (WED, FRI, False)
    with store.transaction():  # she answered after the pause ended by its own clock: nothing was running
        assert store.end_pause("maria@acme.test", FRI + timedelta(hours=2)) is False
    assert store.latest_absence("maria@acme.test").ended_in_person
    assert not continues(store.latest_absence("maria@acme.test"), CAL, FRI + timedelta(hours=3), GRACE)
    store.close()
