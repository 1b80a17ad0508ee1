"""Does a text name the candidate of the submission it answers (pure)?

A person away who still answers often names the candidate only by name ("Jane ist gut, aber ich bin bis 14.12.
im Urlaub; in dringenden Fällen Paul"). An out-of-office notice knows nothing of the mail it answers, so it never
does, except where it repeats that mail: in a quote, in a quoted subject ('Your mail regarding "Candidate: Jane
Doe"'), on a "Subject:" line. The caller passes only the sender's own words; the subject lines are read past here.

What names the candidate, in any language, as a whole word:
  * the full name as stored ("Jane Doe"), and a role of two words or more ("Backend Engineer"); a one-word role
    ("Sales", "Support") is also a department a notice sends you to ("for sales enquiries contact Bob");
  * the first name alone ("Jane"), except
      - a first name that is also a common word in one of the languages mailer reads ("Will", "May", "Hope",
        "Paz", "Ja", "Per", "Dag"): one list for all languages, as a short text's language is not known for sure;
        such a candidate is then heard only by full name, as before this rule;
      - the sender's own name (a notice is often signed "Jane" by a manager who is a Jane too);
      - followed by another capitalised word that is not the candidate's surname ("Paul Weber" is another Paul,
        often the stand-in a notice names) or by an address ("Paul <paul@acme.test>").
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from typing import Iterable

# First names that are also everyday words (en, de, da/no/sv, fr, es, it, nl, pt): alone they say nothing.
_COMMON_WORDS = frozenset("""
will may hope faith grace joy mark bill june april august rose art pat sue don rich ray dawn frank guy jack rob
sunny summer autumn max chase hunter brook page drew miles earl iris holly ivy lily daisy amber crystal sky rain
storm star harmony melody patience prudence constance honor honour ruby penny ginger cherry candy cliff reed rod
chance sage river lane kit bear young king justice true nova luna eve nick ben al ed jo mo ask are even christian
angel ernst ja per bo tor dag liv hans sten sol mar luz paz rosa pilar amparo dolores consuelo mercedes blanca
soledad esperanza cruz reyes flor alba fe caridad gloria victoria nieves paloma estrella una lea mia vera bella
serena sole stella gioia felice fiore speranza bianca claire pierre blanche noël noel aimé clément désiré fleur
céleste aurore elle else jan wil roos
""".split())

_SUBJECT_LINE_RE = re.compile(
    r"^.*\b(?:subject|betreff|objet|asunto|assunto|oggetto|onderwerp|emne|ämne|aihe|temat|předmět|тема|主题|件名)"
    r"\s*[:：].*$|^\s*(?:re|aw|sv|vs|wg|fw|fwd|tr|rv|r)\s*:.*$", re.IGNORECASE | re.MULTILINE)
_QUOTED_WORDS_RE = re.compile('"[^"]{0,200}"|“[^”]{0,200}”|«[^»]{0,200}»|„[^“”]{0,200}[“”]')
_ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*")
# After a first name alone: another capitalised word (another person's surname) or an address: not the candidate.
_ANOTHER_PERSON_RE = re.compile(r"[:,]?[ \t]*[<(\[]?\s*@|[ \t]+([^\W\d_][\w'’-]*)")


@dataclass(frozen=True)
class CandidateWords:
    """What names the candidates of the submissions a mail answers."""

    phrases: tuple[str, ...] = ()                   # full names and roles of two words or more
    first_names: tuple[tuple[str, str], ...] = ()   # (first name, the rest of that name)

    def __bool__(self) -> bool:
        return bool(self.phrases or self.first_names)


def candidate_words(candidates: Iterable[str], roles: Iterable[str] = (), sender_name: str = "") -> CandidateWords:
    """The names (and roles) that, said in a mail's own words, speak of the candidate.

    >>> candidate_words(["Jane Doe"], ["Backend Engineer"], "Maria Rossi")
    CandidateWords(phrases=('Jane Doe', 'Backend Engineer'), first_names=(('Jane', 'Doe'),))
    >>> candidate_words(["Will Smith"], ["Sales"]).first_names
    ()
    """
    own = {w.lower() for w in re.findall(r"[^\W\d_]+", sender_name)}
    phrases: list[str] = []
    firsts: list[tuple[str, str]] = []
    for name in candidates:
        parts = name.split()
        if not parts:
            continue
        if len(parts) > 1:  # a one-word name is a first name alone, with its exceptions
            phrases.append(" ".join(parts))
        first = parts[0]
        if (len(first) > 1 and first.lower() not in _COMMON_WORDS and first.lower() not in own
                and any(c.isalpha() for c in first)):
            firsts.append((first, " ".join(parts[1:])))
    phrases.extend(" ".join(r.split()) for r in roles if len(r.split()) >= 2)
    return CandidateWords(tuple(dict.fromkeys(phrases)), tuple(dict.fromkeys(firsts)))


def unrepeated(own_words: str) -> str:
    """The sender's own words without what a notice repeats of the mail it answers: "Subject:" lines and
    words in quotation marks (line breaks kept as they were)."""
    return _QUOTED_WORDS_RE.sub(" ", _SUBJECT_LINE_RE.sub(" ", own_words))


def _whole(word: str) -> re.Pattern:
    spaced = r"\s+".join(re.escape(part) for part in word.split())  # a name may break across a line
    return re.compile(rf"(?<!\w){spaced}(?!\w)", re.IGNORECASE)


def names_candidate(own_words: str, words: CandidateWords) -> bool:
    """Do the sender's own words (quote already cut off) name the candidate?

    >>> names_candidate("Jane ist gut, aber ich bin bis 14.12. im Urlaub", candidate_words(["Jane Doe"]))
    True
    >>> names_candidate("In dringenden Fällen Jane Miller <jane@acme.test>", candidate_words(["Jane Doe"]))
    False
    >>> names_candidate("In dringenden Fällen Jane (jane@acme.test)", candidate_words(["Jane Doe"]))
    False
    >>> names_candidate('Your mail regarding "Candidate: Jane Doe" will be read', candidate_words(["Jane Doe"]))
    False
    """
    if not words:
        return False
    text = _ADDRESS_RE.sub("@", unrepeated(own_words))  # "jane@acme.test" is a mailbox, not the candidate
    if any(_whole(p).search(text) for p in words.phrases):
        return True
    for first, rest in words.first_names:
        for found in _whole(first).finditer(text):
            after = _ANOTHER_PERSON_RE.match(text, found.end())
            if after is None:
                return True
            word = after.group(1)
            if word is not None and not word[0].isupper():
                return True  # "Jane looks great": a lower-case word goes on the sentence
            if word is not None and rest and word.lower() == rest.split()[0].lower():
                return True  # "Jane Doe" split across a line
    return False
