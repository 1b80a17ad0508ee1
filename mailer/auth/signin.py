"""The one seam both mail edges sign in through: a password as before, or an OAuth2 bearer token over SASL
XOAUTH2 / OAUTHBEARER. A token comes from the cache while it has more than REFRESH_MARGIN to live, else from the
provider; one the server refuses is dropped and a fresh one tried once, so a revoked or rotated token heals
itself and a real refusal is reported in plain words with what to check."""

from __future__ import annotations

import logging
import smtplib
from typing import Callable

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from mailer.auth import sources
from mailer.auth.tokens import TokenCache, wall_clock
from mailer.config.settings import OAuth2, Server
from mailer.errors import SignInError

log = logging.getLogger(__name__)


def cache_key(oauth: OAuth2, username: str) -> str:
    """Who the token is for and whose credential obtained it: a config edit never reuses a stale token."""
    who = oauth.client_id or oauth.key_file or oauth.command
    return f"{oauth.flow} {oauth.tenant} {who} {username} {sources.scope(oauth)}"


def bearer_token(server: Server, fresh: bool = False, wall: Callable[[], float] = wall_clock) -> tuple[str, bool]:
    """(token, came_from_cache) for signing in to `server` now. Raises SignInError or ConfigError."""
    oauth = server.oauth2
    cache, key, now = TokenCache(oauth.cache), cache_key(oauth, server.username), wall()
    if not fresh:
        cached = cache.get(key)
        if cached is not None and cached.fresh(now):
            return cached.access_token, True
    token = sources.fetch(oauth, server.username, cache, key, now)
    if token.expires_at is not None:
        cache.put(key, token)
    log.info("new OAuth2 token for %s (%s)%s", server.username, oauth.flow,
             f", valid for {token.expires_at - now:.0f} s" if token.expires_at else "")
    return token.access_token, False


def mechanism(oauth: OAuth2, offered: set[str]) -> str:
    """OAUTHBEARER (RFC 7628) when the server offers it and config allows, else XOAUTH2 (what Microsoft speaks)."""
    if oauth.mechanism == "auto":
        return "OAUTHBEARER" if "OAUTHBEARER" in offered else "XOAUTH2"
    return oauth.mechanism.upper()


def xoauth2(user: str, token: str) -> str:
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def oauthbearer(user: str, token: str, host: str, port: int) -> str:
    authzid = user.replace("=", "=3D").replace(",", "=2C")
    return f"n,a={authzid},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01"


def login_imap(client: IMAPClient, server: Server) -> None:
    """Log `client` in as server.username. Raises LoginError (password) or SignInError (OAuth2)."""
    if server.oauth2 is None:
        client.login(server.username, server.password.reveal())
        return
    offered = {c.decode().upper()[5:] for c in client.capabilities() if c.upper().startswith(b"AUTH=")}
    mech = mechanism(server.oauth2, offered)

    def attempt(token: str) -> None:
        if mech == "OAUTHBEARER":
            client.oauthbearer_login(server.username, token)
        else:
            client.oauth2_login(server.username, token, mech="XOAUTH2")

    _with_retry(server, "IMAP", mech, attempt, LoginError)


def login_smtp(conn: smtplib.SMTP, server: Server) -> None:
    """Log `conn` in as server.username. Raises SMTPAuthenticationError (password) or SignInError (OAuth2)."""
    if server.oauth2 is None:
        conn.login(server.username, server.password.reveal())
        return
    conn.ehlo_or_helo_if_needed()
    offered = set(conn.esmtp_features.get("auth", "").upper().split())
    mech = mechanism(server.oauth2, offered)

    def attempt(token: str) -> None:
        first = xoauth2(server.username, token) if mech == "XOAUTH2" else \
            oauthbearer(server.username, token, server.host, server.port)
        # After a refusal the server sends its reason as a challenge; the client answers with an empty
        # response (XOAUTH2) or ^A (RFC 7628) and then gets the final error code.
        conn.auth(mech, lambda challenge=None: first if challenge is None else
                  ("" if mech == "XOAUTH2" else "\x01"), initial_response_ok=True)

    _with_retry(server, "SMTP", mech, attempt, smtplib.SMTPAuthenticationError)


def _with_retry(server: Server, edge: str, mech: str, attempt: Callable[[str], None], refused: type) -> None:
    token, cached = bearer_token(server)
    try:
        attempt(token)
        return
    except refused as exc:
        if not cached:
            TokenCache(server.oauth2.cache).forget(cache_key(server.oauth2, server.username))
            raise SignInError(_refusal(server, edge, mech, exc)) from None
        log.info("%s refused the cached token for %s; fetching a new one", edge, server.username)
    cache, key = TokenCache(server.oauth2.cache), cache_key(server.oauth2, server.username)
    cache.forget(key)
    token, _ = bearer_token(server, fresh=True)
    try:
        attempt(token)
    except refused as exc:
        cache.forget(key)  # refused as well: the next try starts fresh, one sign-in per try, not two
        raise SignInError(_refusal(server, edge, mech, exc)) from None


CHECK = {
    "microsoft365": "that the app registration has the {perm} application permission with admin consent, that "
                    "Exchange Online has a service principal for it (New-ServicePrincipal) and that it has FullAccess "
                    "on {user} (Add-MailboxPermission){extra} — docs/microsoft365.md",
    "google_service_account": "that the service account's client id has domain-wide delegation for "
                              "https://mail.google.com/ and that IMAP is on for {user} — docs/google.md",
    "google_user": "that the Google account approved with `mailer auth google` is {user} — docs/google.md",
    "command": "that the token the command prints is for {user} and this server — docs/oauth2.md",
}


def _refusal(server: Server, edge: str, mech: str, exc: Exception) -> str:
    said = getattr(exc, "smtp_error", None) or str(exc)
    said = said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)
    check = CHECK[server.oauth2.flow].format(
        user=server.username, perm="IMAP.AccessAsApp" if edge == "IMAP" else "SMTP.SendAsApp",
        extra=", and that SMTP AUTH is enabled for the mailbox" if edge == "SMTP" else "")
    return (f"{edge} {server.host}:{server.port} refused the OAuth2 sign-in ({mech}) of {server.username}: "
            f"{said.strip()}. The token was issued, so check {check}")
