"""The blind bounce sweep (bounce_blind_*.py; bench/bounce_blind.py prints its figures). A wrong reading (a person's
mail taken for a bounce, a complaint or machine mail; a machine's taken for the manager's answer; a delay or notice
taken for a permanent failure) fails here unless listed below with the reason it is left. Misses may not grow.

Calendar replies (the manager's own Accepted/Tentative for the candidate's interview, METHOD:REPLY) are counted as
the manager's answer: the README counts any reply from the thread's manager, and clicking Accept on the candidate's
interview is the manager acting on the candidate; ignoring one costs a nudge, never a stop."""

import pytest

import bounce_blind_machine_rows
import bounce_blind_notices
import bounce_blind_people
from bounce_blind_judge import machine_verdict, person_verdict

PEOPLE = bounce_blind_people.rows()
MACHINES = (bounce_blind_machine_rows.bounces() + bounce_blind_machine_rows.delays()
            + bounce_blind_machine_rows.complaints() + bounce_blind_notices.rows())

# (subject, first 40 characters of the body) → why the wrong reading is left.
KNOWN_WRONG_PEOPLE: dict[tuple[str, str], str] = {}
# machine row name → why the wrong reading is left.
KNOWN_WRONG_MACHINES: dict[str, str] = {}
MISSED_AT_MOST = 0


@pytest.mark.parametrize("row", PEOPLE, ids=lambda row: f"{row[0]}-{row[1][:30]}-{row[2][:30]}")
def test_a_persons_mail_about_delivery_is_read_as_theirs(row):
    lang, subject, body, expect = row
    verdict, said = person_verdict(subject, body, expect)
    if (subject, body[:40]) in KNOWN_WRONG_PEOPLE:
        assert verdict == "wrong", "fixed: take it off KNOWN_WRONG_PEOPLE"
        return
    assert verdict == "right", said


@pytest.mark.parametrize("row", MACHINES, ids=lambda row: row[0])
def test_machine_mail_is_never_the_managers_answer(row):
    name, expect, raw = row
    verdict, said = machine_verdict(raw, expect)
    if name in KNOWN_WRONG_MACHINES:
        assert verdict == "wrong", "fixed: take it off KNOWN_WRONG_MACHINES"
        return
    assert verdict != "wrong", said


def test_missed_machine_mail_stays_within_the_floor():
    missed = [name for name, expect, raw in MACHINES if machine_verdict(raw, expect)[0] == "missed"]
    assert len(missed) <= MISSED_AT_MOST, missed
