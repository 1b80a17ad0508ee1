"""The decision sweep (tests/unit/decision_shapes.py): how hiring managers write their decision in English, German,
French and Spanish is read as a recruiter would read it, and negations, conditions, questions, acknowledgements and
two decisions stay no decision. bench/decisions.py prints the same sweep's counts per language and family."""

import pytest

from decision_shapes import NOW, TZ, cases, reading
from mailer.reading.commands import parse_commands

# Shapes read wrong, each with why it is left; each must still miss (a fix takes it off the list).
KNOWN_MISSES = {
    # The time before the verb, German word order ("nächste Woche nochmal fragen"): a snooze is read from its
    # word forward, and reading any sentence that names a week as a snooze would pause on "Nächste Woche bin ich weg".
    ("de", "snooze", "Bitte nächste Woche nochmal fragen"),
    ("de", "snooze greeting", "Bitte nächste Woche nochmal fragen"),
    # Decision sentences are read from the first lines joined, so the signed name on the next line continues the
    # clause ("pas pour nous Marie"); "pas pour nous" counts only at its clause's end, or "pas pour nous tous"
    # (not for all of us) would be a pass.
    ("fr", "casual greeting", "Bof, pas pour nous"),
}


def _known_miss(lang: str, family: str, body: str) -> bool:
    return any(lang == miss_lang and family == miss_family and f"{text}\n" in body
               for miss_lang, miss_family, text in KNOWN_MISSES)


@pytest.mark.parametrize("lang, family, body, want", cases(), ids=lambda v: str(v)[:40])
def test_a_decision_is_read_as_the_recruiter_reads_it(lang, family, body, want):
    if _known_miss(lang, family, body):
        assert reading(body) != want, "fixed: take it off KNOWN_MISSES"
        return
    assert reading(body) == want


def test_no_known_miss_is_a_wrong_decision():
    # A miss may leave a decision unread; none may record one the manager did not make.
    for lang, family, body, want in cases():
        if _known_miss(lang, family, body):
            assert reading(body) == "none"


def test_the_sweep_spans_the_languages_and_families_it_claims():
    assert {lang for lang, *_ in cases()} == {"en", "de", "fr", "es"}
    families = {family.split(" ")[0] for _, family, *_ in cases()}
    assert {"word", "comment", "time", "polite", "casual", "notmine", "snooze", "negative", "two"} == families
    assert 200 <= len(cases()) <= 400
    assert sum(want == "none" for *_, want in cases()) >= 60  # the hard negatives
    assert sum(_known_miss(*case[:3]) for case in cases()) == len(KNOWN_MISSES)


@pytest.mark.parametrize("text", [
    "Can you set up a call with me about the role?", "Please set up a call with Tom first",
    "We cannot set up a call this week", "Is this not my role?", "Not my problem, ask Tom",
    "Entretien avec Tom demain", "pas pour nous tous", "Eher nicht heute, morgen ja", "Das Meeting bitte absagen",
    "Nicht meine Stelle, aber ich finde sie super, bitte einladen",
    "Ping me when she replies", "Rappelle-moi quand tu peux", "Avísame si necesitas algo",
    "I'll get back to you after the offsite", "Ich melde mich", "Hi Rita 👋",
    "Yes, got it", "Oui, je regarde demain", "No, haven't had a chance yet", "Sí, recibido",
])
def test_the_new_words_leave_their_look_alikes_alone(text):
    # What the sweep's fixes taught mailer (a call, not mine in a sentence, soft snoozes, acknowledgements) must not
    # turn these into a decision, nor into a help reply: each is a plain reply.
    assert reading(f"{text}\n") == "none"
    assert parse_commands(text, NOW, TZ).problem is None


def test_a_recruiters_promise_to_get_back_is_no_snooze():
    # The soft snooze words are a manager's: the recruiter who writes them promises the manager an answer, and
    # pausing that manager's reminders on it would be a decision nobody made.
    assert parse_commands("I'll get back to you next week", NOW, TZ, role="manager").commands[0].verb == "snooze"
    assert parse_commands("I'll get back to you next week", NOW, TZ, role="recruiter").commands == ()
    assert parse_commands("snooze until Monday", NOW, TZ, role="recruiter").commands[0].verb == "snooze"


@pytest.mark.parametrize("text, want", [
    ("Yes, look forward to meeting her", "interview"), ("Yes! Will look forward to meeting her", "interview"),
    ("No, not enough Go experience", "pass"), ("Yes, no problem, bring her in", "interview"),
])
def test_a_remark_that_is_no_acknowledgement_keeps_the_decision(text, want):
    # An acknowledgement ("got it, will look at it") undoes a yes; a remark that only shares words with one does not.
    assert reading(f"{text}\n") == want
