"""A bare yes or no in a mentor's answer to an invitation (mentoring/answers.py): ops' own words (`replies.words`) and
the shipped particles count only where an answer starts (the reply's or a sentence's start, after a greeting), so
German "nie" (never), French "ne" and Italian "non" (not) inside a sentence are no answer; a yes after a bare no, or
a no after a bare yes, leaves a question; and a reply written with decomposed accents reads as the composed one.
The rows come from review 5 (ops words nie/ne/no way under `pass`) and variants in en, de, fr, es, it, pt."""

import pytest

from mailer.mentoring.answers import read_invitation_reply

# README's example ops words for a no, as the review configured them.
OPS_NO = {"pass": ("nie", "ne", "no way")}
OPS_YES = {"interview": ("jawohl", "yeah", "ouais")}


@pytest.mark.parametrize("reply", [
    "Ich habe nie einen Mentee gehabt, aber gerne!",
    "Je ne demande pas mieux, avec plaisir",
    "Ich war noch nie Mentorin – sehr gerne!",
    "Je n'ai jamais fait ça, mais je ne dis pas non : avec plaisir !",
    "I have never mentored, but happy to. There is no way I'd miss this.",
])
def test_ops_no_words_inside_a_sentence_are_no_answer(reply):
    assert read_invitation_reply(reply, OPS_NO) == "yes"


@pytest.mark.parametrize("reply, meaning", [
    # the same words where an answer starts are still the answer, judged by what follows
    ("Nie, sorry.", "no"), ("Ne, nemám čas.", "no"), ("Nie, nie mam czasu, przepraszam.", "no"),
    ("No way, too busy this quarter.", "no"), ("Hi Rita, no way, sorry.", "no"),
    ("Hallo Rita,\n\nNie. Leider zu viel los.", "no"), ("Thanks for asking! Ne, díky.", "no"),
    # "nie" + verb is Polish "don't": the sentence it runs into says the no ("I have no time")…
    ("Nie mam czasu", "no"), ("Nie, nie mam czasu.", "no"),
    # … unless it says it does not know yet, or qualifies it ("ale": but)
    ("Nie wiem, czy będę miał czas", "question"), ("Nie teraz, może później", "question"),
    ("Ne, ale možná v létě, budu mít víc času", "question"),
])
def test_ops_no_words_where_an_answer_starts_still_decide(reply, meaning):
    assert read_invitation_reply(reply, OPS_NO) == meaning


@pytest.mark.parametrize("reply", [
    "No way! Count me in.", "No way, absolutely!", "No way – I'd love to!", "Nie! Sehr gerne!",
    "Ne, avec plaisir !", "No way. I'm honoured, let's do it.",
])
def test_a_yes_after_an_ops_no_is_a_question(reply):
    assert read_invitation_reply(reply, OPS_NO) == "question"


@pytest.mark.parametrize("reply", [
    "No! I'd love to!", "No, I'd be honoured!", "Nein! Sehr gerne!", "Non, avec plaisir !", "No, con mucho gusto.",
    "Não, com prazer!", "No... count me in.", "No way! Count me in.", "No way, absolutely!",
])
def test_a_yes_after_a_shipped_no_is_a_question(reply):
    assert read_invitation_reply(reply) == "question"


@pytest.mark.parametrize("reply, ops", [
    ("Yes! Unfortunately I'm too busy.", None), ("Sure, no time though.", None), ("Ja, leider keine Zeit.", None),
    ("Oui, malheureusement pas le temps.", None), ("Jawohl, leider keine Zeit.", OPS_YES),
    ("Ouais, je ne peux pas.", OPS_YES), ("Yeah, too busy.", OPS_YES),
])
def test_a_no_after_a_bare_yes_is_a_question(reply, ops):
    assert read_invitation_reply(reply, ops) == "question"


@pytest.mark.parametrize("reply", [
    "Non ho mai fatto il mentor, ma volentieri!",  # Italian "non" (not) opening a sentence that ends in a yes
    "Eu não sou especialista, mas com prazer!",
    "Ich habe ja nie gedacht, dass jemand fragt – gerne!",
])
def test_a_shipped_no_inside_a_sentence_is_no_answer(reply):
    assert read_invitation_reply(reply) == "yes"


@pytest.mark.parametrize("reply, meaning", [
    ("Vorrei, ma non posso", "no"),  # "non" inside the sentence was judged alone; "non posso" names the no
    ("Si tengo tiempo, sí", "question"),  # "if I have time, yes": the "sí" ends a condition, it opens nothing
])
def test_a_bare_word_inside_a_sentence_leaves_the_sentence_to_be_read(reply, meaning):
    assert read_invitation_reply(reply) == meaning


@pytest.mark.parametrize("reply, meaning", [
    ("Yes!", "yes"), ("Hi Rita, yes, happy to help.", "yes"), ("Hola Rita: sí, claro, con gusto.", "yes"),
    ("Thanks for thinking of me. Yes, count me in.", "yes"), ("Jawohl, gerne!", "yes"), ("Si, claro", "yes"),
    ("Oh yes!", "yes"), ("¡Sí, claro!", "yes"), ("Hello Nadia\n\nyes, happy to", "yes"),
    ("My answer is yes.", "yes"), ("The answer is no, sorry.", "no"), ("Yes, I'm not too busy", "yes"),
    ("Oh no, I'd love to but I can't", "no"),  # "Oh no" is dismay; the polite no is in the words
    ("Nope, sorry.", "no"), ("Nein, leider nicht.", "no"), ("Non, désolée, pas le temps.", "no"),
])
def test_a_bare_word_opening_the_reply_or_a_sentence_still_decides(reply, meaning):
    assert read_invitation_reply(reply, OPS_YES) == meaning


def test_decomposed_accents_read_as_composed():
    composed = "Não, não tenho tempo, desculpe."
    decomposed = composed.replace("ã", "a\u0303")
    assert read_invitation_reply(decomposed) == read_invitation_reply(composed) == "no"
    assert read_invitation_reply("Si\u0301, con gusto.") == "yes"  # "Sí" with a combining acute
