"""A local OAuth2 authorization server on loopback HTTPS, standing in for Microsoft's and Google's.

It speaks what msal and google-auth send, so the real libraries run unmodified against it:
  GET  /<tenant>/v2.0/.well-known/openid-configuration   (msal's authority discovery)
  POST /<tenant>/oauth2/v2.0/token   client_credentials with client_secret (Microsoft 365 daemon apps)
  POST /token   jwt-bearer (service account assertions, checked against the account's public key),
                refresh_token and authorization_code with PKCE (installed apps)
  GET  /authorize   what a browser would do after consent: redirect to redirect_uri with a code
  POST /introspect  RFC 7662, for Dovecot's oauth2 passdb: {"active": true, "username": …} or {"active": false}

Every issued token records the mailbox it is good for; `counts` says how many tokens each grant issued, which is
how the tests see the cache and refresh at work.
"""
from __future__ import annotations

import base64
from collections import Counter
from dataclasses import dataclass, field
import hashlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import json
import secrets
import ssl
import threading
import time
from urllib.parse import parse_qs, urlencode, urlparse

GOOGLE_AUDIENCE = "https://oauth2.googleapis.com/token"  # google-auth keeps this aud whatever token_uri says


@dataclass
class Authority:
    """What the server knows: apps, service accounts, grants, tokens. Tests change it between steps."""

    lifetime: int = 3600
    apps: dict = field(default_factory=dict)              # client_id → {"secret", "mailbox"}
    service_accounts: dict = field(default_factory=dict)  # client_email → {"public_pem", "delegated"}
    clients: dict = field(default_factory=dict)           # installed app client_id → secret
    refresh_tokens: dict = field(default_factory=dict)    # refresh token → (client_id, user)
    codes: dict = field(default_factory=dict)             # code → (client_id, user, redirect_uri, challenge)
    tokens: dict = field(default_factory=dict)            # access token → (user, expires_at)
    consenting_user: str = ""                             # who "clicks allow" at /authorize
    counts: Counter = field(default_factory=Counter)
    introspections: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def issue(self, user: str, grant: str) -> dict:
        token = "at-" + secrets.token_urlsafe(24)
        with self.lock:
            self.tokens[token] = (user, time.time() + self.lifetime)
            self.counts[grant] += 1
        return {"access_token": token, "token_type": "Bearer", "expires_in": self.lifetime}

    def revoke_all(self) -> None:
        with self.lock:
            self.tokens.clear()


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def log_message(self, *args) -> None:  # quiet: pytest shows failures, not traffic
        pass

    def _reply(self, status: int, body: dict | None = None, location: str | None = None) -> None:
        data = json.dumps(body or {}).encode()
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        return {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}

    def do_GET(self) -> None:
        url = urlparse(self.path)
        base = self.server.base_url
        if url.path.endswith("/v2.0/.well-known/openid-configuration"):
            tenant = url.path.split("/")[1]
            return self._reply(200, {
                "issuer": f"{base}/{tenant}/v2.0", "token_endpoint": f"{base}/{tenant}/oauth2/v2.0/token",
                "authorization_endpoint": f"{base}/{tenant}/oauth2/v2.0/authorize",
                "device_authorization_endpoint": f"{base}/{tenant}/oauth2/v2.0/devicecode"})
        if url.path == "/authorize":
            q = {k: v[0] for k, v in parse_qs(url.query).items()}
            code = "code-" + secrets.token_urlsafe(12)
            auth = self.server.authority
            auth.codes[code] = (q.get("client_id"), auth.consenting_user, q.get("redirect_uri"),
                                q.get("code_challenge"))
            return self._reply(302, location=f"{q['redirect_uri']}?{urlencode({'code': code, 'state': q.get('state', '')})}")
        self._reply(404, {"error": "not_found"})

    def do_POST(self) -> None:
        path = urlparse(self.path).path
        form = self._form()
        auth = self.server.authority
        if path == "/introspect":
            with auth.lock:
                auth.introspections += 1
                user, expires = auth.tokens.get(form.get("token", ""), (None, 0))
            if user and expires > time.time():
                return self._reply(200, {"active": True, "username": user})
            return self._reply(200, {"active": False})
        if path.endswith("/oauth2/v2.0/token"):
            return self._microsoft(form, auth)
        if path == "/token":
            return self._google(form, auth)
        self._reply(404, {"error": "not_found"})

    def _microsoft(self, form: dict, auth: Authority) -> None:
        app = auth.apps.get(form.get("client_id"))
        if form.get("grant_type") != "client_credentials":
            return self._reply(400, {"error": "unsupported_grant_type"})
        if app is not None and "cert_pem" in app and form.get("client_assertion"):
            return self._microsoft_certificate(form, app, auth)
        if app is None or form.get("client_secret") != app.get("secret"):
            return self._reply(401, {"error": "invalid_client", "error_description":
                                     "AADSTS7000215: Invalid client secret provided."})
        if not form.get("scope", "").endswith("/.default"):
            return self._reply(400, {"error": "invalid_scope", "error_description": "AADSTS1002012: scope must end "
                                     "in /.default for the client credentials flow"})
        self._reply(200, auth.issue(app["mailbox"], "client_credentials"))

    def _microsoft_certificate(self, form: dict, app: dict, auth: Authority) -> None:
        """A certificate credential: a JWT signed with the app's key, naming the certificate by thumbprint."""
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from google.auth import jwt

        cert = x509.load_pem_x509_certificate(app["cert_pem"].encode())
        header = json.loads(base64.urlsafe_b64decode(form["client_assertion"].split(".")[0] + "=="))
        x5t = base64.urlsafe_b64decode(header.get("x5t", "") + "==")
        token_url = f"{self.server.base_url}{urlparse(self.path).path}"
        try:
            claims = jwt.decode(form["client_assertion"], certs=app["cert_pem"], audience=token_url,
                                clock_skew_in_seconds=60)
        except ValueError as exc:
            return self._reply(401, {"error": "invalid_client", "error_description": f"AADSTS700027: {exc}"})
        if x5t != cert.fingerprint(hashes.SHA1()) or claims.get("iss") != form.get("client_id"):
            return self._reply(401, {"error": "invalid_client", "error_description":
                                     "AADSTS700027: Client assertion contains an invalid signature."})
        self._reply(200, auth.issue(app["mailbox"], "client_credentials"))

    def _google(self, form: dict, auth: Authority) -> None:
        grant = form.get("grant_type", "")
        if grant == "urn:ietf:params:oauth:grant-type:jwt-bearer":
            from google.auth import jwt  # the test server checks the assertion with Google's own verifier
            unverified = jwt.decode(form.get("assertion", ""), verify=False)
            account = auth.service_accounts.get(unverified.get("iss"))
            if account is None:
                return self._reply(400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."})
            try:
                claims = jwt.decode(form["assertion"], certs=account["public_pem"], audience=GOOGLE_AUDIENCE)
            except ValueError as exc:
                return self._reply(400, {"error": "invalid_grant", "error_description": str(exc)})
            if not account["delegated"] or "https://mail.google.com/" not in claims.get("scope", "").split():
                return self._reply(401, {"error": "unauthorized_client", "error_description":
                                         "Client is unauthorized to retrieve access tokens using this method, or "
                                         "client not authorized for any of the scopes requested."})
            return self._reply(200, auth.issue(claims["sub"], "jwt_bearer"))
        if auth.clients.get(form.get("client_id")) != form.get("client_secret"):
            return self._reply(401, {"error": "invalid_client", "error_description": "Unauthorized"})
        if grant == "refresh_token":
            found = auth.refresh_tokens.get(form.get("refresh_token", ""))
            if found is None:
                return self._reply(400, {"error": "invalid_grant", "error_description": "Token has been expired or "
                                         "revoked."})
            return self._reply(200, auth.issue(found[1], "refresh_token"))
        if grant == "authorization_code":
            client_id, user, redirect, challenge = auth.codes.pop(form.get("code", ""), (None,) * 4)
            verifier = form.get("code_verifier", "")
            expected = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if client_id != form.get("client_id") or redirect != form.get("redirect_uri") or challenge != expected:
                return self._reply(400, {"error": "invalid_grant", "error_description": "Bad code or verifier"})
            refresh = "rt-" + secrets.token_urlsafe(16)
            auth.refresh_tokens[refresh] = (client_id, user)
            return self._reply(200, {**auth.issue(user, "authorization_code"), "refresh_token": refresh,
                                     "scope": "https://mail.google.com/"})
        self._reply(400, {"error": "unsupported_grant_type"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    authority: Authority
    base_url: str


class TokenServer:
    """Serve `authority` over HTTPS on 127.0.0.1:`port` in a background thread until stop()."""

    def __init__(self, port: int, cert: str, key: str, authority: Authority | None = None):
        self.authority = authority or Authority()
        self.httpd = _Server(("127.0.0.1", port), _Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.httpd.authority = self.authority
        self.base_url = self.httpd.base_url = f"https://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="token-server", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
