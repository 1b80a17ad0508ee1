"""The shapes real MTAs, archives and test suites give machine mail, as mutations of real reports (shared by
tests/unit/test_machine_mail_shapes.py and bench/unreadable_shapes.py).

Each mutation takes a whole mail (bytes) and returns the mutated mail, or None where it does not apply (a
boundary mutation on a one-part mail). They work on the header block and the MIME tree as text, never on one
fixture's words: what they change is what a relay, an archive or a broken writer changes."""

from __future__ import annotations

import re
from typing import Callable

from corpus import CORPUS, rows

Mutation = Callable[[bytes], "bytes | None"]


def seeds() -> list[tuple[str, bytes]]:
    """(INDEX path, raw bytes) of the tuning bounces, delay warnings and feedback reports."""
    return [(r["path"], (CORPUS / r["path"]).read_bytes()) for r in rows("bounce") + rows("complaint")]


# ------------------------------------------------------------------------------ raw helpers
def split(raw: bytes) -> tuple[list[bytes], bytes]:
    """(header fields, each with its folded lines, LF only; body) of a mail."""
    text = raw.replace(b"\r\n", b"\n").lstrip(b"\n")
    head, sep, body = text.partition(b"\n\n")
    fields: list[bytes] = []
    for line in head.split(b"\n"):
        if fields and line[:1] in (b" ", b"\t"):
            fields[-1] += b"\n" + line
        else:
            fields.append(line)
    return fields, body


def join(fields: list[bytes], body: bytes) -> bytes:
    return b"\n".join(fields) + b"\n\n" + body


def name_of(field: bytes) -> bytes:
    return field.split(b":", 1)[0].strip().lower()


def set_field(raw: bytes, name: bytes, values: list[bytes]) -> bytes:
    """Every `name` field replaced by `values` (none: the field removed), at the place of the first."""
    fields, body = split(raw)
    at = next((i for i, f in enumerate(fields) if name_of(f) == name.lower()), 0)
    kept = [f for f in fields if name_of(f) != name.lower()]
    at = min(at, len(kept))
    return join(kept[:at] + [name + b": " + v for v in values] + kept[at:], body)


def field_value(raw: bytes, name: bytes) -> bytes | None:
    fields, _ = split(raw)
    return next((f.split(b":", 1)[1].strip() for f in fields if name_of(f) == name.lower() and b":" in f), None)


_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"]*)"|([^\s;]+))', re.I)


def boundaries(raw: bytes) -> list[bytes]:
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in _BOUNDARY.finditer(raw)]


def outer_boundary(raw: bytes) -> bytes | None:
    ctype = field_value(raw, b"Content-Type")
    found = boundaries(ctype) if ctype else []
    return found[0] if found else None


def with_content_type(raw: bytes, change: Callable[[bytes], bytes]) -> bytes | None:
    ctype = field_value(raw, b"Content-Type")
    if ctype is None or outer_boundary(raw) is None:
        return None
    return set_field(raw, b"Content-Type", [change(ctype)])


def part_bodies(raw: bytes, ctype: bytes) -> list[tuple[int, int]]:
    """(start, end) of the bodies of the parts whose own Content-Type is `ctype`, anywhere in the tree."""
    text = raw.replace(b"\r\n", b"\n")
    spans = []
    for m in re.finditer(rb"^content-type:[ \t]*" + re.escape(ctype) + rb"\b", text, re.I | re.M):
        start = text.find(b"\n\n", m.end())
        if start < 0:
            continue
        start += 2
        nxt = re.compile(rb"^--", re.M).search(text, start)
        spans.append((start, nxt.start() if nxt else len(text)))
    return spans


def replace_part_bodies(raw: bytes, ctype: bytes, change: Callable[[bytes], bytes]) -> bytes | None:
    text = raw.replace(b"\r\n", b"\n")
    spans = part_bodies(text, ctype)
    if not spans:
        return None
    for start, end in reversed(spans):
        text = text[:start] + change(text[start:end]) + text[end:]
    return text


# ------------------------------------------------------------------------------ the mutations, by family
def _first_lines(n: int) -> Callable[[bytes], bytes]:
    return lambda body: b"\n".join(body.split(b"\n")[:n]) + b"\n"


def _folded_garbage(body: bytes) -> bytes:
    return (b"Received: from\n \x01\x02 ;;;(((\n\t=?utf-8?b?@@@?=\n" + b"X-Garbage \n" + b" : : :\n"
            + b"\xff\xfe\x00\n" + body[:300] + b"\n")


def _first_text_part(raw: bytes, encoding: bytes, body: bytes) -> bytes | None:
    """The first text/plain part of a multipart mail declared in `encoding` and holding `body` instead of its
    own: a part whose writer broke the transfer encoding. None for a one-part mail (nothing but that part)."""
    text = raw.replace(b"\r\n", b"\n")
    bound = outer_boundary(text)
    if bound is None:
        return None
    m = re.search(rb"^content-type:[ \t]*text/plain", text[text.find(b"\n--" + bound):], re.I | re.M)
    if not m:
        return None
    at = text.find(b"\n--" + bound) + m.start()
    head_end = text.find(b"\n\n", at)
    nxt = text.find(b"\n--", head_end + 2)
    if head_end < 0 or nxt < 0:
        return None
    head = re.sub(rb"(?im)^content-transfer-encoding:[^\n]*\n?", b"", text[at:head_end])
    return text[:at] + head + b"\nContent-Transfer-Encoding: " + encoding + b"\n\n" + body + text[nxt:]


def _bad_base64(raw: bytes) -> bytes | None:
    return _first_text_part(raw, b"base64", b"!!!not*base64 \xff=== ==\nQUJD")


def _bad_qp(raw: bytes) -> bytes | None:
    return _first_text_part(raw, b"quoted-printable", b"=ZZ =\xff=4 =\nUndeliverable =0")


def _charsets(label: bytes) -> Mutation:
    """Every declared charset replaced (or one added to the outer type) by `label`."""
    def change(raw: bytes) -> bytes:
        text = raw.replace(b"\r\n", b"\n")
        out, n = re.subn(rb'charset\s*=\s*"?[\w.:-]+"?', b'charset="' + label + b'"', text, flags=re.I)
        if n:
            return out
        fields, body = split(text)
        ctype = field_value(text, b"Content-Type") or b"text/plain"
        return set_field(text, b"Content-Type", [ctype + b'; charset="' + label + b'"'])
    return change


def _in_body(insert: bytes) -> Mutation:
    def change(raw: bytes) -> bytes:
        fields, body = split(raw)
        return join(fields, insert + body)
    return change


def _big5_on_utf8(raw: bytes) -> bytes:
    fields, body = split(_charsets(b"big5")(raw))
    return join(fields, "配信不能 — Zustellung fehlgeschlagen\n".encode() + body)


def _8bit_header(name: bytes, value: bytes) -> Mutation:
    def change(raw: bytes) -> bytes:
        fields, body = split(raw)
        return join(fields[:1] + [name + b": " + value] + fields[1:], body)
    return change


def _8bit_subject(value: bytes) -> Mutation:
    def change(raw: bytes) -> bytes:
        old = field_value(raw, b"Subject") or b""
        return set_field(raw, b"Subject", [value + b" " + old])
    return change


def _8bit_from_name(value: bytes) -> Mutation:
    def change(raw: bytes) -> bytes:
        old = field_value(raw, b"From")
        if old is None:
            return None
        return set_field(raw, b"From", [value + b" " + old if b"<" in old else value + b" <" + old + b">"])
    return change


def _truncated_last_part(raw: bytes) -> bytes | None:
    text = raw.replace(b"\r\n", b"\n")
    bound = outer_boundary(text)
    if bound is None:
        return None
    last = text.rfind(b"\n--" + bound)
    if text[last:].startswith(b"\n--" + bound + b"--"):
        last = text.rfind(b"\n--" + bound, 0, last)
    if last < 0:
        return None
    tail = text[last:]
    return text[:last] + tail[:max(len(b"--" + bound) + 2, len(tail) // 2)]


def _boundary_changed(change: Callable[[bytes], bytes]) -> Mutation:
    def mutate(raw: bytes) -> bytes | None:
        bound = outer_boundary(raw)
        if bound is None:
            return None
        return with_content_type(raw, lambda ctype: _BOUNDARY.sub(lambda m: change(bound), ctype, count=1))
    return mutate


def _boundary_dropped(raw: bytes) -> bytes | None:
    return with_content_type(raw, lambda ctype: re.sub(rb";?\s*boundary\s*=\s*(?:\"[^\"]*\"|[^\s;]+)", b"", ctype,
                                                       flags=re.I))


def _boundary_duplicated(raw: bytes) -> bytes | None:
    bound = outer_boundary(raw)
    return with_content_type(raw, lambda ctype: ctype + b'; boundary="other-' + bound + b'"') if bound else None


def _boundary_unquoted_with_spaces(raw: bytes) -> bytes | None:
    """A writer that put spaces in the boundary and no quotes, both in the header and in the delimiter lines."""
    bound = outer_boundary(raw)
    if bound is None:
        return None
    new = b"== part " + bound + b" =="
    text = raw.replace(b"\r\n", b"\n").replace(b"--" + bound, b"--" + new)
    return with_content_type(text, lambda ctype: _BOUNDARY.sub(lambda m: b"boundary=" + new, ctype, count=1))


def _duplicate_params(raw: bytes) -> bytes | None:
    return with_content_type(raw, lambda ctype: ctype + b'; report-type=delivery-status; charset=us-ascii; '
                                                        b'charset="utf-8"; report-type=x')


def _broken_rfc2231(raw: bytes) -> bytes | None:
    return with_content_type(raw, lambda ctype: ctype + b"; name*0*=utf-8''%E2%8; name*2=x; name*=''%ZZ; "
                                                        b"title*=us-ascii'en'\xff%")


def _lone_cr(raw: bytes) -> bytes:
    """Old Mac line ends: every line ends with CR alone."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r")


def _cr_inside_lines(raw: bytes) -> bytes:
    fields, body = split(raw)
    return join([f + b"\r" if i % 2 else f for i, f in enumerate(fields)], body.replace(b"\n\n", b"\n\r\n", 3))


def _nul_bytes(raw: bytes) -> bytes:
    fields, body = split(raw)
    return join([f + b"\x00" if name_of(f) in (b"subject", b"from", b"date") else f for f in fields],
                b"\x00" + body.replace(b"\n", b"\x00\n", 5))


def _gt_from_lines(raw: bytes) -> bytes:
    fields, body = split(raw)
    return join(fields, b">From MAILER-DAEMON Mon Jan  5 10:00:00 2015\n" + re.sub(rb"(?m)^From ", b">From ", body))


def _very_long_lines(raw: bytes) -> bytes:
    fields, body = split(raw)
    return join(fields + [b"X-Long: " + b"a" * 70_000, b"Subject2: " + b"x " * 5000], body + b"z" * 200_000 + b"\n")


def _headers_only(raw: bytes) -> bytes:
    fields, _ = split(raw)
    return b"\n".join(fields) + b"\n"


def _no_blank_line_after_headers(raw: bytes) -> bytes:
    fields, _ = split(raw)
    return b"\n".join(fields)


def _whole_groups(value: bytes) -> Mutation:
    return lambda raw: set_field(raw, b"From", [value])


MUTATIONS: dict[str, dict[str, Mutation]] = {
    "From": {
        "absent": lambda raw: set_field(raw, b"From", []),
        "empty": _whole_groups(b""),
        "null <>": _whole_groups(b"<>"),
        "bare word": _whole_groups(b"Notifier"),
        "bare daemon word": _whole_groups(b"MAILER-DAEMON"),
        "encoded word decoding to nothing": _whole_groups(b"=?utf-8?q??="),
        "encoded word, broken": _whole_groups(b"=?utf-8?b?@@@?="),
        "several From fields": lambda raw: set_field(raw, b"From", [b"MAILER-DAEMON", field_value(raw, b"From")
                                                                    or b"postmaster@example.net"]),
        "group syntax, empty": _whole_groups(b"Mail Delivery System:;"),
        "group syntax, undisclosed": _whole_groups(b"undisclosed-recipients: ;"),
        "comment only": _whole_groups(b"(Mail Delivery Subsystem)"),
        "comment only, neutral": _whole_groups(b"(System)"),
        "angle brackets, no domain": _whole_groups(b"Notifier <notifier>"),
        "8-bit name, Latin-1": _8bit_from_name(b"Syst\xe8me de messagerie"),
        "8-bit name, Shift_JIS": _8bit_from_name("メール配信".encode("shift_jis")),
    },
    "Date": {
        "missing": lambda raw: set_field(raw, b"Date", []),
        "garbage": lambda raw: set_field(raw, b"Date", [b"Tue, 45 Smarch 20X1 99:99:99 +9999 (junk"]),
        "empty": lambda raw: set_field(raw, b"Date", [b""]),
    },
    "8-bit header bytes": {
        "Subject in Latin-1": _8bit_subject("Non remis: échec de la remise".encode("latin-1")),
        "Subject in Shift_JIS": _8bit_subject("配信不能".encode("shift_jis")),
        "Subject in UTF-8": _8bit_subject("Unzustellbar: Rückläufige".encode()),
        "unknown field in Latin-1": _8bit_header(b"X-Info", "Zustellung fehlgeschlagen für Müller".encode("latin-1")),
        "To in Shift_JIS": _8bit_header(b"To", "受信者".encode("shift_jis") + b" <rita@acme.test>"),
    },
    "charset": {
        "x-unknown": _charsets(b"x-unknown"),
        "utf-7": _charsets(b"utf-7"),
        "iso-2022-jp with bad escapes": lambda raw: _in_body(b"\x1b$B\x1b(J\x1b$@\xff\x1b(B\n")(
            _charsets(b"iso-2022-jp")(raw)),
        "Big5 label on UTF-8 bytes": _big5_on_utf8,
        "no such codec": _charsets(b"idna"),
    },
    "MIME boundary": {
        "missing": _boundary_dropped,
        "wrong": _boundary_changed(lambda b: b'"not-' + b + b'"'),
        "duplicated": _boundary_duplicated,
        "empty": _boundary_changed(lambda b: b'""'),
        "unquoted with spaces": _boundary_unquoted_with_spaces,
    },
    "parts": {
        "last part truncated": _truncated_last_part,
        "message/rfc822 empty": lambda raw: replace_part_bodies(raw, b"message/rfc822", lambda body: b"\n"),
        "message/rfc822 a few header lines": lambda raw: replace_part_bodies(raw, b"message/rfc822", _first_lines(3)),
        "text/rfc822-headers folded garbage": lambda raw: replace_part_bodies(raw, b"text/rfc822-headers",
                                                                              _folded_garbage),
        "message/delivery-status folded garbage": lambda raw: replace_part_bodies(
            raw, b"message/delivery-status", _folded_garbage),
        "bad base64": _bad_base64,
        "bad quoted-printable": _bad_qp,
    },
    "Content-Type parameters": {
        "duplicate params": _duplicate_params,
        "RFC 2231 broken": _broken_rfc2231,
        "garbage type": lambda raw: set_field(raw, b"Content-Type", [b"multipart/; ;; =; boundary"]),
    },
    "bytes and lines": {
        "NUL bytes": _nul_bytes,
        "only headers": _headers_only,
        "only headers, no blank line": _no_blank_line_after_headers,
        "mbox From line first": lambda raw: b"From MAILER-DAEMON Mon Jan  5 10:00:00 2015\n" + raw,
        ">From lines": _gt_from_lines,
        "leading blank lines": lambda raw: b"\n\r\n" + raw,
        "leading whitespace lines": lambda raw: b"   \n\t\n \n" + raw,
        "UTF-8 byte-order mark first": lambda raw: b"\xef\xbb\xbf" + raw,
        "lone CR line ends": _lone_cr,
        "lone CR inside lines": _cr_inside_lines,
        "very long lines": _very_long_lines,
    },
}


# Mutations that take away the report itself (its body, or the returned mail its detector reads): what is left
# may not say "machine" any more. Such a mail must still be judged, never refused; it must not be read as a
# person's while its remaining headers still carry a machine sign (mailer.reading.machine).
REMOVES_THE_REPORT = {("bytes and lines", "only headers"), ("bytes and lines", "only headers, no blank line"),
                      ("parts", "message/rfc822 empty"), ("parts", "message/rfc822 a few header lines")}


def all_mutations() -> list[tuple[str, str, Mutation]]:
    """(family, name, mutation), in table order."""
    return [(family, name, fn) for family, table in MUTATIONS.items() for name, fn in table.items()]
