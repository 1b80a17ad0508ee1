"""A person's aside about their own absence ("Just fyi, I'll be on vacation next week and won't be checking my email"):
opened by an informal "FYI", "Heads up", "Nur zur Info", "Pour info" …, it is news passed on to readers the writer
knows, even when the rest is a notice's wording. Each case beside the notices the sign must leave alone: the formal
"For your information" a template may open with, an aside that calls itself automatic, an aside word later in the text.
Project-written sentences, several languages (reading/personsnote.py `opens_as_an_aside`)."""

import email.message

import pytest

from mailer.reading.absence import only_an_absence, says_out_of_office
from mailer.reading.autoreply import detect_auto_reply
from mailer.reading.personsnote import opens_as_an_aside


def mail(subject: str, body: str) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "Sam Lee <sam@corp.test>"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


# Each opens with an aside and goes on in a notice's words (an absence, and "won't be checking my email", "limited
# access to e-mail", "keine E-Mails", "sans accès à mes mails" …), which alone would read as a notice.
PEOPLES_ASIDES = [
    "Just fyi, I'll be on vacation next week and won't be checking my email very often. I'll catch up when I'm back.",
    "FYI - I'm out of the office from Monday to Thursday with limited access to email.",
    "Quick heads-up: I'm on leave until 14 May and won't be checking email. Lee has the keys to the build server.",
    "Hi team, heads up that I'm away until the 3rd with no access to email.",
    "Nur zur Info: Ich bin ab Montag im Urlaub und lese bis zum 14. keine E-Mails.",
    "Kurz zur Info, ich bin bis Freitag nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails.",
    "Pour info, je suis en congés jusqu'au 14 mai, sans accès à mes mails.",
    "Para que lo sepáis: estoy de vacaciones hasta el 14 de mayo y no voy a mirar el correo.",
    "Ter info: ik ben tot en met 14 mei op vakantie en lees geen e-mail.",
    "Per tua info, sono in ferie fino al 14 maggio e non leggo la posta.",
    "Só pra avisar: estou de férias até 14 de maio, sem acesso ao e-mail.",
    "Dla info: jestem na urlopie do 14 maja i nie sprawdzam poczty.",
    "Просто чтобы вы знали: я в отпуске до 14 мая и не читаю почту.",
]


@pytest.mark.parametrize("text", PEOPLES_ASIDES)
def test_an_aside_about_ones_absence_is_a_persons(text):
    assert opens_as_an_aside(text)
    assert not says_out_of_office(text)
    assert detect_auto_reply(mail("Re: Release plan", text)) is None


@pytest.mark.parametrize("subject", ["[dev] vacation next week", "Away next week", "Urlaub ab Montag",
                                     # titles a notice has too: the words under them decide
                                     "Congés en mai", "[team] Out of Office", "Abwesenheit 3.-14. Mai", "Vacation"])
def test_an_aside_under_the_writers_own_title_is_a_persons(subject):
    text = "Just fyi, I'll be on vacation next week and won't be checking my email very often."
    assert detect_auto_reply(mail(subject, text)) is None


@pytest.mark.parametrize("subject, text", [
    ("Congés en mai", "Je suis absent du bureau jusqu'au 14 mai. Pour toute urgence, merci de contacter Lee."),
    ("[team] Out of Office", "I am out of the office until 14 May with limited access to e-mail."),
    ("Abwesenheit 3.-14. Mai", "Ich bin bis zum 14. Mai nicht im Büro. In dringenden Fällen wenden Sie sich an Lee."),
    ("Out of Office", "FYI: this is an automatic reply. I am out of the office until 14 May."),
])
def test_a_notice_under_a_notices_title_stays_a_notice(subject, text):
    assert detect_auto_reply(mail(subject, text)) is not None


def test_an_aside_that_is_only_an_absence_is_still_a_persons():
    # under a digest's title only a text that is nothing but an absence is read as a notice: an aside is not that
    text = "FYI I will be out of the office from Friday (Feb 17) through Wednesday (Feb 22)."
    assert not only_an_absence(text)
    assert detect_auto_reply(mail("Re: dev-list Digest, Vol 12, Issue 4", text)) is None


# Notices the sign must leave alone: the formal words a template may open with, an aside word later in the text, and a
# text that calls itself automatic.
NOTICES = [
    "For your information, I am out of the office until 14 May with limited access to e-mail. "
    "For urgent matters please contact the front desk.",
    "Thank you for your email. I am on leave until 14 May with no access to email. FYI, urgent requests go to Lee.",
    "FYI: this is an automatic reply. I am out of the office until 14 May and will respond upon my return.",
    "Zur Information: Ich bin bis zum 14. Mai nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Lee.",
    "Pour information, je suis absent du bureau jusqu'au 14 mai. Pour toute urgence, merci de contacter Lee.",
    "Para su información, estoy fuera de la oficina hasta el 14 de mayo. Para asuntos urgentes contacte con Lee.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_is_not_taken_for_an_aside(text):
    assert detect_auto_reply(mail("Re: Release plan", text)) is not None


@pytest.mark.parametrize("text", [
    "I am out of the office until 14 May. FYI the build is green.",  # the aside word not at the opening
    "Thanks for the heads-up, I'll look at it on Monday.",
    "Information: the office is closed on 14 May.",
    "Pour information, je suis absent.",  # the formal form
])
def test_only_an_informal_aside_at_the_opening_counts(text):
    assert not opens_as_an_aside(text)
