"""A notice quoted under its writer's name ("Kouros> I will be out of the office …"), as Emacs' supercite and Gnus quote.

People on mailing lists quote an auto-reply that reached the list to mock it or to ask the list to stop it, and some
mail readers quote with the quoted writer's name or initials before ">" instead of a bare ">". The quoted notice is
not the sender's own text: the same name before ">" on two lines starts a quote, as ">" does (reading/absence.py
`own_text`). A program's prompt ("R> fit <- lm(y ~ x)", "sqlite> select …") is the writer's own session and stays
theirs. Project-written sentences; names and dates invented.
"""

import email.message

import pytest

from mailer.reading.absence import own_text
from mailer.reading.autoreply import detect_auto_reply

LOTUS_QUOTE = ("    Tomas> I will be out of the office starting  03/02/2021 and will not return until\n"
               "    Tomas> 03/09/2021.\n")


def mail(subject: str, body: str) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "Mia Berg <mia@lists.test>"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 02 Mar 2021 09:00:00 +0000"
    msg.set_content(body)
    return msg


# People who quote a notice under its writer's name and say something of their own about it: each stays a person.
PEOPLE_QUOTING = [
    ("en", "Does the whole list need to know this?\n\n" + LOTUS_QUOTE + "\nPlease switch that responder off."),
    ("en", "Tomas, your autoresponder is answering every post again:\n\n" + LOTUS_QUOTE),
    ("de", "Muss das wirklich an die ganze Liste gehen?\n\n"
           "    TK> Ich bin bis einschließlich 09.03.2021 nicht im Büro. In dringenden Fällen wenden Sie sich an\n"
           "    TK> unser Sekretariat.\n\nBitte die Abwesenheitsnotiz für Listen abschalten."),
    ("fr", "C'est la troisième fois cette semaine.\n\n"
           "    Paul> Je suis absent du bureau jusqu'au 9 mars inclus. Pour toute urgence, merci de contacter\n"
           "    Paul> le secrétariat.\n\nPourrais-tu désactiver ta réponse automatique pour la liste ?"),
    ("es", "Otra vez la respuesta automática en la lista.\n\n"
           "    Ana> Estoy fuera de la oficina hasta el 9 de marzo. Para asuntos urgentes, contacte con\n"
           "    Ana> la secretaría.\n\nAna, ¿puedes quitarla para esta lista?"),
    ("it", "Di nuovo questa risposta sulla lista.\n\n"
           "    Luca> Sono fuori ufficio fino al 9 marzo. Per qualsiasi urgenza contattare\n"
           "    Luca> la segreteria.\n\nLuca, puoi disattivarla per la lista?"),
    ("nl", "Dit komt nu bij iedereen op de lijst binnen.\n\n"
           "    Joost> Ik ben afwezig tot en met 9 maart. Voor dringende zaken kunt u contact opnemen met\n"
           "    Joost> het secretariaat.\n\nJoost, wil je die afwezigheidsmelding uitzetten?"),
    ("pt", "Esta mensagem chegou a todos da lista.\n\n"
           "    Rui> Estou ausente do escritório até 9 de março. Em caso de urgência, contacte\n"
           "    Rui> o secretariado.\n\nRui, podes desligar a resposta automática?"),
]


@pytest.mark.parametrize("lang, body", PEOPLE_QUOTING, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(PEOPLE_QUOTING)])
def test_a_person_quoting_a_notice_under_its_writers_name_stays_a_person(lang, body):
    assert detect_auto_reply(mail("Re: [stats] Tomas is out of the office", body)) is None


# A notice's own words come first; the original it answers may follow, quoted under its writer's name.
NOTICES_OVER_A_NAMED_QUOTE = [
    "I am out of the office until 9 March with limited access to email. For urgent matters please contact "
    "Lee Chan.\n\n    Mia> Could you review the draft by Friday?\n    Mia> Thanks, Mia\n",
    "Ich bin bis einschließlich 09.03.2021 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an "
    "Frau Kurz.\n\n    MB> Kannst du den Entwurf bis Freitag ansehen?\n    MB> Danke, Mia\n",
]


@pytest.mark.parametrize("body", NOTICES_OVER_A_NAMED_QUOTE)
def test_a_notice_over_a_named_quote_is_still_a_notice(body):
    assert detect_auto_reply(mail("Re: draft", body)) is not None


def test_the_named_quote_ends_the_own_text():
    assert own_text("Well, cool.\n\n" + LOTUS_QUOTE).strip() == "Well, cool."


@pytest.mark.parametrize("session", [
    "R> fit <- lm(y ~ x)\nR> summary(fit)\n",
    "sqlite> select count(*) from jobs;\nsqlite> .quit\n",
    "In> Integrate(x) x^2\nOut> x^3/3\nIn> Simplify(%)\n",
])
def test_a_programs_prompt_is_the_writers_own_session(session):
    body = "I'm away until Monday with limited access to email.\n" + session + "Does this look right to you?"
    assert own_text(body) == body
    assert detect_auto_reply(mail("Re: [stats] model question", body)) is None


def test_one_named_line_alone_is_no_quote():
    body = "Bob> thanks, that fixed it.\nI'm out of the office until Monday; can we talk then?"
    assert own_text(body) == body
