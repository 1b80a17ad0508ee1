"""The blind bounce sweep, machines' side: delivery reports, delay warnings, feedback reports, challenge-response
mail, list moderation holds, read receipts, helpdesk auto-acks and calendar replies, each under a subject that
matches the candidate's thread. Written, with the expected reading, before the detectors were read or run.

Each row: (name, expect, bytes). expect 'bounce' (a permanent failure of the manager's address), 'delay' (changes
nothing: never permanent, never an answer), 'complaint', 'notice' (machine mail that is neither an answer nor a
bounce), 'calendar' (the manager's own calendar reply: chosen to be an answer, see test_bounce_blind.py)."""

from __future__ import annotations

import email.message
import zlib
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

MANAGER = "maria@acme.test"
ORIGINAL_ID = "<s1@acme.test>"
SUBJECTS = {"en": "Candidate: Jane Doe – Backend Engineer", "de": "Kandidatin: Jane Doe – Backend Engineer",
            "fr": "Candidate : Jane Doe – Backend Engineer", "es": "Candidata: Jane Doe – Backend Engineer",
            "nl": "Kandidaat: Jane Doe – Backend Engineer"}


def original() -> email.message.Message:
    msg = MIMEText("Hi Maria,\n\nRita Recruiter sent you Jane Doe for Backend Engineer. Have you had a chance "
                   "to look?\n\nAcme Recruiting\n", "plain", "utf-8")
    msg["From"] = "Acme Recruiting <mailer@acme.test>"
    msg["To"] = f"Maria Manager <{MANAGER}>"
    msg["Subject"] = "Re: " + SUBJECTS["en"]
    msg["Message-ID"] = "<f1@acme.test>"
    msg["In-Reply-To"] = ORIGINAL_ID
    msg["Date"] = "Mon, 2 Nov 2026 09:00:00 +0100"
    return msg


def _head(msg, sender: str, subject: str, null_sender: bool = True) -> bytes:
    msg["From"] = sender
    msg["To"] = "mailer@acme.test"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 2 Nov 2026 09:01:10 +0100"
    msg["Message-ID"] = f"<m{zlib.crc32((sender + subject).encode())}@mx.example>"
    if null_sender:
        msg["Return-Path"] = "<>"
    return msg.as_bytes()


def dsn(subject: str, sender: str, human: str, action: str = "failed", status: str = "5.1.1",
        diagnostic: str = "smtp; 550 5.1.1 <maria@acme.test>: Recipient address rejected: User unknown",
        headers_only: bool = False, report_type: str = "delivery-status", fields: str | None = None,
        auto_submitted: bool = True, sender_null: bool = True) -> bytes:
    """An RFC 3464 report, written out as text (the email package cannot build a delivery-status part)."""
    returned = original().as_string()
    if headers_only:
        last = f"Content-Type: text/rfc822-headers\n\n{returned.split(chr(10) * 2, 1)[0]}\n"
    else:
        last = f"Content-Type: message/rfc822\n\n{returned}"
    text = (f"From: {sender}\nTo: mailer@acme.test\nSubject: {subject}\nDate: Mon, 2 Nov 2026 09:01:10 +0100\n"
            f"Message-ID: <d{zlib.crc32((sender + subject + action).encode())}@mx.example>\n"
            + ("Return-Path: <>\n" if sender_null else "") + ("Auto-Submitted: auto-replied\n" if auto_submitted else "")
            + f"MIME-Version: 1.0\n"
            f"Content-Type: multipart/report; report-type={report_type}; boundary=\"BND\"\n\n"
            f"--BND\nContent-Type: text/plain; charset=utf-8\n\n{human}\n\n"
            f"--BND\nContent-Type: message/{report_type}\n\n"
            + (fields or f"Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; {MANAGER}\n"
               f"Original-Recipient: rfc822;{MANAGER}\nAction: {action}\nStatus: {status}\n"
               f"Diagnostic-Code: {diagnostic}\n") + "\n"
            f"--BND\n{last}\n--BND--\n")
    return text.encode("utf-8")


def plain(subject: str, sender: str, body: str, null_sender: bool = True, extra: dict | None = None,
          attach_original: bool = False) -> bytes:
    if attach_original:
        msg = MIMEMultipart("mixed")
        msg.attach(MIMEText(body, "plain", "utf-8"))
        msg.attach(MIMEMessage(original()))
    else:
        msg = MIMEText(body, "plain", "utf-8")
    for key, value in (extra or {}).items():
        msg[key] = value
    return _head(msg, sender, subject, null_sender)


def in_thread(msg_bytes: bytes) -> bytes:
    """A notice that threads onto the candidate's mail (In-Reply-To/References to it)."""
    head, sep, body = msg_bytes.partition(b"\n\n")
    return head + f"\nIn-Reply-To: {ORIGINAL_ID}\nReferences: {ORIGINAL_ID}".encode() + sep + body
