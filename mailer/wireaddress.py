"""An address as it can go on the wire without SMTPUTF8: an internationalised domain (bücher.example) written
in its ASCII form (xn--bcher-kva.example), in headers and in the SMTP envelope alike. Stored addresses keep
the form people wrote; only what is sent is converted."""

from __future__ import annotations

import idna


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
        # IDNA 2008 with UTS #46 (as browsers and registries do): "straße.de" is xn--strae-oqa.de; Python's
        # built-in codec (IDNA 2003) would send it to strasse.de, someone else's domain
        return f"{local}@{idna.encode(domain, uts46=True).decode('ascii')}"
    except (idna.IDNAError, UnicodeError):
        return address
