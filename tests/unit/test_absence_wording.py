"""The dates an out-of-office notice tells, and whether a nudge comes right after an absence (mailer/absences.py,
pure); the mail itself on the real stack: tests/integration/test_ooo_wording_live.py."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from mailer.absences import Absence, first_day_back, just_back, resume_cap
from mailer.workdays import Calendar, parse_delay

LON = ZoneInfo("Europe/London")
CAL = Calendar(LON)
WED = datetime(2026, 10, 28, 10, 35, tzinfo=timezone.utc)
TWO = parse_delay("2 business days")


def test_the_first_day_back_is_a_business_day_of_the_managers_calendar():
    assert first_day_back(CAL, date(2026, 10, 31)) == date(2026, 11, 2)  # "until Friday 30": Saturday → Monday
    assert first_day_back(CAL, date(2026, 11, 3)) == date(2026, 11, 3)
    sat_sun_week = Calendar(ZoneInfo("Asia/Dubai"), days=frozenset({0, 1, 2, 3, 6}))
    assert first_day_back(sat_sun_week, date(2026, 10, 30)) == date(2026, 11, 1)  # a Sunday-to-Thursday week


def test_why_the_nudges_resume_before_the_return_the_notice_gives():
    back = date(2026, 11, 2)
    assert resume_cap(CAL, WED, back, TWO, unproven=TWO) == "unproven"  # 2 business days: Fri 30, not Mon 2
    assert resume_cap(CAL, WED, back, TWO) == ""  # a proven sender: the pause runs to the return
    assert resume_cap(CAL, WED, date(2027, 3, 1), TWO) == "far"  # more than 60 days ahead
    assert resume_cap(CAL, WED, date(2026, 10, 29), TWO, unproven=TWO) == ""  # back before the cap ends
    assert resume_cap(CAL, WED, None, TWO, unproven=TWO) == ""  # no date given: nothing to contradict


def test_a_nudge_is_right_after_an_absence_only_within_the_grace_and_not_after_one_ended_in_person():
    ended = Absence(1, WED - timedelta(days=2), WED)
    assert just_back(ended, CAL, WED + timedelta(hours=1), (TWO,))
    assert not just_back(ended, CAL, WED + timedelta(days=7), (TWO,))
    assert not just_back(ended, CAL, WED - timedelta(hours=1), (TWO,))  # still away
    assert not just_back(Absence(1, ended.since, WED, ended_in_person=True), CAL, WED + timedelta(hours=1), (TWO,))
    assert not just_back(None, CAL, WED, (TWO,))


def notice_after(tmp_path, return_date: date, trust: str) -> str:
    """The recruiter's out-of-office notice when Maria's auto-reply gives `return_date` (Effects, a real store)."""
    import email
    import email.policy
    from email.message import EmailMessage

    from helpers import make_config
    from mailer.compose import environment
    from mailer.effects import Effects
    from mailer.model import Kind
    from mailer.reading.classify import Verdict
    from mailer.reading.parse import parse
    from mailer.store import Store
    tmp_path.mkdir()
    config = make_config(tmp_path, trust=trust)
    store = Store(tmp_path / "x.db")
    with store.transaction():
        sub = store.add_submission("k", "maria@acme.test", "rita@acme.test", "Jane Doe", "", "Candidate: Jane Doe",
                                   "s1@x", (), WED - timedelta(days=2))
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = ("maria@acme.test", "mailer@acme.test",
                                                                  "Automatic reply", "<a1@x>")
    msg.set_content("Out of the office.")
    with store.transaction():
        Effects(store, config, environment(config.templates), parse(bytes(msg)), WED).apply(
            Verdict(Kind.AUTO_REPLY, "ooo", answers=(sub,), return_date=return_date))
    [row] = [r for r in store.outbox() if r.kind == "ooo_notice"]
    store.close()
    text = email.message_from_bytes(row.raw, policy=email.policy.default).get_body(("plain",)).get_content()
    return " ".join(text.split())


def test_the_notice_says_why_only_when_the_follow_ups_resume_before_the_return(tmp_path):
    proven = notice_after(tmp_path / "a", date(2026, 10, 31), "dkim")
    assert "is back Mon 02 Nov" in proven and "before the date it gives" not in proven, proven
    far = notice_after(tmp_path / "b", date(2027, 3, 1), "dkim")
    assert "is back Mon 01 Mar" in far and "more than 60 days ahead is more often a typo" in far, far
