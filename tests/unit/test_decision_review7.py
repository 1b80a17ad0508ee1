"""Decisions a review of main found wrong or lost (review 7), each a class of reading, not one sentence:

- a yes/no whose first clause answers something else ("Yes, got it, …") was read from the rest of line 1 alone,
  never looking at the lines below it, where a plain yes/no is judged by them too;
- words of the shared "unsure" list that are a condition in one language and an ordinary word in another
  (Italian/Portuguese "se", Dutch "als", "caso") stopped decisions in Spanish, French, German and English;
- a snooze read from another language's words ("te respondo", "retorno") whose comment states the decision;
- yes words that are "thanks" or "noted" in another language (Polish "tak" = Danish thanks, "certo") read alone;
- "<thanks>, no" in other languages, where "Thanks, pass" already reads.

Written for this project; a wrong decision is worse than none, so where a reading is unsure the want is "none".
"""

from __future__ import annotations

import pytest

from decision_shapes import reading

CASES = (
    # the lines below a yes/no whose first clause answers something else
    ("Yes, got it, I'd like to meet her.\nOn second thought, let's pass - she's too junior.", "none"),
    ("Yes, received, let's interview her.\nJust kidding, let's pass.", "none"),
    ("Nein, keine Fragen, gerne ein Gespräch.\nWobei – lieber doch nicht, sie passt nicht ins Team.", "none"),
    ("Oui, bien reçu, je voudrais la rencontrer.\nEn fait non, pas intéressé.", "none"),
    ("Yes, got it, let's interview her.\nIf Sam agrees.", "none"),
    # the same below a plain yes with a comment
    ("Yes, I'd like to meet her.\nOn second thought, let's pass", "none"),
    ("Yes, let's interview her.\nIf Sam agrees.", "none"),
    # still read: the line below says nothing against it
    ("Yes, got it, let's interview her.\nThanks, Maria", "interview"),
    ("Yes, got it, let's interview her.\nShe looks great.", "interview"),
    ("Ja, ontvangen. Helaas niet geschikt.\nGroeten, Piet", "pass"),
    ("Yes, I'd like to meet her.\nMaria", "interview"), ("Yes, let's meet her.\nIf possible next week.", "interview"),
    ("Oui, je voudrais la rencontrer.\nSi possible mardi.", "interview"),
    # words that are a condition in one language only
    ("Me gustaría conocerla, se ve muy bien.", "interview"),
    ("Pienso que se adapta bien; agendemos una entrevista.", "interview"),
    ("Elle se démarque vraiment, je voudrais la rencontrer.", "interview"),
    ("Sie ist stärker als die anderen – wir möchten sie gerne kennenlernen.", "interview"),
    ("En cualquier caso, paso.", "pass"),
    ("No se ajusta al perfil, paso.", "pass"),
    ("Please set up an interview, als discussed", "interview"),
    # ... and still a condition in its own language
    ("Vorrei conoscerla, se lei è disponibile.", "none"),
    ("Quero entrevistá-la, se ela ainda estiver disponível.", "none"),
    ("Graag een gesprek, als ze nog beschikbaar is.", "none"),
    ("Quero entrevistá-la, caso ela aceite o salário.", "none"),
    # a snooze in another language's words whose comment decides
    ("Te respondo mañana, pero paso", "pass"),
    ("Retorno el lunes, pero paso", "pass"),
    ("Te respondo mañana - no encaja", "snooze 2026-12-08"),  # a reason with the snooze: still a snooze (review 8)
    # thanks or "noted" in one language, a yes in another
    ("Tak!", "none"), ("Hej Rita,\nTak!\nMvh Lars", "none"), ("Certo, obrigada!", "none"), ("Certo", "none"),
    ("Tak, zaprośmy ją na rozmowę", "interview"), ("Certo, pode marcar a entrevista", "interview"),
    ("Remind me next week, she looks great", "snooze 2026-12-14"),
    # Swedish "men" (but) is English "men"
    ("Yes, great profile — the men on our team would like her", "interview"), ("Ja, men först efter nyår", "none"),
    # thanks, then the no
    ("Grazie, no", "pass"), ("Bedankt, nee", "pass"), ("Danke, nein", "pass"), ("Thanks, pass", "pass"),
    ("Merci, je voudrais la rencontrer.", "interview"), ("Danke, ich schaue es mir morgen an.", "none"),
)


@pytest.mark.parametrize(("body", "want"), CASES)
def test_review7_decision(body, want):
    assert reading(body) == want
