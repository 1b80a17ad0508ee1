"""An invitation's bare yes followed by warm words is a yes (mentoring/answers.py): "Yes, looking forward to it",
"Yes, I'd like that", in the languages the module reads. A yes followed by another matter, or qualified, stays a
question (hard negatives kept)."""

import pytest

from mailer.mentoring.answers import read_invitation_reply


@pytest.mark.parametrize("words", [
    "Yes, looking forward to it",
    "Yes, I'd like that",
    "Yes, I would like that very much.",
    "Yes, glad you asked me!",
    "Sure, would love to.",
    "Yes, I look forward to it.",
    "Ja, ich freue mich darauf",
    "Oui, j'ai hâte !",
    "Oui, ravie.",
    "Sí, me encantaría",
    "Sí, con muchas ganas",
    "Ja, ik kijk ernaar uit",
    "Ja, zin in!",
    "Sì, non vedo l'ora",
    "Sì, mi piacerebbe molto",
    "Sim, adoraria",
    "Sim, fico feliz",
])
def test_a_yes_with_warm_words_is_a_yes(words):
    assert read_invitation_reply(words) == "yes"


@pytest.mark.parametrize("words", [
    "Yes, the offer is coming",
    "Non, il n'y a pas de log mysql",
    "Yes, looking forward to it, but only monthly",
    "Yes, I'd like that, let me check my calendar first",
    "Yes, glad the candidate accepted",
])
def test_a_yes_about_another_matter_or_qualified_stays_a_question(words):
    assert read_invitation_reply(words) == "question"
