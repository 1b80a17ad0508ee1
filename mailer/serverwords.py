"""Why a mail server could not be used, in words that keep apart what ops must tell apart (pure): it was never
reached (nothing listens, no such host, no answer), it was reached and refused something (no AUTH offered, no
STARTTLS, the connection closed), or TLS failed. A server that answered "SMTP AUTH extension not supported" was
reached: "cannot reach" sends ops to the firewall when the fix is `security: starttls`.

The servers' own words come as bytes (imaplib) or as the repr of bytes (imapclient's LoginError): decoded here.
"""

from __future__ import annotations

import ast
import re
import smtplib
import socket
import ssl

from mailer.config.settings import Server
from mailer.tls import untrusted

_BYTES = re.compile(r"""b'(?:[^'\\]|\\.)*'|b"(?:[^"\\]|\\.)*\"""")


def said(value) -> str:
    """A server's words as text: bytes decoded, and a `b'…'` repr inside a message (imapclient wraps imaplib's
    bytes with str()) replaced by what it holds.

    >>> said("(b'[AUTHENTICATIONFAILED] Invalid authentication credentials.')")
    '([AUTHENTICATIONFAILED] Invalid authentication credentials.)'
    >>> said([b"NO", b"Mailbox doesn't exist"])
    "NO Mailbox doesn't exist"
    """
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (list, tuple)):
        return " ".join(said(v) for v in value)
    if isinstance(value, BaseException):
        args = value.args
        return said(args[0] if len(args) == 1 else list(args)) if args else type(value).__name__
    return _BYTES.sub(lambda m: _literal(m.group(0)), str(value))


def _literal(text: str) -> str:
    try:
        return ast.literal_eval(text).decode("utf-8", "replace")
    except (ValueError, SyntaxError):
        return text


def not_reached(server: Server, edge: str, exc: BaseException, label: str = "") -> str | None:
    """Why the server was never reached (or TLS with it failed), or None when it was reached and answered."""
    where = f"{label}{server.host}:{server.port}"
    tls = untrusted(exc, edge)
    if tls:
        return f"TLS with {where} failed: {tls}"
    if isinstance(exc, socket.gaierror):
        return f"cannot reach {where}: no such host ({exc.strerror or exc}): check {edge}.host"
    if isinstance(exc, ConnectionRefusedError):
        return (f"cannot reach {where}: nothing accepts connections on that port (connection refused): check "
                f"{edge}.host and {edge}.port, and that the server runs")
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return (f"cannot reach {where}: no answer within {server.timeout:g} s (a firewall dropping the "
                f"connection, or the wrong {edge}.port)")
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {where} failed: {exc.reason or exc}"
    if isinstance(exc, (smtplib.SMTPException,)) or not isinstance(exc, OSError):
        return None
    if isinstance(exc, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
        return None  # it was reached, then hung up: told as a closed connection
    return f"cannot reach {where}: {exc.strerror or exc}"


def smtp_problem(server: Server, exc: BaseException) -> str:
    """One line for an SMTP failure other than a refused login (smtp._login_refused says that one)."""
    where = f"{server.host}:{server.port}"
    unreached = not_reached(server, "smtp", exc)
    if unreached:
        return unreached
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        if "AUTH" in str(exc).upper():
            return (f"{where} answered, but offers no AUTH on this connection: use smtp.security: starttls or "
                    f"ssl, or remove smtp.username for an open relay")
        if "STARTTLS" in str(exc).upper():
            return (f"{where} answered, but does not offer STARTTLS: use smtp.security: ssl (port 465) if it "
                    f"speaks TLS from the start, or ask its admin to enable STARTTLS")
        return f"{where} answered, but does not support what mailer asked: {said(exc)}"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{where} answered {exc.smtp_code} {said(exc.smtp_error)}"
    if "no suitable authentication" in str(exc).lower():
        return (f"{where} offers no AUTH method mailer can use ({said(exc)}): use smtp.security: starttls or ssl "
                f"(many servers offer AUTH only over TLS)")
    if isinstance(exc, smtplib.SMTPServerDisconnected) or not isinstance(exc, smtplib.SMTPException):
        return f"{where} closed the connection ({said(exc) or 'no reason given'})"
    return f"{where}: {said(exc)}"


def imap_problem(server: Server, exc: BaseException) -> str:
    """One line for an IMAP failure other than a refused login, naming the server as `IMAP host:port`."""
    where = f"IMAP {server.host}:{server.port}"
    unreached = not_reached(server, "imap", exc, label="IMAP server ")
    if unreached:
        return unreached
    if isinstance(exc, OSError):
        return f"{where}: the server closed the connection ({said(exc) or 'no reason given'})"
    return f"{where}: {said(exc)}"
