"""A check-in that waited in the queue is checked again before it goes (mailer/recheck.py), on a real SQLite
store with the daemon's own queueing (no servers: recheck runs before any claim, so nothing is sent here)."""

from datetime import datetime, timezone
import email
import email.policy

from helpers import config_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer.mentoring.loop import queue_mentoring
from mailer.recheck import recheck_ready
from mailer.store import Store

PAIR = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every tuesday at 10:00
    start: 2026-12-01
"""
QUEUED = datetime(2026, 12, 1, 10, 5, tzinfo=timezone.utc)  # Tuesday, London = UTC
LATER = datetime(2026, 12, 2, 11, 0, tzinfo=timezone.utc)   # the next day: SMTP was down meanwhile


def queued(tmp_path):
    text = config_text(extra=PAIR)
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    env = environment(config.templates)
    [key] = queue_mentoring(store, config, env, QUEUED)
    return config, store, env, key


def date_of(row) -> str:
    return email.message_from_bytes(row.raw, policy=email.policy.default)["Date"]


def test_a_fresh_check_in_goes_as_queued_and_one_that_waited_is_composed_again_under_its_message_id(tmp_path):
    config, store, env, key = queued(tmp_path)
    before = store.outbox_by_key(key)
    assert recheck_ready(store, config, env, QUEUED) == [key]
    assert store.outbox_by_key(key).raw == before.raw  # queued in this pass: nothing to refresh
    assert recheck_ready(store, config, env, LATER) == [key]
    after = store.outbox_by_key(key)
    assert after.message_id == before.message_id and after.state == "queued"
    assert date_of(after) != date_of(before) and "02 Dec 2026 11:00" in date_of(after)


def test_a_mentor_who_said_no_meanwhile_gets_no_check_in(tmp_path):
    config, store, env, key = queued(tmp_path)
    with store.transaction():
        assert store.answer_invitation("rita@acme.test", "maria@acme.test", False, LATER)
    assert recheck_ready(store, config, env, LATER) == []
    row = store.outbox_by_key(key)
    assert row.state == "cancelled" and "the mentor said no to mentoring" in row.last_error
    assert any("said no" in e["detail"] for e in store.events())


def test_a_mentor_whose_address_fails_gets_no_check_in(tmp_path):
    config, store, env, key = queued(tmp_path)
    with store.transaction():
        store.mark_failing("maria@acme.test", LATER, "550 5.1.1 no such user")
    assert recheck_ready(store, config, env, LATER) == []
    assert "the mentor's address fails" in store.outbox_by_key(key).last_error


def test_a_check_in_ready_after_hours_waits_for_the_mentors_next_opening_without_costing_a_try(tmp_path):
    config, store, env, key = queued(tmp_path)
    evening = datetime(2026, 12, 1, 18, 0, tzinfo=timezone.utc)
    assert recheck_ready(store, config, env, evening) == []
    row = store.outbox_by_key(key)
    assert row.state == "queued" and row.attempts == 0 and "business hours" in row.last_error
    assert store.next_attempt_after(evening) == datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
