"""Attributions whose verb says "says" or "writes" in a language the "On … wrote:" rule (quoteheaders.py) has no
verb for: Slovenian Thunderbird's "Janez Novak pravi:", Slovenian, Croatian and Serbian "Ana Horvat piše:", as a list
archive keeps them ("ana at example.org pravi:", "Ana pi?e:" when the archive lost the letter). A line is one only
right above a quote, with a name, a nickname or an address before the verb and nothing after its ":"."""

from __future__ import annotations

import re

from mailer.reading.quoteheaders import mark_heads_over_quotes

# "<who> pravi:", optionally after the date the dated form puts first ("Dne 21.10.2006 15:30, Ana piše:").
_SAID_RE = re.compile(r"^(?:(?P<date>[^,]*\d[^,]*),\s*)?(?P<who>\S.{0,80}?)\s+(?:pravi|piše|pise|pi\?e)\s*:\s*$", re.I)
# A name's address or archived address after it: "Ana Horvat <ana at example.org>", "Ana (ana@example.org)".
_ARABIC_RE = re.compile(r"^\s*كتب\s+(?P<who>[^.!?؟،:]{2,80}?)\s*:\s*$")
_TO_US_RE = re.compile(r"(?:^|\s)(?:لي|لنا|إلي|إلينا|عن)(?:\s|$)")
_BRACKETED_TAIL_RE = re.compile(r"\s*[<(\[][^<>()\[\]]*[>)\]]\s*$")
_ADDRESS_RE = re.compile(r"^[\w.+-]+(?:@| at )[\w-]+(?:\.[\w-]+)+$")
_HANDLE_RE = re.compile(r"^[^\W\d_][\w.-]{1,30}$")
# What may say or hold a thing in a sentence of the person's own, in Slovenian, Croatian and Serbian: pronouns, the
# people a sentence names by role ("On pravi:", "Šef pravi:" are he / the boss says) and the words that point at a
# text ("Tukaj piše:", "Ovdje piše:", "Tako pravi:" are here it says / so it says).
_NOT_NAMES = {"on", "ona", "ono", "oni", "one", "mi", "vi", "ti", "jaz", "ja", "kdo", "nekdo", "vsak", "vsi", "tko",
              "netko", "ko", "neko", "šef", "šefica", "mama", "oče", "tata", "stranka", "kandidat", "kandidatka",
              "direktor", "direktorica", "tako", "kot", "kakor", "kaj", "tudi", "še", "tukaj", "tu", "tam", "ovdje",
              "ovde", "ovdi", "ondje", "gore", "dolje", "spodaj", "zgoraj", "he", "she", "they", "someone", "who"}


def mark_said_headers(lines: list[str], kinds: list[str]) -> None:
    """Mark such an attribution as a header line ("b"), as mark_wrote_headers marks "On … wrote:"; "Ana pravi:"
    above the person's own lines announces what they write next."""
    mark_heads_over_quotes(lines, kinds, _is_said_head)


def _is_said_head(line: str) -> bool:
    if (found := _SAID_RE.match(line)) and _names_someone(found["who"]):
        return True
    return bool(arabic := _ARABIC_RE.match(line)) and _names_a_sender_arabic(arabic["who"])


def _names_a_sender_arabic(who: str) -> bool:
    """One to five words with no "to me/us" or "about" inside: a sender, not a sentence announcing a quote."""
    return 1 <= len(who.split()) <= 5 and not _TO_US_RE.search(who)


def _names_someone(who: str) -> bool:
    """A name of up to four capitalised words, a nickname, or an address (bare or archived), with any bracketed
    address after it; never a pronoun or a role a sentence names."""
    who = who.strip(" \"'")
    bare = _BRACKETED_TAIL_RE.sub("", who).strip(" \"'") or who.strip("<>()[] ")
    if _ADDRESS_RE.match(bare):
        return True
    words = bare.split()
    if not 0 < len(words) <= 4 or words[0].lower() in _NOT_NAMES:
        return False
    if len(words) == 1 and _HANDLE_RE.match(bare):
        return True
    return all(w[:1].isupper() for w in words)
