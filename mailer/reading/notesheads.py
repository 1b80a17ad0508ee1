"""Lotus Notes' heads over the mail a reply quotes or forwards, which Notes writes without ">" and without "wrote:":
the sender and sent-time lines above its To:/cc:/Subject: table ("Jane Doe" over "07/26/2000 05:20 PM", "Jane
Doe@ACME", "Sent by: …", '"Jane Doe" <jane@…> on 09/18/2000 12:21:11 PM', "Please respond to …") and its "Forwarded by
… on <date>" rule when the reply's client wrapped it over two lines. For mailer/reading/replytext.py, which has
already marked the table itself "H": the head's lines become "H" with it, the wrapped rule "d"."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import DATE_FIELDS, HEADER_RE, HEADER_START

# Notes writes the sent time in the user's locale: "07/26/2000 05:20 PM", "26.07.2000 17:20", "2/7/01 11:09:16 AM".
SENT_TIME = r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_TIME_RE = re.compile(r"^\s*" + SENT_TIME + r"\s*$")
# The sender and the time on one line: "<sender> on <time>" (Notes' Internet mail), or the sender then a wide gap
# and the time ("Jane Doe   02/05/2001 06:37 AM", "Jane Doe @ ACME        04/04/2001 05:44 PM"): a sentence that
# mentions a date has neither the bare "on" before a time at the line's end nor the gap.
_SENDER_TIME_RE = re.compile(r"^\s*\S.{0,100}?(?:\s+on|\s{3,}|\t+)\s*" + SENT_TIME + r"\s*$")
_SENT_BY_RE = re.compile(r"^\s*(?:sent by|please respond to)\s*:?\s+\S", re.I)
_HEAD_LINES = 4  # a head is at most this many lines (name, "Sent by:", time, "Please respond to")
_BLANKS = 3  # blank lines Notes may leave between the head and its table
# A sender's name line at the head's top: a few words ("Jane Doe", "Jane Doe@ACME", "Jane Doe/HOU/ACME@ACME"), no
# sentence.
_NAME_RE = re.compile(r"^\s*[\"'(]?[^\W\d_][\w.'\"@/&() -]{0,60}$")
WRAPPED_FORWARD_RE = re.compile(
    r"^\s*-{3,}\s*(?:forwarded by|weitergeleitet von|transféré par|reenviado por|inoltrato da|doorgestuurd door)\s"
    r"(?=[^\n]*[\d@/])(?![^\n]*-{3,}\s*$)[^\n]{3,120}$", re.I)  # its closing dashes went to the next line
_RULE_END_RE = re.compile(r"^\s*[^-\s][^\n]{0,30}?-{3,}\s*$")  # "07:02 PM ---------------------------"


def _timed(line: str) -> bool:
    return bool(_TIME_RE.match(line) or _SENDER_TIME_RE.match(line))


def _head_above(lines: list[str], kinds: list[str], table: int) -> list[int]:
    """The lines of a Notes head right above the header table starting at `table` (empty when there is none). A head
    names the time the quoted mail was sent; a name line counts only right above that time or a "Sent by:"."""
    k = table - 1
    blanks = 0
    while k >= 0 and kinds[k] == "e" and blanks < _BLANKS:
        k, blanks = k - 1, blanks + 1
    head: list[int] = []
    while k >= 0 and len(head) < _HEAD_LINES and kinds[k] != "e":
        line = lines[k]
        if _timed(line) or _SENT_BY_RE.match(line):
            head.append(k)
        elif (k + 1 == table or (head and head[-1] == k + 1)) \
                and (_TIME_RE.match(lines[k + 1]) or _SENT_BY_RE.match(lines[k + 1])) \
                and _NAME_RE.match(line) and len(line.split()) <= 6:
            head.append(k)
            break  # the name is the head's first line
        else:
            break
        k -= 1
    if not head or not any(kinds[x] == "t" for x in range(min(head))):
        return []  # the mail's first text line is the person's, whatever it ends with ("Interview" / a time)
    return head if any(_timed(lines[x]) for x in head + [table]) else []


def _names_sender_or_time(lines: list[str], kinds: list[str], table: int) -> bool:
    """Does the header table starting at `table` have a sender or sent-time field ("From:", "Sent:", "Von:",
    "Datum:")? Notes' own table has neither (To:/cc:/Subject:), which is why Notes writes them in a head above it;
    Outlook's "From:/Sent:/To:/Subject:" block names both, so the line above it is the person's."""
    k = table
    while k < len(kinds) and kinds[k] == "H":
        found = HEADER_RE.match(lines[k])
        field = found["field"].lower() if found else ""
        if field in DATE_FIELDS or field in HEADER_START or field.split(" ", 1)[0] in HEADER_START:
            return True
        k += 1
    return False


def mark_notes_heads(kinds: list[str], lines: list[str]) -> None:
    """Mark Notes' sender/time head above each header table "H" (so the reply ends above it, as above the table),
    and a "Forwarded by" rule wrapped over two lines "d" (as it is when whole)."""
    for i in range(len(kinds)):
        if kinds[i] == "H" and (i == 0 or kinds[i - 1] != "H") and not _names_sender_or_time(lines, kinds, i):
            for k in _head_above(lines, kinds, i):
                kinds[k] = "H"
        if WRAPPED_FORWARD_RE.match(lines[i]) and i + 1 < len(lines) and _RULE_END_RE.match(lines[i + 1]):
            kinds[i] = kinds[i + 1] = "d"
