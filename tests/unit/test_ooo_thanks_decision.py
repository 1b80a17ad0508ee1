"""A manager's answer written in the same sentence as their absence, under a template's thanks ("Thanks for your
email. I am on vacation until the 14th, please reject her."): the thanks-opener rule (reading/absence.py) once read
the whole sentence as a notice's because one part of it named an absence, and the answer was lost as an
out-of-office. Every clause must be a notice's; a decision, or an intent to meet or look at the candidate, in any
clause keeps the mail a person's. The same mails without that clause stay notices."""

import pytest

from mailer.reading import autoreply
from mailer.reading.absence import says_out_of_office
from mailer.reading.parse import parse

# (the person's answer, the same mail with the person's clause left out: a notice)
ANSWERS = [
    ("Thanks for your email. I am on vacation until the 14th, please reject her.",
     "Thanks for your email. I am on vacation until the 14th."),
    ("Thank you for your email. I'm on leave until Monday, please pass for now.",
     "Thank you for your email. I'm on leave until Monday."),
    ("Thanks for your note. I'm travelling this week, happy to meet her next week.",
     "Thanks for your note. I'm travelling this week."),
    ("Danke für Ihre Nachricht. Ich bin bis Montag nicht im Büro, gerne danach ein Gespräch.",
     "Danke für Ihre Nachricht. Ich bin bis Montag nicht im Büro."),
    ("Merci pour votre mail. Je suis absent jusqu'à lundi, on la rencontre après.",
     "Merci pour votre mail. Je suis absent jusqu'à lundi."),
    ("Gracias por tu mensaje. Estoy de vacaciones hasta el lunes, lo miro a la vuelta.",
     "Gracias por tu mensaje. Estoy de vacaciones hasta el lunes."),
    # an imperative about the candidate, a day proposed
    ("Thanks for your email. I'm on leave until Monday, please set her up with Anna.",
     "Thanks for your email. I'm on leave until Monday."),
    ("Thanks for your email. I'm out of the office until Friday, let's do Tuesday.",
     "Thanks for your email. I'm out of the office until Friday."),
    # the answer promised for the return (the rule's other branch), then a person's intent
    ("Thank you for your email. I am out of the office until Monday and will reply when I return, happy to meet her then.",
     "Thank you for your email. I am out of the office until Monday and will reply when I return."),
]


def _reply(body: str) -> bytes:
    """A full `Re:` reply to mailer's mail: threaded, with the quote under the manager's words."""
    return ("From: Maria Jones <maria.jones@acme.example>\r\nTo: rita@acme.example\r\n"
            "Subject: Re: Candidate: Jane Doe - Backend Engineer\r\nMessage-ID: <r1@acme.example>\r\n"
            "In-Reply-To: <c1@acme.example>\r\nDate: Mon, 07 Dec 2026 11:00:00 +0000\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body +
            "\r\n\r\nOn Mon, Dec 7, 2026 at 10:12 AM Rita Recruiter <rita@acme.example> wrote:\r\n> Hi Maria,\r\n"
            "> Candidate: Jane Doe - Backend Engineer. Do you want to interview her?\r\n").encode()


@pytest.mark.parametrize("answer", [a for a, _ in ANSWERS])
def test_an_answer_in_the_absences_sentence_is_no_out_of_office(answer):
    assert not says_out_of_office(answer)
    assert autoreply.detect_auto_reply(parse(_reply(answer)).parsed) is None


@pytest.mark.parametrize("notice", [n for _, n in ANSWERS])
def test_the_same_mail_without_the_persons_clause_is_a_notice(notice):
    assert says_out_of_office(notice)
    assert autoreply.detect_auto_reply(parse(_reply(notice)).parsed) is not None


@pytest.mark.parametrize("notice", [
    # a notice's own clauses may say "gerne", "pass … on", name a stand-in or give a number to call
    "Danke für Ihre Nachricht. Ich bin bis Montag nicht im Büro, gerne antworte ich Ihnen nach meiner Rückkehr.",
    "Thank you for your email. I am on leave until 3 June, please pass it on to my colleague Lee Chan.",
    "Thank you for your email. I am out of the office until Monday. For urgent matters, give me a call on 555 1234.",
    "Thank you for your email. I am away until 3 June, please contact her at ann@acme.example.",
])
def test_a_notices_own_clauses_stay_a_notices(notice):
    assert says_out_of_office(notice)
