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
