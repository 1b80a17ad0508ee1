"""Where bearer tokens come from, one function per flow, each with the provider's own library:
Microsoft 365 client credentials (msal), a Google service account with domain-wide delegation or an installed
app's refresh token (google-auth), or any command that prints a token. Failures become SignInError in plain
words with what to check."""

from __future__ import annotations

from datetime import timezone
import json
import os
import subprocess
from typing import TYPE_CHECKING

from mailer.auth.tokens import Token, TokenCache
from mailer.config.settings import ConfigError, OAuth2
from mailer.errors import SignInError

if TYPE_CHECKING:
    import requests

MICROSOFT_AUTHORITY = "https://login.microsoftonline.com/"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
DEFAULT_SCOPE = {"microsoft365": "https://outlook.office365.com/.default",
                 "google_service_account": "https://mail.google.com/", "google_user": "https://mail.google.com/"}
COMMAND_TIMEOUT = 60.0
DOCS = {"microsoft365": "docs/microsoft365.md", "google_service_account": "docs/google.md",
        "google_user": "docs/google.md", "command": "docs/oauth2.md"}


def scope(oauth: OAuth2) -> str:
    return oauth.scope or DEFAULT_SCOPE.get(oauth.flow, "")


def http_session(oauth: OAuth2) -> requests.Session:
    import requests  # imported here: a password-only `mailer run --once` from cron never pays for it (~40 ms)

    session = requests.Session()
    if oauth.ca_file:
        # A private CA for the token endpoint must win over REQUESTS_CA_BUNDLE, which requests otherwise prefers.
        session.trust_env = False
        session.verify = oauth.ca_file
    return session


def fetch(oauth: OAuth2, username: str, cache: TokenCache, cache_key: str, wall_now: float) -> Token:
    """A new token for `username` from the flow's provider. Raises SignInError (or ConfigError for a secret)."""
    try:
        return FETCHERS[oauth.flow](oauth, username, cache, cache_key, wall_now)
    except (SignInError, ConfigError):
        raise
    except Exception as exc:  # noqa: BLE001 - network errors, library errors: one plain line, the loop retries
        raise SignInError(f"{oauth.where}: could not get a token ({oauth.flow}): {type(exc).__name__}: {exc}. "
                          f"Check the network path to the token endpoint and {DOCS[oauth.flow]}") from None


def _microsoft365(oauth: OAuth2, username: str, cache: TokenCache, key: str, wall_now: float) -> Token:
    import msal  # imported here: a password-only deployment never pays for it

    if oauth.certificate_file:
        with open(oauth.certificate_file, encoding="utf-8") as pem:
            credential = {"private_key": pem.read(), "thumbprint": oauth.certificate_thumbprint}
    else:
        credential = oauth.client_secret.reveal()
    custom = bool(oauth.authority)
    app = msal.ConfidentialClientApplication(
        oauth.client_id, client_credential=credential, http_client=http_session(oauth),
        authority=oauth.authority or MICROSOFT_AUTHORITY + oauth.tenant,
        # Microsoft's instance discovery only knows Microsoft's own clouds; a named authority is taken as given.
        instance_discovery=not custom)
    result = app.acquire_token_for_client(scopes=[scope(oauth)])
    if "access_token" not in result:
        description = (result.get("error_description") or "").splitlines()[0:1]
        raise SignInError(f"{oauth.where}: Microsoft 365 refused a token for client {oauth.client_id} in tenant "
                          f"{oauth.tenant}: {result.get('error', 'no token')}"
                          f"{': ' + description[0].rstrip('.') if description else ''}. Check the tenant, the client id and "
                          f"that the secret or certificate is current ({DOCS['microsoft365']})")
    return Token(result["access_token"], wall_now + float(result.get("expires_in", 0)))


def _google_service_account(oauth: OAuth2, username: str, cache: TokenCache, key: str, wall_now: float) -> Token:
    from google.auth.exceptions import RefreshError
    from google.auth.transport.requests import Request
    from google.oauth2 import service_account

    try:
        with open(oauth.key_file, encoding="utf-8") as f:
            info = json.load(f)
        if oauth.authority:
            info["token_uri"] = oauth.authority
        credentials = service_account.Credentials.from_service_account_info(info, scopes=[scope(oauth)],
                                                                            subject=username)
    except (OSError, ValueError, KeyError) as exc:
        raise SignInError(f"{oauth.where}: the service account key {oauth.key_file} cannot be used: {exc}. "
                          f"Download a new JSON key ({DOCS['google_service_account']})") from None
    try:
        credentials.refresh(Request(http_session(oauth)))
    except RefreshError as exc:
        raise SignInError(f"{oauth.where}: Google refused a token for {username} via service account "
                          f"{info.get('client_email', '?')}: {_google_reason(exc)}. Check domain-wide delegation "
                          f"for client id {info.get('client_id', '?')} with scope {scope(oauth)} "
                          f"({DOCS['google_service_account']})") from None
    return Token(credentials.token, _expiry(credentials))


def _google_user(oauth: OAuth2, username: str, cache: TokenCache, key: str, wall_now: float) -> Token:
    from google.auth.exceptions import RefreshError
    from google.auth.transport.requests import Request
    from google.oauth2.credentials import Credentials

    refresh = cache.refresh_token(key)
    if not refresh:
        raise SignInError(f"{oauth.where}: no Google sign-in stored for {username} yet: run "
                          f"`mailer auth google` once and open the address it prints ({DOCS['google_user']})")
    credentials = Credentials(token=None, refresh_token=refresh, token_uri=oauth.authority or GOOGLE_TOKEN_URI,
                              client_id=oauth.client_id, client_secret=oauth.client_secret.reveal(),
                              scopes=[scope(oauth)])
    try:
        credentials.refresh(Request(http_session(oauth)))
    except RefreshError as exc:
        raise SignInError(f"{oauth.where}: Google refused to refresh the sign-in of {username}: "
                          f"{_google_reason(exc)}. The grant may have been revoked or expired: run "
                          f"`mailer auth google` again ({DOCS['google_user']})") from None
    if credentials.refresh_token and credentials.refresh_token != refresh:
        cache.put_refresh_token(key, credentials.refresh_token)  # Google rotated it: the old one is dead
    return Token(credentials.token, _expiry(credentials))


def _command(oauth: OAuth2, username: str, cache: TokenCache, key: str, wall_now: float) -> Token:
    """Runs the command (through the shell, like msmtp's passwordeval). It prints either the bare token (never
    cached: the command runs at every login) or JSON with access_token and expires_in (cached)."""
    try:
        done = subprocess.run(oauth.command, shell=True, capture_output=True, text=True, timeout=COMMAND_TIMEOUT,
                              env={**os.environ, "MAILER_OAUTH2_USER": username}, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise SignInError(f"{oauth.where}: token command did not finish within {COMMAND_TIMEOUT:.0f} s: "
                          f"{oauth.command}") from None
    if done.returncode != 0:
        said = (done.stderr.strip().splitlines() or ["(nothing on stderr)"])[-1]
        raise SignInError(f"{oauth.where}: token command failed (exit {done.returncode}): {said}")
    out = done.stdout.strip()
    if out.startswith("{"):
        try:
            data = json.loads(out)
            return Token(str(data["access_token"]), wall_now + float(data["expires_in"])
                         if "expires_in" in data else None)
        except (ValueError, KeyError, TypeError):
            raise SignInError(f"{oauth.where}: token command printed JSON without a usable access_token / "
                              f"expires_in") from None
    if not out or len(out.split()) != 1:
        raise SignInError(f"{oauth.where}: token command printed {'nothing' if not out else 'more than a token'}; "
                          f"it must print one token, or JSON with access_token and expires_in")
    return Token(out, None)


def _google_reason(exc: Exception) -> str:
    args = getattr(exc, "args", ())
    if len(args) > 1 and isinstance(args[1], dict):
        data = args[1]
        return f"{data.get('error', '')}: {data.get('error_description', '')}".strip(": ")
    return str(args[0]) if args else str(exc)


def _expiry(credentials) -> float | None:
    expiry = credentials.expiry  # naive UTC in google-auth
    return expiry.replace(tzinfo=timezone.utc).timestamp() if expiry else None


FETCHERS = {"microsoft365": _microsoft365, "google_service_account": _google_service_account,
            "google_user": _google_user, "command": _command}
