"""A manager's no in the languages of README's ops words "nie" and "ne" (Polish, Czech, Slovak) is judged by what
follows it as the shipped ones are (reading/yesno.py): a reason on the candidate is a pass with its comment, a
deferral, a doubt or a "but" is no decision. Review 5 found "Nie, ona jest za młoda" and "Ne, nemá zkušenosti" read
as no decision once ops' yes/no words were judged, as yesno.py knew no remark in those languages."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.reading.commands import DEFAULT_WORDS, Command, Parsed, parse_commands

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=timezone.utc)
OPS_NO = {"pass": ("nie", "ne", "no way")}
WORDS = {verb: (*DEFAULT_WORDS.get(verb, ()), *OPS_NO.get(verb, ())) for verb in {*DEFAULT_WORDS, *OPS_NO}}


def _read(text: str) -> Parsed:
    return parse_commands(text, NOW, ZoneInfo("Europe/Warsaw"), words=WORDS)


@pytest.mark.parametrize("reply, comment", [
    ("Nie, ona jest za młoda", "ona jest za młoda"), ("Nie, za mało doświadczenia", "za mało doświadczenia"),
    ("Nie, nie pasuje do zespołu", "nie pasuje do zespołu"), ("Nie, zbyt drogi", "zbyt drogi"),
    ("Nie, stanowisko jest już obsadzone", "stanowisko jest już obsadzone"),
    ("Ne, nemá zkušenosti", "nemá zkušenosti"), ("Ne, nehodí se", "nehodí se"),
    ("Ne, pozice je už obsazená", "pozice je už obsazená"),
    ("Nie, nemá dosť skúseností", "nemá dosť skúseností"),  # Slovak, under the same ops "nie"
    ("No, za mało doświadczenia", "za mało doświadczenia"),  # the shipped "no" with a Polish reason
])
def test_a_no_with_a_reason_in_polish_czech_or_slovak_is_a_pass(reply, comment):
    assert _read(reply) == Parsed((Command("pass", comment=comment),))


@pytest.mark.parametrize("reply", [
    "Nie, jeszcze nie sprawdziłem CV", "Nie, potrzebuję więcej czasu", "Nie, może za młoda?",
    "Ne, ještě jsem to nečetl", "Ne, ještě nemá zkušenosti, ale uvidíme", "Nie wiem", "Ne, možná později",
    "Nie, neviem, ešte som to nečítal",
])
def test_a_no_followed_by_a_deferral_or_doubt_in_those_languages_is_no_decision(reply):
    assert _read(reply) == Parsed(())


def test_an_italian_if_after_a_no_is_still_a_condition():
    # "se" is Italian and Portuguese "if"; only the Czech "nehodí se" reads it as its reflexive
    assert _read("No, se ha tempo la chiamo") == Parsed(())
