"""Replies in Czech, Slovak, Slovenian, Polish and Portuguese as list archives hand them over: an attribution signed
with the archive's stand-in for an address ("matador at BerliOS napisa?(a):", pipermail's "x at y") and an inline
answer that runs to the end of the quoted mail, whose closing, name, "--" signature and list footer are quoted right
above the person's own short closing (the classes of the real mail in tests/data/replies/berlios_more_lists, written
here in our own sentences)."""

import pytest

from mailer.reading.replytext import trim_reply

QUOTE = "> Muzeme videt Janu v utery v deset?\n> Rita"


# ---- an attribution signed with an archived address ("x at y", "x en y", "x em y") above the quote
@pytest.mark.parametrize("attribution", [
    "matador at BerliOS napisa?(a):",
    "kasia at poczta.example napisał(a):",
    "jan.novak at seznam.example napsal(a):",
    "rita at acme.example wrote:",
    "rrecruiter at acme.example schrieb:",
    "marta en uva.example escribió:",
    "ana em ufpe.example escreveu:",
])
def test_an_archived_address_attribution_above_the_quote_goes_with_it(attribution):
    body = f"{attribution}\n\n{QUOTE}\n\nUtery v deset mi vyhovuje.\n\nIva\n"
    assert trim_reply(body) == "Utery v deset mi vyhovuje.\n\nIva"


def test_an_archived_address_attribution_under_the_text_ends_it():
    body = "Zgoda, wtorek o dziesiątej.\n\nmatador at BerliOS napisa?(a):\n> Czy możemy zobaczyć Anię we wtorek?\n"
    assert trim_reply(body) == "Zgoda, wtorek o dziesiątej."


def test_a_pronoun_at_a_company_is_the_persons_own_line():
    # "we at Acme wrote:" is the person telling what their team wrote, not a client's attribution: the line stays
    body = "Yes, Tuesday.\n\nwe at Acme wrote:\n> Five years of Go in production.\n\nThat is what the brief asks for."
    assert trim_reply(body) == body


def test_an_archived_address_and_the_verb_with_words_after_it_is_a_sentence():
    # text after the colon: the person writing on the same line, as "Jane wrote: she can start…" is
    body = "matador at BerliOS napisał(a): trzeba poprawić daty.\n> Ujednolicenie dat.\n\nZrobione."
    assert trim_reply(body) == body


# ---- the quoted mail's closing, name, "--" signature and list footer right above the person's short closing
FOOTER = "> _______________________________________________\n> Team-dev mailing list\n" \
         "> https://lists.example.org/mailman/listinfo/team-dev"


@pytest.mark.parametrize("quoted_end, closing", [
    ("> Abraços,\n>\n> Thiago\n> --\n> Mergulhando no Caos - http://blog.example\n" + FOOTER, "valeu..."),
    ("> Abra?os,\n> Thiago Arrais\n> --\n> http://blog.example", "Abraço,\nMarcos"),
    ("> Best,\n> Rita\n> -- \n> Rita Recruiter | Acme\n> +1 555 0100", "Cheers,\nMaria"),
    ("> S pozdravem\n> Jan Novak\n> --\n> Katedra informatiky\n> http://ksi.example.cz", "Diky, Iva"),
    ("> lp\n> Zoran\n> --\n> http://jimmy.example.si", "lp\nDejan"),
    ("> Pozdrawiam,\n> Tomek\n> -- \n> http://planeta.example.pl\n" + FOOTER, "Dzięki!"),
])
def test_a_quoted_signature_above_the_closing_goes_and_the_closing_stays(quoted_end, closing):
    body = ("Ahoj,\n\n> Can we see Jane on Thursday?\n\nThursday works, after two.\n\n"
            f"{quoted_end}\n\n{closing}\n")
    assert trim_reply(body) == f"Ahoj,\n\n> Can we see Jane on Thursday?\n\nThursday works, after two.\n\n{closing}"


def test_the_answer_to_the_last_quote_keeps_it_even_when_a_signature_follows():
    # a sentence above the quoted "--" is a question the person answers under it
    body = ("Thursday works.\n\n> Can you also send her CV?\n> Rita\n> --\n> Rita Recruiter | Acme\n\n"
            "Sure, attached.\n")
    assert trim_reply(body) == body.rstrip("\n")


def test_a_question_about_the_quoted_signature_keeps_it():
    body = ("Thursday works.\n\n> Best,\n> Rita\n> --\n> Rita Recruiter | Acme\n> +1 555 0100\n\n"
            "Is this your new number?\n")
    assert trim_reply(body) == body.rstrip("\n")


def test_a_quoted_closing_without_a_signature_line_is_left_as_it_was():
    # no "--" in the quote: nothing says it is the quoted mail's end, so the inline reading stands
    body = "Thursday works.\n\n> Thanks,\n> Rita\n\nBye\n"
    assert trim_reply(body) == body.rstrip("\n")


def test_a_longer_answer_under_the_quoted_signature_keeps_it():
    body = ("Thursday works.\n\n> Best,\n> Rita\n> --\n> Rita Recruiter | Acme\n\n"
            "One more thing: the panel wants a second interviewer.\nCould Omar join?\nMaria\n")
    assert trim_reply(body) == body.rstrip("\n")


def test_a_reply_that_is_only_a_closing_under_the_quoted_signature_keeps_the_quote():
    # no answer above the quote: it is the mail being answered, not the end of an inline answer
    body = "> Can we see Jane on Thursday?\n> Best,\n> Rita\n> --\n> Rita Recruiter | Acme\n\nYes!\n"
    assert trim_reply(body) == "> Can we see Jane on Thursday?\n> Best,\n> Rita\n> --\n> Rita Recruiter | Acme\n\nYes!"
