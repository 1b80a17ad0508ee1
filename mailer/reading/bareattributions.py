"""Bare attributions right above a quote in the word orders and verbs quoteheaders.py does not read: Slovenian
Thunderbird's "Janez Novak pravi:" and the verb-first "كتب Rita Recruiter:" of Arabic clients. Each is one line that
ends in ":" with no date or address, so it is taken only where a quote follows it, and only when what it names reads
as a sender: capitalised words or an address (Slovenian), a short name with no "to me/us" and no sentence inside
(Arabic: "كتب لي المرشح:", "the candidate wrote to me:", announces a quote of the person's own)."""

from __future__ import annotations

import re

from mailer.reading.quoteheaders import skip
from mailer.reading.replymarkers import BIDI_RE

_PEEK = 160
_NAME_WORD = r"(?:[^\W\d_][\w'.-]*|<[^<>\s]+@[^<>\s]+>|\"[^\"]{1,60}\")"
_SLOVENIAN_RE = re.compile(rf"^\s*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})\s+pravi\s*:\s*$")
_ARABIC_RE = re.compile(r"^\s*كتب\s+(?P<name>[^.!?؟،:]{2,80}?)\s*:\s*$")
_TO_US_RE = re.compile(r"(?:^|\s)(?:لي|لنا|إلي|إلينا|عن)(?:\s|$)")


def _sender(name: str, arabic: bool) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    if arabic:
        return not _TO_US_RE.search(name)
    return all(w[:1].isupper() or w[:1] in "<\"" for w in words)


def mark_bare_attributions(lines: list[str], kinds: list[str]) -> None:
    """Mark a bare attribution line right above a quote as "b" (as quoteheaders marks "On … wrote:")."""
    for i, kind in enumerate(kinds):
        if kind != "t" or len(lines[i]) > _PEEK:
            continue
        nxt = skip(kinds, i + 1, "e")
        if nxt >= len(kinds) or kinds[nxt] != "q":
            continue
        line = BIDI_RE.sub("", lines[i])
        found = _SLOVENIAN_RE.match(line) or _ARABIC_RE.match(line)
        if found and _sender(found["name"], found.re is _ARABIC_RE):
            kinds[i] = "b"
