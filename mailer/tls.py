"""TLS for both mail edges (IMAP and SMTP): verified by default, a private CA by `ca_file`; and the plain
warning when an edge sends a password or token without it."""

import ipaddress
import ssl

from mailer.config.settings import Server

# What to write instead of `security: none`, per edge: the usual ports of each choice.
_INSTEAD = {"IMAP": "security: ssl (port 993) or security: starttls (port 143)",
            "SMTP": "security: ssl (port 465) or security: starttls (port 587)"}


def tls_context(server: Server) -> ssl.SSLContext:
    """A client context for `server`; verification is only off when ops said `verify: false`."""
    context = ssl.create_default_context(cafile=server.ca_file)
    if not server.verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def untrusted(exc: BaseException, edge: str) -> str | None:
    """What to do about a certificate the edge could not verify, or about `security: ssl` on a plain port, or
    None for any other error. OpenSSL's bare "certificate verify failed" and "wrong version number" read like an
    unreachable server at a first `mailer check`."""
    if isinstance(exc, ssl.SSLError) and getattr(exc, "reason", "") == "WRONG_VERSION_NUMBER":
        ports = "993 for IMAP" if edge == "imap" else "465 for SMTP"
        return (f"the server does not start TLS on this port ({exc.reason}): {edge}.security: ssl needs the "
                f"implicit-TLS port ({ports}); on a plain port use {edge}.security: starttls")
    if not isinstance(exc, ssl.SSLCertVerificationError):
        return None
    return (f"the server's TLS certificate is not trusted (certificate verify failed: {exc.verify_message}): for a "
            f"server with a private CA set "
            f"{edge}.ca_file to its CA certificate (PEM); check {edge}.host if the name does not match")


def is_loopback(host: str) -> bool:
    """This machine only: `localhost` or a loopback address (127.0.0.0/8, ::1).

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("imap.acme.example")
    (True, True, False)
    """
    if host.lower().rstrip(".") in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _credential(label: str, server: Server) -> str | None:
    """What this edge sends at sign-in, in words, or None when it signs in with nothing secret."""
    if server.oauth2 is not None:
        return "an OAuth2 token"
    named = server.password.env or server.password.file
    if not named or (label == "SMTP" and not server.username):  # SMTP signs in only with a username
        return None
    return f"the password from {'$' + server.password.env if server.password.env else server.password.file}"


def plaintext_warnings(imap: Server, smtp: Server) -> list[str]:
    """One line per edge that sends a password or token with `security: none`: which edge, which host, what
    to set instead. On loopback nothing leaves the machine, so the wording is softer, but it is still said.

    >>> from mailer.config.settings import Secret
    >>> none = Server("imap.acme.example", 143, "none", "mailer", Secret(env="PW"), 30, None, True)
    >>> plaintext_warnings(none, none)[0].split(":")[0]
    'IMAP imap.acme.example'
    """
    lines = []
    for label, server in (("IMAP", imap), ("SMTP", smtp)):
        what = _credential(label, server)
        if server.security != "none" or what is None:
            continue
        where = f"{label} {server.host}:{server.port}"
        if is_loopback(server.host):
            lines.append(f"{where}: security: none sends {what} unencrypted; it stays on this machine's "
                         f"loopback, but set {_INSTEAD[label]} before the server moves off this host")
        else:
            lines.append(f"{where}: security: none sends {what} in plain text across the network, readable "
                         f"by anyone on the path; set {_INSTEAD[label]}")
    return lines
