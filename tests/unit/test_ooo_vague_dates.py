"""Return dates stated without a full date (docs/READING.md "Return dates", rules 5 and 9): a weekday alone, "next week",
week numbers, part of a month, a month alone. Project-written sentences, sent on Wednesday 2 December 2026."""

from datetime import date, datetime, timezone

import pytest

from mailer.reading.autoreply import ooo_return_date
from mailer.reading.vaguedates import in_month, is_month_only, week_or_relative

SENT = datetime(2026, 12, 2, 9, tzinfo=timezone.utc)  # a Wednesday; ISO week 49


@pytest.mark.parametrize("text, want", [
    # a weekday alone after words that put the weekday in the lead ("de retour lundi" lost its "lundi")
    ("Je serai de retour lundi.", date(2026, 12, 7)),
    ("Je rentre lundi.", date(2026, 12, 7)),
    ("Rientro lunedì.", date(2026, 12, 7)),
    ("Sarò in ufficio lunedì.", date(2026, 12, 7)),
    ("Ich bin ab Montag wieder im Büro.", date(2026, 12, 7)),
    ("Ich bin am Montag wieder da.", date(2026, 12, 7)),
    ("Ik ben maandag weer op kantoor.", date(2026, 12, 7)),
    ("Jag är borta till måndag.", date(2026, 12, 8)),          # until Monday: back Tuesday
    ("Jeg er væk til mandag.", date(2026, 12, 8)),
    ("Jeg er fraværende indtil mandag.", date(2026, 12, 8)),
    # "ab Montag im Urlaub" starts the absence; the return is the later date
    ("Ich bin ab Montag im Urlaub und ab dem 14.12. wieder da.", date(2026, 12, 14)),
])
def test_a_weekday_alone(text, want):
    assert ooo_return_date(text, SENT) == want


@pytest.mark.parametrize("text, want", [
    ("Jeg er fraværende indtil 6. december.", date(2026, 12, 7)),   # Danish "indtil" = until
    ("Jeg er på barsel indtil 1. marts 2027.", date(2027, 3, 2)),
    ("Je reviens le 7 décembre.", date(2026, 12, 7)),
    ("Je serai au bureau le 7 décembre.", date(2026, 12, 7)),
    ("Je serai joignable à partir du 7 décembre.", date(2026, 12, 7)),
    ("Je serai à nouveau disponible le 7 décembre.", date(2026, 12, 7)),
    ("Absent jusqu'au 7 inclus.", date(2026, 12, 8)),                  # a day alone before "inclus"
    # "not back until/before X" is back on X, as the English rule reads it
    ("Je ne serai pas au bureau avant le 7 décembre.", date(2026, 12, 7)),
    ("No estaré en la oficina hasta el 7 de diciembre.", date(2026, 12, 7)),
    ("Estaré fuera hasta el 4 de diciembre.", date(2026, 12, 5)),      # "hasta" without "no": through the 4th
    ("Jeg er ikke på kontoret før den 7. december.", date(2026, 12, 7)),
    ("Jeg læser ikke mails før mandag den 7. december.", date(2026, 12, 7)),
    ("Jag läser inte min e-post förrän den 7 december.", date(2026, 12, 7)),
])
def test_words_added(text, want):
    assert ooo_return_date(text, SENT) == want


@pytest.mark.parametrize("text, want", [
    # "next week": that week's Monday, not seven days on (a Wednesday)
    ("I will be back next week.", date(2026, 12, 7)),
    ("I'm out until next week.", date(2026, 12, 7)),
    ("Je serai de retour la semaine prochaine.", date(2026, 12, 7)),
    ("Estaré de vuelta la semana que viene.", date(2026, 12, 7)),
    ("Jeg er tilbage i næste uge.", date(2026, 12, 7)),
    # ISO week numbers: back on a week's Monday; away through a week: back the Monday after it
    ("Jeg er tilbage i uge 2.", date(2027, 1, 11)),
    ("Jeg er på ferie til og med uge 51.", date(2026, 12, 21)),
    ("Ich bin bis KW 51 nicht im Büro.", date(2026, 12, 21)),
    ("I'm on holiday until week 51.", date(2026, 12, 21)),
    ("Jeg er på ferie i uge 50-51.", date(2026, 12, 21)),      # weeks, not a day range "uge 50 until uge 51"
    ("Jag är ledig till vecka 51.", date(2026, 12, 21)),
    # the end or the rest of this week: back the Monday after
    ("I'll be out of the office through the end of the week.", date(2026, 12, 7)),
    ("I'll be out for the remainder of the week.", date(2026, 12, 7)),
    ("Je suis absent jusqu'à la fin de la semaine.", date(2026, 12, 7)),
])
def test_weeks(text, want):
    assert ooo_return_date(text, SENT) == want


@pytest.mark.parametrize("text, want", [
    ("Je suis absente jusqu'à fin décembre.", date(2027, 1, 1)),   # through its last day
    ("I am away until the end of December.", date(2027, 1, 1)),
    ("Estoy de vacaciones hasta finales de diciembre.", date(2027, 1, 1)),
    ("Sono in ferie fino a fine dicembre.", date(2027, 1, 1)),
    ("Jeg er på ferie til slutningen af december.", date(2027, 1, 1)),
    ("Je suis absente jusqu'à la fin du mois.", date(2027, 1, 1)),
    ("Je serai de retour début janvier.", date(2027, 1, 1)),        # its start: the 1st
    ("Jeg er tilbage i starten af januar.", date(2027, 1, 1)),
    ("I'm back mid-January.", date(2027, 1, 15)),                   # its middle: the 15th
    ("Ich bin bis Mitte Januar im Urlaub.", date(2027, 1, 16)),  # until the middle (the 15th): back the 16th (review9)
    # a month alone is when it starts, even after "until"; a 4-digit year after it is a year, never a day
    ("Estarei ausente até Dezembro 2027.", date(2027, 12, 1)),
    ("I'm out until January.", date(2027, 1, 1)),
])
def test_parts_of_a_month(text, want):
    assert ooo_return_date(text, SENT) == want


def test_a_month_and_year_takes_no_day_from_the_date_sent():
    """The Portuguese Exchange notice class: sent on 2 September, "até Dezembro 2004" was read as 2 December."""
    assert ooo_return_date("Estarei fora do escritório até Dezembro 2004.", datetime(2004, 9, 2)) == date(2004, 12, 1)


def test_the_pieces():
    assert week_or_relative("uge 32", date(2026, 6, 1), "until") == (date(2026, 8, 9), "until")
    assert week_or_relative("week 2", date(2026, 12, 2), "on") == (date(2027, 1, 11), "on")  # next year's
    assert week_or_relative("week 60", date(2026, 12, 2), "on") is None
    assert week_or_relative("weekend", date(2026, 12, 2), "on") is None
    assert is_month_only("Dezembro 2004") and is_month_only("of December") and not is_month_only("7 December")
    assert not is_month_only("martes") and not is_month_only("maanantai")  # weekdays that start like a month
    assert in_month(date(2027, 12, 1), date(2026, 12, 2), "end", "until") == (date(2026, 12, 31), "until")


@pytest.mark.parametrize("sent, text, want", [
    # written in December with last year's habit: the January date is next year's
    (datetime(2026, 12, 20), "I will be back on 4 January 2026.", date(2027, 1, 4)),
    (datetime(2026, 12, 28), "Ich bin bis zum 3.1.2026 im Urlaub.", date(2027, 1, 4)),
    (datetime(2026, 12, 20), "Je suis en congés jusqu'au 3 janvier 2026 inclus.", date(2027, 1, 4)),
    # only across the New Year: in November a January of this year is in the past (a stale responder)
    (datetime(2026, 11, 20), "I will be back on 4 January 2026.", None),
])
def test_the_new_year_slip(sent, text, want):
    assert ooo_return_date(text, sent) == want


@pytest.mark.parametrize("text, want", [
    # month-first ranges, each end with its month: away through the second
    ("I'm out of the office Nov 30 - Dec 4.", date(2026, 12, 5)),
    ("I'm away December 21st – January 4th.", date(2027, 1, 5)),
    # the text's own slashed dates show their order: "30/11" is day-first, so "04/12" is 4 December
    ("I am on leave from 30/11 to 04/12 inclusive.", date(2026, 12, 5)),
    ("I am on leave from 11/30 to 12/04 inclusive.", date(2026, 12, 5)),
    # "from W to X" whose W is dotted: the dot no longer ends the rule's reach
    ("I will be on leave from 21.12.2026 to 04.01.2027.", date(2027, 1, 5)),
    ("I am away between 21.12. and 4.1.", date(2027, 1, 5)),
    # a year-less English date seven months ahead in one order and five days in the other is the near one
    ("I'm on annual leave, returning 7/12.", date(2026, 12, 7)),
])
def test_english_ranges_and_orders(text, want):
    assert ooo_return_date(text, SENT) == want


def test_a_far_day_first_date_keeps_its_order_outside_english():
    """French writes day-first: "12/7" is 12 July, too far ahead without its year to be read, never 7 December."""
    assert ooo_return_date("Je serai de retour le 12/7.", SENT) is None


ARCHIVE_SENT = datetime(2004, 12, 20)  # a Monday


@pytest.mark.parametrize("text, want", [
    # a range whose first end is a dotted number: "[^.]" stopped at its dot
    ("Je suis absent du 20.12 au 09.01.", date(2005, 1, 10)),
    ("Estoy ausente del 20.12. al 9.1.", date(2005, 1, 10)),
    ("Sono in ferie dal 20.12.2004 al 9.1.2005.", date(2005, 1, 10)),
    ("Estarei de férias de 20.12 a 9.1.", date(2005, 1, 10)),
    # "between W and X" in French and Spanish
    ("Estaré de vacaciones entre el 20 de diciembre y el 9 de enero.", date(2005, 1, 10)),
    ("Je serai absente entre le 20 décembre et le 9 janvier.", date(2005, 1, 10)),
    # "not able to answer until/before X": answering, so back, on X
    ("I will not be able to respond until January 10.", date(2005, 1, 10)),
    ("No podré contestar su correo hasta el 10 de enero.", date(2005, 1, 10)),
    ("Ne pourrai répondre à votre message qu'à partir du 10 janvier.", date(2005, 1, 10)),
    ("Je ne pourrai pas traiter votre message avant le 10 janvier.", date(2005, 1, 10)),
    # words the return rows lacked
    ("Estaré de nuevo en la oficina el día 10.", date(2005, 1, 10)),
    ("Je retourne au bureau le 10 janvier.", date(2005, 1, 10)),
    ("Estaré fuera hasta el próximo día 10.", date(2005, 1, 11)),        # "next" before a day alone
    ("Estaré fuera hasta el 10-ene-2005.", date(2005, 1, 11)),           # day, month word and year joined
    ("Estaré fuera de la oficina del 20 de diciembre de 2004 al 9 de enero de 2005.", date(2005, 1, 10)),
    # a weekday before a day alone
    ("Estaré fuera de la oficina hasta el lunes 10.", date(2005, 1, 11)),
    ("Me incorporaré el próximo lunes día 10.", date(2005, 1, 10)),
    # a "?" inside a word is a lost letter, not a question's end: "d?a", "pr?ximo"
    ("Regreso el d?a 10 de enero.", date(2005, 1, 10)),
    ("Estar? de vacaciones hasta el pr?ximo d?a 10 de enero.", date(2005, 1, 11)),
])
def test_archive_era_phrasings(text, want):
    assert ooo_return_date(text, ARCHIVE_SENT) == want


@pytest.mark.parametrize("text, want", [
    ("Sono in ferie fino alla fine di dicembre.", date(2027, 1, 1)),       # "fino alla", not "fino al" + "la fine"
    ("Sono in ferie fino alla settimana prossima.", date(2026, 12, 7)),
    ("Ik ben tot eind december met vakantie.", date(2027, 1, 1)),          # Dutch "tot" before a part of a month
    ("Ik ben tot half januari afwezig.", date(2027, 1, 16)),  # until the middle: back the 16th
    ("Ik ben tot week 51 afwezig.", date(2026, 12, 21)),
    ("Wracam w przyszłym tygodniu.", date(2026, 12, 7)),                   # the lead took "w"
    ("Ich bin ab Anfang Januar wieder im Büro.", date(2027, 1, 1)),        # "from" a date without a day, then back
    ("Ich bin ab nächster Woche wieder im Büro.", date(2026, 12, 7)),
    ("Ich bin ab Ende Dezember im Urlaub und ab dem 11.1. wieder da.", date(2027, 1, 11)),  # that "ab" starts it
])
def test_dates_without_a_day_in_more_languages(text, want):
    assert ooo_return_date(text, SENT) == want


def _mail(headers: str):
    from email import message_from_string
    from email.policy import default
    return message_from_string(headers + "From: a@b.test\n\nx", policy=default)


def test_the_day_is_the_senders_own():
    """Sent on Sunday evening in California, Monday in UTC: "tomorrow" is Monday."""
    msg = _mail("Date: Sun, 06 Dec 2026 20:00:00 -0800\n")
    utc = datetime(2026, 12, 7, 4, tzinfo=timezone.utc)
    assert ooo_return_date("I'm away today, back tomorrow.", utc, msg) == date(2026, 12, 7)


def test_a_mail_without_a_date_is_dated_by_its_newest_received_stamp():
    """An archive dropped the Date; the caller passes the time it saw the mail, years later."""
    msg = _mail("Received: from mx.example.org by mail.example.org; Mon, 20 Dec 2004 10:00:00 +0100\n"
                "Received: from a.example.org by mx.example.org; Mon, 20 Dec 2004 09:59:00 +0100\n")
    seen = datetime(2026, 12, 7, tzinfo=timezone.utc)
    assert ooo_return_date("Je suis absent jusqu'au 2 janvier 2005 inclus.", seen, msg) == date(2005, 1, 3)
    assert ooo_return_date("Je suis absent jusqu'au 2 janvier 2005 inclus.", seen) is None  # no mail: no stamp


@pytest.mark.parametrize("text, sent, want", [
    # an "until" date said not to be included is the first day back
    ("Je suis absent jusqu'au 10 janvier non inclus.", ARCHIVE_SENT, date(2005, 1, 10)),
    ("Ich bin bis zum 10.1. (ausschließlich) im Urlaub.", ARCHIVE_SENT, date(2005, 1, 10)),
    ("I am away until January 10 (exclusive).", ARCHIVE_SENT, date(2005, 1, 10)),
    # a weekday before an English numeric date picks its order: 4 December 2026 is a Friday, 12 April a Monday
    ("I'm out until Friday 4/12.", SENT, date(2026, 12, 5)),
    ("I'll be back on Monday 1/2.", SENT, date(2027, 2, 1)),             # 1 February; 2 January is a Saturday
    ("I'll be back on 1/2.", SENT, date(2027, 1, 2)),                    # no weekday: month-first, as before
])
def test_what_the_words_around_a_date_say(text, sent, want):
    assert ooo_return_date(text, sent) == want


@pytest.mark.parametrize("text, want", [
    ("Je serai de retour le 7 dÃ©cembre.", date(2026, 12, 7)),     # the month dateparser could not read
    ("Je suis absente jusqu'au 7 dÃ©cembre inclus.", date(2026, 12, 8)),
    ("Ich kehre zurÃ¼ck am 7. Dezember.", date(2026, 12, 7)),       # the words of rule 1
    # a month's accented letter lost as "?" or U+FFFD: dateparser read "7 d?cembre" as the 9th
    ("Je serai de retour le 7 d?cembre.", date(2026, 12, 7)),
    ("Je suis absente jusqu'au 7 d??cembre inclus.", date(2026, 12, 8)),
    ("Je suis absente jusqu'au lundi 7 d\ufffdcembre.", date(2026, 12, 8)),
    ("Ich bin bis zum 3. M?rz im Urlaub.", date(2027, 3, 4)),
])
def test_letters_garbled_by_a_charset(text, want):
    assert ooo_return_date(text, SENT) == want


MONDAY = datetime(2026, 12, 7, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, want", [
    # a weekday alone is the next such day after the day the mail was sent, never that day itself
    ("I will be back on Monday.", date(2026, 12, 14)),
    ("I am out until Monday.", date(2026, 12, 15)),       # was read as today's Monday, back Tuesday the 8th
    ("Jeg er væk til mandag.", date(2026, 12, 15)),
    ("Estoy fuera hasta el lunes.", date(2026, 12, 15)),
    ("Je serai absent jusqu'à mardi.", date(2026, 12, 9)),  # the next Tuesday is tomorrow: back Wednesday
])
def test_a_weekday_alone_sent_on_that_weekday(text, want):
    assert ooo_return_date(text, MONDAY) == want


@pytest.mark.parametrize("sent, text, want", [
    # dateparser put a year-less date that is the day sent a year on
    (datetime(2026, 12, 7, 9), "I am back on 7 December.", date(2026, 12, 7)),
    (datetime(2026, 12, 7, 9), "Jeg er tilbage på kontoret mandag d. 7. december.", date(2026, 12, 7)),
    # 29 February sent on that day is that day (the day sent is never a year on), without a crash
    (datetime(2024, 2, 29, 9), "I'm back on 29 February.", date(2024, 2, 29)),
    (datetime(2024, 12, 20, 9), "I was away until 29 February 2024.", None),
])
def test_the_day_sent_and_leap_days(sent, text, want):
    assert ooo_return_date(text, sent) == want
