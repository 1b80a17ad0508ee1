"""The first day back an out-of-office states, relative to the mail's Date (pure; docs/READING.md "Return dates").

Words (reading/returnwords.py) say where a date stands and what it means; numeric dates are read by
reading/numericdates.py, dates without a day by reading/vaguedates.py, CJK dates by reading/cjkdates.py, dates in
words by dateparser, whose cost is bounded: only the first 1,500 characters are read, each window is 60
characters, and at most _DATEPARSER_CALLS searches run per mail.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from email.message import Message
from email.utils import parsedate_tz

from mailer.reading.cjkdates import cjk_dates
from mailer.reading.datetext import prepared
from mailer.reading.numericdates import (month_first, named_weekday, numeric_date, numeric_in, offset_minutes,
                                         written_order)
from mailer.reading.returnwords import AFTER, BEFORE, ON, TRIGGER_RES, UNTIL, WEEKDAYS, YEAR_FIRST
from mailer.reading.text import header_text
from mailer.reading.vaguedates import in_month, is_month_only, month_part, week_or_relative, weekday_alone

_DATEPARSER_CALLS = 12  # a real notice states its date in its first few mentions; odd texts stop here
_TRIES_PER_RULE = 4
_WINDOW = 60

# Ordinals: "1er", "1re", "1st", "2nd", "4th", "1º", "1." "7-го" before a month word → the bare number.
_ORDINAL_RE = re.compile(r"\b(\d{1,2})(?:er|re|e|st|nd|rd|th|º|°|ª|\.|-го|-е|-ого)(?=\s*[^\W\d_])", re.I)
_DAY_WORD_RE = re.compile(r"\b(?:d(?:[ií]|[?\ufffd]{1,2})a|giorno)\s+(?=\d)", re.I)  # also "d?a", its í lost
# Italian and French elision before a number ("l'11 gennaio", "dall'8"), which hides the number from dateparser.
_ELISION_RE = re.compile(r"\b[a-z]{0,3}l['’](?=\d)", re.I)
# Turkish case endings on a date ("7 Aralık'a", "Pazartesi'ye"), which dateparser does not know.
_SUFFIX_RE = re.compile(r"(?<=\w)['’][^\W\d_]{1,5}\b")


# A day alone with its ordinal ("back on the 7th", "Monday the 7th", "the 12th from 9 to 5"): the next such day of a
# month; before a month's name it is a whole date, for dateparser.
_BARE_DAY_RE = re.compile(r"^\s*(?:(?:on|the)\s+)*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?"
                          r"(\d{1,2})(?:st|nd|rd|th)\b"
                          r"(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.I)


# Outside English a day alone needs no ordinal: "de retour le 7.", "regreso el día 7", "fino al 4.", "bis zum 4. nicht".
# A weekday may name it ("hasta el lunes 10", "el próximo lunes día 10", "jusqu'au lundi 7 inclus", "am Montag, den 14.").
_BARE_NUMBER_RE = re.compile(
    r"^\s*(?:(?:pr(?:ó|o|[?\ufffd]{1,2})ximo|prochain|prossimo|nächsten)\s+)?(?:" + WEEKDAYS + r",?\s+(?:den\s+|der\s+|le\s+|el\s+)?)?(\d{1,2})\.?"
    r"(?=\s*(?:$|[,;:!?)]|(?:und|et|e|y|en|och|og|and|nicht|non|no|pas|"
    r"inclus|incluse|compris|incluido|incluida|inclusive|incluso|inklusive|included|wieder|zurück)\b))", re.I)


# Office hours after a trigger word ("available from 9 to 17 hrs", "erreichbar von 8:30 bis 16:00 Uhr", "de 9h à
# 17h", "from 9 to 5"): a range of hours, which dateparser would read as a day. Both ends in hh:mm (not "9.11": a
# German day), a unit of hours after the second, or a second number below a first of at most 12 tell it from a range
# of days ("from 9 to 17 November", "von 9.11. bis 13.11.").
_HOUR_END = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:h|hrs?|uhr|uur|heures|horas|ore|o'clock|[ap]\.?\s?m\b\.?)"
_HOURS_RANGE_RE = re.compile(
    r"^\s*(?:(?:from|von|de|des|dalle|van|desde)\s+)?(?:\d{1,2}[:h]\d{2}\s*(?:h|uhr|[ap]\.?\s?m\.?)?\s*"
    r"(?:to|till|until|-|–|bis|à|a|alle|tot|até|hasta)\s*\d{1,2}[:h]\d{2}"
    r"|\d{1,2}(?:[:h]\d{2})?\s*(?:h|hrs?|uhr|[ap]\.?\s?m\.?)?\s*(?:to|till|until|-|–|bis|à|a|alle|tot|até|hasta)\s*"
    + _HOUR_END + r")(?!\w)", re.I)
_FALLING_RANGE_RE = re.compile(r"^\s*(?:(?:from|von|de|van|desde)\s+)?(\d{1,2})\s*(?:to|-|–|bis|à|a|tot|até|hasta)\s*"
                               r"(\d{1,2})(?![\d.:/])(?!\s*(?:of\s+)?[^\W\d_]{3})")


def _office_hours(window: str) -> bool:
    if _HOURS_RANGE_RE.match(window):
        return True
    falling = _FALLING_RANGE_RE.match(window)
    return bool(falling) and int(falling.group(2)) < int(falling.group(1)) <= 12


def _bare_day(window: str, base: date, english: bool = True) -> date | None:
    m = _BARE_DAY_RE.match(window) or (None if english else _BARE_NUMBER_RE.match(window))
    if m is None:
        return None
    day, year, month = int(m.group(1)), base.year, base.month
    for _ in range(3):  # this month's, or the next month that has that day
        try:
            found = date(year, month, day)
            if found >= base:
                return found
        except ValueError:
            pass
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _words_date(window: str, langs: str, base: datetime, side: str, kind: str) -> tuple[date, str] | None:
    """The date in words the window points at, and its kind (a month without a day may turn "until" into "on")."""
    # dateparser's language guess fails on "4 ledna 2027." but not without the dot
    part, window = month_part(window.rstrip(" .,;:!?"))
    # "back on the 12th and will reply then": the ordinal goes before a word below, so an English day alone is read first
    if side == AFTER and langs.split()[0] == "en" and (day := _bare_day(window, base.date())) is not None:
        return day, kind
    window = _ELISION_RE.sub("", _SUFFIX_RE.sub("", _ORDINAL_RE.sub(r"\1", window)))
    # "Dec. 7" would be read as "Dec" (day defaulting to today's) and a stray "7".
    window = re.sub(r"\b([^\W\d_]{3,5})\.(?=\s*\d)", r"\1", window)
    # "el día 7 de diciembre", "no dia 7", "il giorno 7": dateparser reads the word "day" as today.
    window = _DAY_WORD_RE.sub("", window)
    # dateparser reads "the 7th" as a month and a lone "7" as nothing
    if side == AFTER and (day := _bare_day(window, base.date(), langs.split()[0] == "en")) is not None:
        return day, kind
    from dateparser.search import search_dates  # slow import; only paid when an OOO is parsed

    lang = langs.split()[0]
    order = "YMD" if lang in YEAR_FIRST else "MDY" if lang == "en" else "DMY"
    # A month without a day takes its 1st, not today's day ("até Dezembro 2004" sent on 2 September is no 2 December).
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "DATE_ORDER": order,
                "PREFER_DAY_OF_MONTH": "first"}
    try:
        hits = search_dates(window, languages=list(dict.fromkeys((*langs.split(), "en"))), settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises many kinds on odd text: no date then
        return None
    found = [(text, when) for text, when in hits or () if len(text.strip()) >= 3 and not text.strip().isdigit()]
    if not found:
        return None
    text, when = found[-1] if side == BEFORE else found[0]
    if is_month_only(text):  # "jusqu'à fin août", "hasta septiembre", "until December 2004"
        return in_month(when.date(), base.date(), part, kind, bool(re.search(r"\d{4}", text)))
    if side == AFTER:
        # "bis Freitag, den 4. Dezember": a weekday before the date names the same day; the date says which one.
        dated = [(text, when) for text, when in found if re.search(r"\d", text)]
        text, when = dated[0] if dated and not re.search(r"\d", found[0][0]) else found[0]
    return _not_a_year_on(when.date(), base.date(), text), kind


def _not_a_year_on(when: date, base: date, text: str) -> date:
    """dateparser puts a year-less date that is today a year on ("on 7 December" sent at 9:00 on 7 December): today."""
    if re.search(r"\d{4}", text) or when.year <= base.year:
        return when
    if (when.month, when.day) == (2, 29):  # dateparser skips to the leap year after this one's 29 February
        return next((date(year, 2, 29) for year in range(base.year, when.year)
                     if calendar.isleap(year) and date(year, 2, 29) >= base), when)
    earlier = when.replace(year=when.year - 1)
    return earlier if earlier >= base else when


# A dot ends a sentence before a word, but not after a day ("7. Dezember"); after a year it does when a capital
# follows ("le mardi 3 janvier 2006. Joyeux Noël": the rest would stop dateparser; "2026. december 7." is Hungarian).
# A "?" inside a word is a letter a gateway lost ("el d?a 10", "p?? kontoret"), no question's end.
_SENTENCE_END = re.compile(r"[;!\n。！？]|(?<![^\W\d_]\?)\?(?![?\w])|(?<!\d)\.\s+(?=[^\W\d_])"
                           r"|(?<=\d{4})\.\s+(?=[A-ZÀ-ÖØ-Þ])")


# A time of day next to the date: "until 1:00 PM on Monday", "December 7 at 10 a.m.", "à 18h", "13:30", "9 Uhr".
_TIME_RE = re.compile(r"(?:\b(?:at|à|a las|alle|om|um|às)\s+)?\b(\d{1,2})(?:[:h.](\d{2}))?\s*([ap])\.?\s?m\b\.?"
                      r"|(?:\b(?:at|à|a las|alle|om|um|às)\s+)?\b(\d{1,2})"
                      r"(?::(\d{2})|h(\d{2})?\b|\s*(?:uhr|uur|heures?|horas?)\b)", re.I)
# Parts of a day in words: "au matin", "in the morning", "am Vormittag", "por la mañana", "au soir", "abends".
_PART_OF_DAY = re.compile(r"\b(?:(?:au|le|in the|am|por la|di|in|de)\s+)?(matin|morning|vormittag|morgen|mañana|"
                          r"mattina|mattinata|ochtend|soir|evening|abend|noche|sera|avond|"
                          r"midi|noon|midday|mittag|mediodía|mezzogiorno|meio-dia)\b", re.I)
# Noon is inside the working day: "jusqu'au 16 novembre midi" is back that afternoon, as "until 12:00" is.
_PART_HOURS = {"soir": 19, "evening": 19, "abend": 19, "noche": 20, "sera": 19, "avond": 19,
               **dict.fromkeys(("midi", "noon", "midday", "mittag", "mediodía", "mezzogiorno", "meio-dia"), 12)}
_END_OF_DAY = 17  # "until 5:30 pm" is the end of that working day; "until 1 pm" is back that afternoon


def _time_of_day(window: str) -> tuple[str, int | None]:
    """The window without its time of day, and that time's hour (24-hour clock), or None."""
    m = _TIME_RE.search(window)
    if m is None:
        part = _PART_OF_DAY.search(window)
        if part is None or not re.search(r"\d", window[:part.start()]):
            return window, None  # "mañana" alone is "tomorrow"; only a part of a day after the date counts
        return window[:part.start()] + " " + window[part.end():], _PART_HOURS.get(part.group(1).lower(), 9)
    if m.group(1):
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
    else:
        hour = int(m.group(4))
    if hour > 23:
        return window, None
    return window[:m.start()] + " " + window[m.end():], hour


# An "until" date said not to be included: "non inclus", "exclusive", "ausschließlich", "no incluido", closing the
# date's clause. Before more words they mean "only": "bis 10.12. ausschließlich telefonisch erreichbar", "until 10
# December, exclusively reachable by phone" is away through the 10th.
_EXCLUSIVE_RE = re.compile(r"\b(?:non inclus|non compris|exclus|exclusive(?:ly)?|not included|ausschlie(?:ß|ss)lich|"
                           r"exklusive|no incluido|excluido|escluso|esclusa|niet inbegrepen)\b"
                           r"(?=\s*(?:$|[,.;:!)\]]|(?:and|et|und|y|e|en|og|och)\b))", re.I)


_SCRIPTS = {"cyrillic": re.compile("[\u0400-\u04ff]"), "greek": re.compile("[\u0370-\u03ff]"),
            "hebrew": re.compile("[\u0590-\u05ff]"), "arabic": re.compile("[\u0600-\u06ff]"),
            "devanagari": re.compile("[\u0900-\u097f]")}
_SCRIPT_OF = {"ru": "cyrillic", "uk": "cyrillic", "el": "greek", "he": "hebrew", "ar": "arabic", "hi": "devanagari"}


def _windows(text: str) -> list[tuple[int, int, str, str, str, str]]:
    """(position, rule order, window, languages, kind, side) for each place a return-date rule points at."""
    found = []
    # Rules written in Cyrillic or Greek cannot match a text without those letters: most texts skip them.
    scripts = {name for name, letters in _SCRIPTS.items() if letters.search(text)}
    for order, (regex, langs, kind, side) in enumerate(TRIGGER_RES):
        if langs.split()[0] in _SCRIPT_OF and _SCRIPT_OF[langs.split()[0]] not in scripts:
            continue
        for tries, m in enumerate(regex.finditer(text)):
            if tries == _TRIES_PER_RULE:
                break
            if side == AFTER:
                window = _SENTENCE_END.split(text[m.end(): m.end() + _WINDOW])[0]
            else:
                window = _SENTENCE_END.split(text[max(0, m.start() - _WINDOW): m.start()])[-1]
            found.append((m.start(), order, window, langs, kind, side))
    return sorted(found)


def written_at(sent: datetime, msg: Message | None) -> datetime:
    """When the notice was written, on the sender's own clock: "back on Monday" sent at 08:00 on Monday in Sydney
    (Sunday in UTC) is next Monday. From the Date header's wall clock; a mail whose archive dropped or garbled its
    Date (the caller then passes the time it was seen) is dated by its newest Received stamp; else sent."""
    if msg is None:
        return sent
    # the newest Received stamp is the topmost one that has a date (an LMTP or local hop may write none)
    received = [str(value).rsplit(";", 1)[-1] for value in (msg.get_all("Received") or []) if ";" in str(value)]
    stamps = [header_text(msg, "Date")] + received[:1]
    for stamp in stamps:
        parsed = parsedate_tz(str(stamp)) if stamp else None
        if parsed and parsed[0] > 1970:
            try:
                return datetime(*parsed[:6])
            except ValueError:
                continue
    return sent


# Where a quoted original starts below the notice: a ">" line, an "Original Message" rule, a quote header ("On …
# wrote:") or a header block's "From:" line with an address. Its dates are the original's, not the return: "Out
# until 14 December" above "> He is back on 11 December" is back on the 15th. (A "Von: 30.11." label without an
# address stays: some templates write their dates so.)
_QUOTED_RE = re.compile(
    r"^[ \t]*(?:>|-{2,}\s*(?:original|forwarded|ursprüngliche|message d'origine|mensaje original|messaggio originale)|"
    r"(?:from|von|de|da|van|från|fra|od|от)\s*:[^\n]*@|"
    r"(?:on|am|le|el|il|op|em|den|dne)\s[^\n]{0,120}(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|"
    r"skrev|napsal|написал|написала)\s*:)", re.IGNORECASE | re.MULTILINE)


def _before_quote(text: str) -> str:
    cut = _QUOTED_RE.search(text, 0, 3000)
    return text[:cut.start()] if cut and cut.start() > 0 else text


def ooo_return_date(text: str, sent: datetime, msg: Message | None = None) -> date | None:
    """The first day the sender says they are back, relative to the message's Date (sent).

    Pass the reply text (optionally prefixed with the subject); msg, when given, lends its Content-Language
    and Date offset to the day/month order. "until/through/bis/jusqu'au X" means away through X, so the day
    after X is returned. An explicit "back on X" wins over "until"; otherwise the earliest mention wins.

    >>> ooo_return_date("Ich bin bis einschließlich 4.12. nicht im Büro.", datetime(2026, 11, 30))
    datetime.date(2026, 12, 5)
    """
    own = _before_quote(text)
    # A notice whose own words state no date (a forwarded one, under its header block) is read whole, as before.
    found = _return_date(own, sent, msg)
    return found if found is not None or own == text else _return_date(text, sent, msg)


def _return_date(text: str, sent: datetime, msg: Message | None) -> date | None:
    text = prepared(text)
    content_language = header_text(msg, "Content-Language") if msg is not None else ""
    offset = offset_minutes(msg)
    sent = written_at(sent, msg).replace(tzinfo=None)
    base = sent
    candidates: list[tuple[int, date, str, bool]] = [(pos, when, kind, False) for pos, when, kind
                                                     in cjk_dates(text, base.date())]
    day_first_text = bool(candidates)  # CJK dates found: the text is not (only) English
    english_numeric: list[tuple[int, re.Match[str], str, str]] = []
    calls = 0
    windows = _windows(text)
    english_at = {pos for pos, _, _, langs, _, _ in windows if langs == "en"}  # English "till" is also Swedish
    for pos, _, window, langs, kind, side in windows:
        if side == AFTER and _office_hours(window):
            continue  # "available from 9 to 17 hrs": office hours, not a day
        window, hour = _time_of_day(window)
        if kind == UNTIL and hour is not None and hour < _END_OF_DAY:
            kind = ON  # "until 1:00 PM on Monday 7": back that afternoon, not the day after
        if kind == UNTIL and _EXCLUSIVE_RE.search(window):
            kind = ON  # "jusqu'au 10 janvier non inclus": the 10th is the first day back
        # "Until X" may be yesterday: a responder left on a day too long ("7.6 - 13.6" sent on 14 June is back
        # today), so a year-less X is the next one from the day before the mail, not a year on.
        ref = base - timedelta(days=1) if kind == UNTIL else base
        if side == AFTER and (day := weekday_alone(window, base.date())) is not None:
            if hour is not None and day == base.date() + timedelta(days=7) and hour > base.hour:
                day = base.date()  # "until 1 pm on Monday" sent at 9 on a Monday: back that afternoon
            candidates.append((pos, day, kind, False))  # "until Monday" sent on a Monday: the next Monday
            day_first_text = day_first_text or pos not in english_at
            continue
        if side == AFTER and (vague := week_or_relative(window, base.date(), kind)) is not None:
            when, kind = vague  # "til og med uge 32", "back next week": no dateparser call
            candidates.append((pos, when, kind, False))
            day_first_text = day_first_text or pos not in english_at
            continue
        numeric = numeric_in(window, side)
        if numeric is not None and langs == "en":
            english_numeric.append((pos, numeric, kind, window))  # its order may hang on the text's other language
            continue
        if numeric is not None and pos in english_at:
            continue  # "till 02/12": read as English (the Swedish rule is for "till den 4 december")
        if numeric is not None:
            when = numeric_date(numeric, ref.date(), False)
        elif calls < _DATEPARSER_CALLS:
            calls += 1
            when, kind = _words_date(window, langs, ref, side, kind) or (None, kind)
        else:
            continue
        if when is not None:
            candidates.append((pos, when, kind, bool(re.search(r"\d{4}", window))))
            day_first_text = day_first_text or pos not in english_at
    written = written_order(text)  # "from 30/11 to 04/12": the text's own dates beat any header's hint
    monthfirst = month_first("en", content_language, offset, day_first_text) if written is None else written
    for pos, numeric, kind, window in english_numeric:
        ref = base - timedelta(days=1) if kind == UNTIL else base
        when = numeric_date(numeric, ref.date(), monthfirst, english=True)
        other = numeric_date(numeric, ref.date(), not monthfirst, english=True)
        named = named_weekday(window[:numeric.start()])
        if when and other and named is not None and when.weekday() != named == other.weekday():
            when = other  # "back on Monday 7/12": the order whose day is a Monday
        if when is not None:
            candidates.append((pos, when, kind, bool(re.search(r"\d{4}", window))))
    best: tuple[int, int, date] | None = None
    for pos, when, kind, has_year in candidates:
        if kind == UNTIL:
            when += timedelta(days=1)
        if has_year and sent.month == 12 and when.year == sent.year and when.month <= 2 and when.day <= 28:
            when = when.replace(year=when.year + 1)  # written in December, last year's habit: "back 4 January 2026"
        if when < sent.date():
            continue  # a date in the past is the start of the absence or a quoted header
        if when > sent.date() + timedelta(days=183) and not has_year:
            continue  # a year-less date pushed far into the future was really a past one
        rank = (0 if kind == ON else 1, pos)
        if best is None or rank < best[:2]:
            best = (*rank, when)
    return best[2] if best else None
