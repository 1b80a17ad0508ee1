"""A rule line ("--", "-----", "=====") that a person draws around text they paste, announced by their line above it
and closed by the same rule with their own lines under it, is no signature delimiter: the class of the real mail in
tests/data/replies/berlios_lists4 (an installer's dialog pasted between two "--" lines), written here in our own
sentences. A rule that opens a real signature still ends the text."""

import pytest

from mailer.reading.replytext import trim_reply


@pytest.mark.parametrize("rule", ["--", "-----", "=====", "__________"])
def test_a_pasted_block_between_two_announced_rules_is_the_persons(rule):
    body = (f"Hi,\n\nthis is what the calendar said when I booked her:\n{rule}\nBooking failed: the room is taken.\n"
            f"Try another slot or another room.\n{rule}\n\nCan you book a room for Tuesday instead?\n\nThanks,\nJane")
    assert trim_reply(body) == body


def test_in_german_too():
    body = ("Hallo,\n\ndas Portal meldet Folgendes:\n--\nFehler 500: Bewerbung konnte nicht gespeichert werden.\n--\n\n"
            "Kannst du die Unterlagen per Mail schicken?\n\nGruß\nJürgen")
    assert trim_reply(body) == body


def test_a_signature_under_one_rule_still_goes():
    body = "Tuesday at ten works.\n\nThanks,\nJane\n--\nJane Doe\nHead of Engineering\n+1 555 0100"
    assert trim_reply(body) == "Tuesday at ten works.\n\nThanks,\nJane"


def test_an_unannounced_rule_pair_is_still_a_signature():
    # the line above the first rule announces nothing: a signature boxed between two rules
    body = "Tuesday at ten works.\n--\nJane Doe\nAcme Recruiting\n--\nSent from my phone"
    assert trim_reply(body) == "Tuesday at ten works."


def test_a_rule_pair_with_nothing_of_the_persons_under_it_is_a_signature():
    body = "Here is my card:\n--\nJane Doe\nAcme Recruiting\n--\n"
    assert trim_reply(body) == "Here is my card:"


def test_history_under_an_announced_rule_is_still_history():
    # a quote inside the framed lines: the rule opens the quoted history, not a paste
    body = ("Sounds good, see below:\n--\n> Can she start in May?\n--\n\nYes.")
    assert trim_reply(body) == "Sounds good, see below:"


class _CountingKinds(list):
    """Line kinds that count how often the rule reads one (a seam for its cost)."""

    reads = 0

    def __getitem__(self, index):
        self.reads += 1
        return super().__getitem__(index)


def test_many_announced_rules_with_no_closing_one_are_each_looked_through_a_bounded_reach():
    # 3,000 announced rules, none closed by the same rule near it: looking for a closing rule to the end of the mail
    # from each would read the kinds of millions of lines; the reach stays a frame's length
    from mailer.reading.pastedframes import _FRAME_LINES, mark_pasted_frames
    rules = [c * k for c in "-_=" for k in range(2, 102)]
    lines = [x for j in range(3000) for x in (f"step {j}:", rules[j % len(rules)])]
    kinds = _CountingKinds(["t", "d"] * 3000)
    mark_pasted_frames(lines, kinds)
    assert list(kinds) == ["t", "d"] * 3000  # nothing closed, so every rule stays a delimiter
    assert kinds.reads <= len(lines) * (_FRAME_LINES + 10)
