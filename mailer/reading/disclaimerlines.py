"""A person's sentence that opens like a company disclaimer stays theirs: replytext's line kinds take every line
that opens with disclaimerwords.DISCLAIMER_OPEN_RE for a disclaimer ("d") when it stands apart under the text or its
paragraph has the legal words; this gives the line back to the person's text ("t") when none of a disclaimer's legal
words is in its paragraph and their text goes on under it with a sentence or a command ("diese E-Mail enthält
vertrauliche Kundendaten, bitte nicht weiterleiten." / "Die Seriennummer ist 44-1234.", "The content of this email is
confidential, please don't forward it." over "Interview her."). A disclaimer's heading is never given back. Run on
replytext's line kinds right after they are first read."""

from __future__ import annotations

import re

from mailer.reading.disclaimerwords import DISCLAIMER_HEADING_RE, DISCLAIMER_OPEN_RE, LEGAL_RE
from mailer.reading.signature import opens_with_command

_PEEK = 300
_PARAGRAPH = 6  # a disclaimer's legal words are looked for in this many lines of its paragraph
_SENTENCE_RE = re.compile(r"[^\W\d_]{2,}.*[.!?]\s*$")
_NUMBERED_RE = re.compile(r"^\s*#?\d{1,3}\s*[.):\-–]?\s*")  # "1 yes 2 pass", "1) interview"


def _paragraph(lines: list[str], kinds: list[str], i: int) -> str:
    out = []
    for k in range(i, min(len(lines), i + _PARAGRAPH)):
        if kinds[k] == "e":
            break
        out.append(lines[k][:_PEEK])
    return " ".join(out)


def persons_line(line: str, words: int = 2) -> bool:
    """Is this line the person's own: a command ("Snooze 3d", "1 yes 2 pass") or a sentence of at least `words`
    words ("Interview her.", "Sì, intervista."), with none of a disclaimer's legal words? A company's name or
    address under a disclaimer ("Acme GmbH", "Acme Ltd.") is none."""
    head = line[:_PEEK]
    if LEGAL_RE.search(head):
        return False
    if opens_with_command(_NUMBERED_RE.sub("", head, count=1)):
        return True
    tail = head.split()[1:]
    # a company's name or address line capitalises every word ("Acme Ltd.", "12 Main St."); a sentence has a word in
    # lower case after its first one ("Interview her.", "Der Inhalt ist vertraulich.") or is in a script with no case
    lowered = any(w[:1].isalpha() and not w[:1].isupper() for w in tail)
    return len(tail) + 1 >= words and lowered and bool(_SENTENCE_RE.search(head))


def _text_goes_on(lines: list[str], kinds: list[str], i: int) -> bool:
    """Is there a line of the person's under line i, before any history, signature or rule? In line i's own
    paragraph only a command or a sentence of four words or more counts (a disclaimer's wrapped "may be
    privileged." is none); under a blank line, a command or any sentence of two words or more ("Interview her.")."""
    apart = False
    for k in range(i + 1, len(kinds)):
        if kinds[k] not in "te":
            return False
        apart = apart or kinds[k] == "e"
        if kinds[k] == "t" and persons_line(lines[k], 2 if apart else 4):
            return True  # (a disclaimer's second paragraph, "If you are not the intended recipient …", is none)
    return False


def settle_disclaimers(lines: list[str], kinds: list[str]) -> None:
    """Give a person's confidential-data sentence that replytext took for a disclaimer back to their text ("t")."""
    for i, kind in enumerate(kinds):
        head = lines[i][:_PEEK]
        if kind == "d" and DISCLAIMER_OPEN_RE.match(head) and not DISCLAIMER_HEADING_RE.match(head) \
                and not LEGAL_RE.search(_paragraph(lines, kinds, i)) and _text_goes_on(lines, kinds, i):
            kinds[i] = "t"
