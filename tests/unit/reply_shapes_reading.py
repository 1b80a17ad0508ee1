"""Rows of the blind reply-shape sweep (tests/unit/reply_shapes_lists.py, reply_shapes_parsers.py,
reply_shapes_company.py), how mailer reads one, and how that reading is judged. Shared by
tests/unit/test_reply_shapes_blind.py and bench/reply_shapes_blind.py (which puts the mailer of --code DIR first).

A row is a plain-text reply body (as list archives and reply-parser fixtures hold them) or, with ``mail`` set, a
whole mail built around it; every line is tagged:
- ``own``: the person's words, closing and signed name included (the project's convention): all must be kept;
- ``ctx``: a quoted line an inline answer answers: kept (marked ``>``) or cut, either is right;
- ``quote``: the earlier mail, its attribution or header block, a forwarded mail: kept is wrong;
- ``sig``: signature under ``--``, title/company/phone lines under the name, "Sent from my …", list footers,
  disclaimers, PGP armour: kept is wrong (not the person's words);
- ``mix``: one line holding the person's words and then an attribution (``own|||quote``): the first part is kept.

Judgement: **right** (the text equals the own lines, with or without the ctx lines, whitespace and the spacing of
``>`` marks normalised), **cosmetic** (no own word lost, no quote or signature line kept, only whitespace or which
ctx lines stay differ), **wrong** (``lost``: an own line missing; ``quote``: a quote line kept; ``sig``: a signature
or footer line kept).
"""

from __future__ import annotations

from dataclasses import dataclass, field
import base64
import quopri
import re

TAGS = ("own", "ctx", "quote", "sig", "mix")


@dataclass(frozen=True)
class Row:
    family: str                          # e.g. "list top", "list inline", "parser sent-from", "company outlook de"
    lang: str
    variant: str                         # what makes it differ from its siblings
    lines: tuple[tuple[str, str], ...]   # (tag, text) for every line of the body
    mail: dict = field(default_factory=dict, hash=False, compare=False)  # charset, cte, flowed, pgpmime

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.family, self.lang, self.variant)

    @property
    def body(self) -> str:
        return "\n".join(text.replace("|||", "") for _tag, text in self.lines)

    def tagged(self, *tags: str) -> list[str]:
        out = []
        for tag, text in self.lines:
            if tag == "mix":
                own, _, quote = text.partition("|||")
                text = own if "own" in tags else quote if "quote" in tags else ""
            elif tag not in tags:
                continue
            if text.strip():
                out.append(text)
        return out


def own(*lines: str) -> list[tuple[str, str]]:
    return [("own", x) for x in lines]


def ctx(*lines: str) -> list[tuple[str, str]]:
    return [("ctx", x) for x in lines]


def quote(*lines: str) -> list[tuple[str, str]]:
    return [("quote", x) for x in lines]


def sig(*lines: str) -> list[tuple[str, str]]:
    return [("sig", x) for x in lines]


def mix(own_part: str, quote_part: str) -> list[tuple[str, str]]:
    return [("mix", own_part + "|||" + quote_part)]


BLANK = [("own", "")]


def row(family: str, lang: str, variant: str, *parts: list[tuple[str, str]], **mail) -> Row:
    lines = tuple(pair for part in parts for pair in part)
    assert all(tag in TAGS for tag, _ in lines), family
    return Row(family, lang, variant, lines, mail)


def raw_mail(r: Row) -> bytes:
    """The row's body as a whole mail from a person, in the charset and transfer encoding the row names."""
    charset, cte = r.mail.get("charset", "utf-8"), r.mail.get("cte", "8bit")
    head = ("From: Person <person@example.org>\nTo: list@lists.example.org\nSubject: Re: build\n"
            "Date: Mon, 13 Mar 2006 10:20:00 +0100\nMessage-ID: <r1@example.org>\nIn-Reply-To: <q1@example.org>\n"
            "MIME-Version: 1.0\n").encode()
    text = r.body.encode(charset)
    if cte == "quoted-printable":
        text = quopri.encodestring(text)
    elif cte == "base64":
        text = base64.encodebytes(text)
    flowed = "; format=flowed" if r.mail.get("flowed") else ""
    part = (f"Content-Type: text/plain; charset={charset}{flowed}\nContent-Transfer-Encoding: {cte}\n\n").encode() \
        + text + b"\n"
    if not r.mail.get("pgpmime"):
        return head + part
    return head + (b'Content-Type: multipart/signed; micalg=pgp-sha1; protocol="application/pgp-signature"; '
                   b'boundary="sig42"\n\n--sig42\n') + part + (
        b'--sig42\nContent-Type: application/pgp-signature; name="signature.asc"\n\n'
        b"-----BEGIN PGP SIGNATURE-----\nVersion: GnuPG v1.4.2 (GNU/Linux)\n\niD8DBQFEFPk3abcdefgh\n=q9Xz\n"
        b"-----END PGP SIGNATURE-----\n--sig42--\n")


def read(r: Row) -> str:
    """mailer's reply text of the row: trim_reply on a bare body, reply_text on a whole mail."""
    from mailer.reading import replytext
    if not r.mail:
        return replytext.trim_reply(r.body)
    import email.policy
    from mailer.reading.parse import read_mime  # how bench/corpus_report.py reads a whole corpus mail
    return replytext.reply_text(read_mime(raw_mail(r), email.policy.default))


def _norm(text: str) -> str:
    return re.sub(r">\s*", ">", " ".join(text.replace("\u00a0", " ").replace("\u2028", " ").split()))


def _line(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").lstrip().lstrip(">").split()) if text.lstrip().startswith(">") \
        else " ".join(text.replace("\u00a0", " ").split())


def expected(r: Row, with_context: bool = False) -> str:
    keep = ("own", "ctx") if with_context else ("own",)
    return "\n".join(r.tagged(*keep))


def judge(r: Row, got: str) -> tuple[str, list[str]]:
    """(category, reasons): right, cosmetic or wrong, see the module docstring."""
    if _norm(got) in (_norm(expected(r)), _norm(expected(r, True))):
        return "right", []
    reasons = []
    lines = [x for x in (_line(y) for y in got.split("\n")) if x]
    whole = " ".join(lines)
    own_lines = [_line(x) for x in r.tagged("own")]
    allowed = set(own_lines) | {_line(x) for x in r.tagged("ctx")}
    lost = [x for x in own_lines if x and x not in whole]
    if lost:
        reasons.append(f"lost: {lost[0][:70]!r}")
    for tag in ("quote", "sig"):
        bad = {_line(x) for x in r.tagged(tag)} - allowed
        kept = [x for x in lines if x not in allowed and any(
            x == b or (len(x) > 12 and len(b) > 12 and (x in b or b in x)) for b in bad)]
        if kept:
            reasons.append(f"{tag}: {kept[0][:70]!r}")
    return ("wrong" if reasons else "cosmetic"), reasons
