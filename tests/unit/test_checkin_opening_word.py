"""A check-in answer that opens with a command word (mentoring/checkinreply.py): "stop", "pause", "para" stand as
the mentor's stop or pause only when what follows supports them or says nothing (the mail named, a reason, a
time, a courtesy), as a manager's yes/no is judged by what follows it (reading/yesno.py). Followed by a sentence
about something else, the word is an exclamation and the answer is advice. Also: advice to pause something in the
conditional ("I'd pause…") and a numbered answer's "not before March" are no pause."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.mentoring.checkinreply import read_checkin_reply

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("words", [
    "Stop, good point. The onsite is too long, cut it to three hours.",
    "Stop — you just asked the question I ask every new lead.",
    "STOP! Before I forget: the budget for Q1 is approved.",
    "Stop. Let me come back to you on this one next week.",
    "Stop.\nLet me think about that one over the weekend.",
    "Hi Rita,\n\nStop, brilliant question. Referrals, referrals, referrals.",
    "Pause. Hmm. I'd say the take-home, it filters out the wrong people.",
    "Pause… that's a hard one. Probably the debrief.",
    "Stopp, spannende Frage! Ich würde sagen: die Probezeitgespräche.",
    "Stopp. Das muss ich mir erst überlegen, ich melde mich am Freitag.",
    "Stop, très bonne question. Je dirais l'entretien avec l'équipe.",
    "Para, que esto tiene miga: yo diría la entrevista con el equipo.",
    "Para, mañana te cuento con calma.",
    "Basta, mi hai convinto: domani ti rispondo per bene.",
])
def test_a_command_word_followed_by_another_matter_is_advice(words):
    assert read_checkin_reply(words, NOW, BERLIN) is None


@pytest.mark.parametrize("words, verb", [
    ("Stop", "stop"),
    ("Stop, thanks.", "stop"),
    ("Stop, I don't have time for these anymore.", "stop"),
    ("Stop sending me these check-ins, please.", "stop"),
    ("Stop.\nThanks for everything, Rita.", "stop"),
    ("Stop.\nIt was a pleasure, good luck with the hiring!", "stop"),
    ("Hi Rita,\n\nStop, I'm too busy for this.", "stop"),
    ("Stopp, ich habe keine Zeit mehr dafür.", "stop"),
    ("Stop, je n'ai plus le temps pour ces check-ins.", "stop"),
    ("Pause until March.", "pause"),
    ("Pause, I'm travelling until 15 January.", "pause"),
    ("Snooze 3 weeks", "pause"),
    ("Pause, merci.", "pause"),
])
def test_a_command_word_that_what_follows_supports_still_stands(words, verb):
    said = read_checkin_reply(words, NOW, BERLIN)
    assert said is not None and said.verb == verb


@pytest.mark.parametrize("words", [
    "I'd pause before opening the second junior role.",
    "I would pause the backend hiring until the reorg is done.",
    "Ich würde die Einstellungen für das Team erst mal pausieren.",
    "Je ferais une pause avant d'ouvrir un autre poste.",
])
def test_advice_to_pause_something_in_the_conditional_is_advice(words):
    assert read_checkin_reply(words, NOW, BERLIN) is None


@pytest.mark.parametrize("words", [
    "I'd like to pause the check-ins until March.",
    "I'd rather pause until the new year.",
    "I would pause the check-ins until March, if that's ok.",
])
def test_a_request_to_pause_in_the_conditional_is_not_read_as_advice(words):
    said = read_checkin_reply(words, NOW, BERLIN)
    if "if that's ok" in words:  # a condition still leaves it undecided, as before
        assert said is None
    else:
        assert said is not None and said.verb == "pause"


@pytest.mark.parametrize("words", [
    "1. The platform team\n2. Two engineers\n3. Not before March",
    "1) Referrals\n2) No, not until the budget is signed\n3) Yes",
    "- Payments\n- Not right now, the freeze is on\n- Maybe one SRE",
])
def test_a_numbered_answer_is_no_pause(words):
    assert read_checkin_reply(words, NOW, BERLIN) is None


def test_a_numbered_line_that_names_the_check_ins_still_counts():
    said = read_checkin_reply("1. Referrals\n2. Please stop these check-ins, I'm leaving.", NOW, BERLIN)
    assert said is not None and said.verb == "stop"


@pytest.mark.parametrize("words", [
    "Para, para, que me lías. Lo importante es la referencia.",
    "Stop, stop — too kind. The answer is the debrief.",
])
def test_the_word_said_twice_is_one_exclamation(words):
    assert read_checkin_reply(words, NOW, BERLIN) is None


@pytest.mark.parametrize("words", [
    "1. Stop doing reference checks by phone\n2. Pause before you send the offer\n3. Nothing else",
    "1 stop the agency contract\n2 snooze the LinkedIn alerts for a month",
])
def test_numbered_commands_are_advice_point_by_point(words):
    assert read_checkin_reply(words, NOW, BERLIN) is None


@pytest.mark.parametrize("words", [
    "Our team is on pause until the reorg is done.",
    "Hiring was paused until March, so nothing new.",
    "Das Projekt ist bis Januar pausiert.",
])
def test_a_pause_described_is_no_request(words):
    assert read_checkin_reply(words, NOW, BERLIN) is None


def test_a_described_pause_of_the_check_ins_themselves_still_counts_as_before():
    said = read_checkin_reply("Please pause the check-ins until March.", NOW, BERLIN)
    assert said is not None and said.verb == "pause"
