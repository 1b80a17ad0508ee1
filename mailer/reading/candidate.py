"""Who and what a submission is about: the candidate's name and role from subject or résumé file name (pure)."""

from __future__ import annotations

from pathlib import PurePath
import re

from mailer.reading.text import PREFIX_RE


# Reply/forward prefixes and the tags mail gateways add ("[EXTERNAL]"), in any order and repeated.
_NOISE = re.compile(rf"^\s*(?:{PREFIX_RE.pattern}|\[[^\]]{{1,30}}\]|\(ext(?:ernal)?\))\s*", re.IGNORECASE)
_CV_HINT = re.compile(r"resume|résumé|\bcv\b|lebenslauf|curriculum|简历|履歴書", re.IGNORECASE)
_NOT_A_CV = {"jd", "job", "description", "posting", "stellenbeschreibung", "offer", "contract", "invoice"}
_CV_WORDS = re.compile(
    r"(resume|résumé|cv|lebenslauf|curriculum|vitae|cover|letter|final|updated|new|portfolio|profile|application|"
    r"anschreiben|简历|履歴書|v\d+|\d+)", re.IGNORECASE)


def candidate_and_role(subject: str, attachments: tuple[str, ...], patterns: tuple[re.Pattern, ...]) -> tuple[str, str]:
    """Best guess at (candidate, role).

    >>> candidate_and_role("Candidate: Jane Doe – Senior Backend Engineer", (), DEFAULT)
    ('Jane Doe', 'Senior Backend Engineer')

    Subject patterns first, then the résumé's file name ("Jane_Doe_Resume.pdf"), then the subject itself.
    """
    clean = strip_noise(subject)
    for pattern in patterns:
        match = pattern.match(clean)
        if match and match.group("name").strip():
            role = match.groupdict().get("role") or ""
            return _tidy(match.group("name")), _tidy(role)
    # A résumé-looking file first: a job description or portfolio attached alongside must not win.
    for filename in sorted(attachments, key=lambda f: not _CV_HINT.search(f)):
        name = name_from_filename(filename)
        if name:
            return name, ""
    return (clean or "(no subject)"), ""


def strip_noise(subject: str) -> str:
    """'RE: FW: [EXTERNAL] Candidate: …' → 'Candidate: …'."""
    clean = subject or ""
    while (stripped := _NOISE.sub("", clean, count=1)) != clean:
        clean = stripped
    return clean.strip()


def name_from_filename(filename: str) -> str:
    """'Jane_Doe_Resume.pdf' → 'Jane Doe'; '' when nothing name-like is left."""
    stem = PurePath(filename).stem
    parts = [w for w in re.split(r"[\s_.\-]+", stem) if w]
    if any(w.lower() in _NOT_A_CV for w in parts):
        return ""  # a job description or offer attached beside the résumé names no candidate
    words = [w for w in parts if not _CV_WORDS.fullmatch(w)]
    words = [w for w in words if w.isalpha()]
    if len(words) == 1 and not words[0].isascii() and 2 <= len(words[0]) <= 8:
        return words[0]  # a name in a script without spaces between given and family name ("王小明")
    if not 1 < len(words) <= 4:
        return ""
    return " ".join(w if not w.islower() and not w.isupper() else w.capitalize() for w in words)


def _tidy(text: str) -> str:
    return " ".join(text.strip(" \t-–—|:").split())

