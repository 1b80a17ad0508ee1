"""The subject shapes the blind submission sweep found read wrong, each from sentences written for this test (other
names, roles and languages than the sweep's table), with the hard negatives that must stay no name."""

import re
from email.message import EmailMessage
from types import SimpleNamespace

import pytest

from helpers import make_config
from mailer.config.load import DEFAULT_CANDIDATE_PATTERNS
from mailer.model import Kind
from mailer.reading.candidate import candidate_and_role, name_from_filename, named_in
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse

PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in DEFAULT_CANDIDATE_PATTERNS)


@pytest.mark.parametrize("subject,expected", [
    # "Candidate:" in the languages recruiters write, and its other words
    ("Kandidatin: Sophie Wagner – Controllerin", ("Sophie Wagner", "Controllerin")),
    ("Bewerber: Tobias Krüger - Elektroniker", ("Tobias Krüger", "Elektroniker")),
    ("Candidat : Luc Moreau – Chef de produit", ("Luc Moreau", "Chef de produit")),
    ("Candidato: Pablo Ruiz – Analista financiero", ("Pablo Ruiz", "Analista financiero")),
    ("Candidata - Sara Neri - Contabile", ("Sara Neri", "Contabile")),
    ("Kandidaat: Bram Peeters – Jurist", ("Bram Peeters", "Jurist")),
    ("Kandydatka: Ewa Lis – Księgowa", ("Ewa Lis", "Księgowa")),
    ("候補者：高橋 美咲（営業）", ("高橋 美咲", "営業")),
    ("Referral: Tom Baker – Support Lead", ("Tom Baker", "Support Lead")),
    ("New candidate: Tom Baker – Support Lead", ("Tom Baker", "Support Lead")),
    ("Strong candidate - Tom Baker (Support Lead)", ("Tom Baker", "Support Lead")),
    ("Empfehlung: Sophie Wagner", ("Sophie Wagner", "")),
    # the lead word before the role, the role before the name, "for", possessives, no colon after CV
    ("Kandidat für Controlling: Sophie Wagner", ("Sophie Wagner", "Controlling")),
    ("Support Lead candidate: Tom Baker", ("Tom Baker", "Support Lead")),
    ("Data Analyst – Tom Baker", ("Tom Baker", "Data Analyst")),
    ("Referral: Tom Baker for Support Lead", ("Tom Baker", "Support Lead")),
    ("Tom Baker for the Support Lead role", ("Tom Baker", "Support Lead")),
    ("Tom Baker’s resume", ("Tom Baker", "")),
    ("CV Tom Baker – Support Lead", ("Tom Baker", "Support Lead")),
    ("Resume for Tom Baker", ("Tom Baker", "")),
    ("Lebenslauf Sophie Wagner", ("Sophie Wagner", "")),
    # a remark after the role stays with the role; a requisition number is dropped
    ("Candidate: Tom Baker – Support Lead (EMEA)", ("Tom Baker", "Support Lead (EMEA)")),
    ("Candidate: Tom Baker – Support Lead (resent)", ("Tom Baker", "Support Lead (resent)")),
    ("Submittal - Tom Baker - Support Lead - Req#8812", ("Tom Baker", "Support Lead")),
    ("Candidate: Tom Baker – Support Lead (Req 77)", ("Tom Baker", "Support Lead")),
    # ATS shapes
    ("Please review Tom Baker for Support Lead", ("Tom Baker", "Support Lead")),
    ("Sam Sourcer shared Tom Baker with you", ("Tom Baker", "")),
    ("Tom Baker was shared with you", ("Tom Baker", "")),
    ("Tom Baker applied for Support Lead", ("Tom Baker", "Support Lead")),
    ("Candidate Tom Baker submitted for REQ-552 Support Lead", ("Tom Baker", "Support Lead")),
    ("Bewerbung von Sophie Wagner für Controllerin (m/w/d)", ("Sophie Wagner", "Controllerin (m/w/d)")),
    # tags before the lead
    ("URGENT: Candidate: Tom Baker – Support Lead", ("Tom Baker", "Support Lead")),
    ("Doorst: Kandidaat: Bram Peeters – Jurist", ("Bram Peeters", "Jurist")),
    ("【ご紹介】高橋美咲様／営業", ("高橋美咲", "営業")),
    # an introduction names the candidate in full beside the manager's first name, either side
    ("Intro: Tom Baker <> Priya", ("Tom Baker", "")),
    ("Intro: Priya <> Tom Baker", ("Tom Baker", "")),
    ("Introduction: Sophie Wagner x Nate", ("Sophie Wagner", "")),
    # a comma before a job title ends the name; the comma of "Baker, Tom" does not
    ("Candidate: Tom Baker, Support Lead", ("Tom Baker", "Support Lead")),
    ("Candidate: Baker, Tom", ("Baker, Tom", "")),
    # names with particles, hyphens and lower-case subjects
    ("Karl-Otto von Bülow - Controller", ("Karl-Otto von Bülow", "Controller")),
    ("Kandidat*in: Alex Meier – UX Writer", ("Alex Meier", "UX Writer")),
    ("Resume - Tom Baker.pdf", ("Tom Baker", "")),
    ("Meet Tom Baker – Support Lead", ("Tom Baker", "Support Lead")),
    ("Senior Java Developer | Tom Baker | Remote", ("Tom Baker", "Senior Java Developer")),
    ("Candidate: Björk – Designer", ("Björk", "Designer")),
    ("Candidate: Paulo Silva Junior – Support Lead", ("Paulo Silva Junior", "Support Lead")),
    ("candidate: tom baker - support lead", ("tom baker", "support lead")),
    ("Candidate: tom baker – Support Lead", ("tom baker", "Support Lead")),  # typed in lower case after the lead
    ("Candidate Submission: Tom Baker for Support Lead (Req 9)", ("Tom Baker", "Support Lead")),  # never a mix of cases
])
def test_the_shapes_recruiters_write(subject, expected):
    assert candidate_and_role(subject, (), PATTERNS) == expected


@pytest.mark.parametrize("subject", [
    "Interview scheduling – Tom Baker",  # about a candidate, not one
    "Offer approval - Tom Baker",
    "Great fit for the data team",  # lower-case words: no name
    "Quick question for you",
    "Feedback - Support Lead",
    "Zwei Kandidaten für Controlling",
    "Candidates for Support Lead",
    "Intro: Tom Baker <> Priya Patel",  # two whole names: which one is the candidate is a guess
    "Intro: Tom <> Priya",
    "CV Attached",  # one word after "CV" is no name
    "Thanks for Yesterday",
    "Weekly Update - Hiring Pipeline",
    "Budget Approval for Q1",
    "great fit for the platform team",  # all in lower case, nothing shows a name written first
    "Backend Engineer from Jane Doe",
    "Lunch – Friday",  # one word written first is no name
    "Q1 Planning – Engineering",
    "Maria Manager – Question",
    "Senior Engineer – Remote",  # a title and a word: no name on either side
])
def test_what_is_no_name_stays_the_subject(subject):
    assert candidate_and_role(subject, (), PATTERNS) == (subject, "")


def test_a_name_written_first_is_not_turned_around():
    assert candidate_and_role("Tom Baker – Data Analyst", (), PATTERNS) == ("Tom Baker", "Data Analyst")


@pytest.mark.parametrize("filename,expected", [
    ("CV_TomBaker.pdf", "Tom Baker"),
    ("Curriculo_Pablo_Ruiz.pdf", "Pablo Ruiz"),
    ("życiorys_Ewa_Lis.pdf", "Ewa Lis"),
    ("Bewerbungsunterlagen.pdf", ""),
])
def test_file_names(filename, expected):
    assert name_from_filename(filename) == expected


def _sub(candidate, subject):
    return SimpleNamespace(candidate=candidate, subject=subject)


def test_a_subject_read_as_no_name_is_kept_with_the_candidate_it_names():
    tom = _sub("Tom Baker", "Candidate: Tom Baker – Support Lead")
    assert named_in("Interview scheduling – Tom Baker", [tom]) is tom
    assert named_in("RE: Offer approval: tom baker", [tom]) is tom


def test_named_in_never_guesses():
    tom = _sub("Tom Baker", "Candidate: Tom Baker – Support Lead")
    ann = _sub("Ann Lee", "Candidate: Ann Lee – Support Lead")
    assert named_in("Interview scheduling – Tom Baker-Smith", [tom]) is None  # another person
    assert named_in("Interviews: Tom Baker and Ann Lee", [tom, ann]) is None  # two named: neither
    assert named_in("Interview scheduling", [tom]) is None
    fallback = _sub("Great fit", "Great fit")  # a submission recorded under its subject names no one
    assert named_in("Great fit – interview", [fallback]) is None


def _mail(subject, calendar=False, attachment=None):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"] = "rita@acme.test", "maria@acme.test", "mailer@acme.test"
    msg["Subject"], msg["Message-ID"] = subject, "<m1@acme.test>"
    msg.set_content("Interview with Tom Baker")
    if calendar:
        msg.add_alternative("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", subtype="calendar")
    if attachment:
        msg.add_attachment(b"x", maintype="application", subtype="octet-stream", filename=attachment)
    return parse(bytes(msg))


def test_a_recruiters_calendar_invitation_is_no_submission(tmp_path):
    config = make_config(tmp_path)
    for msg in (_mail("Invitation: Interview Tom Baker @ Thu 10 Dec", calendar=True),
                _mail("Interview – Tom Baker", attachment="invite.ics")):
        assert classify(msg, config, Context()).kind is Kind.IGNORED


def test_a_submission_with_a_résumé_is_still_one(tmp_path):
    config = make_config(tmp_path)
    msg = _mail("Candidate: Tom Baker – Support Lead", attachment="Tom_Baker_CV.pdf")
    assert classify(msg, config, Context()).kind is Kind.SUBMISSION


def test_a_submission_with_the_candidates_availability_attached_is_still_one(tmp_path):
    """A résumé (or another document) next to an .ics or a calendar part: the candidate's availability, not an
    invitation."""
    config = make_config(tmp_path)
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"] = "rita@acme.test", "maria@acme.test", "mailer@acme.test"
    msg["Subject"], msg["Message-ID"] = "Candidate: Tom Baker – Backend Engineer", "<m2@acme.test>"
    msg.set_content("Tom's CV and the times he can do.")
    msg.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="Tom_Baker_CV.pdf")
    msg.add_attachment(b"BEGIN:VCALENDAR", maintype="text", subtype="calendar", filename="availability.ics")
    assert classify(parse(bytes(msg)), config, Context()).kind is Kind.SUBMISSION
    assert classify(_mail("Candidate: Tom Baker – Backend Engineer", attachment="Portfolio.pdf"), config,
                    Context()).kind is Kind.SUBMISSION


def _with(subject, *attachments):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "rita@acme.test", "maria@acme.test", subject
    msg.set_content("x")
    for name in attachments:
        msg.add_attachment(b"x", maintype="application", subtype="pdf", filename=name)
    return parse(bytes(msg))


def test_another_candidates_résumé_in_a_thread_is_named_by_its_file():
    from mailer.reading.candidate import thread_reading
    thread = (_sub("Tom Baker", "Candidate: Tom Baker – Support Lead"),)
    assert thread_reading(_with("Re: Candidate: Tom Baker – Support Lead", "Ann_Lee_CV.pdf"), thread, PATTERNS) == \
        ("Ann Lee", "")
    # the subject already names the new candidate (with a role): read as usual
    assert thread_reading(_with("Candidate: Ann Lee – Support Lead", "Ann_Lee_CV.pdf"), thread, PATTERNS) is None
    # the thread's own candidate, any word order or an updated file: nobody new
    assert thread_reading(_with("Re: Candidate: Tom Baker – Support Lead", "Baker_Tom_CV_v2.pdf"), thread, PATTERNS) is None
    assert thread_reading(_with("Re: Candidate: Tom Baker – Support Lead", "T_Baker_CV.pdf"), thread, PATTERNS) is None
    # two new résumés: no guess
    assert thread_reading(_with("Re: x", "Ann_Lee_CV.pdf", "Bo_Li_CV.pdf"), thread, PATTERNS) is None


def test_several_résumés_that_name_no_one_are_no_submission(tmp_path):
    from mailer.reading.candidate import nameless_resumes
    assert nameless_resumes(_with("Profiles for Support Lead", "resume.pdf", "CV (2).pdf"), PATTERNS) == 2
    assert nameless_resumes(_with("Candidate: Tom Baker – Support Lead", "resume.pdf", "CV (2).pdf"), PATTERNS) == 0
    assert nameless_resumes(_with("Profiles", "Tom_Baker_CV.pdf", "resume.pdf"), PATTERNS) == 0
    assert nameless_resumes(_with("Profile", "resume.pdf", "Zeugnis.pdf"), PATTERNS) == 0  # one résumé
    config = make_config(tmp_path)
    msg = _with("Profiles for Support Lead", "resume.pdf", "resume (1).pdf")
    assert classify(msg, config, Context()).kind is Kind.IGNORED


def test_two_mails_without_subject_or_name_stay_two_submissions(tmp_path):
    # "(no subject)" stands in for a name only: two such submissions to one manager were taken for one candidate
    # sent twice (a merge: one of them never nudged).
    from datetime import datetime, timezone
    from mailer.compose import environment
    from mailer.ingest import IngestReport, ingest_raw
    from mailer.store import Store
    config, store = make_config(tmp_path), Store(tmp_path / "x.db")
    now = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)
    for uid in (1, 2):
        raw = (f"From: rita@acme.test\r\nTo: maria@acme.test\r\nCc: mailer@acme.test\r\nMessage-ID: <n{uid}@x>\r\n"
               f"Subject: \r\n\r\nSee the attached CV.\r\n").encode()
        with store.transaction():
            ingest_raw(store, config, environment(config.templates), raw, "INBOX", uid, now, IngestReport())
    assert [s.candidate for s in store.all_submissions()] == ["(no subject)", "(no subject)"]
