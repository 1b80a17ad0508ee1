"""Mail a host's own job sent (a cron job, a script run as root, a daemon's report) is machine mail: never an answer,
even in a tracked thread of its sender. A person's mail that a root-run script or forwarder passes on keeps the
person's From on their own domain, and stays the person's.

The mails are written for these tests in the shapes cron and update scripts send, with invented hosts."""

from datetime import datetime, timedelta, timezone

import pytest

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.machine import machine_signs
from mailer.reading.parse import parse

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)


def mail(headers: str, body: str) -> bytes:
    return (headers.strip() + "\nTo: rita@acme.test\nDate: Tue, 24 Nov 2026 08:00:00 +0000\n"
            "Message-ID: <j1@mx.acme.test>\n\n" + body).encode()


def kind_in_thread_of_sender(raw: bytes, config) -> Kind:
    msg = parse(raw)
    sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@x", (),
                     NOW - timedelta(days=3), State.OPEN)
    return classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), now=NOW)).kind


@pytest.mark.parametrize("headers, body", [
    # an update script run as root, From a service name on the same host
    ("Return-Path: <root@mx.acme.test>\nFrom: virusupdates@mx.acme.test\nSubject: IDE-update report",
     "DOWNLOADED (V4.28)\nNEW: drop-abc.ide\nSIGHUP sent to scanner[886]\n"),
    # cron's own mail
    ("Return-Path: <root@build.acme.test>\nFrom: root@build.acme.test (Cron Daemon)\n"
     "Subject: Cron <root@build> /usr/local/bin/backup.sh", "backup done: 42 files\n"),
    # a daemon account, From on the parent domain of the envelope's host
    ("Return-Path: <daemon@web1.acme.test>\nFrom: Reports <reports@acme.test>\nSubject: Nightly report",
     "All jobs ran.\n"),
    # logwatch, envelope missing (the From alone says it)
    ("From: logwatch@db.acme.test\nSubject: Logwatch for db (Linux)", " ##### Logwatch 7.5 #####\n"),
])
def test_a_hosts_own_job_is_machine_mail_never_an_answer(tmp_path, headers, body):
    raw = mail(headers, body)
    assert machine_signs(parse(raw).parsed) == "system account sender"
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.IGNORED


@pytest.mark.parametrize("headers", [
    # a person's answer passed on by a root-run forwarder: the From is the person's, on their own domain
    "Return-Path: <root@mx.acme.test>\nFrom: Dana Lee <dana.lee@example.net>\nSubject: Re: Jane Doe for Backend",
    # people whose addresses merely start like a system account
    "Return-Path: <rootsuite@example.net>\nFrom: Rootsuite Team <rootsuite@example.net>\nSubject: Re: Jane Doe",
    "From: Nobody Special <nobody.special@example.net>\nSubject: Re: Jane Doe for Backend",
    # an envelope on another domain than the From (a provider's bounce address): judged by the From
    "Return-Path: <daemon@relay.example.org>\nFrom: Dana Lee <dana.lee@example.net>\nSubject: Re: Jane Doe",
    # the company's mail host re-injects its users' mail as root: a reply stays the person's
    "Return-Path: <root@mx.acme.test>\nFrom: Dana Lee <dana.lee@acme.test>\nSubject: Re: Jane Doe\n"
    "In-Reply-To: <s1@x>",
    "Return-Path: <root@acme.test>\nFrom: Dana Lee <dana@acme.test>\nSubject: RE: Jane Doe\nReferences: <s1@x>",
])
def test_a_persons_answer_stays_an_answer(tmp_path, headers):
    raw = mail(headers, "Yes, let's interview Jane on Thursday.\n")
    assert machine_signs(parse(raw).parsed) is None
    assert kind_in_thread_of_sender(raw, make_config(tmp_path)) is Kind.REPLY
