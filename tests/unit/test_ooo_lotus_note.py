"""Lotus Notes' note under its notice, in the languages it ships in, and people who quote it.

A Lotus notice whose first line only names the return ("Ich kehre zurück am 13.10.2015", "I will return on
01/13/2020") states the absence in its note, in the third person: "This is the only notification you will receive
while this person is away" (reading/absencewords.py, reading/noticewords.py). That sentence is a notice's in every
language; German was read by its word "abwesend" alone. People who got such a notice and pass it on ("I got an
automatic reply from Tom: …") write the same words inside their own, and stay people: they say they received it
(reading/personsnote.py). Project-written sentences; dates and names invented.
"""

import email.message
from datetime import date, datetime, timezone

import pytest

from mailer.reading.absence import says_out_of_office
from mailer.reading.autoreply import detect_auto_reply, ooo_return_date
from mailer.reading.personsnote import reports_an_auto_reply

SENT = datetime(2020, 1, 6, 10, 0, tzinfo=timezone.utc)


def mail(subject: str, body: str) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "Sam Lee <sam@corp.test>"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 06 Jan 2020 10:00:00 +0000"
    msg.set_content(body)
    return msg


# The return-only notice: the return, the note that it is automatic, the only-notification sentence; no header, a
# plain "Re:" subject (a relay dropped the "AUTO:" one). Each names 13 January 2020 as the day back.
RETURN_ONLY_NOTICES = [
    ("en", "I will return on 01/13/2020.\n\nNote: This is an automated response to your message \"Candidate Jane Doe\" "
           "sent on 1/6/2020 10:00:00 AM.\n\nThis is the only notification you will receive while this person is away."),
    ("fr", "Je serai de retour le 13/01/2020.\n\nRemarque : ceci est une réponse automatique à votre message "
           "\"Candidate Jane Doe\" envoyé le 06/01/2020.\n\nVous ne recevrez aucune autre notification pendant l'absence "
           "de cette personne."),
    ("es", "Estaré de vuelta el 13/01/2020.\n\nNota: esta es una respuesta automática a su mensaje \"Candidata Jane "
           "Doe\" enviado el 06/01/2020.\n\nÉsta es la única notificación que recibirá mientras esta persona esté ausente."),
    ("it", "Sarò di ritorno il 13/01/2020.\n\nNota: questa è una risposta automatica al messaggio \"Candidata Jane Doe\" "
           "inviato il 06/01/2020.\n\nQuesta è l'unica notifica che riceverà mentre la persona è assente."),
    ("pt", "Estarei de volta em 13/01/2020.\n\nNota: esta é uma resposta automática para sua mensagem \"Candidata Jane "
           "Doe\" enviada em 06/01/2020.\n\nEsta será a única notificação que você receberá enquanto esta pessoa estiver "
           "ausente."),
    ("pl", "Wracam 13.01.2020.\n\nUwaga: to jest automatyczna odpowiedź na wiadomość \"Kandydatka Jane Doe\" wysłaną "
           "06.01.2020.\n\nJest to jedyne powiadomienie, jakie otrzymasz podczas nieobecności tej osoby."),
    ("sv", "Jag är tillbaka 2020-01-13.\n\nObs! Detta är ett automatiskt svar på ditt meddelande \"Kandidat Jane Doe\" "
           "som skickades 2020-01-06.\n\nDetta är det enda meddelande du får medan personen är borta."),
    ("fi", "Palaan 13.01.2020.\n\nHuomautus: tämä on automaattinen vastaus viestiisi \"Hakija Jane Doe\", joka "
           "lähetettiin 06.01.2020.\n\nTämä on ainoa ilmoitus, jonka saat tämän henkilön poissaolon aikana."),
    ("cs", "Vrátím se 13.01.2020.\n\nPoznámka: Toto je automatická odpověď na vaši zprávu \"Kandidátka Jane Doe\" "
           "odeslanou 06.01.2020.\n\nToto je jediné upozornění, které během nepřítomnosti této osoby obdržíte."),
    ("ru", "Я вернусь 13.01.2020.\n\nПримечание: это автоматический ответ на ваше сообщение \"Кандидат Jane Doe\", "
           "отправленное 06.01.2020.\n\nЭто единственное уведомление, которое вы получите, пока этот человек отсутствует."),
    ("no", "Jeg er tilbake 13.01.2020.\n\nMerk: Dette er et automatisk svar på meldingen din \"Kandidat Jane Doe\" sendt "
           "06.01.2020.\n\nDette er det eneste varselet du får mens personen er borte."),
]


@pytest.mark.parametrize("lang, body", RETURN_ONLY_NOTICES, ids=[lang for lang, _ in RETURN_ONLY_NOTICES])
def test_a_return_only_notice_is_told_by_its_note(lang, body):
    msg = mail("Re: Candidate Jane Doe", body)
    assert says_out_of_office(body)
    assert detect_auto_reply(msg) == "body:out-of-office"
    assert ooo_return_date("Re: Candidate Jane Doe\n" + body, SENT, msg) == date(2020, 1, 13)


# People who got such a notice and say so before quoting it, then ask the reader: the notice's words are inside, the
# sender's own words say they received it. And people speaking of a colleague's absence in the third person.
PEOPLE_QUOTING_IT = [
    "I got an automatic reply from Tom: \"This is the only notification you will receive while this person is away.\" "
    "Can you ask someone else?",
    "J'ai reçu une réponse automatique de Paul (« Ceci est la seule notification que vous recevrez pendant l'absence "
    "de cette personne »). Tu peux faire l'entretien à sa place ?",
    "Me llegó una respuesta automática de Luis: «Ésta es la única notificación que recibirá mientras esta persona esté "
    "ausente». ¿Puedes hacer tú la entrevista?",
    "Mi è arrivata una risposta automatica di Marco: «Questa è l'unica notifica che riceverà mentre la persona è "
    "assente». Puoi fare tu il colloquio?",
    "Recebi uma resposta automática do João: «Esta é a única notificação que receberá enquanto esta pessoa estiver "
    "ausente». Você pode fazer a entrevista?",
    "Ich habe von Jens eine automatische Antwort bekommen („Diese ist die einzige Benachrichtigung, die Sie empfangen "
    "werden, während diese Person abwesend ist“). Kannst du das Gespräch übernehmen?",
    "Dostałem automatyczną odpowiedź od Piotra: „To jedyne powiadomienie, które otrzymasz podczas nieobecności tej "
    "osoby”. Możesz poprowadzić rozmowę?",
    "Jag fick ett automatiskt svar från Erik: ”Detta är det enda meddelande du får medan personen är borta.” Kan du ta "
    "intervjun?",
    "Sain Villeltä automaattisen vastauksen: \"Tämä on ainoa ilmoitus, jonka saat tämän henkilön poissaolon aikana.\" "
    "Voitko hoitaa haastattelun?",
    "Dostal jsem od Petra automatickou odpověď: „Toto je jediné upozornění, které během nepřítomnosti této osoby "
    "obdržíte.“ Můžeš vzít pohovor?",
    "Я получил автоматический ответ от Ивана: «Это единственное уведомление, которое вы получите, пока этот человек "
    "отсутствует». Можешь провести собеседование?",
    "Jeg fik et automatisk svar fra Lars: \"Dette er den eneste besked, du modtager, mens personen er væk.\" Kan du tage "
    "samtalen?",
]
PEOPLE_ON_A_COLLEAGUE = [
    "While this person is away, could you run the interview with Jane? I'm out of the office myself on Friday.",
    "Pendant l'absence de cette personne, peux-tu gérer ses entretiens ? Je suis en congés moi aussi.",
    "Mientras esta persona esté ausente, ¿puedes encargarte tú de las entrevistas? Yo estoy de vacaciones.",
    "Durante l'assenza di questa persona puoi occuparti tu dei colloqui? Io sono in ferie fino a lunedì.",
    "Enquanto essa pessoa estiver ausente, você pode fazer as entrevistas? Eu estou de férias.",
]


@pytest.mark.parametrize("text", PEOPLE_QUOTING_IT + PEOPLE_ON_A_COLLEAGUE)
def test_a_person_quoting_the_note_or_speaking_of_a_colleague_is_no_notice(text):
    assert not says_out_of_office(text)
    assert detect_auto_reply(mail("Re: Candidate Jane Doe", text)) is None


@pytest.mark.parametrize("text", PEOPLE_QUOTING_IT)
def test_receiving_an_automatic_reply_is_reporting_one(text):
    assert reports_an_auto_reply(text)


# A notice may say that it received the mail, and then that it is automatic: the writer received the reader's
# message, not an automatic reply.
RECEIPT_NOTICES = [
    "Thank you for your message. I have received your email, this is an automatic reply. I am out of the office until "
    "13 January.",
    "Ich habe Ihre Nachricht erhalten, dies ist eine automatische Antwort. Ich bin bis 13.1. nicht im Büro.",
    "J'ai bien reçu votre message, ceci est une réponse automatique : je suis absent du bureau jusqu'au 13 janvier.",
    "He recibido su mensaje, esta es una respuesta automática. Estoy fuera de la oficina hasta el 13 de enero.",
    "Ho ricevuto il suo messaggio, questa è una risposta automatica. Sono fuori ufficio fino al 13 gennaio.",
    "Recebi a sua mensagem, esta é uma resposta automática. Estou fora do escritório até 13 de janeiro.",
    "Otrzymałem Twoją wiadomość, to jest automatyczna odpowiedź. Jestem na urlopie do 12 stycznia.",
]


@pytest.mark.parametrize("text", RECEIPT_NOTICES)
def test_a_notice_that_received_the_mail_is_still_a_notice(text):
    assert not reports_an_auto_reply(text)
    assert detect_auto_reply(mail("Re: Candidate Jane Doe", text)) == "body:out-of-office"
