"""Which addresses a delivery report names as the recipients that failed (pure).

A report that is not RFC 3464 names its failed recipients in prose, and pastes the returned mail's headers below:
scanners that take every `x@y` near a failure phrase also take the returned Message-ID (`<id@host>` has an
address's shape), the sender of the returned mail, or the report's own addresses. None of those is ever the
recipient that failed, so they are struck from what the scanners found."""

from __future__ import annotations

import re
from email.message import Message

from mailer.reading.machine import DAEMON_RE
from mailer.reading.reportparts import MAX_TEXT, walk
from mailer.reading.text import ADDRESS_RE, header_text, part_text

# Fields whose `<…@…>` values are identifiers, never mailboxes: the Message-ID family, and Received's "id <…>".
_ID_FIELDS = ("message-id", "resent-message-id", "in-reply-to", "references", "content-id", "original-envelope-id",
              "x-microsoft-original-message-id", "x-google-original-message-id", "x-ms-tnef-correlator")
# A pasted field's value is on its line, or on the next when the field was folded right after its name.
_PASTED_ID_RE = re.compile(r"^[ \t>]*(?:(?:resent-)?message-id|in-reply-to|references|content-id|"
                           r"(?:original-)?envelope-id|x-[\w-]*message-id)"
                           r"[ \t]*:[ \t]*(?:\n[ \t]+)?([^\n]*)", re.I | re.M)
_RECEIVED_ID_RE = re.compile(r"\bid\s+<([^<>\s]+)>", re.I)
# Who sent the returned mail: the report goes back to them. A pasted line with more than one address is an SMTP
# transcript ("From: <a> RCPT: <b>"), not a header.
_SENDER_FIELDS = ("from", "sender", "return-path")
_PASTED_SENDER_RE = re.compile(r"^[ \t>]*(?:from|sender|return-path)[ \t]*:([^\n]*)", re.I | re.M)
# An address a notice gives as whom to ask ("please send comments to …", "contact …", "questions to …") is its
# helpdesk, not a recipient that failed: the words right before the address say so.
_CONTACT_RE = re.compile(r"(?:\bcontact(?: us| the [\w ]{1,30})?(?: at| via| on)?|\breach us at|"
                         r"\b(?:help|comments?|questions?|queries|inquiries|enquiries|assistance)\b[^.@\n]{0,40}\bto)"
                         r"[ :<(\"']*$", re.I)


def failed_only(addresses: set[str], msg: Message) -> set[str]:
    """What a scanner found, without identifiers, and without the report's own addresses and the returned mail's
    sender unless nothing else is left (a mail its sender sent to themself fails to reach its sender)."""
    ids, senders = identifiers_and_senders(msg)
    # A scanner reading prose keeps the sentence's full stop or comma ("… delivered to dana@example.net."):
    # no address ends in one.
    addresses = {a.rstrip(".,;:") for a in addresses}
    left = {a for a in addresses if a.lower() not in ids}
    return {a for a in left if a.lower() not in senders} or left


def identifiers_and_senders(msg: Message) -> tuple[set[str], set[str]]:
    """Lower-cased addresses-in-shape a report cannot mean as failed recipients. Identifiers: every id in its own
    headers, in those of any part or returned message, or pasted into its text. Senders: the report's own From and
    To, the returned mail's sender (its header, or a pasted `From:` line)."""
    ids: set[str] = set()
    senders = _addresses(header_text(msg, "From")) | _addresses(header_text(msg, "To"))
    for part in walk(msg):
        for name, value in _items(part):
            key = name.lower()
            if key in _ID_FIELDS:
                ids |= _addresses(value)
            elif key == "received":
                ids |= {m.lower() for m in _RECEIVED_ID_RE.findall(value)}
            elif key in _SENDER_FIELDS and part is not msg:
                senders |= _addresses(value)
        if part.get_content_maintype() == "text" or isinstance(part.get_payload(), str):
            text = part_text(part)[:MAX_TEXT]
            for m in _PASTED_ID_RE.finditer(text):
                ids |= _addresses(m.group(1))
            ids |= {m.lower() for m in _RECEIVED_ID_RE.findall(text)}
            for m in _PASTED_SENDER_RE.finditer(text):
                named = _addresses(m.group(1))
                senders |= named if len(named) == 1 else set()
    return ids, senders


def near_failure_words(text: str, failure: re.Pattern, excluded: set[str]) -> set[str]:
    """The addresses within 300 characters of the first failure phrase that has any: the recipients a
    free-form notice names. Mail-system mailboxes (MAILER-DAEMON, postmaster) and `excluded` are left out.
    Line breaks count as spaces: notices wrap their prose ("could not\nbe delivered", Postfix)."""
    found: set[str] = set()
    text = " ".join(text.split())
    for m in failure.finditer(text):
        window = _whole_words(text, m.start(), m.end(), 300)
        for hit in ADDRESS_RE.finditer(window):
            addr = hit.group(0)
            if addr.lower() not in excluded and not DAEMON_RE.search(addr) and \
                    not _CONTACT_RE.search(window, max(0, hit.start() - 60), hit.start()):
                found.add(addr)
        if found:
            break
    return found


def _whole_words(text: str, start: int, end: int, reach: int) -> str:
    """text[start:end] and up to `reach` characters either side, cut at spaces: a window cut inside an id or an
    address would leave a fragment with an address's shape."""
    left, right = start - reach, end + reach
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else start
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else end
    return text[max(0, left): right]


def _addresses(value: str) -> set[str]:
    return {a.lower() for a in ADDRESS_RE.findall(value or "")}


def _items(part: Message) -> list[tuple[str, str]]:
    try:
        return [(str(k), str(v)) for k, v in part.raw_items()]
    except Exception:  # noqa: BLE001 - a broken header degrades to none read
        return []
