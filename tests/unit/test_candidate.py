import re

import pytest

from mailer.candidate import candidate_and_role, name_from_filename
from mailer.config import DEFAULT_CANDIDATE_PATTERNS

PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in DEFAULT_CANDIDATE_PATTERNS)


@pytest.mark.parametrize("subject,attachments,expected", [
    ("Candidate: Jane Doe – Senior Backend Engineer", (), ("Jane Doe", "Senior Backend Engineer")),
    ("Candidate: Jane Doe - Senior Backend Engineer", (), ("Jane Doe", "Senior Backend Engineer")),
    ("Jane Doe - Senior Backend Engineer", (), ("Jane Doe", "Senior Backend Engineer")),
    ("Résumé: Jane Doe", (), ("Jane Doe", "")),
    ("Submission: Zoë Ødegård | Data Scientist", (), ("Zoë Ødegård", "Data Scientist")),
    ("Fwd: Candidate: Bo Li – SRE", (), ("Bo Li", "SRE")),
    ("Someone great for your team", ("Jane_Doe_Resume.pdf",), ("Jane Doe", "")),
    ("Someone great for your team", ("CV.pdf",), ("Someone great for your team", "")),
    ("", (), ("(no subject)", "")),
])
def test_candidate_and_role(subject, attachments, expected):
    assert candidate_and_role(subject, attachments, PATTERNS) == expected


@pytest.mark.parametrize("filename,expected", [
    ("Jane_Doe_Resume.pdf", "Jane Doe"),
    ("resume-ahmed-khan-2026.pdf", "Ahmed Khan"),
    ("CV - Marie Curie (final).docx", "Marie Curie"),  # "(final)" is noise, not part of the name
    ("Lebenslauf_Max_Mustermann.pdf", "Max Mustermann"),
    ("scan0001.pdf", ""),
])
def test_name_from_filename(filename, expected):
    assert name_from_filename(filename) == expected
