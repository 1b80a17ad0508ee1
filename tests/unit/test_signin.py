"""OAuth2 sign-in without servers: the oauth2/provider config, the SASL strings, the token cache, token commands.
(The end-to-end paths against Dovecot, Postfix and a token server are in tests/integration/test_oauth.py.)"""

import json
from pathlib import Path
import stat

import pytest

from helpers import config_text
from mailer.auth import sources
from mailer.auth.signin import bearer_token, mechanism, oauthbearer, xoauth2
from mailer.auth.tokens import Token, TokenCache
from mailer.config.load import parse
from mailer.config.settings import ConfigError, OAuth2
from mailer.errors import SignInError

M365 = """\
  oauth2:
    flow: microsoft365
    tenant: contoso.onmicrosoft.com
    client_id: 11111111-2222
    client_secret_env: M365_SECRET
"""


def oauth_config(tmp_path: Path, block: str, top: str = "", smtp_extra: str = "", host_lines: bool = True):
    text = config_text()
    if not host_lines:  # let the provider profile choose hosts, ports and security
        text = "\n".join(line for line in text.splitlines()
                         if not line.startswith(("  host:", "  port:", "  security:"))) + "\n"
    text = text.replace("  password_env: MAILER_TEST_PASSWORD\n", block, 1)
    text = text.replace("smtp:\n", "smtp:\n" + smtp_extra, 1)
    path = tmp_path / "config.yaml"
    path.write_text(top + text)
    return path, top + text


def problems(tmp_path, block, **kw) -> list[str]:
    path, text = oauth_config(tmp_path, block, **kw)
    with pytest.raises(ConfigError) as exc:
        parse(text, path)
    return [p.removeprefix(f"{tmp_path}/") for p in exc.value.problems]


def test_microsoft365_profile_fills_hosts_and_limits_and_keys_override(tmp_path):
    path, text = oauth_config(tmp_path, M365, top="provider: microsoft365\n", host_lines=False)
    config = parse(text, path)
    imap, smtp = config.imap.server, config.smtp.server
    assert (imap.host, imap.port, imap.security) == ("outlook.office365.com", 993, "ssl")
    assert (smtp.host, smtp.port, smtp.security) == ("smtp.office365.com", 587, "starttls")
    assert imap.oauth2.flow == "microsoft365" and smtp.oauth2 is None  # only imap has the block here
    assert imap.username == "mailer@acme.test"  # the mailbox signs in as mailer's own address by default
    assert config.imap.idle_renew == 120 and config.smtp.max_per_minute == 30
    assert imap.oauth2.cache == tmp_path / "mailer.db.tokens"

    path, text = oauth_config(tmp_path, M365 + "  idle_renew: 5 minutes\n  host: imap.contoso.test\n",
                              top="provider: microsoft365\n", host_lines=False,
                              smtp_extra="  max_per_minute: 10\n  port: 2525\n")
    config = parse(text, path)
    assert (config.imap.server.host, config.imap.idle_renew) == ("imap.contoso.test", 300)
    assert (config.smtp.max_per_minute, config.smtp.server.port) == (10, 2525)


def test_generic_profile_keeps_todays_defaults(tmp_path):
    path, text = oauth_config(tmp_path, "  password_env: MAILER_TEST_PASSWORD\n")
    config = parse(text, path)
    assert config.imap.server.oauth2 is None and config.imap.server.provider == "generic"
    assert config.imap.idle_renew == 240 and config.smtp.max_per_minute is None and config.smtp.sent_folder is None


def test_oauth2_problems_name_file_line_and_what_to_do(tmp_path):
    got = problems(tmp_path, "  oauth2:\n    flow: microsoft365\n    client_secret: hunter2\n")
    assert got == ["config.yaml:11: imap.oauth2.client_secret: inline secrets are refused: name an environment "
                   "variable with 'client_secret_env: VAR' or a file readable only by mailer with "
                   "'client_secret_file: /etc/mailer/oauth2.secret'"]
    got = problems(tmp_path, "  oauth2:\n    flow: microsoft365\n    client_id: x\n")
    assert got == ["config.yaml:9: imap.oauth2: flow microsoft365 needs 'tenant'",
                   "config.yaml:9: imap.oauth2: flow microsoft365 needs the app's secret ('client_secret_env' or "
                   "'client_secret_file') or its certificate ('certificate_file' with 'certificate_thumbprint')"]
    got = problems(tmp_path, "  oauth2:\n    flow: google\n")
    assert got == ["config.yaml:10: imap.oauth2.flow: expected one of microsoft365, google_service_account, "
                   "google_user, command, got 'google'"]
    got = problems(tmp_path, "  password_env: X\n" + M365)
    assert got == ["config.yaml:10: imap.oauth2: give a password (password_env/password_file) or oauth2, not both"]
    got = problems(tmp_path, "  oauth2:\n    flow: google_service_account\n    key_file: /nonexistent/key.json\n")
    assert got == ["config.yaml:11: imap.oauth2.key_file: no such file: /nonexistent/key.json"]


def test_provider_that_files_sent_mail_refuses_a_second_copy(tmp_path):
    got = problems(tmp_path, M365, top="provider: google\n", smtp_extra="  sent_folder: Sent\n")
    assert any(p.endswith("smtp.sent_folder: google files sent mail in the Sent folder itself; a second copy "
                          "would show twice (remove sent_folder)") for p in got)
    path, text = oauth_config(tmp_path, M365, smtp_extra="  sent_folder: auto\n")
    assert parse(text, path).smtp.sent_folder == "\\Sent"  # found by its SPECIAL-USE flag


def test_sasl_strings():
    assert xoauth2("mailer@acme.test", "tok") == "user=mailer@acme.test\x01auth=Bearer tok\x01\x01"
    assert oauthbearer("a,b=c@x.test", "tok", "imap.x.test", 993) == \
        "n,a=a=2Cb=3Dc@x.test,\x01host=imap.x.test\x01port=993\x01auth=Bearer tok\x01\x01"


def oauth(tmp_path, **kw) -> OAuth2:
    return OAuth2(flow=kw.pop("flow", "command"), cache=tmp_path / "state.db.tokens", where="config.yaml:9: imap.oauth2",
                  **kw)


def test_mechanism_prefers_oauthbearer_only_when_offered_and_allowed(tmp_path):
    assert mechanism(oauth(tmp_path), {"PLAIN", "XOAUTH2"}) == "XOAUTH2"  # Microsoft 365
    assert mechanism(oauth(tmp_path), {"XOAUTH2", "OAUTHBEARER"}) == "OAUTHBEARER"  # Gmail
    assert mechanism(oauth(tmp_path, mechanism="xoauth2"), {"XOAUTH2", "OAUTHBEARER"}) == "XOAUTH2"


def test_token_cache_is_private_and_keeps_refresh_tokens(tmp_path):
    cache = TokenCache(tmp_path / "t")
    cache.put_refresh_token("k", "rt-1")
    cache.put("k", Token("at-1", 1000.0))
    assert stat.S_IMODE((tmp_path / "t").stat().st_mode) == 0o600
    assert cache.get("k") == Token("at-1", 1000.0) and cache.refresh_token("k") == "rt-1"
    cache.forget("k")  # the server refused the access token: the grant itself stays
    assert cache.get("k") is None and cache.refresh_token("k") == "rt-1"
    (tmp_path / "t").write_text("{not json")
    assert cache.get("k") is None  # a damaged cache costs one token request, nothing more


def test_a_token_is_reused_until_five_minutes_before_it_expires(tmp_path):
    assert Token("a", 1000.0).fresh(699.0) and not Token("a", 1000.0).fresh(700.0)
    assert not Token("a", None).fresh(0.0)


def test_token_command_json_is_cached_until_near_expiry(tmp_path):
    counter = tmp_path / "runs"
    command = (f"echo run >> {counter}; "
               "printf '{\"access_token\": \"tok-%s\", \"expires_in\": 3600}' \"$MAILER_OAUTH2_USER\"")

    class FakeServer:
        oauth2 = oauth(tmp_path, command=command)
        username = "mailer@acme.test"

    now = [1_000_000.0]
    assert bearer_token(FakeServer, wall=lambda: now[0]) == ("tok-mailer@acme.test", False)
    assert bearer_token(FakeServer, wall=lambda: now[0]) == ("tok-mailer@acme.test", True)
    now[0] += 3600 - 299  # under five minutes left: the command runs again
    assert bearer_token(FakeServer, wall=lambda: now[0])[1] is False
    assert counter.read_text().count("run") == 2
    assert json.loads((tmp_path / "state.db.tokens").read_text())  # one entry, stored


def test_token_command_failures_are_plain(tmp_path):
    for command, said in (("exit 4", "token command failed (exit 4): (nothing on stderr)"),
                          ("echo", "token command printed nothing"),
                          ("echo '{\"token\": 1}'", "printed JSON without a usable access_token")):
        with pytest.raises(SignInError, match=r"^config.yaml:9: imap.oauth2: .*" + said.replace("(", r"\(")
                           .replace(")", r"\)")):
            sources.fetch(oauth(tmp_path, command=command), "u@x.test", TokenCache(tmp_path / "c"), "k", 0.0)
