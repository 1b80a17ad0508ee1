"""The parts of a delivery or feedback report (pure): the report's own text, its RFC 3464 blocks and recipients by
outcome, and the returned mail's Message-ID."""

from __future__ import annotations

import binascii
import quopri
import re
from email.message import Message

from mailer.reading.text import decode_bytes, header_text, part_text

MAX_TEXT = 200_000  # bound the text read, so huge mails stay cheap

_MSGID_LINE_RE = re.compile(r"^[ \t>]*Message-ID:[ \t]*\n?[ \t]*(<[^<>\s]+>)", re.I | re.M)
_DSN_FIELD_RE = re.compile(r"^([A-Za-z][\w-]*):[ \t]*(.*)$")
# Parts that carry the returned original ("message/rfc822-headers" is a common misspelling).
RETURNED_TYPES = ("message/rfc822", "message/global", "text/rfc822-headers", "message/rfc822-headers",
                  "message/global-headers")


def walk(msg: Message):
    try:
        yield from msg.walk()
    except Exception:  # broken MIME trees can fail mid-walk; what we saw so far still counts
        return


def report_text(msg: Message) -> str:
    """Text of the report parts, stopping at the returned original (its text is not the NDR)."""
    chunks: list[str] = []
    size = 0
    for part in walk(msg):
        if part.get_content_type() in RETURNED_TYPES:
            break
        # A multipart whose boundary the parser lost keeps its whole text as a str payload.
        broken = part.get_content_maintype() == "multipart" and isinstance(part.get_payload(), str)
        if part.get_content_maintype() == "text" or broken:
            text = part_text(part)[:MAX_TEXT]
            chunks.append(text)
            size += len(text)
            if size >= MAX_TEXT:
                break
    return "\n".join(chunks)


def dsn_blocks(part: Message) -> list[dict[str, str]]:
    """Header blocks of a message/delivery-status (or feedback-report) part, whether or not the parser split them,
    and whether or not its writer sent it base64 or quoted-printable (RFC 3464 and 5965 say 7bit; some servers,
    e.g. Netease's feedback loop, encode it anyway, and the parser then splits the encoded text into nothing)."""
    decoded = _transfer_decoded(part)
    payload = part.get_payload()
    blocks: list[dict[str, str]] = []
    if decoded is None and isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, Message):
                blocks.append({k.lower(): header_text(sub, k) for k in sub.keys()})
        if blocks:
            return blocks
    return field_blocks(decoded if decoded is not None else part_text(part))


def _transfer_decoded(part: Message) -> str | None:
    """The text of a message/* report part its writer sent base64 or quoted-printable, decoded; None for the
    usual 7bit part. The parser reads a message/* part's body as header blocks without undoing its transfer
    encoding, so the encoded text is read back from what it parsed."""
    encoding = header_text(part, "Content-Transfer-Encoding").strip().lower()
    if encoding not in ("base64", "quoted-printable"):
        return None
    payload = part.get_payload()
    try:
        raw = "".join(sub.as_string() if isinstance(sub, Message) else str(sub) for sub in payload) \
            if isinstance(payload, list) else str(payload or "")
        data = raw.encode("ascii", "ignore")
        plain = binascii.a2b_base64(data) if encoding == "base64" else quopri.decodestring(data)
    except (binascii.Error, ValueError, TypeError):
        return None
    return decode_bytes(plain, part.get_content_charset())


def field_blocks(text: str) -> list[dict[str, str]]:
    """RFC 822-style field blocks (separated by blank lines, continuation lines folded in) of a report's text."""
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    last = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            if current:
                blocks.append(current)
            current, last = {}, None
        elif line[:1] in " \t" and last:
            current[last] += " " + line.strip()
        elif m := _DSN_FIELD_RE.match(line):
            last = m.group(1).lower()
            current[last] = m.group(2).strip()
    if current:
        blocks.append(current)
    return blocks


def _recipient(block: dict[str, str]) -> str | None:
    for field in ("original-recipient", "final-recipient", "x-actual-recipient"):
        value = block.get(field, "")
        addr = value.split(";", 1)[-1].strip().strip("<>").strip()
        if "@" in addr:
            return addr
    return None


def parse_dsn(msg: Message) -> tuple[dict[str, set[str]], str]:
    """RFC 3464: recipients by outcome (failed, gave-up, delayed, delivered), diagnostic text. A recipient the
    report names by something other than an address (RFC 3464's own "Final-Recipient: unknown; nair_s", an X.400
    name) still has an outcome: it is counted under `unnamed` (failed, gaveup, delayed, delivered), no address."""
    blocks = [block for part in walk(msg)
              if part.get_content_type() in ("message/delivery-status", "message/global-delivery-status")
              for block in dsn_blocks(part)]
    return dsn_outcomes(blocks)


def text_dsn(text: str) -> tuple[dict[str, set[str]], str]:
    """parse_dsn of a report whose part types were lost, read from its text: only when the text opens with a
    field block ("Reporting-MTA: dns; …"), as a report does and a person's note quoting one does not."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return dsn_outcomes(field_blocks(text) if _DSN_FIELD_RE.match(first) else [])


def dsn_outcomes(blocks: list[dict[str, str]]) -> tuple[dict[str, set[str]], str]:
    """RFC 3464 field blocks → recipients by outcome and the diagnostic text (parse_dsn)."""
    out: dict[str, set[str]] = {"failed": set(), "gaveup": set(), "delayed": set(), "delivered": set(),
                                "unnamed": set()}
    diagnostics = []
    for block in blocks:
        addr = _recipient(block)
        if addr is None and not _names_a_recipient(block):
            continue  # the per-message block (Reporting-MTA, Arrival-Date) names no recipient
        diagnostics.append(block.get("diagnostic-code", ""))
        kind = _outcome(block.get("action", "").lower(), block.get("status", "").strip())
        if kind is not None and addr is not None:
            out[kind].add(addr)
        elif kind is not None:
            out["unnamed"].add(kind)
    return out, "\n".join(diagnostics)


def _names_a_recipient(block: dict[str, str]) -> bool:
    """A per-recipient block, whatever its recipient is: it has a recipient field (the per-message block, with
    Reporting-MTA and Arrival-Date, has none)."""
    return any(block.get(f, "").strip() for f in ("final-recipient", "original-recipient"))


def _outcome(action: str, status: str) -> str | None:
    if action.startswith(("failed", "fail", "error")):
        # "failed" with a 4.x.x status: the MTA gave up on a transient cause (e.g. five days of
        # timeouts). The address may be fine, but this mail is lost: for mailer that is final.
        return "gaveup" if status.startswith("4") else "failed"
    if action.startswith("delayed"):
        return "delayed"
    if action.startswith(("delivered", "relayed", "expanded")):
        return "delivered"
    if status.startswith("5"):
        return "failed"
    if status.startswith("4"):
        return "delayed"
    return None


def original_message_id(msg: Message, own_id: str) -> str | None:
    for part in walk(msg):
        if part is msg or part.get_content_type() not in RETURNED_TYPES:
            continue
        payload = part.get_payload()
        # The parser turns message/* parts into a nested Message; text/* stays text.
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            mid = header_text(payload[0], "Message-ID").strip()
            if mid:
                return mid
        elif m := _MSGID_LINE_RE.search(part_text(part)):
            return m.group(1)
    # Broken MIME (e.g. a DSN part whose boundary is wrong) can leave the returned headers as
    # the headers of some sub-part, message/partial wraps them: any sub-part's own Message-ID.
    for part in walk(msg):
        mid = "" if part is msg else header_text(part, "Message-ID").strip()
        if mid and mid != own_id:
            return mid
    # Non-standard NDRs paste the returned headers into the body text.
    text = []
    for part in walk(msg):
        if part.get_content_maintype() == "text" or isinstance(part.get_payload(), str):
            text.append(part_text(part)[:MAX_TEXT])
    for m in _MSGID_LINE_RE.finditer("\n".join(text)):
        if m.group(1) != own_id:
            return m.group(1)
    return None
