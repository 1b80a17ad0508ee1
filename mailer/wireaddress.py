"""An address as it can go on the wire without SMTPUTF8: an internationalised domain (bücher.example) written
in its ASCII form (xn--bcher-kva.example), in headers and in the SMTP envelope alike. Stored addresses keep
the form people wrote; only what is sent is converted."""

from __future__ import annotations


def ascii_address(address: str) -> str:
    """'maria@bücher.example' → 'maria@xn--bcher-kva.example'; an ASCII address, or one whose domain cannot be
    converted (or whose local part is not ASCII, which only SMTPUTF8 can carry), is returned as it is.

    >>> ascii_address("maria@bücher.example")
    'maria@xn--bcher-kva.example'
    """
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return address
