"""Review 8's wrong decisions, from replies written to break review 7's rules: a snooze with a reason, a wish or a
"not a fit for now" in its comment is still a snooze (reading it as the decision booked or rejected candidates the
manager meant to come back to); only "but" and one decision word after the snooze decide ("…, pero paso"); and a
condition in Dutch, Italian or Portuguese before a name or a common word leaves no decision."""

import pytest

from decision_shapes import reading

CASES = (
    # a snooze whose comment wants the candidate but names what is in the way
    ("Remind me next week, I'd like to interview her but need budget sign-off", "snooze 2026-12-14"),
    ("Remind me Monday, I want to meet her but my calendar is full", "snooze 2026-12-14"),
    ("Remind me Monday. Happy to meet her but need to sort headcount first.", "snooze 2026-12-14"),
    ("Erinnere mich am Montag, ich möchte sie gern kennenlernen, brauche aber erst Budget", "snooze 2026-12-14"),
    ("Relance-moi lundi, j'aimerais la rencontrer mais il faut le budget", "snooze 2026-12-14"),
    ("Recuérdamelo el lunes, me gustaría conocerla pero necesito presupuesto", "snooze 2026-12-14"),
    ("Herinner me maandag, ik wil haar graag spreken maar heb eerst budget nodig", "snooze 2026-12-14"),
    # a snooze with "not a fit for now"
    ("Remind me in 2 weeks - not a fit right now, team is being restructured", "snooze 2026-12-21"),
    ("Remind me next week, she's not a fit for now but may be later", "snooze 2026-12-14"),
    ("Remind me next week, she's too senior for now", "snooze 2026-12-14"),
    ("Relance-moi dans 2 semaines - pas le bon profil pour l'instant, on verra après le gel", "snooze 2026-12-21"),
    # a hedge, a plan after the wait, a negated decision: the snooze stands
    ("Remind me Monday, but I think we'll pass", "snooze 2026-12-14"),
    ("Snooze 1w, let's interview her after the offsite", "snooze 2026-12-14"),
    ("Remind me Monday, I don't want to reject her yet", "snooze 2026-12-14"),
    ("Remind me next week, not ready to pass on her yet", "snooze 2026-12-14"),
    # "but" and the decision, plainly
    ("Te respondo mañana, pero paso", "pass"), ("Retorno el lunes, pero paso.", "pass"),
    ("Remind me Monday, but pass", "pass"),
    # conditions in their own language
    ("Graag een gesprek als er budget is", "none"), ("Graag een gesprek als Sam akkoord is", "none"),
    ("Incontriamola se conferma la disponibilità", "none"), ("Incontriamola se sei d'accordo", "none"),
    ("Vamos entrevistá-la se der tempo", "none"), ("Vamos conversar com ela caso Sam concorde", "none"),
    # ... and what review 7 recovered stays read
    ("Sie ist stärker als die anderen – wir möchten sie gerne kennenlernen.", "interview"),
    ("Me gustaría conocerla, se ve muy bien.", "interview"), ("En cualquier caso, paso.", "pass"),
)


@pytest.mark.parametrize(("body", "want"), CASES)
def test_review8_decision(body, want):
    assert reading(body) == want
