"""Machine mail whose From has no usable address is judged, never refused (issue 12, class 1): the tuning
reports whose only machine sign was their From (a list server's robot, a daemon) keep their verdict when the From
is absent, empty, a bare word, a group or an address without a domain, because what the delivering servers recorded
(the envelope sender) and the report itself still say what they are. A person's mail without a usable From stays
refused, with the reason."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from helpers import make_config
from mutations import MUTATIONS
from mailer.errors import Unreadable
from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)
LOST = ("absent", "empty", "bare word", "group syntax, undisclosed", "angle brackets, no domain",
        "encoded word decoding to nothing")
# Tuning reports refused as "no valid From address" on main once their From was lost (bench/unreadable_shapes.py).
LIST_NOTICES = ("sisimai_set_of_emails/maildir/bsd/lhost-fml-02.eml", "sisimai_set_of_emails/maildir/bsd/lhost-fml-03.eml",
                "sisimai_set_of_emails_removed/maildir/bsd/email-fml-01.eml")
# A daemon's report whose envelope sender survives only in a list server's copy of it (Mailman's X-MailFrom).
ENVELOPE_COPIES = ("flufl_bounce/yahoo_12.txt",)
# Reports whose only other sign is their own text's shape: an SMTP reply line, the returned original announced.
REPORT_BODIES = ("flufl_bounce/simple_35.txt", "sisimai_set_of_emails/maildir/bsd/lhost-apachejames-01.eml")


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    return make_config(tmp_path_factory.mktemp("lostfrom"))


def verdict(raw: bytes, config) -> Kind:
    msg = parse(raw)
    sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@x", (),
                     NOW - timedelta(days=3), State.OPEN)
    return classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), now=NOW)).kind


@pytest.mark.parametrize("shape", LOST)
@pytest.mark.parametrize("seed", LIST_NOTICES + ENVELOPE_COPIES + REPORT_BODIES)
def test_a_report_without_a_from_keeps_its_bounce_verdict(config, seed, shape):
    raw = (CORPUS / seed).read_bytes()
    assert verdict(raw, config) == Kind.BOUNCE  # as it is
    assert verdict(MUTATIONS["From"][shape](raw), config) == Kind.BOUNCE


def test_a_persons_list_post_without_a_from_stays_refused():
    raw = (b"Return-Path: <team-bounces@lists.example.org>\nList-Id: <team.lists.example.org>\n"
           b"To: team@lists.example.org\nSubject: Re: Jane Doe, Backend\nReferences: <s1@x>\n"
           b"Message-ID: <p1@example.org>\n\nShe looks good to me, let's meet her on Tuesday.\n")
    with pytest.raises(Unreadable, match="no valid From address"):
        parse(raw)


def test_a_persons_note_about_a_failed_delivery_without_a_from_stays_refused():
    """Failure words alone are a person's too ("my mail could not be delivered"): without a From address, only a
    report's own shape (an SMTP reply line, the returned original announced) makes it machine mail."""
    raw = (b"To: rita@acme.test\nSubject: Re: Jane Doe, Backend\nReferences: <s1@x>\nMessage-ID: <p2@example.org>\n\n"
           b"My note to Jane could not be delivered, the address does not exist. Do you have another one?\n")
    with pytest.raises(Unreadable, match="no valid From address"):
        parse(raw)


def test_a_report_without_a_from_whose_part_type_was_lost_is_read_by_its_fields(config):
    """A message/delivery-status mail with no From (mailgun flanker delayed-broken) whose Content-Type an archive
    mangled: its text still opens with the RFC 3464 fields."""
    raw = (CORPUS / "mailgun_flanker/bounce/delayed-broken.eml").read_bytes()
    assert verdict(raw, config) == Kind.BOUNCE
    assert verdict(MUTATIONS["Content-Type parameters"]["garbage type"](raw), config) == Kind.BOUNCE


def test_a_persons_note_quoting_report_fields_without_a_from_stays_refused():
    raw = (b"To: rita@acme.test\nSubject: Re: Jane Doe, Backend\nMessage-ID: <p3@example.org>\n\n"
           b"I got this back, what does it mean?\n\nFinal-Recipient: rfc822; jane@example.net\nAction: failed\n"
           b"Status: 5.1.1\n")
    with pytest.raises(Unreadable, match="no valid From address"):
        parse(raw)
