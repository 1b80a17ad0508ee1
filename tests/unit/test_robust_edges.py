"""Issue 8's small ones: an encoded CR/LF in a display name is flattened, not fatal; an absurd snooze gets
the help answer instead of an OverflowError."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.reading.commands import DEFAULT_WORDS, parse_commands
from mailer.reading.parse import parse

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)


def test_an_encoded_line_break_in_a_display_name_is_flattened():
    msg = parse(b"From: rita@acme.test\r\nTo: =?utf-8?q?Maria=0D=0AManager?= <maria@acme.test>,"
                b" =?utf-8?q?Nate=00N?= <nate@acme.test>\r\nSubject: Candidate: Jane Doe - X\r\n"
                b"Message-ID: <a@b>\r\n\r\nhi\r\n")
    assert [(a.email, a.name) for a in msg.to] == [("maria@acme.test", "Maria Manager"), ("nate@acme.test", "Nate N")]
    assert all("\r" not in v and "\n" not in v for _, v in msg.headers)


@pytest.mark.parametrize("text", ["snooze 99999999d", "snooze 9999999999999999999999w", "snooze 1000000 days"])
def test_an_absurd_snooze_gets_the_help_answer(text):
    parsed = parse_commands(text, NOW, ZoneInfo("UTC"), role="manager", items=None, words=DEFAULT_WORDS)
    assert parsed.commands == () and "at most 90 days" in parsed.problem


def test_a_sane_snooze_still_works():
    parsed = parse_commands("snooze 89d", NOW, ZoneInfo("UTC"), role="manager", items=None, words=DEFAULT_WORDS)
    assert parsed.commands[0].until.date() == datetime(2027, 2, 22).date()
