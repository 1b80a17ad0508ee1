"""Which MIME parts of a mail mailer downloads, and the sparse message rebuilt from them (pure).

The IMAP edge first fetches each mail's BODYSTRUCTURE and header, then only the parts the reading code uses:
text/plain and text/html bodies, and the parts of reports (delivery-status, the returned headers or message).
Attachments are never downloaded: their MIME headers are (name, type, disposition), and the rebuilt message
keeps them as empty parts marked with X-Mailer-Omitted and their size. The result is ordinary RFC 5322 bytes,
so parse(), the detectors, quarantine and `mailer classify` read it like any other mail.

Section names are IMAP's (RFC 3501 6.4.5): "1", "1.2", "2.HEADER", "TEXT" …

For a submission (multipart/mixed of a text/HTML multipart/alternative and a PDF), plan(...).sections is
('HEADER', '1.MIME', '1.1.MIME', '1.1', '1.2.MIME', '1.2', '2.MIME'): everything but section 2's content.
"""

from __future__ import annotations

from dataclasses import dataclass
import uuid

OMITTED_HEADER = "X-Mailer-Omitted"
# The parts of reports that bounce detection reads: the machine-readable status, the returned headers or message.
REPORT_TYPES = {"message/delivery-status", "message/global-delivery-status", "text/rfc822-headers",
                "message/global-headers", "message/disposition-notification"}
TEXT_TYPES = {"text/plain", "text/html"}
MAX_ENCLOSED = 256 * 1024  # a returned or forwarded message up to this size is fetched whole; beyond, its parts


@dataclass(frozen=True)
class Plan:
    sections: tuple[str, ...]  # what to FETCH as BODY.PEEK[section], in message order
    download: int              # bytes of part bodies fetched (as the server counts them, before decoding)
    omitted: int               # bytes of part bodies left on the server


def plan(structure) -> Plan:
    """The sections to fetch for a mail with this BODYSTRUCTURE (imapclient's parsed BodyData)."""
    sections: list[str] = ["HEADER"]
    sizes = [0, 0]
    _walk(structure, "", sections, sizes)
    return Plan(tuple(sections), sizes[0], sizes[1])


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _walk(node, prefix: str, sections: list[str], sizes: list[int]) -> None:
    """A message's body below `prefix` ("" for the mail itself, "2" for a message/rfc822 in part 2)."""
    if _is_multipart(node):
        for index, child in enumerate(node[0], 1):
            section = _join(prefix, str(index))
            sections.append(f"{section}.MIME")
            if _is_multipart(child):
                _walk(child, section, sections, sizes)
            else:
                _leaf(child, section, sections, sizes)
    else:  # a single-part body: its MIME header is the message header, its content is TEXT
        _leaf(node, _join(prefix, "TEXT"), sections, sizes, single=True)


def _leaf(node, section: str, sections: list[str], sizes: list[int], single: bool = False) -> None:
    ctype, size = content_type(node), _size(node)
    if ctype == "message/rfc822" and not single:
        if size <= MAX_ENCLOSED or len(node) < 9 or not _is_body(node[8]):
            sections.append(section)  # small enough (or no structure given): fetched whole
            sizes[0] += size
        else:  # a big enclosed message: its header and its own text parts, never its attachments
            sections.append(f"{section}.HEADER")
            _walk(node[8], section, sections, sizes)
        return
    if (ctype in TEXT_TYPES and disposition(node) != "attachment") or ctype in REPORT_TYPES:
        sections.append(section)
        sizes[0] += size
    else:
        sizes[1] += size


def assemble(structure, fetched: dict[str, bytes | None]) -> bytes:
    """RFC 5322 bytes from the fetched sections: the same MIME tree, attachments as empty marked parts."""
    header = _ensure_blank_line(fetched.get("HEADER") or b"")
    if not _is_multipart(structure) and "TEXT" not in fetched:
        header = _mark_omitted(header, _size(structure))  # a mail that is one attachment: its name is in the header
    return header + _body(structure, "", fetched, header)


def _body(node, prefix: str, fetched: dict[str, bytes | None], header: bytes) -> bytes:
    if not _is_multipart(node):
        section = _join(prefix, "TEXT")
        return fetched[section] or b"" if section in fetched else b""
    boundary = (_params(node).get("boundary") or f"mailer-{uuid.uuid4().hex}").encode()
    out = []
    for index, child in enumerate(node[0], 1):
        section = _join(prefix, str(index))
        mime = _ensure_blank_line(fetched.get(f"{section}.MIME") or b"Content-Type: text/plain\r\n\r\n")
        if _is_multipart(child):
            content = _body(child, section, fetched, mime)
        elif f"{section}.HEADER" in fetched:  # a big enclosed message, rebuilt from its own parts
            inner = fetched[f"{section}.HEADER"] or b""
            content = _ensure_blank_line(inner) + _body(child[8], section, fetched, inner)
        elif section in fetched:
            content = fetched[section] or b""
        else:
            mime = _mark_omitted(mime, _size(child))
            content = b""
        out.append(b"--" + boundary + b"\r\n" + mime + content + b"\r\n")
    out.append(b"--" + boundary + b"--\r\n")
    return b"".join(out)


def _mark_omitted(mime: bytes, size: int) -> bytes:
    head = mime[:-2] if mime.endswith(b"\r\n\r\n") else mime.rstrip(b"\r\n") + b"\r\n"
    return head + f"{OMITTED_HEADER}: {size} bytes not downloaded\r\n\r\n".encode()


def _ensure_blank_line(header: bytes) -> bytes:
    if header.endswith(b"\r\n\r\n") or header.endswith(b"\n\n"):
        return header
    return header.rstrip(b"\r\n") + b"\r\n\r\n"


def _is_multipart(node) -> bool:
    return isinstance(node, tuple) and bool(node) and isinstance(node[0], list)


def _is_body(node) -> bool:
    return isinstance(node, tuple) and len(node) >= 2


def _text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace")
    return value if isinstance(value, str) else ""


def content_type(node) -> str:
    if _is_multipart(node):
        return f"multipart/{_text(node[1]).lower()}"
    return f"{_text(node[0]).lower()}/{_text(node[1]).lower()}"


def _params(node) -> dict[str, str]:
    raw = node[2] if len(node) > 2 and isinstance(node[2], tuple) else ()
    return {_text(k).lower(): _text(v) for k, v in zip(raw[::2], raw[1::2])}


def _size(node) -> int:
    try:
        return int(node[6])
    except (IndexError, TypeError, ValueError):
        return 0


def disposition(node) -> str:
    """'attachment', 'inline' or '' from a single part's extension data (its place depends on the type)."""
    major = _text(node[0]).lower()
    index = 9 if major == "text" else 11 if content_type(node) in ("message/rfc822", "message/global") else 8
    value = node[index] if len(node) > index else None
    if isinstance(value, tuple) and value:
        return _text(value[0]).lower()
    return ""
