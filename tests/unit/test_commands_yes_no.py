"""A "yes"/"no" is the decision only when what follows it supports it or says nothing (reading/yesno.py): a deferral,
an acknowledgement, a request, a question, a condition or another matter after it leaves no decision, on its own
line or on the next; a signed name or a sign-off under a bare yes/no keeps it."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from decision_probe_shapes import PROBES
from decision_shapes_blind import framed, reading
from mailer.reading import yesno
from mailer.reading.commands import parse_commands

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)
TZ = ZoneInfo("Europe/London")
QUOTE = ("\n\nOn Mon, Dec 7, 2026 at 10:12 AM Rita Recruiter <rita@acme.example> wrote:\n"
         "> Candidate: Jane Doe – Backend Engineer. Do you want to interview her?\n")


@pytest.mark.parametrize("text", [
    # The lead's first findings.
    "No. I need more time to review.", "No, I don't know yet", "No, can you send the CV again? The attachment is "
    "missing.", "Yes, but I need to check with Sam first",
    # The shapes of replies in real mail that are no answer to a candidate (written anew, not copied).
    "Yes, here are the steps to reproduce the issue", "No. The protocol is stateless by definition, so each request "
    "stands alone.", "Non, il n'y a pas de fichier de log.", "Yes please, sorry I missed your question",
    "Yes, the hook should run for search too. :)", "yes... now you no longer need to allocate the buffer",
    # On two lines.
    "Yes\nbut let me ask Sam", "No.\nI haven't looked yet.", "Sí.\nPero primero lo hablo con Sam.",
])
def test_a_yes_or_no_that_answers_something_else_is_no_decision(text):
    assert reading(text + QUOTE) == "none"


@pytest.mark.parametrize("text, want", [
    ("No, not senior enough", "pass"), ("Yes — set it up", "interview"), ("Yes, next week", "interview"),
    ("Yes.\nTuesday or Wednesday works.", "interview"), ("No.\nToo junior, sorry.", "pass"),
    ("Yes, great", "interview"), ("Nah, pass", "pass"), ("Nee, te weinig ervaring", "pass"),
    ("Sì, organizziamo un colloquio", "interview"), ("Não, muito júnior", "pass"), ("Sure, bring her in", "interview"),
])
def test_a_yes_or_no_the_sentence_supports_is_the_decision(text, want):
    assert reading(text + QUOTE) == want


@pytest.mark.parametrize("text, want", [
    ("Yes\n\nBest,\nMaria", "interview"), ("Yes\n\nMaria Manager | Acme", "interview"),
    ("Yes\n\nMaria Manager, Head of Engineering", "interview"), ("Yes\n\nMaria (she/her)", "interview"),
    ("Ja\n\nMit freundlichen Grüßen\nMaria", "interview"), ("Nee\n\nMet vriendelijke groet,\nMaria", "pass"),
    ("Sì\n\nCordiali saluti\nMaria", "interview"), ("No.\n\nCheers, M", "pass"), ("Yes\nThanks\nMaria", "interview"),
])
def test_a_signature_under_a_bare_yes_or_no_keeps_it(text, want):
    assert reading(text + QUOTE) == want


@pytest.mark.parametrize("text, want", [
    ("Yes, great to hear from you", "none"), ("Yes, Thursday works for the sync with Sam", "none"),
    ("Yes, I booked the room for the offsite", "none"), ("No, the salary band hasn't been approved", "none"),
    ("Yes, great", "interview"), ("Yes, Thursday works", "interview"),
])
def test_praise_or_a_time_counts_only_when_it_is_all_that_follows(text, want):
    # "great" or "works" agree with a yes when nothing else is said; in a sentence they may be about anything.
    assert reading(text + QUOTE) == want


# Probes still read as no decision although a recruiter would record one, each with why.
KNOWN_MISSES = {
    ("es", "Sí, cuando pueda esta semana"): "'cuando pueda' (when she can) is no time mailer reads",
    ("nl", "Nee, we zoeken een meer senior profiel"): "'een meer senior' is not in the 'zoeken' pattern",
    ("en", "No, her experience is mostly frontend"): "a reason without a word of fit or level",
    ("en", "Yes, definitely, she's the strongest so far"): "'the strongest' is not among the praise of a candidate",
}


@pytest.mark.parametrize("lang, text, want", PROBES, ids=lambda v: str(v)[:40])
def test_the_probes_written_after_the_rule(lang, text, want):
    got = {reading(body) for _, body in framed(lang, "carries", text)}
    assert got <= {want, "none"}, "a wrong decision"
    if (lang, text) in KNOWN_MISSES:
        assert got == {"none"}, "fixed: take it off KNOWN_MISSES"
    else:
        assert got == {want}


def test_only_an_answer_particle_is_judged():
    # An explicit word names its decision: what follows is its comment, judged by the older rules alone.
    assert parse_commands("pass - will explain on Monday", NOW, TZ).commands[0].verb == "pass"
    assert yesno.stands("hold", "anything at all")
    assert yesno.stands("interview", "") and yesno.stands("pass", "")


@pytest.mark.parametrize("text", ["Yes, I will call her tomorrow", "No, she has not replied yet", "Sure, on it",
                                  "Nee, nog niet"])
def test_a_recruiters_yes_or_no_in_a_sentence_gets_no_help_reply(text):
    # "yes" is a manager's word; in a recruiter's sentence it is no misplaced command to explain.
    parsed = parse_commands(text, NOW, TZ, role="recruiter")
    assert parsed.commands == () and parsed.problem is None


def test_a_recruiters_bare_yes_still_gets_the_help_reply():
    assert "hiring manager" in parse_commands("Yes", NOW, TZ, role="recruiter").problem
