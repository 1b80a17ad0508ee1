"""`security: none` with a password or token is said plainly, in `mailer check` and at every start: which edge,
which host, what to set instead; on loopback in softer words, but still said."""

import os

from forkrun import run_mailer
from helpers import ROOT, config_text, make_config, warnings_at_start
from mailer.config.load import ConfigSource
from mailer.tls import is_loopback, plaintext_warnings


def servers(tmp_path, **kw):
    config = make_config(tmp_path, **kw)
    return config.imap.server, config.smtp.server


def with_smtp_login(text: str) -> str:
    """The test config's SMTP signs in with nothing; here it signs in with a username and a password."""
    return text.replace("smtp:\n", "smtp:\n  username: mailer@acme.test\n  password_env: MAILER_SMTP_PASSWORD\n", 1)


def test_a_remote_plain_text_edge_with_a_password_names_edge_host_and_what_to_set(tmp_path):
    (line,) = plaintext_warnings(*servers(tmp_path, host="imap.acme.example", imap_port=143))
    assert line.startswith("IMAP imap.acme.example:143: security: none sends the password from "
                           "$MAILER_TEST_PASSWORD in plain text across the network")
    assert "set security: ssl (port 993) or security: starttls (port 143)" in line


def test_smtp_is_warned_about_only_when_it_signs_in(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(with_smtp_login(config_text(host="mail.acme.example")))
    config = ConfigSource(path).current
    lines = plaintext_warnings(config.imap.server, config.smtp.server)
    assert [line.split(":")[0] for line in lines] == ["IMAP mail.acme.example", "SMTP mail.acme.example"]
    assert "$MAILER_SMTP_PASSWORD" in lines[1] and "security: ssl (port 465) or security: starttls (port 587)" in lines[1]
    # The same servers without an SMTP login: nothing secret crosses that edge, so nothing is said of it.
    assert len(plaintext_warnings(*servers(tmp_path, host="mail.acme.example"))) == 1


def test_loopback_gets_softer_words_but_still_a_line(tmp_path):
    (line,) = plaintext_warnings(*servers(tmp_path, host="127.0.0.1", imap_port=10143))
    assert line.startswith("IMAP 127.0.0.1:10143: security: none sends the password from $MAILER_TEST_PASSWORD "
                           "unencrypted; it stays on this machine's loopback")
    assert "across the network" not in line and "security: ssl (port 993)" in line
    assert is_loopback("localhost") and is_loopback("::1") and is_loopback("127.3.2.1")
    assert not is_loopback("10.0.0.1") and not is_loopback("localhost.acme.example")


def test_tls_or_no_secret_says_nothing(tmp_path):
    assert plaintext_warnings(*servers(tmp_path, host="imap.acme.example", security="ssl")) == []
    assert plaintext_warnings(*servers(tmp_path, host="imap.acme.example", security="starttls")) == []
    text = config_text(host="imap.acme.example").replace("  password_env: MAILER_TEST_PASSWORD\n", "")
    (tmp_path / "config.yaml").write_text(text)
    config = ConfigSource(tmp_path / "config.yaml").current
    assert plaintext_warnings(config.imap.server, config.smtp.server) == []


def test_an_oauth2_token_in_plain_text_is_warned_about_too(tmp_path):
    text = config_text(host="imap.acme.example", imap_port=143).replace(
        "  password_env: MAILER_TEST_PASSWORD\n", "  oauth2: {flow: command, command: print-token}\n", 1)
    (tmp_path / "config.yaml").write_text(text)
    config = ConfigSource(tmp_path / "config.yaml").current
    (line,) = plaintext_warnings(config.imap.server, config.smtp.server)
    assert line.startswith("IMAP imap.acme.example:143: security: none sends an OAuth2 token in plain text")


def mailer(*args):
    env = {**os.environ, "MAILER_TEST_PASSWORD": "secret", "MAILER_SMTP_PASSWORD": "secret"}
    return run_mailer(ROOT, list(args), env)


def test_mailer_check_prints_a_warn_line_per_plain_text_edge(tmp_path):
    (tmp_path / "config.yaml").write_text(with_smtp_login(config_text(host="mail.acme.invalid", imap_port=143,
                                                                      smtp_port=25)))
    result = mailer("check", "--config", str(tmp_path / "config.yaml"))
    assert "warn IMAP mail.acme.invalid:143: security: none sends the password from $MAILER_TEST_PASSWORD in " \
           "plain text across the network" in result.stdout
    assert "warn SMTP mail.acme.invalid:25: security: none sends the password from $MAILER_SMTP_PASSWORD" \
           in result.stdout
    assert "Traceback" not in result.stderr
    (tmp_path / "config.yaml").write_text(config_text(imap_port=9, smtp_port=9))  # nothing listens on port 9
    result = mailer("check", "--config", str(tmp_path / "config.yaml"))
    assert "warn IMAP 127.0.0.1:9: security: none sends the password from $MAILER_TEST_PASSWORD unencrypted; " \
           "it stays on this machine's loopback" in result.stdout
    assert "warn SMTP" not in result.stdout  # the test config's SMTP signs in with nothing


def test_the_daemon_says_it_at_start(tmp_path, caplog):
    (tmp_path / "config.yaml").write_text(config_text(imap_port=9, smtp_port=9))
    warned = warnings_at_start(tmp_path / "config.yaml", caplog)
    assert any(m.startswith("IMAP 127.0.0.1:9: security: none sends the password") for m in warned), warned


def test_run_once_says_it_once_as_run_and_check_do(tmp_path):
    """A cron job's `mailer run --once` is a start too: its log carries the warning, once per run."""
    (tmp_path / "config.yaml").write_text(config_text(imap_port=9, smtp_port=9))  # nothing listens on port 9
    result = mailer("run", "--once", "--now", "2026-11-23T10:00Z", "--config", str(tmp_path / "config.yaml"))
    assert result.returncode == 1 and "Traceback" not in result.stderr  # the pass fails: no server
    warning = "IMAP 127.0.0.1:9: security: none sends the password from $MAILER_TEST_PASSWORD unencrypted"
    assert result.stderr.count(warning) == 1, result.stderr
    assert "SMTP 127.0.0.1:9: security: none" not in result.stderr  # the test config's SMTP signs in with nothing
