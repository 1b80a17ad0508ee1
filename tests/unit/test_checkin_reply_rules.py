"""Two rules of a mentor's answer to a check-in (mentoring/checkinreply.py), each with hard cases both ways in
English, German, French and Spanish:

- leaving the company stops the check-ins only when it ends them now: words that go on with them, or a
  departure a week or more ahead without a farewell, leave the answer advice;
- a pause names the day the check-ins come back ("until/bis/jusqu'au/hasta X" → back on X, as "snooze until X");
  words that include the day pause through it (back the day after)."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.mentoring.checkinreply import read_checkin_reply

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("words", [
    "I'm leaving the company next month, let's make the most of it",
    "I’m leaving the company next month, let’s make the most of it!",
    "I'm leaving the company in March.",
    "I'll be leaving the company in a few weeks; in the meantime let's keep going.",
    "I'm leaving the company. Until then, keep the questions coming!",
    "Ich verlasse das Unternehmen nächsten Monat, lass uns die Zeit bis dahin nutzen.",
    "Ich verlasse das Unternehmen Ende Januar.",
    "Je quitte l'entreprise le mois prochain, profitons-en.",
    "Je quitte l'entreprise fin janvier, d'ici là continuons.",
    "Dejo la empresa el mes que viene, aprovechemos.",
    "Dejo la empresa el mes que viene.",
    "Me voy de la empresa a finales de enero; mientras tanto, sigamos.",
])
def test_a_departure_ahead_or_with_words_that_go_on_is_advice_not_a_stop(words):
    assert read_checkin_reply(words, NOW, BERLIN) is None


@pytest.mark.parametrize("words", [
    "I'm leaving the company.", "I have left the company.", "I'm leaving the company tomorrow, thanks for everything.",
    "I'm leaving the company at the end of the month. It was a pleasure!",
    "I'm leaving the company next month, so please stop the check-ins.",  # said plainly: the departure is the why
    "I'm leaving the company; let's keep in touch.",  # keeping in touch is no more check-ins
    "Ich verlasse das Unternehmen.", "Ich verlasse das Unternehmen zum Monatsende, danke für alles!",
    "Je quitte l'entreprise.", "Je quitte l'entreprise la semaine prochaine, merci pour tout.",
    "Dejo la empresa.", "Dejo la empresa el mes que viene, gracias por todo.",
])
def test_a_departure_that_ends_the_check_ins_now_is_a_stop(words):
    said = read_checkin_reply(words, NOW, BERLIN)
    assert said is not None and said.verb == "stop"


@pytest.mark.parametrize("words, back", [
    ("pause bis 15. Januar", date(2027, 1, 15)),
    ("Bitte die Check-ins bis 15. Januar pausieren.", date(2027, 1, 15)),
    ("Pause bis zum 15.1.", date(2027, 1, 15)),
    ("pause until 15 January", date(2027, 1, 15)),
    ("Please pause the check-ins until 15 January.", date(2027, 1, 15)),
    ("pause jusqu'au 15 janvier", date(2027, 1, 15)),
    ("Mettons les check-ins en pause jusqu’au 15 janvier.", date(2027, 1, 15)),
    ("pausa hasta el 15 de enero", date(2027, 1, 15)),
    ("Pausemos los check-ins hasta el 15 de enero.", date(2027, 1, 15)),
    ("pause until Friday", date(2026, 12, 11)),
    ("pause bis Freitag", date(2026, 12, 11)),
    ("pause jusqu'à vendredi", date(2026, 12, 11)),
    ("pausa hasta el viernes", date(2026, 12, 11)),
    ("pause bis 15. Januar ausschließlich", date(2027, 1, 15)),
    # words that include the day: paused through it
    ("pause through 15 January", date(2027, 1, 16)),
    ("pause bis einschließlich 15. Januar", date(2027, 1, 16)),
    ("pause bis 15. Januar einschließlich", date(2027, 1, 16)),
    ("pause jusqu'au 15 janvier inclus", date(2027, 1, 16)),
    ("pausa hasta el 15 de enero incluido", date(2027, 1, 16)),
    # a month: its first day, in every language
    ("pause until March", date(2027, 3, 1)), ("pause bis März", date(2027, 3, 1)),
    ("pause jusqu'en mars", date(2027, 3, 1)), ("pausa hasta marzo", date(2027, 3, 1)),
])
def test_a_pause_names_the_day_the_check_ins_come_back_in_all_four_languages(words, back):
    said = read_checkin_reply(words, NOW, BERLIN)
    assert said is not None and said.verb == "pause" and said.dated
    assert said.until.astimezone(BERLIN).date() == back
