"""New text of a reply, without quoted history or signature, from plain-text or HTML mail."""

from __future__ import annotations

import re
from email.message import Message

from mailparser_reply import EmailReplyParser
from mailer.reading.replymarkers import (
    ADDR_OR_DIGIT_RE, CLOSING_RE, CONTACT_RE, DELIM_RE, DISCLAIMER_RE, EMPTY_RE, FENCE_RE, FIELD_BEFORE_COLON_RE,
    FLAT_HEADER_OPEN_RE, FORWARD_RE, HEADER_RE, HEADER_START, HEADER_WORDS, SPACED_DELIM_RE, ISO_DATE_LINE_RE, MIDLINE_HEADER_RE, MOBILE_SIG_RE, ORIGINAL_RE, QUOTE_RE, REPLY_ABOVE_RE,
    SENT_VERB_RE, SIGN_OFF_RE, START_TOKEN_RE, TIME_RE, ADDRESS_END_RE, WROTE_END_RE, WROTE_VERB_RE, YEAR_RE)
from mailer.reading.text import body_part, html_to_text, part_text, tolerant

# Languages handed to mail-parser-reply (it knows each one's "On … wrote:" and header words).
# Polish is left out: its header rule fires on a single "Do:"/"Data:" line, which reply text
# can contain; our own rules cover "Dnia … napisał(a):".
_MPR_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "da", "sv", "cs", "ja", "ko", "zh"]
_MPR_WINDOW = 10_000  # its regexes backtrack badly on huge quotes: only give it the kept text
_MPR_LINE = 200
_LINE_PEEK = 300  # every line pattern is anchored at the start, so long lines are cut to this
_WRAP_WIDTH = 40  # a quoted line at least this long may have been wrapped by the replying client
_SIGNATURE_LINES = 8  # at most this many lines under a sign-off's name are taken for its signature block


def _classify(lines: list[str]) -> list[str]:
    """One letter per line: e(mpty) d(elimiter) s(ignature) h(eader) q(uote) t(ext)."""
    kinds = []
    in_code = False
    for line in lines:
        head = line[:_LINE_PEEK]
        if FENCE_RE.match(head):
            in_code = not in_code
            kinds.append("t")
        elif EMPTY_RE.match(head) and len(line) <= _LINE_PEEK:
            kinds.append("e")
        elif in_code:
            kinds.append("t")  # code keeps its "####" and "--" lines
        elif QUOTE_RE.match(head):
            kinds.append("q")
        elif DELIM_RE.match(head) or ORIGINAL_RE.match(head) or FORWARD_RE.match(head) \
                or REPLY_ABOVE_RE.match(head) or SPACED_DELIM_RE.match(head) or _flat_header(head):
            kinds.append("d")
        elif len(line) < 200 and MOBILE_SIG_RE.match(head):
            kinds.append("s")
        elif DISCLAIMER_RE.match(head):
            kinds.append("d")
        elif HEADER_RE.match(head):
            kinds.append("h")
        else:
            kinds.append("t")
    return kinds


def _flat_header(head: str) -> bool:
    """A pasted header block run together on one line ("Temat: … Nadawca: … Adresat:")."""
    if head.count(":") + head.count("：") < 3 or not FLAT_HEADER_OPEN_RE.match(head):
        return False
    fields = 0
    for words in FIELD_BEFORE_COLON_RE.findall(head):
        words = words.lower().strip("* ")
        fields += words in HEADER_WORDS or words.rsplit(" ", 1)[-1].rsplit("-", 1)[-1] in HEADER_WORDS
    return fields >= 3


def _unquote(line: str) -> str:
    return re.sub(r"^\s*(?:>\s?)+", "", line).strip()


def _wrote_headers(lines: list[str], kinds: list[str]) -> None:
    """Mark the lines of each "On … wrote:" header (wrapped over lines or not) as "b", or "B"
    when the header itself is quoted (it then belongs to the quote it introduces)."""
    for j, line in enumerate(lines):
        if kinds[j] not in "tq" or len(line) > _LINE_PEEK:
            continue
        if kinds[j] == "t" and ISO_DATE_LINE_RE.match(line.strip()):  # Gmail "2016-03-03 … GMT"
            end = j
            if not line.rstrip().endswith((":", "：")):
                for k in (j + 1, j + 2):  # its "<address>:" may be wrapped onto the next lines
                    if k < len(lines) and len(lines[k]) < 120 and lines[k].rstrip().endswith(":"):
                        end = k
                        break
            for k in range(j, end + 1):
                kinds[k] = "b"
            continue
        if not WROTE_END_RE.search(line) and not _unterminated_header(lines, kinds, j):
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
            opener = START_TOKEN_RE.match(_unquote(first))
            if not (((WROTE_VERB_RE.search(joined) or (opener and SENT_VERB_RE.search(joined)))
                     and ADDR_OR_DIGIT_RE.search(joined))
                    or ((opener or YEAR_RE.search(joined)) and _no_verb_header(joined))):
                if kinds[k] == "q" and k < j:
                    break  # inside a quote; (the wrapped "> wrote:" end line itself may be ">")
                continue
            if (kinds[k] == "q" and k < j) or opener or (k == j and not WROTE_VERB_RE.search(joined)):
                start = k  # the nearest line that opens like a header wins
                break
            if generic is None:
                generic = k
        begin = start if start is not None else generic
        if begin is not None:
            begin = _paragraph_start(lines, kinds, begin)
            mark = "B" if kinds[begin] == "q" and begin < j else "b"
            for k in range(begin, j + 1):
                kinds[k] = mark


def _unterminated_header(lines: list[str], kinds: list[str], j: int) -> bool:
    """"Am 20.06.24 um 16:20 schrieb Name" with the address and the closing ":" lost: a line that opens like a quote
    header, has a date and the verb, and is followed at once by a quote or a pasted header block."""
    nxt = _skip(kinds, j + 1, "e")
    text = lines[j].strip()
    return nxt < len(kinds) and kinds[nxt] in "qh" and len(text) <= 200 and bool(START_TOKEN_RE.match(text)) \
        and bool(WROTE_VERB_RE.search(text)) and bool(ADDR_OR_DIGIT_RE.search(text))


def _no_verb_header(joined: str) -> bool:
    """A time, then an address, and ":" at the end (Mail.ru, Yandex, Gmail in Russian write no verb)."""
    end = ADDRESS_END_RE.search(joined)
    time = TIME_RE.search(joined)
    return bool(end and time and time.start() < end.start())


def _paragraph_start(lines: list[str], kinds: list[str], begin: int) -> int:
    """A quote header is a paragraph of its own: when clients wrap it over three lines ("On Nov 21, 2014,"
    / "at 10:18," / "Name <a@b> wrote:") or put the date alone on the first, the lines above the one found
    that reach back to a blank line (or the top) belong to it, if they read like header parts (a date,
    a time or an address; no sentence end)."""
    if kinds[begin] != "t":
        return begin
    k = begin
    while k > 0 and kinds[k - 1] == "t" and begin - (k - 1) <= 2:
        k -= 1
    if k == begin or (k > 0 and kinds[k - 1] != "e"):
        return begin
    for line in (lines[x].strip() for x in range(k, begin)):
        if len(line) > 100 or line.endswith((".", "!", "?")) or not ADDR_OR_DIGIT_RE.search(line):
            return begin
    return k


def _header_blocks(kinds: list[str], lines: list[str]) -> None:
    """Turn runs of pasted headers ("From:" … "Subject:") into "H"; lone "To:" lines stay text."""
    i = 0
    while i < len(kinds):
        if kinds[i] != "h":
            i += 1
            continue
        j, count, loose = i, 0, 0
        while j < len(kinds) and (kinds[j] == "h" or (kinds[j] == "t" and loose < 1 and count)
                                  or (kinds[j] == "e" and count and _skip(kinds, j, "e") < len(kinds)
                                      and kinds[_skip(kinds, j, "e")] == "h")):
            if kinds[j] == "e":
                j += 1  # "**Von:** …" blank "**An:** …": converted HTML puts each header in its own paragraph
                continue
            if kinds[j] == "h":
                count, loose = count + 1, 0
            else:
                loose += 1  # a wrapped header value ("Subject: …\nspans over 2 lines")
            j += 1
        word = re.split(r"[:：*\s]", lines[i].strip().strip("*").lower(), maxsplit=1)[0]
        if count >= 3 or (count >= 2 and word in HEADER_START):
            for k in range(i, j):
                kinds[k] = "H"
        else:
            for k in range(i, j):
                kinds[k] = "t" if kinds[k] == "h" else kinds[k]
        i = max(j, i + 1)


def _rejoin_quotes(lines: list[str], kinds: list[str]) -> None:
    """A quoted paragraph re-wrapped by the replying client leaves lines without ">" inside it:
    a text line between a long quoted line and another quoted line is part of that quote when it
    continues the sentence (the quoted line has no closing punctuation, or the line starts in lower
    case). An answer written right under a quote, with the quote not going on below it, stays text:
    "> … reply "interview" or "pass".\ninterview" keeps its command."""
    for i in range(1, len(lines)):
        if kinds[i] != "t" or kinds[i - 1] != "q":
            continue
        above = _unquote(lines[i - 1])
        text = lines[i].strip()
        continues = not re.search(r"[.!?:;)\]\"'»]$", above) or text[:1].islower()
        broken = above.count("(") > above.count(")") or re.search(r"https?://\S*$", above)  # a link cut in two
        below = kinds[i + 1] if i + 1 < len(lines) else "e"
        if (len(above) >= _WRAP_WIDTH or broken) and continues and below == "q":
            kinds[i] = "q"


def _cut_signature(lines: list[str], kept: list[int]) -> list[int]:
    """Under a closing ("Best regards,", "Viele Grüße") that follows some text, keep the name line and drop
    the block of title, company, phone and link lines under it, when that block is all the rest. Only a
    block that reads as one (a contact line, or several capitalised lines) is dropped, so a command
    written under a sign-off ("Thanks\nJane is great\ninterview") stays."""
    text = [k for k in kept if not EMPTY_RE.match(lines[k])]
    for pos in range(max(1, len(text) - _SIGNATURE_LINES - 2), len(text) - 1):
        name = lines[text[pos + 1]] if pos + 1 < len(text) else ""
        if not CLOSING_RE.match(lines[text[pos]][:_LINE_PEEK]) or not _name_line(name) or CLOSING_RE.match(name):
            if len(lines[text[pos]]) <= 80 and _name_line(lines[text[pos]]) \
                    and _repeats_name(lines[text[pos]], lines, text[pos + 1:]):
                return [k for k in kept if k <= text[pos]]
            continue
        rest = [lines[k].strip() for k in text[pos + 2:]]
        if not rest:
            continue
        contact = any(CONTACT_RE.search(x) for x in rest)
        if (contact or len(rest) >= 2 or _title_line(rest[0])) and all(_signature_line(x) for x in rest):
            return [k for k in kept if k <= text[pos + 1]]
    return kept


def _repeats_name(name: str, lines: list[str], block: list[int]) -> bool:
    """A signed first name ("Eva") above a signature block that opens with the full name and holds a contact
    ("Mag. Eva Musterfrau" / address / "Tel: …"): the block is the signature even with no closing above it."""
    rest = [lines[k].strip() for k in block]
    if not 2 <= len(rest) <= _SIGNATURE_LINES:
        return False
    first = name.strip().lstrip("-—–/~* ").split()[0]
    return first in re.findall(r"\w+", rest[0]) and any(CONTACT_RE.search(x) for x in rest[1:]) \
        and all(_signature_line(x) for x in rest)


def _title_line(line: str) -> bool:
    """A title or company line of capitalised words ("Senior Recruiter", "ACME GMBH", "SOME MORE TEXT"), which
    alone under a sign-off and its name is signature; a one-word line ("Pass") may be a command and stays."""
    words = line.split()
    return len(words) >= 2 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _name_line(line: str) -> bool:
    """A signed name: one to four capitalised words ("Maria Manager", "—Ryan", "J. Smith"), no digits."""
    words = line.strip().lstrip("-—–/~* ").split()
    return 0 < len(words) <= 4 and not re.search(r"\d|[.?!:,;]$", line.strip()) and \
        all(w[:1].isupper() or w.lower() in ("van", "de", "von", "da", "di", "le", "la", "der", "den") for w in words)


def _signature_line(line: str) -> bool:
    """A line of a signature block: a contact (phone, address, link) or a short capitalised title without a
    sentence."""
    if len(line) > 80:
        return False
    if CONTACT_RE.search(line):
        return True
    return len(line.split()) <= 6 and not re.search(r"[.?,;:]$", line) and not line[:1].islower()


def _skip(kinds: list[str], i: int, over: str) -> int:
    """Index of the first line from i on whose kind is not in over."""
    while i < len(kinds) and kinds[i] in over:
        i += 1
    return i


def _split_midline_headers(lines: list[str]) -> list[str]:
    """Put an "On … wrote:" header that starts after reply text on the same line on a line of its own,
    when a quote follows it."""
    out: list[str] = []
    for i, line in enumerate(lines):
        found = MIDLINE_HEADER_RE.match(line[:_LINE_PEEK]) if "On " in line and len(line) <= _LINE_PEEK else None
        following = next((x for x in lines[i + 1:i + 4] if x.strip()), "")
        if found and re.search(r"\w", found["text"]) and ADDR_OR_DIGIT_RE.search(found["header"]) \
                and QUOTE_RE.match(following):
            out += [found["text"], found["header"]]
        else:
            out.append(line)
    return out


def _sign_off_only(lines: list[str], kinds: list[str], start: int) -> bool:
    """Is the text from start on just a sign-off ("Regards, Roman"; "Thanks," + a name)?"""
    rest = [lines[k].strip() for k in range(start, len(lines)) if kinds[k] != "e"]
    return 0 < len(rest) <= 2 and all(kinds[k] in "te" for k in range(start, len(lines))) and \
        bool(SIGN_OFF_RE.match(rest[0])) and (len(rest) == 1 or _name_line(rest[1]))


def trim_reply(body: str) -> str:
    """The new text of a plain-text reply: quoted history, headers and signatures removed."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    lines = _split_midline_headers(text.split("\n"))
    kinds = _classify(lines)
    _rejoin_quotes(lines, kinds)
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
                if after < n and kinds[after] == "t" and _sign_off_only(lines, kinds, after):
                    i = end  # a quote between the text and its sign-off is history: keep the sign-off
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
    kept = _cut_signature(lines, kept)
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
