"""New text of a reply, without quoted history or signature, from plain-text or HTML mail."""

from __future__ import annotations

import re
from email.message import Message

from mailparser_reply import EmailReplyParser
from mailer.reading.text import body_part, html_to_text, part_text, tolerant

# Languages handed to mail-parser-reply (it knows each one's "On … wrote:" and header words).
# Polish is left out: its header rule fires on a single "Do:"/"Data:" line, which reply text
# can contain; our own rules cover "Dnia … napisał(a):".
_MPR_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "da", "sv", "cs", "ja", "ko", "zh"]
_MPR_WINDOW = 10_000  # its regexes backtrack badly on huge quotes: only give it the kept text
_MPR_LINE = 200
_LINE_PEEK = 300  # every line pattern is anchored at the start, so long lines are cut to this

_EMPTY_RE = re.compile(r"^[\s\u200b\u200c\u200d\u2060\ufeff\u1427\xa0]*$")
# ">" quoting, also Supercite-style "C>"; a longer prefix ("Richard>") is more often text.
_QUOTE_RE = re.compile(r"^\s*[A-Za-z]{0,2}>")
_FENCE_RE = re.compile(r"^\s*(```|~~~)")
# A line of punctuation only: "--", "-- ", "______" (Outlook), "***", "=====".
_DELIM_RE = re.compile(r"^\s*[-_=*#~+—–]{2,}\s*$")
# "-----Original Message-----", "---------- Forwarded message ---------" in any language.
_ORIGINAL_RE = re.compile(r"^\s*\**\s*-{2,}\s*[^-\s][^\n]{0,40}?\s*-{2,}\s*\**\s*$")
_FORWARD_RE = re.compile(
    r"^\s*>?\s*(?:begin forwarded message|anfang der weitergeleiteten (?:nachricht|e-mail)|début du message "
    r"(?:réexpédié|transféré)|inicio del mensaje reenviado|inizio messaggio inoltrato|begin doorgestuurd bericht|"
    r"vidarebefordrat brev|videresendt (?:melding|meddelelse)|początek przekazywanej wiadomości|"
    r"начало пересылаемого сообщения)\s*:?\s*$", re.I)
# Helpdesk "reply above this line" markers (Zendesk, Freshdesk, Help Scout, Zammad …) in several languages:
# everything below them is the quoted ticket.
_REPLY_ABOVE_RE = re.compile(
    r"^\W*(?:(?:please )?(?:type|write|reply|respond)(?: your (?:reply|response))? above this line|"
    r"bitte (?:oberhalb|über) dieser (?:zeile|linie) (?:antworten|schreiben)|antworten sie (?:oberhalb|über) dieser zeile|"
    r"(?:veuillez )?répond(?:re|ez) au-dessus de cette ligne|escriba (?:su respuesta )?(?:por )?encima de esta línea|"
    r"responda (?:acima|por cima) desta linha|rispondi(?:ete)? sopra questa riga|"
    r"antwoord (?:boven|bóven) deze (?:regel|lijn)|svara ovanför denna rad|svar over denne linje|"
    r"odpowiedz powyżej tej linii|ответьте выше этой строки|このライン?の上に(?:返信|ご返信)|请在此行上方回复)\W*$", re.I)
# Mobile / client signatures: "Sent from my iPhone", "Von meinem iPhone gesendet", …  "Sent from my X" needs
# a device word before any comma, or X to be short: "Sent from my desk, is much easier…" is a sentence.
_DEVICE = (r"iphone|ipad|ipod|android|mobile|cell|phone|blackberry|samsung|galaxy|htc|nokia|huawei|pixel|tablet|"
           r"device|windows|mailbox|outlook|gmail|yahoo|aol|airmail|spark|k-9|smartphone|watch|kindle|\[mail\]|"
           r"verizon|sprint|t-mobile|handy|mobilgerät")
_MOBILE_SIG_RE = re.compile(
    r"^\s*[(<*]*\s*(?:sent (?:from|via|with|using|by|on) (?:my )?(?:[^,.;(<]*?\b(?:" + _DEVICE + r")\b|"
    r"(?:\S+\s*){1,4}$)|(?:get|download) (?:\[?outlook|the outlook) (?:for|app)|envoyé (?:depuis|de) (?:mon|ma)|"
    r"von meine[mr] \S+(?: \S+)? gesendet|gesendet (?:von|mit) (?:meinem|meiner|mein|\S+ für)|"
    r"diese nachricht wurde von meinem .{0,60}gesendet|enviado (?:desde|do|de) (?:mi|meu|o)|inviato da(?:l mio)? |"
    r"verzonden (?:vanaf|met|van)|verstuurd (?:vanaf|met)|skickat från|sendt fra|lähetetty |wysłane z|wysłano z|"
    r"отправлено с|надіслано з|從我的|从我的|iphoneから送信|(?:someone|sent) from (?:mobile|a phone)|"
    r"from my \S*phone)", re.I)
# Header words of a pasted header block ("From:/Sent:/To:", "Von:/Gesendet:", "De:/Envoyé:", …).
_HEADER_WORDS = (
    "from|sent|to|subject|date|cc|bcc|reply-to|von|gesendet|an|betreff|datum|de|envoyé|envoye|à|a|objet|enviado|"
    "para|asunto|fecha|da|inviato|oggetto|data|risposta|van|verzonden|aan|onderwerp|fra|sendt|til|emne|från|"
    "skickat|till|ämne|kopia|od|wysłano|do|temat|dw|от|отправлено|кому|тема|дата|копия|від|надіслано|відправлено|"
    "发件人|发送时间|收件人|主题|抄送|寄件者|寄件日期|收件者|主旨|差出人|送信日時|宛先|件名")
_HEADER_RE = re.compile(r"^\s*\**\s*(?:" + _HEADER_WORDS + r")\s*\**\s*[:：]", re.I)
# The "On <date>, <who> wrote:" family, checked on lines joined into one (clients wrap it).
_WROTE_VERB_RE = re.compile(
    r"(?:\bwrote|\bwrites|\bschrieb|a écrit|a ecrit|escribió|escreveu|ha scritto|scrisse|schreef|geschreven|"
    r"\bskrev|skrevet|napisał(?:\(a\)|a)?|napsal(?:\(a\))?|написал(?:\(а\)|а)?|написав|пише|писал|kirjoitti|"
    r"írta|yazdı|έγραψε|写道|寫道)", re.I)
_WROTE_END_RE = re.compile(r"(?:[:：]|\bwrote|\bschrieb|-{2,})\s*$", re.I)
_START_TOKEN_RE = re.compile(
    r"^(?:on|am|le|el|il|op|den|dnia|em|w dniu|dne|på|at|в|у|kl\.|στις|\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)", re.I)
_ADDR_OR_DIGIT_RE = re.compile(r"\d|@")
# Mail.ru / Yandex write no verb: "26.06.2014, 14:41, "Alexander L" <abc@example.com>:".
_NO_VERB_RE = re.compile(r".*\b\d{1,2}:\d{2}\b.*@[\w-]+(?:\.[\w-]+)+>?\s*[:：]$")
_ISO_DATE_LINE_RE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b.*(?:gmt|utc|@|[:：]\s*$)", re.I)
_HEADER_START = {"from", "von", "de", "da", "van", "fra", "från", "od", "от", "від", "发件人", "寄件者", "差出人"}


def _classify(lines: list[str]) -> list[str]:
    """One letter per line: e(mpty) d(elimiter) s(ignature) h(eader) q(uote) t(ext)."""
    kinds = []
    in_code = False
    for line in lines:
        head = line[:_LINE_PEEK]
        if _FENCE_RE.match(head):
            in_code = not in_code
            kinds.append("t")
        elif _EMPTY_RE.match(head) and len(line) <= _LINE_PEEK:
            kinds.append("e")
        elif in_code:
            kinds.append("t")  # code keeps its "####" and "--" lines
        elif _QUOTE_RE.match(head):
            kinds.append("q")
        elif _DELIM_RE.match(head) or _ORIGINAL_RE.match(head) or _FORWARD_RE.match(head) \
                or _REPLY_ABOVE_RE.match(head):
            kinds.append("d")
        elif len(line) < 200 and _MOBILE_SIG_RE.match(head):
            kinds.append("s")
        elif _HEADER_RE.match(head):
            kinds.append("h")
        else:
            kinds.append("t")
    return kinds


def _unquote(line: str) -> str:
    return re.sub(r"^\s*(?:>\s?)+", "", line).strip()


def _wrote_headers(lines: list[str], kinds: list[str]) -> None:
    """Mark the lines of each "On … wrote:" header (wrapped over lines or not) as "b", or "B"
    when the header itself is quoted (it then belongs to the quote it introduces)."""
    for j, line in enumerate(lines):
        if kinds[j] not in "tq" or len(line) > _LINE_PEEK:
            continue
        if kinds[j] == "t" and _ISO_DATE_LINE_RE.match(line.strip()):  # Gmail "2016-03-03 … GMT"
            end = j
            if not line.rstrip().endswith((":", "：")):
                for k in (j + 1, j + 2):  # its "<address>:" may be wrapped onto the next lines
                    if k < len(lines) and len(lines[k]) < 120 and lines[k].rstrip().endswith(":"):
                        end = k
                        break
            for k in range(j, end + 1):
                kinds[k] = "b"
            continue
        if not _WROTE_END_RE.search(line):
            continue
        generic = start = None
        for k in range(j, max(-1, j - 6), -1):
            if k < j and (kinds[k] in "dhsb" or len(lines[k]) > _LINE_PEEK):
                break
            if kinds[k] == "e":
                continue
            first = lines[k].strip().strip("-* ").strip()
            joined = " ".join(
                [first] + [_unquote(x) for x in lines[k + 1: j + 1] if x.strip()]).strip("-* ")
            if len(joined) > 350:
                break
            opener = _START_TOKEN_RE.match(_unquote(first))
            if not ((_WROTE_VERB_RE.search(joined) and _ADDR_OR_DIGIT_RE.search(joined))
                    or (opener and _NO_VERB_RE.match(joined))):
                if kinds[k] == "q" and k < j:
                    break  # inside a quote; (the wrapped "> wrote:" end line itself may be ">")
                continue
            if (kinds[k] == "q" and k < j) or opener:
                start = k  # the nearest line that opens like a header wins
                break
            if generic is None:
                generic = k
        begin = start if start is not None else generic
        if begin is not None:
            mark = "B" if kinds[begin] == "q" and begin < j else "b"
            for k in range(begin, j + 1):
                kinds[k] = mark


def _header_blocks(kinds: list[str], lines: list[str]) -> None:
    """Turn runs of pasted headers ("From:" … "Subject:") into "H"; lone "To:" lines stay text."""
    i = 0
    while i < len(kinds):
        if kinds[i] != "h":
            i += 1
            continue
        j, count, loose = i, 0, 0
        while j < len(kinds) and (kinds[j] == "h" or (kinds[j] == "t" and loose < 1 and count)):
            if kinds[j] == "h":
                count, loose = count + 1, 0
            else:
                loose += 1  # a wrapped header value ("Subject: …\nspans over 2 lines")
            j += 1
        word = re.split(r"[:：*\s]", lines[i].strip().strip("*").lower(), maxsplit=1)[0]
        if count >= 3 or (count >= 2 and word in _HEADER_START):
            for k in range(i, j):
                kinds[k] = "H"
        else:
            for k in range(i, j):
                kinds[k] = "t" if kinds[k] == "h" else kinds[k]
        i = max(j, i + 1)


def _skip(kinds: list[str], i: int, over: str) -> int:
    """Index of the first line from i on whose kind is not in over."""
    while i < len(kinds) and kinds[i] in over:
        i += 1
    return i


def trim_reply(body: str) -> str:
    """The new text of a plain-text reply: quoted history, headers and signatures removed."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    kinds = _classify(lines)
    _wrote_headers(lines, kinds)
    _header_blocks(kinds, lines)
    kept: list[int] = []
    seen_text = False
    i, n = 0, len(lines)
    while i < n:
        kind = kinds[i]
        if kind in "dsH":
            if seen_text:
                break  # everything after a signature, separator or header block is history
            i += 1
            continue
        if kind == "B" and not seen_text:
            i = _skip(kinds, i, "qeB")  # "> On … wrote:" and its quote above any reply text
            continue
        if kind == "b":
            j = i
            while j < n and kinds[j] == "b":
                j += 1
            nxt = _skip(kinds, j, "e")
            if nxt < n and kinds[nxt] in "qB":
                end = _skip(kinds, nxt, "qeB")
                after = _skip(kinds, end, "e")
                if not seen_text:
                    i = end  # leading "On … wrote:" + quote, reply below it (bottom-posting)
                    continue
                if after < n and kinds[after] == "t":
                    i = j  # inline answers between quoted parts: keep them, drop the header
                    continue
            elif not seen_text:
                i = j  # a lone header above the reply text
                continue
            break
        if kind == "t":
            seen_text = True
        kept.append(i)
        i += 1
    # A quote that ends the reply is the history being replied to.
    if any(kinds[k] == "t" for k in kept):
        while kept and kinds[kept[-1]] in "qeB":
            kept.pop()
    result = "\n".join(lines[k] for k in kept).strip()
    return _mpr_cut(result)


def _mpr_cut(text: str) -> str:
    """Let mail-parser-reply find quote headers of languages our own rules do not know."""
    if not text or len(text) > _MPR_WINDOW:
        return text
    # Its header regexes backtrack quadratically on long lines; headers are short, so blank
    # the long lines out (same line count) before handing the text over.
    short = "\n".join(x if len(x) <= _MPR_LINE else "" for x in text.split("\n"))
    try:
        replies = EmailReplyParser(languages=list(_MPR_LANGUAGES)).read(short).replies
    except Exception:
        return text
    if len(replies) < 2 or not replies[0].content:
        return text
    header = replies[1].headers.split("\n", 1)[0].strip()
    pos = text.find(header) if header else -1
    if pos <= 0:
        return text
    head = text[:pos].strip()
    return head if head else text


# ------------------------------------------------------------------------------ messages
def reply_text(msg: Message) -> str:
    """The new text of a reply message (text/plain preferred, else text/html)."""
    return tolerant(_reply_text, msg, "")


def _reply_text(msg: Message) -> str:
    plain = body_part(msg, "plain")
    text = trim_reply(part_text(plain)) if plain is not None else ""
    html = body_part(msg, "html") if not text else None  # some clients send an empty plain part
    if html is None:
        return text
    source = part_text(html)
    # If everything sat inside a quote container (a reply written below the quote), trim the
    # whole text rather than return nothing.
    return trim_reply(html_to_text(source, cut_quotes=True)) or trim_reply(html_to_text(source))
