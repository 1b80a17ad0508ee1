"""A mentor's "yes" or "no" to an invitation that asks, defers, acknowledges or answers another matter is no answer
to mentoring (mentoring/answers.py): the recruiter reads it as a question, and no check-ins start or end on it."""

import pytest

from mailer.mentoring.answers import read_invitation_reply


@pytest.mark.parametrize("reply", [
    "Yes, I got your mail, let me check my calendar", "No, I have not had time to read it yet",
    "Sure, but let me ask my manager first", "Yes, what would that involve?", "No worries, let me think about it",
    "Yes, I saw it, will reply next week", "No, I don't know yet", "Ok, I'll get back to you",
    "No, the link in your mail is broken", "Yes, received. Will think about it.",
    "Definitely, but let me check my calendar first", "No, sorry, I was out - reading it now",
])
def test_a_yes_or_no_that_answers_something_else_is_a_question(reply):
    assert read_invitation_reply(reply) == "question"


@pytest.mark.parametrize("reply, meaning", [
    ("Yes, happy to", "yes"), ("Sure, count me in!", "yes"), ("No, too busy this quarter", "no"),
    ("No, sorry.", "no"), ("Happy to! Tuesdays work best.", "yes"),
])
def test_a_plain_yes_or_no_still_decides(reply, meaning):
    assert read_invitation_reply(reply) == meaning
