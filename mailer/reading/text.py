"""Reading text out of a message: headers, parts, HTML, addresses and subject prefixes, one way each,
whatever policy parsed the message and however broken it is."""

from __future__ import annotations

import email
import email.header
import email.policy
from email.message import Message
from html.parser import HTMLParser
import re
from typing import Callable, Iterator, TypeVar

from mailer.reading.partless import partless_text_body

T = TypeVar("T")

# An e-mail address inside free text (bounce bodies, an out-of-office naming a delegate).
ADDRESS_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")

# Subject prefixes of replies and forwards across clients and languages (Re, AW, SV, Antw, Rif, R, Odp,
# Res, RV, Enc, TR …), optionally counted ("Re[2]:"), with ASCII or full-width colons. One table for
# threading (base_subject), candidate names (candidate.strip_noise) and forward detection.
FORWARD_PREFIXES = ("fwd", "fw", "wg", "tr", "rv", "enc", "i")
REPLY_PREFIXES = ("re", "aw", "sv", "vs", "antw", "rif", "r", "ref", "odp", "res", "atb", "vá", "ynt", "回复",
                  "答复", "回覆", "返信")
_PREFIX_WORDS = "|".join(sorted((*REPLY_PREFIXES, *FORWARD_PREFIXES), key=len, reverse=True))
PREFIX_RE = re.compile(rf"(?:{_PREFIX_WORDS})\s*(?:\[\d+\])?\s*[:：]\s*", re.IGNORECASE)
FORWARD_SUBJECT_RE = re.compile(rf"^\s*(?:{'|'.join(FORWARD_PREFIXES)})\s*[:：]", re.IGNORECASE)


def strip_prefixes(subject: str) -> str:
    """'Re: AW: Fwd: Candidate: X' → 'Candidate: X'."""
    subject = (subject or "").lstrip()
    while m := PREFIX_RE.match(subject):
        subject = subject[m.end():]
    return subject


# ------------------------------------------------------------------------------ parsing fallback
def compat32(msg: Message) -> Message:
    """The same message re-parsed with compat32, whose plain-string headers never raise."""
    raw = msg.as_bytes(policy=email.policy.compat32)
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def tolerant(read: Callable[[Message], T], msg: Message, default: T) -> T:
    """read(msg); if the default policy raises on a malformed header or part, read the compat32 parse;
    if that fails too, default: one odd message never takes a detector (or the daemon) down."""
    try:
        return read(msg)
    except Exception:  # noqa: BLE001 - the stdlib raises many kinds on broken MIME
        pass
    try:
        return read(compat32(msg))
    except Exception:  # noqa: BLE001
        return default


# ------------------------------------------------------------------------------ headers
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


# ------------------------------------------------------------------------------ parts
def decode_bytes(payload: bytes, declared: str | None) -> str:
    """Bytes → text in the declared charset, unless the label is wrong.

    Mail that is valid UTF-8 but labelled otherwise (a Big5 or Latin-1 label on UTF-8 bytes, common in
    forwarded and webmail mail) would turn to garbage: multi-byte UTF-8 sequences that decode cleanly are
    a far stronger signal than the label, as random legacy text almost never forms valid UTF-8. 8-bit text with
    no label, an ASCII one or one that names none ("unknown-8bit"), that is not UTF-8 is a legacy 8-bit
    charset (`_legacy_8bit`)."""
    if declared is not None and declared.lower() in _NO_CHARSET_LABELS:
        declared = None
    charset = (declared or "utf-8").lower()
    if charset not in ("utf-8", "utf8") and _is_utf8(payload):
        return payload.decode("utf-8")  # an ASCII label on 8-bit bytes is as wrong as a Latin-1 one
    if (declared is None or charset in ("us-ascii", "ascii")) and not payload.isascii() and not _is_utf8(payload):
        return _legacy_8bit(payload)
    try:
        return payload.decode(charset, errors="replace")
    except (LookupError, UnicodeError, ValueError):  # unknown, or without a "replace" mode (idna)
        return payload.decode("utf-8" if _is_utf8(payload) else "latin-1", errors="replace")


def _legacy_8bit(payload: bytes) -> str:
    """8-bit text that names no charset (or calls itself ASCII) and is not UTF-8, line by line.

    Mail archives (pipermail's text files) and old clients send Latin-1 or Windows-1252 letters with no label;
    read as UTF-8 every "é" became U+FFFD. A line that is valid UTF-8 (a quoted part from a newer client) stays
    UTF-8; any other line is Windows-1252, the superset of Latin-1 that such clients wrote, with Latin-1 for the
    five bytes Windows-1252 leaves undefined."""
    lines = []
    for line in payload.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append("".join(piece.decode("latin-1" if _CP1252_UNDEFINED.fullmatch(piece) else "cp1252")
                                 for piece in _CP1252_UNDEFINED.split(line) if piece))
    return "\n".join(lines)


# Labels that name no charset: an MTA's "unknown-8bit" (RFC 1428), a client's "x-unknown" or "default".
_NO_CHARSET_LABELS = frozenset({"unknown-8bit", "x-unknown", "default"})
# The five bytes Windows-1252 leaves undefined, kept as their own pieces so only they are read as Latin-1 and the
# quotes and dashes around them stay Windows-1252's.
_CP1252_UNDEFINED = re.compile(rb"([\x81\x8d\x8f\x90\x9d])")


def _is_utf8(payload: bytes) -> bool:
    if payload.isascii():
        return False  # nothing to decide: every ASCII-based label reads it the same
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def part_text(part: Message) -> str:
    """A leaf part's content as text: transfer-decoded, then charset-decoded; unknown charsets degrade."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return _lf(raw) if isinstance(raw, str) else ""
    try:
        declared = part.get_content_charset()
    except Exception:  # noqa: BLE001
        declared = None
    # A base64 or quoted-printable part keeps the CRLF its writer encoded; line-anchored rules need lines.
    return _lf(decode_bytes(payload, declared))


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def leaves(part: Message, depth: int = 0) -> Iterator[Message]:
    """Leaf parts in order, not descending into attached messages (a forwarded .eml's text is not this
    mail's text) nor absurdly deep nesting."""
    if part.get_content_maintype() == "multipart" and part.is_multipart() and depth < 30:
        for sub in part.get_payload():
            yield from leaves(sub, depth + 1)
    else:
        yield part


def is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment" or bool(part.get_filename())
    except Exception:  # noqa: BLE001
        return False


def text_parts(msg: Message) -> Iterator[Message]:
    """The text/* leaves that are the mail's own words (no attachments, no attached messages)."""
    for part in leaves(msg):
        if part.get_content_maintype() == "text" and not is_attachment(part):
            yield part


def body_part(msg: Message, subtype: str) -> Message | None:
    """The body part of one text subtype ("plain" or "html"), as a mail client would show it."""
    try:  # EmailMessage knows which part is the body (alternative, related, mixed)
        found = msg.get_body(preferencelist=(subtype,)) if hasattr(msg, "get_body") else None
        if found is not None:
            return found
    except Exception:  # noqa: BLE001
        pass
    try:
        for part in leaves(msg):
            if part.get_content_type() == "text/" + subtype and not is_attachment(part):
                return part
    except Exception:  # noqa: BLE001
        pass
    return partless_text_body(msg) if subtype == "plain" else None


def body_text(msg: Message) -> str:
    """The plain-text body, or the text of the HTML body; '' when there is neither."""
    def read(m: Message) -> str:
        plain = body_part(m, "plain")
        if plain is not None:
            return part_text(plain)
        html = body_part(m, "html")
        return html_to_text(part_text(html)) if html is not None else ""
    return tolerant(read, msg, "")


# ------------------------------------------------------------------------------ HTML
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
               "section", "article", "header", "footer", "center", "dd", "dt"}
_SKIP_TAGS = {"style", "script", "head", "title", "template"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "embed", "source", "track",
              "param"}
# Where clients put the quoted history of a reply. Gmail, Apple Mail, Thunderbird, Proton, Roundcube quote in a
# <blockquote> (Gmail's and Thunderbird's attribution line, and Yahoo's whole history, sit in a container of their
# own); an answer written below or between the quoted parts stays outside them. Gmail's, Proton's and Zoho's outer
# container holds the attribution (or a forwarded mail) above its first blockquote, and an answer typed between the
# blockquotes after that. Outlook and Hotmail put the history after a header block, as siblings.
_QUOTE_CLASSES = {"gmail_attr", "moz-cite-prefix", "yahoo_quoted"}
_OUTER_CLASSES = {"gmail_quote", "protonmail_quote", "zmail_extra"}
_HISTORY_IDS = {"divrplyfwdmsg", "appendonsend", "olk_src_body_section", "stopspelling"}
_HISTORY_CLASSES = {"outlookmessageheader"}
_YAHOO_PREFIX_RE = re.compile(r"^ydp[0-9a-f]{4,}(?=[a-z])")
_CELL_TAGS = {"td", "th"}  # a table row's cells are read as one line, a space between them ("Tue 8 Dec 10:00")
# Text whose line breaks are in the source: a <pre> (Thunderbird's signature and plain-text quotes, plain-text
# composers sending HTML) or an element styled white-space:pre, pre-wrap or pre-line.
_PRE_STYLE_RE = re.compile(r"white-space\s*:\s*pre", re.I)
# An editor's indent is a blockquote with no border (Gmail's "Indent more" writes margin:0 0 0 40px;border:none): the
# person's own layout, no quote; a client's quote is set off by a border, a cite type or its class.
_INDENT_STYLE_RE = re.compile(r"border\s*:\s*(?:none|0)\b", re.I)
_SEPARATOR = "\n________________________________\n"  # a rule trim_reply cuts at once reply text has been seen
_QUOTED = "\ue000"  # marks text read inside a quote; never in mail text (a private-use character)


def _classes(attrs: dict[str, str]) -> set[str]:
    """An element's classes, without the prefix Yahoo's composer writes before each of them when it quotes a mail that
    Yahoo wrote ("ydp3c2b1yahoo_quoted" is yahoo_quoted)."""
    return {_YAHOO_PREFIX_RE.sub("", c) for c in attrs.get("class", "").lower().split()}


class _HTMLText(HTMLParser):
    """HTML to text; with mark_quotes, the lines of the client's quote containers start with "> " as in a plain-text
    reply, and Outlook's history header block is preceded by a rule, so trim_reply reads top-posted, bottom-posted
    and interleaved answers the same way in both."""

    def __init__(self, mark_quotes: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.mark_quotes = mark_quotes
        self.out: list[str] = []
        self.skip = 0
        self.open: list[list] = []  # open elements as [tag, quotes, outer container, keeps its line breaks]
        self.counts: dict[str, int] = {}  # open elements per tag (an end tag with none open is ignored at once)
        self.outer: list[list] = []  # outer containers still quoting (each stops once, so hostile nesting stays linear)
        self.depth = 0  # how many quoting elements are open
        self.pre = 0  # how many open elements keep their source's line breaks

    def _quotes(self, tag: str, attrs: dict[str, str]) -> tuple[bool, bool]:
        """(quotes, is an outer container that quotes only until its first blockquote)."""
        classes = _classes(attrs)
        outer = self.mark_quotes and tag != "blockquote" and bool(classes & _OUTER_CLASSES)
        indent = tag == "blockquote" and not classes and attrs.get("type", "").lower() != "cite" and \
            bool(_INDENT_STYLE_RE.search(attrs.get("style", "")))
        quoting = (tag == "blockquote" and not indent) or bool(classes & _QUOTE_CLASSES) or outer
        return self.mark_quotes and quoting, outer

    def _history(self, attrs: dict[str, str]) -> bool:
        classes = _classes(attrs)
        return self.mark_quotes and (attrs.get("id", "").lower() in _HISTORY_IDS or bool(classes & _HISTORY_CLASSES))

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        quotes, outer = self._quotes(tag, a) if tag not in _VOID_TAGS else (False, False)
        if tag == "blockquote" and quotes:
            for entry in self.outer:  # an outer container's answers between blockquotes are not quoted
                if entry[1]:
                    entry[1] = False
                    self.depth -= 1
            self.outer.clear()
        if tag not in _VOID_TAGS:
            pre = tag == "pre" or bool(_PRE_STYLE_RE.search(a.get("style", "")))
            entry = [tag, quotes, outer, pre]
            self.open.append(entry)
            self.counts[tag] = self.counts.get(tag, 0) + 1
            self.depth += quotes
            self.pre += pre
            if outer:
                self.outer.append(entry)
        if self._history(a):
            self.out.append(_SEPARATOR)
        elif tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "hr":
            # Outlook and Hotmail put the quoted "From:" block under an <hr>: a separator line
            # lets trim_reply cut there once reply text has been seen.
            self.out.append(_SEPARATOR)
        elif tag in _BLOCK_TAGS or tag == "blockquote" or quotes:
            self.out.append("\n")
        elif tag in _CELL_TAGS:
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.counts.get(tag):
            while self.open:
                name, quotes, _, pre = entry = self.open.pop()
                self.counts[name] -= 1
                self.depth -= quotes
                self.pre -= pre
                entry[1] = False
                if quotes:
                    self.out.append("\n")
                if name == tag:
                    break
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        data = data.replace(_QUOTED, "")
        if self.pre:  # each of its lines is a line, and each quoted line is marked
            self.out.append("\n".join(self._run(line) for line in data.replace("\r\n", "\n").split("\n")))
        else:
            self.out.append(self._run(data))

    def _run(self, text: str) -> str:
        text = re.sub(r"[ \t\r\n\f]+", " ", text)
        return _QUOTED + text if self.depth and text.strip() else text

    def text(self) -> str:
        lines = [line.strip() for line in "".join(self.out).split("\n")]
        lines = ["> " + line.replace(_QUOTED, "").strip() if _QUOTED in line else line for line in lines]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str, mark_quotes: bool = False) -> str:
    """Visible text of an HTML body; with mark_quotes, quoted history is marked as a plain-text reply marks it
    ("> " lines, a rule above Outlook's header block)."""
    parser = _HTMLText(mark_quotes)
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser asserts on some malformed markup; keep what it read
        pass
    return parser.text()
