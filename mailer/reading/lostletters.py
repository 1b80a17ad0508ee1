"""Letters a gateway lost: patterns that still match a word whose accented letters became "?" (pure).

A mail converted through a charset that lacks a letter comes out with "?" in its place ("Ich kehre zur?ck am
07.10.", "B?ro"), or two of them for the two bytes of a UTF-8 letter ("tillbaks p?? kontoret"), or U+FFFD where
a decoder gave up ("In dringenden F\ufffdllen"). Mailing-list archives and old relays are full of such mail; the
words around a notice's date should still be read. A letter may also come out garbled rather than lost: UTF-8
read as Latin-1 or Windows-1252 ("dÃ©cembre", "BÃ¼ro", "pÃ¥"), even twice over ("dÃƒÂ©cembre"); mended() puts
such letters back.
"""

from __future__ import annotations

import re
import unicodedata

_LOST = "[?\ufffd]{1,2}"


# A UTF-8 letter's two or three bytes shown as Latin-1 / Windows-1252 characters: a lead byte (Â to ô) and
# continuation bytes (0x80-0xBF, or the characters Windows-1252 puts at 0x80-0x9F).
_GARBLED_RE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                         "\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030"
                         "\u2039\u203a\u20ac\u2122]{1,3}")


def _mend(m: re.Match[str]) -> str:
    for charset in ("cp1252", "latin-1"):
        try:
            return m.group(0).encode(charset).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return m.group(0)  # not a UTF-8 letter after all: left as written


def mended(text: str) -> str:
    """The text with UTF-8 letters that were read as Latin-1 or Windows-1252 put back; other text unchanged.

    >>> mended("Je serai de retour le 7 dÃ©cembre. BientÃ´t !")
    'Je serai de retour le 7 décembre. Bientôt !'
    """
    if "Ã" not in text and "Â" not in text and "Å" not in text:
        return text
    text, count = _GARBLED_RE.subn(_mend, text)
    if count and ("Ã" in text or "Â" in text):  # garbled twice over ("dÃƒÂ©cembre" → "dÃ©cembre"): once more
        text = _GARBLED_RE.sub(_mend, text)
    # "à" is C3 A0, and A0 (a no-break space) often became a plain space: "Ã  bientôt" in a text garbled so
    return re.sub(r"(?<!\w)Ã(?=\s)", "à", text) if count else text


def _latin(ch: str) -> bool:
    return ch.isalpha() and not ch.isascii() and unicodedata.name(ch, "").startswith("LATIN")


def lost_letters(pattern: str) -> str:
    """The regex pattern with each accented Latin letter also matching one or two "?" or U+FFFD; a letter
    inside a character class adds them to the class. Latin letters only: a Cyrillic or Greek word lost this
    way is all question marks, and "??" must not read as "до".

    >>> import re; bool(re.search(lost_letters("zurück am"), "Ich kehre zur?ck am 07.10."))
    True
    """
    out, in_class, i = [], False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch + "?\ufffd" if _latin(ch) else ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        else:
            out.append(f"(?:{ch}|{_LOST})" if _latin(ch) else ch)
        i += 1
    return "".join(out)
