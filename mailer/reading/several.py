"""Several candidates in one submission mail: the people a subject lists ("Jane Doe & Omar Haddad – Backend Engineer",
"Candidates: Jane Doe, Omar Haddad, Li Wei"), or the different people its résumé files name under a subject that names
no one ("Two candidates for Backend", Jane_Doe_CV.pdf + Omar_Haddad_CV.pdf). Each becomes its own submission (pure).

Read only when sure: every part of the list must be a whole name of its own (two words or more, cased as a name, no
job noun), so "Jane Doe & team", "R&D Engineer", "Sales & Marketing", "Doe, Jane" and a double-barrelled name stay
one candidate or none; a person named twice (Jane_Doe_CV.pdf and Doe_Jane_cover_letter.pdf) is one."""

from __future__ import annotations

import re
import unicodedata

from mailer.model import Submission, candidate_key
from mailer.reading.candidate import (JOB_NOUN, candidate_and_role, looks_like_name, name_from_filename, resume_like,
                                      role_text, strip_noise, tidy)

# The word before a list, singular or plural, with an optional count: "Candidates:", "2 candidates –", "Kandidaten:",
# "Candidats :", "Candidatos:", "Kandydaci:", "Profiles:", "Submission:". A plural one also allows the connectors that
# are a name's own particles elsewhere ("Ortega y Gasset", "Silva e Souza").
_LEAD = re.compile(
    r"^(?:(?:\d+|two|three|four|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|due|tre|twee|drie|dois|três|dwóch|"
    r"dwa|trzy)\s+)?(?:(?:new|strong|top|neue)\s+)?(?:"
    r"(?P<plural>candidat(?:e|o|a)?s|kandidat(?:en|[*:_/]?innen)|candidati|kandydaci|kandydatów|profiles|profils|"
    r"perfiles|perfis|profili|submissions|referrals|cvs|résumés|resumes)"
    r"|candidate|kandidat(?:[*:_/]?in)?|candidat[ea]?|candidato|candidata|kandidaat|kandydat(?:ka)?|submission|"
    r"referral|profile?|profil)(?:\s*[:\-–—]\s*|\s+(?=(?:for|für|pour|para|per|voor|dla)\s))", re.IGNORECASE)
# "Candidates for Backend Engineer: Jane Doe, Omar Haddad"
_ROLE_FIRST = re.compile(r"^(?:for|für|pour|para|per|voor|dla)\s+(?:the\s+|le\s+poste\s+(?:de\s+)?)?(?P<role>[^:]+?)"
                         r"(?:\s+(?:role|position|opening))?\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
_SEP = re.compile(r"\s+[–—\-|/]\s+|\s*:\s+")
_BRACKETED_ROLE = re.compile(r"^(?P<rest>.+?)\s*\((?P<role>[^()]+)\)$")
_FOR_ROLE = re.compile(r"^(?P<rest>.+?)\s+(?:for|für|pour|para|per|voor|dla)\s+(?:the\s+)?(?P<role>.+?)"
                       r"(?:\s+(?:role|position|opening))?$", re.IGNORECASE)
# The rest after a lead word that names a role: "for Backend Engineer", "für Backend-Entwickler".
_FOR_ROLE_ONLY = re.compile(r"^(?:for|für|pour|para|per|voor|dla)\s+(?:the\s+|le\s+poste\s+(?:de\s+)?)?(?P<role>.+?)"
                            r"(?:\s+(?:role|position|opening))?$", re.IGNORECASE)
# Between names: a comma, "&", "+", "and" in the languages the lead words are in. "y", "e", "i" only after a plural
# lead word: elsewhere they join a name's parts ("José Ortega y Gasset").
_STRONG = re.compile(r"\s*,\s*(?:(?:and|und|et|en|&)\s+)?|\s+(?:&|\+|and|und|et|en|oraz|og|och)\s+", re.IGNORECASE)
_WEAK = re.compile(r"\s+(?:y|e|i)\s+")


def several_candidates(subject: str, attachments: tuple[str, ...], patterns: tuple[re.Pattern, ...]
                       ) -> list[tuple[str, str]]:
    """(candidate, role) of each person the mail submits, in the order named, when it names two or more; [] when it
    names one or none (the usual reading applies).

    >>> several_candidates("Jane Doe & Omar Haddad – Backend Engineer", (), DEFAULT)
    [('Jane Doe', 'Backend Engineer'), ('Omar Haddad', 'Backend Engineer')]
    """
    listed = listed_in_subject(subject)
    if listed:
        return listed
    named = resume_names(attachments)
    if len(named) < 2:
        return []
    name, _ = candidate_and_role(subject, (), patterns)
    names_none = name in (" ".join(strip_noise(subject).split()), strip_noise(subject), "(no subject)")
    # A subject that names one person of several résumés says who the mail is about: the others are left alone.
    return [(n, subject_role(subject)) for n in named] if names_none else []


def subject_role(subject: str) -> str:
    """The role a subject gives the résumés it carries, or "": "2 candidates for Backend Engineer", "Candidates –
    Backend Engineer", "Backend Engineer: 2 candidates". Only a role with a job noun ("Engineer", "Entwickler"):
    "Two candidates for you", "Candidates for Maria" and "Profiles for the team" state none."""
    clean = unicodedata.normalize("NFKC", strip_noise(subject))
    lead = _LEAD.match(clean)
    if lead:
        rest = clean[lead.end():]
        named = _FOR_ROLE_ONLY.match(rest)
        if named is None and _SEP.search(rest):
            return ""  # "Candidates: Jane Doe – Backend Engineer" names a person; the usual reading has it
        role = named.group("role") if named else rest
    elif (split := _SEP.search(clean)) is not None and _only_a_lead(clean[split.end():]):
        role = clean[:split.start()]
    else:
        return ""
    role = _job_title(role_text(role))
    return role if JOB_NOUN.search(role) else ""


# What a subject may put around the title: a bracket ("(urgent)", "(m/w/d)", "(Berlin)"), a part after a dash, bar or
# colon ("Maria – Backend Engineer", "Backend Engineer – interview next week") or a comma (", Berlin").
_TRAILING_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_PARTS = re.compile(r"\s+[–—\-|/]\s+|\s*:\s+|\s*,\s*")
# An English job noun ends its title ("Backend Engineer interview next week"); only "of/in/for/and" with a capitalised
# word goes on with it ("Director of Engineering", "Engineer in Test"). Other languages put the noun first.
_ENGLISH_NOUN = re.compile(r"\b(?:engineer|developer|manager|designer|scientist|analyst|architect|director|consultant|"
                           r"specialist|administrator|recruiter|accountant)s?\b", re.IGNORECASE)
_GOES_ON = re.compile(r"\s+(?:(?:of|in|for|and|&)\s+)?(?:[A-Z0-9][\w+#.-]*|I{1,3}V?)(?=\s|$)")


def _job_title(role: str) -> str:
    """The job title alone: "Maria – Backend Engineer" → "Backend Engineer", "Backend Engineer (urgent)",
    "Backend Engineer, Berlin" and "Backend Engineer interview next week" → "Backend Engineer"."""
    while (bracket := _TRAILING_BRACKET.search(role)) and not JOB_NOUN.search(bracket.group()):
        role = role[:bracket.start()]
    parts = [p for p in _PARTS.split(role) if JOB_NOUN.search(p)]
    if len(parts) == 1:
        role = parts[0].strip()
    nouns = list(_ENGLISH_NOUN.finditer(role))
    if nouns and len(nouns) == len(JOB_NOUN.findall(role)):  # English words only: the noun ends the title
        end = nouns[-1].end()
        while (more := _GOES_ON.match(role, end)) is not None:
            end = more.end()
        role = role[:end]
    return role.strip()


def _only_a_lead(text: str) -> bool:
    """"2 candidates", "Zwei Kandidaten", "Profiles": a lead word with nothing after it."""
    text = text.strip().rstrip(".!")
    lead = _LEAD.match(text + ": ")
    return bool(lead) and lead.end() == len(text) + 2


def listed_in_subject(subject: str) -> list[tuple[str, str]]:
    """The people a subject lists with the role it gives them all, or [] when it lists fewer than two."""
    clean = unicodedata.normalize("NFKC", strip_noise(subject))
    lead = _LEAD.match(clean)
    plural = bool(lead and lead.group("plural"))
    rest, role = (clean[lead.end():] if lead else clean), ""
    first = _ROLE_FIRST.match(rest) if lead else None
    if first:
        rest, role = first.group("rest"), first.group("role")
    elif (split := _SEP.search(rest)) is not None:
        left, right = rest[:split.start()], rest[split.end():]
        if _names(left, plural, strict=not lead):
            rest, role = left, right
        elif JOB_NOUN.search(left) or lead:  # "Backend Engineer – Jane Doe & Omar Haddad"
            rest, role = right, left
    elif (bracketed := _BRACKETED_ROLE.match(rest)) is not None or (bracketed := _FOR_ROLE.match(rest)) is not None:
        rest, role = bracketed.group("rest"), bracketed.group("role")
    names = _names(rest, plural, strict=not lead)
    return [(n, role_text(role)) for n in names]


def _names(text: str, plural: bool, strict: bool) -> list[str]:
    """Two or more distinct whole names joined by list connectors, else []."""
    parts = [tidy(p) for p in _STRONG.split(text)]
    if plural:
        parts = [tidy(q) for p in parts for q in _WEAK.split(p)]
    if len(parts) < 2 or not all(_whole_name(p, strict) for p in parts):
        return []
    distinct = _distinct(parts)
    return distinct if len(distinct) > 1 else []


def _whole_name(text: str, strict: bool) -> bool:
    """A person's full name: two to five words, cased as a name, no job noun ("Jane Doe", not "team" or "Jane")."""
    return (2 <= len(text.split()) <= 5 and not JOB_NOUN.search(text) and not _OPENER.match(text)
            and looks_like_name(text, strict))


# Words a subject opens with that no name does: "Thanks Jane Doe and Omar Haddad" thanks two people.
_OPENER = re.compile(r"(?:thanks|thank|hi|hello|dear|welcome|congrats|congratulations|fyi|re|with|about|regarding|"
                     r"danke|merci|gracias|grazie|obrigad[oa]|bedankt|dzięki)\b", re.IGNORECASE)


def resume_names(attachments: tuple[str, ...]) -> list[str]:
    """The different people the résumé files name (a file with "CV", "résumé", "Lebenslauf" … in its name), in
    order."""
    return _distinct([n for n in map(name_from_filename, (f for f in attachments if resume_like(f))) if n])


def _distinct(names: list[str]) -> list[str]:
    """One per person: a name whose words are all in another's is that person ("J Doe", "Doe Jane" are Jane Doe)."""
    kept: list[str] = []
    for name in names:
        words = {w for w in candidate_key(name).split() if len(w) > 1}
        if not any(words <= other or other <= words for other in
                   ({w for w in candidate_key(k).split() if len(w) > 1} for k in kept)):
            kept.append(name)
    return kept


def named_together(subject: str, submissions: list[Submission]) -> Submission | None:
    """The first of the open submissions a subject read as no name names, when it names two or more and they came
    in one mail ("Interview scheduling – Jane Doe & Omar Haddad" after "Jane Doe & Omar Haddad – Backend Engineer"):
    mail about that mail's candidates, kept with their thread rather than recorded as a new candidate. Candidates of
    different mails named together stay unguessed (candidate.named_in)."""
    clean = strip_noise(subject)
    named = [s for s in submissions if s.candidate and s.message_id and s.candidate != strip_noise(s.subject) and
             re.search(rf"(?<![\w\-]){re.escape(s.candidate)}(?![\w\-])", clean, re.IGNORECASE)]
    together = len({s.candidate.casefold() for s in named}) > 1 and len({s.message_id for s in named}) == 1
    return named[0] if together else None
