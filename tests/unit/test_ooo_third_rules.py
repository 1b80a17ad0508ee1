"""The rules the third blind batch led to (issue 12), each on texts the batch does not hold: a kind of leave or a
mailbox no longer read is an absence, but needs a notice's phrasing beside it, and an answer beside it keeps a
person's note an answer; the return read from a range whose first day leaves its month to the second."""

from datetime import date, datetime, timezone

import pytest

from mailer.reading.absence import says_out_of_office
from mailer.reading.returndate import ooo_return_date

SENT = datetime(2026, 11, 10, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", [
    "Tämä sähköpostiosoite ei ole enää käytössä. Ota yhteyttä rekry@acme.test.",
    "Mitt e-postadress: denna brevlåda bevakas inte längre. Kontakta hr@acme.test.",
    "Jestem na zwolnieniu lekarskim do 20 listopada. Wiadomość nie zostanie przekazana dalej.",
    "Я на больничном до 20 ноября. Ваше письмо не будет переслано.",
    "Jsem na mateřské do 4. 12. Vaše zpráva nebude přeposlána.",
    "Yıllık iznindeyim. E-postanız iletilmeyecektir.",
    "我正在休婚假，您的邮件不会被转发。",
    "병가 중입니다. 보내주신 메시지는 전달되지 않습니다.",
])
def test_a_kind_of_leave_with_a_notices_phrasing_is_a_notice(text):
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", [
    # the absence alone, as people write it to a colleague: no notice's phrasing
    "Jeg er syg i dag, så kort: hun ser god ud.",
    "Jestem na zwolnieniu lekarskim, ale zerknę na CV wieczorem.",
    "Я на больничном, посмотрю резюме завтра.",
    "Bin krankgeschrieben, schaue es mir morgen an.",
    # a notice's words, and an answer beside them
    "I'm leaving Acme on Friday and this mailbox will no longer be monitored, but yes, interview her.",
    "I'm on sick leave until 20 November with limited access to email, but put her on hold for now.",
    "Out of the office until Monday with limited access to email. Pass on this one, sorry.",
])
def test_a_persons_note_stays_an_answer(text):
    assert not says_out_of_office(text)


@pytest.mark.parametrize("text, back", [
    ("Olen koulutuksessa 23.–27.11. ja luen sähköpostia rajoitetusti.", date(2026, 11, 28)),
    ("Ich bin vom 23.-27.11.2026 auf Dienstreise.", date(2026, 11, 28)),
    ("23-27 Kasım tarihleri arasında izindeyim.", date(2026, 11, 28)),
    ("11월 23일부터 27일까지 휴가입니다.", date(2026, 11, 28)),
    ("Vracím se ve středu 25. listopadu.", date(2026, 11, 25)),
])
def test_a_range_or_return_in_the_batchs_languages_gives_the_first_day_back(text, back):
    assert ooo_return_date(text, SENT) == back
