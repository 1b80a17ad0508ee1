"""Out-of-office notices told by their words alone (docs/READING.md "Out of office", reading/absence.py): the signs added
for what a notice says will become of the mail, and the Danish and French absences. Project-written sentences."""

import pytest

from mailer.reading.absence import says_out_of_office


@pytest.mark.parametrize("text", [
    "I am out of the office until December 7. Your message will be read when I return.",
    "I am on vacation until December 7 and will check my email periodically.",
    "Je suis en vacances jusqu'au 7 décembre. Votre message sera traité à mon retour.",
    "Je suis absente du bureau jusqu'au 7 décembre, sans accès à mes mails.",
    "Ich bin bis zum 7. Dezember nicht im Büro. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.",
    "Jeg er på ferie indtil 7. december. Din mail bliver ikke videresendt.",
    "Jeg er på barsel og har ikke adgang til min mail.",
    "Jeg holder juleferie og besvarer din mail når jeg er tilbage.",
    # whom to write meanwhile, in a notice's formal words
    "I am currently on leave and will be back on 7 December. Please contact Bob in my absence.",
    "I am attending a conference until December 7 and will have limited access to email.",
    "Bonjour, je suis absent jusqu'au 7 décembre inclus. En cas de besoin, merci de contacter Marie.",
    "Je suis en congés jusqu'au 7 décembre. Pour toute demande, merci de contacter Marie.",
    "Je suis actuellement absent. Je vous répondrai dès que possible.",
    "Jeg er på ferie indtil 7. december. Henvendelser kan rettes til Peter.",
    "Jeg er fraværende indtil mandag. Kontakt venligst Peter på peter@example.dk.",
    "Ich bin bis zum 7.12. nicht im Büro. In der Zwischenzeit wenden Sie sich bitte an Frau Müller.",
    "Ich bin bis zum 7.12. im Urlaub. Meine Vertretung übernimmt Frau Müller.",
    # mail not read, answered or forwarded meanwhile
    "Ich bin bis zum 7.12. im Urlaub. E-Mails werden in dieser Zeit nicht gelesen.",
    "Ich bin bis zum 7.12. im Urlaub. Ihre E-Mail wird nicht automatisch weitergeleitet.",
    "I am out of the office until December 7. Your email will not be automatically forwarded.",
    "Jeg er på ferie indtil 7. december. Mails bliver ikke læst i perioden.",
    "Jeg er på ferie og har ikke mulighed for at læse mails.",
    "Je suis en congés jusqu'au 7 décembre et je n'ai pas accès à mes mails.",
])
def test_notices_by_what_becomes_of_the_mail(text):
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", [
    # a person's own words about an absence, with what they will do: their answer
    "Jeg holder ferie i næste uge, men vi kan sagtens tage et møde mandag.",
    "Jeg holder ferie i næste uge, ring hvis det haster.",
    "I'm out of the office next week, but your message will be answered by Bob, he knows the candidate.",
    "Je suis en vacances la semaine prochaine, votre message sera transmis à Marie.",
    "Ich bin nächste Woche im Urlaub, Ihre Nachricht wird an Peter weitergeleitet.",
    "Je suis en déplacement demain mais je regarde le CV ce soir.",
    "Je suis en congés la semaine prochaine, tu peux voir avec Marie si besoin.",
    "I'm on vacation next week, ask Bob if you need anything in my absence.",
    "I'm attending a conference next week, can we do the interview on Monday?",
    "Je suis en congés cette semaine, je reviendrai vers vous dès mon retour pour Jane.",  # French "vous" is polite
    "Ich bin nächste Woche im Urlaub, die E-Mails werden aber von Peter gelesen.",
    "Jeg er på ferie næste uge, men mails bliver læst af Peter.",
])
def test_a_person_saying_as_much_is_no_notice(text):
    assert not says_out_of_office(text)


# UTF-8 read as Latin-1 or Windows-1252, as mailing-list archives often show it
@pytest.mark.parametrize("text", [
    "Ich bin bis zum 7. Dezember nicht im BÃ¼ro. In dringenden FÃ¤llen wenden Sie sich an Frau MÃ¼ller.",
    "Je suis absente jusqu'au 7 dÃ©cembre. Je traiterai votre message Ã\xa0 mon retour.",
])
def test_a_notice_whose_letters_were_garbled(text):
    assert says_out_of_office(text)


def test_mending_garbled_letters_leaves_other_text_alone():
    from mailer.reading.lostletters import mended
    assert mended("tilbage pÃ¥ kontoret, EstarÃ© fuera, ŁÃ³dź") == "tilbage på kontoret, Estaré fuera, Łódź"
    assert mended("SÃO PAULO, São Paulo, Åse") == "SÃO PAULO, São Paulo, Åse"  # no garbled letter: unchanged


# A person speaking of an automatic reply (their own coming one, or telling readers to ignore it) is no notice, under any
# subject; the notice that says "this is an automatic reply" or "you receive this automatic reply because" still is.
REPORTED_AUTO_REPLIES = [
    "Don't mind the automatic reply you will get from me this week: I'm away, but I read this list.",
    "You'll get an out-of-office reply from me until Friday; ignore it, I'm checking mail in the evenings.",
    "Ignoriert bitte meine Abwesenheitsnotiz, ich bin zwar im Urlaub, lese aber mit.",
    "Ihr werdet eine automatische Antwort von mir bekommen, ich bin bis Montag im Urlaub.",
    "Vous recevrez une réponse automatique de ma part : je suis en congés, mais je suis le fil.",
    "Ne tenez pas compte de la réponse automatique, je suis absent mais je lis mes mails le soir.",
    "Recibiréis una respuesta automática mía, estoy de vacaciones hasta el lunes pero leo el correo.",
    "Non fate caso alla risposta automatica, sono in ferie ma leggo la posta.",
]


@pytest.mark.parametrize("text", REPORTED_AUTO_REPLIES)
def test_a_person_speaking_of_an_auto_reply_is_no_notice(text):
    from mailer.reading.absence import only_an_absence, reports_an_auto_reply
    assert reports_an_auto_reply(text)
    assert not says_out_of_office(text)
    assert not only_an_absence(text)


@pytest.mark.parametrize("text", [
    "This is an automatic reply. I am out of the office until Monday.",
    "You receive this automatic reply because I am out of the office until Monday.",
    "Dies ist eine automatische Antwort. Ich bin bis Montag nicht im Büro.",
    "Ceci est une réponse automatique. Je suis absent jusqu'à lundi.",
    "Esta es una respuesta automática. Estoy fuera de la oficina hasta el lunes.",
    "Questa è una risposta automatica. Sono fuori ufficio fino a lunedì.",
])
def test_a_notice_calling_itself_automatic_still_is_one(text):
    from mailer.reading.absence import reports_an_auto_reply
    assert not reports_an_auto_reply(text)
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", [
    "I'm off from the 20th to the 4th. Thanks all for a great year!",
    "Ich bin ab Montag im Urlaub. Danke euch allen und bis bald!",
    "Je pars en vacances demain. Bonnes fêtes à tous !",
    "Me voy de vacaciones mañana. ¡Felices fiestas a todos!",
    "Vado in ferie domani, buone vacanze a tutti!",
    "Jeg holder ferie fra i morgen. God sommer til jer alle!",
])
def test_words_to_a_group_are_a_persons(text):
    from mailer.reading.absence import addresses_a_group
    assert addresses_a_group(text)


@pytest.mark.parametrize("text", [
    "I am on vacation until 4 January. Thank you for your message.",
    "Ich bin bis 4. Januar im Urlaub. Ab dann bin ich wieder für euch da.",  # "euch" alone: a small firm's notice
    "Je suis en congés jusqu'au 4 janvier. Merci de votre message.",
    "Estoy de vacaciones hasta el 4 de enero. Gracias por su mensaje.",
])
def test_a_notice_thanking_its_one_reader_addresses_no_group(text):
    from mailer.reading.absence import addresses_a_group
    assert not addresses_a_group(text)
