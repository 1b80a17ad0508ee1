"""A bounce reads the same whatever its line endings, and names the recipient that failed: never a Message-ID, never
the sender of the returned mail or the report's own addresses.

The reports here are written for these tests in the shapes real servers send (a plain-text notice with the returned
headers pasted below it, as IMail, Zoho and Biglobe do; an RFC 3464 DSN); names and addresses are invented."""

import base64
import re

import pytest

from mailer.reading.bounce import detect_bounce
from mailer.reading.parse import parse
from mailer.reading.text import part_text

# "Mail delivery software" notice, the returned headers pasted into the text part (no message/rfc822 part).
PASTED = """\
From: mailer-daemon@mx.example.net
To: rita@acme.test
Subject: Undelivered Mail Returned to Sender
Date: Tue, 03 Mar 2026 10:00:00 +0000
Message-ID: <ndr-7781.2026@mx.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

dana.lee@example.net Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <dana.lee@example.net>... User Unknown


Received:from out.acme.test by mx.example.net
\twith SMTP id 177345.123; Tue, 03 Mar 2026 09:59:58 +0000
Message-ID:<19c2f0a1b7e.33aa01.558812@acme.test>
Date:Tue, 03 Mar 2026 09:59:58 +0000
From:Rita Recruiter <rita@acme.test>
To:<dana.lee@example.net>
Subject:Jane Doe for Backend
"""

# An RFC 3464 report whose failed recipient's local part looks like an id, and which a Received line names too.
DSN = """\
From: MAILER-DAEMON@mx.example.net
To: rita@acme.test
Subject: Delivery Status Notification (Failure)
Message-ID: <dsn-1@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

Your message could not be delivered.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; 5f3a.99b1@example.net
Action: failed
Status: 5.1.1

--b1
Content-Type: text/rfc822-headers

Received: from out.acme.test by mx.example.net id <q-42@mx.example.net> for <5f3a.99b1@example.net>
Message-ID: <s1@acme.test>
From: Rita Recruiter <rita@acme.test>
To: 5f3a.99b1@example.net

--b1--
"""


def with_endings(text: str, eol: str) -> bytes:
    return text.replace("\n", eol).encode()


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_a_pasted_header_notice_reads_the_same_whatever_its_line_endings(eol):
    found = detect_bounce(parse(with_endings(PASTED, eol)).parsed)
    assert found is not None and found.permanent
    assert found.addresses == {"dana.lee@example.net"}
    assert found.original_message_id == "<19c2f0a1b7e.33aa01.558812@acme.test>"


@pytest.mark.parametrize("eol", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_the_text_read_from_mail_has_lf_line_endings_whatever_it_arrived_with(eol):
    msg = parse(with_endings(PASTED, eol))
    assert msg.body_text == parse(with_endings(PASTED, "\n")).body_text
    assert "\r" not in msg.body_text


def test_a_base64_text_part_written_with_crlf_reads_with_lf():
    # Windows clients and servers encode their CRLF text as is; the lines must still be lines to the rules.
    body = base64.b64encode(b"Unknown user: dana.lee@example.net\r\n\r\nMessage-ID: <s1@acme.test>\r\n").decode()
    msg = parse(f"From: postmaster@example.net\nSubject: Undeliverable Mail\nContent-Type: text/plain\n"
                f"Content-Transfer-Encoding: base64\n\n{body}\n".encode())
    assert part_text(msg.parsed) == "Unknown user: dana.lee@example.net\n\nMessage-ID: <s1@acme.test>\n"


@pytest.mark.parametrize("eol", ["\n", "\r"], ids=["LF", "CR"])
def test_a_dsn_recipient_is_kept_even_when_it_looks_like_an_id_or_a_received_line_names_it(eol):
    found = detect_bounce(parse(with_endings(DSN, eol)).parsed)
    assert found is not None and found.permanent
    assert found.addresses == {"5f3a.99b1@example.net"}
    assert found.original_message_id == "<s1@acme.test>"


def test_a_word_cut_by_the_reading_window_is_never_read_as_an_address():
    # Whatever falls 300 characters either side of the failure phrase: an id cut there must not leave
    # "…@relay.exam" or "3210@relay.example.org".
    from mailer.reading.failedaddresses import near_failure_words
    failure = re.compile("user unknown", re.I)
    for shift in range(0, 40, 3):
        text = ("Queued as 0123456789abcdef0123456789@relay.example.org " + "x" * shift + " and then" + " ." * 130
                + " User unknown: dana.lee@example.net " + " ." * 126 + "y" * (40 - shift)
                + " and 9876543210fedcba9876543210@relay.example.org")
        assert near_failure_words(text, failure, set()) == {"dana.lee@example.net"}, shift
