"""Return dates stated without a day of the month (pure; docs/READING.md "Return dates", rules 5 and 9): a weekday alone
("back on Monday": the next Monday after the day sent), a week number ("uge 32",
"KW 51", "week 32"), "next week" in words, the end of this month, and part of a month ("fin août", "early
September", "Mitte Januar", "hasta septiembre").

Each reads to a first day back the way a manager would plan around it: the earliest day the sender can be back.
Week numbers are ISO 8601 weeks, the numbering Nordic, German and Dutch calendars print; a week starts on Monday.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from mailer.reading.returnwords import MONTH_STEMS, ON, UNTIL

# Words that may stand between the rule's words and the week ("i uge 32", "in week 32", "fra og med uge 32").
_FILLER = r"(?:(?:in|i|en|la|le|der|die|the|på|fra|from|og|med|et|y|und|and|de|du|ab|vanaf|om|of|week)\s+){0,3}"
_WEEK_RE = re.compile(
    r"^\s*" + _FILLER + r"(?:week|wk\.?|uge|ugerne|uke|ukene|vecka|veckorna|v\.|kw|kalenderwoche|woche|semaine|"
    r"semana|settimana|viikko|viikolla|tydzień|týden)\s*(\d{1,2})"
    r"(?:\s*(?:[-–/]|to|til|till|bis|à|au|a|al|t/m|tot|og|and|und|et|y)\s*(\d{1,2}))?\b", re.I)

# "next week" in words: back on that week's Monday (dateparser reads it as seven days on, a Wednesday if sent on one).
_NEXT_WEEK_RE = re.compile(
    r"^\s*(?:(?:on|in|i|la|el|en|the|am|an|de|na|in der)\s+)?"
    r"(?:next week|the following week|semaine prochaine|semaine suivante|semana que viene|próxima semana|"
    r"semana próxima|nächste[nr]? woche|kommende[nr]? woche|næste uge|nästa vecka|neste uke|volgende week|"
    r"komende week|prossima settimana|settimana prossima|semana que vem|ensi viikolla|(?:w )?przyszłym tygodniu|"
    r"příští týden)\b", re.I)

# "through the end of the week", "for the rest of the week": back the Monday after.
_WEEK_END_RE = re.compile(
    r"^\s*(?:(?:the|la|a|al|by|for)\s+)?(?:(?:end|rest|remainder) of (?:the|this) week|fin de (?:la|cette) semaine|"
    r"final(?:es)? de (?:la|esta) semana|ende (?:der|dieser) woche|resten af ugen|slutningen af ugen|"
    r"resten av veckan|slutet av veckan|eind van de week|rest van de week)\b", re.I)
# "until the end of the month": through this month's last day.
_MONTH_END_RE = re.compile(
    r"^\s*(?:(?:the|la|à la|a|al|by)\s+)?(?:end of (?:the|this) month|fin (?:du|de) mois|fin de mes|"
    r"finales de mes|fine (?:del )?mese|monatsende|ende (?:des|dieses) monats|slutningen af måneden|"
    r"slutet av månaden|slutten av måneden|eind van de maand)\b", re.I)

# Part of a month before its name: the end ("fin août", "the end of August", "i slutningen af juli") is its last
# day; the start ("début septembre", "early September", "primi di settembre") its 1st; the middle its 15th.
END, START, MIDDLE = "end", "start", "middle"
_LEAD_END = r"(?:\s+|(?<=['’-]))"  # a whole word ("fine dicembre" is not "fin"), or one joined by ' or -
_PART_RES = (
    (END, re.compile(r"^\s*(?:(?:at|by|around|à|a|zu|i|om|per|in)\s+)?"
                     r"(?:(?:the\s+)?end\s+of|la\s+fin\s+d[eu']?|fin(?:\s+d[eu'])?|ende|final(?:es)?\s+de|"
                     r"fines\s+de|fine(?:\s+di)?|fim\s+de|eind|slutningen\s+af|slutet\s+av|slutten\s+av)"
                     + _LEAD_END, re.I)),
    (START, re.compile(r"^\s*(?:(?:at|by|around|au|à|a|zu|i|om|in|het|agli|ai)\s+)?"
                       r"(?:early|(?:the\s+)?(?:beginning|start)\s+of|début(?:\s+d[eu'])?|anfang|principios\s+de|"
                       r"comienzos\s+de|inicios?\s+de|primi\s+di|inizio|início\s+de|begin|starten\s+af|"
                       r"begyndelsen\s+af|början\s+av|starten\s+av)" + _LEAD_END, re.I)),
    (MIDDLE, re.compile(r"^\s*(?:(?:at|by|around|à|a|zu|i|om|in)\s+)?(?:mid-?|(?:la\s+)?mi-|mitte|mediados\s+de|"
                        r"metà|meados\s+de|midten\s+af|mitten\s+av|midten\s+av|half)" + _LEAD_END, re.I)),
)
# Weekdays that start like a month (Spanish "martes", French "mardi", Finnish "maanantai", Romanian "marți").
_NOT_MONTHS = ("mard", "marte", "marţi", "marți", "maan")


# Weekday names, Monday first, in the languages whose rules may point at a weekday alone (Polish, Czech and Russian
# as "do piątku", "do pátku", "до пятницы" decline them).
_WEEKDAY_NAMES = (
    ("monday", "montag", "lundi", "lunes", "lunedì", "maandag", "segunda", "måndag", "mandag", "mon",
     "poniedziałku", "poniedziałek", "pondělí", "понедельника", "понедельник"),
    ("tuesday", "dienstag", "mardi", "martes", "martedì", "dinsdag", "terça", "tisdag", "tirsdag", "tue", "tues",
     "wtorku", "wtorek", "úterý", "вторника", "вторник"),
    ("wednesday", "mittwoch", "mercredi", "miércoles", "mercoledì", "woensdag", "quarta", "onsdag", "wed",
     "środy", "środa", "středy", "středa", "среды", "среда"),
    ("thursday", "donnerstag", "jeudi", "jueves", "giovedì", "donderdag", "quinta", "torsdag", "thu", "thurs",
     "czwartku", "czwartek", "čtvrtka", "čtvrtek", "четверга", "четверг"),
    ("friday", "freitag", "vendredi", "viernes", "venerdì", "vrijdag", "sexta", "fredag", "fri",
     "piątku", "piątek", "pátku", "pátek", "пятницы", "пятница"),
    ("saturday", "samstag", "samedi", "sábado", "sabato", "zaterdag", "lördag", "lørdag", "sat",
     "soboty", "sobota", "субботы", "суббота"),
    ("sunday", "sonntag", "dimanche", "domingo", "domenica", "zondag", "söndag", "søndag", "sun",
     "niedzieli", "niedziela", "neděle", "воскресенья", "воскресенье"),
)
_WEEKDAY_OF = {name: index for index, names in enumerate(_WEEKDAY_NAMES) for name in names}
# A weekday with no date after it ("back on Monday", "jusqu'à lundi prochain", "til mandag"), not "Monday 7 December"
# nor "Monday, December 14".
_WEEKDAY_ALONE_RE = re.compile(
    r"^\s*(?:(?:on|le|el|am|den|på|op|il|o|na|a|next|this|prochain|próximo|prossimo|nächsten|kommenden)\s+)?"
    r"(" + "|".join(sorted(_WEEKDAY_OF, key=len, reverse=True)) + r")\b(?:-feira)?\.?"
    # no number near: "Monday, December 14", "lunes día 10" are dates; a count of days or weeks is none ("back on
    # Monday and will reply within 2 days", "bis Freitag, 2 Tage mehr als geplant")
    r"(?![^;\n]{0,25}\d(?!\d*\s*(?:days?|weeks?|hours?|months?|jours?|semaines?|heures?|mois|tagen?|wochen?|stunden?|"
    r"monate?n?|dage?|uger?|timer|måneder|días|semanas|horas|meses|giorni|settimane|ore|mesi|dagen|weken|uur|"
    r"maanden|dias|dagar|veckor|timmar|månader)\b))", re.I)


def weekday_alone(window: str, sent: date) -> date | None:
    """The next such weekday after the day the mail was sent, when the window names a weekday and no date:
    "back on Monday" sent on a Monday is the next Monday, not that day.

    >>> weekday_alone("Monday.", date(2026, 12, 7))  # a Monday
    datetime.date(2026, 12, 14)
    """
    m = _WEEKDAY_ALONE_RE.match(window)
    if m is None:
        return None
    ahead = (_WEEKDAY_OF[m.group(1).lower()] - sent.weekday()) % 7 or 7
    return sent + timedelta(days=ahead)


def _next_iso_week(base: date, week: int) -> int:
    """The year of the next week numbered `week` from base's week on (this year's, or next year's if gone)."""
    year, this_week, _ = base.isocalendar()
    return year if week >= this_week else year + 1


def week_or_relative(window: str, base: date, kind: str) -> tuple[date, str] | None:
    """A week number, "next week" or "the end of the month" at the start of the window: (date, kind), or None.

    >>> week_or_relative("uge 32", date(2026, 6, 1), "until")  # away through week 32: its Sunday
    (datetime.date(2026, 8, 9), 'until')
    """
    if m := _WEEK_RE.match(window):
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        # "uge 52-1", "KW 51-2": a range may cross the year's end; its last week is then next year's
        if not 1 <= first <= 53 or not 1 <= last <= 53:
            return None
        try:
            if kind == UNTIL:  # "til og med uge 32", "bis KW 32": through that week's Sunday
                return date.fromisocalendar(_next_iso_week(base, last), last, 7), UNTIL
            return date.fromisocalendar(_next_iso_week(base, first), first, 1), ON
        except ValueError:  # week 53 of a year that has 52
            return None
    if _NEXT_WEEK_RE.match(window) or _WEEK_END_RE.match(window):
        return base + timedelta(days=7 - base.weekday()), ON
    if _MONTH_END_RE.match(window):
        return base.replace(day=calendar.monthrange(base.year, base.month)[1]), kind
    return None


def month_part(window: str) -> tuple[str | None, str]:
    """The part of a month the window starts with (END, START, MIDDLE or None) and the window without it."""
    for part, regex in _PART_RES:
        if m := regex.match(window):
            rest = window[m.end():]
            if rest[:1].isalpha():
                return part, rest
    return None, window


def is_month_only(found: str) -> bool:
    """Is dateparser's match a month with no day ("Dezembro 2004", "of December", "septiembre")? A 4-digit
    number after a month is its year, never a day."""
    if re.search(r"\d", re.sub(r"(?<!\d)\d{4}(?!\d)", "", found)):
        return False
    return any(word.startswith(MONTH_STEMS) and not word.startswith(_NOT_MONTHS)
               for word in re.findall(r"[^\W\d_]{3,}", found.lower()))


def in_month(when: date, base: date, part: str | None, kind: str, has_year: bool = False) -> tuple[date, str]:
    """A month named without a day, placed: its end is its last day (kind kept: "until the end of August" is back
    on 1 September), and so is its middle, the 15th ("bis Mitte Dezember": back on the 16th); its start or a month
    alone is its 1st, the first day back ("until September", "hasta septiembre": back when September starts). This month is this year's, not the
    next ("until the end of December" sent on 2 December)."""
    if not has_year and (when.year, when.month) == (base.year + 1, base.month):
        when = when.replace(year=base.year)
    if part == END:
        return when.replace(day=calendar.monthrange(when.year, when.month)[1]), kind
    if part == MIDDLE:  # "bis Mitte Dezember": away through the 15th, back the 16th; "back mid-December": the 15th
        return when.replace(day=15), kind
    return when.replace(day=1), ON
