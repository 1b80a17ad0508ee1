"""Who and what a submission is about: the candidate's name and role from subject or résumé file name (pure)."""

from __future__ import annotations

from pathlib import PurePath
import re


_FORWARD = re.compile(r"^\s*((fwd?|fw|wg|tr)\s*:\s*)+", re.IGNORECASE)
_CV_WORDS = re.compile(
    r"(resume|résumé|cv|lebenslauf|curriculum|vitae|cover|letter|final|updated|new|v\d+|\d+)", re.IGNORECASE)


def candidate_and_role(subject: str, attachments: tuple[str, ...], patterns: tuple[re.Pattern, ...]) -> tuple[str, str]:
    """Best guess at (candidate, role).

    >>> candidate_and_role("Candidate: Jane Doe – Senior Backend Engineer", (), DEFAULT)
    ('Jane Doe', 'Senior Backend Engineer')

    Subject patterns first, then the résumé's file name ("Jane_Doe_Resume.pdf"), then the subject itself.
    """
    clean = _FORWARD.sub("", subject or "").strip()
    for pattern in patterns:
        match = pattern.match(clean)
        if match and match.group("name").strip():
            role = match.groupdict().get("role") or ""
            return _tidy(match.group("name")), _tidy(role)
    for filename in attachments:
        name = name_from_filename(filename)
        if name:
            return name, ""
    return (clean or "(no subject)"), ""


def name_from_filename(filename: str) -> str:
    """'Jane_Doe_Resume.pdf' → 'Jane Doe'; '' when nothing name-like is left."""
    stem = PurePath(filename).stem
    words = [w for w in re.split(r"[\s_.\-]+", stem) if w and not _CV_WORDS.fullmatch(w)]
    words = [w for w in words if w.isalpha()]
    if not 1 < len(words) <= 4:
        return ""
    return " ".join(w if not w.islower() and not w.isupper() else w.capitalize() for w in words)


def _tidy(text: str) -> str:
    return " ".join(text.strip(" \t-–—|:").split())

