"""A blind table of out-of-office return dates: every expected reading here was written from the README's "Return
dates" paragraph before mailer was run on the row (round 7, session 4), by an author who had not read the rules.

Each row is (lang, sent, text, expected, note). `sent` names one of SENT's Date headers (the sender's own clock and
offset); `expected` is the first day back the README's words give (None: no date, the configured default pause);
`note` is "" or "spec-gap: …" where the README gives no reading and the expectation is this author's own (such rows
are reported, never counted as wrong). "until X" is away through X, back the day after; "back on X" is that day.

bench/ooo_blind.py prints the figures; tests/unit/test_ooo_blind.py fails on a wrong reading not listed as known.
"""

from __future__ import annotations

from datetime import date, timedelta

SENT = {
    "mon": "Mon, 09 Nov 2026 09:00:00 +0100",       # a Monday morning in Europe
    "fri": "Fri, 13 Nov 2026 18:30:00 +0100",       # a Friday evening
    "dec": "Sun, 20 Dec 2026 10:00:00 +0000",       # 20 December, London: the year turns inside the absence
    "tokyo": "Mon, 16 Nov 2026 07:00:00 +0900",     # Monday morning in Tokyo, still Sunday in UTC
    "pacific": "Sun, 15 Nov 2026 20:00:00 -0800",   # Sunday evening in California, already Monday in UTC
    "london": "Mon, 09 Nov 2026 09:00:00 +0000",
    "newyork": "Mon, 09 Nov 2026 09:00:00 -0500",
}

D = date
NOV20, DEC3, JAN4 = D(2026, 11, 20), D(2026, 12, 3), D(2027, 1, 4)
DAY = timedelta(days=1)

# Month names as each language writes a day of the month ("20. November", "20 de noviembre", "20 listopada").
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "en": "January February March April May June July August September October November December",
}
DAY_DOT = {"de", "da", "no", "fi"}          # "20. November"
DAY_DE = {"es", "pt"}                        # "20 de noviembre"


def words(lang: str, day: date) -> str:
    month = MONTHS[lang].split()[day.month - 1] if lang in MONTHS else ""
    if lang in DAY_DOT:
        return f"{day.day}. {month}"
    if lang in DAY_DE:
        return f"{day.day} de {month}"
    if lang == "ja":
        return f"{day.month}月{day.day}日"
    if lang == "zh":
        return f"{day.month}月{day.day}日"
    if lang == "ko":
        return f"{day.month}월 {day.day}일"
    return f"{day.day} {month}"


# Per language: sentences that say "away through {d}" and sentences that say "back on {d}", as notices word them.
UNTIL = {
    "en": ["I am out of the office until {d} with limited access to email.", "I'm on annual leave till {d}.",
           "I am away through {d}. For urgent matters please contact Paul Smith.", "Out of office thru {d}."],
    "de": ["Ich bin bis zum {d} nicht im Büro.", "Ich bin bis einschließlich {d} im Urlaub.",
           "Vielen Dank für Ihre Nachricht. Bis {d} bin ich abwesend."],
    "fr": ["Je suis absent du bureau jusqu'au {d} inclus.", "Je serai en congé jusqu'au {d}.",
           "Merci pour votre message. Je suis absente jusqu'au {d}."],
    "es": ["Estaré fuera de la oficina hasta el {d}.", "Me encuentro de vacaciones hasta el {d} inclusive."],
    "it": ["Sarò fuori ufficio fino al {d}.", "Sono in ferie fino al {d} compreso."],
    "nl": ["Ik ben afwezig tot en met {d}.", "Ik ben met vakantie t/m {d}."],
    "pt": ["Estarei ausente do escritório até {d}.", "Estou de férias até ao dia {d}."],
    "pl": ["Jestem na urlopie do {d}.", "Będę poza biurem do {d} włącznie."],
    "sv": ["Jag är på semester till och med {d}.", "Jag är ledig t.o.m. {d}."],
    "da": ["Jeg er på ferie til og med {d}.", "Jeg er fraværende til og med den {d}."],
    "no": ["Jeg er på ferie til og med {d}.", "Jeg er ute av kontoret til og med {d}."],
    "fi": ["Olen lomalla {d} asti.", "Olen poissa toimistolta {d} saakka."],
    "ja": ["{d}まで不在にしております。", "誠に勝手ながら{d}まで休暇をいただいております。"],
    "zh": ["我休假至{d}。", "本人休假至{d}（含）。"],
    "ko": ["{d}까지 휴가입니다.", "{d}까지 부재중입니다."],
}
BACK = {
    "en": ["I am currently out of the office and will be back on {d}.", "I'm travelling and returning {d}.",
           "I will return to the office on {d}.", "I'll be back in the office {d}."],
    "de": ["Ab dem {d} bin ich wieder im Büro.", "Ich bin ab {d} wieder erreichbar."],
    "fr": ["Je serai de retour le {d}.", "Je reprendrai le travail le {d}."],
    "es": ["Estaré de vuelta el {d}.", "Regresaré a la oficina el {d}."],
    "it": ["Rientrerò in ufficio il {d}.", "Sarò di nuovo in ufficio il {d}."],
    "nl": ["Ik ben weer aanwezig op {d}.", "Vanaf {d} ben ik weer op kantoor."],
    "pt": ["Estarei de volta no dia {d}.", "Regressarei ao escritório a {d}."],
    "pl": ["Wracam {d}.", "Będę z powrotem w biurze {d}."],
    "sv": ["Jag är tillbaka den {d}.", "Jag är åter på kontoret {d}."],
    "da": ["Jeg er tilbage den {d}.", "Jeg er tilbage på kontoret {d}."],
    "no": ["Jeg er tilbake {d}.", "Jeg er tilbake på kontoret den {d}."],
    "fi": ["Palaan toimistolle {d}.", "Olen taas tavoitettavissa {d} alkaen."],
    "ja": ["{d}に出社いたします。", "{d}より通常業務に戻ります。"],
    "zh": ["我将于{d}返回办公室。", "我会在{d}回来。"],
    "ko": ["{d}에 복귀합니다.", "{d}부터 정상 근무합니다."],
}


def _generated() -> list[tuple[str, str, str, date | None, str]]:
    rows = []
    for lang in UNTIL:
        for day, sent in ((NOV20, "mon"), (DEC3, "mon"), (JAN4, "dec")):
            for sentence in UNTIL[lang]:
                rows.append((lang, sent, sentence.format(d=words(lang, day)), day + DAY, ""))
            for sentence in BACK[lang]:
                rows.append((lang, sent, sentence.format(d=words(lang, day)), day, ""))
    return rows


# Rows written one by one: weekdays, relative words, numeric orders, ordinals, times, years, ranges, odd notices.
WRITTEN: list[tuple[str, str, str, date | None, str]] = [
    # weekdays, sent on a Monday morning (9 Nov) and a Friday evening (13 Nov)
    ("en", "mon", "I'm out of the office until Friday.", D(2026, 11, 14), ""),
    ("en", "mon", "I am away through Wednesday and will reply when I return.", D(2026, 11, 12), ""),
    ("en", "mon", "I'm out today, back on Tuesday.", D(2026, 11, 10), ""),
    ("en", "mon", "Out of office, back Monday.", D(2026, 11, 16), ""),
    ("en", "mon", "I am out of the office until Monday 16 November.", D(2026, 11, 17), ""),
    ("en", "fri", "I'm away for the weekend, back Monday.", D(2026, 11, 16), ""),
    ("en", "fri", "I am out of the office until Monday.", D(2026, 11, 17), ""),
    ("en", "fri", "I'm out of the office until Wednesday and will answer then.", D(2026, 11, 19), ""),
    ("en", "fri", "Out of office. Returning Tuesday, 17 November.", D(2026, 11, 17), ""),
    ("de", "mon", "Ich bin bis Freitag nicht im Büro.", D(2026, 11, 14), ""),
    ("de", "fri", "Ich bin ab Montag wieder im Büro.", D(2026, 11, 16), ""),
    ("de", "fri", "Ich bin bis einschließlich Dienstag im Urlaub.", D(2026, 11, 18), ""),
    ("fr", "mon", "Je suis absent jusqu'à vendredi.", D(2026, 11, 14), ""),
    ("fr", "fri", "Je serai de retour lundi.", D(2026, 11, 16), ""),
    ("es", "fri", "Estaré fuera hasta el martes.", D(2026, 11, 18), ""),
    ("es", "mon", "Estoy de viaje, vuelvo el jueves.", D(2026, 11, 12), ""),
    ("it", "fri", "Sarò di nuovo in ufficio lunedì.", D(2026, 11, 16), ""),
    ("nl", "mon", "Ik ben tot en met vrijdag afwezig.", D(2026, 11, 14), ""),
    ("nl", "fri", "Ik ben maandag weer op kantoor.", D(2026, 11, 16), ""),
    ("sv", "fri", "Jag är tillbaka på måndag.", D(2026, 11, 16), ""),
    ("pl", "fri", "Wracam w poniedziałek.", D(2026, 11, 16), ""),
    # the sender's own clock: Monday 07:00 in Tokyo is Sunday in UTC; Sunday 20:00 in California is Monday in UTC
    ("en", "tokyo", "I am out of the office today and will be back on Monday.", D(2026, 11, 23), ""),
    ("en", "tokyo", "I'm away until Wednesday.", D(2026, 11, 19), ""),
    ("en", "pacific", "I'm out of the office, back Monday.", D(2026, 11, 16), ""),
    ("en", "pacific", "I am on vacation until Tuesday.", D(2026, 11, 18), ""),
    ("ja", "tokyo", "11月20日（金）まで不在にしております。", D(2026, 11, 21), ""),
    # relative words
    ("en", "mon", "I'm out today, back tomorrow.", D(2026, 11, 10), ""),
    ("en", "mon", "I am out of the office until tomorrow.", D(2026, 11, 11), ""),
    ("en", "fri", "I'm away today and back tomorrow.", D(2026, 11, 14), ""),
    ("de", "mon", "Ich bin heute nicht im Büro, ab morgen wieder erreichbar.", D(2026, 11, 10), ""),
    ("fr", "mon", "Je suis absent aujourd'hui, de retour demain.", D(2026, 11, 10), ""),
    ("es", "mon", "Hoy estoy fuera de la oficina, vuelvo mañana.", D(2026, 11, 10), ""),
    ("en", "mon", "I'm on holiday next week with no access to email.", D(2026, 11, 23),
     "spec-gap: away next week (16-20 Nov) is back the Monday after"),
    ("en", "fri", "I'm back next week.", D(2026, 11, 16), "spec-gap: 'back next week' is its Monday"),
    ("en", "mon", "I'm on leave and back in two weeks.", D(2026, 11, 23), "spec-gap: two weeks from the day sent"),
    ("en", "mon", "I am out of the office and will be back after the holidays.", None,
     "spec-gap: 'after the holidays' names no day: the default pause"),
    ("de", "dec", "Ich bin zwischen den Jahren nicht im Büro, ab dem neuen Jahr wieder da.", None,
     "spec-gap: 'the new year' is no day"),
    ("en", "mon", "I'm out for the rest of the week.", D(2026, 11, 16),
     "spec-gap: 'the rest of the week' is through Friday, back Monday"),
    ("en", "mon", "I am on parental leave until further notice.", None, ""),
    ("de", "mon", "Ich bin bis auf Weiteres nicht erreichbar.", None, ""),
    ("fr", "mon", "Je suis absente jusqu'à nouvel ordre.", None, ""),
    ("en", "mon", "I am currently out of the office with limited access to email.", None, ""),
    ("de", "mon", "Ich bin derzeit nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.", None, ""),
    # numeric dates: a number above 12 settles the order; else Content-Language, offset, then the text's language
    ("en", "mon", "I am out of the office until 20/11.", D(2026, 11, 21), ""),
    ("en", "newyork", "I am out of the office until 11/20.", D(2026, 11, 21), ""),
    ("en", "mon", "I will be back on 23/11/2026.", D(2026, 11, 23), ""),
    ("en", "newyork", "I will be back on 11/23/2026.", D(2026, 11, 23), ""),
    ("en", "mon", "Back on 2026-11-23.", D(2026, 11, 23), ""),
    ("en", "newyork", "I'm out until 12/3.", D(2026, 12, 4), ""),
    ("en", "pacific", "I'm out of office until 12/1 and will respond when I return.", D(2026, 12, 2), ""),
    ("en", "mon", "I'm out of office until 3/12.", D(2026, 12, 4), ""),
    ("en", "london", "I am on leave until 1/12.", D(2026, 12, 2), ""),
    ("en", "london", "Back on 7/12/2026.", D(2026, 12, 7), ""),
    ("en", "newyork", "Back on 12/7/2026.", D(2026, 12, 7), ""),
    ("en", "tokyo", "I am out of the office until 12/1.", None,
     "spec-gap: +09:00 (Japan writes month-first) — no settled order, so no date rather than a guess"),
    ("de", "mon", "Ich bin bis 3.12. nicht im Büro.", D(2026, 12, 4), ""),
    ("de", "pacific", "Ich bin bis zum 3.12. im Urlaub.", D(2026, 12, 4),
     "spec-gap: the README's order puts the offset before the text's language (13 March); a dotted date is "
     "day-first wherever it is written"),
    ("fr", "mon", "Je suis absent jusqu'au 3/12.", D(2026, 12, 4), ""),
    ("es", "mon", "Estaré fuera hasta el 3/12.", D(2026, 12, 4), ""),
    ("it", "mon", "Sarò assente fino al 03/12/2026.", D(2026, 12, 4), ""),
    ("nl", "mon", "Ik ben afwezig tot en met 3-12-2026.", D(2026, 12, 4), ""),
    ("pt", "mon", "Estarei ausente até 03/12.", D(2026, 12, 4), ""),
    ("pl", "mon", "Jestem na urlopie do 3.12.2026.", D(2026, 12, 4), ""),
    ("sv", "mon", "Jag är tillbaka 2026-12-03.", D(2026, 12, 3), ""),
    ("da", "mon", "Jeg er tilbage den 3/12.", D(2026, 12, 3), ""),
    ("no", "mon", "Jeg er tilbake 03.12.", D(2026, 12, 3), ""),
    ("fi", "mon", "Olen lomalla 3.12. asti.", D(2026, 12, 4), ""),
    ("ja", "tokyo", "2026/12/03に出社いたします。", D(2026, 12, 3), ""),
    ("zh", "tokyo", "我将于2026年12月3日返回办公室。", D(2026, 12, 3), ""),
    # ordinals
    ("en", "mon", "I'm away until the 20th.", D(2026, 11, 21), ""),
    ("en", "mon", "I'll be back on the 1st.", D(2026, 12, 1), ""),
    ("en", "mon", "I am out of the office until November 20th.", D(2026, 11, 21), ""),
    ("en", "mon", "Back on Monday the 23rd.", D(2026, 11, 23), ""),
    ("en", "mon", "I return on the 2nd of December.", D(2026, 12, 2), ""),
    ("fr", "mon", "Je serai de retour le 1er décembre.", D(2026, 12, 1), ""),
    ("de", "mon", "Ich bin ab dem 1. Dezember wieder im Büro.", D(2026, 12, 1), ""),
    ("es", "mon", "Vuelvo el 1º de diciembre.", D(2026, 12, 1), ""),
    # a time of day
    ("en", "mon", "I will be back at 14:00 on the 16th.", D(2026, 11, 16), ""),
    ("en", "mon", "I am out of the office until 12:00 on 16 November.", D(2026, 11, 16),
     "a time before 17:00 means back that day"),
    ("en", "mon", "I'm out until 16 November at 18:00.", D(2026, 11, 17), ""),
    ("en", "mon", "Out of office until Wednesday 1pm.", D(2026, 11, 11), ""),
    ("de", "mon", "Ich bin bis zum 16.11. um 12 Uhr nicht erreichbar.", D(2026, 11, 16), ""),
    ("fr", "mon", "Je suis absent jusqu'au 16 novembre midi.", D(2026, 11, 16), "midi is before 17:00"),
    # the year turns (sent 20 December)
    ("en", "dec", "I'm out of the office until 2 January.", D(2027, 1, 3), ""),
    ("en", "dec", "I am on holiday until 2/1.", D(2027, 1, 3), ""),
    ("en", "dec", "Back on the 4th.", D(2027, 1, 4), ""),
    ("en", "dec", "I'm away until Monday.", D(2026, 12, 22), ""),
    ("de", "dec", "Ich bin vom 21.12. bis 3.1. im Urlaub.", D(2027, 1, 4), ""),
    ("fr", "dec", "Je suis en congés du 21 décembre au 3 janvier inclus.", D(2027, 1, 4), ""),
    ("en", "dec", "Out of office 21 December – 3 January, back 4 January.", D(2027, 1, 4), ""),
    ("es", "dec", "Estaré de vacaciones hasta el 6 de enero.", D(2027, 1, 7), ""),
    # two-digit years
    ("de", "dec", "Ich bin bis 04.01.27 nicht im Büro.", D(2027, 1, 5), ""),
    ("en", "dec", "I am back on 04/01/27.", D(2027, 1, 4), ""),
    ("en", "newyork", "I am out of the office until 11/20/26.", D(2026, 11, 21), ""),
    ("nl", "mon", "Ik ben terug op 23-11-26.", D(2026, 11, 23), ""),
    # ranges
    ("en", "mon", "I am on leave from 16 to 20 November inclusive.", D(2026, 11, 21), ""),
    ("en", "mon", "Out of office 16-20 November.", D(2026, 11, 21), ""),
    ("en", "mon", "Out of office 16–20 Nov, back on the 23rd.", D(2026, 11, 23), ""),
    ("en", "mon", "I'll be away from Wednesday to Friday.", D(2026, 11, 14), ""),
    ("en", "mon", "On vacation Nov 16 - Nov 20.", D(2026, 11, 21), ""),
    ("de", "mon", "Ich bin vom 16. bis 20. November im Urlaub.", D(2026, 11, 21), ""),
    ("fr", "mon", "Je suis absent du 16 au 20 novembre.", D(2026, 11, 21), ""),
    ("es", "mon", "Estaré de vacaciones del 16 al 20 de noviembre.", D(2026, 11, 21), ""),
    ("it", "mon", "Sarò in ferie dal 16 al 20 novembre.", D(2026, 11, 21), ""),
    ("nl", "mon", "Ik ben van 16 t/m 20 november met vakantie.", D(2026, 11, 21), ""),
    ("pt", "mon", "Estarei de férias de 16 a 20 de novembro.", D(2026, 11, 21), ""),
    ("pl", "mon", "Jestem na urlopie od 16 do 20 listopada.", D(2026, 11, 21), ""),
    ("sv", "mon", "Jag har semester 16–20 november.", D(2026, 11, 21), ""),
    ("ja", "tokyo", "11月16日から11月20日まで休暇をいただいております。", D(2026, 11, 21), ""),
    # a date already past when sent: an old template left on
    ("en", "mon", "I am out of the office until 2 October.", None, "a date before the mail is skipped"),
    ("en", "mon", "I'm on holiday until 30/10/2026, back on 2/11/2026.", None, "both dates before the mail"),
    ("de", "dec", "Ich bin bis zum 20. November im Urlaub.", None, "a past date; next year's is 11 months on"),
    ("fr", "dec", "Je serai de retour le 1er décembre.", None, "past"),
    # two absences in one notice: the first return counts
    ("en", "mon", "I am out of the office until 11 November, and again from 23 to 27 November.", D(2026, 11, 12), ""),
    ("en", "mon", "I'm travelling 10-12 Nov and on leave 23-27 Nov. Back on 13 Nov.", D(2026, 11, 13), ""),
    ("de", "mon", "Ich bin bis 11.11. und vom 23. bis 27.11. abwesend.", D(2026, 11, 12), ""),
    # a date that is not the return: a meeting, a deadline, a phone number, a reference
    ("en", "mon", "I'm out of office until 20 November. The offsite on 2 December is still on.", D(2026, 11, 21), ""),
    ("en", "mon", "I am out of the office. For urgent matters call +44 20 7946 0958.", None, ""),
    ("en", "mon", "I am on leave. Invoices sent after 30 November will be paid in January.", None, ""),
    ("de", "mon", "Ich bin nicht im Büro. Anfragen zum Ticket 12.11.445 bitte an support@acme.test.", None, ""),
]


def rows() -> list[tuple[str, str, str, date | None, str]]:
    return _generated() + WRITTEN
