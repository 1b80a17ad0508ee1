"""OAuth2 sign-in end to end: msal and google-auth against a local token server, bearer tokens checked by a real
Dovecot (oauth2 passdb, token introspection) over IMAP and by Postfix (SASL through that Dovecot) over SMTP."""

from datetime import datetime, timezone
import json
import logging
import os
from pathlib import Path
import re
import stat
import time
import uuid

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from mailworld import MailWorld
from oauthstack.fixture import oauth_stack  # noqa: F401  (session fixture)
from oauthstack.silentproxy import SilentProxy
from oauthstack.stack import SENT_FOLDER

# One worker runs them all: the session fixture starts its own Dovecot + Postfix and token server per worker.
pytestmark = [pytest.mark.integration, pytest.mark.xdist_group("oauth")]
MONDAY = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)  # two business days after the submission below
SUBMITTED = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def world(oauth_stack, tmp_path, monkeypatch):
    # requests lets these variables override the CA a token request names; the tests name their own.
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MAILER_TEST_PASSWORD", "secret")
    w = MailWorld(oauth_stack.mail_stack(), tmp_path)
    w.env = oauth_stack
    return w


def write_config(world, oauth_yaml: str, top: str = "", smtp_extra: str = "") -> Path:
    """The usual test config with both edges signing in by `oauth2:` instead of a password."""
    path = world.write_config()
    block = "  oauth2:\n" + "".join(f"    {line}\n" for line in oauth_yaml.strip("\n").splitlines())
    text = path.read_text().replace("  password_env: MAILER_TEST_PASSWORD\n", block, 1)
    text = text.replace("smtp:\n", "smtp:\n" + block + smtp_extra, 1)
    path.write_text(top + text)
    return path


def microsoft_app(world, secret="s3cret", mailbox=None) -> str:
    client_id = f"app-{uuid.uuid4().hex[:8]}"
    world.env.authority.apps[client_id] = {"secret": secret, "mailbox": mailbox or world.mailer}
    os.environ["TEST_M365_SECRET"] = secret
    return (f"flow: microsoft365\ntenant: contoso-test\nclient_id: {client_id}\n"
            f"client_secret_env: TEST_M365_SECRET\nauthority: {world.env.tokens.base_url}/contoso-test\n"
            f"ca_file: {world.env.stack.ca_file}\n")


def submit(world):
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=SUBMITTED,
               subject="Candidate: Jane Doe – Senior Backend Engineer", sender_name="Rita Recruiter")
    world.wait_for(world.mailer, 1)


def logins(world, marker: str) -> list[str]:
    """Lines of the stack's Dovecot or Postfix log for this test's mailbox."""
    logs = world.env.stack.paths
    text = logs.dovecot_log.read_text(errors="replace") + logs.postfix_log.read_text(errors="replace")
    return [line for line in text.splitlines() if world.mailer in line and marker in line]


def test_microsoft365_app_reads_and_sends_with_one_cached_token(world):
    write_config(world, microsoft_app(world))
    submit(world)
    done = world.cli("run", "--once", "--now", MONDAY.isoformat())
    assert done.returncode == 0, done.stderr
    assert "mails sent: 1" in done.stdout
    [nudge] = world.wait_for(world.addr("maria"), 2)[1:]
    assert "Jane Doe" in nudge["Subject"]
    # Both edges signed in with a bearer token: Dovecot for IMAP, Postfix (through Dovecot's SASL) for SMTP,
    # over OAUTHBEARER, since this server offers it (Microsoft offers only XOAUTH2; see the test below).
    assert logins(world, "method=OAUTHBEARER") and not logins(world, "method=XOAUTH2")
    assert logins(world, "sasl_method=OAUTHBEARER")
    # One token served both edges and the second run: it sits in the state directory, readable by mailer only.
    cache = world.tmp / "mailer.db.tokens"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    issued = world.env.authority.counts["client_credentials"]
    assert world.cli("run", "--once", "--now", MONDAY.isoformat()).returncode == 0
    assert world.env.authority.counts["client_credentials"] == issued
    assert "at-" in cache.read_text()


def test_expired_and_revoked_tokens_are_replaced_without_a_failure(world):
    write_config(world, microsoft_app(world))
    assert world.cli("check").returncode == 0
    counts = world.env.authority.counts
    first = counts["client_credentials"]
    cache = world.tmp / "mailer.db.tokens"
    # An hour later: the cached token has under five minutes left, so the next connection gets a new one.
    data = json.loads(cache.read_text())
    for entry in data.values():
        entry["expires_at"] = time.time() + 120
    cache.write_text(json.dumps(data))
    assert world.cli("check").returncode == 0
    assert counts["client_credentials"] == first + 1
    # The provider revokes every token it issued (a password reset, an admin action): the server refuses the
    # cached one, mailer drops it, fetches one new token and carries on.
    world.env.authority.revoke_all()
    done = world.cli("check")
    assert done.returncode == 0, done.stdout
    assert counts["client_credentials"] == first + 2


def test_microsoft365_certificate_credential(world):
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mailer app")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    pem_file = world.tmp / "app.pem"
    pem_file.write_text(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()).decode() + cert_pem)
    client_id = f"app-{uuid.uuid4().hex[:8]}"
    world.env.authority.apps[client_id] = {"cert_pem": cert_pem, "mailbox": world.mailer}
    block = (f"flow: microsoft365\ntenant: contoso-test\nclient_id: {client_id}\ncertificate_file: {pem_file}\n"
             f"certificate_thumbprint: {cert.fingerprint(hashes.SHA1()).hex().upper()}\n"
             f"authority: {world.env.tokens.base_url}/contoso-test\nca_file: {world.env.stack.ca_file}\n")
    write_config(world, block)
    done = world.cli("check")
    assert done.returncode == 0, done.stdout
    assert "ok   IMAP login" in done.stdout and "ok   SMTP login" in done.stdout


def test_check_names_the_failing_step(world):
    config = microsoft_app(world)
    write_config(world, config)
    os.environ["TEST_M365_SECRET"] = "wrong"
    done = world.cli("check")
    assert done.returncode == 1
    assert re.search(r"FAIL IMAP token: .*AADSTS7000215.*Check the tenant, the client id", done.stdout)
    assert "FAIL IMAP login" in done.stdout and "ok   SMTP login" not in done.stdout

    # The token is issued, but for another mailbox: the token step passes and the login step says what to check.
    write_config(world, microsoft_app(world, mailbox="someone-else@example.test"))
    done = world.cli("check")
    assert "ok   IMAP token" in done.stdout
    assert re.search(r"FAIL IMAP login: .*refused the OAuth2 sign-in .*IMAP\.AccessAsApp", done.stdout)
    assert re.search(r"FAIL SMTP login: .*SMTP\.SendAsApp", done.stdout)


def test_a_refused_sign_in_is_reported_once_and_loses_nothing(world, caplog):
    write_config(world, microsoft_app(world, mailbox="someone-else@example.test"))
    submit(world)
    daemon = world.daemon(MONDAY)
    with caplog.at_level(logging.ERROR, logger="mailer"):
        reports = [daemon.tick() for _ in range(3)]
    assert all("refused the OAuth2 sign-in" in r.error for r in reports)
    errors = [r for r in caplog.records if "refused the OAuth2 sign-in" in r.getMessage()]
    assert len(errors) == 1
    assert len(world.messages(world.addr("maria"))) == 1  # nothing went out while mailer could not read
    # Once access is granted, the waiting mail is read and the due nudge goes out.
    write_config(world, microsoft_app(world))
    report = daemon.tick()  # the daemon picks up the edited config on its next pass
    daemon.close()
    assert report.error is None and report.delivered.sent
    assert len(world.wait_for(world.addr("maria"), 2)) == 2


def test_a_refused_smtp_sign_in_stops_the_pass_and_keeps_the_mail(world, caplog):
    path = write_config(world, microsoft_app(world))
    other = microsoft_app(world, mailbox="someone-else@example.test")  # SMTP signs in with an app not let in
    text = path.read_text()
    smtp_at = text.index("smtp:\n")
    path.write_text(text[:smtp_at] + text[smtp_at:].replace(
        text[smtp_at:].split("  oauth2:\n")[1].split("  host:")[0],
        "".join(f"    {line}\n" for line in other.strip().splitlines()), 1))
    submit(world)
    postfix_log = world.env.stack.paths.postfix_log
    mark = postfix_log.stat().st_size
    daemon = world.daemon(MONDAY)
    with caplog.at_level(logging.WARNING, logger="mailer"):
        reports = [daemon.tick() for _ in range(3)]
    assert all("SMTP" in r.error and "SMTP.SendAsApp" in r.error for r in reports)
    assert len([r for r in caplog.records if "refused the OAuth2 sign-in" in r.getMessage()]) == 1
    # One refused sign-in per pass, not one per queued mail nor a second with a new token.
    # Postfix writes its log through postlogd, a moment after the SMTP reply: wait for the third line (bounded).
    refused = 0
    for _ in range(50):
        with postfix_log.open("rb") as f:
            f.seek(mark)
            refused = f.read().decode(errors="replace").count("authentication failed")
        if refused >= 3:
            break
        time.sleep(0.1)
    assert refused == 3
    [row] = daemon.store.outbox()
    assert (row.state, row.attempts) == ("queued", 0)  # untouched: the mail was never at fault
    write_config(world, microsoft_app(world))
    report = daemon.tick()
    daemon.close()
    assert report.error is None and report.delivered.sent == [row.key]


def service_account(world, delegated=True) -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    email = f"mailer-{uuid.uuid4().hex[:6]}@project.iam.gserviceaccount.com"
    world.env.authority.service_accounts[email] = {"public_pem": public, "delegated": delegated}
    key_file = world.tmp / "service-account.json"
    key_file.write_text(json.dumps({"type": "service_account", "project_id": "project", "private_key_id": "k1",
                                    "private_key": pem, "client_email": email, "client_id": "1234567890",
                                    "token_uri": f"{world.env.tokens.base_url}/token"}))
    return f"flow: google_service_account\nkey_file: {key_file}\nca_file: {world.env.stack.ca_file}\n"


def test_google_service_account_with_domain_wide_delegation(world):
    path = write_config(world, service_account(world), top="provider: google\n")
    # Over TLS this time (STARTTLS on both edges, the stack's private CA), as a real provider requires.
    path.write_text(path.read_text().replace("  security: none\n", f"  security: starttls\n  ca_file: "
                                                                      f"{world.env.stack.ca_file}\n"))
    submit(world)
    done = world.cli("run", "--once", "--now", MONDAY.isoformat())
    assert done.returncode == 0, done.stderr
    assert len(world.wait_for(world.addr("maria"), 2)) == 2
    assert world.env.authority.counts["jwt_bearer"] >= 1
    # Gmail offers OAUTHBEARER and so does this Dovecot: the standard mechanism is preferred.
    assert [line for line in logins(world, "method=OAUTHBEARER") if "TLS" in line]
    assert logins(world, "sasl_method=OAUTHBEARER")


def test_google_service_account_without_delegation_says_so(world):
    write_config(world, service_account(world, delegated=False))
    done = world.cli("check")
    assert done.returncode == 1
    assert re.search(r"FAIL IMAP token: .*unauthorized_client.*Check domain-wide delegation for client id "
                     r"1234567890", done.stdout)


def test_run_refuses_a_missing_client_secret_at_start(world):
    write_config(world, microsoft_app(world).replace("TEST_M365_SECRET", "NO_SUCH_VARIABLE_SET"))
    done = world.cli("run", "--once")
    assert done.returncode == 2
    assert re.search(r"config.yaml:\d+: imap.oauth2.client_secret_env: environment variable NO_SUCH_VARIABLE_SET "
                     r"is not set", done.stderr)


def test_token_command(world):
    token = world.env.authority.issue(world.mailer, "command")["access_token"]
    script = world.tmp / "token.sh"
    script.write_text(f'#!/bin/sh\ntest "$MAILER_OAUTH2_USER" = "{world.mailer}" || exit 3\necho {token}\n')
    script.chmod(0o700)
    write_config(world, f"flow: command\ncommand: {script}\n")
    done = world.cli("check")
    assert "ok   IMAP login" in done.stdout and "ok   SMTP login" in done.stdout, done.stdout
    # A bare token has no known lifetime: it is never cached, the command runs at each login.
    assert not (world.tmp / "mailer.db.tokens").exists()

    script.write_text("#!/bin/sh\necho 'vault is sealed' >&2\nexit 2\n")
    done = world.cli("check")
    assert "FAIL IMAP token: " in done.stdout and "token command failed (exit 2): vault is sealed" in done.stdout


def test_sent_folder_found_by_special_use_flag_with_at_most_two_connections(world):
    write_config(world, microsoft_app(world) + "mechanism: xoauth2\n", smtp_extra="  sent_folder: auto\n")
    submit(world)
    done = world.cli("run", "--once", "--now", MONDAY.isoformat())
    assert done.returncode == 0, done.stderr
    # The German Exchange-style name is found by its \Sent flag; the copy is there.
    [copy] = world.wait_for(world.mailer, 1, folder=SENT_FOLDER)
    assert "Jane Doe" in copy["Subject"]
    # One IMAP login (reading and filing share it) and one SMTP login for the whole pass.
    # (The test itself reads mailboxes with a password, method=PLAIN; mailer signs in with a token.)
    assert len([line for line in logins(world, "Login: user=") if "method=PLAIN" not in line]) == 1
    assert len(logins(world, "sasl_method=XOAUTH2")) == 1
    assert not logins(world, "method=OAUTHBEARER")  # XOAUTH2, as Exchange Online needs, on both edges
    done = world.cli("check")
    assert f"ok   Sent folder: mailer files a copy of each sent mail in '{SENT_FOLDER}'" in done.stdout


def test_google_installed_app_consent_then_refresh(world):
    import subprocess
    import sys

    import requests

    from helpers import ROOT

    client_id = f"{uuid.uuid4().hex[:8]}.apps.googleusercontent.com"
    world.env.authority.clients[client_id] = "client-secret"
    world.env.authority.consenting_user = world.mailer
    secret_file = world.tmp / "google-client.secret"
    secret_file.write_text("client-secret\n")
    token_uri = f"{world.env.tokens.base_url}/token"
    path = write_config(world, f"flow: google_user\nclient_id: {client_id}\nclient_secret_file: {secret_file}\n"
                               f"authority: {token_uri}\nca_file: {world.env.stack.ca_file}\n")
    done = world.cli("check")
    assert "FAIL IMAP token: " in done.stdout and "run `mailer auth google` once" in done.stdout

    auth = subprocess.Popen([sys.executable, "-m", "mailer", "auth", "google", "--config", str(path),
                             "--authorize-url", f"{world.env.tokens.base_url}/authorize", "--timeout", "30"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env={**os.environ})
    try:
        url = next(line.strip() for line in auth.stdout if line.strip().startswith("https://"))
        assert "code_challenge_method=S256" in url and "access_type=offline" in url
        # What the browser does after the person consents: the server redirects to mailer's loopback address.
        assert requests.get(url, verify=world.env.stack.ca_file, timeout=10).status_code == 200
        out, err = auth.communicate(timeout=30)
    finally:
        auth.kill()
    assert auth.returncode == 0, err
    assert f"signed in as {world.mailer}" in out
    cache = world.tmp / "mailer.db.tokens"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600 and "rt-" in cache.read_text()

    # The access token from the consent runs out: the refresh token gets a new one, and both edges sign in.
    data = json.loads(cache.read_text())
    for entry in data.values():
        entry["expires_at"] = time.time() - 1
    cache.write_text(json.dumps(data))
    done = world.cli("check")
    assert done.returncode == 0, done.stdout
    assert world.env.authority.counts["refresh_token"] == 1

    # The person revokes mailer's access in their Google account: check says to consent again.
    world.env.authority.refresh_tokens.clear()
    world.env.authority.revoke_all()
    done = world.cli("check")
    assert re.search(r"FAIL IMAP login: .*Google refused to refresh the sign-in.*run `mailer auth google` again",
                     done.stdout), done.stdout


def test_a_silently_dropped_idle_connection_is_noticed_at_renewal_and_replaced(world):
    import threading

    from mailer.config.load import load
    from mailer.inbox import Inbox, InboxError

    proxy = SilentProxy(world.env.stack.imap_port)
    path = write_config(world, microsoft_app(world))
    text = path.read_text().replace(f"  port: {world.env.stack.imap_port}\n",
                                    f"  port: {proxy.port}\n  idle_renew: 1 second\n", 1)
    path.write_text(text.replace("  timeout: 10 seconds\n", "  timeout: 2 seconds\n", 1))
    config = load(path)
    inbox = Inbox(config.imap)
    try:
        list(inbox.fetch_new("INBOX", None))  # signed in and selected
        proxy.silence_existing()
        started = time.monotonic()
        with pytest.raises(InboxError):
            inbox.wait(config.imap.idle_renew, threading.Event())
        # Found out at the first renewal plus one timeout, not after the 29 minutes of RFC 2177.
        assert time.monotonic() - started < 1 + 2 + 2
        assert inbox.client is None
        submit(world)
        [batch] = [b for b in inbox.fetch_new("INBOX", None) if b.mails]  # a new connection, signed in again
        assert len(batch.mails) == 1 and len(proxy.connections) == 2
    finally:
        inbox.close()
        proxy.close()
