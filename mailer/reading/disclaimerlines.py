"""Disclaimer lines beyond replymarkers.DISCLAIMER_RE, both ways: company disclaimers in phrasings it does not list
(Italian "Questo messaggio e i suoi allegati sono indirizzati esclusivamente …", "Le informazioni contenute nella
presente comunicazione …", Dutch "De informatie verzonden met dit e-mailbericht is uitsluitend bestemd …", English
"The content of this email is confidential …", German "Der Inhalt dieser E-Mail …", Polish, Czech) open one; and a
person's sentence that DISCLAIMER_RE takes for one ("diese E-Mail enthält vertrauliche Kundendaten, bitte nicht
weiterleiten.") stays theirs when none of a disclaimer's legal words is in its paragraph and their text goes on under
it with a sentence or a command; so does a sentence in the new phrasings ("The content of this email is confidential,
please don't forward it." over "Interview her."). Run on replytext's line kinds right after they are first read (a disclaimer line is "d")."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import DISCLAIMER_HEADING_RE, DISCLAIMER_RE, LEGAL_RE
from mailer.reading.signature import opens_with_command

_PEEK = 300
_PARAGRAPH = 6  # a disclaimer's legal words are looked for in this many lines of its paragraph
_MORE_RE = re.compile(
    r"^\W*(?:"
    r"questo messaggio(?: e (?:i suoi|gli eventuali|tutti gli) allegati)? (?:sono|è) (?:indirizzat|destinat|riservat)|"
    r"questa (?:e-?mail|comunicazione)(?: e (?:i suoi|gli eventuali) allegati)?[^.]{0,60}(?:riservat|confidenzial|"
    r"destinat)|le informazioni contenute nella presente (?:comunicazione|e-?mail|mail|messaggio)|"
    r"(?:de informatie verzonden (?:met|in) )?(?:dit|deze) e-?mail(?:bericht)?[^.]{0,60}(?:uitsluitend bestemd|"
    r"vertrouwelijk)|the contents? of this (?:e-?mail|message)[^.]{0,60}(?:confidential|privileged|intended)|"
    r"der inhalt dieser (?:e-?mail|nachricht)[^.]{0,60}(?:vertraulich|ausschlie(?:ß|ss)lich)|"
    r"(?:treść )?(?:tej|niniejszej) wiadomości[^.]{0,60}(?:poufn|przeznaczon)|"
    r"(?:tento|tato) (?:e-?mail|zpráva|elektronická zpráva)[^.]{0,80}(?:důvěrn|určen)|"
    r"(?:ta|to) (?:e-?poštno )?sporočil[oa][^.]{0,60}(?:zaupn|namenjen))", re.I)
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
    """Mark the disclaimers DISCLAIMER_RE misses as "d" (a paragraph of its own under the text, or one that goes on
    with legal words), and give a person's confidential-data sentence back to their text ("t")."""
    text_above = False
    for i, kind in enumerate(kinds):
        head = lines[i][:_PEEK]
        if kind == "t" and _MORE_RE.match(head) and (LEGAL_RE.search(_paragraph(lines, kinds, i)) or (
                text_above and kinds[i - 1] == "e" and not _text_goes_on(lines, kinds, i))):
            kinds[i] = "d"  # (with the person's words under it, "… is confidential, please don't forward it." is theirs)
        elif kind == "d" and DISCLAIMER_RE.match(head) and not DISCLAIMER_HEADING_RE.match(head) \
                and not LEGAL_RE.search(_paragraph(lines, kinds, i)) and _text_goes_on(lines, kinds, i):
            kinds[i] = "t"
        text_above = text_above or kinds[i] == "t"
