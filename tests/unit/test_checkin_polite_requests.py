"""Polite check-in requests (mentoring/checkinreply.py): "Pause please", "Please pause these until …", "Please stop
sending me these" are a pause or a stop; the same words about something else stay advice."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.mentoring.checkinreply import read_checkin_reply

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("words, back", [
    ("Pause please.", date(2027, 1, 4)), ("Pause please, I'm swamped.", date(2027, 1, 4)),
    ("Could you please pause these until 11 January?", None),  # a question: still advice, as before
    ("Please pause these until 11 January, thanks.", date(2027, 1, 11)),
    ("Can you snooze these for 3 weeks? Travelling.", None),
    ("Please snooze these for 3 weeks, I'm travelling.", date(2026, 12, 28)),
])
def test_a_polite_pause_is_a_pause(words, back):
    said = read_checkin_reply(words, NOW, BERLIN)
    if back is None:
        assert said is None
    else:
        assert said is not None and said.verb == "pause" and said.until.astimezone(BERLIN).date() == back


@pytest.mark.parametrize("words", ["Please stop sending me these.", "Stop sending me this, I'm drowning in mail."])
def test_stop_sending_me_these_is_a_stop(words):
    said = read_checkin_reply(words, NOW, BERLIN)
    assert said is not None and said.verb == "stop"


@pytest.mark.parametrize("words", [
    "Pause those interviews until the new ladder is out.",
    "I'd pause these hires for a quarter.",
    "She should stop sending candidates without a note.",
    "We hold them for a week and then decide.",
])
def test_the_same_words_about_something_else_stay_advice(words):
    assert read_checkin_reply(words, NOW, BERLIN) is None
