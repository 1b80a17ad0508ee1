"""Out-of-office notices in many languages: return dates, text-only recognition and subject markers.

Every sample below is PROJECT-WRITTEN: short sentences in the wording responders' users commonly type
(Outlook/Exchange, Gmail, Apple Mail, QQ/163, Naver, Yandex, Seznam …), written for these tests, not copied
from any mail. Real third-party notices are measured by bench/corpus_report.py and tested in test_ooo_collected.py.
All are "sent" on Monday 23 November 2026; "until X" means away through X, so the first day back is X + 1.
"""

from datetime import date, datetime, timezone
from email import message_from_string
from email.policy import default

import pytest

from mailer.reading.absence import says_out_of_office
from mailer.reading.autoreply import detect_auto_reply, ooo_return_date
from mailer.reading.returndate import offset_minutes

SENT = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)
BACK_7 = date(2026, 12, 7)   # "back on 7 December"
UNTIL_4 = date(2026, 12, 5)  # "until 4 December" (a Friday): away through it


def dated(offset: str = "+0100"):
    return message_from_string(f"Date: Mon, 23 Nov 2026 10:00:00 {offset}\nFrom: a@b.test\n\nx", policy=default)


RETURN_DATES = [
    # language, text, expected first day back
    ("pt", "Estou ausente do escritório até 4 de dezembro. Estarei de volta no dia 7 de dezembro.", BACK_7),
    ("pt", "Estou de férias até o dia 04/12/2026, com acesso limitado ao e-mail.", UNTIL_4),
    ("pt", "Retorno em 7 de dezembro.", BACK_7),
    ("sv", "Jag är på semester till och med den 4 december.", UNTIL_4),
    ("sv", "Jag är tillbaka på kontoret måndag den 7 december.", BACK_7),
    ("da", "Jeg er på ferie til og med den 4. december og er tilbage mandag den 7. december.", BACK_7),
    ("da", "Jeg er fraværende til 4.12.", UNTIL_4),
    ("nb", "Jeg er på ferie til og med 4. desember.", UNTIL_4),
    ("nb", "Jeg er tilbake på kontoret 7. desember.", BACK_7),
    ("fi", "Olen lomalla 4.12. asti.", UNTIL_4),                       # a postposition: the date comes first
    ("fi", "Olen lomalla 4. joulukuuta saakka.", UNTIL_4),
    ("fi", "Palaan toimistolle maanantaina 7.12.", BACK_7),              # a weekday before a numeric date
    ("pl", "Jestem na urlopie do 4 grudnia 2026.", UNTIL_4),
    ("pl", "Jestem poza biurem do dnia 04.12.2026 r. Wracam 7 grudnia.", BACK_7),
    ("cs", "Jsem mimo kancelář do 4. 12. 2026.", UNTIL_4),              # Czech spaces after the dots
    ("cs", "Jsem na dovolené do 4. prosince. Zpět v kanceláři od 7. 12.", BACK_7),
    ("sk", "Som na dovolenke do 4. decembra.", UNTIL_4),
    ("sk", "Späť v kancelárii od 7. decembra.", BACK_7),
    ("hu", "Szabadságon vagyok 2026. december 4-ig.", UNTIL_4),          # "-ig" = until, after the date
    ("hu", "December 7-től ismét az irodában leszek.", BACK_7),
    ("pl", "Jestem na urlopie do piątku 4 grudnia.", UNTIL_4),             # a weekday after "do"
    ("ru", "Я в отпуске до пятницы, 4 декабря.", UNTIL_4),
    ("ro", "Sunt în concediu până la data de 4 decembrie.", UNTIL_4),
    ("ro", "Revin la birou pe 7 decembrie.", BACK_7),
    ("tr", "4 Aralık tarihine kadar izindeyim.", UNTIL_4),
    ("tr", "04.12.2026 tarihine kadar ofis dışındayım.", UNTIL_4),
    ("tr", "7 Aralık'ta döneceğim.", BACK_7),
    ("ru", "Я в отпуске до 4 декабря.", UNTIL_4),
    ("ru", "Я нахожусь в отпуске с 23 ноября по 4 декабря включительно.", UNTIL_4),
    ("ru", "Я в отпуске. Вернусь 7 декабря.", BACK_7),
    ("uk", "Я у відпустці до 4 грудня. Повернуся 7 грудня.", BACK_7),
    ("el", "Βρίσκομαι εκτός γραφείου έως τις 4 Δεκεμβρίου.", UNTIL_4),
    ("el", "Επιστρέφω στις 7 Δεκεμβρίου.", BACK_7),
    # gaps in the first six languages
    ("es", "Estaré de vuelta el 7 de diciembre.", BACK_7),
    ("es", "Estaré fuera de la oficina del 23 de noviembre al 4 de diciembre.", UNTIL_4),
    ("es", "Estaré disponible a partir del 7 de diciembre.", BACK_7),
    ("it", "Sarò assente fino al 4 dicembre.", UNTIL_4),
    ("it", "Sarò di nuovo in ufficio il 7 dicembre.", BACK_7),
    ("it", "Sarò fuori ufficio dal 23 novembre al 4 dicembre.", UNTIL_4),
    ("nl", "Ik ben weer op kantoor op 7 december.", BACK_7),
    ("nl", "Ik ben afwezig tot 4 december.", UNTIL_4),
    ("nl", "Ik ben afwezig tot vrijdag 4 december.", UNTIL_4),
    ("fr", "Je suis absente du 23 novembre au 4 décembre inclus.", UNTIL_4),
    ("fr", "Je reviendrai le 7 décembre.", BACK_7),
    ("de", "Ich bin vom 23.11. bis 4.12. nicht im Büro.", UNTIL_4),
    ("en", "I am out of the office from November 23 to December 4.", UNTIL_4),
    ("en", "I'm away between November 23 and December 4.", UNTIL_4),
    ("en", "Returning on December 7.", BACK_7),
    ("en", "I am on leave 23/11 - 04/12.", UNTIL_4),                       # a numeric range
    ("en", "Out of office 11/23-12/04.", UNTIL_4),                         # 23 is no month: so is 12 in 12/04
    ("de", "Urlaub 23.11.2026 – 4.12.2026.", UNTIL_4),
    ("en", "I will be back in the office December 7.", BACK_7),
    ("en", "I'll be back at work on Monday, December 7th.", BACK_7),       # an ordinal
    # Japanese, Chinese (simplified and traditional), Korean: the word after the date says what it is
    ("ja", "2026年12月4日まで休暇をいただいております。12月7日より出社いたします。", BACK_7),
    ("ja", "12月4日（金）まで不在にしております。", UNTIL_4),
    ("ja", "7日（月）より出社いたします。", BACK_7),                       # a day alone, with its weekday
    ("ja", "１２月７日から出社します。", BACK_7),                           # full-width digits
    ("zh", "我于11月23日至12月4日休假，12月7日返回办公室。", BACK_7),
    ("zh", "休假至12月4日。", UNTIL_4),
    ("zh", "我11月30日到4日在外地出差。", UNTIL_4),                        # a range whose end has no month
    ("zh", "我将在十二月七日回到办公室。", BACK_7),                         # Chinese numerals
    ("zh-tw", "本人12/7之前不在辦公室。", BACK_7),                         # "before 12/7": back on the 7th
    ("ja", "12月7日（月）より通常通り業務を行います。", BACK_7),
    ("ja", "12月1日から12月4日まで休みをいただきます。", UNTIL_4),          # a range: its end
    ("ko", "12월 4일까지 휴가입니다.", UNTIL_4),
    ("ko", "12월 7일부터 정상 근무합니다.", BACK_7),
    ("ko", "12월 7일(월) 출근합니다.", BACK_7),
    ("ko", "12월 4일까지 휴가입니다. 12월 7일에 복귀합니다.", BACK_7),    # "back on" wins over "until"
]


@pytest.mark.parametrize("lang, text, want", RETURN_DATES, ids=[f"{r[0]}-{i}" for i, r in enumerate(RETURN_DATES)])
def test_return_dates_in_many_languages(lang, text, want):
    assert ooo_return_date(text, SENT, dated()) == want


@pytest.mark.parametrize("text", [
    "Thanks, I was back on Nov 2 already.",                   # a date before the mail: no return date
    "Je suis absent du 2 au 13 novembre.",                    # a whole absence before the mail
    "Jestem na urlopie do 20 listopada.",                     # Polish: ended before the mail
    "12月4日に送ったメールの件です。",                           # a date with no return word next to it
    "Candidate notes from 12/7 and 3/4 attached.",            # slashed numbers, no word
    "下周一我们开会。",                                          # Chinese without a date
    "Proszę napisz do mnie jutro.",                           # "do" without a number costs nothing
])
def test_no_return_date_where_none_is_stated(text):
    assert ooo_return_date(text, SENT, dated()) is None


def test_a_quoted_header_date_is_not_the_return_date():
    text = ("Sono fuori ufficio fino al 4 dicembre.\n\nIl giorno 20 novembre 2026, Rita ha scritto:\n"
            "> Sarò di nuovo in ufficio il 21 novembre")
    assert ooo_return_date(text, SENT, dated()) == UNTIL_4


def test_minus_zero_zone_is_no_offset_rfc5322():
    # RFC 5322 §3.3: "-0000" = the local zone is unknown, unlike "+0000" (UTC).
    assert offset_minutes(dated("-0000")) is None
    assert offset_minutes(dated("+0000")) == 0 and offset_minutes(dated("-0500")) == -300
    # With no offset and no Content-Language an English slashed date falls back to month-first …
    assert ooo_return_date("I will not return until 02/12/2027.", SENT, dated("-0000")) == date(2027, 2, 12)
    # … while "+0000" is a real zone outside the Americas: day-first.
    assert ooo_return_date("I will not return until 02/12/2027.", SENT, dated("+0000")) == date(2027, 12, 2)


def test_a_bilingual_notice_without_zone_or_language_tag_reads_its_english_half_day_first():
    # Neither Content-Language nor a usable offset: the text's other language decides (issue 12 item 6).
    english = "I am away until 02/12/2027."
    assert ooo_return_date(english, SENT, dated("-0000")) == date(2027, 2, 13)
    assert ooo_return_date("Je suis absente jusqu'au 02/12/2027. " + english, SENT, dated("-0000")) == date(2027, 12, 3)
    assert ooo_return_date("2027年12月2日まで休暇です。 " + english, SENT, dated("-0000")) == date(2027, 12, 3)
    # English "till" is Swedish too: that alone makes no second language.
    assert ooo_return_date("I am away till 02/12/2027.", SENT, dated("-0000")) == date(2027, 2, 13)
    # A known offset still comes first: the Americas are month-first.
    assert ooo_return_date("Je suis absente. " + english, SENT, dated("-0500")) == date(2027, 2, 13)


def test_dateparser_searches_are_bounded_on_a_text_full_of_triggers():
    import dateparser.search as search
    calls = []
    real = search.search_dates
    try:
        search.search_dates = lambda *a, **k: calls.append(1) or real(*a, **k)
        ooo_return_date("back on the moon, until the cows come home. " * 40, SENT, dated())
    finally:
        search.search_dates = real
    assert 0 < len(calls) <= 12


NOTICES = [
    "Resposta automática: estou ausente do escritório até 4 de dezembro, com acesso limitado ao e-mail.",
    "Jag är inte på kontoret. I brådskande ärenden kontakta Anna.",
    "Jeg er på ferie til og med 4. december. I hastende tilfælde kontakt Peter.",
    "Jeg er på ferie. Haster det, kontakt Kari.",
    "Olen lomalla 4.12. asti. Kiireellisissä asioissa ota yhteyttä Mattiin.",
    "Jestem na urlopie do 4 grudnia. W pilnych sprawach proszę o kontakt z Anną.",
    "Jsem na dovolené do 4. prosince. V naléhavých případech kontaktujte kolegu.",
    "Som na dovolenke do 4. decembra. V naliehavých prípadoch kontaktujte kolegu.",
    "Szabadságon vagyok december 4-ig. Sürgős ügyekben keresse kollégámat.",
    "Sunt în concediu până pe 4 decembrie. Pentru probleme urgente contactați-o pe Ana.",
    "4 Aralık'a kadar izindeyim. Acil durumlarda Ayşe'ye ulaşabilirsiniz.",
    "Я в отпуске до 4 декабря. По срочным вопросам обращайтесь к Ивану.",
    "Я у відпустці до 4 грудня. З термінових питань звертайтеся до Олени.",
    "Βρίσκομαι εκτός γραφείου έως 4 Δεκεμβρίου. Για επείγοντα θέματα επικοινωνήστε με τη Μαρία.",
    "12月4日まで休暇中です。お急ぎの場合は田中までご連絡ください。",
    "我正在休假中，如有急事请联系王经理。",
    "本人出差中，如有緊急事務請聯繫李小姐。",
    "12월 4일까지 휴가입니다. 급한 용무는 김대리에게 연락 바랍니다.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_text_only_notices_in_more_languages(text):
    assert says_out_of_office(text)


@pytest.mark.parametrize("text", [
    # People writing about their own absence in a real answer: one sign only, so still their answer.
    "Estou de férias na próxima semana, mas podemos entrevistá-la na segunda.",
    "Jeg er på ferie neste uke, men la oss intervjue henne.",
    "Jestem na urlopie w przyszłym tygodniu, ale zaprośmy ją na rozmowę.",
    "Я в отпуске на следующей неделе, но давайте пригласим её на собеседование.",
    "来週は休暇ですが、面接をお願いします。",
    "下周我出差，不过可以安排面试。",
    "다음 주에 휴가지만 면접 진행해 주세요.",
    "Haftaya izindeyim ama mülakat yapalım.",
    "Szabadságon leszek jövő héten, de hívjuk be interjúra.",
    "Sunt în concediu săptămâna viitoare, dar o putem intervieva.",
    # A notice only in the quoted mail
    "Tak, zaprośmy ją.\n\nW dniu 20.11.2026 Rita napisała:\nDnia 20 listopada Rita napisał:\n> Jestem na urlopie.",
])
def test_a_person_writing_about_an_absence_is_no_notice(text):
    assert not says_out_of_office(text)


def _subject_mail(subject: str):
    return message_from_string(f"From: a@b.test\nSubject: {subject}\n\nHello", policy=default)


@pytest.mark.parametrize("subject", [
    "Automatická odpoveď: Candidate: Jane Doe", "Răspuns automat: Candidate", "Automaattinen vastaus: Jane",
    "Автоматична відповідь: Jane Doe", "Αυτόματη απάντηση: Jane Doe", "Otomatik Yanıt: Jane Doe",
    "Automatski odgovor: Jane", "Samodejni odgovor: Jane", "Automaatvastus: Jane", "Trả lời tự động: Jane",
    "【自动回复】Re: Candidate: Jane Doe", "假期自动回复: Jane Doe", "부재중 자동응답: Jane Doe", "不在通知: Jane",
])
def test_localised_auto_reply_subjects(subject):
    assert detect_auto_reply(_subject_mail(subject)) is not None


@pytest.mark.parametrize("subject", ["Re: Automatická odpoveď nefunguje?", "Re: Jane Doe", "Re: Poissaolo ensi viikolla"])
def test_a_reply_about_such_a_subject_is_not_one(subject):
    assert detect_auto_reply(_subject_mail(subject)) is None


@pytest.mark.parametrize("text, want", [
    ("Я в отпуске. По срочным вопросам обращайтесь к Ивану: ivan@example.ru", "ivan@example.ru"),
    ("我正在休假中，如有急事请联系王经理 wang@example.cn。", "wang@example.cn"),
    ("Kiireellisissä asioissa ota yhteyttä: matti@example.fi", "matti@example.fi"),
    ("Για επείγοντα θέματα επικοινωνήστε με τη Μαρία (maria@example.gr).", "maria@example.gr"),
])
def test_the_stand_in_is_found_in_more_languages(text, want):
    from mailer.reading.autoreply import ooo_delegate
    assert ooo_delegate(text) == want


def test_the_docstring_examples_hold():
    import doctest
    from mailer.reading import absence, cjkdates, returndate, spam
    for module in (absence, cjkdates, returndate, spam):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed, module.__name__


def test_an_answer_promised_is_no_return():
    # "I will come back to you next week" promises a reply; the date is the "until" one.
    text = "I'm on vacation until November 4th 2013. I will come back to you beginning of next week."
    assert ooo_return_date(text, datetime(2013, 11, 3, 8, tzinfo=timezone.utc)) == date(2013, 11, 5)


def test_a_subject_whose_accents_a_gateway_lost_still_matches():
    assert detect_auto_reply(_subject_mail("Arpus biroja atrasanas automatiska atbilde: Jane")) is not None
    assert detect_auto_reply(_subject_mail("Automaticka odpoved: Jane")) is not None


def test_ovh_autoresponder_header():
    msg = message_from_string("From: a@b.test\nDelivered-To: Autoresponder\nSubject: Re: x\n\nHello", policy=default)
    assert detect_auto_reply(msg) == "header:Delivered-To=Autoresponder"
    person = message_from_string("From: a@b.test\nDelivered-To: maria@acme.test\nSubject: Re: x\n\nHello",
                                 policy=default)
    assert detect_auto_reply(person) is None
