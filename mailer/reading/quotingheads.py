"""Webmail attributions that put a word for "quoting" before the quoted sender: Horde IMP's default "Quoting Ann Lee
<ann@example.org>:" and the same line in IMP's other languages ("Zitat von …:", "Citando …:", "Cytowanie …:",
"Цитирую …:", "引用 …：", and older IMP's French "Selon …:"). The "On … wrote:" rule has no verb for them, so the quote
under such a line kept it as the person's text.

A line is one only right above a quote, with the sender's address in it (bare, in brackets, or as a list archive
writes it, "ann at example.org"), at most a name beside the address, and nothing after its ":": "Quoting the
contract:" or "Selon moi :" over a quote the person comments on stay their own words."""

from __future__ import annotations

import re

from mailer.reading.quoteheaders import mark_heads_over_quotes

# IMP's "Quoting %f:" in its locales (horde/imp locale/*/LC_MESSAGES/imp.po), and "Selon" of its older French one.
_QUOTING_WORDS = (
    r"quoting|zitat\s+von|selon|citando|estase\s+citando|s'està\s+citant|cytowanie|cituji|citát|citiram|citēju"
    r"|citat\s+af|citerar|siterer|citeren|lainaus|vísa\s+til|цитирую|цитую|idézet|alıntı|alinti|引用|引述")
_QUOTING_RE = re.compile(rf"^(?:{_QUOTING_WORDS})\s*\(?(?P<who>[^():：]{{3,160}}?)\)?\s*[:：]\s*$", re.I)
# An address, bare or in brackets, "@" or a list archive's " at ".
_ADDRESS_RE = re.compile(r"<?[\w.+-]+(?:@| at )[\w-]+(?:\.[\w-]+)+>?")
_NAME_WORDS = 5  # "Ann Lee", "Dr. Ann Marie van Lee": more words beside the address make a sentence


def mark_quoting_heads(lines: list[str], kinds: list[str]) -> None:
    """Mark such an attribution as a header line ("b"), as mark_wrote_headers marks "On … wrote:"."""
    mark_heads_over_quotes(lines, kinds, _is_quoting_head)


def _is_quoting_head(line: str) -> bool:
    found = _QUOTING_RE.match(line)
    return bool(found) and names_a_sender(found["who"])


def names_a_sender(who: str) -> bool:
    """An address, with at most a short name beside it and no sentence around it."""
    if len(_ADDRESS_RE.findall(who)) != 1:
        return False
    rest = _ADDRESS_RE.sub(" ", who).strip(" \"'")
    return len(rest.split()) <= _NAME_WORDS and not re.search(r"[!?;]", rest)
