"""A PGP clear-signed body (RFC 4880 §7) read as the text its writer typed: the armour's own lines are no reply text.

"-----BEGIN PGP SIGNED MESSAGE-----" is followed by armour headers ("Hash: SHA1", "NotDashEscaped: …") and a blank
line; the signed text dash-escapes every line that starts with "-" ("- -- " for a "-- " signature delimiter,
"- -----Original Message-----"); "-----BEGIN PGP SIGNATURE-----" … "-----END PGP SIGNATURE-----" closes it. Left in,
the "Hash:" line reads as the person's first line, and a quote under it as an inline answer's context; an escaped
"- -- " hides the signature delimiter. Only a block opened at the start of a line outside any quote is read so; a
person's text that mentions the armour in a sentence is unchanged."""

from __future__ import annotations

import re
from bisect import bisect_left

_BEGIN_RE = re.compile(r"^-----BEGIN PGP SIGNED MESSAGE-----\s*$")
_ARMOUR_HEADER_RE = re.compile(r"^(?:Hash|NotDashEscaped|Charset|Comment|Version):\s*\S", re.I)
_SIGNATURE_BEGIN_RE = re.compile(r"^-----BEGIN PGP SIGNATURE-----\s*$")
_SIGNATURE_END_RE = re.compile(r"^-----END PGP SIGNATURE-----\s*$")


def clear_signed_text(lines: list[str]) -> list[str]:
    """The lines with each clear-signed block's armour removed and its dash-escapes undone; lines outside such a
    block are returned unchanged.

    >>> clear_signed_text(["-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", "", "Yes.", "- -- ", "Jan",
    ...                    "-----BEGIN PGP SIGNATURE-----", "", "iD8DBQ", "=q9Xz", "-----END PGP SIGNATURE-----"])
    ['Yes.', '-- ', 'Jan']
    """
    if not any(_BEGIN_RE.match(x) for x in lines):
        return lines
    out: list[str] = []
    i, n = 0, len(lines)
    # where each signature's END line is, found once: a search from every unclosed signature start to the end of
    # the mail would make a mail of many unclosed blocks cost the square of its length
    ends = [k for k, line in enumerate(lines) if _SIGNATURE_END_RE.match(line)]
    while i < n:
        if not _BEGIN_RE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        i += 1
        while i < n and _ARMOUR_HEADER_RE.match(lines[i]):
            i += 1  # the armour headers, up to the blank line that ends them
        if i < n and not lines[i].strip():
            i += 1
        while i < n and not _SIGNATURE_BEGIN_RE.match(lines[i]) and not _BEGIN_RE.match(lines[i]):
            line = lines[i]
            escaped = line.startswith(("- -", "- From "))  # only a line opening with "-" (or "From ") is escaped
            out.append(line[2:] if escaped else line)  # "- -- " → "-- "
            i += 1
        if i < n and _SIGNATURE_BEGIN_RE.match(lines[i]):
            at = bisect_left(ends, i)
            i = i + 1 if at == len(ends) else ends[at] + 1
    return out
