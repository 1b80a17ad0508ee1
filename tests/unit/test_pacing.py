"""One mail a day per person after an outage: a mail that waited in the queue takes the day it goes, not the day it
was queued (pacing.takes_day_at), for the ladder's cap, the digests' and the check-ins' alike.

Found in a user-journey review: a manager digest queued on Tuesday could not go (SMTP down); on Wednesday the pass
that sent it also sent the step-2 nudge it repeats, both naming the same candidate, in the same minute."""

from datetime import datetime, timedelta, timezone

import pytest

from helpers import config_text
from mailer.config.load import parse
from mailer.decide import plan
from mailer.model import OutgoingMail, QueueState
from mailer.pacing import takes_day_at
from mailer.store import Store

UTC = timezone.utc
MARIA, NADIA = "maria@acme.test", "nadia@acme.test"
TUE = datetime(2026, 12, 15, 12, 0, tzinfo=UTC)      # the digest is queued; SMTP is down
WED = datetime(2026, 12, 16, 9, 5, tzinfo=UTC)       # SMTP is back
THU = datetime(2026, 12, 17, 9, 5, tzinfo=UTC)


@pytest.mark.parametrize("state, sent, next_attempt, counts", [
    ("queued", None, TUE, WED),                       # waited since Tuesday: it goes now, on Wednesday
    ("sending", None, TUE, WED),                      # claimed, its fate unknown: it may go now
    ("queued", None, THU, THU),                       # held (a retry, business hours, an absence): when it can go
    ("sent", WED, TUE, WED),                          # it went on Wednesday: Wednesday is taken, Tuesday is not
    ("sent", TUE, TUE, TUE),
    ("failed", None, TUE, TUE),                       # given up: the day it was queued, as before
    ("cancelled", None, TUE, None),                   # never goes: takes no day
])
def test_a_mail_takes_the_day_it_goes(state, sent, next_attempt, counts):
    assert takes_day_at(state, TUE, sent, next_attempt, WED) == counts
    assert takes_day_at(QueueState(state), TUE, sent, next_attempt, WED) == counts


def team(tmp_path):
    text = config_text(managers=[(MARIA, "Maria Manager", None), (NADIA, "Nadia Berlin", "Europe/Berlin")],
                       extra="digests:\n  manager: every monday at 09:00\n"
                             f"mentorships:\n  - recruiter: rita@acme.test\n    mentor: {NADIA}\n"
                             "    every: every tuesday at 10:00\n    start: 2026-12-22\n")
    text = text.replace(f"  - email: {MARIA}\n", f"  - email: {MARIA}\n    digest: true\n")
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        # Omar, sent on Tuesday 8 Dec; his first nudge went on Thursday 10th; step 2 is due from Monday 14th.
        sub = store.add_submission("k1", MARIA, "rita@acme.test", "Omar Haddad", "Engineer",
                                   "Candidate: Omar Haddad", "s1@x", (), TUE - timedelta(days=7, hours=2))
        first = store.enqueue(mail("manager:maria:1.0.0", "followup", MARIA, "manager"), TUE - timedelta(days=5))
        store.record_step(sub, 0, first, TUE - timedelta(days=5))
        store.add_listing(first, [sub])
        store.mark_sent(first, TUE - timedelta(days=5))
    return config, store, sub


def mail(key: str, kind: str, person: str, audience: str) -> OutgoingMail:
    return OutgoingMail(key, f"{key}@x", kind, person, audience, "mailer@acme.test", (person,), b"x", "Subject")


def queued_on_tuesday_failing(store: Store, key: str, kind: str, person: str, audience: str) -> int:
    with store.transaction():
        row = store.enqueue(mail(key, kind, person, audience), TUE)
        store.retry_later(row, TUE + timedelta(minutes=1), "send: cannot reach 127.0.0.1:25")
    return row


def test_a_digest_that_waited_through_an_outage_takes_the_day_it_goes_and_the_nudge_waits_a_day(tmp_path):
    config, store, sub = team(tmp_path)
    digest = queued_on_tuesday_failing(store, f"digest-manager:{MARIA}:2026-12-14", "digest_manager", MARIA, "manager")
    assert [d.manager for d in plan(store, config, TUE + timedelta(hours=2))] == []  # Tuesday: the digest's day
    # Wednesday: the digest still waits and goes in this pass; step 2 (the nudge it repeats) must not join it.
    assert [d.manager for d in plan(store, config, WED)] == []
    with store.transaction():
        store.mark_sent(digest, WED)
    assert [d.manager for d in plan(store, config, WED + timedelta(hours=3))] == []
    # Nothing is lost: step 2 goes on the next business day.
    assert [(d.manager, [i.step for i in d.items]) for d in plan(store, config, THU)] == [(MARIA, [1])]
    store.close()


def test_a_mail_held_to_a_later_day_leaves_today_free_and_takes_its_own_day(tmp_path):
    config, store, sub = team(tmp_path)
    digest = queued_on_tuesday_failing(store, f"digest-manager:{MARIA}:2026-12-14", "digest_manager", MARIA, "manager")
    with store.transaction():
        store.retry_later(digest, THU, "waiting for the recipient's business hours")
    assert [d.manager for d in plan(store, config, WED)] == [MARIA]  # the held digest goes Thursday, not today
    taken, _ = store.mail_taking_the_day(WED)
    assert taken[MARIA] == [THU]  # (the first nudge, a week ago, is out of the window)
    store.close()


def test_the_digests_and_the_check_ins_see_a_nudge_or_check_in_still_waiting_as_taking_today(tmp_path):
    config, store, sub = team(tmp_path)
    queued_on_tuesday_failing(store, "manager:maria:2.0.1", "followup", MARIA, "manager")
    queued_on_tuesday_failing(store, "mentor-checkin:rita@acme.test:nadia@acme.test:2026-12-15", "mentor_checkin",
                              NADIA, "mentoring")
    capped, mentoring = store.mail_taking_the_day(WED)
    assert capped[MARIA][-1] == WED and mentoring[NADIA] == [WED]  # on main: Tuesday, leaving Wednesday free
    assert store.nudges_since(WED - timedelta(days=14), now=WED)[MARIA][-1] == WED  # the mentor loop's lookback
    store.close()


def test_a_mail_queued_before_the_window_but_still_waiting_is_counted(tmp_path):
    config, store, sub = team(tmp_path)
    row = queued_on_tuesday_failing(store, "manager:maria:2.0.1", "followup", MARIA, "manager")
    later = WED + timedelta(days=3)  # Saturday: queued four days ago, more than the two-day window
    assert store.nudges_since(later - timedelta(days=2), now=later)[MARIA] == [later]
    with store.transaction():
        store.cancel(row, "changed while queued")
    assert MARIA not in store.nudges_since(later - timedelta(days=2), now=later)
    store.close()


def nadia(due) -> list[str]:
    return [d.manager for d in due if d.manager == NADIA]  # (Maria's step 2 for Omar is due too)


def test_a_check_in_that_waited_past_its_day_takes_the_day_it_goes_from_the_ladder_too(tmp_path):
    """Nadia mentors a recruiter and manages Li Wei, whose first nudge falls due Wednesday 10:00 (Berlin). Her
    Tuesday check-in could not go (SMTP down): on Wednesday it goes, and the nudge waits for Thursday."""
    config, store, _ = team(tmp_path)
    with store.transaction():
        store.add_submission("k2", NADIA, "rita@acme.test", "Li Wei", "QA Lead", "Candidate: Li Wei", "s2@x", (),
                             datetime(2026, 12, 14, 9, 0, tzinfo=UTC))
    checkin = queued_on_tuesday_failing(store, "mentor-checkin:rita@acme.test:nadia@acme.test:2026-12-15",
                                        "mentor_checkin", NADIA, "mentoring")
    assert nadia(plan(store, config, WED)) == []  # the check-in goes now: Wednesday is its day
    with store.transaction():
        store.mark_sent(checkin, WED)
    assert nadia(plan(store, config, WED + timedelta(hours=3))) == []
    assert nadia(plan(store, config, THU)) == [NADIA]  # nothing lost


def test_a_check_in_sent_the_day_it_was_queued_leaves_the_ladder_alone(tmp_path):
    """The mentor loop plans a check-in around the nudges it can foresee, and a nudge keeps its day
    (mentoring/plan.py): only one that waited past its own day takes a day from the ladder."""
    config, store, _ = team(tmp_path)
    with store.transaction():
        store.add_submission("k2", NADIA, "rita@acme.test", "Li Wei", "QA Lead", "Candidate: Li Wei", "s2@x", (),
                             datetime(2026, 12, 14, 9, 0, tzinfo=UTC))
        row = store.enqueue(mail("mentor-checkin:rita@acme.test:nadia@acme.test:2026-12-16", "mentor_checkin", NADIA,
                                 "mentoring"), WED - timedelta(minutes=30))
        store.mark_sent(row, WED - timedelta(minutes=30))
    assert nadia(plan(store, config, WED)) == [NADIA]
