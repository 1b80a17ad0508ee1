"""Reading a header or a body part as text, whatever policy parsed the message and however broken it is."""

from __future__ import annotations

import email.header
from email.message import Message
import re


def header_text(msg: Message, name: str) -> str:
    """A header as text; malformed headers (which the default policy may raise on) degrade."""
    try:
        value = msg.get(name)
    except Exception:
        value = next((raw for key, raw in msg.raw_items() if key.lower() == name.lower()), None)
    if value is None:
        return ""
    try:
        return decode_header(value)
    except Exception:
        return str(value)


def decode_header(value) -> str:
    """The default policy hands out decoded str; compat32 may hand out RFC 2047 encoded words,
    raw 8-bit bytes smuggled in as surrogates, or a Header object: decode all of them."""
    if isinstance(value, str):
        if re.search("[\udc80-\udcff]", value):
            value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        if "=?" not in value:
            return value
    out = []
    for chunk, charset in email.header.decode_header(value):
        if isinstance(chunk, bytes):
            try:
                chunk = chunk.decode(charset if charset not in (None, "unknown-8bit") else "utf-8",
                                     "replace")
            except LookupError:
                chunk = chunk.decode("utf-8", "replace")
        out.append(chunk)
    return "".join(out)


def part_text(part: Message) -> str:
    """A leaf part's content as text: transfer-decoded, then charset-decoded; unknown charsets degrade."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    try:
        return payload.decode(part.get_content_charset() or "utf-8", errors="replace")
    except (LookupError, ValueError):
        return payload.decode("latin-1", errors="replace")
