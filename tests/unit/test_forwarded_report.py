"""A report a person forwards as an attachment is the attachment's: the mail, and its words, are the person's.
A manager who got a bounce back and asks the recruiter what it means has answered; mailer must not take the
attached report for a bounce or a complaint of the manager's own mail, nor drop the mail as machine mail.

Reports that really are the mail's (a DSN with its returned original attached, a relay's or list robot's
wrapper, a report whose outer type is wrong) stay reports. The mails are written for these tests."""

from datetime import datetime, timedelta, timezone

import pytest

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading.bounce import detect_bounce, detect_complaint
from mailer.reading.classify import Context, Verdict, classify
from mailer.reading.machine import forwarded_report
from mailer.reading.parse import parse

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)

DSN = ("From: MAILER-DAEMON@out.example.net (Mail Delivery System)\nTo: dana.lee@example.net\n"
       "Subject: Undelivered Mail Returned to Sender\nDate: Mon, 23 Nov 2026 09:00:00 +0000\n"
       "Message-ID: <dsn1@out.example.net>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
       "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r1\"\n\n"
       "--r1\nContent-Type: text/plain\n\nI'm sorry to have to inform you that your message could not\n"
       "be delivered to one or more recipients.\n\n<sam.roe@example.org>: host mx.example.org said: 550 5.1.1\n"
       "    User unknown (in reply to RCPT TO command)\n\n"
       "--r1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; out.example.net\n\n"
       "Final-Recipient: rfc822; sam.roe@example.org\nAction: failed\nStatus: 5.1.1\n\n"
       "--r1\nContent-Type: message/rfc822\n\nFrom: Dana Lee <dana.lee@example.net>\nTo: sam.roe@example.org\n"
       "Subject: Lunch\nMessage-ID: <orig1@example.net>\n\nSee you at noon.\n--r1--\n")

ARF = ("From: feedback@fbl.example.com\nTo: abuse@example.net\nSubject: FW: Weekly news\n"
       "Date: Mon, 23 Nov 2026 09:00:00 +0000\nMessage-ID: <arf1@fbl.example.com>\nMIME-Version: 1.0\n"
       "Content-Type: multipart/report; report-type=feedback-report; boundary=\"f1\"\n\n"
       "--f1\nContent-Type: text/plain\n\nThis is an email abuse report.\n\n"
       "--f1\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: FBL/1.0\nVersion: 1\n"
       "Original-Rcpt-To: sam.roe@example.org\n\n"
       "--f1\nContent-Type: message/rfc822\n\nFrom: news@example.net\nTo: sam.roe@example.org\nSubject: Weekly news\n\n"
       "News.\n--f1--\n")


def forwarded(report: str, words: str, subject: str = "Re: Jane Doe for Backend",
              disposition: str = "") -> bytes:
    return ("From: Dana Lee <dana.lee@example.net>\nTo: rita@acme.test\n"
            f"Subject: {subject}\nDate: Tue, 24 Nov 2026 08:00:00 +0000\nMessage-ID: <p1@example.net>\n"
            "In-Reply-To: <s1@x>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"zz\"\n\n"
            f"--zz\nContent-Type: text/plain\n\n{words}\n\n"
            f"--zz\nContent-Type: message/rfc822\n{disposition}\n{report}\n--zz--\n").encode()


def in_thread_of_sender(raw: bytes, config) -> Verdict:
    msg = parse(raw)
    sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@x", (),
                     NOW - timedelta(days=3), State.OPEN)
    return classify(msg, config, Context(in_thread=(sub,), of_sender=(sub,), now=NOW))


@pytest.mark.parametrize("words, disposition", [
    ("Rita, I got this back when I wrote to Sam. What does it mean? We still want to interview Jane.", ""),
    ("Yes, let's interview Jane on Thursday. Also: the attached came back from Sam's address, any idea?",
     "Content-Disposition: attachment; filename=\"bounce.eml\"\n"),
    ("Interview Jane please. (Forwarding the failure notice below so you can fix the list.)", ""),
])
def test_a_person_forwarding_a_bounce_as_an_attachment_has_answered(tmp_path, words, disposition):
    raw = forwarded(DSN, words, disposition=disposition)
    msg = parse(raw).parsed
    assert forwarded_report(msg)
    assert detect_bounce(msg) is None
    assert in_thread_of_sender(raw, make_config(tmp_path)).kind is Kind.REPLY


def test_a_person_forwarding_a_feedback_report_is_no_complaint(tmp_path):
    raw = forwarded(ARF, "Rita, our newsletter got this complaint. Also: Jane is a yes from me.")
    msg = parse(raw).parsed
    assert detect_complaint(msg) is None and detect_bounce(msg) is None
    assert in_thread_of_sender(raw, make_config(tmp_path)).kind is Kind.REPLY


def test_a_bounce_with_its_returned_original_attached_is_still_a_bounce():
    found = detect_bounce(parse(DSN.encode()).parsed)
    assert found is not None and found.permanent and found.addresses == frozenset({"sam.roe@example.org"})


@pytest.mark.parametrize("wrapper", [
    # a list robot passing on a bounce it could not match, a relay's daemon wrapping one, an auto-submitted notice
    "From: team-bounces@lists.example\nList-Id: <team.lists.example>\nSubject: Uncaught bounce notification\n",
    "From: MAILER-DAEMON@relay.example.com\nSubject: Fwd: delivery report\n",
    "From: Mail Gateway <gateway@relay.example.com>\nAuto-Submitted: auto-generated\nSubject: Returned report\n",
])
def test_a_machine_wrapping_a_bounce_still_passes_it_on(wrapper):
    raw = (wrapper + "To: dana.lee@example.net\nDate: Tue, 24 Nov 2026 08:00:00 +0000\nMessage-ID: <w1@x>\n"
           "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"zz\"\n\n--zz\nContent-Type: text/plain\n\n"
           "The attached message was received as a bounce.\n\n--zz\nContent-Type: message/rfc822\n\n"
           + DSN + "\n--zz--\n").encode()
    msg = parse(raw).parsed
    assert not forwarded_report(msg)
    assert detect_bounce(msg) is not None


def test_a_report_under_a_wrong_outer_type_is_still_the_mails_own():
    # multipart/mixed instead of multipart/report, the delivery-status part at the top level: not attached.
    raw = DSN.replace("multipart/report; report-type=delivery-status", "multipart/mixed")
    raw = raw.replace("From: MAILER-DAEMON@out.example.net (Mail Delivery System)", "From: Mail Robot <robot@out.example.net>")
    msg = parse(raw.encode()).parsed
    assert not forwarded_report(msg)
    assert detect_bounce(msg) is not None


def test_a_person_quoting_a_bounce_inline_is_not_a_forwarded_report_and_still_answers(tmp_path):
    raw = ("From: Dana Lee <dana.lee@example.net>\nTo: rita@acme.test\nSubject: Re: Jane Doe for Backend\n"
           "Date: Tue, 24 Nov 2026 08:00:00 +0000\nMessage-ID: <p2@example.net>\nIn-Reply-To: <s1@x>\n\n"
           "Let's interview Jane. My mail to Sam came back with this, no idea why:\n\n"
           "> This is the mail system at host out.example.net.\n"
           "> <sam.roe@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n").encode()
    assert not forwarded_report(parse(raw).parsed)
    assert in_thread_of_sender(raw, make_config(tmp_path)).kind is Kind.REPLY
