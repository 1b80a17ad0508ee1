"""A decision followed only by when ("interview on Monday") is that decision, the time kept as its comment; a
decision followed by anything else stays a sentence (read by sentences.py, or left a plain reply)."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.reading.commands import parse_commands

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)
TZ = ZoneInfo("Europe/London")


def verbs(text: str) -> list[tuple[str, str]]:
    return [(c.verb, c.comment) for c in parse_commands(text, NOW, TZ).commands]


@pytest.mark.parametrize("text, verb, when", [
    ("interview on Monday", "interview", "on Monday"),
    ("Interview on 12/14/2026 10:00", "interview", "on 12/14/2026 10:00"),
    ("Interview     12/10/2026 2:00 PM", "interview", "12/10/2026 2:00 PM"),
    ("interview next week please", "interview", "next week please"),
    ("interview at 3pm tomorrow", "interview", "at 3pm tomorrow"),
    ("Interview Thursday 10am", "interview", "Thursday 10am"),
    ("yes, on the 14th", "interview", "on the 14th"),
    ("hold until next week", "hold", "until next week"),
])
def test_a_decision_followed_only_by_when_is_that_decision(text, verb, when):
    assert verbs(text) == [(verb, when)]


@pytest.mark.parametrize("text", [
    "interview on Monday went well",   # about an interview, not a decision
    "interview on Monday?",            # a question
    "interview the candidate",         # more than a time
    "Interview on",                    # no time named
    "interview in person",
    "pass on Monday",                  # a pass has no time
])
def test_anything_else_after_the_word_leaves_no_command(text):
    assert verbs(text) == []


def test_a_bare_number_after_the_word_is_no_time():
    assert [c.verb for c in parse_commands("yes 2", NOW, TZ, items=3).commands] == []


@pytest.mark.parametrize("text", [
    "Answers below.\nThanks!\n\n> Do you want to meet her?\nInterview",
    "See my comments inline.\n\n> Interview or pass?\ninterview",
    "Antworten unten.\n> Interview?\nInterview",
    "Réponses ci-dessous.\n> Entretien ?\ninterview",
])
def test_a_line_pointing_below_gives_way_to_the_answer_under_the_quote(text):
    assert [c.verb for c in parse_commands(text, NOW, TZ).commands] == ["interview"]


@pytest.mark.parametrize("text", [
    "Answers below are from the team, I have not decided.\n> Interview?\nInterview",  # not only a pointer
    "See below.\n> Interview?\nLet me think about it",                                    # no decision under it
])
def test_a_pointer_that_is_more_than_a_pointer_or_no_decision_under_it_gives_none(text):
    assert [c.verb for c in parse_commands(text, NOW, TZ).commands] == []


@pytest.mark.parametrize("zone", ["Europe/London", "America/New_York"])
@pytest.mark.parametrize("text, day", [
    ("snooze until 12/14/2026", "2026-12-14"), ("snooze until 14/12/2026", "2026-12-14"),
    ("snooze until 12/14", "2026-12-14"), ("snooze until 14.12.", "2026-12-14"),
    ("snooze until 12/14/26", "2026-12-14"), ("snooze until 1/13", "2027-01-13"),  # no year: the next such day
])
def test_a_numeric_date_one_number_above_12_settles_is_read_the_same_everywhere(zone, text, day):
    [command] = parse_commands(text, NOW, ZoneInfo(zone)).commands
    assert command.until.astimezone(ZoneInfo(zone)).date().isoformat() == day


@pytest.mark.parametrize("text", ["snooze until 3/12", "snooze until 31/02", "snooze until 11/30/2026"])
def test_an_ambiguous_impossible_or_past_numeric_date_gets_the_help_reply(text):
    parsed = parse_commands(text, NOW, TZ)
    assert parsed.commands == () and parsed.problem
