"""Notices read as a relay or a list archive keeps them: a plain "Re:" subject, no auto-reply header, the body alone.

Reading the tuning notices so (their subjects replaced, their headers dropped) showed wordings only a notice uses that
the tables lacked (reading/noticewords.py): the reader's mail answered on a return day ("returning on Monday when I will
answer your email"), returned at a stated time ("will return email at that time"), unread ("am unable to read your
message"), the mailbox not emptied ("mein E-Mail-Postfach wird nicht geleert"), whom to write in Brazil's words
("Durante minha ausência, favor procurar …"), mail read now and then in Swedish ("läser mejlen sporadiskt"), urgent requests sent on to a team ("faire suivre les demandes urgentes au
secrétariat"). And a gateway that lost accented letters as "?" lost the one-letter word of a range of days too ("de 20
de dezembro ? 03 de fevereiro"), which is no question to the reader (reading/personsnote.py). People's notes that say
the same things in their own words, or ask something, stay theirs. Project-written sentences; names and dates invented.
"""

import email.message

import pytest

from mailer.reading.autoreply import detect_auto_reply
from mailer.reading.personsnote import asks_the_reader


def mail(body: str, subject: str = "Re: Candidate: Jane Doe - Backend Engineer") -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "Sam Lee <sam@corp.test>"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 06 Jan 2020 10:00:00 +0000"
    msg.set_content(body)
    return msg


NOTICES = [
    ("en", "I am out of the office on Friday 10th January, returning on Monday 13th January when I will answer your "
           "email. Kind regards, Ruth"),
    ("en", "I am away on vacation until January 13th and will return email at that time. Thank you! Ruth"),
    ("en", "I am on annual leave and will return your call upon my return on 13 January."),
    ("en", "Hello, I am away until 13/01/2020 and am unable to read your message."),
    ("en", "I am travelling until Monday 13 January and will be unable to access my email."),
    ("de", "Vom 6.1. bis 12.1. bin ich im Urlaub. In dieser Zeit wird mein E-Mail-Postfach nicht geleert."),
    ("pt", "Estarei de férias de 6 de janeiro a 12 de janeiro. Durante minha ausência, favor procurar Ana Costa."),
    ("pt", "Estou ausente do escritório até 13 de janeiro. Na minha ausência, por favor contacte a Ana Costa."),
    ("fr", "Je suis absent du bureau jusqu'au lundi 13 janvier. Vous pouvez faire suivre les demandes urgentes au "
           "secrétariat du service."),
    ("sv", "Hej! Jag har semester och är tillbaka på kontoret 13 januari. Läser mejlen sporadiskt. Vid brådskande "
           "ärenden, ring växeln."),
    ("sv", "Jag är ledig till och med 12 januari och läser e-posten sällan."),
    # a gateway lost the accented letters and the "à" of the range
    ("pt", "Estarei de f?rias no per?odo de 6 de janeiro ? 12 de janeiro. Durante minha aus?ncia, favor procurar Ana "
           "Costa. Obrigada."),
]


@pytest.mark.parametrize("lang, body", NOTICES, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(NOTICES)])
def test_a_notice_under_a_plain_re_is_told_by_its_body(lang, body):
    assert detect_auto_reply(mail(body)) is not None


# The same matters in a person's words, or with something to the reader: each stays the person's answer.
PEOPLE = [
    ("en", "I'm back on Monday, so I'll answer your questions about Jane then. Can we talk at 10?"),
    ("en", "I'm out of the office until Monday, but I'll return your call tomorrow from the train."),
    ("en", "Sorry, I'm on my phone until Monday and unable to read your attachment. Could you paste the CV?"),
    ("de", "Ich bin bis Montag im Urlaub. Mein Postfach lese ich trotzdem; Jane passt, lass uns sie einladen."),
    ("pt", "Estou de férias até segunda. Durante a minha ausência a Ana decide: pode marcar a entrevista com a Jane?"),
    ("fr", "Je suis en congés jusqu'au 13. Tu peux faire suivre les demandes urgentes à Paul ? Merci !"),
    ("es", "Estoy de vacaciones hasta el lunes. ¿Puedes reenviar las peticiones urgentes a Marta? Gracias."),
    ("it", "Sono in ferie fino a lunedì. Puoi girare le richieste urgenti a Marco? Grazie."),
    ("nl", "Ik ben tot maandag op vakantie. Kun je dringende vragen aan Joost doorsturen? Dank je."),
    ("sv", "Jag har semester till måndag och läser mejlen sporadiskt. Har du pratat med Jane om intervjun?"),
    ("sv", "Läser mejlen sporadiskt den här veckan, men ja: boka intervjun med Jane på tisdag."),
    # lost letters, and a question the reader is asked: the "?" before a word is still a question
    ("fr", "Je suis en cong?s jusqu'au 13. Tu as pu voir Jane ? merci"),
]


@pytest.mark.parametrize("lang, body", PEOPLE, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(PEOPLE)])
def test_a_persons_note_in_the_same_words_stays_theirs(lang, body):
    assert detect_auto_reply(mail(body)) is None


@pytest.mark.parametrize("text, asks", [
    ("Estarei de f?rias de 6 de janeiro ? 12 de janeiro.", False),  # "à" lost between a word and a number
    ("Je serai en cong?s du 6 ? 12 janvier.", False),
    ("Je suis en cong?s jusqu'au 13. Tu as pu voir Jane ? Merci", True),
    ("Je suis en cong?s jusqu'au 13. Tu as pu voir Jane ? merci", True),
    ("Ich bin bis zum 12. im Urlaub. Hast du Jane schon erreicht ? 2 Fragen noch", True),  # no letter lost: a question
])
def test_a_lone_question_mark_before_a_number_is_a_lost_letter_only_where_letters_were_lost(text, asks):
    assert asks_the_reader(text) is asks
