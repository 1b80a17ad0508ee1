"""Challenge-response mail and plain-text read receipts sent from the manager's own address, with no machine headers,
are never the manager's answer (found by the blind bounce sweep, test_bounce_blind.py). New sentences in the shape of
the class, and people's mail that must stay theirs."""

import email.message
from datetime import datetime, timezone

import pytest

from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.parse import parse

THREAD = Submission(1, "maria@acme.test", "rita@acme.test", "Tom Baker", "Data Analyst",
                    "Candidate: Tom Baker – Data Analyst", "<s9@acme.test>", (),
                    datetime(2026, 11, 2, tzinfo=timezone.utc), State.OPEN)


def read(subject, body):
    msg = email.message.EmailMessage()
    msg["From"] = "Maria Manager <maria@acme.test>"
    msg["To"] = "mailer@acme.test"
    msg["Subject"] = subject
    msg["Message-ID"] = "<p2@acme.test>"
    msg["Date"] = "Tue, 3 Nov 2026 14:05:00 +0100"
    msg["In-Reply-To"] = "<s9@acme.test>"
    msg.set_content(body)
    return classify(parse(bytes(msg)), _config(), Context(in_thread=(THREAD,)))


@pytest.mark.parametrize("body", [
    "To cut down on junk mail I only accept mail from senders who confirm that you are a real person. Visit "
    "https://guard.example/v?id=77 once and your mail goes through.",
    "Your mail is on hold. Please verify here: https://guard.example/v/1 - you only need to confirm you are human "
    "once.",
    "Votre message est en attente. Pour confirmer que vous êtes un humain, ouvrez https://guard.example/v/2.",
    "Tu mensaje está retenido. Confirma que eres una persona en https://guard.example/v/3.",
    "Uw bericht wacht. Bevestig via https://guard.example/v/4 dat u een mens bent.",
    "Ihre Nachricht wird zurückgehalten. Bestätigen Sie unter https://guard.example/v/5, dass Sie ein Mensch sind.",
])
def test_a_challenge_from_the_managers_address_is_no_answer(body):
    verdict = read("Re: Candidate: Tom Baker – Data Analyst", body)
    assert verdict.kind is Kind.AUTO_REPLY, verdict.reason


@pytest.mark.parametrize("subject,body", [
    ("Read: Candidate: Tom Baker – Data Analyst", "Your message to Maria Manager was read on Tuesday, 3 November "
                                                  "2026 14:02."),
    ("Not read: Re: Candidate: Tom Baker", "Your message to Maria Manager was deleted without being read on "
                                           "Tuesday, 3 November 2026."),
    ("Gelesen: Kandidat: Tom Baker", "Ihre Nachricht an Maria Manager wurde am Dienstag, 3. November 2026 14:02 "
                                     "gelesen."),
    ("Lu : Candidat : Tom Baker", "Votre message a été lu le mardi 3 novembre 2026 à 14:02."),
    ("Leído: Candidato: Tom Baker", "Su mensaje se leyó el martes, 3 de noviembre de 2026."),
    ("Gelezen: Kandidaat: Tom Baker", "Uw bericht is gelezen op dinsdag 3 november 2026."),
])
def test_a_plain_text_read_receipt_is_no_answer(subject, body):
    verdict = read(subject, body)
    assert verdict.kind is Kind.AUTO_REPLY, verdict.reason


@pytest.mark.parametrize("subject,body", [
    # a person doubting a sender asks without a link
    ("Re: Candidate: Tom Baker – Data Analyst", "Can you confirm you are a real person? Your last mail looked like a "
                                                "bot wrote it. Anyway: yes to Tom."),
    # a person's link, no question of being human
    ("Re: Candidate: Tom Baker – Data Analyst", "Please click https://cal.example/book to confirm the slot. Tom "
                                                "looks good."),
    # "Read:" in a person's own subject, no receipt words
    ("Read: Tom's CV - my notes", "I read the CV on the train. Strong SQL, weak on stats. Let's interview."),
    # receipt words quoted by a person under their own subject
    ("Re: Candidate: Tom Baker – Data Analyst", "Outlook says my reply was read on Monday, so you have it? Yes to "
                                                "Tom."),
])
def test_people_writing_like_that_stay_people(subject, body):
    verdict = read(subject, body)
    assert verdict.kind in (Kind.REPLY, Kind.COMMAND), verdict.reason


_CONFIG = None


def _config():
    global _CONFIG
    if _CONFIG is None:
        import sys
        import tempfile
        from pathlib import Path
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from helpers import make_config
        _CONFIG = make_config(Path(tempfile.mkdtemp(prefix="challenge-receipts-")))
    return _CONFIG
