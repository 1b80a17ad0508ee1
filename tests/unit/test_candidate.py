import re

import pytest

from mailer.reading.candidate import candidate_and_role, name_from_filename, resume_like
from mailer.config.load import DEFAULT_CANDIDATE_PATTERNS

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


@pytest.mark.parametrize("subject,attachments,expected", [
    ("Re: Candidate: Jane Doe – Senior Engineer", (), ("Jane Doe", "Senior Engineer")),
    ("[EXTERNAL] Candidate: Omar Haddad - Data Engineer", (), ("Omar Haddad", "Data Engineer")),
    ("RE: FW: [Ext] Jane Doe - SRE", (), ("Jane Doe", "SRE")),
    ("Candidate for Senior Engineer: Li Wei", (), ("Li Wei", "Senior Engineer")),
    ("Candidate: Jane Doe (Senior Engineer)", (), ("Jane Doe", "Senior Engineer")),
    ("Ann Lee (Staff Engineer)", (), ("Ann Lee", "Staff Engineer")),
    ("王小明 – 高级工程师", (), ("王小明", "高级工程师")),
    ("A great person", ("JD_Backend.pdf", "Portfolio_Jane_Doe.pdf"), ("Jane Doe", "")),
    ("hi", ("Job_Description.pdf", "Jane_Doe_CV.pdf"), ("Jane Doe", "")),
    ("hi", ("王小明_简历.pdf",), ("王小明", "")),
])
def test_realistic_subjects_and_attachments(subject, attachments, expected):
    assert candidate_and_role(subject, attachments, PATTERNS) == expected


@pytest.mark.parametrize("filename, resume", [
    ("Jane_Doe_CV.pdf", True), ("CV_Jane_Doe.pdf", True), ("jane_doe_cv_v2.docx", True), ("Jane-Doe-CV.pdf", True),
    ("Jane Doe CV.pdf", True), ("cv.pdf", True), ("Jane_Doe_Resume.pdf", True), ("Lebenslauf_Müller.pdf", True),
    ("Currículo_Ana_Souza.pdf", True), ("curriculo_joao_silva.pdf", True), ("Życiorys_Anna_Nowak.pdf", True),
    # a "cv" inside another word is none
    ("Jane_Doe.pdf", False), ("cvs_overview.xlsx", False), ("ACV_report.pdf", False), ("Job_Description.pdf", False),
])
def test_a_resume_by_its_file_name_whatever_separates_the_words(filename, resume):
    """An underscore separates a file name's words as a space or a hyphen does: "Jane_Doe_CV.pdf", the commonest
    name a recruiter gives a CV, is a résumé (it was not: \\b sees no word edge between "_" and "CV")."""
    assert resume_like(filename) is resume


@pytest.mark.parametrize("attachments", [
    ("Sales_Manager_Brief.pdf", "Jane_Doe_CV.pdf"), ("Maria_Lopez_Reference.pdf", "CV_Jane_Doe.pdf"),
])
def test_the_resume_names_the_candidate_not_the_document_attached_first(attachments):
    assert candidate_and_role("For you", attachments, PATTERNS) == ("Jane Doe", "")
