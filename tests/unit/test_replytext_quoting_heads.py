"""Webmail attributions with a word for "quoting" before the sender's address: Horde IMP's "Quoting Ann <ann@…>:" in
its languages, and older IMP's French "Selon …:" (the class of the real mail in tests/data/replies/berlios_lists5,
written here in our own sentences). A line that quotes something else, or names no address, stays the person's."""

import pytest

from mailer.reading.quotingheads import names_a_sender
from mailer.reading.replytext import trim_reply

QUOTE = "> Can Jane Doe come in for an interview on Tuesday at ten?\n> Rita"
ANSWER = "Tuesday at ten works for me.\n\nBest,\nMarco"


@pytest.mark.parametrize("attribution", [
    "Quoting Rita Recruiter <rita@acme.example>:",
    "Quoting rita@acme.example:",
    "Zitat von Rita Recruiter <rita@acme.example>:",
    "Selon Rita <rita at acme.example.fr>:",
    "Selon rita at acme.example.fr:",
    "Citando \"Rita Recruiter\" <rita@acme.example.br>:",
    "Cytowanie Rita <rita@acme.example.pl>:",
    "Цитирую Рита <rita@acme.example.ru>:",
    "Idézet (Rita <rita@acme.example.hu>):",
    "引用 Rita <rita@acme.example.jp>：",
])
def test_an_attribution_above_the_quote_at_the_top_is_history(attribution):
    body = f"{attribution}\n\n{QUOTE}\n\n{ANSWER}\n"
    assert trim_reply(body) == ANSWER


@pytest.mark.parametrize("attribution", [
    "Quoting Rita Recruiter <rita@acme.example>:", "Zitat von rita@acme.example:", "Selon Rita <rita at acme.example>:"])
def test_the_attribution_under_the_answer_ends_it(attribution):
    body = f"{ANSWER}\n\n\n\n{attribution}\n\n{QUOTE}\n>\n"
    assert trim_reply(body) == ANSWER


def test_inline_answers_under_a_top_attribution_keep_the_quotes_between_them():
    body = ("Selon rita at acme.example.fr:\n\n> Is Tuesday fine?\nYes.\n>\n> And who else joins?\n"
            "Omar joins too.\n>\n> Rita\n")
    assert trim_reply(body) == "Yes.\n>\n> And who else joins?\nOmar joins too."


@pytest.mark.parametrize("line", [
    "Quoting the contract:",           # no address: the person quotes a text
    "Selon moi :",                     # "in my view"
    "Zitat von Goethe:",
    "Quoting from rita@acme.example's last mail, the part that matters here is:",  # a sentence around the address
    "Quoting rita@acme.example and omar@acme.example:",  # two addresses: not one sender's line
])
def test_a_line_that_quotes_something_else_stays_the_persons(line):
    body = f"We should keep the notice period.\n\n{line}\n> Either party may end the contract with one month's notice.\n"
    assert line in trim_reply(body)


def test_without_a_quote_under_it_the_line_is_text():
    body = "Quoting Rita Recruiter <rita@acme.example>:\nTuesday at ten is fine.\n"
    assert trim_reply(body).startswith("Quoting Rita Recruiter")


@pytest.mark.parametrize("who, expected", [
    ("Rita Recruiter <rita@acme.example>", True),
    ("rita at acme.example.fr", True),
    ("Dr. Rita Marie van Recruiter <rita@acme.example>", True),
    ("the contract", False),
    ("everyone who wrote to rita@acme.example about the offer last week", False),
    ("Rita; see rita@acme.example", False),
])
def test_names_a_sender(who, expected):
    assert names_a_sender(who) is expected
