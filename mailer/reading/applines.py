"""A mail app's "sent from" line, both ways, beyond appwords.APP_LINE_RE: lines in phrasings and languages it
does not list ("Gesendet von iPad", iOS in Arabic, Hebrew, Bulgarian, Serbian, Catalan, Baltic languages, Thai …)
are the app's; and a line it matches that goes on as the person's sentence ("Sent from my iPhone the photos didn't
arrive, can you resend them?", "Von meinem iPhone gesendet kommen die Anhänge leider nicht an.") is theirs, and so is
a line in the phrasings it does not list that goes on as a sentence or has the person's lines under it in its
paragraph ("Gesendet mit Outlook, kam nichts an." / "Bitte nochmal schicken."). Run on
replytext's line kinds right after they are first read (an app line is "s")."""

from __future__ import annotations

import re

from mailer.reading.appwords import APOLOGY_RE, APP_LINE_RE, APP_OPENING_RE, DEVICE_RE

_PEEK = 200
_APP_WORDS = 8  # an app line is short: its words, the device's and the app's name
# a sentence of the person's has a pronoun, a negation or a finite helper verb among its words
_SENTENCE_WORDS = frozenset(
    "i you we they he she it me us them my your our didn't don't doesn't can't won't isn't wasn't can could would "
    "will is are was were have has had not no did do does "
    "ich du wir ihr sie er es mich uns nicht kein keine kommen kommt kam kann können ist sind war habe hat haben "
    "je tu nous vous ils elle ne pas est sont ai a peux pouvez "
    "yo tú nosotros no es son he ha puedes puede "
    "io noi voi non è sono ho ha puoi può".split())


def _persons_sentence(line: str, pattern: re.Pattern = APP_LINE_RE, least: int = 4) -> bool:
    """Does this line, whose opening the pattern matched, go on as a sentence of the person's after the app's words
    (at least `least` words with a pronoun, a negation or a helper verb among them)?"""
    found = pattern.match(line[:_PEEK])
    rest = line[found.end():].strip() if found else ""
    if pattern is not APP_LINE_RE:
        rest = rest.lstrip(",;:–—- ")  # "Gesendet mit Outlook, kam nichts an."
    words = re.findall(r"[^\W\d_][\w'’]*", rest.lower())
    return bool(rest) and rest[:1].isalnum() and len(words) >= least and rest.rstrip()[-1:] in ".!?" \
        and not APOLOGY_RE.search(rest) and any(w.replace("’", "'") in _SENTENCE_WORDS for w in words)


def _ends_paragraph(lines: list[str], kinds: list[str], i: int) -> bool:
    """Is line i the last of the person's paragraph (an app writes its line under the text, never between the
    person's)? The quote's attribution right under it ("… schrieb Recruiter <r@x.com>:", "… كتب …:") is read as one
    later, so a next line ending in ":" ends the paragraph too."""
    return i + 1 >= len(kinds) or kinds[i + 1] != "t" or lines[i + 1].rstrip().endswith((":", "："))


def settle_app_lines(lines: list[str], kinds: list[str]) -> None:
    """Mark the app lines APP_LINE_RE misses as "s", and give a person's sentence it took for one back ("t")."""
    for i, kind in enumerate(kinds):
        line = lines[i]
        if kind == "t" and len(line) < _PEEK and APP_OPENING_RE.match(line) and len(line.split()) <= _APP_WORDS \
                and DEVICE_RE.search(line) and _ends_paragraph(lines, kinds, i) \
                and not _persons_sentence(line, APP_OPENING_RE, 2):  # "Gesendet von Mail hat sie nichts."
            kinds[i] = "s"
        elif kind == "s" and _persons_sentence(line):
            kinds[i] = "t"
