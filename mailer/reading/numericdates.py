"""Numeric dates in an out-of-office and the order of their day and month (pure; docs/READING.md "Return dates", rule 6).

"02.12.", "7. 12. 2026", "2026-12-07", "12/7", "4-12-2026": which number is the day follows the separator, the
language, the text's own other dates, Content-Language and the sender's UTC offset, in the order month_first and
ooo_return_date apply them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from email.message import Message
from email.utils import parsedate_tz

from mailer.reading.returnwords import AFTER
from mailer.reading.text import header_text

# Numeric dates: ISO or year-first "2026/12/07", "2026. 12. 7."; day/month "02.12.", "7. 12. 2026", "12/14", and
# with hyphens as Dutch and others write them ("4-12-2026", "t/m 04-01").
_NUMERIC = (r"(?<![\d.])(?:(\d{4})[-/.]\s?(\d{1,2})[-/.]\s?(\d{1,2})(?!\d)\.?"
            r"|(\d{1,2})([./-])\s?(\d{1,2})(?:\5\s?(\d{2,4}))?(?!\d))")
_NUMERIC_RE = re.compile(_NUMERIC)
# What may stand between the words and a numeric date: a weekday or two ("maanantaina 7.12.", "Monday, 12/7").
_LEAD_RE = re.compile(r"\s*(?:[^\W\d_]{1,12},?\s+){0,2}$")

# Where English is written month-first (02/12 = 2 February): the US and Canada by Content-Language, or
# a sender's UTC offset in the Americas when the mail does not say.
_MONTH_FIRST_LANGUAGES = ("en-us", "en-ca", "en-ph")
_AMERICAS_OFFSETS = range(-10 * 60, -3 * 60 + 1)  # minutes: Hawaii to Newfoundland/Brazil
# Japan and Korea (+09:00) write month/day, in English too, as their Content-Language already says below: read as
# day-first, "back on 12/1" (1 December) sent from Tokyo was 12 January, six weeks of nudges paused.
_MONTH_FIRST_OFFSETS = (9 * 60,)


def month_first(lang: str, content_language: str, offset_minutes: int | None, also_day_first: bool = False) -> bool:
    """Is a numeric a/b date month-first? Rules, in order (docs/READING.md "Return dates"): dotted dates and any
    language but English are day-first; English follows Content-Language (en-US, en-CA, en-PH month-first;
    en-GB, en-IE, en-AU, en-IN … day-first; ja, zh, ko month-first, as they write); without one, the sender's offset (the Americas month-first,
    elsewhere day-first); with neither, the language of the rest of the text: a mail that also states its
    return in a day-first language (a bilingual notice, also_day_first) is day-first; else month-first. Japan's and
    Korea's offset (+09:00) is month-first, as their Content-Language is."""
    if lang != "en":
        return False
    tag = content_language.strip().lower().split(",")[0].strip()
    if tag.startswith("en-"):
        return tag.startswith(_MONTH_FIRST_LANGUAGES)
    if tag.startswith(("ja", "zh", "ko")):
        return True  # Japanese, Chinese and Korean write month/day, in English too ("back on 12/7")
    if tag and not tag.startswith("en"):
        return False
    if offset_minutes is not None:
        return offset_minutes in _AMERICAS_OFFSETS or offset_minutes in _MONTH_FIRST_OFFSETS
    return not also_day_first


def offset_minutes(msg: Message | None) -> int | None:
    """The sender's UTC offset from the Date header, or None. RFC 5322 §3.3: "-0000" says the local zone is
    unknown (a gateway, a rebuilt header), so it is no offset at all, unlike "+0000" (UTC, a real zone)."""
    value = header_text(msg, "Date") if msg is not None else ""
    parsed = parsedate_tz(value) if value else None
    if not parsed or parsed[9] is None or re.search(r"(?<![\d:])-0000\s*(?:\(.*\))?\s*$", value):
        return None
    return parsed[9] // 60


def numeric_date(m: re.Match[str], base: date, monthfirst: bool = False, english: bool = False) -> date | None:
    """A number above 12 decides; else dotted dates are day-first, slashed and hyphened ones follow month_first.
    An English year-less one more than six months ahead takes the other order when that one is not ("returning
    7/12" sent on 2 December is 7 December: nobody's notice names a day seven months on without its year)."""
    try:
        if m.group(1):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        a, sep, b, year = int(m.group(4)), m.group(5), int(m.group(6)), m.group(7)
        swap = sep in "/-" and monthfirst
        if a > 12 or b > 12:
            swap = b > 12
        day, month = (b, a) if swap else (a, b)
        if year:
            y = int(year) + (2000 if len(year) == 2 else 0)
            found = date(y, month, day)
            if found < base and a <= 12 and b <= 12 and date(y, day, month) >= base:
                return date(y, day, month)  # the order that is not in the past ("until 05/07" sent on 5 July)
            return found
        found = next_day(base, month, day)
        if english and sep in "/-" and a <= 12 and b <= 12 and found > base + timedelta(days=183):
            other = next_day(base, day, month)
            return other if other <= base + timedelta(days=183) else found
        return found
    except ValueError:
        return None


_WEEKDAY_RE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*(?:the\s+)?$", re.I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def named_weekday(lead: str) -> int | None:
    """The weekday (Monday = 0) an English text names right before a date ("Monday 7/12", "Mon, 12/7"), or None."""
    m = _WEEKDAY_RE.search(lead)
    return _WEEKDAYS.index(m.group(1).lower()) if m else None


def next_day(base: date, month: int, day: int) -> date:
    """The next such day from base on: this year's, or next year's."""
    found = date(base.year, month, day)
    return found if found >= base else date(base.year + 1, month, day)


# The order a text writes its slashed dates in, when one of them says so: "30/11" is day-first, "11/30" month-first.
_SLASHED_RE = re.compile(r"(?<![\d./-])(\d{1,2})[/-](\d{1,2})(?:[/-]\d{2,4})?(?![\d/-])")


def written_order(text: str) -> bool | None:
    """Month-first (True) or day-first (False) when the text's own slashed dates show it one way only, else None."""
    orders = {int(a) < int(b) for a, b in _SLASHED_RE.findall(text) if (int(a) > 12) != (int(b) > 12)}
    return orders.pop() if len(orders) == 1 else None


def numeric_in(window: str, side: str) -> re.Match[str] | None:
    """The numeric date the words point at: first in the window after them (behind a weekday at most), or the
    last one before them."""
    if side == AFTER:
        m = _NUMERIC_RE.search(window)
        return m if m and _LEAD_RE.match(window[:m.start()]) else None
    hits = list(_NUMERIC_RE.finditer(window))
    return hits[-1] if hits and not re.search(r"\d", window[hits[-1].end():]) else None
