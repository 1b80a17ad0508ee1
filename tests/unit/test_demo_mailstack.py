"""Tests for the embedded pymap + aiosmtpd stack that `mailer demo` runs."""

from __future__ import annotations

import logging
import smtplib
import socket
import threading
import time

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from mailer.demo.mailstack import EmbeddedMailStack

TIMEOUT = 5  # seconds, on every client socket so a wedged server fails fast instead of hanging


def _message(subject: str, to: str = "maria@acme.example") -> bytes:
    # CRLF throughout: smtplib only normalises line endings for str payloads, not bytes.
    return (
        f"From: Recruiter <recruiter@agency.example>\r\nTo: {to}\r\n"
        f"Subject: {subject}\r\nMessage-ID: <{subject.replace(' ', '.')}@agency.example>\r\n"
        f"\r\nHello,\r\n.leading dot survives dot-stuffing\r\nBye\r\n"
    ).encode()


def _send(stack: EmbeddedMailStack, rcpts: list[str], msg: bytes) -> None:
    with smtplib.SMTP(stack.host, stack.smtp_port, timeout=TIMEOUT) as smtp:
        refused = smtp.sendmail("recruiter@agency.example", rcpts, msg)
    assert refused == {}


def _imap(stack: EmbeddedMailStack, user: str) -> IMAPClient:
    client = IMAPClient(stack.host, port=stack.imap_port, ssl=False, timeout=TIMEOUT)
    client.login(user, stack.password)
    return client


def _inbox(stack: EmbeddedMailStack, user: str) -> dict[int, bytes]:
    with _imap(stack, user) as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["UID", "1:*"])
        fetched = client.fetch(uids, ["BODY.PEEK[]", "INTERNALDATE", "FLAGS"]) if uids else {}
    return {uid: data[b"BODY[]"] for uid, data in fetched.items()}


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def stack():
    with EmbeddedMailStack() as running:
        yield running


def test_binds_loopback_on_ephemeral_ports(stack):
    assert stack.host == "127.0.0.1"
    assert stack.imap_port > 0 and stack.smtp_port > 0 and stack.imap_port != stack.smtp_port
    assert stack.password == "demo"
    assert _port_open(stack.imap_port) and _port_open(stack.smtp_port)


def test_to_and_bcc_recipients_both_receive_exact_bytes(stack):
    msg = _message("Submission for Backend Engineer")
    # bcc@acme.example appears only in the envelope, never in the headers.
    _send(stack, ["maria@acme.example", "bcc@acme.example"], msg)
    for user in ("maria@acme.example", "bcc@acme.example"):
        assert list(_inbox(stack, user).values()) == [msg]


def test_login_is_case_insensitive_and_mailboxes_are_per_user(stack):
    _send(stack, ["Maria@ACME.example"], _message("one"))
    assert len(_inbox(stack, "maria@acme.example")) == 1
    assert len(_inbox(stack, "MARIA@acme.example")) == 1
    assert _inbox(stack, "someone.else@acme.example") == {}


def test_wrong_password_is_rejected(stack):
    client = IMAPClient(stack.host, port=stack.imap_port, ssl=False, timeout=TIMEOUT)
    try:
        with pytest.raises(LoginError):
            client.login("maria@acme.example", "not-the-password")
    finally:
        client.shutdown()


def test_uids_increase_and_status_reports_them(stack):
    for n in range(3):
        _send(stack, ["maria@acme.example"], _message(f"mail {n}"))
    inbox = _inbox(stack, "maria@acme.example")
    uids = sorted(inbox)
    assert len(uids) == 3 and uids == sorted(set(uids))
    assert [inbox[u] for u in uids] == [_message(f"mail {n}") for n in range(3)]
    with _imap(stack, "maria@acme.example") as client:
        status = client.folder_status("INBOX", [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"])
        assert status[b"UIDNEXT"] > uids[-1] and status[b"MESSAGES"] == 3
        client.select_folder("INBOX", readonly=True)
        assert client.search("ALL") == uids
        assert client.search(["UID", f"{uids[1]}:*"]) == uids[1:]
    _send(stack, ["maria@acme.example"], _message("later"))
    assert max(_inbox(stack, "maria@acme.example")) > uids[-1]


def test_append_to_sent(stack):
    msg = _message("Following up", to="hm@client.example")
    with _imap(stack, "maria@acme.example") as client:
        assert any(name == "Sent" for _, _, name in client.list_folders())
        client.append("Sent", msg, flags=[b"\\Seen"])
        client.select_folder("Sent", readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"])
    assert [fetched[u][b"BODY[]"] for u in uids] == [msg]
    assert b"\\Seen" in fetched[uids[0]][b"FLAGS"]


def test_smtp_auth_is_optional_but_accepted(stack, caplog):
    with smtplib.SMTP(stack.host, stack.smtp_port, timeout=TIMEOUT) as smtp:
        with pytest.raises(smtplib.SMTPAuthenticationError):
            smtp.login("maria@acme.example", "wrong")
        smtp.login("maria@acme.example", stack.password)
        smtp.sendmail("maria@acme.example", ["hm@client.example"], _message("authed"))
    assert len(_inbox(stack, "hm@client.example")) == 1
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # demo stays quiet


def test_idle_reports_new_mail(stack):
    # Bursts of several mails make pymap emit EXISTS/RECENT/FETCH back to back, the pattern that
    # made imapclient's idle_check abort ("unterminated line") before responses were coalesced.
    def burst(n: int) -> None:
        with smtplib.SMTP(stack.host, stack.smtp_port, timeout=TIMEOUT) as smtp:
            for k in range(3):
                smtp.sendmail("x@agency.example", ["maria@acme.example"], _message(f"i{n}.{k}"))

    with _imap(stack, "maria@acme.example") as client:
        client.select_folder("INBOX")
        for n in range(15):
            client.idle()
            sender = threading.Timer(0.01, burst, (n,))
            sender.start()
            responses = client.idle_check(timeout=TIMEOUT)
            client.idle_done()
            sender.join(TIMEOUT)
            assert any(r[1] == b"EXISTS" for r in responses), responses
        client.noop()  # pymap refreshes a selected view only after a command; see the stale test
        assert len(client.search("ALL")) == 45


def test_selected_view_refreshes_after_one_command(stack):
    # Documents pymap behaviour pollers must know: the first command after new mail still answers
    # from the old view (and then announces EXISTS); a NOOP first gives fresh SEARCH results.
    with _imap(stack, "maria@acme.example") as client:
        client.select_folder("INBOX")
        _send(stack, ["maria@acme.example"], _message("fresh"))
        client.noop()
        assert len(client.search(["UID", "1:*"])) == 1


def test_second_instance_uses_other_ports_and_is_isolated(stack):
    with EmbeddedMailStack(password="other") as second:
        assert {second.imap_port, second.smtp_port}.isdisjoint({stack.imap_port, stack.smtp_port})
        _send(second, ["maria@acme.example"], _message("only in second"))
        assert len(_inbox(second, "maria@acme.example")) == 1
    assert _inbox(stack, "maria@acme.example") == {}


def test_stop_closes_ports_and_threads_even_with_open_clients():
    before = set(threading.enumerate())
    stack = EmbeddedMailStack()
    started = time.monotonic()
    stack.start()
    assert time.monotonic() - started < 5
    idler = _imap(stack, "maria@acme.example")
    idler.select_folder("INBOX")
    idler.idle()
    smtp = smtplib.SMTP(stack.host, stack.smtp_port, timeout=TIMEOUT)
    smtp.ehlo()
    try:
        stopped = time.monotonic()
        stack.stop()
        stack.stop()  # idempotent
        assert time.monotonic() - stopped < 5
        assert not _port_open(stack.imap_port)
        assert not _port_open(stack.smtp_port)
        leftover = [t for t in set(threading.enumerate()) - before if t.is_alive()]
        assert leftover == []
        main = threading.main_thread()
        assert not [t for t in threading.enumerate() if not t.daemon and t is not main]
    finally:
        idler.shutdown()
        smtp.close()


def test_can_restart_after_stop():
    stack = EmbeddedMailStack()
    stack.start()
    stack.stop()
    with stack:
        _send(stack, ["maria@acme.example"], _message("after restart"))
        assert len(_inbox(stack, "maria@acme.example")) == 1
