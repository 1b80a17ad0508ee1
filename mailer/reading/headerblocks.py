"""Pasted header blocks in a reply ("From:/Sent:/To:/Subject:" as Outlook, GMX, QQ Mail, Lotus Notes … write them, one
field per line or run together on one line): which lines are such a block, for mailer/reading/replytext.py (the
header words are in mailer/reading/replymarkers.py)."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import (
    ADDR_OR_DIGIT_RE, BIDI_RE, DATE_FIELDS, FIELD_BEFORE_COLON_RE, FLAT_HEADER_OPEN_RE, HEADER_RE, HEADER_START,
    HEADER_WORDS, ORIGINAL_RE, SUBJECT_FIELDS)

_LOOSE = 2  # at most this many unindented lines of a wrapped header value between two header lines


def _after_blanks(kinds: list[str], i: int) -> int:
    """Index of the first line from i on that is not empty."""
    while i < len(kinds) and kinds[i] == "e":
        i += 1
    return i


def header_line(line: str) -> bool:
    """A line of a pasted header block: a header word, ":" and a value that reads as that field's value. A date
    field's value has a digit; a sender's or recipient's is a name or an address, never a sentence ("From: the
    beginning, I thought …", "To: sum up, …") and opens with a letter; a subject that opens in lower case and ends a
    sentence is one too."""
    found = HEADER_RE.match(line)
    if not found:
        return False
    field = found["field"].lower()
    value = re.sub(r"^[\s*]+|[\s*]+$", "", BIDI_RE.sub("", line[found.end():]))  # (no-break spaces too)
    if not value or "@" in value:
        return True
    if field in DATE_FIELDS:
        return bool(re.search(r"\d", value))
    sentence = bool(re.search(r"[.!?。！？]$", value)) and len(value.split()) >= 3
    if field in SUBJECT_FIELDS:
        return not (sentence and value[:1].islower() and not value.endswith("?"))
    if not re.match(r"[^\W\d_]|[\"'<\[(]", value):
        return False  # a name opens with a letter (or a quote or bracket): "From: 9:00", "To: 95k" are ranges
    listed = ";" in value or all(len(x.split()) <= 2 for x in value.split(","))  # "maria, omar, jane, bob"
    return not sentence and not (value[:1].islower() and len(value.split()) >= 4 and not listed)


def flat_header(head: str) -> bool:
    """A pasted header block run together on one line ("Temat: … Nadawca: … Adresat:"): three header fields or
    more, and a date's digit or an address in it (a sentence that names "From:", "Sent:" and "To:" has neither)."""
    if head.count(":") + head.count("：") < 3 or not FLAT_HEADER_OPEN_RE.match(head) \
            or not ADDR_OR_DIGIT_RE.search(head):
        return False
    fields = 0
    for found in FIELD_BEFORE_COLON_RE.findall(head):
        words = found.lower().strip("* ")
        glued = re.search(r"[A-Z][a-z]*$", found)  # "…10:12 AMTo:": the field glued to the value before it
        fields += words in HEADER_WORDS or words.rsplit(" ", 1)[-1].rsplit("-", 1)[-1] in HEADER_WORDS \
            or bool(glued and glued[0].lower() in HEADER_WORDS)
    return fields >= 3


def mark_header_blocks(kinds: list[str], lines: list[str]) -> None:
    """Turn runs of pasted headers ("From:" … "Subject:") into "H"; lone "To:" lines stay text. A value may wrap
    over two more lines, and lines folded under a header (indented, as in "Cc:\tmaria@…\n        omar@…") go on
    with it."""

    def folded(j: int) -> bool:
        return lines[j][:1] in (" ", "\t") and bool(lines[j].strip())

    i = 0
    while i < len(kinds):
        if kinds[i] != "h":
            i += 1
            continue
        j, count, loose = i, 0, 0
        while j < len(kinds) and (kinds[j] == "h" or (kinds[j] == "t" and count and (loose < _LOOSE or folded(j)))
                                  or (kinds[j] == "e" and count and _after_blanks(kinds, j) < len(kinds)
                                      and kinds[_after_blanks(kinds, j)] == "h")):
            if kinds[j] == "e":
                j += 1  # "**Von:** …" blank "**An:** …": converted HTML puts each header in its own paragraph
                continue
            if kinds[j] == "h":
                count, loose = count + 1, 0
            elif not folded(j):
                loose += 1  # a wrapped header value ("Subject: …\nspans over 2 lines")
            j += 1
        j -= max(0, loose - 1)  # of the loose lines under the last header, only the first is taken for its value
        word = re.split(r"[:：*\s]", lines[i].strip().strip("*").lower(), maxsplit=1)[0]
        if (count >= 3 or (count >= 2 and word in HEADER_START)) and _client_block(lines, i, j, count):
            for k in range(i, j):
                kinds[k] = "H"
        else:
            for k in range(i, j):
                kinds[k] = "t" if kinds[k] == "h" else kinds[k]
        i = max(j, i + 1)


def _client_block(lines: list[str], i: int, j: int, fields: int) -> bool:
    """Every client's header block names a sent date ("Sent:", "Date:", "Datum:" …) or an address, or runs to four
    fields or more; a person's "From: Maria" / "To: the team" / "Subject: Jane" does neither."""
    if fields >= 4:
        return True
    for k in range(i, j):
        found = HEADER_RE.match(lines[k])
        if "@" in lines[k] or (found and found["field"].lower() in DATE_FIELDS):
            return True
    return False


_QUOTED_BLOCK_PEEK = 12  # a quoted header block is looked for in this many lines at the head of a quote
_QUOTE_MARKS_RE = re.compile(r"^\s*(?:>\s?)+")  # (quoteheaders.unquote, which imports this module)


def mark_quoted_header_blocks(kinds: list[str], lines: list[str]) -> None:
    """A quote that opens with a quoted "-----Original Message-----" line or a quoted Outlook block ("> From: …",
    "> Sent: …", "> To: …") opens with its header: those lines become "B", as a quoted "On … wrote:" does, so the
    quote goes with them above the answer. Only when a quoted line follows the block (the header of what is quoted);
    a person's own quoted "> From: Maria" is no block (`mark_header_blocks` decides on the unquoted lines)."""
    i = 0
    while i < len(kinds):
        if kinds[i] != "q" or (i > 0 and kinds[i - 1] in "qB"):
            i += 1
            continue
        end = i
        while end < len(kinds) and end - i < _QUOTED_BLOCK_PEEK and kinds[end] == "q":
            end += 1
        plain = [_QUOTE_MARKS_RE.sub("", x) for x in lines[i:end]]
        first = 1 if ORIGINAL_RE.match(plain[0]) else 0
        sub = ["e" if not x.strip() else "h" if header_line(x) else "t" for x in plain]
        mark_header_blocks(sub, plain)
        block = first
        while block < len(sub) and sub[block] == "H":
            block += 1
        if block and i + block < len(kinds) and kinds[i + block] == "q":
            for k in range(i, i + block):
                kinds[k] = "B"
        i = end
