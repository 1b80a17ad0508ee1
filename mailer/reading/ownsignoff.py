"""A person's own sign-off under their words: the last line when it is only their name or initials ("Nate",
"— Nate B.", "NN"), with the closing line above it ("Best,"), is no part of what they said (pure).

replytext keeps a signed name (a sign-off is the person's, and a name alone cannot be told from a word without
knowing who wrote): it is cut here, where the sender is known. knownquote.reply_words calls it for every reader of
a person's words (the manager's stored answer that status mails quote, commands, the mentor's journal), and
classify for a manager's answer a recruiter forwarded, with the forwarded mail's sender.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from mailer.reading.commandwords import DEFAULT_WORDS, vocabulary, words_key
from mailer.reading.replymarkers import CLOSING_RE
from mailer.reading.yesnowords import LEXICON, normal

# A sign-off name line: "Nate", "— Nate", "-N.", "Nate B." (dashes and trailing punctuation read past).
_SIGN_OFF_LINE = re.compile(r"^[\s\-–—~]*(?P<name>[^\W\d_][\w.'’ -]{0,60}?)[\s.,!]*$")

# A closing line above the sign-off name ("Best,", "Kind regards,", "Thanks!"): part of the sign-off, not advice.
# With replytext's closings in ~20 languages ("Saludos,", "Met vriendelijke groet,", "よろしくお願いいたします。").
_CLOSING_LINE = re.compile(r"^\s*(?:(?:all the |very )?best(?: wishes| regards)?|(?:kind |warm |best )?regards|cheers|"
                           r"thanks?(?: again| a lot)?|thank you|many thanks|thx|br|take care|sincerely|"
                           r"(?:viele |liebe |beste )?gr(?:ü|ue)(?:ß|ss)e|mvh|cordialement)\s*[,.!]*\s*$",
                           re.IGNORECASE)

_WORD_SPLIT = re.compile(r"[\W\d_]+")

# Every yes and no of every language, whole ("no", "ja", "si", "nee hoor" is not one: a name never reads so).
_YES_NO = frozenset().union(*(yes | no for yes, no in LEXICON.values()))


def _closing(line: str) -> bool:
    return bool(_CLOSING_LINE.match(line) or CLOSING_RE.match(line))


def _name_words(name: str) -> list[str]:
    """The words of a name, or of an address's local part ("nate.brown@" → nate, brown), lower-cased."""
    local = name.split("@", 1)[0] if "@" in name else name
    return [w.lower() for w in _WORD_SPLIT.split(local) if len(w) > 1]


def _own_names(names: tuple[str, ...]) -> set[str]:
    """The words of the sender's own names and of their address's local part."""
    return {w for name in names for w in _name_words(name)}


def _own_initials(names: tuple[str, ...]) -> set[str]:
    """What a person signs with for short: the initials of a name of two words or more ("Nate Brown",
    "nate.brown@" → "nb"; "Brown, Nate" → "bn" and "nb"). A lone letter counts only beside a name ("Nate B."):
    "B" alone may be an answer."""
    found = set()
    for words in map(_name_words, names):
        if len(words) > 1:
            found |= {"".join(w[0] for w in words), "".join(w[0] for w in reversed(words))}
    return found


def an_answer(line: str, words: Mapping[str, Sequence[str]] = DEFAULT_WORDS) -> bool:
    """Is the line a yes or a no of any language ("no", "ja", "si", "Nej") or one of the command words ("Hold",
    "pass", ops' own under `words`)? A manager whose name or initials spell it ("Nora Olsen" answering "no",
    "Hold Smith" answering "Hold") answered with it: it is never taken for their sign-off.

    >>> an_answer("No."), an_answer("- Hold"), an_answer("Nate B.")
    (True, True, False)
    """
    said = line.strip(" \t-–—~.,!:;")
    return bool(said) and (normal(said) in _YES_NO or vocabulary(words_key(words))[0].fullmatch(said) is not None)


def without_own_sign_off(text: str, *names: str, words: Mapping[str, Sequence[str]] = DEFAULT_WORDS) -> str:
    """The words without their last line when that line is only the sender's own name or initials (their sign-off,
    which a status mail or a check-in would otherwise quote back: "yes Nate"), and without the closing line above
    that name ("Best,"). Any other last line stays, capitalised or not; a text of one line stays whole, and so does
    a last line that is an answer (`an_answer`: "no" under "Hi Rita," from Nora Olsen; `words`: the manager's
    vocabulary, the defaults with ops' `replies.words`).

    >>> without_own_sign_off("Ask about failure, always ✓.\\n\\nNate", "Nate Brown", "nate.brown@acme.test")
    'Ask about failure, always ✓.'
    >>> without_own_sign_off("yes\\n\\nNN", "Nate Newyork")
    'yes'
    >>> without_own_sign_off("Ask about failure.\\nPriya", "Nate Brown")
    'Ask about failure.\\nPriya'
    >>> without_own_sign_off("Hi Rita,\\nno", "Nora Olsen")
    'Hi Rita,\\nno'
    """
    lines = text.rstrip().split("\n")
    if len(lines) < 2:
        return text
    own, initials = _own_names(names), _own_initials(names)
    # "Best, Maria" on one line: the closing and the name together (as common as the two on two lines).
    closing, comma, rest = lines[-1].partition(",")
    if an_answer(lines[-1], words) or (comma and an_answer(rest, words)):
        return text
    if comma and _closing(closing + comma) and _only_own_name(rest, own, initials):
        return "\n".join(lines[:-1]).rstrip()
    if _only_own_name(lines[-1], own, initials):
        kept = "\n".join(lines[:-1]).rstrip().split("\n")
        if _closing(kept[-1]):
            kept = kept[:-1]
        return "\n".join(kept).rstrip()
    return text


def _only_own_name(line: str, own: set[str], initials: set[str]) -> bool:
    """Whether a line is only the sender's own name: "Nate", "— Nate B.", "nate" (an initial may stand beside a
    name), or only their initials: "NB", "N.B.", "-nb"."""
    found = _SIGN_OFF_LINE.match(line)
    if found is None:
        return False
    words = [w.strip(".").lower() for w in found.group("name").split()]
    if "".join(w.replace(".", "") for w in words) in initials:
        return True
    first_letters = {w[0] for w in own}
    return any(w in own for w in words) and all(w in own or (len(w) == 1 and w in first_letters) for w in words)
