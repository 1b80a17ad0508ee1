"""A mentor's opening stop or pause with a reason about the mentor's own situation or the check-ins' use stands
(mentoring/checkinreply.py): changing role, team, job or company, moving, retiring, a reorganisation, "not useful",
in en/de/fr/es; a pause's "Back in February". A polite stop ("Stop please", "Please stop") stands as "Pause please"
does. A sentence about another matter after the word stays advice (the hard negatives below)."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.mentoring.checkinreply import read_checkin_reply

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 7, 15, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("words", [
    "Stop - I am changing roles",
    "Stop – I'm moving to a new team",
    "Stop. I'm changing jobs.",
    "Stop.\nI'm moving to another team.",
    "Stop, I'm retiring",
    "Stop, we're reorganising",
    "Stop, we are reorganizing the department",
    "Stop - not useful for me",
    "Stop, this isn't helpful",
    "Stop, not needed anymore",
    "Stop, I've got a new role",
    "Stopp, ich wechsle das Team",
    "Stopp, ich gehe in Rente",
    "Stopp, das ist nicht hilfreich",
    "Stop, je change de poste",
    "Stop, je pars à la retraite",
    "Arrêtez, ce n'est pas utile",
    "Para, cambio de puesto",
    "Para, me jubilo",
    "Para, no me es útil",
    "Stop please",
    "Please stop",
    "stop pls",
    "Please stop.",
])
def test_an_opening_stop_with_a_reason_of_the_mentors_own_stands(words):
    assert read_checkin_reply(words, NOW, BERLIN).verb == "stop"


def test_a_pause_back_in_a_month_pauses_to_its_first_day():
    reply = read_checkin_reply("Pause. Back in February.", NOW, BERLIN)
    assert reply.verb == "pause" and reply.until.astimezone(BERLIN).date().isoformat() == "2027-02-01"


@pytest.mark.parametrize("words", [
    "Stop, that's a great question",
    "Para, el lunes hablamos",
    "Pause. Good one.",
    "Pause. Back to your question: the debrief.",
    "Stop. Let me come back to you on this one next week.",
    "Stop, the candidate is changing jobs too often, I'd pass.",
    "Please stop worrying about the take-home, it's fine.",
    "They should stop please-everyone hiring.",
    "Stop, moving the onsite earlier helped us.",
])
def test_a_sentence_about_another_matter_stays_advice(words):
    assert read_checkin_reply(words, NOW, BERLIN) is None


@pytest.mark.parametrize("words", [
    "Stop, we're changing the interview loop, I'd add a debrief.",
    "Stop, I'm switching to panel interviews for seniors and it works.",
    "Stop, je change d'avis : l'entretien d'abord.",
    "Stop, not useful to ask that so early, wait for the debrief.",
    "Para, cambio de opinión: mejor la entrevista técnica.",
])
def test_a_change_that_is_not_the_mentors_own_work_stays_advice(words):
    # Only a change of the mentor's role, team, job or company is a reason to stop: "changing the interview loop"
    # or "je change d'avis" is advice.
    assert read_checkin_reply(words, NOW, BERLIN) is None
