"""A decision written in one line with a greeting and the candidate's name: "Hi Sam, Yara looks great, let's do an
interview. Thanks, Kai" (journey2, finding 10), and the candidate asked in ("Let's get her in for a first
conversation with me and then the take-home."): an interview the manager proposes to hold is an interview; the
same words negated, asked or conditional stay no decision (reading/sentences.py)."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.reading.commands import parse_commands

NOW = datetime(2026, 12, 1, 10, tzinfo=timezone.utc)


def verbs(text: str) -> list[str]:
    return [c.verb for c in parse_commands(text, NOW, ZoneInfo("Europe/Berlin")).commands]


@pytest.mark.parametrize("text", [
    "Hi Sam, Yara looks great, let's do an interview. Thanks, Kai",
    "Hi Sam,\n\nYara looks great, let's do an interview.\n\nThanks,\nKai",
    "Hello Rita - Omar looks strong; let's have a first interview. Cheers, Nate",
    "Thanks Rita. We'd like to do a technical interview with Li next week.",
    "Let's get her in for a first conversation with me and then the take-home.",
    "Hi Rita,\n\nI read through Fatima's CV last night. The experimentation background is exactly what we need for the "
    "pricing work, and I like that she has owned a model in production end to end. Let's get her in for a first "
    "conversation with me and then the take-home. Can you check her notice period?\n\nThanks,\nMaria",
    "Hallo Sam, Yara sieht gut aus, lass uns ein Interview machen. Danke, Kai",
    "Bonjour Sam, faisons un premier entretien. Merci, Kai",
    "Hola Sam, Yara pinta bien, hagamos una entrevista. Gracias, Kai",
])
def test_an_interview_the_manager_proposes_is_an_interview(text):
    assert verbs(text) == ["interview"]


@pytest.mark.parametrize("text", [
    "Let's not do an interview yet.",
    "Should we do an interview?",
    "Let's do an interview if she is still free.",
    "Let's get her in touch with Nate first.",
    "Let's have him in mind for the next opening.",
    "Maybe let's do an interview next month.",
    "I don't think we need to do an interview.",
])
def test_the_same_words_negated_asked_or_conditional_decide_nothing(text):
    assert verbs(text) == []


# review10 findings 2-4: a proposal put off, conditional, about someone else, or beside another decision is no
# interview decision; a pass said before it stays the pass.
@pytest.mark.parametrize("text", [
    "Let's hold the interview until Q2.",
    "Let's hold an interview slot open but don't book it yet.",
    "Let's get him in the pipeline for next year.",
    "Let's get her in the talent pool.",
    "Let's get her in the talent pool, not now.",
    "Let's have them in the backlog for now.",
    "Let's get them in the system.",
    "Let's have him in reserve.",
    "Let's do an interview next quarter, budget permitting.",
    "Let's do an interview once the budget is approved.",
    "Let's do an interview once the headcount is approved.",
    "Let's do an interview when the headcount is approved.",
    "Let's do an interview later, not now.",
    "Keen to do an interview eventually, but not yet.",
    "We'd like to do an interview but the role is frozen.",
    "I'd like to do an interview, but not with this candidate.",
    "Let's do an interview in 2028.",
    "Let's do an interview. Not before Q2 though.",
    "I'd like to run an interview process for this role later.",
    "I would like to do an interview with someone more senior.",
    "Let's do the interview for the other candidate instead.",
    "Let's do an interview with Omar instead; pass on Yara.",
    "Pass on Jane. Happy to do an interview with the next candidate you find.",
    "Not a fit. Let's do an interview.",
    "Let's pass on her. Let's do an interview.",
    "Pass on Jane. Let's do an interview.",
    "Let's do an interview, but she's not a fit for the senior role.",
    "Faisons un entretien l'année prochaine.",
    "Hallo Sam, lass uns ein Interview machen, aber erst nächstes Jahr.",
    "Lass uns ein Interview mit der nächsten Kandidatin machen.",
    "Hagamos una entrevista el año que viene.",
])
def test_a_proposal_put_off_conditional_or_about_someone_else_decides_nothing(text):
    assert verbs(text) == []


@pytest.mark.parametrize("text, verb", [
    ("Pass. Let's do an interview with the next one.", "pass"),
    ("Not a fit. We'd like to do an interview with someone more senior though.", "pass"),
    ("No, too junior. I'd like to have a phone screen with a senior profile instead.", "pass"),
    ("Pass, too junior. Let's have a phone screen with her manager instead.", "pass"),
    ("Nein, zu junior. Lass uns ein Interview mit jemand Erfahrenerem machen.", "pass"),
    ("Put her on hold; let's do an interview next quarter.", "hold"),
])
def test_a_decision_beside_a_proposal_about_later_or_someone_else_stands(text, verb):
    assert verbs(text) == [verb]


@pytest.mark.parametrize("text", [
    "Yara is a great candidate, let's do an interview.",
    "Let's get her in next week.",
    "Let's get her in.",
    "Let's do an interview after the take-home.",
])
def test_a_plain_proposal_is_still_an_interview(text):
    assert verbs(text) == ["interview"]
