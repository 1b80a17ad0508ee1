"""A mail app's "sent from" line, both ways, beyond replymarkers.MOBILE_SIG_RE: lines in phrasings and languages it
does not list ("Gesendet von iPad", iOS in Arabic, Hebrew, Bulgarian, Serbian, Catalan, Baltic languages, Thai …)
are the app's; and a line it matches that goes on as the person's sentence ("Sent from my iPhone the photos didn't
arrive, can you resend them?", "Von meinem iPhone gesendet kommen die Anhänge leider nicht an.") is theirs. Run on
replytext's line kinds right after they are first read (an app line is "s")."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import MOBILE_SIG_RE

_PEEK = 200
_APP_WORDS = 8  # an app line is short: its words, the device's and the app's name
_MORE_RE = re.compile(
    r"^\W*(?:gesendet (?:von|vom|mit|über) (?:\S+ ){0,2}(?:iphone|ipad|android|handy|smartphone|samsung|galaxy|"
    r"blackberry|outlook|mail|huawei|xiaomi|pixel)\b|"
    r"(?:أُ?رسلت|أرسلت|ارسلت|تم الإرسال|تم الارسال|مرسلة?|أُرسل|ارسال شده|ارسال‌شده) (?:من|از) |"
    r"נשלח מ|изпратено от |послато са |послано з |enviat (?:des del?|amb|de) |išsiųsta (?:iš|su) |nosūtīts (?:no|ar) |"
    r"saadetud (?:minu|\S+ist|\S+st)|dihantar dari |ส่งจาก |\S+ से भेजा गया)", re.I)
# the device or app such a line names (a person's "مرسل من قبل المدير", "sent by the manager", names none)
_DEVICE_RE = re.compile(r"iphone|ipad|android|galaxy|samsung|huawei|xiaomi|redmi|pixel|blackberry|outlook|mail|nokia|"
                        r"motorola|oneplus|oppo|mobil|handy|smartphone|phone|телефон|هاتف|جوال|טלפון|נייד|"
                        r"โทรศัพท์|फ़ोन", re.I)
# a line the app writes may go on with an apology for its brevity ("Sent from my iPhone, please excuse typos")
_APOLOGY_RE = re.compile(r"excus|pardon|forgiv|typo|brevity|brief|autocorrect|spelling|tipp|entschuldig|kurz|"
                         r"disculp|perdon|errores|scus|errori|fautes|faute", re.I)
# a sentence of the person's has a pronoun, a negation or a finite helper verb among its words
_SENTENCE_WORDS = frozenset(
    "i you we they he she it me us them my your our didn't don't doesn't can't won't isn't wasn't can could would "
    "will is are was were have has had not no did do does "
    "ich du wir ihr sie er es mich uns nicht kein keine kommen kommt kam kann können ist sind war habe hat haben "
    "je tu nous vous ils elle ne pas est sont ai a peux pouvez "
    "yo tú nosotros no es son he ha puedes puede "
    "io noi voi non è sono ho ha puoi può".split())


def _persons_sentence(line: str) -> bool:
    """Does this line, which MOBILE_SIG_RE matched, go on as a sentence of the person's after the app's words?"""
    found = MOBILE_SIG_RE.match(line[:_PEEK])
    rest = line[found.end():].strip() if found else ""
    words = re.findall(r"[^\W\d_][\w'’]*", rest.lower())
    return bool(rest) and rest[:1].isalnum() and len(words) >= 4 and rest.rstrip()[-1:] in ".!?" \
        and not _APOLOGY_RE.search(rest) and any(w.replace("’", "'") in _SENTENCE_WORDS for w in words)


def settle_app_lines(lines: list[str], kinds: list[str]) -> None:
    """Mark the app lines MOBILE_SIG_RE misses as "s", and give a person's sentence it took for one back ("t")."""
    for i, kind in enumerate(kinds):
        line = lines[i]
        if kind == "t" and len(line) < _PEEK and _MORE_RE.match(line) and len(line.split()) <= _APP_WORDS \
                and _DEVICE_RE.search(line):
            kinds[i] = "s"
        elif kind == "s" and _persons_sentence(line):
            kinds[i] = "t"
