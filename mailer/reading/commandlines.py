"""The lines of a reply that commands are read from: the person's own (never quoted), cleaned, a greeting or a
pointer to inline answers skipped, a sign-off recognised; and the gist of a reply for quoting it back."""

from __future__ import annotations

from itertools import islice
import re
from typing import Iterator
import unicodedata

from mailer.reading.replymarkers import QUOTE_RE

MAX_LINES = 20  # a command sits at the top; the rest of a long mail is never read
LINE_PEEK = 300  # commands are short, so every pattern only sees a line's first characters
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

# "Hi Rita,", "Thanks!", "Hallo Rita,", "Grazie!" alone on a line (skipped), or "Hi Rita, pass" (the rest is read). A waving
# hand ends a greeting; a thumb after it ("Hi Rita, 👍") is the answer.
GREETING = re.compile(
    r"(?:hi|hello|hey|dear|hallo|hola|bonjour|salut|ciao|moin|servus|good\s+(?:morning|afternoon|evening)|"
    r"hoi|goedemorgen|goedemiddag|buongiorno|olá|oi|bom\s+dia|boa\s+tarde|"
    r"hej|hei|hallå|god\s+morgon|god\s+morgen|cześć|witam|dzień\s+dobry|salve|"
    r"guten\s+(?:morgen|tag)|buenos\s+d[ií]as|thanks|thank\s+you|many\s+thanks|thx|cheers|"
    # thanks in the other languages, so "Grazie, no" reads its "no" as "Thanks, pass" does (not Danish "tak",
    # which is Polish "yes")
    r"danke|vielen\s+dank|merci|gracias|muchas\s+gracias|bedankt|dank\s+je(?:\s+wel)?|dank\s+u(?:\s+wel)?|"
    r"grazie|obrigad[oa]|dziękuję|dzięki|tack|takk)(?!\w)"
    r"(?:\s+[^\W\d_][\w.'-]*){0,3}?\s*(?:[^\w👍👎]*$|,\s*(?P<rest>\S.*))", re.I)
# A line that only points to answers written between the quoted lines ("Answers below.", "See my comments
# inline"): the decision is the first line of the person's own under it, as if the pointer were a greeting.
POINTS_BELOW = re.compile(
    r"(?:(?:my\s+)?(?:answers?|comments?|replies|responses?|notes?)\s+(?:are\s+)?(?:below|inline|in[\s-]line)|"
    r"see\s+(?:my\s+)?(?:(?:answers?|comments?|notes?)\s+)?(?:below|inline)|answered\s+inline|"
    r"(?:meine\s+)?antworten\s+(?:unten|im\s+text)|siehe\s+unten|r[ée]ponses?\s+(?:ci-dessous|dans\s+le\s+texte)|"
    r"voir\s+ci-dessous|(?:mis\s+)?respuestas?\s+(?:abajo|entre\s+l[ií]neas)|ver\s+abajo|"
    r"(?:mijn\s+)?antwoord(?:en)?\s+hieronder|zie\s+hieronder|(?:le\s+mie\s+)?risposte\s+(?:qui\s+)?sotto|vedi\s+sotto|"
    r"(?:minhas\s+)?respostas\s+abaixo|ve(?:r|ja)\s+abaixo|(?:moje\s+)?odpowiedzi\s+poniżej|patrz\s+poniżej|"
    r"(?:mina\s+|mine\s+)?svar\s+(?:nedan|nedenfor|nedanför)|se\s+(?:nedan|nedenfor))\W*$", re.I)

# A sign-off line ("Thanks,", "Best regards", "Cheers, Maria", "Viele Grüße", "Merci", "Saludos").
SIGN_OFF = re.compile(
    r"(?:thanks|thank you|many thanks|thx|ty|cheers|best|best regards|kind regards|regards|all the best|warm regards|"
    r"br|danke|vielen dank|viele grüße|beste grüße|liebe grüße|grüße|mfg|gruß|merci|cordialement|bien à vous|"
    r"bonne journée|gracias|saludos|un saludo|atentamente|groeten|groetjes|met vriendelijke groet|bedankt|dank je|"
    r"saluti|cordiali saluti|grazie|obrigad[oa]|abraços?|att|atenciosamente|cumprimentos|pozdrawiam|pozdrowienia|"
    r"dziękuję|dzięki|hälsningar|vänliga hälsningar|med vänlig hälsning|mvh|hilsen|venlig hilsen|"
    r"med venlig hilsen|vennlig hilsen|takk|tack)\b[\s,.!]*(?:[^\W\d_][\w.'-]*\s*){0,3}$", re.I)


def below(lines: list[str], most: int = 3) -> list[str]:
    """The lines under the first (at most `most`), up to the sign-off: where a decision on the first may be taken
    back ("Yes, let's meet her.\nOn second thought, let's pass"), and not the name or greeting that ends the mail."""
    under = []
    for line in lines[1:most + 1]:
        if SIGN_OFF.match(line):
            break
        under.append(line)
    return under


def own_lines(text: str) -> Iterator[str]:
    """Non-empty cleaned lines of the person's own words, each cut to LINE_PEEK; lazy, so a huge mail costs only
    what is read. Quoted lines ("> …") are skipped: the reply text keeps a quote above an answer written under or
    between quoted lines as its context, and a quoted "pass" or "snooze 3d" is the earlier mail's, never a command."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end
        raw = text[start:min(end, start + LINE_PEEK)]
        line = "" if QUOTE_RE.match(raw) else clean(raw)
        if line:
            yield line
        start = end + 1


def clean(line: str) -> str:
    # NFC so a decomposed "sí" matches; curly apostrophes so "let’s talk" matches; "*yes*" from HTML emphasis.
    line = unicodedata.normalize("NFC", line).replace("’", "'")
    return line.strip().strip(ZERO_WIDTH).strip().lstrip("*_").strip()


def gist(text: str, limit: int = 160) -> str:
    """What a reply says, for quoting it back: greeting and sign-off (with the name under it) dropped, the
    rest on one line, shortened at a word. "Hi Rita,\nNot enough Go.\nThanks,\nMaria" → "Not enough Go." """
    lines = list(islice(own_lines(text), MAX_LINES))
    while lines:
        greeting = GREETING.match(lines[0])
        if not greeting:
            break
        if greeting.group("rest"):
            lines[0] = greeting.group("rest")
            break
        lines.pop(0)
    for index, line in enumerate(lines):
        if index and SIGN_OFF.match(line):
            lines = lines[:index]  # the sign-off and the name under it
            break
    said = " ".join(" ".join(lines).split())
    if len(said) <= limit:
        return said
    return said[:limit].rsplit(" ", 1)[0].rstrip(",;:-–—") + "…"
