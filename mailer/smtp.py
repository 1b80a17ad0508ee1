"""The SMTP edge: send one claimed mail; sort failures into temporary (retry) and permanent (give up)."""

from __future__ import annotations

import logging
import smtplib
import socket

from mailer.config.settings import Server
from mailer.auth.signin import login_smtp
from mailer.errors import SendFailure, SignInError
from mailer.serverwords import said, smtp_problem
from mailer.tls import tls_context
from mailer.wireaddress import ascii_address

log = logging.getLogger(__name__)


class SmtpSession:
    """One connection, opened on first use and reused for the rest of a delivery pass."""

    def __init__(self, server: Server, factory=None):
        self.server = server
        self._factory = factory
        self._conn: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        s = self.server
        if self._factory:
            return self._factory(s)
        if s.security == "ssl":
            conn = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=tls_context(s))
        else:
            conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        try:
            if s.security == "starttls":
                conn.starttls(context=tls_context(s))
            if s.username:
                login_smtp(conn, s)
        except BaseException:
            conn.close()  # the session never holds it: a refused STARTTLS must not leave the socket open
            raise
        return conn

    def send(self, envelope_from: str, recipients: tuple[str, ...], raw: bytes) -> dict:
        """Send; returns {recipient: (code, text)} for those the server refused (the rest got it).

        Raises SendFailure. Step by step rather than smtplib.sendmail, because a failure after the message
        went out is different: the server may have it, so it must not simply be sent again.
        """
        try:
            if self._conn is None:
                self._conn = self._connect()
            conn = self._conn
            conn.ehlo_or_helo_if_needed()
            code, text = conn.mail(ascii_address(envelope_from))
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, text, envelope_from)
            refused = {}
            for rcpt in recipients:
                code, text = conn.rcpt(ascii_address(rcpt))  # smtplib sends ASCII only: an IDN domain raised
                if code not in (250, 251):
                    refused[rcpt] = (code, text)
            if len(refused) == len(recipients):
                conn.rset()
                raise smtplib.SMTPRecipientsRefused(refused)
        except smtplib.SMTPRecipientsRefused as exc:
            permanent = all(code >= 500 for code, _ in exc.recipients.values())
            detail = "; ".join(f"{rcpt}: {code} {_text(msg)}" for rcpt, (code, msg) in exc.recipients.items())
            raise SendFailure(f"all recipients refused: {detail}", permanent, refused=exc.recipients) from None
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            # A login problem is an outage to fix, not a reason to drop the mail.
            raise SendFailure(_login_refused(self.server, exc), False, login=True) from None
        except SignInError as exc:  # no OAuth2 token, or the server refused it: an outage as well
            self.close()
            raise SendFailure(str(exc), False, login=True) from None
        except smtplib.SMTPResponseException as exc:
            self.close()
            raise SendFailure(f"SMTP {exc.smtp_code} {_text(exc.smtp_error)}", exc.smtp_code >= 500) from None
        except (smtplib.SMTPException, OSError, socket.timeout) as exc:
            self.close()
            raise SendFailure(smtp_problem(self.server, exc), False, unreachable=True) from None
        except BaseException:
            self.close()  # a half-done transaction must not be reused for the next mail
            raise
        try:
            conn.data(raw)
        except smtplib.SMTPResponseException as exc:  # an explicit refusal: the server does not have it
            self.close()
            raise SendFailure(f"message refused: {exc.smtp_code} {_text(exc.smtp_error)}", exc.smtp_code >= 500) from None
        except (smtplib.SMTPException, OSError, socket.timeout) as exc:
            self.close()
            raise SendFailure(f"no answer from {self.server.host}:{self.server.port} after the message was sent: "
                              f"{said(exc)}", permanent=False, uncertain=True) from None
        return refused

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self._conn = None

    def __enter__(self) -> "SmtpSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _login_refused(server: Server, exc: smtplib.SMTPAuthenticationError) -> str:
    """A refused login names the config keys to check."""
    secret = server.password
    source = (f"smtp.password_env (${secret.env})" if secret.env else
              f"smtp.password_file ({secret.file})" if secret.file else "smtp.password_env / smtp.password_file")
    return (f"SMTP {server.host}:{server.port}: login refused for {server.username!r} ({exc.smtp_code} "
            f"{_text(exc.smtp_error)}): check smtp.username and {source}")


def _text(value) -> str:
    return said(value)


def check_login(server: Server) -> None:
    """Connect and log in, for `mailer check`. Raises SendFailure."""
    session = SmtpSession(server)
    try:
        session._conn = session._connect()
        session._conn.noop()
    except smtplib.SMTPAuthenticationError as exc:
        raise SendFailure(_login_refused(server, exc), False) from None
    except SignInError as exc:
        raise SendFailure(str(exc), False) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise SendFailure(smtp_problem(server, exc), False) from None
    finally:
        session.close()
