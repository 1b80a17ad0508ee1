"""A yes with a next step ("let's move forward", "proceed", "send her over") or a no made firmer ("definitely not",
"she doesn't have the experience") is the decision; a no or yes held until someone is asked is none."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.reading.commands import parse_commands

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)


def verbs(text):
    return [c.verb for c in parse_commands(text, NOW, ZoneInfo("Europe/London")).commands]


@pytest.mark.parametrize("text, verb", [
    ("Yes, let's move forward", "interview"),
    ("Yes, move forward", "interview"),
    ("Yes, proceed", "interview"),
    ("Yes, go for it", "interview"),
    ("Yes, next steps please", "interview"),
    ("Yes, send her over", "interview"),
    ("No, definitely not", "pass"),
    ("No, absolutely not.", "pass"),
    ("No, she doesn't have the experience we need", "pass"),
])
def test_next_steps_and_firm_noes_decide(text, verb):
    assert verbs(text) == [verb]


@pytest.mark.parametrize("text", [
    "No, definitely not before I talk to Sam",
    "No, definitely not yet",
    "Yes, once we check the budget",
    "Yes, but let's not move forward yet",
    "Nein, bevor ich mit Sam spreche",
    "Oui, avant de décider je veux le CV",
    "Yes, I want to proceed but I need to check budget first",
])
def test_held_until_later_decides_nothing(text):
    assert verbs(text) == []
