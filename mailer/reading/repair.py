"""The damage relays, archives and broken writers do to a mail's bytes, undone on the copy mailer parses (pure).

Only the parsing copy changes: what a signature or a server proved is judged on the raw bytes (mailer/trust.py).
Each repair is what a mail client would do to show the mail at all; none invents content."""

from __future__ import annotations

from collections import Counter
import re

_MBOX_SEPARATOR = re.compile(rb"From [^\s:]*\s[^\n]*\n")  # "From MAILER-DAEMON Mon Jan  5 10:00:00 2015"
_BLANK_LINE = re.compile(rb"[ \t\r]*\n")


def without_leading_noise(raw: bytes) -> bytes:
    """A UTF-8 byte-order mark, blank lines, lines of spaces and an mbox "From " separator before the headers,
    dropped: editors, exports and archives put them there, and the parser would read the mail as "no headers"
    (LF line ends expected)."""
    while True:
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
            continue
        blank = _BLANK_LINE.match(raw)
        if blank:
            raw = raw[blank.end():]
            continue
        separator = _MBOX_SEPARATOR.match(raw)
        if separator:
            raw = raw[separator.end():]
            continue
        return raw


def without_nul(raw: bytes) -> bytes:
    """NUL is never mail text (RFC 5322 and 2045 forbid it); a relay's stray NUL would end up inside an address
    or a Content-Type and change what the mail is."""
    return raw.replace(b"\x00", b"") if b"\x00" in raw else raw


# A delimiter line: "--" and a boundary (RFC 2046: 1-70 characters, not ending in a space), "--" for the last.
_DELIMITER = re.compile(rb"^--([^\s\"\\][^\n\"\\]{0,69}?)(--)?[ \t]*$", re.M)
_PART_HEADER = re.compile(rb"content-[\w-]+[ \t]*:", re.I)
_CONTENT_TYPE_FIELD = re.compile(rb"^content-type[ \t]*:[^\n]*(?:\n[ \t][^\n]*)*", re.I | re.M)
_REPORT_TYPE = re.compile(rb"report-type\s*=\s*\"?([\w-]+)", re.I)
_SUBTYPE = re.compile(rb"multipart/([\w-]+)", re.I)


def body_boundary(body: bytes) -> bytes | None:
    """The boundary a multipart body actually uses: the first delimiter that opens a part (a Content-* line
    right after it) and comes back (another part, or the closing delimiter). The first, as a nested multipart's
    or an attached message's delimiters come after the outer one's first. None when no line opens a part (a
    signature's "-- ", a rule of dashes)."""
    opening, seen = [], Counter()
    for m in _DELIMITER.finditer(body):
        boundary = m.group(1).rstrip()
        seen[boundary] += 1
        if not m.group(2) and boundary not in opening and _PART_HEADER.match(body, m.end() + 1):
            opening.append(boundary)
    return next((b for b in opening if seen[b] >= 2), None)


def with_found_boundary(raw: bytes) -> bytes | None:
    """`raw` (LF line ends, headers first) whose top-level Content-Type names the boundary its body really uses,
    for a multipart the parser could not split (boundary missing, wrong, empty, unquoted with spaces, or a type
    it cannot read); None when the body shows no part either. The subtype and a report-type are kept."""
    head, sep, body = raw.partition(b"\n\n")
    field = _CONTENT_TYPE_FIELD.search(head)
    boundary = body_boundary(body) if sep and field else None
    if boundary is None:
        return None
    subtype = _SUBTYPE.search(field.group(0))
    report = _REPORT_TYPE.search(field.group(0))
    value = b"multipart/" + (subtype.group(1) if subtype else b"mixed")
    if report:
        value += b"; report-type=" + report.group(1)
    value += b'; boundary="' + boundary + b'"'
    return head[:field.start()] + b"Content-Type: " + value + head[field.end():] + sep + body
