"""Quote headers ("On … wrote:", wrapped, quoted or after text on the same line) and pasted header blocks
("From:/Sent:/To:", one per line or run together) in a reply's lines: marks their line kinds for
mailer/reading/replytext.py, which owns the cutting (the words are in mailer/reading/replymarkers.py)."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import (
    ADDR_OR_DIGIT_RE, ADDRESS_END_RE, BIDI_RE, DATE_FIELDS, FIELD_BEFORE_COLON_RE, FLAT_HEADER_OPEN_RE, HEADER_RE,
    HEADER_START, HEADER_WORDS, ISO_DATE_LINE_RE, MIDLINE_BLOCK_RE, MIDLINE_HEADER_RE, QUOTE_RE, SENT_VERB_RE,
    SENTENCE_END_RE, START_TOKEN_RE, SUBJECT_FIELDS, TIME_RE, WROTE_END_RE, WROTE_VERB_RE, YEAR_RE)

_LINE_PEEK = 300  # every line pattern is anchored at the start, so long lines are cut to this
_LOOSE = 2  # at most this many unindented lines of a wrapped header value between two header lines


def skip(kinds: list[str], i: int, over: str) -> int:
    """Index of the first line from i on whose kind is not in over."""
    while i < len(kinds) and kinds[i] in over:
        i += 1
    return i


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


def header_line(line: str) -> bool:
    """A line of a pasted header block: a header word, ":" and a value that reads as that field's value. A date
    field's value has a digit; a sender's or recipient's is a name or an address, never a sentence ("From: the
    beginning, I thought …", "To: sum up, …"); a subject that opens in lower case and ends a sentence is one too."""
    found = HEADER_RE.match(line)
    if not found:
        return False
    field = found["field"].lower()
    value = BIDI_RE.sub("", line[found.end():]).strip("* \t")
    if not value or "@" in value:
        return True
    if field in DATE_FIELDS:
        return bool(re.search(r"\d", value))
    sentence = bool(re.search(r"[.!?。！？]$", value)) and len(value.split()) >= 3
    if field in SUBJECT_FIELDS:
        return not (sentence and value[:1].islower() and not value.endswith("?"))
    listed = ";" in value or all(len(x.split()) <= 2 for x in value.split(","))  # "maria, omar, jane, bob"
    return not sentence and not (value[:1].islower() and len(value.split()) >= 4 and not listed)


def flat_header(head: str) -> bool:
    """A pasted header block run together on one line ("Temat: … Nadawca: … Adresat:"): three header fields or
    more, and a date's digit or an address in it (a sentence that names "From:", "Sent:" and "To:" has neither)."""
    if head.count(":") + head.count("：") < 3 or not FLAT_HEADER_OPEN_RE.match(head) \
            or not ADDR_OR_DIGIT_RE.search(head):
        return False
    fields = 0
    for found in FIELD_BEFORE_COLON_RE.findall(head):
        words = found.lower().strip("* ")
        glued = re.search(r"[A-Z][a-z]*$", found)  # "…10:12 AMTo:": the field glued to the value before it
        fields += words in HEADER_WORDS or words.rsplit(" ", 1)[-1].rsplit("-", 1)[-1] in HEADER_WORDS \
            or bool(glued and glued[0].lower() in HEADER_WORDS)
    return fields >= 3


def mark_wrote_headers(lines: list[str], kinds: list[str]) -> None:
    """Mark the lines of each "On … wrote:" header (wrapped over lines or not) as "b", or "B"
    when the header itself is quoted (it then belongs to the quote it introduces)."""
    plain = [BIDI_RE.sub("", x) for x in lines]  # right-to-left clients wrap names and addresses in direction marks
    for j, line in enumerate(plain):
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
        if len(joined) > 350:
            break
        opener = START_TOKEN_RE.match(unquote(first))
        if not _reads_as_header(joined, bool(opener), quote_follows):
            if kinds[k] == "q" and k < j:
                break  # inside a quote; (the wrapped "> wrote:" end line itself may be ">")
            continue
        if (kinds[k] == "q" and k < j) or opener or (k == j and not WROTE_VERB_RE.search(joined)):
            return k  # the nearest line that opens like a header wins
        if generic is None and not blank:
            generic = k  # (across a blank line only a line that opens like a header starts one)
    return generic


def _reads_as_header(joined: str, opener: bool, quote_follows: bool) -> bool:
    """Does this text (a line, or lines joined) read as a quote header? The verb ("wrote", "schrieb", "a écrit" …)
    with a date or an address; or a date, a time and an address with no verb (Gmail in Russian, Mail.ru); or,
    right above a quote, a short "Rita Recruiter wrote:" (Thunderbird without the date) or a date and a time
    ending in ":" with the address left out. Never when a sentence ends inside it ("Yes. I spoke to her on
    Mon, Dec 7 … and she wrote:")."""
    verb = WROTE_VERB_RE.search(joined) or (opener and SENT_VERB_RE.search(joined))
    header = (verb and (ADDR_OR_DIGIT_RE.search(joined) or (quote_follows and _name_wrote(joined, verb)))) \
        or ((opener or YEAR_RE.search(joined)) and _no_verb_header(joined, quote_follows))
    return bool(header) and not SENTENCE_END_RE.search(joined)


def _name_wrote(joined: str, verb: re.Match) -> bool:
    """"Rita Recruiter wrote:", "Rita Recruiter a écrit :": a name of up to four capitalised words, the verb, ":"
    (not "Jane said yesterday she wrote:")."""
    who = joined[:verb.start()].strip(" ,\"'")
    words = who.split()
    return joined.endswith((":", "：")) and 0 < len(words) <= 4 and len(joined) - verb.end() <= 3 \
        and all(not w[:1].isalpha() or w[:1].isupper() or not w[:1].islower() for w in words)


def _wrapped_start(lines: list[str], kinds: list[str], begin: int, j: int) -> int:
    """A header wrapped right under the reply text, with no blank line between: when the line found opens as a
    continuation ("<rita@…> a scris:", "(rita@…) kirjoitti:", "wrote:") or has no date or time, the line above it
    that holds the date belongs to it ("În lun., 7 dec. 2026 la 10:12, Rita Recruiter"); a time alone is enough only
    above a continuation, so "Interview Tuesday 10:30" above "Rita Recruiter <rita@…> wrote:" stays text. A line
    that opens like a header with its date ("Le 07/12/2026 à" / "10:12, Rita a écrit :") is the first line too. A name
    alone above a continuation belongs to it when a blank line (or the top) is above the name."""
    first = lines[begin].strip()
    continuation = first[:1] in "<(" or first[:1].islower()
    above = lines[begin - 1].strip() if begin > 0 else ""
    opens = START_TOKEN_RE.match(above) and YEAR_RE.search(above) and not above.endswith((".", "!", "?", ":"))
    if kinds[begin] != "t" or not (continuation or opens or not (YEAR_RE.search(first) or TIME_RE.search(first))):
        return begin
    found = begin
    while begin > 0 and j - begin < 3 and kinds[begin - 1] == "t":
        above = lines[begin - 1].strip()
        dated = YEAR_RE.search(above) or (TIME_RE.search(above) and continuation)
        if len(above) > 100 or above.endswith((".", "!", "?")) or not dated:
            break
        begin -= 1
    if begin == found and continuation and begin > 0 and kinds[begin - 1] == "t" \
            and (begin == 1 or kinds[begin - 2] == "e") and _bare_name(lines[begin - 1]):
        begin -= 1  # "Rita Recruiter" / "<rita@…> wrote:"
    return begin


def _bare_name(line: str) -> bool:
    """A name on a line of its own: up to four words, no digit, no closing punctuation."""
    words = line.split()
    return 0 < len(words) <= 4 and not re.search(r"\d|[.!?,;:]\s*$", line)


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


def mark_header_blocks(kinds: list[str], lines: list[str]) -> None:
    """Turn runs of pasted headers ("From:" … "Subject:") into "H"; lone "To:" lines stay text. A value may wrap
    over two more lines, and lines folded under a header (indented, as in "Cc:\tmaria@…\n        omar@…") go on
    with it."""

    def folded(j: int) -> bool:
        return lines[j][:1] in (" ", "\t") and bool(lines[j].strip())

    i = 0
    while i < len(kinds):
        if kinds[i] != "h":
            i += 1
            continue
        j, count, loose = i, 0, 0
        while j < len(kinds) and (kinds[j] == "h" or (kinds[j] == "t" and count and (loose < _LOOSE or folded(j)))
                                  or (kinds[j] == "e" and count and skip(kinds, j, "e") < len(kinds)
                                      and kinds[skip(kinds, j, "e")] == "h")):
            if kinds[j] == "e":
                j += 1  # "**Von:** …" blank "**An:** …": converted HTML puts each header in its own paragraph
                continue
            if kinds[j] == "h":
                count, loose = count + 1, 0
            elif not folded(j):
                loose += 1  # a wrapped header value ("Subject: …\nspans over 2 lines")
            j += 1
        j -= max(0, loose - 1)  # of the loose lines under the last header, only the first is taken for its value
        word = re.split(r"[:：*\s]", lines[i].strip().strip("*").lower(), maxsplit=1)[0]
        if count >= 3 or (count >= 2 and word in HEADER_START):
            for k in range(i, j):
                kinds[k] = "H"
        else:
            for k in range(i, j):
                kinds[k] = "t" if kinds[k] == "h" else kinds[k]
        i = max(j, i + 1)
