"""Auto-reply / out-of-office detection, plus the return date and delegate an OOO names."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from email.message import Message

from mailer.reading import returndate
from mailer.reading.absence import (addresses_a_group, only_an_absence, opens_as_automatic, opens_with_an_aside,
                                    own_text, says_out_of_office)
from mailer.reading.candidatewords import CandidateWords
from mailer.reading.subjectwords import DEFAULT_SUBJECT_PATTERNS
from mailer.reading.text import ADDRESS_RE, FORWARD_SUBJECT_RE, PREFIX_RE, header_text, html_to_text, part_text, text_parts, tolerant

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
# "Click the link below to confirm you are human", in the languages of the managers' mail: asked of the sender, with
# the link to do it (a person doubting a sender asks without one).
_CONFIRM_HUMAN_RE = re.compile(
    r"(?:confirm|bestätig|confirmer|confirmar|bevestig)\w*\b.{0,60}?(?:you are (?:a )?(?:human|real person|person)|"
    r"sie ein mensch|vous êtes (?:un )?(?:humain|être humain)|eres (?:una )?(?:persona|humano)|u een mens)",
    re.I | re.S)
# A read receipt some clients send as plain text, without the MDN report part: "Read: <subject>" over "Your message
# … was read on <date>". Both are needed: a person may title a mail "Read: …", never says their own reading was so.
_READ_SUBJECT_RE = re.compile(r"^\s*(?:not read|read|gelesen|nicht gelesen|lu|non lu|leído|no leído|gelezen|"
                              r"niet gelezen)\s*:", re.I)
_READ_ON_RE = re.compile(r"\b(?:was read on|was deleted without being read|wurde am .{0,60}?gelesen|a été lu le|"
                         r"se leyó el|is gelezen op)\b", re.I | re.S)


def _has_header(msg: Message, name: str) -> bool:
    try:
        return any(key.lower() == name.lower() for key in msg.keys())
    except Exception:
        return False


@functools.lru_cache(maxsize=1024)  # called for each of ~150 subject patterns on every mail: normalise each once
def _norm_subject(subject: str) -> str:
    """Case, spacing and accents folded: a gateway that drops diacritics ("Arpus biroja … automatiska atbilde"
    for Latvian Outlook's "Ārpus biroja … automātiskā atbilde") still matches."""
    s = " ".join(subject.casefold().split())
    s = unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFKD", s)
                                             if not unicodedata.combining(ch)))
    return re.sub(r"\s+:", ":", s)


# List tags ("[R]", "[R-sig-Geo]") a mailing list puts before what the responder wrote.
_LIST_TAG_RE = re.compile(r"\[[^\]\[]{1,40}\]\s*")


def _behind_tags(s: str) -> tuple[str, bool]:
    """The subject behind leading list tags and reply prefixes, and whether a reply prefix was among them."""
    behind, replied, _forwarded = _behind_prefixes(s)
    return behind, replied


def _behind_prefixes(s: str) -> tuple[str, bool, bool]:
    """The subject behind leading list tags and prefixes; whether a reply prefix, and whether a forward's, was among them."""
    replied = forwarded = False
    while True:
        m = _LIST_TAG_RE.match(s)
        if m is None:
            m = PREFIX_RE.match(s)
            if m is None:
                return s, replied, forwarded
            replied = True
            forwarded = forwarded or FORWARD_SUBJECT_RE.match(m.group(0)) is not None
        s = s[m.end():]


# Lotus Notes' (and some Exchange set-ups') notice subject: a name, then the absence, and nothing else:
# "Bernd Christian/Icon ist außer Haus.", "Gerd-Marie Alenius/US/VLL/SE är inte på kontoret.", "Giovanna J. è
# fuori ufficio- away from the office", "Shaohui Wang ist außer Haus. / is out of the office.", "X est
# absent(e)". Matched on the folded subject (accents gone, ß → ss) behind list tags only: a reply prefix, a
# question or more words after the absence ("Re: Tom is out of the office, who approves?") is a person's.
_ABSENT_AS = (r"(?:out of (?:the )?office|ooo|away from (?:the |my )?office|not in the office|"
              r"on (?:annual |sick |parental |maternity |paternity )?(?:leave|vacation|holiday)|"
              r"ausser haus|nicht im buro|abwesend|im urlaub|absente?(?:\(e\))?(?: du bureau)?|en conges?|"
              r"hors du bureau|fuori (?:ufficio|sede)|assente|fuera de la oficina|ausente|fora do escritorio|"
              r"de ferias|afwezig|niet op kantoor|buiten kantoor|(?:inte|ej|ikke) pa kontoret|franvarande|"
              r"ikke til stede|fravaerende|fraværende|pa semester|poissa(?: toimistolta)?|lomalla|poza biurem|"
              r"nieobecn[ya])")
_NOT_A_NAME = r"(?!(?:the|our|my|your|his|her|their|everyone|everybody|nobody|who|why|when|what|i|we|he|she|it|this|that)\s)"
_LOTUS_SUBJECT_RE = re.compile(
    _NOT_A_NAME + r"[^\s:?!;,()\[\]]+(?: [^\s:?!;,()\[\]]+){0,5} (?:is|ist|est|e|ar|er|esta|on|jest) (?:currently |momentan |"
    r"actuellement )?" + _ABSENT_AS + r"(?:[\s./-]+(?:is |ist |est )?" + _ABSENT_AS + r")*[\s.!]*(?:\([^()]*\)\s*)?")


# A subject that is nothing but the word for a holiday, maybe with its dates ("Ferie", "Lomalla 1.-15.7.", "Urlaub bis
# 3.1.", "Vacances du 2 au 9 août", "Отпуск"): what a person titles the notice they set up. Matched on the folded subject
# (accents gone) behind list tags, never behind a reply prefix, and never with other words: "Vacation request", "Ferie
# 2025?" and "Re: Urlaub" are people's. The prefix patterns above hold the longer phrases; these words alone would match
# a person's "Holiday calendar" there.
_HOLIDAY_WORD = (r"(?:vacation|vacations|holiday|holidays|away|annual leave|urlaub|ferien|vacances|vacaciones|ferie|ferier|"
                 r"semester|loma|lomalla|(?:kesa|talvi|vuosi|joulu)lomalla|urlop|na urlopie|dovolena|dovolenka|szabadsag|"
                 r"concediu|izin|ferias|vakantie|verlof|отпуск|в отпуске|отсутствие|αδεια|休假|休暇)")
_DATE_TAIL = (r"(?:[\s:,-]+(?:until|till|thru|through|from|bis|vom|ab|jusqu'?au|du|des|hasta|del|desde|fino al|dal|tot|van|"
              r"til|till|fra|fran|od|do|до|с|από)?(?:\s+(?:el|le|la|den|dem|the|al))?\s*\d[\w\s./,'-]{0,40})?")
_BARE_HOLIDAY_SUBJECT_RE = re.compile(_HOLIDAY_WORD + r"(?![\s:,-]+(?:19|20)\d\d[\s.!]*$)" + _DATE_TAIL + r"[\s.!]*")  # "Urlaub 2025": a plan

# What may follow the pattern inside that bracket: its end, a mark, or a date ("(Out of the office August 1st)"),
# not more words ("(out of office hours?)" is a person's).
_TAIL_END = r"(?=\s*(?:$|[-–:;.!)\]】）]|\d|[^\W\d_]+\.?\s+\d))"
_CLOSING_BRACKET_RE = re.compile(r"[(\[【（]([^()\[\]【】（）]{1,80})[)\]】）]?\s*$")


def _subject_rule(subject: str, patterns: Sequence[str]) -> str | None:
    s = _norm_subject(subject)
    if not s:
        return None
    head = s.lstrip("[(【（ ")
    behind, replied, forwarded = _behind_prefixes(s)
    if forwarded:  # "Fwd: Automatic reply: …": a person passing on what they got, the title is the forwarded mail's
        return None
    behind = behind if behind != head else ""  # no tag or prefix: the plain test below covers it
    marks = [mark for mark in "([【（" if mark in s]  # most subjects have none: skip the bracket test
    # A responder's note in brackets closing the subject, maybe cut short: "Re: Digest, Issue 8 (NOTICE - Out of the
    # office August 1st)". A pattern anywhere inside it counts, as a whole word.
    closing = _CLOSING_BRACKET_RE.search(s) if marks else None
    tail = closing.group(1) if closing else None
    for raw in patterns:
        anywhere = raw.startswith("*")
        pat = _norm_subject(raw.lstrip("*"))
        if not pat:
            continue
        if anywhere:
            if pat in s:
                return "subject:" + raw.lstrip("*")
            continue
        for start in (head, behind):
            if start.startswith(pat):
                nxt = start[len(pat): len(pat) + 1]
                if start is behind and replied:
                    if nxt == ":" or pat.endswith(":"):  # "Re: [R] Automatische Antwort: …", a responder's prefix
                        return "subject:" + raw
                # A following letter means another word ("absences"); CJK has no word gaps.
                elif not nxt or not (nxt.isalnum() and nxt.isascii()) or not pat[-1].isascii():
                    return "subject:" + raw
        if any(mark + pat in s and re.search(re.escape(mark + pat) + _TAIL_END, s) for mark in marks):
            return "subject:" + raw
        if tail is not None and pat in tail and re.search(r"(?<![^\W_])" + re.escape(pat) + _TAIL_END, tail):
            return "subject:" + raw
    if not replied and _LOTUS_SUBJECT_RE.fullmatch(behind or head):
        return "subject:<name> is out of the office"
    if not replied and _BARE_HOLIDAY_SUBJECT_RE.fullmatch(behind or head):
        return _HOLIDAY_ALONE
    return None


_HOLIDAY_ALONE = "subject:<holiday word alone>"
# A subject rule whose words say the mail is automatic ("Automatic reply", "AUTO:", "自动回复", "Автоответ", "Vacation
# reply") rather than only name an absence ("Congés", "Out of Office", "休暇のお知らせ", "<name> is out of the office"):
# only the latter is also what people title their own announcement to a team.
_AUTOMATIC_SUBJECT_RE = re.compile(r"auto|otomati|automaat|samodejni|sjálfvirkt|tự động|(?:vacation|risposta) (?:re|non)|"
                                   r"自動|自动|자동|автоот|автомат|автовідп|αυτόματ|אוטומטי|تلقائي|स्वचालित|อัตโนมัติ|خودکار",
                                   re.IGNORECASE)


def _names_an_absence(rule: str) -> bool:
    return rule.startswith("subject:") and _AUTOMATIC_SUBJECT_RE.search(rule) is None
def _over_another_subject(subject: str, rule: str) -> bool:
    """Does the rule's absence word open the subject as a responder's prefix over the subject it answers ("Out of
    Office: Candidate: Jane Doe – Backend"), rather than title a person's own note ("[team] Out of Office", "Out of
    office: back on the 14th")? A person passing news on writes their own title; a responder repeats the mail's."""
    pat = _norm_subject(rule.removeprefix("subject:"))
    s = _norm_subject(subject)
    for start in (s.lstrip("[(【（ "), _behind_tags(s)[0]):
        if pat and start.startswith(pat) and (pat.endswith(":") or start[len(pat):].startswith(":")):
            rest = start[len(pat):].lstrip(":").strip()
            return re.search(r"[^\W\d_]", rest) is not None and _SUBJECT_ABSENCE_RE.search(rest) is None
    return False


# Where an archive's own lines start ("-------------- next part --------------" and the scrubbed attachment's URL) or
# the sender's signature: what comes after is nobody's sentence.
_ARCHIVE_PART_RE = re.compile(r"^-{5,} next part -{5,}$|^-- $", re.MULTILINE)


def _written_as_a_letter(body: str, candidate: CandidateWords) -> bool:
    """Under a subject that is only a holiday word, do the sender's own words make it a person's announcement?

    People title their own note to a team or a list the same way a responder titles its notice ("Vacation", "Urlaub",
    "[team] holidays..."), so when there are words, they decide: a notice says what it is (`says_out_of_office`,
    `opens_as_automatic`) or says nothing but the absence (`only_an_absence`). More than that, or words to a group
    ("I'm off from the 20th to the 4th. Thanks all for a great year, see you in January!"), is a person's letter. No
    words at all (an empty body, or only what an archive put in place of a scrubbed part) leave the subject to decide.
    """
    own = _ARCHIVE_PART_RE.split(own_text(body), maxsplit=1)[0]
    if not re.search(r"[^\W\d_]", own):
        return False
    if opens_as_automatic(body):
        return False
    if addresses_a_group(body):  # "Thanks all", "à tous": an auto-reply has one reader
        return True
    return not (says_out_of_office(body, candidate) or only_an_absence(body, candidate))


# A mailing list digest's own title ("R-help Digest, Vol 36, Issue 17", "Re: QGIS-Developer Digest, Vol 154, Issue 14"):
# the list sends it to every member, and a responder answers each one, so a mail under it from a person is most often a
# notice. People do answer digests too ("Re: … Digest …, I was away, here is the fix"): the title alone decides
# nothing; the text must be only an absence to come (reading/absence.py `only_an_absence`).
_DIGEST_SUBJECT_RE = re.compile(r"\bdigest\b,?\s+(?:vol(?:ume)?\b\.?\s*\d+|#\s*\d+|\d+|issue\b)", re.IGNORECASE)


def _echoed_subject(subject: str) -> bool:
    """A subject no person would give a note about their absence: not a reply, and not a word of absence in it.

    GroupWise and some list gateways answer under the original subject with no "Re:" ("[OSRS-PROJ] geod_api"); a person
    announcing their absence titles it ("Away for two weeks", "[VAC] 3rd Jul til 17th Jul"), and a person answering
    keeps the "Re:". Only a text that is nothing but an absence (`only_an_absence`) is read as a notice under it.
    """
    folded = _norm_subject(subject)
    behind, replied = _behind_tags(folded)
    if replied or not behind.strip() or _SHORT_PREFIX_RE.match(behind):
        return False
    return _SUBJECT_ABSENCE_RE.search(folded) is None  # tags too: "[VAC]" is the person's own


# A reply prefix PREFIX_RE does not know ("Rép. :", "Odp:", "Antw:"): a short word and a colon open the subject.
_SHORT_PREFIX_RE = re.compile(r"[^\W\d_]{1,5}\.?:")
# Folded (accents gone) beginnings of words of an absence or a return a person's own title for their note would hold.
_SUBJECT_ABSENCE_RE = re.compile(
    r"\b(?:away|off|out|leave|vac|ooo|urlaub|ferien?|ferier|conges?|vacances|vacaciones|ferias|vakantie|semester|ledig|"
    r"loma\w*|\w*lomalla|urlop\w*|until|till|til|bis|jusqu\w*|hasta|fino|back|returns?|returning|zuruck|retour|"
    r"erreichbar|joignable|unavailable|available|availability)\b|"
    r"\b(?:vacation|holiday|absen|abwesen|office|ausen|assen|afwezig|poissa|nieobecn|dovolen|отпуск|отсутств)")


def _first_text(msg: Message, limit: int = 2000) -> str:
    """The start of the mail's own first text part (never an attachment's)."""
    for part in text_parts(msg):
        text = part_text(part)
        return (html_to_text(text) if part.get_content_subtype() == "html" else text)[:limit]
    return ""


def detect_auto_reply(
    msg: Message, subject_patterns: Sequence[str] = DEFAULT_SUBJECT_PATTERNS,
    candidate: CandidateWords = CandidateWords(),
) -> str | None:
    """Return the name of the first auto-reply rule that fires on msg, or None.

    Headers are checked before the subject.  Bounces often carry Auto-Submitted too; the caller
    runs bounce detection first. `candidate` (the tracked submission's names) only bears on the
    text-only rule: a header-marked notice is one whatever it says.
    """
    return tolerant(lambda m: _detect(m, subject_patterns, candidate), msg, None)


def _detect(msg: Message, subject_patterns: Sequence[str], candidate: CandidateWords = CandidateWords()) -> str | None:
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
    if header_text(msg, "Delivered-To").strip().lower() == "autoresponder":  # OVH's (qmail) autoresponder
        return "header:Delivered-To=Autoresponder"
    if header_text(msg, "X-Autogenerated").strip().lower() == "reply":
        return "header:X-Autogenerated=Reply"
    for name in ("List-Id", "List-Unsubscribe"):
        if _has_header(msg, name):
            return f"header:{name}"
    if header_text(msg, "Return-Path").strip() == "<>":
        return "header:Return-Path=<>"
    rule = _subject_rule(header_text(msg, "Subject"), subject_patterns)
    body = _first_text(msg)
    if rule == _HOLIDAY_ALONE and _written_as_a_letter(body, candidate):
        rule = None  # a person's own announcement under the title a notice also has: read on, as any text
    elif (rule and _names_an_absence(rule) and (addresses_a_group(body) or opens_with_an_aside(body)
                                                and not _over_another_subject(header_text(msg, "Subject"), rule))
          and not opens_as_automatic(body)):
        rule = None  # "[team] Congés" over "Bonjour à tous, …" or "Pour info, …": a person's announcement (an
        # auto-reply has one reader, a stranger)
    if rule:
        return rule
    if _has_header(msg, "X-Auto-Response-Suppress") and _AUTO_STATEMENT_RE.search(body[:300]):
        return "header:X-Auto-Response-Suppress+body:automatic"
    if _CHALLENGE_RE.search(body) or (_CONFIRM_HUMAN_RE.search(body) and "http" in body):
        return "body:challenge-response"
    if _READ_SUBJECT_RE.match(header_text(msg, "Subject")) and _READ_ON_RE.search(body[:600]):
        return "subject+body:read receipt"
    if says_out_of_office(body, candidate):  # no header, a "Re:" subject: its first lines still say what it is
        return "body:out-of-office"
    if opens_as_automatic(body):  # "这是来自QQ邮箱的假期自动回复邮件。您的邮件已收到": says what it is, no absence needed
        return "body:calls itself automatic"
    subject = header_text(msg, "Subject")
    if _DIGEST_SUBJECT_RE.search(subject) and only_an_absence(body, candidate):
        return "subject:digest+body:absence"
    if _echoed_subject(subject) and only_an_absence(body, candidate):
        return "subject:echoed+body:absence"
    return None


# ---------------------------------------------------------------------------- OOO return date
# Read by reading/returndate.py (words per language in returnwords.py, CJK dates in cjkdates.py).
ooo_return_date = returndate.ooo_return_date
month_first = returndate.month_first


# ---------------------------------------------------------------------------- delegate
_DELEGATE_TRIGGER_RE = re.compile(
    r"contact|reach out to|reach|get in touch with|write to|forward(?:ed)? to|"
    r"direct (?:your|all) .{0,30}? to|in my absence|kontaktieren|wenden sie sich|wende dich|"
    r"vertretung|erreichen sie|contacter|contactez|vous adresser|adressez|écrire à|"
    r"contacte|póngase en contacto|dirigirse a|escriba a|contattare|rivolgersi|rivolgetevi|"
    r"neem contact|contact opnemen|kontakta|kontakt|entre em contato|skontaktuj|ota yhteyttä|keresse|"
    r"forduljon|contactați|ulaşabilirsiniz|iletişime geçebilirsiniz|обращайтесь|свяжитесь|звертайтеся|"
    r"επικοινωνήστε|联系|聯繫|聯絡|연락", re.I,
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
