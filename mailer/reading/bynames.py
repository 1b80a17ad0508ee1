"""Answers by name in a thread of several candidates ("interview Jane, pass on Omar", "Jane yes, Omar no", "Jane:
interview / Omar: pass"): the reply's clauses, each with the one candidate it names and what is left of it once the
name is taken out (pure). commands.py reads what is left as a decision.

Read only when sure: a name must match exactly one candidate of the thread (first name, last name or full name,
case- and accent-insensitive); a name matching two candidates, or two candidates in one clause, is no split (None),
and the reply is then read as it always was."""

from __future__ import annotations

import re
from typing import Sequence
import unicodedata

# Where a reply's clauses end: a sentence's end, a comma or semicolon, a slash or bar between answers, "and", "but".
_CLAUSE_END = re.compile(r"[.;!]+(?=\s|$)|,|\s[/|]\s|\s+(?:and|but|und|aber|et|mais|y|pero)\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A word tying a decision to the name after it: "pass on Omar", "yes to Jane", "oui pour Jane", "sí a Jane".
_TIE = re.compile(r"(?:\s|^)(?:on|for|to|with|about|re|pour|à|a|de|sur|für|mit|zu|bei|über|para|por|con|en)\s*$",
                  re.IGNORECASE)
# Parts of a name that name no one alone ("van", "de", "al"), and initials.
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "dos", "do", "du", "la",
                        "le", "el", "al", "bin", "ben", "ibn", "zu", "y", "e", "ter", "ten"})

# What is left of a clause once its name is out, read as a decision beyond the command words.
NOT_HIM_OR_HER = re.compile(
    r"(?:(?:leider|sadly|unfortunately|malheureusement|lamentablemente|desafortunadamente)\s+)?"
    r"(?:not|nicht|pas|non|no|nein|niet|nope)"
    r"(?:\s+(?:for\s+(?:me|us)|leider|sadly|unfortunately|malheureusement|lamentablemente))?", re.IGNORECASE)
MEET = re.compile(
    r"(?:(?:let'?s|i'?d\s+like\s+to|i\s+would\s+like\s+to|happy\s+to|keen\s+to|glad\s+to|i\s+want\s+to)\s+)?"
    r"(?:meet|interview)(?:\s+(?:please|pls))?|"
    r"(?:gerne\s+)?kennenlernen|(?:ich\s+möchte\s+)?(?:gerne\s+)?treffen|rencontrer|rencontrons|on\s+rencontre|"
    r"(?:me\s+gustaría\s+)?conocer|(?:quiero\s+)?entrevistar", re.IGNORECASE)


# The writer's signature on one line, which stands under answers by name like the writer's name alone: contact
# details ("+1 555 0100", "maria@acme.test", "www.acme.test", "M: …"), or parts between bars or bullets whose first
# is a name ("Maria Manager | Head of Engineering | Acme") or one of which is a contact detail.
_CONTACT = re.compile(
    r"(?:(?:tel|phone|mobile|mob|cell|fax|direct|office|email|e-mail|web|[mtpfew])\.?\s*:\s*)?"
    r"(?:\+?\(?\d[\d ().-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|"
    r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|de|fr|es|uk|eu|test)(?:/\S*)?)", re.IGNORECASE)
_SIGNATURE_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s*[|•·]\s*(?=\+?\d)")
_NAME_PART = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}")


def signature_line(line: str) -> bool:
    """True for a one-line signature: contact details only, or "Name | Title | Company" (each part short, none
    a sentence) with a name first or a contact detail among them.

    >>> signature_line("Maria Manager | Head of Engineering | +1 555 0100"), signature_line("Jane | not sure yet.")
    (True, False)
    """
    line = line.strip()
    if not line:
        return False
    if not _CONTACT.sub("", line).strip(" ,;/|•·-–—"):
        return True
    parts = [p.strip() for p in _SIGNATURE_SEPARATOR.split(line)]
    if len(parts) < 2 or not all(parts) or any(len(p.split()) > 6 or p[-1] in ".!?:" for p in parts):
        return False
    return bool(_NAME_PART.fullmatch(parts[0])) or any(_CONTACT.fullmatch(p) for p in parts)


def has_contact(line: str) -> bool:
    """A phone number, address or site in the line: what a signature holds and an answer does not."""
    return _CONTACT.search(line) is not None


def fold(text: str) -> str:
    """Case and accents folded: "José" and "jose" are one name."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _parts(name: str) -> list[str]:
    return [w for w in (fold(m.group()) for m in _WORD.finditer(name)) if len(w) > 1 and w not in _PARTICLES]


def clauses(lines: Sequence[str], names: Sequence[str]) -> list[tuple[int | None, str]] | None:
    """Each clause of `lines` as (the 1-based number of the one candidate of `names` it names, or None; the clause
    without that name and the word tying it to the decision). None when a name is not sure: one matching two
    candidates, or a clause naming two.

    >>> clauses(["interview Jane, pass on Omar"], ["Jane Doe", "Omar Haddad"])
    [(1, 'interview'), (2, 'pass')]
    """
    full = [_parts(n) for n in names]
    found: list[tuple[int | None, str]] = []
    for line in lines:
        start = 0
        for end in [m for m in _CLAUSE_END.finditer(line)] + [None]:
            clause = line[start:end.start() if end else len(line)]
            start = end.end() if end else len(line)
            if not clause.strip():
                continue
            named = _named(clause, full)
            if named is None:
                return None
            found.append(named)
    return found


def _named(clause: str, full: list[list[str]]) -> tuple[int | None, str] | None:
    """(candidate number or None, the clause without the name); None when unsure."""
    words = [(m.start(), m.end(), fold(m.group()).removesuffix("'s")) for m in _WORD.finditer(clause)]
    hits: list[tuple[int, int, int]] = []  # (candidate index, start, end) in the clause
    i = 0
    while i < len(words):
        whole = [n for n, parts in enumerate(full)
                 if len(parts) > 1 and [w for _, _, w in words[i:i + len(parts)]] == parts]
        if len(whole) == 1:
            span = len(full[whole[0]])
            hits.append((whole[0], words[i][0], words[i + span - 1][1]))
            i += span
            continue
        single = [n for n, parts in enumerate(full) if words[i][2] in parts]
        if len(single) > 1:
            return None  # "Jane" with Jane Doe and Jane Smith in the thread: which one?
        if single:
            hits.append((single[0], words[i][0], words[i][1]))
        i += 1
    if not hits:
        return None, clause.strip()
    if len({n for n, _, _ in hits}) > 1:
        return None  # "Jane before Omar": two candidates in one clause
    n, first, last = hits[0][0], hits[0][1], hits[-1][2]
    if len(hits) > 1 and clause[hits[0][2]:hits[-1][1]].strip():
        return None  # the same person named twice with words between: not a plain "decision, name"
    before = _TIE.sub("", clause[:first])
    return n + 1, " ".join(f"{before} {clause[last:]}".split())
