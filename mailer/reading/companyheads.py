"""Heads and signer lines of company mail clients (Lotus Notes, GroupWise) that the general rules miss, for
mailer/reading/replytext.py, which calls `mark_company_heads` once its own marks are made:

- a Notes To:/cc:/Subject: table whose recipient list Notes wrapped over many lines, or whose fields hold neither an
  address nor a date ("To: undisclosed-recipients:;"), right under a sender-and-time head: the table becomes "H";
- the company line Notes draws at the top of a boxed head ("Acme Capital Management" over "From:  Jane Doe   12/04/2000
  08:51 AM"): "H" with the head;
- GroupWise's attribution, '>>> "Doe, Jane" <jane@…> 01/02/01 11:12AM >>>', over the quoted mail it leaves without
  ">": a separator "d";
- a Notes "Forwarded by … on <date>" rule whose closing dashes were wrapped onto a line of their own: "d";
- a phone number alone on the line under the name that ends the text ("Jane Doe" / "503/464-7927"): signature "s".
"""

from __future__ import annotations

import re

from mailer.reading.headerblocks import header_line
from mailer.reading.notesheads import SENT_TIME, WRAPPED_FORWARD_RE, mark_notes_heads
from mailer.reading.replymarkers import HEADER_RE, SIGN_OFF_RE
from mailer.reading.signature import name_line
from mailer.reading.signerlines import phone_line

_LINE_PEEK = 300  # every line pattern is anchored at the start, so long lines are cut to this
# The head line right above a table: the time alone, or the sender and the time ("jane@acme.example on 12/06/2000
# 12:35:43 AM", "Jane Doe   02/05/2001 06:37 AM").
_HEAD_TIME_RE = re.compile(r"^\s*(?:\S.{0,100}?(?:\s+on|\s{3,}|\t+)\s*)?" + SENT_TIME + r"\s*$")
_HEAD_BLANKS = 1  # blank lines between the head and its table
_TABLE_LINES = 16  # a table's To: line, its wrapped recipients, cc: and Subject: fit in this many lines
# A recipient list wrapped onto its own line: Notes names ("Jane Doe/HOU/ACME@ACME, Bob "), addresses, separated by
# commas; each part a few words, no sentence.
_NOTES_NAME_RE = re.compile(r"[@]|\w/\w")
_BOXED_FROM_RE = re.compile(r"^\s+From:\s+\S.{0,100}?\s{3,}" + SENT_TIME + r"\s*$")
_BOX_BLANKS = 2  # whitespace-only lines between the company line and the boxed "From:" line
# The company line: a few capitalised words, perhaps ending in an abbreviation ("Corp.", "Inc."), no sentence.
_COMPANY_RE = re.compile(r"^[A-Z][\w&'-]*\.?(?:\s+(?:[A-Z&][\w&'-]*|of|and|de|du)\.?){0,6}$")
_GROUPWISE_RE = re.compile(r"^\s*>>>\s+\S.{0,150}?\s" + SENT_TIME + r"\s*>>>\s*$")
_DASHES_RE = re.compile(r"^\s*-{3,}\s*$")


def mark_company_heads(kinds: list[str], lines: list[str]) -> None:
    """Mark the company-mail heads and signer lines listed in this module's docstring (kinds as replytext's)."""
    if _mark_wrapped_tables(kinds, lines):
        mark_notes_heads(kinds, lines)  # the sender and time lines above a table marked here go with it
    _mark_box_company_lines(kinds, lines)
    for i, line in enumerate(lines):
        if kinds[i] in "tq" and _GROUPWISE_RE.match(line[:_LINE_PEEK]):
            kinds[i] = "d"
        if kinds[i] == "t" and WRAPPED_FORWARD_RE.match(line[:_LINE_PEEK]) and i + 1 < len(lines) \
                and _DASHES_RE.match(lines[i + 1]):
            kinds[i] = kinds[i + 1] = "d"  # the whole rule, wrapped after its time: "… 08:35 AM" / "-----"
    _mark_phone_under_name(kinds, lines)


def _field(line: str) -> str | None:
    """The header field a line opens with, when its value reads as that field's ("To: be honest, …" is a sentence)."""
    found = HEADER_RE.match(line[:_LINE_PEEK])
    return found["field"].lower() if found and header_line(line[:_LINE_PEEK]) else None


def _recipients(line: str) -> bool:
    """A wrapped line of a recipient list: Notes names or addresses, comma-separated parts of a few words each."""
    parts = [x for x in line.split(",") if x.strip()]
    return bool(_NOTES_NAME_RE.search(line)) and bool(parts) and all(len(x.split()) <= 5 for x in parts)


def _table_end(kinds: list[str], lines: list[str], start: int) -> int | None:
    """The line after the Subject: line of a Notes table opening with the To: line at start: recipients wrapped
    under To: and cc:, a blank line before cc: or Subject:. None when the lines are not such a table."""
    k = start + 1
    while k < len(lines) and k - start < _TABLE_LINES:
        line = lines[k]
        if kinds[k] == "e":
            nxt = k + 1
            if nxt < len(lines) and _field(lines[nxt]) in ("cc", "bcc", "subject"):
                k = nxt
                continue
            return None
        field = _field(line)
        if field == "subject":
            return k + 1
        if field not in ("cc", "bcc") and not _recipients(line):
            return None
        k += 1
    return None


def _mark_wrapped_tables(kinds: list[str], lines: list[str]) -> bool:
    """A Notes To:/cc:/Subject: table right under a head line that names the sent time becomes "H", however long its
    wrapped recipient list and whatever its fields hold. A person's "To: all" line has no such head above it."""
    marked = False
    for i in range(len(lines)):
        if kinds[i] == "H" or _field(lines[i]) != "to":
            continue
        head = i - 1
        while head >= 0 and kinds[head] == "e" and i - head <= _HEAD_BLANKS:
            head -= 1
        if head < 0 or kinds[head] == "e" or not _HEAD_TIME_RE.match(lines[head][:_LINE_PEEK]):
            continue
        end = _table_end(kinds, lines, i)
        if end is None:
            continue
        for k in range(i, end):
            kinds[k] = "H"
        marked = True
    return marked


def _mark_box_company_lines(kinds: list[str], lines: list[str]) -> None:
    """The indented company line at the top of Notes' boxed head, over blank lines and the indented "From:  Name
    <time>" line already marked "H", belongs to the head: it opens the box, so a blank line is right above it."""
    for i, line in enumerate(lines):
        if kinds[i] != "H" or not _BOXED_FROM_RE.match(line[:_LINE_PEEK]) or (i > 0 and kinds[i - 1] == "H"):
            continue
        k = i - 1
        while k >= 0 and kinds[k] == "e" and i - k <= _BOX_BLANKS:
            k -= 1
        company = lines[k] if k >= 0 else ""
        if k >= 0 and kinds[k] == "t" and company[:1] in (" ", "\t") and _COMPANY_RE.match(company.strip()) \
                and (k == 0 or kinds[k - 1] == "e"):
            kinds[k] = "H"


def _mark_phone_under_name(kinds: list[str], lines: list[str]) -> None:
    """A phone number alone on its line, right under a name line that opens its paragraph or follows a closing, with
    nothing of the person's under it, is the signer's contact: "s". A name and number the text announces ("Her
    references:" above them) stay, as do a number with text under it and a number under a sentence."""
    for i in range(1, len(lines)):
        if kinds[i] != "t" or kinds[i - 1] != "t" or not phone_line(lines[i].strip()):
            continue
        name = lines[i - 1].strip()
        if not name_line(name) or len(name.split()) > 4 or SIGN_OFF_RE.match(name):
            continue
        above = i - 2
        opens = above < 0 or kinds[above] == "e"
        closing = above >= 0 and kinds[above] == "t" and bool(SIGN_OFF_RE.match(lines[above].strip()))
        announced = _paragraph_above_ends_with_colon(kinds, lines, above)
        nxt = i + 1
        while nxt < len(lines) and kinds[nxt] == "e":
            nxt += 1
        if (opens or closing) and not announced and (nxt == len(lines) or kinds[nxt] != "t"):
            kinds[i] = "s"


def _paragraph_above_ends_with_colon(kinds: list[str], lines: list[str], k: int) -> bool:
    while k >= 0 and kinds[k] == "e":
        k -= 1
    return k >= 0 and lines[k].rstrip().endswith(":")
