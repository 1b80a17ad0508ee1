"""A mail whose header says multipart but whose body was flattened to plain text (no delimiter line anywhere) is
read as that text, not as an empty mail (mailer/reading/partless.py; the seventh reply sample of tests/data/replies,
a forum's reply fixture trimmed that way). The sentences are this file's own; the hard negatives are mail whose
parts must still be read as parts, and a body holding only the MIME writer's preamble."""

import pytest

from mailer.reading.parse import read_mime
from mailer.reading.replytext import reply_text
from mailer.reading.text import body_text

HEAD = ("From: Maria Manager <maria@acme.example>\nTo: Rita Recruiter <rita@acme.example>\n"
        "Subject: Re: Candidate Jane Doe\nDate: Mon, 7 Dec 2026 10:12:00 +0100\n")
ANSWER = "Yes, let's interview her on Tuesday."
QUOTE = ("On Mon, 7 Dec 2026 at 09:30, Rita Recruiter <rita@acme.example>\nwrote:\n\n"
         "   Rita shared a candidate  December 7\n\nHere is Jane Doe's CV for the analyst role.\n")


def mail(content_type: str, body: str, extra: str = "") -> bytes:
    return f"{HEAD}MIME-Version: 1.0\nContent-Type: {content_type}\n{extra}\n{body}".encode()


@pytest.mark.parametrize("content_type", [
    "multipart/alternative; boundary=001a11c20edc15a39304e2432790",  # a boundary the body never uses
    "multipart/mixed",  # no boundary parameter at all
    'multipart/related; type="text/html"; boundary="Apple-Mail-42"',
])
def test_a_flattened_multipart_is_read_as_its_text(content_type):
    msg = read_mime(mail(content_type, f"{ANSWER}\n\n{QUOTE}"))
    assert reply_text(msg) == ANSWER
    assert body_text(msg).startswith(ANSWER)


def test_the_declared_transfer_encoding_and_charset_are_applied():
    body = "Gr=C3=BC=C3=9Fe, der Termin am Dienstag passt.\n"
    msg = read_mime(mail('multipart/alternative; boundary="b1"; charset="utf-8"', body,
                         "Content-Transfer-Encoding: quoted-printable\n"))
    assert reply_text(msg) == "Grüße, der Termin am Dienstag passt."


def test_real_parts_are_still_read_as_parts():
    body = ("This is a multi-part message in MIME format.\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{ANSWER}\n\n--b1\nContent-Type: text/html; charset=utf-8\n\n<p>{ANSWER}</p>\n\n--b1--\n")
    msg = read_mime(mail('multipart/alternative; boundary="b1"', body))
    assert reply_text(msg) == ANSWER
    assert "multi-part message" not in body_text(msg)


def test_a_wrong_boundary_is_still_repaired_from_the_delimiters_the_body_has():
    body = f"--real\nContent-Type: text/plain\n\n{ANSWER}\n--real--\n"
    msg = read_mime(mail('multipart/mixed; boundary="other"', body))
    assert reply_text(msg) == ANSWER


@pytest.mark.parametrize("body", [
    "This is a multi-part message in MIME format.\n",
    "\n  This is a multipart message in MIME format.  \n\n",
    "",
])
def test_a_body_that_is_only_the_mime_preamble_stays_empty(body):
    msg = read_mime(mail('multipart/alternative; boundary="b1"', body))
    assert reply_text(msg) == ""
    assert body_text(msg) == ""


def test_a_single_part_mail_is_not_touched():
    msg = read_mime(mail("text/plain; charset=utf-8", f"{ANSWER}\n\n{QUOTE}"))
    assert reply_text(msg) == ANSWER
