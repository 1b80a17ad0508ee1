"""An invitation answer (mentoring/answers.py) that qualifies its yes or no is the recruiter's to read, not a yes or
no: a condition ("Yes, but only monthly", "Sure, if we keep it short"), a deferral that asks to be asked again
("Not now, ask me in March"). An eager yes with a negative word in it ("Can't wait!") is a yes."""

import pytest

from mailer.mentoring.answers import read_invitation_reply


@pytest.mark.parametrize("reply", [
    "Yes, but only once a month.",
    "Sure, if the calls stay under half an hour.",
    "Happy to, as long as we skip the summer.",
    "Yes — provided Rita's manager is fine with it.",
    "Count me in, assuming it's every other week at most.",
    "Gern, solange es alle vier Wochen ist.",
    "Oui, à condition que ce soit mensuel.",
    "Sí, siempre que sea una vez al mes.",
    "I can't do weekly, unless they are five minutes.",
])
def test_a_yes_or_no_with_a_condition_is_a_question_for_the_recruiter(reply):
    assert read_invitation_reply(reply) == "question"


@pytest.mark.parametrize("reply", [
    "Not now, ask me again after the launch.",
    "Not right now. Ping me in January?",
    "No time this quarter, try me again in spring.",
    "Not at the moment — check back in a couple of months.",
    "Jetzt nicht, frag mich nach Ostern nochmal.",
    "Pas maintenant, redemande-moi en février.",
    "Ahora no, pregúntame después del verano.",
])
def test_a_deferral_that_asks_to_be_asked_again_is_no_decline(reply):
    assert read_invitation_reply(reply) == "question"


@pytest.mark.parametrize("reply", [
    "Can't wait, sounds great.", "I can't wait to start, count me in.", "How could I say no. Happy to!",
    "Couldn't refuse that — happy to.",
])
def test_an_eager_yes_with_a_negative_word_is_a_yes(reply):
    assert read_invitation_reply(reply) == "yes"


@pytest.mark.parametrize("reply, meaning", [
    # Hard negatives: a plain yes or no stays one.
    ("Yes, happy to!", "yes"), ("Sure thing.", "yes"), ("No, sorry, I can't take this on.", "no"),
    ("Sorry, I can't this year.", "no"), ("I'd love to, but I can't right now.", "no"),
    ("I can't, sorry — too much on my plate.", "no"),
])
def test_a_plain_yes_or_no_stays_one(reply, meaning):
    assert read_invitation_reply(reply) == meaning


@pytest.mark.parametrize("reply", [
    "Yes, but I'd want to keep it to 20 minutes.",
    "Happy to, though not before January.",
    "Absolutely, once my team's launch is done in February.",
    "Sure! However, Fridays are out for me.",
    "Count me in — not until the spring, though.",
])
def test_a_yes_with_a_term_after_it_is_a_question(reply):
    assert read_invitation_reply(reply) == "question"


@pytest.mark.parametrize("reply", ["Yes, once a month sounds right.", "Sure, happy to meet once every two weeks."])
def test_a_yes_that_agrees_to_the_rhythm_is_a_yes(reply):
    assert read_invitation_reply(reply) == "yes"
