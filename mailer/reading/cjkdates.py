"""Return dates written the Chinese, Japanese and Korean way, which dateparser does not find in running text (pure).

The date comes first and the word that says what it is follows it:

  * until (away through X): "2026年12月7日まで", "12月7日（月）まで休暇", "12월 7일까지 휴가", "休假至12月7日", a range
    "12月1日至7日", "12月1日～12月7日", "1日から7日まで";
  * back on X: "12月8日より出社", "12月8日から出勤", "12月8日返回", "于12月8日回到办公室", "12월 8일 복귀",
    "12月7日之前" ("before X": X is the first day back; read literally, unsure how people mean it).

Numbers may be full-width (the caller applies NFKC) or Chinese numerals ("十二月七日"); a slashed "12/7" is
month/day, as in all three languages, and counts only next to one of these words, so English text never
reaches it. A date with none of these words next to it is no return date (the start of an absence, a quote).
"""

from __future__ import annotations

import re
from datetime import date

from mailer.reading.returnwords import ON, UNTIL

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_DATE_RE = re.compile(
    rf"(?:(?P<y>\d{{4}})\s*(?:[年년]|[/.-])\s*)?(?P<m>{_NUM})\s*"
    rf"(?:[月월]\s*(?P<d>{_NUM})\s*[日号號일]|/(?P<d2>\d{{1,2}})(?![\d/]))"
    # A day alone, only with its weekday: "7日（月）", "7日(周一)".
    rf"|(?<![\d月월])(?P<d3>\d{{1,2}})\s*日(?=\s*[(（](?:周|星期|週)?[一二三四五六日天月火水木金土][)）])")
_ANY_CJK = re.compile("[\u3000-\u9fff\uac00-\ud7af]")
_WEEKDAY = re.compile(r"\s*[(（][^()（）]{1,4}[)）]")
# A range's last day: "至7日", "～12月7日", "から7日".
_RANGE_END = re.compile(rf"\s*(?:至|到|～|~|〜|－|-|–|—|から|부터)\s*(?:(?P<m>{_NUM})\s*[月월]\s*)?(?P<d>{_NUM})\s*[日号號일]")
_UNTIL_AFTER = re.compile(r"\s*(?:の)?(?:まで|迄|까지|为止|為止)")
_BEFORE_AFTER = re.compile(r"\s*(?:之前|以前)")
_FROM_AFTER = re.compile(r"\s*(?:以降|以後|이후)")  # "12月7日以降", "12월 7일 이후": from the 7th on
_ON_AFTER = re.compile(r".{0,6}?(?:出社|出勤|復帰|戻|返回|回到|回來|回来|返岗|返崗|复工|復工|上班|恢复|恢復|복귀|출근|돌아|"
                       r"정상 ?근무)|\s*(?:より|から)\s*(?:通常|平常)")
_UNTIL_BEFORE = re.compile(r"(?:至|到|～|~|〜|－|-|–|—)\s*$")


def _number(text: str) -> int:
    """"12" or Chinese numerals up to 31: "七" 7, "十二" 12, "二十三" 23."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _CN_DIGITS.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _resolve(year: str | None, month: int, day: int, sent: date) -> date | None:
    """A year-less date is the next one on or after the day the mail was sent."""
    try:
        if year:
            return date(int(year), month, day)
        found = date(sent.year, month, day)
        return found if found >= sent else date(sent.year + 1, month, day)
    except ValueError:
        return None


def _kind(text: str, start: int, end: int) -> str | None:
    """ON or UNTIL from the words right after the date (or a range mark right before it), or None."""
    after = re.split(r"\d", text[end: end + 12], maxsplit=1)[0]
    if _UNTIL_AFTER.match(after):
        return UNTIL
    if _ON_AFTER.match(after) or _BEFORE_AFTER.match(after) or _FROM_AFTER.match(after):
        return ON
    if _UNTIL_BEFORE.search(text[max(0, start - 3): start]):
        return UNTIL
    return None


def cjk_dates(text: str, sent: date) -> list[tuple[int, date, str]]:
    """(position, date, ON | UNTIL) for each date in text that a return-date word stands next to.

    >>> cjk_dates("12月1日至7日休假，12月8日返回。", date(2026, 11, 23))
    [(6, datetime.date(2026, 12, 7), 'until'), (11, datetime.date(2026, 12, 8), 'on')]
    """
    if not _ANY_CJK.search(text):
        return []  # no CJK character: nothing to read here
    found: list[tuple[int, date, str]] = []
    for m in _DATE_RE.finditer(text):
        if m.group("d3"):  # "7日（月）": this month's 7th, or next month's if that has passed
            when = _resolve(str(sent.year), sent.month, int(m.group("d3")), sent)
            if when is None or when < sent:
                nxt = date(sent.year + sent.month // 12, sent.month % 12 + 1, 1)
                when = _resolve(str(nxt.year), nxt.month, int(m.group("d3")), sent)
        else:
            month, day, year = _number(m.group("m")), _number(m.group("d") or m.group("d2")), m.group("y")
            when = _resolve(year, month, day, sent)
        end = m.end()
        weekday = _WEEKDAY.match(text, end)
        end = weekday.end() if weekday else end
        rng = _RANGE_END.match(text, end)
        if rng and when is not None:  # "12月1日至7日": the range's end is the last day away
            month, day = (_number(rng.group("m")) if rng.group("m") else when.month), _number(rng.group("d"))
            if not rng.group("m") and day < when.day:  # "11月30日到4日": the 4th of the next month
                month = month % 12 + 1
            last = _resolve(str(when.year), month, day, sent)
            stop = rng.end()
            weekday = _WEEKDAY.match(text, stop)
            stop = weekday.end() if weekday else stop
            if last is not None and last < when:
                last = _resolve(str(last.year + 1), last.month, last.day, sent)  # "12月28日～1月3日"
            if last is not None:
                found.append((rng.start("d"), last, _kind(text, rng.start("d"), stop) or UNTIL))
            continue
        kind = _kind(text, m.start(), end)
        if when is not None and kind is not None:
            found.append((m.start(), when, kind))
    return found
