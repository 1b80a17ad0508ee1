"""A person's own name (or initials) signed under their words is no part of what they said: the manager's stored
answer, the status mail that quotes it, a forwarded answer and the mentor's journal all read the words without it.

Found in a user-journey review: Nate replied "yes", a blank line, "Nate"; Rita's status mail then read
`Jane Doe: interview — "yes Nate"`. The journal already dropped such a line; the manager's answer did not."""

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from helpers import make_config
from mailer.compose import environment
from mailer.effects import Effects
from mailer.model import Kind, State, Submission
from mailer.reading.classify import Context, classify
from mailer.reading.ownsignoff import without_own_sign_off
from mailer.reading.parse import parse
from mailer.store import Store

NOW = datetime(2026, 12, 8, 15, tzinfo=timezone.utc)
NATE = "Nate Newyork <nate@acme.test>"


@pytest.mark.parametrize("text, want", [
    ("yes\n\nNate", "yes"),
    ("yes\nNate", "yes"),
    ("yes\n\nNate N.", "yes"),
    ("yes\n\n— Nate", "yes"),
    ("yes\n\nnate", "yes"),
    ("yes\n\nThanks,\nNate", "yes"),
    ("yes\n\nBest, Nate", "yes"),
    ("yes\n\nSaludos,\nNate Newyork", "yes"),     # closings in other languages, as replytext knows them
    ("yes\n\nMet vriendelijke groet,\n\nNate", "yes"),
    ("はい\n\nよろしくお願いいたします。\nNate Newyork", "はい"),
    ("yes\n\nNN", "yes"),               # initials
    ("yes\n\nN.N.", "yes"),
    ("yes\n\n-nn", "yes"),
    ("Let's talk to her.\nNate Newyork", "Let's talk to her."),
    # Not his name: the line stays.
    ("yes\n\nPriya", "yes\n\nPriya"),
    ("yes\n\nNew York", "yes\n\nNew York"),
    ("yes\n\nN", "yes\n\nN"),           # a lone letter may be an answer ("slot B")
    ("Which slot?\nB", "Which slot?\nB"),
    ("yes\n\nNate will call her", "yes\n\nNate will call her"),
    ("Nate", "Nate"),                   # a text of one line stays whole
])
def test_the_senders_own_name_or_initials_under_the_words_go(text, want):
    assert without_own_sign_off(text, "Nate Newyork", "nate@acme.test") == want


def reply(body: str, sender: str = NATE):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "rita@acme.test"
    msg["Cc"] = "mailer@acme.test"
    msg["Subject"] = "Re: Candidate: Jane Doe – Backend"
    msg["Message-ID"] = "<r1@client.test>"
    msg["In-Reply-To"] = msg["References"] = "<s1@x>"
    msg["Date"] = "Tue, 08 Dec 2026 14:00:00 +0000"
    msg.set_content(body)
    return parse(bytes(msg))


def submission() -> Submission:
    return Submission(1, "nate@acme.test", "rita@acme.test", "Jane Doe", "Backend", "Candidate: Jane Doe – Backend",
                      "s1@x", (), datetime(2026, 12, 7, 15, tzinfo=timezone.utc), State.OPEN)


@pytest.mark.parametrize("body", ["yes\n\nNate\n", "yes\n\nNN\n", "yes\n\nCheers,\nNate\n"])
def test_the_managers_answer_is_read_without_his_sign_off(tmp_path, body):
    v = classify(reply(body), make_config(tmp_path), Context(in_thread=(submission(),), now=NOW))
    assert v.kind is Kind.REPLY and [c.verb for c in v.commands] == ["interview"]
    assert v.reply_text == "yes"


def test_a_name_the_sender_does_not_bear_is_kept_in_the_answer(tmp_path):
    v = classify(reply("yes\n\nPriya\n"), make_config(tmp_path), Context(in_thread=(submission(),), now=NOW))
    assert v.reply_text == "yes\n\nPriya"


def test_an_answer_the_recruiter_forwards_is_read_without_the_managers_sign_off(tmp_path):
    msg = EmailMessage()
    msg["From"], msg["To"] = "Rita Recruiter <rita@acme.test>", "mailer@acme.test"
    msg["Subject"], msg["Message-ID"] = "Fwd: Candidate: Jane Doe – Backend", "<f1@client.test>"
    msg["Date"] = "Tue, 08 Dec 2026 14:30:00 +0000"
    msg.set_content("FYI\n\n---------- Forwarded message ---------\nFrom: Nate Newyork <nate@acme.test>\n"
                    "Date: Tue, 8 Dec 2026 at 14:00\nSubject: Re: Candidate: Jane Doe – Backend\n\nyes\n\nNate\n")
    v = classify(parse(bytes(msg)), make_config(tmp_path), Context(of_recruiter=(submission(),), now=NOW))
    assert v.kind is Kind.REPLY and v.answers == (1,)
    assert v.reply_text == "yes"


def test_the_status_mail_quotes_the_answer_without_the_managers_name(tmp_path):
    config = make_config(tmp_path, trust="unauthenticated")
    store = Store(tmp_path / "x.db")
    try:
        with store.transaction():
            store.add_submission("k", "nate@acme.test", "rita@acme.test", "Jane Doe", "Backend",
                                 "Candidate: Jane Doe – Backend", "s1@x", (), NOW - timedelta(days=1))
        [sub] = store.open_submissions_of_recruiter("rita@acme.test")
        msg = reply("yes\n\nNate\n")
        verdict = classify(msg, config, Context(in_thread=(sub,), now=NOW))
        with store.transaction():
            Effects(store, config, environment(config.templates), msg, NOW).apply(verdict)
        status = Effects(store, config, environment(config.templates), reply("status", "rita@acme.test"), NOW)
        [answered] = status.status_variables()["answered"]
        assert (answered["candidate"], answered["decision"], answered["reply_text"]) == ("Jane Doe", "interview", "yes")
    finally:
        store.close()
