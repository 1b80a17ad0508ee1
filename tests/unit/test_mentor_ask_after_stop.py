"""The ladder's mentor ask is decided again at send time: one queued to a mentor who has since ended the pair
("stop" in the check-in thread) is cancelled before any claim, with the submission's step forgotten in the same
transaction, so the rung is planned afresh (the next mentor, or skipped with its reason) and never lost.
A real SQLite store, read through ingest and the daemon's own queueing and rechecking; nothing is sent here."""

from datetime import datetime, timedelta, timezone

import pytest

from helpers import config_text
from mailer import faults
from mailer.compose import environment
from mailer.config.load import parse
from mailer.decide import plan, queue_due
from mailer.deliver import recover_interrupted
from mailer.ingest import IngestReport, ingest_raw
from mailer.mentoring.loop import queue_mentoring
from mailer.recheck import recheck_ready
from mailer.store import MentorshipState, Store

MON = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)  # London = UTC in winter
ASKED = datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)  # Wed: a business day after the submission, 10:00 in New York
STOPPED = ASKED + timedelta(minutes=30)
LATER = ASKED + timedelta(hours=1)
MARIA_MENTORS = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 10:00
    start: 2026-11-30
"""
OLGA_TOO = """
  - recruiter: rita@acme.test
    mentor: olga@acme.test
    every: every monday at 11:00
    start: 2026-11-30
"""
STEPS = [("1 business day", "mentor_ask", "mentor", ("recruiter",))]
MANAGERS = [("maria@acme.test", "Maria Manager", None), ("nate@acme.test", "Nate Newyork", "America/New_York"),
            ("olga@acme.test", "Olga Owner", None)]


def world(tmp_path, extra=MARIA_MENTORS, named_mentor=None):
    text = config_text(recruiters=[("rita@acme.test", "Rita Recruiter", named_mentor)], managers=MANAGERS,
                       steps=STEPS, extra=extra)
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    for at in (MON, MON + timedelta(hours=1)):  # each pair's first check-in makes it active
        for key in queue_mentoring(store, config, env, at):
            with store.transaction():
                store.mark_sent(store.outbox_by_key(key).id, at)
    ingest(store, config, env, 1, MON + timedelta(minutes=30),
           "From: Rita Recruiter <rita@acme.test>\r\nTo: Nate Newyork <nate@acme.test>\r\nCc: mailer@acme.test\r\n"
           "Message-ID: <sub1@x>\r\nSubject: Candidate: Jane Doe - Data Engineer\r\n\r\nHi Nate, Jane for the team.\r\n")
    queue_due(store, config, env, ASKED)
    [ask] = [r for r in store.outbox() if r.kind == "followup"]
    assert (ask.audience, ask.person) == ("mentor", "maria@acme.test")
    return config, store, env, ask


def ingest(store, config, env, uid, now, raw):
    with store.transaction():
        ingest_raw(store, config, env, raw.encode(), "INBOX", uid, now, IngestReport())


def maria_says_stop(store, config, env):
    checkin = next(r for r in store.outbox() if r.kind == "mentor_checkin")
    ingest(store, config, env, 2, STOPPED,
           f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nCc: rita@acme.test\r\n"
           f"Message-ID: <stop@x>\r\nIn-Reply-To: <{checkin.message_id}>\r\nSubject: Re: {checkin.subject}\r\n\r\n"
           f"Please stop these check-ins.\r\n")
    assert store.mentorships()[0].state is MentorshipState.ENDED


def asks(store):
    return [r for r in store.outbox() if r.kind == "followup"]


def test_a_queued_ask_to_a_mentor_who_stopped_is_cancelled_and_the_next_mentor_is_asked(tmp_path):
    config, store, env, ask = world(tmp_path, MARIA_MENTORS + OLGA_TOO)
    maria_says_stop(store, config, env)
    recheck_ready(store, config, env, LATER)
    cancelled = store.outbox_by_key(ask.key)
    assert cancelled.state == "cancelled" and "the mentor ended the check-ins" in cancelled.last_error
    assert store.claim(LATER, kinds=("followup",)) is None  # nothing left to send to Maria
    assert store.steps_taken(open_only=True) == {}  # the rung is to be taken again, not lost
    queue_due(store, config, env, LATER)
    [_, again] = asks(store)
    assert (again.person, again.state) == ("olga@acme.test", "queued") and again.key != ask.key
    recheck_ready(store, config, env, LATER + timedelta(minutes=10))  # decided once: Olga's ask stays
    assert store.outbox_by_key(again.key).state == "queued"
    assert len([e for e in store.events() if e["kind"] == "cancelled" and "ended the check-ins" in e["detail"]]) == 1


def test_a_named_mentor_who_stopped_is_not_asked_again_and_the_rung_says_why_it_was_skipped(tmp_path):
    """recruiters[].mentor is Maria and she has no other role: after her stop nobody is left to ask, so the
    re-planned rung is skipped with its reason (before, the empty list fell back to the named mentor)."""
    config, store, env, ask = world(tmp_path, named_mentor="maria@acme.test")
    maria_says_stop(store, config, env)
    recheck_ready(store, config, env, LATER)
    assert [d.recipient for d in plan(store, config, LATER)] == [""]
    assert queue_due(store, config, env, LATER) == []
    assert [r.state for r in asks(store)] == ["cancelled"]
    assert [e for e in store.events() if e["kind"] == "skipped" and "no mentor to ask" in e["detail"]]


class Killed(BaseException):
    """The process dies at a fault point (os._exit in the daemon; here the transaction sees it unwind)."""


def test_killed_while_cancelling_leaves_the_ask_queued_with_its_step_and_the_next_pass_cancels_it_once(
        tmp_path, monkeypatch):
    config, store, env, ask = world(tmp_path, MARIA_MENTORS + OLGA_TOO)
    maria_says_stop(store, config, env)

    def die(name):
        if name == "recheck_ask_before_commit":
            raise Killed

    monkeypatch.setattr(faults, "point", die)
    with pytest.raises(Killed):
        recheck_ready(store, config, env, LATER)
    assert store.outbox_by_key(ask.key).state == "queued" and store.steps_taken(open_only=True)
    monkeypatch.undo()
    recheck_ready(store, config, env, LATER + timedelta(minutes=1))
    recheck_ready(store, config, env, LATER + timedelta(minutes=2))
    assert store.outbox_by_key(ask.key).state == "cancelled" and store.steps_taken(open_only=True) == {}
    assert len([e for e in store.events() if e["kind"] == "cancelled" and "ended the check-ins" in e["detail"]]) == 1


def test_an_ask_claimed_before_the_stop_and_interrupted_is_not_resent_after_it(tmp_path):
    """Claimed, then the process died before any byte went (no delivery copy came back): once it is queued
    again 'in doubt', the stop that came meanwhile still cancels it, and the rung is planned afresh."""
    config, store, env, ask = world(tmp_path, MARIA_MENTORS + OLGA_TOO)
    assert store.claim(ASKED).key == ask.key
    maria_says_stop(store, config, env)
    assert recover_interrupted(store, config, LATER) == 1
    recheck_ready(store, config, env, LATER)
    assert store.outbox_by_key(ask.key).state == "cancelled"
    queue_due(store, config, env, LATER)
    assert [r.person for r in asks(store) if r.state == "queued"] == ["olga@acme.test"]
