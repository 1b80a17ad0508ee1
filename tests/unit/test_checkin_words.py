"""What a check-in says to the mentor (journey2 findings 8 and 11): "Thank you, that helped" only for advice given
on an earlier day (Olga answered at 15:00 and was thanked at 15:05); the mentor's figures only when they changed
(the same "5 business days (median)" went in every check-in), without their out-of-office time; and the thread keeps
its first subject when the recruiter is renamed (Gmail splits a conversation on a new subject).
A real SQLite store through the loop's own queueing and ingest; nothing is sent here."""

from datetime import datetime, timedelta, timezone
import email
import email.policy

from helpers import config_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer.ingest import IngestReport, ingest_raw
from mailer.mentoring.loop import queue_mentoring
from mailer.store import Store

MON = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)  # London = UTC in winter
NEXT = MON + timedelta(days=7)
PAIR = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 10:00
    start: 2026-11-30
"""


def load(tmp_path, rita="Rita Recruiter"):
    text = config_text(recruiters=[("rita@acme.test", rita, None)], extra=PAIR)
    (tmp_path / "config.yaml").write_text(text)
    return parse(text, tmp_path / "config.yaml")


def checkin(store, config, env, at):
    [key] = queue_mentoring(store, config, env, at)
    row = store.outbox_by_key(key)
    with store.transaction():
        store.mark_sent(row.id, at)
    body = email.message_from_bytes(row.raw, policy=email.policy.default).get_body(("plain",)).get_content()
    return row, body


def answer(store, config, env, row, uid, text, at):
    raw = (f"From: Maria Manager <maria@acme.test>\r\nTo: mailer@acme.test\r\nMessage-ID: <ans{uid}@x>\r\n"
           f"In-Reply-To: <{row.message_id}>\r\nSubject: Re: {row.subject}\r\n\r\n{text}\r\n")
    report = IngestReport()
    with store.transaction():
        ingest_raw(store, config, env, raw.encode(), "INBOX", uid, at, report)
    assert report.kinds == {"mentoring": 1}


def submission(store, key, at, answered_after=None):
    with store.transaction():
        sub = store.add_submission(key, "maria@acme.test", "rita@acme.test", f"Person {key}", "", "s", f"{key}@x", (),
                                   at)
        if answered_after is not None:
            store.mark_answered(sub, at + answered_after[0], answered_after[1], f"a-{key}")


def test_advice_from_minutes_ago_is_quoted_without_a_thank_you(tmp_path):
    config = load(tmp_path)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    first, _ = checkin(store, config, env, MON)
    answer(store, config, env, first, 1, "Ask for a work sample before the panel, it saves everyone time.",
           NEXT - timedelta(minutes=5))
    _, body = checkin(store, config, env, NEXT)
    assert 'Earlier today you told me: "Ask for a work sample' in body
    assert "Thank you, that helped" not in body


def test_advice_from_an_earlier_day_is_thanked_and_no_advice_is_not(tmp_path):
    config = load(tmp_path)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    first, _ = checkin(store, config, env, MON)
    answer(store, config, env, first, 1, "Ask for a work sample before the panel, it saves everyone time.",
           MON + timedelta(days=1))
    second, body = checkin(store, config, env, NEXT)
    assert 'Last time you told me: "Ask for a work sample' in body and "Thank you, that helped." in body
    answer(store, config, env, second, 2, "No idea, sorry, this one is outside my area.", NEXT + timedelta(days=1))
    _, body = checkin(store, config, env, NEXT + timedelta(days=7))
    assert 'Last time you told me: "No idea' in body and "Thank you, that helped" not in body


def test_the_figures_are_told_when_they_changed_and_without_the_mentors_week_away(tmp_path):
    config = load(tmp_path)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    # Submitted Mon 16 Nov 10:00; Maria away Tue 17 to Mon 23 Nov (a stored out-of-office); answered Tue 24 Nov
    # 10:00: 6 business days as stored, 1 of them at work.
    sent = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)
    submission(store, "k1", sent, (timedelta(days=8), timedelta(hours=6 * 8)))
    with store.transaction():
        store.add_pause("maria@acme.test", datetime(2026, 11, 17, 9, 0, tzinfo=timezone.utc),
                        datetime(2026, 11, 23, 17, 0, tzinfo=timezone.utc), "out of office", None, "ooo1")
    _, body = checkin(store, config, env, MON)
    assert "I have sent you 1 candidate, and you answered in 1 business day (median)" in body, body
    _, body = checkin(store, config, env, NEXT)
    assert "I have sent you" not in body  # nothing new: not the same figure again
    submission(store, "k2", NEXT + timedelta(days=1), (timedelta(hours=2), timedelta(hours=2)))
    _, body = checkin(store, config, env, NEXT + timedelta(days=7))
    assert "I have sent you 2 candidates" in body


def test_the_thread_keeps_its_first_subject_when_the_recruiter_is_renamed(tmp_path):
    config = load(tmp_path)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    first, _ = checkin(store, config, env, MON)
    assert first.subject == "Mentoring check-in: Rita Recruiter and Maria Manager"
    renamed = load(tmp_path, rita="Rita Recruiter-Jones")
    second, body = checkin(store, renamed, env, NEXT)
    assert second.subject == "Re: Mentoring check-in: Rita Recruiter and Maria Manager"
    assert "Rita Recruiter-Jones" in body  # the signature follows the rename; only the thread's subject stays
