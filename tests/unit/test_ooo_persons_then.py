"""Two more signs that a text about an absence is a person's answer, each beside the notices it must leave alone:
leave given to the reader to act without the writer ("donc vas-y", "así que adelante", "nur zu!", "ga je gang"), and an
absence at a time the reader named ("I'll be on vacation then", "Da bin ich leider im Urlaub", "Je serai en congés cette
semaine-là"). A notice knows nothing of the mail it answers: it gives no one leave and names its own dates.
Project-written sentences, several languages (reading/absencewords.py ANSWER_RE, reading/personsnote.py)."""

import email.message

import pytest

from mailer.reading.absence import says_out_of_office
from mailer.reading.autoreply import detect_auto_reply
from mailer.reading.personsnote import away_at_the_readers_time


def mail(subject: str, body: str) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "Sam Lee <sam@corp.test>"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


# Each says an absence in a notice's words ("sans accès à mes mails", "no access to email" …), then leaves the matter
# to the reader.
GO_AHEAD = [
    "Merci ! Je suis en congés jusqu'à lundi, sans accès à mes mails, donc vas-y, merge.",
    "Je suis absent jusqu'au 14 mai sans accès à mes mails. Allez-y sans moi pour la release.",
    "¡Gracias! Estoy de vacaciones hasta el lunes sin acceso al correo, así que adelante con el merge.",
    "Danke! Ich bin bis Montag im Urlaub und lese keine E-Mails. Nur zu!",
    "Bedankt! Ik ben tot maandag op vakantie en lees geen e-mail, dus ga je gang.",
    "Grazie! Sono in ferie fino a lunedì e non leggo la posta, quindi procedi pure.",
    "Obrigado! Estou de férias até segunda sem acesso ao e-mail, então vai em frente.",
    "Tak! Jeg er på ferie til mandag uden adgang til mail, så kør bare.",
    "I'm on leave until Monday with no access to email, so go on without me.",
    "Jestem na urlopie do poniedziałku bez dostępu do poczty, działajcie beze mnie.",
    "Я в отпуске до понедельника без доступа к почте, действуйте без меня.",
]

AT_THE_READERS_TIME = [
    "I'll be on vacation then, and won't have access to email until September 8.",
    "Sorry, I'm away that week with no access to email. Could we do the 20th?",
    "Da bin ich leider im Urlaub und lese keine E-Mails, geht auch der 20.?",
    "Je serai en congés cette semaine-là, sans accès à mes mails.",
    "Estaré de vacaciones esos días, sin acceso al correo.",
    "Sarò in ferie quella settimana e non leggerò la posta.",
    "Dan ben ik op vakantie en lees ik geen e-mail.",
    "Estarei de férias nessa semana, sem acesso ao e-mail.",
]


@pytest.mark.parametrize("text", GO_AHEAD + AT_THE_READERS_TIME)
def test_a_persons_answer_about_their_absence_is_no_notice(text):
    assert not says_out_of_office(text)
    assert detect_auto_reply(mail("Re: Release plan", text)) is None


@pytest.mark.parametrize("text", AT_THE_READERS_TIME)
def test_an_absence_at_the_readers_time_is_found(text):
    assert away_at_the_readers_time(text)


# Notices: their own dates ("this week", "until 14 May", "respond then"), and words near the new ones ("nur zu den
# Bürozeiten", "seguir adelante con su solicitud", "allez" alone).
NOTICES = [
    "I am on vacation this week with no access to email and will respond then.",
    "I am out of the office until 14 May with limited access to email. Until then, please contact Lee.",
    "Ich bin bis zum 14. Mai nicht im Büro und nur zu den Bürozeiten erreichbar. In dringenden Fällen wenden Sie sich an Lee.",
    "Estoy fuera de la oficina hasta el 14 de mayo con acceso limitado al correo. Para seguir adelante con su solicitud, "
    "contacte con Lee.",
    "Je suis absent du bureau jusqu'au 14 mai. Pour toute urgence, merci de contacter Lee.",
    "Sono fuori ufficio fino al 14 maggio. Per urgenze contattare Lee.",
    "Ik ben afwezig tot en met 14 mei. Voor dringende zaken kunt u contact opnemen met Lee.",
    "Estou fora do escritório até 14 de maio. Em caso de urgência, contacte o Lee.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_keeps_its_own_dates(text):
    assert not away_at_the_readers_time(text)
    assert detect_auto_reply(mail("Re: Release plan", text)) is not None
