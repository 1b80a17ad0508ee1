"""`mailer check` says plainly what each edge signs in with: a user and where the password comes from, or, for
an SMTP server used without a login, that nothing is sent, never "password: from (none)"."""

import os
import subprocess
import sys

from helpers import ROOT, config_text
from mailer.cli.check import credentials_step
from mailer.config.load import ConfigSource


def edges(tmp_path, text):
    (tmp_path / "config.yaml").write_text(text)
    config = ConfigSource(tmp_path / "config.yaml").current
    return config.imap.server, config.smtp.server


def test_an_smtp_server_without_a_login_is_said_to_be_used_without_authentication(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILER_TEST_PASSWORD", "secret")
    imap, smtp = edges(tmp_path, config_text())  # the test config's SMTP has no username
    assert credentials_step("SMTP", smtp) == (
        True, "SMTP credentials", "none (the server is used without authentication: smtp.username is not set)")
    assert credentials_step("IMAP", imap) == (
        True, "IMAP credentials", "user 'mailer@acme.test', password from $MAILER_TEST_PASSWORD")


def test_a_password_without_a_user_name_is_said_to_be_unused(tmp_path):
    text = config_text().replace("smtp:\n", "smtp:\n  password_env: MAILER_SMTP_PASSWORD\n", 1)
    _, smtp = edges(tmp_path, text)
    ok, _, detail = credentials_step("SMTP", smtp)
    assert ok and detail.endswith("smtp.username is not set; the password from $MAILER_SMTP_PASSWORD is not used)")


def test_a_user_without_a_password_or_a_missing_variable_fails_naming_the_keys(tmp_path, monkeypatch):
    monkeypatch.delenv("MAILER_SMTP_PASSWORD", raising=False)
    text = config_text().replace("  password_env: MAILER_TEST_PASSWORD\n", "", 1).replace(
        "smtp:\n", "smtp:\n  username: mailer@acme.test\n  password_env: MAILER_SMTP_PASSWORD\n", 1)
    imap, smtp = edges(tmp_path, text)
    assert credentials_step("IMAP", imap) == (
        False, "IMAP credentials", "user 'mailer@acme.test' with no password: set imap.password_env or "
                                   "imap.password_file (or an imap.oauth2 block)")
    ok, what, detail = credentials_step("SMTP", smtp)
    assert not ok and what == "SMTP credentials"
    assert detail.endswith("smtp.password_env: environment variable MAILER_SMTP_PASSWORD is not set")


def test_mailer_check_prints_the_plain_lines(tmp_path):
    (tmp_path / "config.yaml").write_text(config_text(imap_port=9, smtp_port=9))  # nothing listens on port 9
    env = {**os.environ, "MAILER_TEST_PASSWORD": "secret"}
    result = subprocess.run([sys.executable, "-m", "mailer", "check", "--config", str(tmp_path / "config.yaml")],
                            capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    lines = result.stdout.splitlines()
    assert "ok   IMAP credentials: user 'mailer@acme.test', password from $MAILER_TEST_PASSWORD" in lines
    assert "ok   SMTP credentials: none (the server is used without authentication: smtp.username is not set)" \
        in lines
    assert "(none)" not in result.stdout and "Traceback" not in result.stderr


def test_an_empty_password_variable_or_file_fails_naming_the_key(tmp_path, monkeypatch):
    # An unfilled `MAILER_SMTP_PASSWORD=` line in secrets.env, or an empty file: it was sent to the server, and
    # came back as a refused login that said to check the password, which looked set.
    monkeypatch.setenv("MAILER_SMTP_PASSWORD", "")
    (tmp_path / "imap.secret").write_text("\n")
    text = config_text().replace("  password_env: MAILER_TEST_PASSWORD\n",
                                 f"  password_file: {tmp_path / 'imap.secret'}\n", 1).replace(
        "smtp:\n", "smtp:\n  username: mailer@acme.test\n  password_env: MAILER_SMTP_PASSWORD\n", 1)
    imap, smtp = edges(tmp_path, text)
    ok, _, detail = credentials_step("IMAP", imap)
    assert not ok and detail.endswith(f"imap.password_file: password file {tmp_path / 'imap.secret'} is empty")
    ok, _, detail = credentials_step("SMTP", smtp)
    assert not ok and detail.endswith("smtp.password_env: environment variable MAILER_SMTP_PASSWORD is empty")
