"""A manager's short answer that names the candidate only by name is never taken for a header-less out-of-office.

classify passes the tracked submission's candidate (and a role of two words or more) to the text-only rule
(reading/candidatewords.py): "Jane ist gut, aber ich bin bis 14.12. im Urlaub; in dringenden Fällen Paul" is
the manager's answer. A notice that does not name the candidate, names it only in its subject or quote, or is
marked by its headers, stays a notice.
"""

from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse

SUBJECT = "Candidate: Jane Doe – Backend Engineer"


def _submission(candidate: str = "Jane Doe", role: str = "Backend Engineer", subject: str = SUBJECT) -> Submission:
    return Submission(1, "maria@acme.test", "rita@acme.test", candidate, role, subject, "s1@x", (),
                      datetime(2026, 12, 1, tzinfo=timezone.utc), State.OPEN)


def _mail(body: str, *, subject: str = "Re: " + SUBJECT, threaded: bool = True, sender: str = "Maria Rossi",
          headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{sender} <maria@acme.test>"
    msg["To"] = "mailer@acme.test"
    msg["Subject"] = subject
    msg["Message-ID"] = "<r1@client.test>"
    if threaded:
        msg["In-Reply-To"] = "<s1@x>"
    msg["Date"] = "Thu, 10 Dec 2026 09:00:00 +0100"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return bytes(msg)


def _kind(tmp_path: Path, raw: bytes, sub: Submission | None = None) -> Kind:
    sub = sub or _submission()
    msg = parse(raw)
    ctx = Context(in_thread=(sub,)) if msg.in_reply_to else Context(of_sender=(sub,))
    return classify(msg, make_config(tmp_path), ctx).kind


# Each has an absence and a notice's words and no "candidate", "interview", yes or agreed day: without the
# candidate's name they read as a notice (the last test below shows it).
PERSONS = [
    "Jane ist gut, aber ich bin bis 14.12. im Urlaub; in dringenden Fällen Paul.",             # de
    "Jane er god. Jeg holder ferie til den 14., haster det så ring til Paul.",                  # da
    "Jane est très bien. Je suis en congés jusqu'au 14 ; en cas d'urgence, voir avec Paul.",   # fr
    "Jane me parece muy bien. Estoy de vacaciones hasta el 14; para asuntos urgentes, Paul.",   # es
    "Jane is strong. I'm out of the office until Monday; for urgent matters call Paul.",       # en
    "Jane Doe ist stark. Ich bin bis 14.12. im Urlaub; in dringenden Fällen Paul.",             # the full name
    "Gerne für die Backend Engineer Stelle. Ich bin bis 14.12. im Urlaub; in dringenden Fällen Paul.",  # role
    "jane is strong. I'm out of the office until Monday; for urgent matters call Paul.",       # written lower-case
]


@pytest.mark.parametrize("body", PERSONS)
def test_a_person_away_who_names_the_candidate_is_heard(tmp_path, body):
    assert _kind(tmp_path, _mail(body)) is Kind.REPLY


@pytest.mark.parametrize("body", PERSONS[:2])
def test_off_the_thread_the_subjects_submission_lends_its_name(tmp_path, body):
    raw = _mail(body, threaded=False)
    assert _kind(tmp_path, raw) is Kind.REPLY


@pytest.mark.parametrize("body", PERSONS[:5])
def test_the_same_words_without_a_tracked_submissions_name_read_as_a_notice(tmp_path, body):
    # the failing side of the rule: another candidate in the thread, so "Jane" is nobody mailer tracks
    other = _submission("Tom Berg", "Data Analyst", "Candidate: Tom Berg – Data Analyst")
    assert _kind(tmp_path, _mail(body, subject="Re: Candidate: Tom Berg – Data Analyst"), other) is Kind.AUTO_REPLY


NOTICES = [
    # a real-looking notice that names nobody
    "Thank you for your email. I am out of the office until 14 December with limited access to email. For urgent "
    "matters please contact Paul Weber.",
    # the name in the subject line it repeats, and in the quote of the original
    "Ich bin bis zum 14.12. im Urlaub. In dringenden Fällen wenden Sie sich bitte an Paul.\n\n"
    "Betreff: Re: Candidate: Jane Doe – Backend Engineer\n",
    "Je suis absente jusqu'au 14 décembre. Pour toute question, merci de contacter Paul.\n\n"
    "Le mer. 9 déc. 2026 à 10:00, Rita <rita@acme.test> a écrit :\n> Jane Doe would be a great fit.\n",
    # a notice quoting the subject it answers, the vacation(1) way
    'I am on vacation until December 14. Your mail regarding "Candidate: Jane Doe – Backend Engineer" will be read '
    "when I return.",
    # another Jane: the stand-in a notice names, with her surname or her address
    "Estoy de vacaciones hasta el 14. Para asuntos urgentes, Jane Miller.",
    "Jeg holder ferie til den 14. Haster det, så kontakt Jane <jane@acme.test>.",
]


@pytest.mark.parametrize("body", NOTICES)
def test_a_notice_that_does_not_itself_name_the_candidate_stays_a_notice(tmp_path, body):
    assert _kind(tmp_path, _mail(body)) is Kind.AUTO_REPLY


@pytest.mark.parametrize("headers", [{"Auto-Submitted": "auto-replied"}, {"X-Autoreply": "yes"},
                                     {"X-MS-Exchange-Inbox-Rules-Loop": "maria@acme.test",
                                      "X-Auto-Response-Suppress": "All"}])
def test_a_header_marked_notice_is_one_whatever_names_it_holds(tmp_path, headers):
    body = ("Jane Doe is noted. I am out of the office until 14 December.\n\n"
            "> Jane would be a great fit for the Backend Engineer role.\n")
    assert _kind(tmp_path, _mail(body, headers=headers)) is Kind.AUTO_REPLY


def test_a_first_name_that_is_a_common_word_is_no_name(tmp_path):
    will = _submission("Will Smith", "", "Candidate: Will Smith")
    notice = ("I am out of the office until 14 December. Will reply on my return; for urgent matters please "
              "contact Paul.")
    assert _kind(tmp_path, _mail(notice, subject="Re: Candidate: Will Smith"), will) is Kind.AUTO_REPLY
    answer = "Will Smith is strong. I'm out of the office until Monday; for urgent matters call Paul."
    assert _kind(tmp_path, _mail(answer, subject="Re: Candidate: Will Smith"), will) is Kind.REPLY


def test_the_senders_own_first_name_is_their_signature_not_the_candidate(tmp_path):
    notice = "I am out of the office until 14 December. For urgent matters please contact Paul.\n\nJane"
    assert _kind(tmp_path, _mail(notice, sender="Jane Roe")) is Kind.AUTO_REPLY
    assert _kind(tmp_path, _mail(notice, sender="Maria Rossi")) is Kind.REPLY  # another manager's "Jane" is her
