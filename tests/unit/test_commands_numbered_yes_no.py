"""In a numbered answer to a grouped mail, a yes or no its comment does not support decides nothing for that
candidate (README: "No. I need more time to review." is no decision); the other numbers still apply."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.reading.commands import parse_commands

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)


def read(text):
    parsed = parse_commands(text, NOW, ZoneInfo("Europe/London"), items=3)
    return [(c.item, c.verb, c.comment) for c in parsed.commands], parsed.problem


@pytest.mark.parametrize("text, expected", [
    ("1 no - I need more time to review\n2 yes", [(2, "interview", "")]),
    ("1. No, the link is broken", []),
    ("2 no, I haven't looked yet", []),
    ("1 yes - but let me ask Sam\n3 pass", [(3, "pass", "")]),
])
def test_a_yes_or_no_against_its_comment_decides_nothing_for_that_number(text, expected):
    assert read(text) == (expected, None)


@pytest.mark.parametrize("text, expected", [
    ("1 yes, 2 pass, 3 snooze 1w", [(1, "interview", ""), (2, "pass", ""), (3, "snooze", "")]),
    ("1 yes\n2 no - not senior enough", [(1, "interview", ""), (2, "pass", "not senior enough")]),
    ("1 yes - next week\n2 nah", [(1, "interview", "next week"), (2, "pass", "")]),
    ("1 pass - too junior, 2 interview", [(1, "pass", "too junior"), (2, "interview", "")]),
])
def test_supported_and_explicit_numbered_answers_stay(text, expected):
    commands, problem = read(text)
    assert problem is None
    assert [(item, verb, comment) for item, verb, comment in commands] == expected
