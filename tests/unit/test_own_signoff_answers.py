"""A one-word answer that is also the sender's initials or a word of their name is their answer, never their
sign-off (reading/ownsignoff.py): Nora Olsen answering "no" under "Hi Rita," lost the "no" as her initials, and
the reply was read as no decision. A last line that is a yes or a no of any language, or a command word (ops' own
too), always stays."""

from datetime import datetime, timezone
from email.message import EmailMessage

import pytest

from helpers import make_config
from mailer.model import Kind, State, Submission
from mailer.reading import commands
from mailer.reading.classify import Context, classify
from mailer.reading.ownsignoff import without_own_sign_off
from mailer.reading.parse import parse
from zoneinfo import ZoneInfo

NOW = datetime(2026, 12, 8, 15, tzinfo=timezone.utc)

# (reply text, sender's name, sender's address, the decision it holds)
ANSWERS = [
    ("Hi Rita,\nno", "Nora Olsen", "nora.olsen@acme.example", "pass"),
    ("Hi Rita,\n\nNo", "Oliver Newton", "oliver.newton@acme.example", "pass"),   # the initials reversed
    ("Hi Rita,\nNo.", "Olsen, Nora", "no@acme.example", "pass"),
    ("Hi Rita\nno", "Nina O'Neil", "nina.oneil@acme.example", "pass"),
    ("Hallo Rita,\nja", "Jonas Albrecht", "jonas.albrecht@acme.example", "interview"),
    ("Hi Rita\nJa", "Albrecht, Jonas", "ja@acme.example", "interview"),
    ("Hola Rita,\nsi", "Sofía Iglesias", "sofia.iglesias@acme.example", "interview"),
    ("Hi Rita,\nyes", "Yvonne Ellis Stevens", "y.stevens@acme.example", "interview"),
    ("Hi Rita,\nHold", "Hold Smith", "h.smith@acme.example", "hold"),             # a word of the name
    ("Thanks Rita!\nPass", "Pass Mark", "pm@acme.example", "pass"),
    ("Hi,\nInterview", "Team Lead", "interview@acme.example", "interview"),
]


@pytest.mark.parametrize("text, name, address, verb", ANSWERS)
def test_an_answer_spelt_like_the_senders_initials_or_name_stays(text, name, address, verb):
    kept = without_own_sign_off(text, name, address)
    assert kept == text
    parsed = commands.parse_commands(kept, NOW, ZoneInfo("Europe/London"))
    assert [c.verb for c in parsed.commands] == [verb]


@pytest.mark.parametrize("text, name, address, want", [
    # the sign-off still goes when the answer is above it
    ("yes\n\nNora", "Nora Olsen", "nora.olsen@acme.example", "yes"),
    ("yes\n\nBest, Nora", "Nora Olsen", "nora.olsen@acme.example", "yes"),
    ("Pass - too junior\nMark", "Mark Lee", "mark@acme.example", "Pass - too junior"),
    ("Hi Rita,\nMark her as hired", "Mark Lee", "mark@acme.example", "Hi Rita,\nMark her as hired"),
    # initials that spell an answer stay even under another answer: kept, never lost
    ("yes\n\nNO", "Nora Olsen", "nora.olsen@acme.example", "yes\n\nNO"),
])
def test_a_sign_off_under_the_answer_still_goes(text, name, address, want):
    assert without_own_sign_off(text, name, address) == want


def _reply(body: str, sender: str):
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, "rita@acme.test"
    msg["Subject"] = "Re: Candidate: Jane Doe – Backend"
    msg["Message-ID"], msg["In-Reply-To"] = "<r1@client.test>", "<s1@x>"
    msg["Date"] = "Tue, 08 Dec 2026 14:00:00 +0000"
    msg.set_content(body)
    return parse(bytes(msg))


def _submission() -> Submission:
    return Submission(1, "nate@acme.test", "rita@acme.test", "Jane Doe", "Backend", "Candidate: Jane Doe – Backend",
                      "s1@x", (), datetime(2026, 12, 7, 15, tzinfo=timezone.utc), State.OPEN)


def test_the_managers_no_under_a_greeting_is_his_decision(tmp_path):
    v = classify(_reply("Hi Rita,\nno\n", "Nora Olsen <nate@acme.test>"), make_config(tmp_path),
                 Context(in_thread=(_submission(),), now=NOW))
    assert v.kind is Kind.REPLY and [c.verb for c in v.commands] == ["pass"]


def test_an_ops_word_spelt_like_the_managers_name_is_his_decision(tmp_path):
    config = make_config(tmp_path, extra="replies:\n  words:\n    interview: [proceed]\n")
    v = classify(_reply("Hi Rita,\nProceed\n", "Proceed Smith <nate@acme.test>"), config,
                 Context(in_thread=(_submission(),), now=NOW))
    assert v.kind is Kind.REPLY and [c.verb for c in v.commands] == ["interview"]
