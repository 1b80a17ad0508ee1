"""`mailer auth google`: the one-time consent of an installed-app OAuth client (loopback redirect with PKCE,
RFC 8252), which leaves a refresh token in the token cache for the `google_user` flow.

Loopback redirect rather than device code: Google's device flow does not grant the https://mail.google.com/
scope that IMAP and SMTP need. On a machine without a browser, open the printed address anywhere, and after
consent paste the address the browser ends on (it cannot load http://127.0.0.1:…) back into the terminal.
"""

from __future__ import annotations

import base64
import hashlib
from http.server import BaseHTTPRequestHandler, HTTPServer
import queue
import secrets
import sys
import threading
from typing import Callable, TextIO
from urllib.parse import parse_qs, urlencode, urlparse

from mailer.auth import sources
from mailer.auth.signin import cache_key
from mailer.auth.tokens import Token, TokenCache, wall_clock
from mailer.config.settings import Server
from mailer.errors import SignInError

GOOGLE_AUTHORIZE = "https://accounts.google.com/o/oauth2/v2/auth"


def consent(server: Server, authorize_url: str = GOOGLE_AUTHORIZE, timeout: float = 600.0,
            out: TextIO = sys.stdout, pasted: Callable[[], str] | None = None) -> str:
    """Run the consent for server.username; returns the account's address. Raises SignInError."""
    oauth = server.oauth2
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    answers: queue.Queue[str] = queue.Queue()
    httpd = HTTPServer(("127.0.0.1", 0), _handler(answers))
    redirect = f"http://127.0.0.1:{httpd.server_address[1]}/"
    threading.Thread(target=httpd.serve_forever, daemon=True, name="consent-redirect").start()
    if pasted is not None:
        threading.Thread(target=lambda: answers.put(pasted()), daemon=True, name="consent-paste").start()
    url = authorize_url + "?" + urlencode({
        "client_id": oauth.client_id, "redirect_uri": redirect, "response_type": "code",
        "scope": sources.scope(oauth), "access_type": "offline", "prompt": "consent", "state": state,
        "code_challenge": challenge, "code_challenge_method": "S256", "login_hint": server.username})
    print(f"Open this address in a browser and sign in as {server.username}:\n\n  {url}\n\n"
          f"Waiting for Google to send the browser back to {redirect} (or paste the address it ends on here)…",
          file=out, flush=True)
    try:
        answer = answers.get(timeout=timeout)
    except queue.Empty:
        raise SignInError(f"no answer from the browser within {timeout:.0f} s; run `mailer auth google` again") \
            from None
    finally:
        httpd.shutdown()
        httpd.server_close()
    query = {k: v[0] for k, v in parse_qs(urlparse(answer.strip()).query).items()}
    if query.get("state") != state:
        raise SignInError("the answer does not belong to this sign-in (state differs); run `mailer auth google` again")
    if "code" not in query:
        raise SignInError(f"Google did not grant access: {query.get('error', 'no code in the answer')}")
    reply = sources.http_session(oauth).post(oauth.authority or sources.GOOGLE_TOKEN_URI, data={
        "grant_type": "authorization_code", "code": query["code"], "redirect_uri": redirect,
        "client_id": oauth.client_id, "client_secret": oauth.client_secret.reveal(), "code_verifier": verifier},
        timeout=60)
    data = reply.json() if reply.headers.get("Content-Type", "").startswith("application/json") else {}
    if reply.status_code != 200 or "refresh_token" not in data:
        raise SignInError(f"Google refused the code: {data.get('error', reply.status_code)} "
                          f"{data.get('error_description', '')}".strip())
    cache, key = TokenCache(oauth.cache), cache_key(oauth, server.username)
    cache.put_refresh_token(key, data["refresh_token"])
    if "access_token" in data:
        cache.put(key, Token(data["access_token"], wall_clock() + float(data.get("expires_in", 0))))
    return server.username


def _handler(answers: queue.Queue) -> type[BaseHTTPRequestHandler]:
    class Redirected(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            if "code=" not in self.path and "error=" not in self.path:
                self.send_response(404)
                self.end_headers()
                return
            answers.put(self.path)
            body = b"mailer has the answer; you can close this tab.\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    return Redirected
