"""Notice phrasings the blind sweep (bench/ooo_blind.py) found unread, each in sentences of this file's own: what
becomes of the mail (not read, not forwarded, to be sent again), a receipt acknowledged in a notice's formal words,
a redirect to an address or in the formal register, a notice that opens with its own name, and kinds of absence
(business trip, conference, parental leave). The hard negatives are people's notes with the same words that must
stay the manager's answer."""

import email.message

import pytest

from mailer.reading.autoreply import detect_auto_reply

SUBJECT = "Re: Candidate: Omar Haddad – Data Analyst"


def mail(body: str) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "Lena Berg <lena@corp.test>"
    msg["Subject"] = SUBJECT
    msg["Date"] = "Tue, 01 Dec 2026 08:00:00 +0100"
    msg.set_content(body)
    return msg


NOTICES = [
    # what becomes of the mail
    "I am on a business trip until 11 December. Your message will not be read; please resend it after that date.",
    "I'm out of the office until 11 December and your email has not been forwarded.",
    "Estoy de viaje hasta el 11 de diciembre. Su correo no será leído.",
    "Me encuentro de baja. Su mensaje no será reenviado; reenvíelo después de mi regreso, por favor.",
    "Sono in trasferta fino all'11 dicembre. Il suo messaggio non verrà inoltrato.",
    "Ik ben op reis tot 11 december. Uw e-mail wordt niet gelezen.",
    "Estou em viagem até 11 de dezembro. A sua mensagem não será lida.",
    "Je suis en formation jusqu'au 11 décembre. Votre courriel ne sera pas lu.",
    "Ich bin im Urlaub. Ihre Nachricht wird nicht gelesen.",
    # the receipt acknowledged
    "Votre message a bien été reçu. Je suis absente jusqu'au 11 décembre.",
    "Uw bericht is in goede orde ontvangen. Ik ben afwezig tot 11 december.",
    "He recibido su mensaje. Estoy fuera de la oficina hasta el 11 de diciembre.",
    "Your message has been received. I am out of the office until 11 December.",
    # whom to write, to an address or formally
    "Estoy de vacaciones. Para temas de selección, escriba a talento@corp.test.",
    "Sono in congedo. Per la selezione scrivere a hr@corp.test.",
    "Estou de licença até janeiro. Na minha ausência, contacte a Ana Lopes.",
    "Ik ben met ouderschapsverlof. Neem voor vragen contact op met hr@corp.test.",
    "I'm travelling until 11 December. For anything urgent call my office on +44 20 7946 0000.",
    # the notice names itself
    "Out of office: back on 14 December.",
    "Abwesenheitsnotiz: Bis 11.12. bin ich auf einer Messe.",
    "Mensaje de ausencia: estaré de viaje hasta el 11 de diciembre.",
    "Afwezigheidsbericht: ik ben op een congres tot 11 december.",
]

PEOPLE = [
    # the same words, in a person's answer
    "I'm on a business trip until Friday, but yes, let's interview Omar next week.",
    "Sorry, I was travelling and your email has not been read until now. Interview please.",
    "Estoy de viaje hasta el viernes, pregúntale a Pablo.",
    "Ich bin auf Dienstreise bis Freitag, frag bitte Paul.",
    "Je suis en formation toute la journée, on en parle demain ?",
    "I'm travelling with limited connectivity, but Omar looks good: go ahead.",
    "Sono in trasferta fino a venerdì, ma sì al colloquio.",
    "Ik ben op reis tot vrijdag, kunnen we het gesprek daarna plannen?",
    "Estou em viagem até sexta; podemos falar na segunda?",
    "Out of office next week: can we move Omar's call to Monday?",
    "Out of office: is that why Paul did not answer? I'll chase him.",
    "Ich bin in Elternzeit ab Januar, lass uns Omar vorher noch kennenlernen.",
    "I'm at a conference until Thursday; happy to interview him on Friday.",
    "Your message has been received loud and clear, thanks! I'm off tomorrow, so let's do the interview today.",
    # a delegation to a colleague, by name or by their own address, in formal words: a person's note
    "Ich bin bis Freitag auf Dienstreise. Bitte wenden Sie sich an Herrn Becker, er betreut die Stelle mit.",
    "I'm off until Monday, please contact tom@corp.test, he's covering for me.",
    "Ik ben op reis tot maandag, neem gerust contact op met Tom.",
    "Estoy de viaje hasta el lunes; escríbele a tomas@corp.test, él decide.",
    # a note titled like a notice, with an answer in it; someone else's auto-reply passed on
    "Out of office: me, from tomorrow! So yes, let's interview Omar today.",
    "Tom's auto-reply says he's away until 20 November; should I do Omar's interview?",
    "Her out-of-office says she is back on Monday, so I'll ask her then.",
]


@pytest.mark.parametrize("body", NOTICES)
def test_a_notice_in_these_words_is_recognised_without_headers(body):
    assert detect_auto_reply(mail(body)) is not None


@pytest.mark.parametrize("body", PEOPLE)
def test_a_persons_note_with_the_same_words_stays_theirs(body):
    assert detect_auto_reply(mail(body)) is None
