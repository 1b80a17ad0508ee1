"""Quote headers ("On … wrote:", wrapped, quoted or after text on the same line) in a reply's lines: marks their line
kinds for mailer/reading/replytext.py, which owns the cutting (pasted "From:/Sent:" blocks are
mailer/reading/headerblocks.py's; the words are in mailer/reading/replymarkers.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from mailer.reading.archivedaddresses import as_addresses
from mailer.reading.headerblocks import flat_header
from mailer.reading.replymarkers import (
    ADDR_OR_DIGIT_RE, ADDRESS_END_RE, BIDI_RE, ISO_DATE_LINE_RE, MIDLINE_BLOCK_RE, MIDLINE_HEADER_RE, QUOTE_RE,
    SENT_VERB_RE, SENTENCE_END_RE, START_TOKEN_RE, TIME_RE, WROTE_END_RE, WROTE_VERB_RE, YEAR_RE)

_LINE_PEEK = 300  # every line pattern is anchored at the start, so long lines are cut to this
_VERB_COLON_TEXT_RE = re.compile(WROTE_VERB_RE.pattern + r"\s*[:：]\s*\w", re.I)  # "Jane wrote: she can start …"
_ABBREVIATION_END_RE = re.compile(r"(?:^|\s)[^\W\d_]{1,3}\.$")  # "kl.", "Dez.", "déc." end no sentence
_NAME_PARTICLES = {"van", "von", "de", "da", "di", "du", "del", "der", "den", "le", "la", "dos", "bin", "al"}
_HANDLE_RE = re.compile(r"^[^\W\d_][\w.-]{1,30}$")  # a nickname or login: "dMp", "laurent", "j.doe"
_PRONOUNS = {"i", "you", "he", "she", "we", "they", "it", "someone", "somebody", "who", "er", "sie", "ich", "il",
             "elle", "on", "je", "él", "ella", "yo", "alguien"}


def skip(kinds: list[str], i: int, over: str) -> int:
    """Index of the first line from i on whose kind is not in over."""
    while i < len(kinds) and kinds[i] in over:
        i += 1
    return i


def mark_heads_over_quotes(lines: list[str], kinds: list[str], is_head: Callable[[str], bool]) -> None:
    """Mark as a header line ("b") each text line right above a quote (or the quoted "On … wrote:" opening it) that
    `is_head` takes for an attribution: the shape shared by the attribution rules quoteheaders' verb has no word for
    (saidheaders, quotingheads). A line above the person's own lines announces what they write next: never one."""
    for i, kind in enumerate(kinds):
        if kind != "t" or len(lines[i]) > _LINE_PEEK:
            continue
        nxt = skip(kinds, i + 1, "e")
        if nxt < len(kinds) and kinds[nxt] in "qbB" and is_head(BIDI_RE.sub("", lines[i]).strip()):
            kinds[i] = "b"


def unquote(line: str) -> str:
    return re.sub(r"^\s*(?:>\s?)+", "", line).strip()


def split_midline_headers(lines: list[str]) -> list[str]:
    """Put a quote header that starts after reply text on the same line on a line of its own, a blank line between:
    an "On … wrote:" header when a quote follows it, or an Outlook header block run together with the text
    ("Yes.From: Rita <r@x>Sent: Monday … 10:12 AMTo: …Subject: …")."""
    out: list[str] = []
    for i, line in enumerate(lines):
        head = line[:_LINE_PEEK]
        found = MIDLINE_HEADER_RE.match(head) if "On " in line and len(line) <= _LINE_PEEK else None
        following = next((x for x in lines[i + 1:i + 4] if x.strip()), "")
        if found and re.search(r"\w", found["text"]) and ADDR_OR_DIGIT_RE.search(found["header"]) \
                and QUOTE_RE.match(following):
            out += [found["text"], "", found["header"]]
            continue
        block = next((m.start() for m in MIDLINE_BLOCK_RE.finditer(head)
                      if re.search(r"\w", head[:m.start()]) and flat_header(head[m.start():])), None)
        if block is not None and not QUOTE_RE.match(line):
            out += [line[:block].rstrip(), "", line[block:]]
        else:
            out.append(line)
    return out


def mark_wrote_headers(lines: list[str], kinds: list[str]) -> None:
    """Mark the lines of each "On … wrote:" header (wrapped over lines or not) as "b", or "B"
    when the header itself is quoted (it then belongs to the quote it introduces)."""
    lines = as_addresses(lines)  # a list archive's "<x at y.org>" is the address a client wrote there
    plain = [BIDI_RE.sub("", x) for x in lines]  # right-to-left clients wrap names and addresses in direction marks
    for j, line in enumerate(plain):
        if kinds[j] not in "tq" or len(line) > _LINE_PEEK:
            continue
        if kinds[j] == "t" and ISO_DATE_LINE_RE.match(line.strip()):  # Gmail "2016-03-03 … GMT"
            if not _iso_sender(lines, j):
                continue  # a log or schedule line ("2026-12-07 10:12:15 UTC ERROR … jane@…", "… 10:00 UTC: Jane")
            end = j
            if not line.rstrip().endswith((":", "：")):
                for k in (j + 1, j + 2):  # its "<address>:" may be wrapped onto the next lines
                    if k < len(lines) and len(lines[k]) < 120 and lines[k].rstrip().endswith(":"):
                        end = k
                        break
            for k in range(j, end + 1):
                kinds[k] = "b"
            continue
        if not WROTE_END_RE.search(line) and not _unterminated_header(plain, kinds, j):
            continue
        nxt = skip(kinds, j + 1, "e")
        begin = _header_begin(plain, kinds, j, False)
        if begin is None and nxt < len(kinds) and kinds[nxt] == "q":
            begin = _header_begin(plain, kinds, j, True)  # the looser shapes, only right above a quote
        if begin is not None:
            begin = _paragraph_start(plain, kinds, _wrapped_start(plain, kinds, begin, j))
            mark = "B" if kinds[begin] == "q" and begin < j else "b"
            for k in range(begin, j + 1):
                kinds[k] = mark


_ISO_SENDER_RE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?(?:\s+(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?)?"
                            r"\s+(?P<who>[^:：]+?)\s*$", re.I)


def _iso_sender(lines: list[str], j: int) -> bool:
    """Gmail's old "2016-03-03 17:21 GMT+01:00 Some One <some@one.example>:" header ends in ":" (or its wrapped next
    line does); when the ":" was lost, after the date, the time and the zone come only a name in capitals or a
    "<address>", while a log line goes on with seconds or a sentence ("2026-12-07 10:12:15 UTC ERROR sync failed for
    jane@…") and a schedule line with ": Jane"."""
    if lines[j].rstrip().endswith((":", "：")):
        return True
    for k in (j + 1, j + 2):  # the address and ":" wrapped onto the next lines (never a header of its own: "On …")
        if k >= len(lines) or not lines[k].strip() or START_TOKEN_RE.match(lines[k].strip()) or len(lines[k]) >= 120:
            break
        if lines[k].rstrip().endswith(":"):
            return True
    found = _ISO_SENDER_RE.match(lines[j].strip())
    if not found:
        return False
    words = found["who"].split()
    return 0 < len(words) <= 6 and (words[-1].endswith(">") or all(w[:1].isupper() for w in words))


def _header_begin(plain: list[str], kinds: list[str], j: int, quote_follows: bool) -> int | None:
    """The first line of a quote header that ends on line j, searching up to six lines up, or None."""
    generic, blank = None, False
    for k in range(j, max(-1, j - 6), -1):
        if k < j and (kinds[k] in "dhsb" or len(plain[k]) > _LINE_PEEK):
            break
        if kinds[k] == "e":
            blank = True
            continue
        first = plain[k].strip().strip("-* ").strip()
        joined = " ".join([first] + [unquote(x) for x in plain[k + 1: j + 1] if x.strip()]).strip("-* ")
        if len(joined) > 350 or (k < j and _VERB_COLON_TEXT_RE.search(first)):
            break  # a header ends at its "wrote:": "On Monday, Jane wrote: she …" above "man. 7. des. … skrev …:" is text
        opener = START_TOKEN_RE.match(unquote(first))
        below = " ".join(plain[k + 1:j + 1])
        if opener and k < j and not (YEAR_RE.search(first) or TIME_RE.search(first)) \
                and (YEAR_RE.search(below) or TIME_RE.search(below)):
            opener = None  # the date is in the lines under it: "1 yes, 2 pass" above "man. 7. des. 2026 … skrev …:"
        if not _reads_as_header(joined, bool(opener), quote_follows):
            if kinds[k] == "q" and k < j:
                break  # inside a quote; (the wrapped "> wrote:" end line itself may be ">")
            continue
        if blank and not (opener and YEAR_RE.search(first)):
            continue  # across a blank line only a line that opens like a header with its date starts one ("1 yes,
            # 2 pass" opens with a digit; Polymail's "On Tue, Apr 11, 2017 at 10:07 PM John Smith" / "" / "<" …)
        if (kinds[k] == "q" and k < j) or opener or (k == j and not WROTE_VERB_RE.search(joined)):
            return k  # the nearest line that opens like a header wins
        if generic is None:
            generic = k
    return generic


def _reads_as_header(joined: str, opener: bool, quote_follows: bool) -> bool:
    """Does this text (a line, or lines joined) read as a quote header? The verb ("wrote", "schrieb", "a écrit" …)
    with a date or an address; or a date, a time and an address with no verb (Gmail in Russian, Mail.ru); or,
    right above a quote, a short "Rita Recruiter wrote:" (Thunderbird without the date) or a date and a time
    ending in ":" with the address left out. Never when a sentence ends inside it ("Yes. I spoke to her on
    Mon, Dec 7 … and she wrote:")."""
    verb = WROTE_VERB_RE.search(joined) or (opener and SENT_VERB_RE.search(joined))
    named = verb and quote_follows and (_name_wrote(joined, verb) or _archived_address_wrote(joined, verb))
    header = (verb and (ADDR_OR_DIGIT_RE.search(joined) or named)) \
        or ((opener or YEAR_RE.search(joined)) and _no_verb_header(joined, quote_follows))
    return bool(header) and not SENTENCE_END_RE.search(joined)


def _name_wrote(joined: str, verb: re.Match) -> bool:
    """"Rita Recruiter wrote:", "Rita Recruiter a écrit :": a name of up to four capitalised words, the verb, ":"
    (not "Jane said yesterday she wrote:"); or one word in lower case, the nickname or login list archives sign
    with ("dMp wrote:", "laurent a écrit :"), when it is no pronoun ("she wrote:")."""
    who = joined[:verb.start()].strip(" ,\"'")
    words = who.split()
    if not (joined.endswith((":", "：")) and 0 < len(words) <= 4 and len(joined) - verb.end() <= 3):
        return False
    if len(words) == 1 and _HANDLE_RE.match(who) and who.lower() not in _PRONOUNS:
        return True
    return all(not w[:1].isalpha() or w[:1].isupper() or not w[:1].islower() for w in words)


# The stand-in a list archive writes for an address, "x@y" shown as "x at y" (pipermail; "x en y", "x em y" in its
# Spanish and Portuguese archives): "matador at BerliOS napisa?(a):" is an attribution, as "matador napisał(a):" is.
_ARCHIVED_ADDRESS_RE = re.compile(r"^[^\W\d_][\w.+-]{0,40} (?:at|en|em) [^\W_][\w-]*(?:\.[\w-]+)*$")


def _archived_address_wrote(joined: str, verb: re.Match) -> bool:
    """"jdoe at example.org wrote:", "matador at BerliOS napisa?(a):": an archived address, the verb and ":" with
    nothing after it. A pronoun before "at" ("we at Acme wrote:") is a sentence of the person's."""
    who = joined[:verb.start()].strip(" ,\"'")
    if not (joined.endswith((":", "：")) and len(joined) - verb.end() <= 3):
        return False
    return bool(_ARCHIVED_ADDRESS_RE.match(who)) and who.split()[0].lower() not in _PRONOUNS


def _wrapped_start(lines: list[str], kinds: list[str], begin: int, j: int) -> int:
    """A header wrapped right under the reply text, with no blank line between: when the line found opens as a
    continuation ("<rita@…> a scris:", "(rita@…) kirjoitti:", "wrote:") or has no date or time, the line above it
    that holds the date belongs to it ("În lun., 7 dec. 2026 la 10:12, Rita Recruiter"); a time alone is enough only
    above a continuation, so "Interview Tuesday 10:30" above "Rita Recruiter <rita@…> wrote:" stays text. A line
    that opens like a header with its date ("Le 07/12/2026 à" / "10:12, Rita a écrit :") is the first line too. A name
    alone above the address or verb it was wrapped from ("<rita@…> wrote:", "schrieb am …:") belongs to it when a blank
    line (or the top) is above it, and a name with its address above the verb wrapped from them always; a word above a header that opens
    in lower case ("interview" / "man. 7. des. 2026 … skrev …:") does not."""
    first = lines[begin].strip()
    continuation = first[:1] in "<(" or first[:1].islower()
    above = lines[begin - 1].strip() if begin > 0 else ""
    opens = START_TOKEN_RE.match(above) and YEAR_RE.search(above) and not above.endswith(("!", "?", ":")) \
        and (not above.endswith(".") or _ABBREVIATION_END_RE.search(above))  # "Den 2026-12-07 kl." / "10:12, skrev …:"
    if kinds[begin] != "t" or not (continuation or opens or not (YEAR_RE.search(first) or TIME_RE.search(first))):
        return begin
    found = begin
    while begin > 0 and j - begin < 3 and kinds[begin - 1] == "t":
        above = lines[begin - 1].strip()
        dated = YEAR_RE.search(above) or (TIME_RE.search(above) and continuation)
        if len(above) > 100 or (above.endswith((".", "!", "?")) and not _ABBREVIATION_END_RE.search(above)) \
                or not dated:
            break
        begin -= 1
    above = lines[begin - 1].strip() if begin > 0 else ""
    alone = begin == 1 or (begin > 1 and kinds[begin - 2] == "e")
    wrapped_name = ((first[:1] in "<(" or WROTE_VERB_RE.match(first)) and _bare_name(above) and alone) or \
        ("@" in above and "@" not in first and len(above) <= 100 and not above.endswith((".", "!", "?")))
    if begin == found and begin > 0 and wrapped_name and kinds[begin - 1] == "t":
        begin -= 1  # "Rita Recruiter" / "<rita@…> wrote:"; "山田太郎 (<taro@…>) erabiltzaileak hau" / "idatzi zuen …:"
    return begin


def _bare_name(line: str) -> bool:
    """A name on a line of its own: up to four words, none opening in lower case ("interview" is none), no digit, no
    closing punctuation."""
    words = line.split()
    return 0 < len(words) <= 4 and not re.search(r"\d|[.!?,;:]\s*$", line) \
        and not any(w[:1].islower() and w not in _NAME_PARTICLES for w in words)


def _unterminated_header(lines: list[str], kinds: list[str], j: int) -> bool:
    """"Am 20.06.24 um 16:20 schrieb Name" with the address and the closing ":" lost: a line that opens like a quote
    header, has a date and the verb, and is followed at once by a quote or a pasted header block."""
    nxt = skip(kinds, j + 1, "e")
    text = lines[j].strip()
    return nxt < len(kinds) and kinds[nxt] in "qh" and len(text) <= 200 and bool(START_TOKEN_RE.match(text)) \
        and bool(WROTE_VERB_RE.search(text)) and bool(ADDR_OR_DIGIT_RE.search(text))


def _no_verb_header(joined: str, quote_follows: bool = False) -> bool:
    """A time, then an address, and ":" at the end (Mail.ru, Yandex, Gmail in Russian write no verb); right above
    a quote, the address may be missing ("пн, 7 дек. 2026 г. в 10:12, Rita Recruiter:")."""
    end = ADDRESS_END_RE.search(joined)
    time = TIME_RE.search(joined)
    if quote_follows and not end and joined.endswith((":", "：")) and len(joined) <= 150:
        return bool(time)
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
    parts = [lines[x].strip() for x in range(k, begin)]
    if not (START_TOKEN_RE.match(parts[0]) or YEAR_RE.search(parts[0])):
        return begin  # the paragraph opens with the header's date ("On Nov 21, 2014,"), not "Interview Tuesday 10:30"
    for line in parts:
        if len(line) > 100 or line.endswith((".", "!", "?")) or not _header_part(line):
            return begin
    return k


def _header_part(line: str) -> bool:
    """A line a client may wrap a quote header into: a date, a time or an address ("11 would be best" is none)."""
    return "@" in line or bool(YEAR_RE.search(line) or TIME_RE.search(line))
