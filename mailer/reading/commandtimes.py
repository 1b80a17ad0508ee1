"""When a manager's command says: a snooze's end ("3d", "until Monday", "12/14") and a decision's time
("interview on Monday"). Pure: "now" and the manager's time zone come in."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import dateparser

from mailer.reading import snoozewords

MAX_SNOOZE = timedelta(days=90)
# Words that snooze when a readable time follows ("I'll get back to you next week", "ping me on the 14th", "Relance-moi
# lundi"); with none they start an ordinary sentence ("Ping me when she replies", "Rappelle-moi quand tu peux",
# "Avísame si necesitas algo"), so no help reply, where "snooze whenever" asks for help.
SOFT_SNOOZE_WORDS = ("back to you", "get back to you", "i'll get back to you", "i will get back to you", "ping me",
                     "ask me again", "ich melde mich", "erinnere mich", "erinner mich", "je te reviens",
                     "je reviens vers toi", "relance-moi", "rappelle-moi", "te digo algo", "recuérdamelo", "recuérdame",
                     "avísame", *snoozewords.SOFT_SNOOZE_WORDS)
_SNOOZE_PREFIX = re.compile(r"(?:until|till|til|'til|to|on|for|in|bis|am|ab|jusqu'à|jusqu'au|le|dans|d'ici|"
                            r"hasta el|hasta|el|en|dentro de)\s+")
_DURATION = re.compile(r"(\d+(?:\.\d+)?|an?|one)\s*(h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|"
                       r"tagen?|wochen?|jours?|semaines?|d[ií]as|semanas?)")
# By first letter; a month counts as 30 days. Tag/jour are days, semaine/semana weeks.
_UNIT_DAYS = {"h": 1 / 24, "d": 1, "w": 7, "m": 30, "t": 1, "j": 1, "s": 7}
_NEXT_WEEK = frozenset({"next week", "nächste woche", "kommende woche", "la semaine prochaine", "semaine prochaine",
                        "la semana que viene", "semana que viene", "la próxima semana", "próxima semana"})
_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


# A decision followed only by when ("interview on Monday", "hold until next week", "Interview 12/10/2026 2:00 PM")
# is that decision with the time as its comment; any other word after it leaves a sentence, read by sentences.py.
TIMED_VERBS = frozenset({"interview", "hold"})
_TIME_WORD = re.compile(
    r"(?:on|at|this|next|until|till|by|from|around|the|of|in|a|please|asap|today|tomorrow|tonight|morning|afternoon|"
    r"evening|week|month|am|pm|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|"
    # The same in German, French and Spanish ("Interview am Montag", "Entretien lundi", "Entrevista el lunes").
    r"am|um|uhr|le|el|la|à|a|las|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|(?:lun|mar|mercre|jeu|vendre|same)di|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|nächste[nr]?|woche|semaine|prochaine|"
    r"semana|que|viene|próxima|morgen|demain|mañana|"
    # parts of a day: "jeudi après-midi", "el jueves por la tarde", "Dienstag Vormittag"
    r"apr[eè]s-midi|matin(?:ée)?|soir|por|tarde|noche|(?:nach|vor)mittags?|abends?|"
    r"\d{1,2}(?:st|nd|rd|th|am|pm|h)|\d+[:./-][\d:./-]*(?:am|pm|h)?)[.,!]*", re.I)  # a bare "2" is no time


def only_a_time(rest: str) -> bool:
    """Is `rest` only a time ("on Monday", "12/10/2026 2:00 PM", "next week please")? It must name one: a day, a
    date, a time or a week, not only filler words."""
    words = rest.split()
    return bool(words) and all(_TIME_WORD.fullmatch(w) or _other_time_word(w) for w in words) and "?" not in rest \
        and any(not re.fullmatch(r"(?:on|at|this|by|from|around|the|of|in|a|please|until|till|am|um|le|el|la|à|las|"
                                 r"que|por)[.,!]*", w, re.I) and w.lower() not in snoozewords.TIME_FILLERS
                for w in words)


def _other_time_word(word: str) -> bool:
    """A word of a time in Dutch, Italian, Portuguese, Polish, Swedish, Danish or Norwegian (snoozewords.py)."""
    return word.lower().strip(".,!") in snoozewords.TIME_WORDS | snoozewords.TIME_FILLERS


def snooze_until(argument: str, now: datetime, tz: ZoneInfo) -> datetime | None:
    """A duration → now + it; a date → the start of that local day, in UTC. None if unreadable. Read in English,
    German, French and Spanish first; only what none of them reads is tried in the languages of snoozewords.py."""
    found = _until(argument, now, tz)
    if found is not None:
        return found
    english, days = snoozewords.in_english(argument)
    if days is not None:
        return now + min(timedelta(days=days), MAX_SNOOZE + timedelta(days=1))
    return _until(english, now, tz) if english else None


def _until(argument: str, now: datetime, tz: ZoneInfo) -> datetime | None:
    text = " ".join(argument.lower().split())
    text = text if text in _NEXT_WEEK else _SNOOZE_PREFIX.sub("", text, count=1)
    duration = _DURATION.fullmatch(text)
    if duration:
        amount = 1.0 if duration.group(1) in ("a", "an", "one") else float(duration.group(1))
        days = amount * _UNIT_DAYS[duration.group(2)[0]]
        # "snooze 99999999d" would overflow a date: anything past the longest snooze gets that answer instead.
        return now + min(timedelta(days=min(days, 10_000)), MAX_SNOOZE + timedelta(days=1))
    today = now.astimezone(tz).date()
    if text in _NEXT_WEEK:  # the start of next week, where dateparser would say "in 7 days"
        day = today + timedelta(days=7 - today.weekday())
    elif (numeric := _unambiguous_numeric_date(text, today)) is not None:
        day = numeric
    elif not re.search(r"[^\W\d_]", text) and not _ISO_DATE.fullmatch(text):
        return None  # "3/12" is 3 Dec in London and 12 Mar in New York; a bare "2" is no date at all
    else:
        parsed = dateparser.parse(text, languages=["en", "de", "fr", "es"], settings={
            "PREFER_DATES_FROM": "future", "PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": now.astimezone(tz),
            "TIMEZONE": str(tz), "RETURN_AS_TIMEZONE_AWARE": True})
        if parsed is None:
            return None
        day = parsed.astimezone(tz).date()
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(timezone.utc)


_NUMERIC_DATE = re.compile(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?\.?")


def _unambiguous_numeric_date(text: str, today: date) -> date | None:
    """ "12/14", "14/12/2026", "14.12.": a numeric date whose order one number above 12 settles (day-first in
    London, month-first in New York: only such a date can be read the same by both). Without a year, the next
    such day from today. None for anything else, an ambiguous "3/12" included."""
    match = _NUMERIC_DATE.fullmatch(text)
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if (first > 12) == (second > 12):
        return None
    day, month = (first, second) if first > 12 else (second, first)
    year = int(match.group(3)) if match.group(3) else today.year
    year += 2000 if year < 100 else 0
    try:
        found = date(year, month, day)
        if not match.group(3) and found < today:
            found = date(year + 1, month, day)
    except ValueError:  # 31/02
        return None
    return found
