"""Regressions a review of the session's reading rules found, each with the hard negative it must keep.

1. A manager's answer that the company's mail host re-injected as root (Return-Path <root@mx1…>) and that carries no
   In-Reply-To/References: its reply prefix or Outlook's Thread-Topic/Thread-Index says a person answered, and a listed
   manager's or recruiter's From is not judged by the envelope (reading/machine.py, reading/classify.py).
2. An out-of-office that opens with "FYI"/"Heads up": the aside clears neither a responder's subject prefix over the
   answered subject ("Out of Office: Candidate: …") nor a notice's redirect ("For urgent matters contact Lee Chan")
   (reading/absence.py, reading/autoreply.py).
3. Windows-1252 fallback: only the five bytes cp1252 leaves undefined are read as Latin-1, not their whole line; the
   labels that say "no idea" (unknown-8bit, x-unknown, default) are read as no label (reading/text.py).
4. forwarded_report checks the cheap attached_report first (reading/machine.py).

Mails are written for these tests, with invented hosts and people."""

import email
import email.policy
from datetime import datetime, timedelta, timezone
from unittest import mock

import pytest

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading import machine
from mailer.reading.autoreply import detect_auto_reply
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse
from mailer.reading.text import decode_bytes

NOW = datetime(2026, 12, 7, 15, tzinfo=timezone.utc)
SUBJECT = "Candidate: Jane Doe – Backend"


def raw_mail(headers: str, body: str, sender: str = "Maria Manager <maria@acme.test>") -> bytes:
    return (headers.strip() + f"\nFrom: {sender}\nTo: mailer@acme.test\nDate: Mon, 07 Dec 2026 14:00:00 +0000\n"
            "Message-ID: <a1@acme.test>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n" + body + "\n").encode()


def open_submission(manager: str = "maria@acme.test") -> Submission:
    return Submission(1, manager, "rita@acme.test", "Jane Doe", "Backend", SUBJECT, "s1@acme.test", (),
                      NOW - timedelta(days=2), State.OPEN)


def off_thread(raw: bytes, config):
    """Classify as mail from the submission's manager with no thread headers (classify.off_thread_reply's case)."""
    sub = open_submission()
    return classify(parse(raw), config, Context(of_sender=(sub,), now=NOW))


# ------------------------------------------------------------------ 1. a root envelope on a manager's answer
@pytest.mark.parametrize("headers", [
    f"Return-Path: <root@mx1.acme.test>\nSubject: RE: {SUBJECT}",
    f"Return-Path: <root@mx1.acme.test>\nSubject: AW: {SUBJECT}",
    f"Return-Path: <root@acme.test>\nSubject: {SUBJECT}\nThread-Topic: {SUBJECT}",
    f"Return-Path: <daemon@mx1.acme.test>\nSubject: {SUBJECT}\nThread-Index: AdbK3w1bYxJm2ZqLQ0a1",
])
def test_a_managers_answer_reinjected_as_root_is_an_answer(tmp_path, headers):
    raw = raw_mail(headers, "Interview")
    assert machine.machine_signs(parse(raw).parsed) is None
    verdict = off_thread(raw, make_config(tmp_path))
    assert verdict.kind is Kind.REPLY
    assert [c.verb for c in verdict.commands] == ["interview"]


def test_a_listed_managers_mail_is_not_judged_by_its_envelope(tmp_path):
    # no prefix, no Outlook header: the envelope alone would call it a job's, but maria@ is a listed manager
    raw = raw_mail(f"Return-Path: <root@mx1.acme.test>\nSubject: Jane Doe", "Interview")
    assert machine.machine_signs(parse(raw).parsed) == "system account sender"
    assert off_thread(raw, make_config(tmp_path)).kind is Kind.REPLY


@pytest.mark.parametrize("headers, sender", [
    # a job's report on the manager's host: no reply prefix, no Outlook header, From a service name, not a person's
    ("Return-Path: <root@mx1.acme.test>\nSubject: IDE-update report", "virusupdates@mx1.acme.test"),
    # From a system account itself: a job's, whatever the subject says and whoever is listed
    (f"Return-Path: <root@mx1.acme.test>\nSubject: RE: {SUBJECT}", "Cron Daemon <root@mx1.acme.test>"),
])
def test_a_jobs_report_stays_machine_mail(tmp_path, headers, sender):
    raw = raw_mail(headers, "DOWNLOADED (V4.28)\nSIGHUP sent to scanner[886]", sender)
    msg = parse(raw)
    assert machine.machine_signs(msg.parsed) == "system account sender"
    sub = open_submission(msg.sender.email)
    verdict = classify(msg, make_config(tmp_path), Context(in_thread=(sub,), of_sender=(sub,), now=NOW))
    assert verdict.kind is Kind.IGNORED


def test_a_listed_managers_from_on_a_system_account_stays_machine_mail(tmp_path):
    # a listed manager's address never makes root@'s own mail a person's
    raw = raw_mail(f"Return-Path: <root@acme.test>\nSubject: Jane Doe", "Interview", "Root <root@acme.test>")
    config = make_config(tmp_path, managers=[("root@acme.test", "Root", None), ("maria@acme.test", "Maria", None)])
    msg = parse(raw)
    sub = open_submission("root@acme.test")
    assert classify(msg, config, Context(of_sender=(sub,), now=NOW)).kind is Kind.IGNORED


# ------------------------------------------------------------------ 2. "FYI" on a notice
def test_an_fyi_notice_under_an_out_of_office_prefix_is_an_auto_reply(tmp_path):
    raw = raw_mail(f"Subject: Out of Office: {SUBJECT}",
                   "FYI, I am out of the office until 14 December with no access to email.")
    verdict = off_thread(raw, make_config(tmp_path))
    assert verdict.kind is Kind.AUTO_REPLY


def test_an_fyi_notice_with_a_redirect_is_an_auto_reply():
    msg = email.message_from_bytes(raw_mail(
        f"Subject: Re: {SUBJECT}\nIn-Reply-To: <s1@acme.test>",
        "FYI: I am out of the office until Monday 14 December with limited access to email. "
        "For urgent matters contact Lee Chan."), policy=email.policy.default)
    assert detect_auto_reply(msg) == "body:out-of-office"


@pytest.mark.parametrize("subject, body", [
    # the real ImageJ post (tests/unit/test_ooo_persons_aside.py): an aside under "Re:", no redirect
    ("Re: Release plan", "Just fyi, I'll be on vacation next week and won't be checking my email very often."),
    # a person's own title, the absence after the colon: not a responder's prefix over another subject
    ("Out of Office: back on 14 December", "FYI, I am out of the office until 14 December with no access to email."),
    ("[team] Out of Office", "Heads up: I'm away until the 3rd with no access to email."),
])
def test_a_persons_aside_stays_a_persons(subject, body):
    msg = email.message_from_bytes(raw_mail(f"Subject: {subject}", body), policy=email.policy.default)
    assert detect_auto_reply(msg) is None


# ------------------------------------------------------------------ 3. the Windows-1252 fallback
def test_only_the_undefined_bytes_are_read_as_latin1():
    assert decode_bytes(b"Gr\xfc\xdfe \x93ok\x94 \x81", None) == "Grüße “ok” \x81"


@pytest.mark.parametrize("label", ["unknown-8bit", "x-unknown", "default", "UNKNOWN-8BIT"])
def test_a_label_that_names_no_charset_is_read_as_none(label):
    assert decode_bytes(b"Gr\xfc\xdfe \x93ok\x94", label) == "Grüße “ok”"


def test_a_real_label_is_still_obeyed():
    assert decode_bytes(b"Gr\xfc\xdfe \x93", "iso-8859-1") == "Grüße \x93"


# ------------------------------------------------------------------ 4. forwarded_report's order
def test_forwarded_report_reads_no_machine_signs_without_an_attached_report():
    msg = email.message_from_bytes(raw_mail(f"Subject: RE: {SUBJECT}", "Interview"), policy=email.policy.default)
    with mock.patch.object(machine, "machine_signs", side_effect=AssertionError("read the headers first")):
        assert machine.forwarded_report(msg) is False
