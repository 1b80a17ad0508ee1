"""Raw bytes → Message: addresses, thread keys, subject, text body, attachment names (pure)."""

from __future__ import annotations

from datetime import datetime, timezone
import email
import email.header
import email.policy
import email.utils
import hashlib
from html.parser import HTMLParser
import re

from mailer.model import Address, Message
from mailer.errors import Unreadable


_MSGID = re.compile(r"<([^<>\s]+)>")
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")  # a display name's RFC 2047 form: never an address


def message_ids(value: str | None) -> tuple[str, ...]:
    """'<a@x> <b@y>' → ('a@x', 'b@y'); tolerant of folding and junk between ids."""
    if not value:
        return ()
    found = _MSGID.findall(value)
    if not found and value.strip() and " " not in value.strip():
        found = [value.strip()]  # some clients omit the angle brackets
    return tuple(found)


# Exchange Online and some Gmail paths replace the Message-ID of mail passing through them and keep the
# original here; replies then quote the new one.
ORIGINAL_ID_HEADERS = ("X-Microsoft-Original-Message-ID", "X-Google-Original-Message-ID")


def original_ids(msg: Message) -> tuple[str, ...]:
    return tuple(mid for name in ORIGINAL_ID_HEADERS for mid in message_ids(msg.header(name)))


def addresses(values: list[str]) -> tuple[Address, ...]:
    result = []
    for name, addr in email.utils.getaddresses(values):
        addr = addr.strip().lower()
        if "@" in addr:
            result.append(Address(addr, name.strip()))
    return tuple(result)


def _header(msg: email.message.Message, name: str) -> list[str]:
    try:
        return [str(v) for v in msg.get_all(name, [])]
    except Exception:  # noqa: BLE001 - a broken header must not stop the others being read
        return [str(v) for v in msg.get_all(name, []) if not isinstance(v, Exception)]


def parse(raw: bytes) -> Message:
    """Parse one mail. Raises Unreadable when it has no usable sender or cannot be parsed at all."""
    if not raw or not raw.strip():
        raise Unreadable("empty message")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        _flatten_broken_headers(msg)
        headers = tuple((k, _safe_str(v)) for k, v in msg.items())
    except Exception as exc:  # noqa: BLE001 - the stdlib raises many kinds on broken MIME
        raise Unreadable(f"cannot parse MIME structure: {exc}") from None
    if not headers:
        raise Unreadable("no headers")
    senders = addresses(_header(msg, "From"))
    if not senders:
        raise Unreadable("no valid From address")
    # Read From again from the raw header: the stdlib's parsed view keeps only the first address of
    # "maria@acme.test <eve@evil.test>", while mail servers and DMARC see eve. Two addresses: not a person.
    raw_from = [_ENCODED_WORD.sub("name", str(v)) for k, v in msg.raw_items() if k.lower() == "from"]
    ambiguous = len(raw_from) > 1 or len({a.lower() for _, a in email.utils.getaddresses(raw_from) if "@" in a}) > 1
    try:
        return _message(raw, msg, headers, senders, ambiguous)
    except Exception as exc:  # noqa: BLE001 - odd charsets, dates or HTML raise many kinds; never stop the inbox
        raise Unreadable(f"cannot read the message: {type(exc).__name__}: {exc}") from None


def _message(raw: bytes, msg: email.message.Message, headers: tuple, senders: tuple[Address, ...],
             ambiguous: bool) -> Message:
    raw_mid = message_ids(_first(msg, "Message-ID"))
    mid = raw_mid[0] if raw_mid else None
    return Message(
        key=mid or "nomid:" + hashlib.sha256(raw).hexdigest()[:32],
        message_id=mid,
        sender=senders[0],
        to=addresses(_header(msg, "To")),
        cc=addresses(_header(msg, "Cc")),
        subject=" ".join((_first(msg, "Subject") or "").split()),
        date=_date(_first(msg, "Date")),
        in_reply_to=message_ids(_first(msg, "In-Reply-To")),
        references=message_ids(" ".join(_header(msg, "References"))),
        attachments=_attachment_names(msg),
        body_text=body_text(msg),
        headers=headers,
        sender_ambiguous=ambiguous,
        parsed=msg,
    )


def _flatten_broken_headers(msg: email.message.Message) -> None:
    """A field the stdlib refuses to read (an encoded CR/LF in a To display name) is decoded and flattened to
    one line in place: one odd name must not make a person's whole mail unreadable."""
    for index, (name, value) in enumerate(list(msg.raw_items())):
        try:
            msg.policy.header_fetch_parse(name, value)
        except Exception:  # noqa: BLE001 - the stdlib raises several kinds here
            try:
                decoded = str(email.header.make_header(email.header.decode_header(str(value))))
            except Exception:  # noqa: BLE001
                decoded = str(value)
            msg._headers[index] = (name, " ".join(_CONTROL.sub(" ", decoded).split()))


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _safe_str(value) -> str:
    try:
        return str(value)
    except Exception:  # noqa: BLE001
        return ""


def _first(msg: email.message.Message, name: str) -> str | None:
    values = _header(msg, name)
    return values[0] if values else None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.astimezone(timezone.utc)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # a date we cannot read is treated as absent: we use the time we saw the mail


def _attachment_names(msg: email.message.Message) -> tuple[str, ...]:
    names = []
    for part in msg.walk():
        try:
            filename = part.get_filename()
        except Exception:  # noqa: BLE001
            filename = None
        if filename:
            names.append(filename)
    return tuple(names)


def body_text(msg: email.message.Message) -> str:
    """The first text/plain part, or the text of the first text/html part."""
    plain = html = None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = _decode(part)
        elif ctype == "text/html" and html is None:
            html = _decode(part)
    if plain is not None:
        return plain
    return html_to_text(html) if html else ""


def _decode(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except (LookupError, UnicodeError):  # an unknown charset, or one without a "replace" mode (idna)
        return payload.decode("utf-8", errors="replace")


class _TextExtractor(HTMLParser):
    _BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "blockquote", "hr", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        extractor.close()
    except AssertionError:  # html.parser asserts on some malformed markup ("<![ x]>"); keep what it read
        pass
    text = "".join(extractor.parts)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.splitlines())).strip()


_PREFIX = re.compile(r"^\s*((re|aw|wg|fw|fwd|sv|vs|antw|rif|r|tr|ref|odp|res|enc)\s*(\[\d+\])?\s*[:：]\s*)+",
                     re.IGNORECASE)


def base_subject(subject: str) -> str:
    """'Re: AW: Fwd: Candidate: X' → 'candidate: x' for subject-based matching."""
    return " ".join(_PREFIX.sub("", subject or "").split()).lower()
