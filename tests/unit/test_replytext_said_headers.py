"""Attributions with a "says"/"writes" verb the "On … wrote:" rule has no word for: Slovenian Thunderbird's "Ana
Novak pravi:", Slovenian, Croatian and Serbian "Ana piše:", with a name, a nickname or a (list-archived) address
before the verb, right above the quote; the class of the real mail in tests/data/replies/berlios_lists4, written here
in our own sentences. The person's own lines that say what someone says stay."""

import pytest

from mailer.reading.replytext import trim_reply

QUOTE = "> Lahko kandidatko povabimo na razgovor v torek ob desetih?\n> Rita"
ANSWER = "Torek ob desetih je v redu.\n\nLep pozdrav,\nMarko"


@pytest.mark.parametrize("attribution", [
    "Rita Recruiter pravi:",
    "Rita pravi:",
    "rita.r pravi:",
    "rita at acme.example.si pravi:",
    "rita@acme.example.si pravi:",
    "Rita Recruiter <rita at acme.example.si> pravi:",
    "Ana Horvat piše:",
    "Ana Horvat pi?e:",
    "Dne 21.10.2026 15:30, Rita Recruiter piše:",
])
def test_an_attribution_above_the_quote_at_the_top_is_history(attribution):
    body = f"{attribution}\n{QUOTE}\n\n{ANSWER}\n"
    assert trim_reply(body) == ANSWER


@pytest.mark.parametrize("attribution", ["Rita Recruiter pravi:", "hr at acme.example.hr piše:", "Gabrijela pravi:"])
def test_the_attribution_under_the_answer_ends_it(attribution):
    body = f"{ANSWER}\n\n{attribution}\n>\n{QUOTE}\n>\n"
    assert trim_reply(body) == ANSWER


def test_it_also_opens_a_quote_that_itself_starts_with_a_quoted_header():
    body = ("Rita pravi:\n> On Mon, 7 Dec 2026, Marko wrote:\n>\n>> Kdaj?\n>\n> V torek.\n\n"
            "Torek mi ustreza.\n\nMarko")
    assert trim_reply(body) == "Torek mi ustreza.\n\nMarko"


@pytest.mark.parametrize("line", [
    "On pravi:",          # he says
    "Ona pravi:",         # she says
    "Šef pravi:",         # the boss says
    "Kandidatka piše:",   # the candidate writes
    "Tukaj piše:",        # here it says
    "Ovdje piše:",        # here it says (Croatian)
])
def test_a_person_saying_what_someone_else_says_keeps_the_quote(line):
    body = f"Preberi to:\n\n{line}\n> Na razgovor pridem v torek.\n\nTorej torek.\n\nMarko"
    assert trim_reply(body) == body


def test_said_over_the_persons_own_lines_is_their_text():
    # no quote under it: the person announces what they write next
    body = "Rita pravi:\nkandidatka je odlična, povabimo jo.\n\nMarko"
    assert trim_reply(body) == body


def test_a_sentence_with_the_verb_inside_is_no_attribution():
    body = "Rita pravi, da je kandidatka odlična:\n> Zelo dobra je.\n\nSe strinjam.\n\nMarko"
    assert trim_reply(body) == body


def test_text_after_the_colon_is_a_sentence():
    body = "Rita pravi: povabimo jo.\n> Kdaj?\n\nV torek.\n\nMarko"
    assert trim_reply(body) == body
