"""Bare attributions right above a quote that quoteheaders.py does not read (mailer/reading/saidheaders.py):
Slovenian "X pravi:" and the Arabic verb-first "كتب X:"; a person's own line that announces a quote stays."""

import pytest

from mailer.reading.replytext import trim_reply


@pytest.mark.parametrize("attribution", ["Tina Zupan pravi:", "Tina pravi:", "Tina Zupan <tina@siol.net> pravi:",
                                         "\"Zupan, Tina\" pravi:"])
def test_a_slovenian_pravi_line_opens_the_quote_under_a_greeting(attribution):
    body = f"Zdravo,\n\n{attribution}\n> Kdaj bo nova različica?\n\nV petek, upam.\n\nlp\nRok"
    assert trim_reply(body) in ("Zdravo,\n\n> Kdaj bo nova različica?\n\nV petek, upam.\n\nlp\nRok",
                                "Zdravo,\n\nV petek, upam.\n\nlp\nRok")


def test_a_slovenian_pravi_line_under_the_answer_ends_the_text():
    body = "V petek, upam.\n\nRok\n\nTina Zupan pravi:\n> Kdaj bo nova različica?\n> Tina"
    assert trim_reply(body) == "V petek, upam.\n\nRok"


@pytest.mark.parametrize("attribution", ["كتب Rita Recruiter:", "كتب أحمد علي:", "\u200fكتب سارة <sara@example.org>:\u200f"])
def test_an_arabic_verb_first_attribution_opens_the_quote(attribution):
    body = f"سأرسل الملف اليوم.\n\n{attribution}\n> هل وصلك الملف؟"
    assert trim_reply(body) == "سأرسل الملف اليوم."


def test_a_person_announcing_what_someone_told_them_keeps_the_quote():
    # Arabic "the candidate wrote to me:" and Slovenian "my boss says:" introduce the person's own quotation
    arabic = "كتب لي المرشح:\n> أنا متاح من مايو.\n\nأعتقد أنه مناسب."
    assert "أنا متاح من مايو" in trim_reply(arabic)
    slovenian = "Moj šef pravi:\n> Najprej testi, potem izdaja.\n\nZato bo izdaja v petek."
    assert "Najprej testi" in trim_reply(slovenian)


def test_a_pravi_sentence_with_its_words_after_the_colon_is_text():
    body = "Tina pravi: to je narobe, popravim jutri.\n\nRok"
    assert trim_reply(body) == body
