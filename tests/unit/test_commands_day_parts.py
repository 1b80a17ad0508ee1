"""A yes followed by a day and its part of the day is the interview with its time, in the README's four languages."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.reading.commands import parse_commands

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)
LONDON = ZoneInfo("Europe/London")


def verbs(text):
    return [(c.verb, c.comment) for c in parse_commands(text, NOW, LONDON).commands]


@pytest.mark.parametrize("text, comment", [
    ("Oui, jeudi après-midi.", "jeudi après-midi."),
    ("Sí, el jueves por la tarde.", "el jueves por la tarde."),
    ("Ja, Dienstag Vormittag.", "Dienstag Vormittag."),
    ("Yes, Thursday afternoon.", "Thursday afternoon."),
    ("Interview jeudi matin", "jeudi matin"),
    ("Entrevista el lunes por la mañana", "el lunes por la mañana"),
])
def test_a_day_and_its_part_is_the_time(text, comment):
    assert verbs(text) == [("interview", comment)]


@pytest.mark.parametrize("text", [
    "Oui, mais pas jeudi après-midi.",   # a "but": no decision
    "No, por la tarde no puedo.",        # a no that is about the time, not the candidate
    "Sí, por ahora no.",                 # contradicted
    "Interview por",                     # a filler word is no time
])
def test_part_of_day_words_do_not_make_a_decision_on_their_own(text):
    assert verbs(text) == []
