"""Smoke tests of the private Dovecot + Postfix stack (tests/integration/stack/): SMTP in, IMAP out, TLS.

    python -m pytest tests/integration/test_stack_smoke.py

Starts the stack through the ``mail_stack`` fixture when it is not running (root + install.sh needed).
"""
from __future__ import annotations

import smtplib
import ssl
import sys
import threading
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:  # so that `stack` imports under any --import-mode
    sys.path.insert(0, _HERE)

from stack.fixture import MailStack, mail_stack  # noqa: E402,F401  (the fixture, used by name)

pytestmark = pytest.mark.integration

POLL_SECONDS = 10.0


def _message(to: str, subject: str, sender: str = "sender@example.org") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(f"body of {subject}\n")
    return msg


def _wait_for_subjects(client: IMAPClient, count: int = 1, folder: str = "INBOX") -> list[str]:
    """Poll (bounded) until `folder` holds at least `count` messages; return their subjects."""
    client.select_folder(folder, readonly=True)
    deadline = time.monotonic() + POLL_SECONDS
    while True:
        uids = client.search("ALL")
        if len(uids) >= count:
            break
        if time.monotonic() > deadline:
            pytest.fail(f"{len(uids)} message(s) in {folder} after {POLL_SECONDS}s, expected {count}")
        time.sleep(0.05)
        client.noop()
    fetched = client.fetch(uids, ["ENVELOPE"])
    return [fetched[u][b"ENVELOPE"].subject.decode() for u in sorted(fetched)]


def _imap(stack: MailStack, user: str) -> IMAPClient:
    client = IMAPClient(stack.host, port=stack.imap_port, ssl=False, timeout=10)
    client.login(user, stack.password)
    return client


def test_smtp_delivers_to_imap_inbox(mail_stack: MailStack) -> None:
    to = mail_stack.new_address("smoke")
    subject = f"smoke {to}"
    with smtplib.SMTP(mail_stack.host, mail_stack.smtp_port, timeout=10) as smtp:
        smtp.send_message(_message(to, subject))
    with _imap(mail_stack, to) as client:
        assert _wait_for_subjects(client) == [subject]


def test_every_domain_lands_in_the_mailbox_of_the_full_address(mail_stack: MailStack) -> None:
    rcpts = [mail_stack.new_address("any", d) for d in ("example.test", "example.com", "gmail.com")]
    rcpts.append(mail_stack.new_address("Tagged+Sub", "Example.Test"))
    subject = "one message, four mailboxes"
    with smtplib.SMTP(mail_stack.host, mail_stack.smtp_port, timeout=10) as smtp:
        smtp.send_message(_message(", ".join(rcpts), subject))
    for rcpt in rcpts:
        with _imap(mail_stack, rcpt) as client:
            assert _wait_for_subjects(client) == [subject], rcpt
    with _imap(mail_stack, mail_stack.new_address("other")) as client:  # nobody else got it
        client.select_folder("INBOX", readonly=True)
        assert client.search("ALL") == []


def test_imap_starttls_verifies_against_private_ca(mail_stack: MailStack) -> None:
    user = mail_stack.new_address("starttls")
    client = IMAPClient(mail_stack.host, port=mail_stack.imap_port, ssl=False, timeout=10)
    assert b"STARTTLS" in client.capabilities()
    client.starttls(mail_stack.ssl_context())
    client.login(user, mail_stack.password)
    assert client.socket().version() in ("TLSv1.2", "TLSv1.3")
    client.select_folder("INBOX")
    client.logout()


def test_imap_starttls_rejects_an_untrusted_ca(mail_stack: MailStack) -> None:
    client = IMAPClient(mail_stack.host, port=mail_stack.imap_port, ssl=False, timeout=10)
    with pytest.raises(ssl.SSLCertVerificationError):
        client.starttls(ssl.create_default_context())  # system CAs only: the private CA is not there


def test_imaps_implicit_tls(mail_stack: MailStack) -> None:
    user = mail_stack.new_address("imaps")
    with IMAPClient("localhost", port=mail_stack.imaps_port, ssl=True,
                    ssl_context=mail_stack.ssl_context(), timeout=10) as client:
        client.login(user, mail_stack.password)
        folders = {name: flags for flags, _sep, name in client.list_folders()}
        assert "INBOX" in folders
        assert b"\\Sent" in folders.get("Sent", ())


def test_smtp_starttls_auth_and_smtps_submission(mail_stack: MailStack) -> None:
    to = mail_stack.new_address("submitted")
    with smtplib.SMTP(mail_stack.host, mail_stack.smtp_port, timeout=10) as smtp:
        smtp.starttls(context=mail_stack.ssl_context())
        smtp.login(mail_stack.new_address("sender"), mail_stack.password)
        smtp.send_message(_message(to, "via starttls+auth"))
    with smtplib.SMTP_SSL(mail_stack.host, mail_stack.smtps_port, context=mail_stack.ssl_context(),
                          timeout=10) as smtp:
        smtp.login(mail_stack.new_address("sender"), mail_stack.password)
        smtp.send_message(_message(to, "via smtps"))
    with _imap(mail_stack, to) as client:
        assert sorted(_wait_for_subjects(client, 2)) == ["via smtps", "via starttls+auth"]


def test_wrong_password_is_refused_without_delay(mail_stack: MailStack) -> None:
    user = mail_stack.new_address("wrongpw")
    started = time.monotonic()
    for _ in range(3):
        client = IMAPClient(mail_stack.host, port=mail_stack.imap_port, ssl=False, timeout=10)
        with pytest.raises(LoginError):
            client.login(user, "not-" + mail_stack.password)
        client.shutdown()
    with smtplib.SMTP(mail_stack.host, mail_stack.smtp_port, timeout=10) as smtp:
        with pytest.raises(smtplib.SMTPAuthenticationError):
            smtp.login(user, "not-" + mail_stack.password)
    with _imap(mail_stack, user) as client:  # no auth penalty left behind for 127.0.0.1
        client.select_folder("INBOX")
    assert time.monotonic() - started < 3.0


def test_idle_reports_new_mail(mail_stack: MailStack) -> None:
    to = mail_stack.new_address("idle")
    with _imap(mail_stack, to) as client:
        assert b"IDLE" in client.capabilities()
        client.select_folder("INBOX")
        client.idle()

        def send() -> None:
            time.sleep(0.2)
            with smtplib.SMTP(mail_stack.host, mail_stack.smtp_port, timeout=10) as smtp:
                smtp.send_message(_message(to, "wake up"))

        sender = threading.Thread(target=send)
        sender.start()
        responses = []
        deadline = time.monotonic() + POLL_SECONDS
        while not any(r[1] == b"EXISTS" for r in responses if len(r) > 1) and time.monotonic() < deadline:
            responses += client.idle_check(timeout=1)
        client.idle_done()
        sender.join()
        assert any(len(r) > 1 and r[1] == b"EXISTS" for r in responses), responses


def test_sent_folder_accepts_append(mail_stack: MailStack) -> None:
    user = mail_stack.new_address("appender")
    with _imap(mail_stack, user) as client:
        sent = client.find_special_folder(b"\\Sent")
        assert sent == "Sent"
        client.append(sent, _message("someone@example.com", "copy of what I sent", user).as_bytes(),
                      flags=[b"\\Seen"])
        assert _wait_for_subjects(client, folder=sent) == ["copy of what I sent"]
