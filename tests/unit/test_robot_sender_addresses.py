"""Senders no person writes as: a bounce collector's address, an address minted for one recipient of a mass
mailing (it spells the recipient's own address), and the names system accounts carry ("Root User"). Such mail is
machine mail, never an answer, even in a tracked thread of its sender; a person's mail that only mentions,
quotes or attaches such a sender stays the person's.

The mails are written for these tests in the shapes abuse desks, honeypot monitors and scan services send, with
invented hosts and addresses."""

from datetime import datetime, timedelta, timezone

import pytest

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.machine import machine_signs
from mailer.reading.parse import parse

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)


def mail(headers: str, body: str, to: str = "To: rita@acme.test\n") -> bytes:
    return (headers.strip() + "\n" + to + "Date: Tue, 24 Nov 2026 08:00:00 +0000\n"
            "Message-ID: <r1@mx.example.org>\n\n" + body).encode()


def kind_in_thread_of_sender(raw: bytes, config) -> Kind:
    msg = parse(raw)
    sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@x", (),
                     NOW - timedelta(days=3), State.OPEN)
    return classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), now=NOW)).kind


@pytest.mark.parametrize("headers", [
    # a monitoring service's report, sent from the address its bounces go back to
    "From: Trap Monitoring <monitor-bounce@traps.example.org>\nSubject: Monitor Report (11/01 - 11/22)",
    # an upper-case FROM header, "_bounces" collector
    "FROM: Weekly News <news_bounces@letters.example.com>\nSubject: This week at Example",
    # a plus-addressed collector, without any list header
    "From: bounces+8842@mailer.example.net\nSubject: Your report is ready",
    # a list's bounce address used as From on a notice, without the list headers
    "From: hiring-team-bounces@lists.example.org\nSubject: Hiring-team: 3 messages held",
])
def test_a_bounce_collectors_address_sends_machine_mail(tmp_path, headers):
    raw = mail(headers, "Please find this period's figures below.\nThanks for your reply.\n")
    assert machine_signs(parse(raw).parsed) == "bounce-collector sender address"
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.IGNORED


@pytest.mark.parametrize("headers, to", [
    # the From spells the abuse desk's address it was sent to ("-AT-"), To absent: Delivered-To names it
    ("From: Example Abuse Team <removes_abuse-AT-acme.test@reporting.example.org>\nSubject: 192.0.2.44",
     "Delivered-To: abuse@acme.test\n"),
    # no address in From at all; the Reply-To is the per-recipient one
    ("From: Example Abuse Team\nReply-To: bounces_abuse-AT-acme.test@reporting.example.org\n"
     "Subject: Batched Abuse Report - attacks from 192.0.2.44", "X-Original-To: abuse@acme.test\n"),
    # classic VERP with "=", the recipient in To
    ("From: Alerts <alerts-rita=acme.test@notify.example.com>\nSubject: Re: Jane Doe for Backend",
     "To: Rita <rita@acme.test>\n"),
    # "_at_" spelling in Reply-To, the recipient in Cc
    ("From: Survey Desk <survey@example.com>\nReply-To: reply_rita_at_acme.test@in.example.com\n"
     "Subject: Re: Jane Doe", "To: team@example.com\nCc: rita@acme.test\n"),
])
def test_a_per_recipient_sender_address_is_machine_mail(tmp_path, headers, to):
    raw = mail(headers, "Thanks, that works for me. Yes, please go ahead.\n", to)
    assert machine_signs(parse(raw).parsed) == "per-recipient sender address"
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.IGNORED


@pytest.mark.parametrize("headers", [
    "From: Root User <autoreports@scans.example.org>\nSubject: [REPORT] scan_ipmi Report: 2026-11-24",
    "From: Charlie Root <reports@bsd1.example.org>\nSubject: bsd1 daily security run output",
    "From: \"root\" <backup@acme.test>\nSubject: Backup finished",
    "From: CRON DAEMON <jobs@build.example.net>\nSubject: Cron <jobs@build> nightly.sh",
])
def test_a_system_accounts_name_on_any_address_is_machine_mail(tmp_path, headers):
    raw = mail(headers, "Yes, all good.\n")
    assert machine_signs(parse(raw).parsed) == "system account sender"
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.IGNORED


@pytest.mark.parametrize("headers, to, body", [
    # people whose names or addresses merely contain the words
    ("From: John Bounce <john.bounce@example.net>\nSubject: Re: Jane Doe for Backend", "To: rita@acme.test\n",
     "Yes, let's meet her on Thursday.\n"),
    ("From: Club Bouncer <club-bouncer@example.net>\nSubject: Re: Jane Doe for Backend", "To: rita@acme.test\n",
     "Yes, let's meet her on Thursday.\n"),
    ("From: Dana Root <dana.root@example.net>\nSubject: Re: Jane Doe for Backend", "To: rita@acme.test\n",
     "Yes, let's meet her on Thursday.\n"),
    ("From: Rootsuite Team <rootsuite@example.net>\nSubject: Re: Jane Doe for Backend", "To: rita@acme.test\n",
     "Yes.\n"),
    # an "=" in a person's own address that spells nobody else's; a Reply-To set to the recruiter herself
    ("From: Dana Lee <d=lee@example.net>\nReply-To: rita@acme.test\nSubject: Re: Jane Doe for Backend",
     "To: rita@acme.test\n", "Yes, please schedule.\n"),
    # the envelope spells an address (SRS on a forwarder): only the From and Reply-To are read
    ("Return-Path: <SRS0=Hx3k=TT=example.net=dana@fwd.example.org>\nFrom: Dana Lee <dana@example.net>\n"
     "Subject: Re: Jane Doe for Backend", "To: rita@acme.test\n", "Yes, please schedule.\n"),
    # a person asking what an abuse report means, pasting its sender lines in the body
    ("From: Dana Lee <dana@example.net>\nSubject: Re: Jane Doe for Backend", "To: rita@acme.test\n",
     "Yes to Jane. Also, what is this? I got it twice:\n\nFrom: Root User <autoreports@scans.example.org>\n"
     "Reply-To: bounces_dana-AT-example.net@reporting.example.org\nFrom: monitor-bounce@traps.example.org\n"),
])
def test_a_persons_mail_that_only_resembles_them_stays_an_answer(tmp_path, headers, to, body):
    raw = mail(headers, body, to)
    assert machine_signs(parse(raw).parsed) is None
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.REPLY


def test_a_person_forwarding_such_a_report_as_an_attachment_stays_an_answer(tmp_path):
    attached = ("From: Trap Monitoring <monitor-bounce@traps.example.org>\n"
                "Reply-To: bounces_dana-AT-example.net@reporting.example.org\nTo: dana@example.net\n"
                "Subject: Monitor Report\n\nHarvester activity seen from your network.\n")
    raw = ("From: Dana Lee <dana@example.net>\nTo: rita@acme.test\nSubject: Re: Jane Doe for Backend\n"
           "Date: Tue, 24 Nov 2026 08:00:00 +0000\nMessage-ID: <r2@example.net>\nMIME-Version: 1.0\n"
           "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n"
           "Yes, let's meet Jane. Also: is the attached report about us?\n\n--b\n"
           "Content-Type: message/rfc822\n\n" + attached + "\n--b--\n").encode()
    assert machine_signs(parse(raw).parsed) is None
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.REPLY
