"""A person's mail whose only machine-like sign is a failure subject, on mail that answers or forwards another
(thread headers, "Re:"/"Fwd:"), is never a bounce: mail to them must go on. Found by the blind bounce sweep
(test_bounce_blind.py); sentences here are new ones in the shape of the class."""

import email.message
from datetime import datetime, timezone

import pytest

from mailer.model import Kind, State, Submission
from mailer.reading.bounce import detect_bounce
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse

THREAD = Submission(1, "maria@acme.test", "rita@acme.test", "Tom Baker", "Data Analyst",
                    "Candidate: Tom Baker – Data Analyst", "<s9@acme.test>", (),
                    datetime(2026, 11, 2, tzinfo=timezone.utc), State.OPEN)


def mail(subject, body, sender="Maria Manager <maria@acme.test>", in_reply_to="<s9@acme.test>", **headers):
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = "mailer@acme.test"
    msg["Subject"] = subject
    msg["Message-ID"] = "<p1@acme.test>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


PASTED = ("Got this back when I answered you:\n\n> This message was created automatically by mail delivery "
          "software.\n> A message that you sent could not be delivered to one or more of its recipients. This is a "
          "permanent error. The following address(es) failed:\n>   tom.baker@example.net\n\nNo idea why. Thoughts?")
OWN_SUBJECTS = ["Undeliverable message? Tom Baker", "Delivery failure on my side - Tom Baker",
                "Returned mail?? re Tom", "Unzustellbar - was ist da los?", "Non remis : pourquoi ?",
                "Onbestelbaar bericht over Tom"]
BODIES = [PASTED, "My mailbox was over quota last week, so your reminders came back. Tom is a yes from me.",
          "IT says the 550 5.1.1 was our filter, not you. Sorry. Let's talk to Tom on Thursday.",
          "Please stop sending these, I have answered twice already: no."]


@pytest.mark.parametrize("subject", OWN_SUBJECTS)
@pytest.mark.parametrize("body", BODIES)
def test_a_persons_own_subject_about_delivery_in_the_thread_is_their_answer(subject, body):
    msg = mail(subject, body)
    assert detect_bounce(msg) is None
    verdict = classify(parse(bytes(msg)), _config(), Context(in_thread=(THREAD,)))
    assert verdict.kind in (Kind.REPLY, Kind.COMMAND), verdict.reason


@pytest.mark.parametrize("subject,in_reply_to", [
    ("Re: Undeliverable: Candidate: Tom Baker – Data Analyst", "<s9@acme.test>"),
    ("AW: Unzustellbar: Kandidat: Tom Baker", "<s9@acme.test>"),
    ("Fwd: Mail delivery failed: returning message to sender", "<s9@acme.test>"),
    ("Fwd: Mail delivery failed: returning message to sender", None),   # forwards often carry no thread headers
    ("TR: Non remis : Candidate : Tom Baker", None),
    ("WG: Unzustellbar: Kandidat: Tom Baker", None),
])
def test_a_reply_or_forward_of_a_failure_notice_is_no_bounce_and_no_answer(subject, in_reply_to):
    msg = mail(subject, PASTED, in_reply_to=in_reply_to)
    assert detect_bounce(msg) is None
    verdict = classify(parse(bytes(msg)), _config(), Context(in_thread=(THREAD,)))
    assert verdict.kind not in (Kind.BOUNCE, Kind.COMPLAINT, Kind.REPLY), verdict.reason  # README: never an answer


REPORT = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
          "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
          "failed:\n\n  maria@acme.test\n    550 5.1.1 User unknown\n")


@pytest.mark.parametrize("sender,headers", [
    ("Mail Delivery System <Mailer-Daemon@mx.example>", {}),              # a daemon sender
    ("reports@mx.example", {"Return_Path": "<>"}),                       # a null envelope sender
    ("reports@mx.example", {"X_Failed_Recipients": "maria@acme.test"}),  # Exim's header
])
def test_a_report_under_a_failure_subject_is_still_a_bounce_even_in_the_thread(sender, headers):
    msg = mail("Mail delivery failed: returning message to sender", REPORT, sender=sender, **headers)
    found = detect_bounce(msg)
    assert found is not None and found.permanent


@pytest.mark.parametrize("subject", ["Undeliverable: Candidate: Tom Baker – Data Analyst",
                                     # a gateway's title over a reply prefix, with no thread headers
                                     "RE: Candidate: Tom Baker : non remis (delivery failed)"])
def test_a_report_whose_subject_is_its_only_sign_and_answers_nothing_is_still_a_bounce(subject):
    msg = mail(subject, REPORT, sender="gateway@mx.example", in_reply_to=None)
    found = detect_bounce(msg)
    assert found is not None and found.permanent


_CONFIG = None


def _config():
    global _CONFIG
    if _CONFIG is None:
        import sys
        import tempfile
        from pathlib import Path
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from helpers import make_config
        _CONFIG = make_config(Path(tempfile.mkdtemp(prefix="delivery-words-")))
    return _CONFIG


@pytest.mark.parametrize("sender", ["Maria Manager <maria@acme.test>", "Rita Recruiter <rita@acme.test>"])
@pytest.mark.parametrize("subject", ["Undeliverable message? Tom Baker", "Mail delivery failed - Tom Baker",
                                     "Returned mail", "Nicht zustellbar?"])
def test_a_new_mail_from_someone_mailer_knows_under_a_failure_subject_is_no_bounce(sender, subject):
    # no thread headers: a new mail, written by a listed manager or recruiter, pasting the failure
    msg = mail(subject, PASTED, sender=sender, in_reply_to=None)
    msg["Date"] = "Tue, 3 Nov 2026 10:00:00 +0100"
    verdict = classify(parse(bytes(msg)), _config(), Context(in_thread=(THREAD,)))
    assert verdict.kind not in (Kind.BOUNCE, Kind.COMPLAINT, Kind.IGNORED), verdict.reason
