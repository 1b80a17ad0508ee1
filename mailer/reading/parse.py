"""Raw bytes → Message: addresses, thread keys, subject, text body, attachment names (pure)."""

from __future__ import annotations

from datetime import datetime, timezone
import email
import email.header
import email.headerregistry
import email.policy
import email.utils
import hashlib
import re

from mailer.model import Address, Message
from mailer.errors import Unreadable
from mailer.reading.bounce import detect_bounce, detect_complaint
from mailer.reading.machine import machine_signs
from mailer.reading.repair import with_found_boundary, without_leading_noise, without_nul
from mailer.reading.text import body_text, strip_prefixes


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


_ANGLE_ADDR = re.compile(r"<\s*([^<>\s@\"]+@[^<>\s@\"]+\.[^<>\s@\"]+)\s*>")
_RAW_BYTE = re.compile("[\udc80-\udcff]+")


def angle_address(msg: email.message.Message) -> tuple[Address, ...]:
    """The one `<local@domain>` of a From the stdlib could not read, from the raw field: a display name in raw
    8-bit bytes (Shift_JIS "メール" holds a "[" byte, Big5 a "\\") breaks the stdlib's address parser and loses an
    address that is plainly there. None unless there is exactly one such address in exactly one From field."""
    values = [_RAW_BYTE.sub("?", str(v)) for k, v in msg.raw_items() if k.lower() == "from"]
    found = [m for value in values for m in _ANGLE_ADDR.finditer(value)]
    if len(values) != 1 or len(found) != 1:
        return ()
    name = " ".join(values[0][:found[0].start()].replace('"', " ").split())
    sender = Address(found[0].group(1).lower(), name)
    # The field rewritten as the stdlib can read it, so every reader of From (the cheap signs, the detectors)
    # sees the address parse found, as _flatten_broken_headers does for other fields.
    index = next(i for i, (k, _) in enumerate(msg.raw_items()) if k.lower() == "from")
    msg._headers[index] = (msg._headers[index][0], email.utils.formataddr((name, sender.email)))
    return (sender,)


NULL_SENDER_DOMAIN = "null-sender.invalid"  # RFC 2606: never a real mailbox, never a listed person


def null_sender(msg: email.message.Message) -> Address | None:
    """A stand-in sender for machine mail whose From has no usable address (None for anything else):
    `MAILER-DAEMON` becomes mailer-daemon@null-sender.invalid. Machine mail is what a cheap sign or the bounce
    or feedback-report detector says it is: a report from "InterScan MSS" with its From lost is still judged."""
    if not judged_machine_mail(msg):
        return None
    raw = " ".join(_header(msg, "From"))
    name, addr = email.utils.parseaddr(raw)
    local = re.sub(r"[^\w.+-]", "", (addr or name or "mailer-daemon").split("@")[0].lower()) or "mailer-daemon"
    return Address(f"{local}@{NULL_SENDER_DOMAIN}", name.strip())


def _header(msg: email.message.Message, name: str) -> list[str]:
    try:
        return [str(v) for v in msg.get_all(name, [])]
    except Exception:  # noqa: BLE001 - a broken header must not stop the others being read
        return [str(v) for v in msg.get_all(name, []) if not isinstance(v, Exception)]


class _HeaderObjects:
    """The default policy's header factory, building each header object at most once per message.

    `email.policy.default` builds a new structured header object on every read (msg["Content-Type"],
    get_content_type(), get_filename(), get_param() …), and makes a new class for each one: reading one mail
    built ~110 of them for ~20 fields, two thirds of mailer's time on a backlog (docs/BENCHMARKS.md). The
    objects are immutable, so handing out the one already built for the same (name, value) is the same answer,
    exactly; the class is built once per header kind, as HeaderRegistry would build it."""

    _classes: dict[type, type] = {}  # header kind → its class (the same few for every message)

    def __init__(self, registry: email.headerregistry.HeaderRegistry):
        self._registry = registry
        self._built: dict[tuple[str, str], email.headerregistry.BaseHeader] = {}

    def __call__(self, name: str, value: str):
        key = (name, value)
        header = self._built.get(key)
        if header is None:
            header = self._built[key] = self._class(name)(name, value)
        return header

    def _class(self, name: str) -> type:
        registry = self._registry
        kind = registry.registry.get(name.lower(), registry.default_class)
        made = self._classes.get(kind)
        if made is None:
            made = self._classes[kind] = type("_" + kind.__name__, (kind, registry.base_class), {})
        return made

    def __getattr__(self, attr: str):  # map_to_type and the registry's other attributes
        return getattr(self._registry, attr)


def reading_policy() -> email.policy.EmailPolicy:
    """email.policy.default with a header factory of its own: one per message, so what it keeps lives only
    as long as that message."""
    return email.policy.default.clone(header_factory=_HeaderObjects(email.policy.default.header_factory))


_LINE_END = re.compile(rb"\r\n?")


def lf_lines(raw: bytes) -> bytes:
    """Every line end as LF. The stdlib parser already ends a line at CRLF, CR or LF (the header fields it reads
    are the same), but keeps CR in the body text it hands out, where line-anchored rules would not see a line.
    What a signature or a server proved is judged on the raw bytes (mailer/trust.py), never on this copy."""
    return _LINE_END.sub(b"\n", raw) if b"\r" in raw else raw


def without_leading_blank_lines(raw: bytes) -> bytes:
    """Some exports put a blank line before the headers; the parser would read it as "no headers"."""
    return raw.lstrip(b"\r\n")


def read_mime(raw: bytes, policy: email.policy.Policy | None = None) -> email.message.Message:
    """The stdlib's message of `raw` as mailer reads it: leading blank lines, spaces and an mbox "From " line
    dropped, every line end LF, NUL bytes dropped, and a multipart the parser could not split (a boundary missing,
    wrong or unquoted, a type it cannot read) split at the delimiter lines its body really has (repair.py).
    May raise what the stdlib raises."""
    copy = without_nul(without_leading_noise(lf_lines(raw)))
    msg = email.message_from_bytes(copy, policy=policy or reading_policy())
    if msg.get_content_maintype() == "multipart" and not msg.is_multipart():
        repaired = with_found_boundary(copy)
        if repaired is not None:
            msg = email.message_from_bytes(repaired, policy=policy or reading_policy())
    return msg


def parse(raw: bytes) -> Message:
    """Parse one mail. Raises Unreadable when it has no usable sender or cannot be parsed at all.

    Machine mail is judged, never refused for its shape: a report without a usable From gets a stand-in sender
    (null_sender), and one whose fields the stdlib cannot read is read field by field, keeping what can be read.
    A person's mail without a usable From stays refused ("no valid From address")."""
    if not raw or not raw.strip():
        raise Unreadable("empty message")
    raw = without_leading_blank_lines(raw)
    try:
        msg = _read_mime_or_compat32(raw)
        _flatten_broken_headers(msg)
        headers = tuple((k, _safe_str(v)) for k, v in msg.items())
    except Exception as exc:  # noqa: BLE001 - the stdlib raises many kinds on broken MIME
        raise Unreadable(f"cannot parse MIME structure: {exc}") from None
    if not headers:
        raise Unreadable("no headers")
    senders = addresses(_header(msg, "From")) or angle_address(msg)
    machine = None
    if not senders:
        # Machine mail needs no valid From ("MAILER-DAEMON", "<>", "Postmaster"): it is judged by what it
        # is, not refused; a person's mail without a usable sender still is.
        machine = nobody = null_sender(msg)
        if nobody is None:
            raise Unreadable("no valid From address")
        senders = (nobody,)
    # Read From again from the raw header: the stdlib's parsed view keeps only the first address of
    # "maria@acme.test <eve@evil.test>", while mail servers and DMARC see eve. Two addresses: not a person.
    raw_from = [_ENCODED_WORD.sub("name", str(v)) for k, v in msg.raw_items() if k.lower() == "from"]
    ambiguous = len(raw_from) > 1 or len({a.lower() for _, a in email.utils.getaddresses(raw_from) if "@" in a}) > 1
    try:
        return _message(raw, msg, headers, senders, ambiguous)
    except Exception as exc:  # noqa: BLE001 - odd charsets, dates or HTML raise many kinds; never stop the inbox
        if machine is None and not judged_machine_mail(msg):
            raise Unreadable(f"cannot read the message: {type(exc).__name__}: {exc}") from None
        return _message(raw, msg, headers, senders, ambiguous, careful=True)


def _read_mime_or_compat32(raw: bytes) -> email.message.Message:
    try:
        return read_mime(raw)
    except Exception:  # noqa: BLE001 - compat32 keeps headers as plain strings and raises far less
        return read_mime(raw, email.policy.compat32)


def judged_machine_mail(msg: email.message.Message) -> bool:
    """Does a cheap sign, the bounce detector or the feedback-report detector call msg machine mail?"""
    return bool(machine_signs(msg)) or detect_bounce(msg) is not None or detect_complaint(msg) is not None


def _careful(read, default):
    try:
        return read()
    except Exception:  # noqa: BLE001 - one field the stdlib cannot read; the others still are
        return default


def _message(raw: bytes, msg: email.message.Message, headers: tuple, senders: tuple[Address, ...],
             ambiguous: bool, careful: bool = False) -> Message:
    """The Message; with `careful` (machine mail the plain reading failed on), each field the stdlib cannot read
    is left empty instead of failing the whole mail."""
    def read(field, default):
        return _careful(field, default) if careful else field()

    raw_mid = read(lambda: message_ids(_first(msg, "Message-ID")), ())
    mid = raw_mid[0] if raw_mid else None
    return Message(
        key=mid or "nomid:" + hashlib.sha256(raw).hexdigest()[:32],
        message_id=mid,
        sender=senders[0],
        to=read(lambda: addresses(_header(msg, "To")), ()),
        cc=read(lambda: addresses(_header(msg, "Cc")), ()),
        subject=read(lambda: " ".join((_first(msg, "Subject") or "").split()), ""),
        date=read(lambda: _date(_first(msg, "Date")), None),
        in_reply_to=read(lambda: message_ids(_first(msg, "In-Reply-To")), ()),
        references=read(lambda: message_ids(" ".join(_header(msg, "References"))), ()),
        attachments=read(lambda: _attachment_names(msg), ()),
        body_text=read(lambda: body_text(msg), ""),
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


def base_subject(subject: str) -> str:
    """'Re: AW: Fwd: Candidate: X' → 'candidate: x' for subject-based matching."""
    return " ".join(strip_prefixes(subject).split()).lower()
