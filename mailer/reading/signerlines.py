"""The signer's own line in company mail, which the closing-and-name rule of mailer/reading/signature.py does not see:
a name signed with a dash ("-Grace", "--Stinson") over the sender's extension, a name written with its extension
("Samuel x3-9890 (GCP Team)") over a department or title line, and a short office extension alone under the closing
and name ("Thanks," / "Bill" / "3-3831"). The name stays; the contact and title lines under it, when they are all the
rest, go (mailer/reading/replytext.py calls these after cut_signature and the company heads)."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import CONTACT_RE, EMPTY_RE, SIGN_OFF_RE
from mailer.reading.signature import name_line, opens_with_command

# An office phone extension, as people in companies give it: "x8321", "x3-9890", "ext. 2231", "Ext 45".
_EXTENSION_RE = re.compile(r"\s*(?:x|ext\.?|extn\.?)\s?\d[\d-]{2,}\s*", re.I)
# A signed name with the extension on its line: one to three capitalised words, the extension, and at most a
# bracketed team ("Samuel x3-9890 (GCP Team)", "Jane Doe ext. 2231").
_NAME_EXTENSION_RE = re.compile(
    r"^[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}\s+(?i:x|ext\.?|extn\.?)\s?\d[\d-]{2,}(?:\s+\([^()]{1,40}\))?$")
_BLOCK_LINES = 4  # at most this many lines under the signer's line are taken for its block


def _dash_signed(line: str) -> bool:
    """A name signed with a dash, "-Grace", "--Stinson", "- Rob" (the dash says it is a signature)."""
    stripped = line.strip()
    return stripped[:1] in "-–—" and not stripped.startswith("-- ") and name_line(stripped)


# A phone number alone on its line, perhaps with its label ("(713) 555-0142", "Tel: 713.853.4305", "503/464-7927").
_PHONE_LINE_RE = re.compile(
    r"(?:(?:tel|phone|ph|cell|mobile|fax|direct)\.?:?\s*)?\+?[\d(][\d ()./-]{5,}\d(?:\s*\(\w+\))?", re.I)
# What a person writes alone on a line that the phone shape would take too: a year span, a date.
_NOT_A_PHONE_RE = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|"
                             r"(?:19|20)\d\d-\d{1,2}-\d{1,2}")


def phone_line(line: str) -> bool:
    """A phone number and nothing else (a date or a year span is no phone number)."""
    return bool(_PHONE_LINE_RE.fullmatch(line)) and not _NOT_A_PHONE_RE.fullmatch(line)


def _phone_or_extension(line: str) -> bool:
    """A line that is a phone number or an extension and nothing else ("x8321", "ext. 2231", "(713) 555-0142"); a
    footnote or a link under a dash-signed name ("[1] http://…") is the person's, as the reply labels keep it."""
    return phone_line(line) or bool(_EXTENSION_RE.fullmatch(" " + line))


# A line the person goes on writing under their name: a P.S. ("P.S. Pass on Omar", "PS: …") or one opening with a
# verb a manager writes to the recruiter ("Call Omar Today"), which a title of capitalised words can look like.
_POSTSCRIPT_RE = re.compile(r"^\s*(?:p\.?\s?){1,2}s\b", re.I)
_REQUEST_VERB_RE = re.compile(
    r"^\s*(?:call|ask|meet|book|send|see|tell|let|please|check|schedule|set|move|keep|give|take|get|make|"
    r"forward|invite|reply|talk|remind|put|find|go|try|bring|thanks|thank)(?!\w)", re.I)
# The small words a title or department writes in lower case between its capitalised words ("Head of People").
_TITLE_JOINS = frozenset(("of", "and", "for", "the", "at", "in", "&", "de", "du", "der", "für", "und"))


def _title_or_contact(line: str) -> bool:
    """A department, title or company line ("Enron Net Works _ Global Data Management", "Senior Counsel, ENA",
    "Head of People") or a contact line: short, no sentence, each word capitalised (or a number, a mark, or a
    joining "of"/"and"). A P.S. or a line opening with a command or request verb ("Snooze Omar 3d", "Call Omar
    Today") is the person's own."""
    if _POSTSCRIPT_RE.match(line) or opens_with_command(line) or _REQUEST_VERB_RE.match(line):
        return False
    return bool(CONTACT_RE.search(line)) or (
        len(line) <= 80 and len(line.split()) <= 8 and not re.search(r"[.?!,;:]$", line)
        and all(not w[:1].islower() or w in _TITLE_JOINS for w in line.split()))


def cut_signer_block(lines: list[str], kept: list[int]) -> list[int]:
    """Drop the block under a dash-signed name when every line of it is an extension or phone line, and the department and title lines under a name written with its extension. A dash-signed name over a
    sentence ("-Grace" / "Call me at x8321 if you need me.") or over another name (a list) keeps everything."""
    text = [k for k in kept if not EMPTY_RE.match(lines[k])]
    for pos in range(max(0, len(text) - _BLOCK_LINES - 1), len(text) - 1):
        here, rest = lines[text[pos]], [lines[k].strip() for k in text[pos + 1:]]
        listed = pos > 0 and _dash_signed(lines[text[pos - 1]])  # "-Grace" / "-Omar": a list of names
        if _dash_signed(here) and not listed and all(_phone_or_extension(x) for x in rest):
            return [k for k in kept if k <= text[pos]]
        if _NAME_EXTENSION_RE.match(here.strip()) and all(_title_or_contact(x) and not _dash_signed(x)
                                                          and not _NAME_EXTENSION_RE.match(x) for x in rest):
            return [k for k in kept if k <= text[pos]]
    return kept


# An internal extension alone: a one- or two-digit exchange, a dash and four or five digits, perhaps after "x" or
# "ext." ("3-3831", "x3-3831", "Ext. 5-4693"); or four or five digits after "x"/"ext" ("x3831", "ext 31822").
_BARE_EXTENSION_RE = re.compile(r"(?:(?:x|ext\.?|extn\.?)\s?)?\d{1,2}-\d{4,5}|(?:x|ext\.?|extn\.?)\s?\d{4,5}", re.I)


def mark_extension_under_closing(kinds: list[str], lines: list[str]) -> None:
    """An extension alone on its line, under the signer's name which itself is under a closing ("Thanks," /
    "Bill", or "Thanks, Bill" on one line), with nothing of the person's under it, is the signer's contact: "s"
    (kinds as replytext's). An extension with text under it, under a sentence or under a name with no closing stays."""
    for i in range(1, len(lines)):
        if kinds[i] != "t" or kinds[i - 1] != "t" or not _BARE_EXTENSION_RE.fullmatch(lines[i].strip()):
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
