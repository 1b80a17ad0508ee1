"""The signer's own line in company mail, which the closing-and-name rule of mailer/reading/signature.py does not see:
a name signed with a dash ("-Grace", "--Stinson") over the sender's extension, and a name written with its extension
("Samuel x3-9890 (GCP Team)") over a department or title line. The name stays; the contact and title lines under it,
when they are all the rest, go (mailer/reading/replytext.py calls this after cut_signature)."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import CONTACT_RE, EMPTY_RE
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


# A phone number alone on its line, perhaps with its label ("(713) 555-0142", "Tel: 713.853.4305", "cell 555 0142").
_PHONE_LINE_RE = re.compile(r"(?:(?:tel|phone|ph|cell|mobile|fax)\.?:?\s*)?\+?[\d(][\d ().-]{5,}\d(?:\s*\(\w+\))?", re.I)


def _phone_or_extension(line: str) -> bool:
    """A line that is a phone number or an extension and nothing else ("x8321", "ext. 2231", "(713) 555-0142"); a
    footnote or a link under a dash-signed name ("[1] http://…") is the person's, as the reply labels keep it."""
    return bool(_PHONE_LINE_RE.fullmatch(line) or _EXTENSION_RE.fullmatch(" " + line))


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
