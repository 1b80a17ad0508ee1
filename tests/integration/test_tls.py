"""Encrypted connections to the real servers: implicit TLS and STARTTLS, AUTH, a private CA, refusal without it."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")


def secure(world, imap_security, imap_port, smtp_security, smtp_port, ca=True):
    path = world.write_config(imap_port=imap_port, smtp_port=smtp_port)
    ca_line = f"  ca_file: {world.stack.ca_file}\n" if ca else ""
    text = path.read_text()
    text = text.replace("  security: none\n  username:", f"  security: {imap_security}\n{ca_line}  username:", 1)
    text = text.replace("smtp:\n  host: 127.0.0.1\n", "smtp:\n  host: 127.0.0.1\n", 1)
    smtp_block = (f"  security: {smtp_security}\n{ca_line}  username: {world.mailer}\n"
                  f"  password_env: MAILER_TEST_PASSWORD\n")
    head, _, tail = text.partition("smtp:\n")
    tail = tail.replace("  security: none\n", smtp_block, 1)
    path.write_text(head + "smtp:\n" + tail)


@pytest.mark.parametrize("imap,smtp", [(("ssl", "imaps_port"), ("ssl", "smtps_port")),
                                       (("starttls", "imap_port"), ("starttls", "smtp_port"))])
def test_followup_over_tls_with_auth_and_private_ca(world, imap, smtp):
    secure(world, imap[0], getattr(world.stack, imap[1]), smtp[0], getattr(world.stack, smtp[1]))
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=datetime(2026, 11, 23, 10, tzinfo=LON))
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(datetime(2026, 11, 25, 10, 0, tzinfo=LON))
    report = daemon.tick()
    daemon.close()
    assert report.error is None and len(report.delivered.sent) == 1
    assert len(world.wait_for(world.addr("maria"), 2)) == 2


def test_unknown_certificate_is_refused_with_a_clear_error(world):
    secure(world, "ssl", world.stack.imaps_port, "ssl", world.stack.smtps_port, ca=False)
    daemon = world.daemon(datetime(2026, 11, 25, 10, 0, tzinfo=LON))
    report = daemon.tick()
    daemon.close()
    assert report.error and "CERTIFICATE_VERIFY_FAILED" in report.error.upper().replace(" ", "_")


def test_an_untrusted_certificate_over_starttls_says_so_and_names_ca_file(world):
    # IMAP over STARTTLS said "[Errno 9] Bad file descriptor": closing the socket the failed handshake had
    # closed replaced the reason. Both edges now name the key that fixes a private CA.
    secure(world, "starttls", world.stack.imap_port, "starttls", world.stack.smtp_port, ca=False)
    result = world.cli("check")
    assert result.returncode == 1, result.stderr
    lines = {line.split(":", 1)[0]: line for line in result.stdout.splitlines()}
    for edge, key in (("FAIL IMAP login", "imap.ca_file"), ("FAIL SMTP login", "smtp.ca_file")):
        assert "the server's TLS certificate is not trusted (certificate verify failed" in lines[edge], lines
        assert f"set {key} to its CA certificate" in lines[edge]
    assert "Bad file descriptor" not in result.stdout + result.stderr


def test_security_ssl_on_a_starttls_port_names_the_setting(world):
    # OpenSSL's "[SSL: WRONG_VERSION_NUMBER] wrong version number" told ops nothing about their config.
    secure(world, "ssl", world.stack.imap_port, "ssl", world.stack.smtp_port)
    result = world.cli("check")
    assert result.returncode == 1, result.stderr
    lines = {line.split(":", 1)[0]: line for line in result.stdout.splitlines()}
    assert "imap.security: ssl needs the implicit-TLS port (993 for IMAP); on a plain port use imap.security: " \
           "starttls" in lines["FAIL IMAP login"], lines
    assert "smtp.security: ssl needs the implicit-TLS port (465 for SMTP)" in lines["FAIL SMTP login"], lines
