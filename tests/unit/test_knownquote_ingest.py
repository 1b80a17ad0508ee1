"""The known-quote cut where a reply's context is assembled (ingest.with_answered_mail): the mail it answers found
in the outbox by one indexed query, then the journal, the manager's recorded answer and the commands read the
person's words only. Over a real SQLite store, through ingest_raw."""

from datetime import datetime, timedelta, timezone
import email
import email.policy

from helpers import config_text
from mailer.cli.check import sample_dues
from mailer.compose import Thread, compose, environment
from mailer.config.load import parse as parse_config
from mailer.ingest import IngestReport, ingest_raw, with_answered_mail
from mailer.mentoring.loop import queue_mentoring
from mailer.model import State
from mailer.reading.parse import parse
from mailer.store import Store

MON = datetime(2026, 11, 30, 10, tzinfo=timezone.utc)  # the cadence's slot (London = UTC in winter)
PAIR = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 10:00
    start: 2026-11-30
"""
WELSH = ("Oddi wrth: Rita Recruiter via Acme Recruiting <mailer@acme.test>\nAnfonwyd: Dydd Llun, 30 Tachwedd "
         "2026 10:00\nAt: Maria Manager <maria@acme.test>\nPwnc: Mentoring check-in\n")


def world(tmp_path):
    text = config_text(extra=PAIR)
    (tmp_path / "config.yaml").write_text(text)
    config = parse_config(text, tmp_path / "config.yaml")
    return config, Store(tmp_path / "s.db"), environment(config.templates)


def plain(raw: bytes) -> str:
    text = email.message_from_bytes(raw, policy=email.policy.default).get_body(("plain",)).get_content()
    return text.replace("\r\n", "\n")


def first_checkin(store, config, env):
    queue_mentoring(store, config, env, MON)
    [row] = store.outbox()
    with store.transaction():
        store.mark_sent(row.id, MON)
    return row


def ingest(store, config, env, raw: str, uid: int, now: datetime) -> IngestReport:
    report = IngestReport()
    with store.transaction():
        ingest_raw(store, config, env, raw.replace("\n", "\n").encode(), "INBOX", uid, now, report)
    return report


def reply_to(row, sender: str, body: str, n: int, references: str = "") -> str:
    return (f"From: {sender}\nTo: mailer@acme.test\nCc: rita@acme.test\nMessage-ID: <r{n}@x>\n"
            f"In-Reply-To: <{row.message_id}>\nReferences: {references}<{row.message_id}>\n"
            f"Subject: Re: {row.subject}\n\n{body}\n")


def test_the_journal_holds_only_the_answer_above_a_check_in_quoted_under_an_unknown_header(tmp_path):
    config, store, env = world(tmp_path)
    row = first_checkin(store, config, env)
    body = f"Ask what they shipped, and why it mattered.\n\nBest,\nMaria\n\n{WELSH}\n{plain(row.raw)}"
    ingest(store, config, env, reply_to(row, "Maria Manager <maria@acme.test>", body, 1), 1, MON + timedelta(hours=2))
    [entry] = store.journal("rita@acme.test")
    assert entry.answer == "Ask what they shipped, and why it mattered."


def test_an_inline_answer_keeps_the_question_it_answers_as_the_journal_does_today(tmp_path):
    config, store, env = world(tmp_path)
    row = first_checkin(store, config, env)
    paragraphs = plain(row.raw).split("\n\n")
    question = next(p for p in paragraphs if p.startswith("  "))
    above = paragraphs[:paragraphs.index(question) + 1]
    quoted = "\n>\n".join("> " + p.replace("\n", "\n> ") for p in above)
    rest = "\n>\n".join("> " + p.replace("\n", "\n> ") for p in paragraphs[paragraphs.index(question) + 1:])
    body = f"{quoted}\n\nThe ones who ask about the team first.\n\n{rest}"
    msg = parse(reply_to(row, "maria@acme.test", body, 1).encode())
    from mailer.reading.knownquote import reply_words
    today = reply_words(msg)  # no known mail: replytext's reading alone, as before this cut
    ingest(store, config, env, reply_to(row, "Maria Manager <maria@acme.test>", body, 1), 1, MON + timedelta(hours=2))
    [entry] = store.journal("rita@acme.test")
    assert entry.answer == today and question.strip() in entry.answer
    assert entry.answer.endswith("The ones who ask about the team first.")


def test_a_check_in_answer_that_is_all_copy_keeps_nothing(tmp_path):
    config, store, env = world(tmp_path)
    row = first_checkin(store, config, env)
    report = ingest(store, config, env, reply_to(row, "maria@acme.test", f"{WELSH}\n{plain(row.raw)}", 1), 1,
                    MON + timedelta(hours=2))
    assert report.kinds == {"mentoring": 1} and store.journal("rita@acme.test") == []


def test_a_managers_interview_above_a_follow_up_quoted_without_marks_records_only_the_decision(tmp_path):
    config, store, env = world(tmp_path)
    with store.transaction():
        sid = store.add_submission("k1", "maria@acme.test", "rita@acme.test", "Jane Doe", "Backend",
                                   "Candidate: Jane Doe", "s1@x", (), MON)
    due = next(d for d in sample_dues(config) if not d.grouped and d.audience == "manager")
    followup = compose(config, env, due, Thread("Candidate: Jane Doe", ("s1@x",)), "t", MON)
    with store.transaction():
        store.enqueue(followup, MON)
    row = store.outbox_by_key(followup.key)
    body = f"interview\n\n{WELSH}\n{plain(row.raw)}"
    ingest(store, config, env, reply_to(row, "maria@acme.test", body, 1, references="<s1@x> "), 1,
           MON + timedelta(hours=3))
    sub = store.submission(sid)
    assert sub.decision == "interview" and sub.state is not State.OPEN
    assert sub.reply_text == "interview"


def test_the_nearest_mailer_mail_is_found_also_under_an_alias_and_nothing_for_others(tmp_path):
    config, store, env = world(tmp_path)
    row = first_checkin(store, config, env)
    msg = parse(reply_to(row, "maria@acme.test", "x", 1, references="<s1@x> ").encode())
    assert with_answered_mail(store, msg).answers_own == row.raw
    with store.transaction():
        store.add_alias("exchange-rewrote@x", row.message_id)
    aliased = parse(b"From: maria@acme.test\nIn-Reply-To: <exchange-rewrote@x>\nSubject: Re\n\nx\n")
    assert with_answered_mail(store, aliased).answers_own == row.raw
    stranger = parse(b"From: maria@acme.test\nIn-Reply-To: <someone@x>\nReferences: <s1@x>\nSubject: Re\n\nx\n")
    assert with_answered_mail(store, stranger).answers_own is None
    new = parse(b"From: maria@acme.test\nSubject: hello\n\nx\n")
    assert with_answered_mail(store, new) is new  # no threading headers: no query at all


def test_the_lookup_is_one_indexed_query_not_a_scan_of_the_outbox(tmp_path):
    config, store, env = world(tmp_path)
    first_checkin(store, config, env)
    queries = []
    store.db.set_trace_callback(queries.append)
    store.answered_mail(("a@x", "b@x"))
    store.db.set_trace_callback(None)
    assert len(queries) == 1
    plan = " | ".join(r[3] for r in store.db.execute("EXPLAIN QUERY PLAN " + queries[0]))
    assert "SCAN outbox" not in plan.replace("SCAN outbox USING", "") and "outbox" in plan
    assert "USING INDEX" in plan or "USING PRIMARY KEY" in plan or "USING COVERING INDEX" in plan


def test_a_large_known_mail_is_read_only_to_its_head():
    """A stored mail with a large attachment after its text (a digest's report): only the first 64 KB are parsed,
    so its text is read and the attachment never is (knownquote._RAW_PREFIX)."""
    from mailer.reading.knownquote import _RAW_PREFIX, known_mail
    big = (b"From: Acme <mailer@acme.test>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
           b"Content-Type: text/plain\n\nHi Maria,\nyour week.\n--b\nContent-Type: text/plain\n"
           b"Content-Disposition: attachment; filename=cv.txt\n\n" + b"CV line\n" * 100_000 + b"--b--\n")
    assert len(big) > 10 * _RAW_PREFIX
    assert known_mail(big).texts == ("Hi Maria,\nyour week.",)


def test_a_managers_reply_that_is_all_copy_is_an_answer_without_words(tmp_path):
    """As any empty reply from the manager: answered as a plain reply (nudging stops), no text stored."""
    config, store, env = world(tmp_path)
    with store.transaction():
        sid = store.add_submission("k1", "maria@acme.test", "rita@acme.test", "Jane Doe", "Backend",
                                   "Candidate: Jane Doe", "s1@x", (), MON)
    due = next(d for d in sample_dues(config) if not d.grouped and d.audience == "manager")
    followup = compose(config, env, due, Thread("Candidate: Jane Doe", ("s1@x",)), "t", MON)
    with store.transaction():
        store.enqueue(followup, MON)
    row = store.outbox_by_key(followup.key)
    ingest(store, config, env, reply_to(row, "maria@acme.test", f"{WELSH}\n{plain(row.raw)}", 1, "<s1@x> "), 1,
           MON + timedelta(hours=3))
    sub = store.submission(sid)
    assert sub.state is State.ANSWERED and sub.decision == "reply" and sub.reply_text == ""
