"""Feedback reports and machine reports in the shapes real senders use beyond RFC 5965's example, each judged for
what it is and never taken for a manager's answer:

- a message/feedback-report or message/delivery-status part sent base64 or quoted-printable (RFC 5965 and 3464
  say 7bit; a feedback loop that encodes it anyway must not turn a DMARC failure report into an abuse complaint,
  which would stop mail to someone who never objected);
- a feedback report written into the mail's own text (no report part, no report-type), while a person who answers
  or forwards such a report inline stays the person;
- a Microsoft JMRP complaint whose attachment is gone (its fixed Subject is left);
- a DMARC aggregate report from an address no rule knew (RFC 7489 7.2.1.1: its Subject or its file's name);
- a list manager's "confirm <token>" notice from a list's -request address without List-* headers.

Every mail here is written for these tests, with invented hosts, addresses and numbers."""

import base64
import quopri
from datetime import datetime, timedelta, timezone

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading.bounce import detect_bounce, detect_complaint
from mailer.reading.classify import Context, classify
from mailer.reading.machine import machine_signs
from mailer.reading.parse import parse, read_mime

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)
HEAD = ("To: postmaster@acme.test\nDate: Tue, 24 Nov 2026 08:00:00 +0000\nMessage-ID: <r1@mx.example.org>\n"
        "MIME-Version: 1.0\n")
ORIGINAL = ("From: Rita <rita@acme.test>\nTo: jane@example.net\nSubject: Jane Doe for Backend\n"
            "Message-ID: <s1@acme.test>\n\nHello\n")
AUTH_FAILURE = ("Feedback-Type: auth-failure\nUser-Agent: ExampleReporter/1.0\nVersion: 1\n"
                "Original-Rcpt-To: <jane@example.net>\nAuth-Failure: dmarc\nReported-Domain: acme.test\n")
ABUSE = ("Feedback-Type: abuse\nUser-Agent: ExampleFBL/2.0\nVersion: 1\nOriginal-Mail-From: <bounce@acme.test>\n"
         "Original-Rcpt-To: <jane@example.net>\nArrival-Date: Tue, 24 Nov 2026 07:00:00 +0000\n")


def report(fields: str, encoding: str, report_type: str = "message/feedback-report") -> bytes:
    if encoding == "base64":
        body = base64.encodebytes(fields.replace("\n", "\r\n").encode()).decode()
    else:
        body = quopri.encodestring(fields.replace("\n", "\r\n").encode()).decode()
    return (f"From: Feedback Loop <fbl@mail.example.org>\nSubject: Feedback report\n{HEAD}"
            'Content-Type: multipart/mixed; boundary="b"\n\n'
            "--b\nContent-Type: text/plain\n\nThis is a report about a message you sent.\n"
            f"--b\nContent-Type: {report_type}\nContent-Transfer-Encoding: {encoding}\n\n{body}"
            f"--b\nContent-Type: message/rfc822\n\n{ORIGINAL}--b--\n").encode()


def kind_in_thread_of_sender(raw: bytes, tmp_path) -> Kind:
    msg = parse(raw)
    sub = Submission(1, msg.sender.email, "rita@acme.test", "Jane Doe", "Backend", msg.subject, "s1@acme.test",
                     (), NOW - timedelta(days=3), State.OPEN)
    return classify(msg, make_config(tmp_path), Context(in_thread=(sub,), of_sender=(sub,), now=NOW)).kind


def test_a_base64_dmarc_failure_report_stays_a_failure_report_and_stops_no_mail():
    complaint = detect_complaint(read_mime(report(AUTH_FAILURE, "base64")))
    assert complaint.feedback_type == "auth-failure"
    assert complaint.addresses == {"jane@example.net"}
    assert not complaint.objection


def test_a_quoted_printable_abuse_report_is_read_field_by_field():
    complaint = detect_complaint(read_mime(report(ABUSE, "quoted-printable")))
    assert complaint.feedback_type == "abuse" and complaint.objection
    assert complaint.addresses == {"jane@example.net"}


def test_a_base64_delivery_status_part_names_its_failed_recipient():
    dsn = ("Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; jane@example.net\nAction: failed\n"
           "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such user\n")
    raw = report(dsn, "base64", "message/delivery-status").replace(
        b"From: Feedback Loop <fbl@mail.example.org>", b"From: Mail Delivery System <MAILER-DAEMON@mx.example.net>")
    found = detect_bounce(read_mime(raw))
    assert found.permanent and found.addresses == {"jane@example.net"} and found.rule == "dsn:failed"


def test_a_feedback_report_written_into_a_plain_text_mail_is_a_complaint_never_an_answer(tmp_path):
    raw = (f"From: Feedback Loop <fbl@mail.example.org>\nSubject: Jane Doe for Backend\n{HEAD}"
           f"Content-Type: text/plain\n\nThis is an email abuse report for a message received from 192.0.2.1.\n\n"
           f"{ABUSE}\n{ORIGINAL}").encode()
    complaint = detect_complaint(read_mime(raw))
    assert complaint.feedback_type == "abuse" and complaint.addresses == {"jane@example.net"}
    assert kind_in_thread_of_sender(raw, tmp_path) == Kind.COMPLAINT


def test_a_person_forwarding_a_report_inline_is_still_the_person():
    raw = (f"From: Rita Recruiter <rita@example.com>\nSubject: Fwd: Feedback report\nIn-Reply-To: <q@example.com>\n"
           f"{HEAD}Content-Type: text/plain\n\nWhat does this mean? Did Jane mark us as spam?\n\n"
           f"---------- Forwarded message ---------\n{ABUSE}").encode()
    assert detect_complaint(read_mime(raw)) is None


def test_a_jmrp_complaint_whose_attachment_is_gone_is_still_a_complaint(tmp_path):
    raw = (f"From: staff@mail.example.com\nSubject: complaint about message from 192.0.2.7\n{HEAD}"
           "Content-Type: text/plain\n\n").encode()
    assert detect_complaint(read_mime(raw)) is not None
    assert kind_in_thread_of_sender(raw, tmp_path) == Kind.COMPLAINT


def test_a_dmarc_aggregate_report_from_an_unknown_address_is_machine_mail(tmp_path):
    by_subject = (f"From: DMARC Aggregate Report <dmarcreport@reports.example.com>\n{HEAD}"
                  "Subject: Report Domain: acme.test Submitter: example.com Report-ID: <abc123>\n"
                  "Content-Type: text/html\n\n<p>This is a DMARC aggregate report for acme.test.</p>\n").encode()
    by_file = (f"From: Reports <reports@example.com>\n{HEAD}Subject: Your report\n"
               'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nSee attached.\n'
               '--b\nContent-Type: application/gzip\nContent-Disposition: attachment; '
               'filename="example.com!acme.test!1764547200!1764633599.xml.gz"\nContent-Transfer-Encoding: base64\n\n'
               "H4sIAAAAAAAAAwMAAAAAAAAAAAA=\n--b--\n").encode()
    for raw in (by_subject, by_file):
        assert machine_signs(read_mime(raw)) == "DMARC aggregate report"
        assert kind_in_thread_of_sender(raw, tmp_path) not in (Kind.REPLY, Kind.OTHER_REPLY, Kind.COMMAND)


def test_a_person_writing_about_a_report_domain_is_no_dmarc_report():
    raw = (f"From: Rita Recruiter <rita@example.com>\n{HEAD}Subject: Re: report domain for the new site\n"
           "Content-Type: text/plain\n\nThe report domain is fine now.\n").encode()
    assert machine_signs(read_mime(raw)) is None


def test_a_list_managers_confirm_notice_without_list_headers_is_machine_mail(tmp_path):
    raw = (f"From: team-request@lists.example.org\n{HEAD}Subject: confirm 0f3a9c21be77d04e5a6b1c2d3e4f5a6b7c8d9e0f\n"
           "Content-Type: text/plain\n\nYour membership in the mailing list Team has been disabled due to excessive "
           "bounces.\n").encode()
    assert machine_signs(read_mime(raw)) == "mailing-list notice"
    assert kind_in_thread_of_sender(raw, tmp_path) not in (Kind.REPLY, Kind.OTHER_REPLY, Kind.COMMAND)
