"""What held in issue 8's probes and must keep holding (no test guarded it before): a YAML alias bomb is refused
at once with file:line, and `security: starttls` never falls back to plain text when the server offers no
STARTTLS: no LOGIN or AUTH is ever sent in clear. The servers here are line-level fakes on loopback that
only greet, list their capabilities and record what they hear."""

import os
import re
import socket
import subprocess
import sys
import threading
import time

import pytest

from helpers import ROOT, config_text, make_config
from mailer.errors import InboxError, SendFailure
from mailer.inbox import check_login
from mailer.smtp import SmtpSession


def test_a_yaml_alias_bomb_is_refused_at_once_with_file_and_line(tmp_path):
    """Nine levels of ten aliases each: a billion items if expanded. PyYAML shares the nodes; the loader's type
    checks refuse the list before anything walks it."""
    lines = ["x0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    text = config_text() + "mentor_questions:\n" + "".join(f"  - {{{line}}}\n" for line in lines)
    text += "company_domains: *a8\n"
    (tmp_path / "config.yaml").write_text(text)
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "mailer", "check", "--config", str(tmp_path / "config.yaml")],
                            capture_output=True, text=True, timeout=60, cwd=ROOT,
                            env={**os.environ, "MAILER_TEST_PASSWORD": "secret"})
    assert time.monotonic() - started < 20
    assert result.returncode == 2 and "Traceback" not in result.stderr
    # file:line: key, the line being where the offending (aliased) list was written
    found = re.search(r"config\.yaml:(\d+): company_domains\[0\]: expected text, got a list", result.stderr)
    assert found, result.stderr
    assert "&a7" in text.splitlines()[int(found.group(1)) - 1]


class LineServer:
    """Greets, answers lines whose start matches a rule, records every line it hears."""

    def __init__(self, greeting: bytes, rules: list[tuple[bytes, bytes]]):
        self.heard: list[bytes] = []
        self.hung_up = False  # the client closed its end (a session that gave up must not leak the socket)
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(1)
        self.port = self._server.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, args=(greeting, rules), daemon=True)
        self._thread.start()

    def _serve(self, greeting: bytes, rules) -> None:
        conn, _ = self._server.accept()
        with conn, conn.makefile("rb") as lines:
            conn.sendall(greeting)
            for line in lines:
                self.heard.append(line)
                words = line.split(b" ")
                tag, verb = (words[0], line[len(words[0]) + 1:]) if b"@" not in line[:1] else (b"", line)
                answer = next((a for key, a in rules if verb.upper().startswith(key) or line.upper().startswith(key)),
                              b"TAG BAD not offered\r\n")
                conn.sendall(answer.replace(b"TAG", tag))
            self.hung_up = True

    def close(self) -> list[bytes]:
        self._server.close()
        self._thread.join(timeout=5)
        return self.heard


def test_imap_starttls_refused_by_the_server_never_logs_in_in_clear(tmp_path):
    server = LineServer(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN] ready\r\n",
                        [(b"CAPABILITY", b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nTAG OK done\r\n"),
                         (b"LOGOUT", b"* BYE\r\nTAG OK bye\r\n")])
    config = make_config(tmp_path, imap_port=server.port, security="starttls")
    with pytest.raises(InboxError, match=f"IMAP 127.0.0.1:{server.port}: .*STARTTLS"):
        check_login(config.imap)
    heard = b"".join(server.close()).upper()
    assert b"LOGIN" not in heard and b"AUTHENTICATE" not in heard and b"SECRET" not in heard
    assert server.hung_up


def test_smtp_starttls_refused_by_the_server_never_sends_auth_in_clear(tmp_path):
    server = LineServer(b"220 mx.test ESMTP\r\n",
                        [(b"EHLO", b"250-mx.test\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 1000000\r\n"),
                         (b"QUIT", b"221 bye\r\n"), (b"RSET", b"250 ok\r\n")])
    text = config_text(smtp_port=server.port).replace(
        "smtp:\n", "smtp:\n  username: mailer@acme.test\n  password_env: MAILER_TEST_PASSWORD\n", 1)
    (tmp_path / "config.yaml").write_text(text.replace("  security: none\n  timeout: 10 seconds\n  copy_to_self",
                                                       "  security: starttls\n  timeout: 10 seconds\n  copy_to_self"))
    from mailer.config.load import ConfigSource
    smtp = ConfigSource(tmp_path / "config.yaml").current.smtp.server
    assert smtp.security == "starttls"
    session = SmtpSession(smtp)
    with pytest.raises(SendFailure) as failure:
        session.send("mailer@acme.test", ("maria@acme.test",), b"Subject: x\r\n\r\nx\r\n")
    session.close()
    assert "STARTTLS" in str(failure.value).upper()
    heard = b"".join(server.close()).upper()
    assert b"AUTH" not in heard and b"MAIL FROM" not in heard
    assert server.hung_up  # the refused connection was closed, not left to the garbage collector
