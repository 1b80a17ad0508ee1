"""Answers by name in a thread of several candidates (reading/bynames.py, commands._by_name): "interview Jane, pass
on Omar" decides each as "1 interview, 2 pass" would; read only when sure, else the reply is read as before."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.reading.bynames import clauses
from mailer.reading.commands import Command, Parsed, parse_commands

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)
PAIR = ("Jane Doe", "Omar Haddad")


def parse(text: str, names=PAIR) -> Parsed:
    return parse_commands(text, NOW, ZoneInfo("Europe/London"), items=len(names), names=names)


def decided(text: str, names=PAIR) -> dict[int | None, str]:
    return {c.item: c.verb for c in parse(text, names).commands}


BOTH = {1: "interview", 2: "pass"}


@pytest.mark.parametrize("text", [
    "interview Jane, pass on Omar",
    "Interview Jane and pass on Omar.",
    "Jane yes, Omar no",
    "Jane yes. Omar no. Thanks!",
    "Let's meet Jane Doe. Not Omar.",
    "Jane: interview / Omar: pass",
    "Jane: yes\nOmar: no",
    "Hi Rita,\nInterview Jane, pass on Omar.\nThanks,\nMaria",
    "interview jane doe, pass on haddad",         # full or last name, any case
    "Doe: yes, Haddad: no",
    "Jane ja, Omar nein",                         # German
    "Interview mit Jane, Omar leider nicht",
    "Oui pour Jane, non pour Omar",               # French
    "Entretien pour Jane, on passe pour Omar",
    "Jane sí, Omar no",                           # Spanish
    "Sí a Jane, no a Omar",
])
def test_each_named_candidate_gets_its_decision(text):
    assert decided(text) == BOTH


def test_accents_do_not_matter():
    assert decided("interview jose, pass on Omar", ("José García", "Omar Haddad")) == BOTH
    assert decided("interview José, pass on Omar", ("Jose Garcia", "Omar Haddad")) == BOTH


def test_a_comment_and_other_decisions_stay_with_their_candidate():
    assert parse("pass on Omar - too junior").commands == (Command("pass", 2, comment="too junior"),)
    assert decided("Jane – hold, Omar – hired") == {1: "hold", 2: "hired"}
    [snooze, no] = parse("Jane: snooze 1w, Omar: pass").commands
    assert (snooze.verb, snooze.item, no) == ("snooze", 1, Command("pass", 2))
    assert snooze.until is not None and snooze.until > NOW


def test_one_candidate_named_leaves_the_other_unmentioned():
    assert decided("interview Jane") == {1: "interview"}


@pytest.mark.parametrize("text", [
    "Jane from HR says pass",                      # a name with no decision of its own
    "Jane yes, but let me ask Sam about Omar",     # a "but" beside it
    "Interview Jane if she can start in May, pass on Omar",  # a condition
    "Interview Jane? Pass on Omar",                # a question
    "I can't interview Jane this week, pass on Omar",  # a negation
    "Jane yes, Jane no",                           # two decisions for one candidate
    "Interview Li, pass on Omar",                  # a name not in the thread
    "interview Jane, pass on Li",
    "Jane and Omar: interview",                    # two candidates in one clause
    "Interview Jane before Omar",
    "Jane no way, Omar yes",                       # "no way" is no shipped word
])
def test_not_sure_is_no_split(text):
    """No decision per name: what the reply reader made of it before (none, or one for the whole thread, which
    effects answers with "which one?")."""
    assert all(c.item is None for c in parse(text).commands)


def test_a_decision_attached_to_no_name_is_read_as_before():
    assert parse("Interview please, Jane looks great") == parse("Interview please, Jane looks great", names=())


def test_a_name_matching_two_candidates_is_no_split_but_a_full_name_is():
    three = ("Jane Doe", "Jane Smith", "Omar Haddad")
    assert all(c.item is None for c in parse("interview Jane, pass on Omar", three).commands)
    assert decided("interview Jane Doe, pass on Jane Smith", three) == {1: "interview", 2: "pass"}
    assert clauses(["interview Jane"], three) is None


def test_a_name_that_is_also_a_word():
    will = ("Will Turner", "Jane Doe")
    assert all(c.item is None for c in parse("I will interview Jane", will).commands)  # "will" names Will too
    assert all(c.item is None for c in parse("Jane will be a yes, Will no", will).commands)
    assert decided("Will yes, Jane no", will) == BOTH
    june = ("June Park", "Omar Haddad")
    assert all(c.item is None for c in parse("Let's interview Omar in June", june).commands)
    assert decided("Interview Omar, June no", june) == {2: "interview", 1: "pass"}


def test_quoted_lines_are_never_read():
    assert decided("> interview Jane\npass on Omar") == {2: "pass"}
    assert parse("> interview Jane, pass on Omar\nThanks!").commands == ()


def test_without_names_nothing_changes():
    """A single-candidate thread, or a caller that gives no names: "Interview Jane, pass on Omar" holds two
    different decisions and stays a plain reply, as the README says."""
    assert parse("interview Jane, pass on Omar", names=()) == Parsed(())
    single = parse_commands("interview Jane", NOW, ZoneInfo("Europe/London"))
    assert single.commands == (Command("interview", comment="Jane"),)


def test_numbered_answers_still_win():
    assert decided("1 pass, 2 interview") == {1: "pass", 2: "interview"}


FOUR = ("Jane Doe", "Omar Haddad", "Li Wei", "Sara Costa")


@pytest.mark.parametrize("after", [
    "Sorry, scratch that: Jane no",            # a change of mind under the four answers
    "Actually, pass on all of them",
    "Wait, I need to check the budget first.",
])
def test_own_words_past_the_fourth_line_are_never_cut_off(after):
    """Found by the names-blind sweep: only the first four lines were read, so a fifth that takes a decision back
    was ignored and Jane was interviewed. Past four lines only courtesy or the writer's name may stand."""
    assert all(c.item is None for c in parse(f"Jane yes\nOmar no\nLi yes\nSara no\n{after}", FOUR).commands)


@pytest.mark.parametrize("after", ["Thanks, Maria", "\nMaria", "\nMaria Manager\nHead of Engineering"])
def test_four_answers_over_a_sign_off_or_a_name_still_split(after):
    assert decided(f"Jane yes\nOmar no\nLi yes\nSara no\n{after}", FOUR) == {1: "interview", 2: "pass", 3: "interview",
                                                                             4: "pass"}


@pytest.mark.parametrize("text", [
    "Jane yes, Omar no. Maybe.",                 # a capitalised word alone passed as the writer's name
    "Jane yes, Omar no. Kidding!",
    "Jane yes, Omar no\nJK",
    "Jane yes, Omar no. Undecided.",
    "Jane ja, Omar nein. Vielleicht.",
    "Oui pour Jane, non pour Omar. Peut-être.",
    "Jane sí, Omar no. Quizás.",
    "Jane yes, maybe Omar",
])
def test_a_hedge_beside_the_answers_is_no_split(text):
    """Found by the names-blind sweep: "Maybe." or "Kidding!" after the answers was taken for courtesy."""
    assert all(c.item is None for c in parse(text).commands)


def test_courtesy_and_the_writers_name_still_stand_beside_them():
    assert decided("Jane yes, Omar no. Thanks!") == BOTH
    assert decided("Jane yes\nOmar no\nMaria") == BOTH
