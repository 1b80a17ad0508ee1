"""A mail app's "sent from" line beyond the shared list is the app's, and a sentence of the person's that only opens
like one stays theirs (mailer/reading/applines.py)."""

import pytest

from mailer.reading.replytext import trim_reply

QUOTE = "\n\nOn Mon, Mar 13, 2006 at 10:20 AM, Rita <rita@acme.example> wrote:\n> Does Thursday work?"


@pytest.mark.parametrize("app", [
    "Gesendet von iPad", "Gesendet mit Samsung Galaxy", "أُرسلت من الـ iPhone", "أرسلت من الـ iPhone الخاص بي",
    "تم الإرسال من هاتفي", "נשלח מה-iPhone שלי", "Изпратено от iPhone", "Послато са мог iPhone-а",
    "Enviat des del meu iPhone", "Išsiųsta iš mano iPhone", "Nosūtīts no mana iPhone", "Saadetud minu iPhone'ist",
    "Dihantar dari iPhone saya", "ส่งจาก iPhone ของฉัน",
])
def test_an_app_line_under_the_answer_goes(app):
    assert trim_reply(f"Thursday is fine.\n\n{app}{QUOTE}") == "Thursday is fine."


@pytest.mark.parametrize("app", [
    "Sent from my iPhone, please excuse typos.", "Sent from my iPad mini using the Mail app",
    "Sent from my mobile device using Outlook for Android.", "Von meinem iPhone gesendet, bitte Tippfehler entschuldigen.",
    "Envoyé de mon iPhone, excusez la brièveté.",
])
def test_an_app_line_with_its_tail_still_goes(app):
    assert trim_reply(f"Thursday is fine.\n\n{app}{QUOTE}") == "Thursday is fine."


@pytest.mark.parametrize("sentence", [
    "Sent from my iPhone the photos didn't arrive, can you resend them to my laptop address?",
    "Sent from my phone the form is broken, so I will fill it in tomorrow.",
    "Von meinem iPhone gesendet kommen die Anhänge leider nicht an.",
    "Envoyé de mon téléphone le fichier ne s'ouvre pas, je le reprends demain.",
])
def test_a_persons_sentence_opening_like_an_app_line_stays(sentence):
    body = f"{sentence}\n\nDana"
    assert trim_reply(body + QUOTE) == body


def test_a_line_about_sending_from_a_phone_mid_text_stays():
    body = "Gesendet von Thomas an die Buchhaltung, bitte prüfen Sie den Betrag.\nDanke\nThomas"
    assert trim_reply(body) == body


def test_a_short_arabic_line_naming_no_device_stays():
    body = "مرسل من قبل المدير\nيرجى المراجعة.\n\nأحمد"
    assert trim_reply(body) == body


ANNA_QUOTE = "\n\nOn Mon, 3 Mar 2025 at 10:00, Recruiter <r@x.com> wrote:\n> Do you want to interview Anna?\n"


@pytest.mark.parametrize("mine", [
    "Interview.\nGesendet mit Outlook, kam nichts an.\nBitte nochmal schicken.",  # not the paragraph's last line
    "Interview.\nGesendet von Mail hat sie nichts.",  # goes on as a sentence
    "Interview.\nGesendet mit Outlook, kam nichts an.",
    "Interview.\nנשלח מחר הודעה לטלפון שלה",  # "we'll send her phone a message tomorrow"
    "Interview.\nGesendet vom Handy\nbitte Termin schicken",
])
def test_a_sentence_that_opens_like_an_app_line_stays(mine):
    assert trim_reply(mine + ANNA_QUOTE) == mine


@pytest.mark.parametrize("app", ["Gesendet von meinem iPad", "Gesendet mit Outlook", "נשלח מה-iPhone שלי",
                                 "נשלח מהטלפון שלי", "Gesendet von meinem iPad\n"])
def test_an_app_line_under_the_text_still_goes(app):
    assert trim_reply(f"Interview.\n\n{app}" + ANNA_QUOTE) == "Interview."


@pytest.mark.parametrize("attribution", ["Am 03.03.2025 um 10:00 schrieb Recruiter <r@x.com>:",
                                         "Recruiter <r@x.com> schrieb am 03.03.2025:",
                                         "في 3 مارس 2025، كتب Recruiter <r@x.com>:"])
def test_an_app_line_right_above_the_quotes_attribution_still_goes(attribution):
    for text, app in (("Interview.", "Gesendet von iPad"), ("نعم، مقابلة.", "أرسلت من الـ iPhone الخاص بي")):
        assert trim_reply(f"{text}\n\n{app}\n{attribution}\n> Do you want to interview Anna?\n") == text


# One list of the devices an app's line names (mailer/reading/appwords.py), read by both rules: a device the
# "sent from" openings of other languages knew is now one for the English line, and the other way round.
@pytest.mark.parametrize("app", [
    "Sent with Xiaomi Redmi Note 12", "Sent using OnePlus Nord", "Enviat des del meu Kindle", "Išsiųsta iš mano Watch",
    "Gesendet mit Motorola Edge", "Изпратено от моя Tablet",
])
def test_a_device_from_either_list_makes_an_app_line(app):
    assert trim_reply(f"Thursday is fine.\n\n{app}{QUOTE}") == "Thursday is fine."


@pytest.mark.parametrize("mine", [
    "Interview.\nSent by mail to Tom yesterday, he will answer you today.",  # "mail" names Apple's app only in German
    "Interview.\nGesendet mit Motorola-Akku leer, ich rufe morgen an.",
    "Interview.\nEnviat des de l'oficina de la Cell, arriba demà.",
])
def test_a_persons_line_naming_a_device_stays(mine):
    assert trim_reply(mine + ANNA_QUOTE) == mine
