"""Replies in Spanish, German and French as list archives and older clients hand them over: a bare "Name wrote:"
attribution signed with a login or with its accent lost as "?", Spanish closings ("Suerte y un saludo."), an
address written "x en y.es", a code comment drawn as a rule, and a webmail signature put under the quoted history
(the classes of the real mail in tests/data/replies/r_help_es and berlios_lists, written here in our own sentences)."""

import pytest

from mailer.reading.replytext import trim_reply

QUOTE = "> ¿Podemos ver a Lucía el martes a las diez?\n> Un saludo, Rita"


# ---- a bare attribution above the quote: a login in lower case, or the verb with its accent lost
@pytest.mark.parametrize("attribution", [
    "rita wrote:", "rrecruiter wrote:", "j.doe wrote:", "marta escribió:", "marta escribi?:",
    "laurent a écrit :", "Laurent a ?crit :", "laurent a ?crit :", "Kasia napisa?:", "Rita ?rta:", "Ay?e yazd?:",
])
def test_a_bare_attribution_above_the_quote_goes_with_it(attribution):
    body = f"{attribution}\n{QUOTE}\n\nSí, el martes a las diez me va bien.\n\nMarta\n"
    assert trim_reply(body) == "Sí, el martes a las diez me va bien.\n\nMarta"


def test_an_attribution_with_a_lost_accent_under_the_text_ends_it():
    body = "D'accord pour mardi.\n\nLaurent a ?crit :\n> Peut-on voir Lucie mardi ?\n"
    assert trim_reply(body) == "D'accord pour mardi."


@pytest.mark.parametrize("line", ["she wrote:", "someone wrote:", "ella escribió:", "il a écrit :"])
def test_a_pronoun_and_the_verb_is_no_attribution_of_its_own(line):
    # "she wrote:" alone names nobody: it is a sentence cut short, not a client's attribution
    body = f"Lo que Rita nos contestó ayer, {line}\n{QUOTE}\n\nPor eso propongo el jueves."
    assert "Por eso propongo el jueves." in trim_reply(body)


def test_a_login_and_the_verb_with_no_quote_under_it_is_the_persons_line():
    body = "Sobre la candidata, marta escribió:\nque prefiere el turno de tarde.\n\nSaludos,\nRita"
    assert trim_reply(body) == body


def test_a_login_attribution_between_answers_keeps_the_answers():
    body = ("Hola,\n\n> ¿Puede empezar en marzo?\n\nSí, desde el día 3.\n\nmarta escribió:\n> ¿Y el sueldo?\n\n"
            "Lo hablamos el lunes.\n\nRita")
    got = trim_reply(body)
    assert got.startswith("Hola,\n\n> ¿Puede empezar en marzo?\n\nSí, desde el día 3.")
    assert got.endswith("Lo hablamos el lunes.\n\nRita")


# ---- Spanish closings over a name and its office lines
@pytest.mark.parametrize("closing", ["Suerte y un saludo.", "Gracias y un saludo,", "Muchas gracias y saludos",
                                     "Suerte!", "Suerte,"])
def test_a_spanish_closing_keeps_the_name_and_drops_the_office_lines(closing):
    body = (f"Te recomiendo entrevistar a Lucía, tiene buena experiencia.\n{closing}\n\nMarta Gómez Ruiz\n"
            "Departamento de Selección\nDirección General de Personas\nmgomez en acme.es\nhttp://www.acme.es")
    text = f"Te recomiendo entrevistar a Lucía, tiene buena experiencia.\n{closing}\n\nMarta Gómez Ruiz"
    assert trim_reply(body) == text


def test_an_archived_address_line_is_a_contact_in_a_signature():
    body = ("Vale, la vemos el martes.\nUn saludo\n\nMarta Gómez\nSelección\nmgomez at acme.es")
    assert trim_reply(body) == "Vale, la vemos el martes.\nUn saludo\n\nMarta Gómez"


def test_a_sentence_that_says_en_is_no_contact():
    body = "Un saludo\n\nMarta\nla entrevista es en sala.b2\nllámame si hace falta"
    assert trim_reply(body) == body


def test_suerte_in_a_sentence_is_no_closing():
    body = "Suerte que Lucía puede el martes.\nDepartamento nuevo\nEdificio Norte"
    assert trim_reply(body) == body


# ---- a code comment drawn as a rule is the person's code
@pytest.mark.parametrize("rule", ["#------------------", "# ==========", "//--------", "% ------", ";;-----"[1:]])
def test_a_comment_rule_around_code_keeps_the_code_and_the_text_under_it(rule):
    body = (f"Prueba con esto:\n\n{rule}\nres$color <- ifelse(res$x > 0, 'red', 'blue')\nplot(res$x, col = res$color)\n"
            f"{rule}\n\nLa función ifelse() te lo resuelve.\n\nSaludos,\nMarta")
    assert trim_reply(body) == body


@pytest.mark.parametrize("separator", ["--", "-- ", "________________", "------------------"])
def test_a_plain_rule_still_opens_the_signature(separator):
    body = f"La vemos el martes.\n\nMarta\n{separator}\nMarta Gómez\nSelección, Acme\n+34 910 000 000"
    assert trim_reply(body) == "La vemos el martes.\n\nMarta"


# ---- a webmail signature under the quoted history
SIGNED = ("Hola,\nla candidata encaja bien, yo la entrevistaría la semana que viene.\n\nUn saludo\n\n\n"
          "> ¿Qué te parece Lucía para el puesto?\n> Rita\n\n\n{tag}\n\n_______________________________\n\n"
          "        Marta Gómez\n\n    Dep. de Selección\n  Acme S.A.\n")


@pytest.mark.parametrize("tag", ["jm~", "mg", "-- mg", "M.G.", "~Marta"])
def test_a_tag_and_signature_under_the_quote_are_no_inline_answer(tag):
    assert trim_reply(SIGNED.format(tag=tag)) == (
        "Hola,\nla candidata encaja bien, yo la entrevistaría la semana que viene.\n\nUn saludo")


def test_an_answer_under_the_quote_stays():
    body = SIGNED.format(tag="Sí, el lunes.")
    assert "Sí, el lunes." in trim_reply(body)


def test_a_tag_under_the_quote_with_no_separator_under_it_stays():
    body = "Me parece bien.\nUn saludo\n\n> ¿La vemos?\n\nSí"
    assert trim_reply(body) == body


def test_thanks_over_an_inline_answer_keeps_the_answer():
    # no sentence has been signed off above the quote: "Gracias!" opens the reply, the answer is under the quote
    body = "Gracias!\n\n> ¿La vemos el martes?\n\nSí\n--\nMarta Gómez\nSelección"
    assert trim_reply(body) == "Gracias!\n\n> ¿La vemos el martes?\n\nSí"
