"""Auto-reply / out-of-office detection, plus the return date and delegate an OOO names."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from email.message import Message
from mailer.reading.absence import says_out_of_office
from mailer.reading.text import ADDRESS_RE, header_text, html_to_text, part_text, text_parts, tolerant

# Subject markers of auto-replies, one plain string each, compared case-insensitively after
# collapsing whitespace and dropping spaces before ':' (French "Réponse automatique :").
# A pattern matches when
#   * the subject starts with it (ignoring leading "[", "(" and spaces), and the next character
#     is not a letter or digit ("Absence:" matches, "Absences of staff" does not), or
#   * it appears anywhere right after "(" or "[" ("Re: blah (Automatic Response)",
#     "Re: [Automatyczna odpowiedź] test"), or
#   * the pattern itself starts with "*": then it may appear anywhere in the subject (none of the
#     defaults does: "Re: Tom is out of the office, who approves?" is a human subject).
# Subjects are not stripped of "Re:" first: a human "Re: Out of office next week?" is a reply.
# Config may extend this tuple with more plain strings (no regex); the rule name that fires is
# "subject:" + the pattern as written here.
DEFAULT_SUBJECT_PATTERNS: tuple[str, ...] = (
    # English (Exchange/Outlook, Gmail users, Lotus Notes "AUTO:", Apple/iCloud, AOL)
    "Automatic reply", "Auto reply", "Auto-Reply", "Autoreply", "Auto response", "Auto-Response",
    "AutoResponse", "Automatic response", "Automated response", "AutoRespons", "Out of Office",
    "Out-of-Office", "Out of the office", "OOO:", "Away from the office", "Away until",
    "Away from my desk", "On vacation", "On leave", "On holiday", "Vacation reply",
    "Vacation response", "AUTO:",
    # German
    "Abwesenheitsnotiz", "Automatische Antwort", "Automatische Rückantwort", "Abwesend",
    "Nicht im Büro", "Außer Haus", "Ausser Haus", "Urlaubsabwesenheit",
    # French
    "Réponse automatique", "Reponse automatique", "Message d'absence", "Absence", "Absent",
    "Hors du bureau", "En congé", "En congés",
    # Spanish / Portuguese / Italian
    "Respuesta automática", "Respuesta automatica", "Fuera de la oficina", "Ausencia", "Ausente",
    "Resposta automática", "Resposta automatica", "Fora do escritório", "Risposta automatica",
    "Fuori sede", "Fuori ufficio", "Risposta Non al computer", "Assente",
    # Dutch / Scandinavian / Finnish
    "Automatisch antwoord", "Afwezig", "Niet aanwezig", "Buiten kantoor", "Autosvar",
    "Automatiskt svar", "Automatisk svar", "Frånvarande", "Frånvaro", "Ej på kontoret",
    "Ikke på kontoret", "Fraværende", "Fravær", "Automaattinen vastaus", "Poissa toimistolta",
    # Central / Eastern European, Greek, Turkish
    "Automatyczna odpowiedź", "Autoodpowiedź", "Nieobecność", "Poza biurem",
    "Automatická odpověď", "Mimo kancelář", "Automatikus válasz", "Házon kívül",
    "Автоматический ответ", "Автоответ", "Вне офиса", "Нет на месте", "Автоматична відповідь",
    "Αυτόματη απάντηση", "Otomatik yanıt", "Otomatik cevap", "Ofis dışında",
    # Japanese / Chinese / Korean / Hebrew / Arabic
    "自動返信", "自動応答", "不在", "自动回复", "自動回覆", "自動回复", "不在办公室",
    "자동 회신", "자동회신", "부재중", "מענה אוטומטי", "رد تلقائي",
)

# Values of Precedence that mark machine-sent mail (RFC 3834 section 2 lists bulk/junk/list).
_PRECEDENCE = {"bulk", "junk", "list", "auto_reply", "auto-reply"}
# Vendor headers whose mere presence marks an auto-response.
_PRESENCE_HEADERS = (
    "X-Autoreply", "X-Autorespond", "X-AutoReply-From", "X-Mail-Autoreply",
    "X-MS-Exchange-Inbox-Rules-Loop",
)
# X-Auto-Response-Suppress asks *others* not to auto-reply; Exchange and CRM tools stamp it on
# ordinary person-to-person mail too, so alone it proves nothing (filters keyed on it are known to
# drop real replies).  It only counts when the body opens by calling itself an automatic message;
# "I'm out of the office next week" is something a hiring manager may well write by hand.
_AUTO_STATEMENT_RE = re.compile(
    r"(?:this is an? )?auto(?:matic|mated)(?:ally generated)? (?:reply|response|message|notice)|"
    r"auto-?reply|automatische (?:antwort|nachricht|rückantwort)|automatisch generiert|"
    r"réponse automatique|message automatique|respuesta automática|mensaje automático|"
    r"risposta automatica|automatisch (?:antwoord|gegenereerd)|automatiskt svar|autosvar|"
    r"automatyczna odpowiedź|автоматический ответ", re.I,
)
# Challenge/response senders (Bluebottle, Boxbe, spam-arrest) answer automatically too.
_CHALLENGE_RE = re.compile(
    r"protected by bluebottle|have your address added to the recipient's allowed list|"
    r"add yourself to my (?:boxbe )?guest list|boxbe guest list|sender not pre-approved|"
    r"one-time automated message to confirm|"
    r"please (?:click|reply) .{0,40}(?:verify|confirm) (?:that )?you are a (?:human|real person)|"
    r"spam ?arrest|awaiting your (?:verification|confirmation) before", re.I | re.S,
)


def _has_header(msg: Message, name: str) -> bool:
    try:
        return any(key.lower() == name.lower() for key in msg.keys())
    except Exception:
        return False


@functools.lru_cache(maxsize=1024)  # called for each of ~100 subject patterns on every mail: normalise each once
def _norm_subject(subject: str) -> str:
    s = " ".join(subject.casefold().split())
    return re.sub(r"\s+:", ":", s)


def _subject_rule(subject: str, patterns: Sequence[str]) -> str | None:
    s = _norm_subject(subject)
    if not s:
        return None
    head = s.lstrip("[( ")
    for raw in patterns:
        anywhere = raw.startswith("*")
        pat = _norm_subject(raw.lstrip("*"))
        if not pat:
            continue
        if anywhere:
            if pat in s:
                return "subject:" + raw.lstrip("*")
            continue
        if head.startswith(pat):
            nxt = head[len(pat): len(pat) + 1]
            # A following letter means another word ("absences"); CJK has no word gaps.
            if not nxt or not (nxt.isalnum() and nxt.isascii()) or not pat[-1].isascii():
                return "subject:" + raw
        if "(" + pat in s or "[" + pat in s:
            return "subject:" + raw
    return None


def _first_text(msg: Message, limit: int = 2000) -> str:
    """The start of the mail's own first text part (never an attachment's)."""
    for part in text_parts(msg):
        text = part_text(part)
        return (html_to_text(text) if part.get_content_subtype() == "html" else text)[:limit]
    return ""


def detect_auto_reply(
    msg: Message, subject_patterns: Sequence[str] = DEFAULT_SUBJECT_PATTERNS
) -> str | None:
    """Return the name of the first auto-reply rule that fires on msg, or None.

    Headers are checked before the subject.  Bounces often carry Auto-Submitted too; the caller
    runs bounce detection first.
    """
    return tolerant(lambda m: _detect(m, subject_patterns), msg, None)


def _detect(msg: Message, subject_patterns: Sequence[str]) -> str | None:
    auto = header_text(msg, "Auto-Submitted").strip()
    value = re.split(r"[;(\s]", auto.lower(), maxsplit=1)[0] if auto else ""
    if value and value != "no":
        return f"header:Auto-Submitted={value}"
    for name in _PRESENCE_HEADERS:
        if _has_header(msg, name):
            val = header_text(msg, name).strip().lower()
            if val not in ("no", "false", "0"):
                return f"header:{name}"
    for name in ("Precedence", "X-Precedence"):
        prec = header_text(msg, name).strip().lower()
        if prec in _PRECEDENCE:
            return f"header:{name}={prec}"
    if "autoresponder" in header_text(msg, "X-POST-MessageClass").lower():
        return "header:X-POST-MessageClass=Autoresponder"
    if header_text(msg, "X-Autogenerated").strip().lower() == "reply":
        return "header:X-Autogenerated=Reply"
    for name in ("List-Id", "List-Unsubscribe"):
        if _has_header(msg, name):
            return f"header:{name}"
    if header_text(msg, "Return-Path").strip() == "<>":
        return "header:Return-Path=<>"
    rule = _subject_rule(header_text(msg, "Subject"), subject_patterns)
    if rule:
        return rule
    body = _first_text(msg)
    if _has_header(msg, "X-Auto-Response-Suppress") and _AUTO_STATEMENT_RE.search(body[:300]):
        return "header:X-Auto-Response-Suppress+body:automatic"
    if _CHALLENGE_RE.search(body):
        return "body:challenge-response"
    if says_out_of_office(body):  # no header, a "Re:" subject: its first lines still say what it is
        return "body:out-of-office"
    return None


# ---------------------------------------------------------------------------- OOO return date
# (regex, language, kind): "on" = the date is the first day back; "until" = last day away.
_TRIGGERS = [
    # "not back until X", "won't return until X": X is the first day back, unlike "away until X".
    (r"\b(?:not|n't)\s+(?:be\s+)?(?:back|return(?:ing)?|in(?: the office)?|available|reachable)"
     r"(?: to the office| in the office| to work)?\s+(?:until|till|before)\s+", "en", "on"),
    (r"\b(?:erst|nicht vor dem|nicht vor)\s+(?:am\s+|ab\s+)?(?=.{0,40}?\b(?:wieder|zurück)\b)", "de", "on"),
    (r"\bne serai (?:pas )?(?:de retour|joignable|disponible)\s+(?:qu['’]\s*(?:au|à partir du|le))\s+", "fr", "on"),
    (r"\b(?:back|return(?:ing)?|returns|be in(?: the office)?|in the office|available)"
     r"(?: to the office| in the office| to work)?\s+(?:on|from|by|after)?\s*", "en", "on"),
    (r"\b(?:until|till|through|thru|up to and including)\s+", "en", "until"),
    (r"\b(?:wieder|zurück)(?: im büro| erreichbar)?\s+(?:am|ab)\s+", "de", "on"),
    (r"\bab\s+(?:dem\s+|den\s+)?(?=.{0,50}?\b(?:wieder|zurück)\b)", "de", "on"),
    (r"\bam\s+(?=(?:[^.;\n]|(?<=\d)\.){0,30}?\bwieder\b)", "de", "on"),
    (r"\bbis\s+(?:einschließlich\s+|einschliesslich\s+|zum\s+|am\s+)?", "de", "until"),
    (r"\b(?:de retour|je serai (?:de retour|présente?))\s+(?:le|à partir du|dès le|lundi)?\s*",
     "fr", "on"),
    (r"\bjusqu['’]\s*(?:au|à|a)\s+(?:et y compris le\s+|le\s+)?", "fr", "until"),
    (r"\b(?:regres(?:o|aré|are)|de vuelta|volveré|vuelvo)\s+(?:el|a partir del)?\s*", "es", "on"),
    (r"\bhasta\s+(?:el\s+)?", "es", "until"),
    (r"\b(?:rientro|ritorno|rientrerò|tornerò|di ritorno)\s+(?:il|dal|lunedì)?\s*", "it", "on"),
    (r"\bfino al\s+", "it", "until"),
    (r"\b(?:terug|weer aanwezig)\s+(?:op|vanaf)?\s*", "nl", "on"),
    (r"\btot en met\s+", "nl", "until"),
]
_TRIGGER_RES = [(re.compile(p, re.I), lang, kind) for p, lang, kind in _TRIGGERS]
_NUMERIC_RE = re.compile(
    r"^\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([./])(\d{1,2})(?:\5(\d{2,4}))?)(?!\d)")


# Where English is written month-first (02/12 = 2 February): the US and Canada by Content-Language, or
# a sender's UTC offset in the Americas when the mail does not say.
_MONTH_FIRST_LANGUAGES = ("en-us", "en-ca", "en-ph")
_AMERICAS_OFFSETS = range(-10 * 60, -3 * 60 + 1)  # minutes: Hawaii to Newfoundland/Brazil


def month_first(lang: str, content_language: str, offset_minutes: int | None) -> bool:
    """Is a numeric a/b date month-first? Rules, in order (README "Return dates"): dotted dates and any
    language but English are day-first; English follows Content-Language (en-US, en-CA, en-PH month-first;
    en-GB, en-IE, en-AU, en-IN … day-first); without one, the sender's offset (the Americas month-first,
    elsewhere day-first); with neither, month-first."""
    if lang != "en":
        return False
    tag = content_language.strip().lower().split(",")[0].strip()
    if tag.startswith("en-"):
        return tag.startswith(_MONTH_FIRST_LANGUAGES)
    if tag and not tag.startswith("en"):
        return False
    if offset_minutes is not None:
        return offset_minutes in _AMERICAS_OFFSETS
    return True


def _numeric_date(window: str, lang: str, base: date, monthfirst: bool = False) -> date | None:
    """Numeric dates ourselves: a number above 12 decides; else dotted dates are day-first, slashed
    ones follow month_first."""
    m = _NUMERIC_RE.match(window)
    if not m:
        return None
    try:
        if m.group(1):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        a, sep, b, year = int(m.group(4)), m.group(5), int(m.group(6)), m.group(7)
        swap = sep == "/" and monthfirst
        if a > 12 or b > 12:
            swap = b > 12
        day, month = (b, a) if swap else (a, b)
        if year:
            y = int(year) + (2000 if len(year) == 2 else 0)
            found = date(y, month, day)
            if found < base and a <= 12 and b <= 12 and date(y, day, month) >= base:
                return date(y, day, month)  # the order that is not in the past ("until 05/07" sent on 5 July)
            return found
        found = date(base.year, month, day)
        return found if found >= base else date(base.year + 1, month, day)
    except ValueError:
        return None


# Ordinals: "1er", "1re", "1st", "2nd", "3rd", "4th", "1º", "1." before a month word → the bare number.
_ORDINAL_RE = re.compile(r"\b(\d{1,2})(?:er|re|e|st|nd|rd|th|º|°|ª|\.)(?=\s*[^\W\d_])", re.I)


def _parse_window(window: str, lang: str, sent: datetime, monthfirst: bool = False) -> date | None:
    base = sent.replace(tzinfo=None)
    found = _numeric_date(window, lang, base.date(), monthfirst)
    if found:
        return found
    window = _ORDINAL_RE.sub(r"\1", window)
    from dateparser.search import search_dates  # slow import; only paid when an OOO is parsed

    # "Dec. 7" would be read as "Dec" (day defaulting to today's) and a stray "7".
    window = re.sub(r"\b([^\W\d_]{3,5})\.(?=\s*\d)", r"\1", window)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future",
                "DATE_ORDER": "MDY" if lang == "en" else "DMY"}
    try:
        hits = search_dates(window, languages=[lang, "en"] if lang != "en" else ["en"],
                            settings=settings)
    except Exception:
        return None
    for text, when in hits or ():
        if len(text.strip()) >= 3 and not text.strip().isdigit():
            return when.date()
    return None


def _offset_minutes(msg: Message | None) -> int | None:
    from email.utils import parsedate_tz
    parsed = parsedate_tz(header_text(msg, "Date")) if msg is not None else None
    return None if not parsed or parsed[9] is None else parsed[9] // 60


# "July 10-31": a range of days in one month, away through the last one.
_DAY_RANGE_RE = re.compile(r"\b([^\W\d_]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*[-–]\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![-/.]\d)")


def ooo_return_date(text: str, sent: datetime, msg: Message | None = None) -> date | None:
    """The first day the sender says they are back, relative to the message's Date (sent).

    Pass the reply text (optionally prefixed with the subject).  "until/through/bis/jusqu'au X"
    means away through X, so the day after X is returned.  Only the first ~1500 characters are
    searched, to keep dateparser's cost bounded.
    """
    text = _DAY_RANGE_RE.sub(r"\1 \2 until \1 \3", " ".join(text[:1500].split()))
    content_language = header_text(msg, "Content-Language") if msg is not None else ""
    offset = _offset_minutes(msg)
    # An explicit "back on X" beats "away until X" (X+1 may be a Saturday); otherwise the
    # earliest mention wins, as later ones tend to be about other people or quoted mail.
    best: tuple[int, int, date] | None = None
    for regex, lang, kind in _TRIGGER_RES:
        for tries, m in enumerate(regex.finditer(text)):
            if tries == 4:
                break  # each try may call dateparser: keep the cost bounded on odd texts
            window = re.split(r"[;!?\n]|(?<!\d)\.\s+(?=[A-ZÄÖÜ])", text[m.end(): m.end() + 60])[0]
            found = _parse_window(window, lang, sent, month_first(lang, content_language, offset))
            if found is None:
                continue
            if kind == "until":
                found += timedelta(days=1)
            if found < sent.date():
                continue  # a date in the past is the start of the absence or a quoted header
            if found > sent.date() + timedelta(days=183) and not re.search(r"\d{4}", window):
                continue  # a year-less date pushed far into the future was really a past one
            rank = (0 if kind == "on" else 1, m.start())
            if best is None or rank < best[:2]:
                best = (*rank, found)
            break
    return best[2] if best else None


# ---------------------------------------------------------------------------- delegate
_DELEGATE_TRIGGER_RE = re.compile(
    r"contact|reach out to|reach|get in touch with|write to|forward(?:ed)? to|"
    r"direct (?:your|all) .{0,30}? to|in my absence|kontaktieren|wenden sie sich|wende dich|"
    r"vertretung|erreichen sie|contacter|contactez|vous adresser|adressez|écrire à|"
    r"contacte|póngase en contacto|dirigirse a|escriba a|contattare|rivolgersi|rivolgetevi|"
    r"neem contact|contact opnemen|kontakta|kontakt|entre em contato|skontaktuj", re.I,
)


def ooo_delegate(text: str) -> str | None:
    """The e-mail address an out-of-office names as the contact in the sender's absence."""
    text = text[:3000]
    for m in _DELEGATE_TRIGGER_RE.finditer(text):
        # Same paragraph only: a blank line ends the sentence that names the contact.
        window = re.split(r"\n\s*\n", text[m.end(): m.end() + 250])[0]
        addr = ADDRESS_RE.search(window)
        if addr:
            return addr.group(0).rstrip(".")
    return None
