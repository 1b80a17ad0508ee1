"""The mentor loop's stored state: pairs with their dates and figures, check-ins by slot, the journal."""

from datetime import date, datetime, timedelta, timezone

import pytest
import sqlite3

from mailer.store import MentorshipState, Store

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)


def test_an_invited_pair_becomes_active_on_yes_and_counts_its_checkins(tmp_path):
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.record_invitation("rita@x", "nadia@x", "inv1@x", NOW)
    [row] = store.mentorships()
    assert (row.state, row.invited_at, row.started_at, row.checkins_sent) == (MentorshipState.INVITED, NOW, None, 0)
    assert store.mentoring_mail(("other@x", "inv1@x")).checkin is None  # a reply to the invitation
    yes_at = NOW + timedelta(days=1)
    with store.transaction():
        assert store.answer_invitation("rita@x", "nadia@x", True, yes_at)
        assert not store.answer_invitation("rita@x", "nadia@x", True, yes_at + timedelta(hours=1))  # said twice
        store.record_checkin("rita@x", "nadia@x", date(2026, 12, 8), "c1@x", "What makes a great hire?", NOW + timedelta(days=7))
        store.record_checkin("rita@x", "nadia@x", date(2026, 12, 22), "c2@x", "How do you read a CV?", NOW + timedelta(days=21))
        found = store.mentoring_mail(("c1@x",))
        assert store.add_journal("rita@x", "nadia@x", found.checkin.id, found.checkin.question, "Curiosity.",
                                 NOW + timedelta(days=8), "answer1")
        assert not store.add_journal("rita@x", "nadia@x", found.checkin.id, found.checkin.question, "Curiosity.",
                                     NOW + timedelta(days=8), "answer1")  # the same mail read again
    [row] = store.mentorships()
    assert (row.state, row.started_at, row.last_slot) == (MentorshipState.ACTIVE, yes_at, date(2026, 12, 22))
    assert (row.checkins_sent, row.checkins_answered) == (2, 1)
    assert row.last_answer_at == NOW + timedelta(days=8)
    [entry] = store.journal("rita@x")
    assert (entry.question, entry.answer) == ("What makes a great hire?", "Curiosity.")
    assert store.journal("rita@x", mentor="someone@x") == []


def test_without_invitation_the_first_checkin_starts_the_pair_and_a_slot_is_used_once(tmp_path):
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.record_checkin("rita@x", "omar@x", date(2026, 12, 8), "c1@x", "Q", NOW)
    [row] = store.mentorships()
    assert (row.state, row.started_at, row.invited_at) == (MentorshipState.ACTIVE, NOW, None)
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction():
            store.record_checkin("rita@x", "omar@x", date(2026, 12, 8), "c1b@x", "Q", NOW)


def test_silence_and_declines_are_recorded_once(tmp_path):
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.record_invitation("rita@x", "nadia@x", "inv1@x", NOW)
        store.record_invitation("rita@x", "omar@x", "inv2@x", NOW)
        assert store.mark_silent("rita@x", "nadia@x", NOW + timedelta(days=14))
        assert not store.mark_silent("rita@x", "nadia@x", NOW + timedelta(days=15))
        assert store.answer_invitation("rita@x", "omar@x", False, NOW + timedelta(days=2))
    states = {r.mentor: r.state for r in store.mentorships()}
    assert states == {"nadia@x": MentorshipState.SILENT, "omar@x": MentorshipState.DECLINED}


def test_an_invitation_row_knows_when_its_mail_went_out(tmp_path):
    """The mentor's silence counts from the invitation's sending: the row carries the outbox row's sent time."""
    from mailer.model import OutgoingMail

    store = Store(tmp_path / "s.db")
    mail = OutgoingMail("mentor-invite:rita@x:nadia@x", "inv1@x", "mentor-invite", "nadia@x", "mentor", "mailer@x",
                        ("nadia@x",), b"raw", "Would you be my mentor?")
    with store.transaction():
        outbox_id = store.enqueue(mail, NOW)
        store.record_invitation("rita@x", "nadia@x", "inv1@x", NOW)
    [row] = store.mentorships()
    assert (row.invitation_queued, row.invitation_sent_at) == (True, None)  # still waiting in the queue
    sent = NOW + timedelta(days=9)
    with store.transaction():
        store.mark_sent(outbox_id, sent)
    [row] = store.mentorships()
    assert (row.invitation_queued, row.invitation_sent_at) == (True, sent)
    with store.transaction():
        store.record_invitation("sam@x", "nadia@x", "gone@x", NOW)  # an older state whose row is not in the outbox
    row = next(r for r in store.mentorships() if r.recruiter == "sam@x")
    assert (row.invitation_queued, row.invitation_sent_at) == (False, None)
