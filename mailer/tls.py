"""TLS for both mail edges (IMAP and SMTP): verified by default, a private CA by `ca_file`."""

import ssl

from mailer.config.settings import Server


def tls_context(server: Server) -> ssl.SSLContext:
    """A client context for `server`; verification is only off when ops said `verify: false`."""
    context = ssl.create_default_context(cafile=server.ca_file)
    if not server.verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
