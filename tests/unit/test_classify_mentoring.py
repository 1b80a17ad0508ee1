"""`mailer classify --config` on an answer in a mentorship's thread says what the daemon does with it (the mentor
loop reads it first: mentoring/reply.py), not "nothing: mailer acts on no such mail". Each case is then ingested
into the same kind of store to check that the daemon does what classify said."""

from datetime import datetime, timedelta, timezone

import pytest

from helpers import config_text
from mailer.cli.classify import explain
from mailer.compose import environment
from mailer.config.load import parse
from mailer.ingest import IngestReport, ingest_raw
from mailer.mentoring.loop import queue_mentoring
from mailer.store import MentorshipState, Store

MON = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)
LATER = MON + timedelta(hours=3)
PAIR = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 10:00
    start: 2026-11-30
"""


def world(tmp_path, trust="unauthenticated"):
    text = config_text(extra=PAIR, trust=trust)
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    [key] = queue_mentoring(store, config, env, MON)
    with store.transaction():
        store.mark_sent(store.outbox_by_key(key).id, MON)
    return config, store, env, store.outbox_by_key(key)


def reply(checkin, words, sender="Maria Manager <maria@acme.test>"):
    return (f"From: {sender}\r\nTo: mailer@acme.test\r\nCc: rita@acme.test\r\nMessage-ID: <r1@x>\r\n"
            f"In-Reply-To: <{checkin.message_id}>\r\nSubject: Re: {checkin.subject}\r\n"
            f"Date: Mon, 30 Nov 2026 13:00:00 +0000\r\n\r\n{words}\r\n").encode()


@pytest.mark.parametrize("words, said, stored", [
    ("stop", "Maria Manager ends the check-ins with Rita Recruiter", "ended"),
    ("pause bis 15. Januar", "pauses the check-ins with Rita Recruiter until Fri 15 Jan", "paused"),
    ("I'm leaving the company next month, let's make the most of it",
     "mentoring: kept in Rita Recruiter's journal, the answer to", "journal"),
])
def test_classify_says_what_the_mentor_loop_then_does(tmp_path, words, said, stored):
    config, store, env, checkin = world(tmp_path)
    raw = reply(checkin, words)
    shown = explain(raw, "answer.eml", config, store, LATER)
    assert shown.kind == "mentoring" and said in shown.action, shown.action
    assert "check-in of rita@acme.test with maria@acme.test" in shown.reason
    with store.transaction():
        ingest_raw(store, config, env, raw, "INBOX", 1, LATER, IngestReport())
    [pair] = store.mentorships()
    assert {"ended": pair.state is MentorshipState.ENDED,
            "paused": pair.paused_until is not None and pair.paused_until.date().isoformat() == "2027-01-15",
            "journal": len(store.journal("rita@acme.test")) == 1}[stored]


def test_the_recruiter_and_an_unproven_sender_in_the_thread_change_nothing_and_classify_says_so(tmp_path):
    config, store, env, checkin = world(tmp_path)
    mine = explain(reply(checkin, "thanks!", "Rita Recruiter <rita@acme.test>"), "r.eml", config, store, LATER)
    assert (mine.kind, mine.action, mine.command) == (
        "mentoring", "nothing: the recruiter wrote in their own mentoring thread", "")
    (tmp_path / "dkim").mkdir()
    config, store, env, checkin = world(tmp_path / "dkim", trust="dkim")
    unsigned = explain(reply(checkin, "stop"), "u.eml", config, store, LATER)
    assert unsigned.action.startswith("nothing: a reply in a mentoring thread from an unproven sender")


def test_mail_outside_any_mentoring_thread_is_explained_as_before(tmp_path):
    config, store, env, checkin = world(tmp_path)
    raw = reply(checkin, "stop").replace(checkin.message_id.encode(), b"elsewhere@x")
    assert explain(raw, "x.eml", config, store, LATER).kind != "mentoring"
