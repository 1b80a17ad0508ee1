"""Letters a gateway lost: patterns that still match a word whose accented letters became "?" (pure).

A mail converted through a charset that lacks a letter comes out with "?" in its place ("Ich kehre zur?ck am
07.10.", "B?ro"), or two of them for the two bytes of a UTF-8 letter ("tillbaks p?? kontoret"), or U+FFFD where
a decoder gave up ("In dringenden F\ufffdllen"). Mailing-list archives and old relays are full of such mail; the
words around a notice's date should still be read.
"""

from __future__ import annotations

import unicodedata

_LOST = "[?\ufffd]{1,2}"


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
