"""A header-less notice that opens with a template's thanks for the mail and says nothing but the notice's own
sentences (reading/absence.py, the third way): the thanks as templates word it in German, French, Spanish, Dutch,
Italian and Portuguese, not only English; and the person's notes that open with thanks and stay answers."""

import pytest

from mailer.reading.absence import says_out_of_office


@pytest.mark.parametrize("text", [
    "Thank you for your email. I am out of the office on Thursday. I will be back on Friday and will reply then.",
    "Vielen Dank für Ihre Nachricht. Ich bin heute auf einer Messe und ab Montag wieder im Büro.",
    "Danke für Ihre E-Mail. Ich bin bis auf Weiteres in Elternzeit. Bitte wenden Sie sich an Frau Keller.",
    "Merci de votre message. Je suis en déplacement cette semaine et de retour le lundi 7 juin.",
    "Merci pour votre courriel. Je suis en formation jeudi et vendredi et vous répondrai lundi.",
    "Muchas gracias por su correo. Estoy de vacaciones; le responderé a mi regreso el 2 de septiembre.",
    "Bedankt voor uw e-mail. Ik ben deze week met verlof en reageer vanaf maandag.",
    "Hartelijk dank voor je bericht. Ik ben op vakantie tot en met 15 augustus.",
    "Grazie per il messaggio. Sono in ferie fino al 30 agosto compreso.",
    "Obrigado pela sua mensagem. Estou de férias até 3 de setembro inclusive.",
])
def test_a_template_thanks_then_only_the_absence_is_a_notice(text):
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", [
    # the thanks is for what the mail says, or the note goes on past the absence
    "Thanks for the update. I'm on vacation until Monday.",
    "Merci pour les CV. Je suis en congés jusqu'au 7 juin, on en reparle à mon retour ?",
    "Vielen Dank für Ihre Nachricht. Ich bin heute nicht im Büro, aber Frau Meier passt gut zu uns.",
    "Thank you for your email. I'm out of the office today, but yes, please set up the interview for Tuesday.",
    "Bedankt voor je mail. Ik ben vandaag afwezig. Kun je de kandidaat morgen bellen?",
    # an absence over, told by someone catching up
    "Gracias por tu correo. Estuve de vacaciones y acabo de volver; lo miro hoy.",
    # a letter, not a notice: too long to be one
    "Grazie per la mail. Sono in ferie fino al 30 agosto. " + "Ho letto il profilo e mi sembra interessante. " * 8,
])
def test_a_person_who_thanks_and_writes_of_an_absence_stays_a_person(text):
    assert not says_out_of_office(text)
