"""A DSN whose failed recipient is not an address (a directory name, an X.400 name, "unknown") still reports that the
mail did not arrive: its Action and Status say so, whatever the recipient field holds (RFC 3464 section 2.3.2 allows
any address type there).

The reports are written for these tests in the shape gateways send them, with invented names."""

import pytest

from mailer.reading.bounce import detect_bounce
from mailer.reading.parse import parse


def report(recipient: str, action: str, status: str, text: str = "Your message could not be handled.\n",
           sender: str = "Message Router <router@gw.example.org>", report_type: str = "delivery-status") -> bytes:
    return (f"From: {sender}\nTo: rita@acme.test\nSubject: Status of: Jane Doe for Backend\n"
            "Date: Tue, 3 Mar 2026 06:02:11 +0000\nMessage-ID: <r1@gw.example.org>\nMIME-Version: 1.0\n"
            f"Content-Type: multipart/report; report-type={report_type}; boundary=\"b1\"\n\n"
            f"--b1\nContent-Type: text/plain\n\n{text}\n"
            "--b1\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: mailbus; GW7\n\n"
            f"Final-Recipient: {recipient}\nAction: {action}\nStatus: {status}\n\n--b1--\n").encode()


@pytest.mark.parametrize("recipient", [
    "unknown; dana_l",                                      # a directory short name
    "x400; /G=Dana/S=Lee/O=Acme/PRMD=acme/ADMD=telemail/C=us/",  # an X.400 O/R name
    "rfc822; dana.lee",                                     # an address type, but no domain
    "unknown; \"Lee, Dana\"",                               # a display name only
])
def test_a_failed_recipient_that_is_not_an_address_is_a_permanent_bounce_without_addresses(recipient):
    found = detect_bounce(parse(report(recipient, "failed", "5.0.0 (unknown permanent failure)")).parsed)
    assert found is not None and found.permanent and found.rule == "dsn:failed"
    assert found.addresses == frozenset()


def test_a_delayed_recipient_that_is_not_an_address_is_a_temporary_bounce():
    found = detect_bounce(parse(report("unknown; dana_l", "delayed", "4.4.7")).parsed)
    assert found is not None and not found.permanent and found.rule == "dsn:delayed"


def test_a_gave_up_recipient_that_is_not_an_address_is_permanent():
    found = detect_bounce(parse(report("x400; /S=Lee/O=Acme/", "failed", "4.4.7")).parsed)
    assert found is not None and found.permanent and found.rule == "dsn:failed-transient"


def test_an_addressed_recipient_in_the_same_report_is_still_named():
    raw = report("unknown; dana_l", "failed", "5.0.0").replace(
        b"\n\n--b1--", b"\n\nFinal-Recipient: rfc822; sam.roe@example.net\nAction: failed\nStatus: 5.1.1\n\n--b1--")
    found = detect_bounce(parse(raw).parsed)
    assert found is not None and found.addresses == frozenset({"sam.roe@example.net"})


def test_a_delivered_recipient_that_is_not_an_address_is_good_news_not_a_bounce():
    found = detect_bounce(parse(report("unknown; dana_l", "delivered", "2.0.0",
                                       text="Your message was delivered.\n")).parsed)
    assert found is None


def test_a_report_with_only_the_per_message_block_is_not_a_bounce():
    # Reporting-MTA, an Arrival-Date and a stray Status, but no recipient block: nobody is said to fail.
    raw = report("unknown; dana_l", "failed", "5.0.0").replace(
        b"Final-Recipient: unknown; dana_l\nAction: failed\nStatus: 5.0.0\n",
        b"Arrival-Date: Tue, 3 Mar 2026 06:00:00 +0000\nStatus: 5.0.0\n")
    assert b"Final-Recipient" not in raw
    assert detect_bounce(parse(raw).parsed) is None


def test_a_feedback_report_with_such_a_block_is_still_no_bounce():
    raw = report("unknown; dana_l", "failed", "5.0.0", report_type="feedback-report")
    assert detect_bounce(parse(raw).parsed) is None
