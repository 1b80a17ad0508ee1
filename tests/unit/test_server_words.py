"""`mailer check`, status and the log tell a server that was never reached from one that answered and refused
(mailer/serverwords.py): "cannot reach" for a server that said "SMTP AUTH extension not supported" sent ops to
the firewall when the fix is `security: starttls`. A server's own words are shown as text, never as b'…'."""

import socket
import smtplib
import threading

from imapclient.exceptions import LoginError

from mailer.config.settings import Secret, Server
from mailer.errors import SendFailure
from mailer.inbox import _inbox_error
from mailer.smtp import check_login

import pytest


def server(port=25, username="mailer@acme.example", security="none") -> Server:
    return Server("127.0.0.1", port, security, username, Secret(env="MAILER_TEST_PASSWORD"), 5, None, True)


class NoAuthSmtp:
    """Greets and answers EHLO offering no AUTH (an open relay, or a server offering AUTH only after STARTTLS)."""

    def __init__(self):
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(1)
        self.port = self._sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        conn, _ = self._sock.accept()
        with conn, conn.makefile("rb") as lines:
            conn.sendall(b"220 relay.test ESMTP\r\n")
            for line in lines:
                verb = line[:4].upper()
                answer = {b"EHLO": b"250-relay.test\r\n250 SIZE 1000000\r\n", b"QUIT": b"221 bye\r\n"}.get(
                    verb, b"250 ok\r\n")
                conn.sendall(answer)
                if verb == b"QUIT":
                    break

    def close(self):
        self._sock.close()


def test_a_server_offering_no_auth_was_reached_and_says_what_to_change(monkeypatch):
    monkeypatch.setenv("MAILER_TEST_PASSWORD", "secret")
    fake = NoAuthSmtp()
    try:
        with pytest.raises(SendFailure) as failure:
            check_login(server(fake.port))
    finally:
        fake.close()
    message = str(failure.value)
    assert "cannot reach" not in message
    assert "offers no AUTH on this connection" in message
    assert "security: starttls or ssl" in message and "remove smtp.username" in message


def test_a_closed_port_is_not_reached():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    with pytest.raises(SendFailure) as failure:
        check_login(server(port, username=""))
    assert str(failure.value).startswith(f"cannot reach 127.0.0.1:{port}: nothing accepts connections")
    assert "Errno" not in str(failure.value)


@pytest.mark.parametrize("exc, words", [
    (socket.gaierror(-2, "Name or service not known"), "cannot reach 127.0.0.1:25: no such host"),
    (socket.timeout("timed out"), "cannot reach 127.0.0.1:25: no answer within 5 s"),
    (smtplib.SMTPServerDisconnected("Connection unexpectedly closed"), "127.0.0.1:25 closed the connection"),
    (smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."), "does not offer STARTTLS"),
    (smtplib.SMTPException("No suitable authentication method found."), "offers no AUTH method mailer can use"),
])
def test_each_smtp_failure_says_whether_the_server_was_reached(exc, words):
    from mailer.serverwords import smtp_problem
    message = smtp_problem(server(), exc)
    assert words in message
    reached = not words.startswith("cannot reach")
    assert ("cannot reach" in message) is not reached


def test_imap_failures_say_reached_or_not_and_show_the_servers_words_as_text():
    from mailer.serverwords import imap_problem
    assert imap_problem(server(143), ConnectionRefusedError(111, "Connection refused")).startswith(
        "cannot reach IMAP server 127.0.0.1:143: nothing accepts connections")
    import imaplib
    assert imap_problem(server(143), imaplib.IMAP4.error(b"[UNAVAILABLE] Try later")) == \
        "IMAP 127.0.0.1:143: [UNAVAILABLE] Try later"


def test_a_refused_imap_login_shows_the_servers_words_not_python_bytes():
    from mailer.config.settings import ImapSettings  # noqa: F401 - the settings type _inbox_error reads
    settings = type("Settings", (), {"server": server(143)})()
    error = _inbox_error(settings, LoginError("b'[AUTHENTICATIONFAILED] Invalid authentication credentials.'"))
    assert str(error) == ("IMAP 127.0.0.1:143: login refused for 'mailer@acme.example' ([AUTHENTICATIONFAILED] "
                          "Invalid authentication credentials.): check imap.username and imap.password_env "
                          "($MAILER_TEST_PASSWORD)")


def test_said_decodes_bytes_wherever_they_are():
    from mailer.serverwords import said
    assert said(b"NO [ALERT] quota") == "NO [ALERT] quota"
    assert said("SELECT failed: [b'Mailbox doesn\\'t exist']") == "SELECT failed: [Mailbox doesn't exist]"
    assert said(OSError(104, "Connection reset by peer")) == "104 Connection reset by peer"
