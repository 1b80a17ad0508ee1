"""The signs of a person's own note about their absence that the people's-notes sweep (tests/unit/ooo_people_shapes.py)
called for, each beside the notices it must leave alone: a question put to the reader, a forward's subject, an
absence-word subject over words to a group, a person quoting what their own auto-reply says; and the notice words the
sweep's notices lacked. Project-written sentences, several languages."""

import email.message

import pytest

from mailer.reading.absence import says_out_of_office
from mailer.reading.autoreply import detect_auto_reply
from mailer.reading.personsnote import asks_the_reader, reports_an_auto_reply, speaks_to_a_group


def mail(subject: str, body: str) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "Sam Lee <sam@corp.test>"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


# ------------------------------------------------------------------ a question put to the reader
@pytest.mark.parametrize("text", [
    "I'm on annual leave until the 9th with limited access to email. Has the panel met yet?",
    "Out of the office until Monday with limited access to email - could you resend the schedule then?",
    "I am on vacation until 2 March. For urgent matters please contact Lee, but did the offer go out?",
    "Ich bin bis 9.3. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Lee. Wann ist das Gespräch?",
    "Je suis absent jusqu'au 9 mars, pour toute urgence merci de contacter Lee. Tu peux me rappeler lundi ?",
    "Estoy fuera de la oficina hasta el 9 de marzo, con acceso limitado al correo. ¿Me mandas el enlace otra vez?",
    "3月9日まで出張中のため、メールの確認ができません。日程は来週でもよろしいでしょうか？",
    "我3月9日前在休假，期间无法及时回复邮件。这个职位还在招吗？",
])
def test_a_notices_words_with_a_question_to_the_reader_stay_a_persons(text):
    assert asks_the_reader(text)
    assert detect_auto_reply(mail("Re: Panel for the data role", text)) is None


@pytest.mark.parametrize("text", [
    "I am out of the office until 9 March with limited access to email. Need urgent help? Please call the front desk.",
    "I am on leave until 9 March with limited access to email. Is your request urgent? Please contact Lee.",
    "Ich bin bis 9.3. nicht im Büro und lese keine E-Mails. Dringend? Bitte wenden Sie sich an Lee.",
    "Je suis absent jusqu'au 9 mars et n'aurai pas accès à mes mails. Une urgence ? Merci de contacter Lee.",
    'Your mail regarding "Can we talk on Monday?" will be read when I return. I am on leave until 9 March.',
    "I am out of the office until 9 March with limited access to email. Want to book a meeting? Use my calendar link.",
    "I am on leave until 9 March with limited access to email. Looking for the release notes? See the wiki.",
    "Ich werde ab 02.03.2026 nicht im B?ro sein. Ich kehre zur?ck am 09.03.2026.",
])
def test_a_notices_own_short_or_urgent_question_keeps_it_a_notice(text):
    assert not asks_the_reader(text)
    assert detect_auto_reply(mail("Re: Panel for the data role", text)) is not None


# ------------------------------------------------------------------ a forward's subject is the forwarded mail's title
@pytest.mark.parametrize("subject", [
    "Fwd: Automatic reply: Panel for the data role", "WG: Automatische Antwort: Panel", "TR: Réponse automatique : Panel",
    "Fw: Out of Office: Panel", "RV: Respuesta automática: Panel", "Fwd: [team] Out of Office",
])
def test_a_person_forwarding_a_notice_is_no_notice(subject):
    body = "Lee is away, see below. Who else can approve the panel this week?\n\n-----Original Message-----\nFrom: Lee"
    assert detect_auto_reply(mail(subject, body)) is None


@pytest.mark.parametrize("subject", [
    "Automatic reply: Fwd: Panel for the data role", "Automatische Antwort: WG: Panel", "Re: [R] Automatische Antwort: x",
])
def test_a_notice_answering_a_forward_is_still_one(subject):
    assert detect_auto_reply(mail(subject, "Thanks.")) is not None


# ------------------------------------------------------------------ an absence-word subject over words to a group
@pytest.mark.parametrize("subject, body", [
    ("[team] Out of Office", "Hi all, I'm out next week and back on the 9th. Lee covers reviews. Have a good week!"),
    ("[equipe] Congés", "Bonjour à tous, je suis en congés jusqu'au 9 mars. Bonne semaine !"),
    ("[dev] Sam is on vacation", "Hi everyone, I'm on vacation until 9 March. Thanks all for the help this quarter."),
    ("[チーム] 休暇のお知らせ", "皆さん\n\n3月2日から9日まで休暇をいただきます。よろしくお願いします。"),
    ("[팀] 부재중", "안녕하세요 여러분, 3월 9일까지 휴가입니다. 좋은 한 주 보내세요!"),
    ("[ekip] Ofis dışında", "Herkese merhaba, 9 Mart'a kadar izindeyim. Hepinize teşekkürler!"),
])
def test_an_absence_subject_over_words_to_a_group_is_a_persons(subject, body):
    assert speaks_to_a_group(" ".join(body.split()))
    assert detect_auto_reply(mail(subject, body)) is None


@pytest.mark.parametrize("subject, body", [
    ("Automatic reply: Panel", "Hi all, I'm out of the office until 9 March."),  # says it is automatic
    ("Out of Office: Panel", "I am out of the office until 9 March. For urgent matters, please contact Lee."),
    ("Congés", "Je suis en congés jusqu'au 9 mars. Je vous répondrai à mon retour."),
    ("Re: Panel", "Всем привет! Я в отпуске до 9 марта, почту читаю редко. По срочным вопросам обращайтесь к Ли."),
])
def test_a_notice_not_written_to_a_group_or_calling_itself_automatic_stays_one(subject, body):
    assert detect_auto_reply(mail(subject, body)) is not None


# ------------------------------------------------------------------ a person quoting what their own auto-reply says
@pytest.mark.parametrize("text", [
    "For urgent matters contact Lee, that's what my out-of-office says, but just call me. I'm away until the 9th.",
    "In dringenden Fällen wenden Sie sich an Lee, so steht es in meiner Abwesenheitsnotiz. Ich bin bis 9.3. weg.",
    "Mon message d'absence dit de contacter Lee pour toute urgence, mais appelle-moi. Absent jusqu'au 9.",
    "Mi respuesta automática dice que para asuntos urgentes contactes con Lee; estoy fuera hasta el 9.",
    "Il mio messaggio di assenza dice di contattare Lee per urgenze, sono in ferie fino al 9.",
])
def test_a_person_saying_what_their_auto_reply_says_is_no_notice(text):
    assert reports_an_auto_reply(text)
    assert detect_auto_reply(mail("Re: Panel", text)) is None


def test_a_notice_naming_itself_is_not_reported_speech():
    text = "This is my out-of-office reply: I am on leave until 9 March. For urgent matters, please contact Lee."
    assert not reports_an_auto_reply(text)
    assert says_out_of_office(text)


# ------------------------------------------------------------------ notice words the sweep's notices lacked
@pytest.mark.parametrize("text", [
    "Thanks for your message. I'm on sabbatical until June and this inbox is not monitored. Please write to hr@corp.test.",
    "I am on parental leave until May; my mailbox will not be checked. For urgent matters, please contact Lee.",
    "Jag är föräldraledig till och med maj. Under min frånvaro kan du kontakta lee@corp.test.",
    "Jag är tjänstledig till 1 juni. Vid brådskande ärenden, kontakta Lee.",
    "Jeg er på barselsorlov til 1. juni. Kontakt venligst lee@corp.test.",
    "Jeg er i foreldrepermisjon til 1. juni. I hastesaker, ta kontakt med Lee.",
    "Do 9. března čerpám dovolenou. V naléhavých případech kontaktujte lee@corp.test.",
    "Sunt plecată din birou până pe 9 martie. Pentru situații urgente, contactați-l pe Lee.",
    "Jag kommer att vara borta från kontoret från och med 2026-03-02 och kommer inte tillbaka förrän 2026-03-09.",
])
def test_notices_in_the_words_the_sweep_found_missing(text):
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", [
    "Jag är föräldraledig till maj, men kandidaten ser bra ut, boka intervjun.",
    "Lee's inbox is not monitored while she's away, so write to me. I'm on leave from the 9th myself.",
    "Do 9. března čerpám dovolenou, ale kandidátka vypadá dobře, domluvte pohovor.",
    "Jag är borta från kontoret och kommer inte tillbaka förrän måndag, vi tar det då.",
])
def test_a_person_saying_as_much_stays_theirs(text):
    assert detect_auto_reply(mail("Re: Panel", text)) is None


# ------------------------------------------------------------------ asked to be called, with no number given
@pytest.mark.parametrize("text", [
    "Estoy fuera de la oficina hasta el lunes. Para cualquier asunto urgente, llámame al móvil.",
    "I'm out of the office until Monday with limited access to email. If it's urgent, call me.",
    "Ich bin bis Montag nicht im Büro. In dringenden Fällen ruf mich einfach an.",
    "Je suis absent jusqu'à lundi. Pour toute urgence, appelle-moi sur mon portable.",
    "Sono fuori ufficio fino a lunedì. Per urgenze chiamami pure.",
])
def test_a_person_asking_to_be_called_without_a_number_stays_theirs(text):
    assert detect_auto_reply(mail("Re: Panel", text)) is None


@pytest.mark.parametrize("text", [
    "I am out of the office until Monday. For urgent matters, call me on +44 7700 900123.",
    "Ich bin bis Montag nicht im Büro. In dringenden Fällen rufen Sie mich bitte unter 0171 2345678 an.",
    "Estoy fuera de la oficina hasta el lunes. Para cualquier asunto urgente, llámeme al 600 123 456.",
])
def test_a_notice_giving_the_number_to_call_stays_one(text):
    assert detect_auto_reply(mail("Re: Panel", text)) is not None


def test_known_cost_a_notice_asking_to_be_called_without_a_number_is_missed():
    # What the rule costs, preferred to taking a person's note for a notice: a notice set for colleagues who have the
    # number ("For anything urgent, call me on my mobile") reads as a person's.
    text = "I am on annual leave until 4 December with limited access to email. For anything urgent, call me on my mobile."
    assert detect_auto_reply(mail("Re: Panel", text)) is None


# ------------------------------------------------------------------ Japanese: the answer put off in honorific words
def test_a_japanese_notice_putting_off_the_answer_in_honorific_words():
    text = "いつもお世話になっております。\n3月9日まで休暇のため不在にしております。ご連絡は3月10日以降となります。"
    assert says_out_of_office(text)


def test_a_japanese_person_saying_when_they_will_answer_stays_theirs():
    assert detect_auto_reply(mail("Re: 面談", "来週まで出張で不在です。返信は月曜になります。")) is None
