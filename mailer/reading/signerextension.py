"""The short office extension a company signer writes alone under their name ("Thanks," / "Bill" / "3-3831"), which
mailer/reading/companyheads.py's phone rule does not take: it needs a whole number of seven or more characters.
Companies dial each other inside the building by four or five digits, and their staff sign with just that
("3-3831", "x5-4693", "ext. 31822"). Only under a closing is such a line the signer's: a bare "3-3831" under a name
elsewhere may be a deal or a list the person wrote (mailer/reading/replytext.py calls this after the company heads)."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import SIGN_OFF_RE
from mailer.reading.signature import name_line

# An internal extension alone: a one- or two-digit exchange, a dash and four or five digits, perhaps after "x" or
# "ext." ("3-3831", "x3-3831", "Ext. 5-4693"); or four or five digits after "x"/"ext" ("x3831", "ext 31822").
_EXTENSION_RE = re.compile(r"(?:(?:x|ext\.?|extn\.?)\s?)?\d{1,2}-\d{4,5}|(?:x|ext\.?|extn\.?)\s?\d{4,5}", re.I)


def mark_extension_under_closing(kinds: list[str], lines: list[str]) -> None:
    """An extension alone on its line, under the signer's name which itself is under a closing ("Thanks," /
    "Bill", or "Thanks, Bill" on one line), with nothing of the person's under it, is the signer's contact: "s"
    (kinds as replytext's). An extension with text under it, under a sentence or under a name with no closing stays."""
    for i in range(1, len(lines)):
        if kinds[i] != "t" or kinds[i - 1] != "t" or not _EXTENSION_RE.fullmatch(lines[i].strip()):
            continue
        if not _signed_under_closing(kinds, lines, i - 1):
            continue
        nxt = i + 1
        while nxt < len(lines) and kinds[nxt] == "e":
            nxt += 1
        if nxt == len(lines) or kinds[nxt] != "t":
            kinds[i] = "s"


def _signed_under_closing(kinds: list[str], lines: list[str], k: int) -> bool:
    """Line k is a closing with the name on it ("Thanks, Bill"), or a name right under a closing ("Thanks," / "Bill")."""
    here = lines[k].strip()
    if SIGN_OFF_RE.match(here) and re.search(r"[,!.]\s*\w", here):
        return True
    return name_line(here) and not SIGN_OFF_RE.match(here) and k > 0 and kinds[k - 1] == "t" \
        and bool(SIGN_OFF_RE.match(lines[k - 1].strip()))
