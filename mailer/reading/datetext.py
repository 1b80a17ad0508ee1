"""A notice's text made ready for the return-date rules (pure; docs/READING.md "Return dates"): what people write around a date
that the rules and dateparser would misread is rewritten first.

Ranges become "X <mark> Y" so the rule for a range's end reads Y ("3–14 augusti", "30 nov–4 dec", "July 10-31",
"23/11 – 04/12", "不在のお知らせ(12/1-12/4)"); a label's colon becomes a space ("Rückkehr: 07.12."); month
abbreviations lose the dot that would end the sentence ("7. Sept. bin ich wieder"); underscores between date parts
become spaces ("30_juin_2003"); full-width digits become ASCII.
"""

from __future__ import annotations

import re
import unicodedata

from mailer.reading.lostletters import lost_letters, mended
from mailer.reading.returnwords import MONTH_STEMS, RANGE


# "July 10-31": a range of days in one month, away through the last one.
_DAY_RANGE_RE = re.compile(
    r"\b([^\W\d_]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*[-–]\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![-/.]\d)")


_WEEK_WORD_RE = re.compile(r"week|weeks|uge|ugerne|uke|ukene|vecka|veckorna|kw|woche|wochen|semaine|semana|semanas|"
                           r"settimana|viikko|viikolla", re.I)


def _day_range(m: re.Match[str]) -> str:
    """"July 10-31" → "July 10 until July 31"; days of a range ascend, so "van 21-12" (21 December) is no range."""
    word, first, last = m.groups()
    if int(first) >= int(last) or _WEEK_WORD_RE.fullmatch(word):  # "uge 50-51" is weeks (vaguedates reads them)
        return m.group(0)
    return f"{word} {first} until {word} {last}"


# "30 nov–4 dec", "30. November – 4. Dezember": a range whose ends have their own month, away through the second;
# "3–14 augusti", "3-14 August": days of one month. Written with the range mark (returnwords.RANGE), which is no
# language's word: the month names are read in whichever language they are.
_MONTHS_RANGE_RE = re.compile(r"\b(\d{1,2}\.?\s*[^\W\d_]{3,9}\.?)\s*[-–]\s*(\d{1,2}\.?\s*[^\W\d_]{3,9})")
_DAYS_RANGE_RE = re.compile(r"(?<![\d./-])(\d{1,2})\.?\s*[-–]\s*(\d{1,2})\.?\s+([^\W\d_]{3,9})\b")


def _days_range(m: re.Match[str]) -> str:
    first, last, month = m.groups()
    if int(first) < int(last) and month.lower().startswith(MONTH_STEMS):
        return f"{first} {month} {RANGE} {last} {month}"
    return m.group(0)


# "Nov 30 - Dec 4", "December 21st – January 4th": month-first ends, each with its month.
_MONTH_FIRST_RANGE_RE = re.compile(
    r"\b([^\W\d_]{3,9}\.?\s+\d{1,2})(?:st|nd|rd|th)?\s*[-–]\s*([^\W\d_]{3,9}\.?\s+\d{1,2})(?!\d)")


# "10-ene-2005", "7/Dec/2026": a day, a month's word and a year joined by dashes or slashes, which dateparser
# misses in some languages; written with spaces.
_JOINED_RE = re.compile(r"(?<![\d./-])(\d{1,2})[-/]([^\W\d_]{3,9})\.?[-/](\d{2,4})(?![\d/-])")


def _joined(m: re.Match[str]) -> str:
    return f"{m.group(1)} {m.group(2)} {m.group(3)}" if m.group(2).lower().startswith(MONTH_STEMS) else m.group(0)


def _months_range(m: re.Match[str]) -> str:
    words = [w for w in re.findall(r"[^\W\d_]+", m.group(0)) if w.lower() not in ("st", "nd", "rd", "th")]
    if all(w.lower().startswith(MONTH_STEMS) for w in words):
        return f"{m.group(1)} {RANGE} {m.group(2)}"
    return m.group(0)


# Month abbreviations: the dot goes ("7. Sept. bin ich wieder" is one sentence), and the ones dateparser misreads
# take a form it knows (Italian "7 sett." was read as seven weeks, "settimane").
_MONTH_DOT_RE = re.compile(r"(\d\.?\s*)(jan|janv|feb|febr|févr|fevr|mar|apr|avr|jun|jul|juil|aug|sep|sept|sett|set|"
                           r"oct|okt|ott|nov|dec|déc|dic|dez|ene|abr|ago|gen|genn|febbr|mag|giu|lug|mrt|mei|maj)\.(?=\s|$)",
                           re.I)
_MISREAD = {"sett": "set", "genn": "gen", "febbr": "feb"}


def _month_dots(m: re.Match[str]) -> str:
    word = m.group(2)
    return m.group(1) + _MISREAD.get(word.lower(), word)
# "23/11 - 04/12", "23.11.–4.12.2026": a range of numeric dates, away through the second.
_NUMERIC_RANGE_RE = re.compile(
    r"(?<![\d.])(\d{1,2})([./])(\d{1,2})(\.?(?:[./]?\d{2,4})?)\s*[-–]\s*(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?(?![\d/])")


# "16.–20.11.", "vom 16.-20.11.2026", "16. – 20. 11.", "w dniach 16–20.11.", "16–20/11": the first day's month and year
# left to the second (Finnish, German, Czech, Polish, Swedish).
_DOTTED_DAYS_RANGE_RE = re.compile(
    r"(?<![\d./])(\d{1,2})\.?\s*[-–]\s*(\d{1,2})\.?\s*[./]\s*(\d{1,2})\.?(?:\s?(\d{4}))?(?![\d/])(?!\.\d)")


def _dotted_days_range(m: re.Match[str]) -> str:
    """"16.–20.11." → "16.11. until 20.11."; days of a range ascend, so "31.-1.12." is left as written."""
    first, last, month, year = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    if int(first) >= int(last) or not 1 <= int(month) <= 12:
        return m.group(0)
    return f"{first}.{month}.{year} until {last}.{month}.{year}"


def _numeric_range(m: re.Match[str]) -> str:
    """"11/23-12/04" → "11/23 until 4.12.": the first date's order (23 is no month) is the second's too,
    written day-first with dots so no later rule reads it the other way."""
    a, sep, b, rest, c, d, year = m.groups()
    first, year = f"{a}{sep}{b}{rest}", year or ""
    if sep == "/" and int(b) > 12 >= int(a):
        return f"{first} until {d}.{c}.{year}"
    if int(a) > 12 >= int(b):
        return f"{first} until {c}.{d}.{year}"
    return f"{first} until {c}{sep}{d}{sep + year if year else ''}"


# Month names with an accented letter, which a gateway may have lost as "?" ("7 d?cembre", "3. M?rz"): dateparser
# misreads them ("7 d" as a day and a stray letter), so they get their letter back.
_ACCENTED_MONTHS = ("décembre", "février", "août", "märz", "março", "kesäkuuta", "heinäkuuta", "února", "března",
                    "května", "června", "července", "října", "září", "września", "października", "március",
                    "május", "június", "július", "október")
_LOST_MONTH_RE = re.compile(r"\b(?:" + "|".join(f"({lost_letters(m)})" for m in _ACCENTED_MONTHS) + r")(?!\w)",
                            re.IGNORECASE)


def _month_found(m: re.Match[str]) -> str:
    return _ACCENTED_MONTHS[m.lastindex - 1]


_UNDERSCORE_RE = re.compile(r"_(?:(?<=\d_)(?=[^\W\d_])|(?<=[^\W\d_]_)(?=\d))")
_LABEL_COLON_RE = re.compile(r"([^\W\d_])\s*:\s+(?=\S)")
_FULL_WIDTH_RE = re.compile("[\uff00-\uffef]")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _cjk_numeric_range(m: re.Match[str]) -> str:
    """"12/1-12/4" in Chinese, Japanese or Korean text → "12月1日～12月4日" (slashes there are month/day)."""
    a, sep, b, rest, c, d, year = m.groups()
    if sep != "/" or rest or year:
        return m.group(0)
    return f"{a}月{b}日～{c}月{d}日"


def prepared(text: str) -> str:
    """The first 1,500 characters, spaces collapsed, rewritten as above.

    >>> prepared("Urlaub 3–14 August. Rückkehr: 17.08.")
    'Urlaub 3 August \u21e5 14 August. Rückkehr 17.08.'
    """
    text = " ".join(mended(text[:1500]).split())  # "dÃ©cembre" (UTF-8 read as Latin-1) is "décembre"
    if "?" in text or "\ufffd" in text:
        text = _LOST_MONTH_RE.sub(_month_found, text)
    if _FULL_WIDTH_RE.search(text):
        text = unicodedata.normalize("NFKC", text)  # full-width digits and brackets (CJK mail)
    # A label's colon ("Rückkehr: 07.12.2026", "Date of return: 07/12", "Retour : lundi 7 décembre") is a space, so
    # the words of rules 1-2 read a label as they read a sentence. Times ("10:00") keep theirs.
    if ":" in text:
        text = _LABEL_COLON_RE.sub(r"\1 ", text)
    if "_" in text:
        text = _UNDERSCORE_RE.sub(" ", text)  # "from 30_juin_2003 to 09_juillet_2003" (a responder's date format)
    text = _MONTH_DOT_RE.sub(_month_dots, text)
    if "-" in text or "/" in text:
        text = _JOINED_RE.sub(_joined, text)
    if "-" in text or "–" in text:  # every range has its dash (most notices have none: four passes saved)
        # "3–14 augusti" before "July 10-31": its "semester 3–14" is no month's range
        text = _DAY_RANGE_RE.sub(_day_range, _DAYS_RANGE_RE.sub(_days_range, text))
        text = _MONTHS_RANGE_RE.sub(_months_range, text)
        text = _MONTH_FIRST_RANGE_RE.sub(_months_range, text)
        if _CJK_RE.search(text):  # "不在のお知らせ(12/1-12/4)": month/day, as cjkdates reads slashed dates
            text = _NUMERIC_RANGE_RE.sub(_cjk_numeric_range, text)
        text = _DOTTED_DAYS_RANGE_RE.sub(_dotted_days_range, text)
        text = _NUMERIC_RANGE_RE.sub(_numeric_range, text)
    return text
