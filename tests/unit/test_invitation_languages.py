"""An invitation answer in German, French, Spanish, Dutch, Italian or Portuguese (mentoring/answers.py) is read as
one in English is: a plain yes or no decides; a condition, a deferral, an acknowledgement, not knowing yet or a
question leaves it to the recruiter. Written for the rule, not taken from the sweep."""

import pytest

from mailer.mentoring.answers import read_invitation_reply


@pytest.mark.parametrize("reply, meaning", [
    ("Ja, sehr gerne! Dienstags passt gut.", "yes"), ("Kein Problem, bin dabei!", "yes"),
    ("Pourquoi pas ! Je suis partante.", "yes"), ("Pas de souci, je suis partant.", "yes"),
    ("Sí, claro. ¡Qué ilusión!", "yes"), ("Sin problema, cuenta conmigo.", "yes"),
    ("Ja hoor, leuk!", "yes"), ("Sì, certo!", "yes"), ("Sim, claro!", "yes"),
    ("Nein danke, das ist nichts für mich.", "no"), ("Non merci, je suis débordée.", "no"),
    ("Non, pas cette année, désolé.", "no"), ("No, gracias, ahora mismo no puedo.", "no"),
    ("Nee, helaas, te druk.", "no"), ("No, purtroppo sono troppo impegnata.", "no"),
    ("Não, obrigado, estou sem tempo.", "no"),
])
def test_a_plain_yes_or_no_decides_in_every_language(reply, meaning):
    assert read_invitation_reply(reply) == meaning


@pytest.mark.parametrize("reply", [
    "Ja, aber bitte nur monatlich.", "Ja klar, wenn es kurz bleibt.", "Gerade nicht, melde dich im Frühjahr nochmal.",
    "Danke, ist angekommen. Ich überlege es mir.", "Natürlich nicht jetzt, vielleicht im Sommer.",
    "Oui, mais pas avant février.", "Oui, je regarde ça ce soir.", "Oui oui, c'est noté, je te redis.",
    "Sí, pero solo los viernes.", "Claro, aunque no antes de enero.", "Recibido, lo pienso y te digo.",
    "Ja, maar pas na de zomer.", "Ik kijk er morgen naar.",
    "Sì, ma solo una volta al mese.", "Ricevuto, ti faccio sapere.", "Non so ancora, ti dico.",
    "Sim, mas só depois do verão.", "Recebi, vou pensar.", "Não sei ainda.",
])
def test_a_qualified_or_undecided_answer_goes_to_the_recruiter(reply):
    assert read_invitation_reply(reply) == "question"


def test_si_without_its_accent_is_if_not_yes():
    assert read_invitation_reply("Si tienes tiempo, hablamos el lunes.") == "question"


@pytest.mark.parametrize("reply", [
    "No. The deploy is broken again.",
    "Yes, the build passed on the second try.",
    "Non, le fichier est vide.",
    "Ja, der Server läuft wieder.",
    "Sí, el lunes es festivo aquí.",
    "Não, o anexo está corrompido.",
])
def test_a_bare_yes_or_no_that_answers_another_matter_is_a_question(reply):
    assert read_invitation_reply(reply) == "question"


@pytest.mark.parametrize("reply, meaning", [
    ("Yes!\n\nNadia", "yes"), ("Yes. Happy to help.", "yes"), ("Sure, let's start in January.", "yes"),
    ("No, sorry.", "no"), ("No. Too much on my plate this year.", "no"), ("Non, désolé.", "no"),
    ("Nein, das schaffe ich leider nicht.", "no"), ("Nee, sorry.", "no"),
])
def test_a_bare_yes_or_no_with_nothing_more_or_its_reason_decides(reply, meaning):
    assert read_invitation_reply(reply) == meaning
