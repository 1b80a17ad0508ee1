"""New text of a reply, without quoted history or signature, from plain-text or HTML mail."""

from __future__ import annotations

import re
from email.message import Message

from mailparser_reply import EmailReplyParser
from mailer.reading.applines import settle_app_lines
from mailer.reading.appwords import APP_LINE_RE
from mailer.reading.boilerplate import mark_boilerplate
from mailer.reading.companyheads import mark_company_heads
from mailer.reading.disclaimerlines import settle_disclaimers
from mailer.reading.disclaimerwords import DISCLAIMER_HEADING_RE, DISCLAIMER_OPEN_RE, LEGAL_RE, says_private
from mailer.reading.flowed import is_flowed, unflow
from mailer.reading.headerblocks import flat_header, header_line, mark_header_blocks, mark_quoted_header_blocks
from mailer.reading.inlineattachments import blank_inline_attachments
from mailer.reading.notesheads import mark_notes_heads
from mailer.reading.pastedframes import mark_pasted_frames
from mailer.reading.ownlookalikes import names_a_client_block
from mailer.reading.pgparmour import clear_signed_text
from mailer.reading.quoteheaders import mark_wrote_headers, skip, split_midline_headers, unquote
from mailer.reading.saidheaders import mark_said_headers
from mailer.reading.signaturelinks import cut_bracketed_site
from mailer.reading.replymarkers import (
    ADDR_OR_DIGIT_RE, BANNER_MAIL_RE, BANNER_OPEN_RE, BANNER_TAG_RE, BANNER_WORDS_RE, DELIM_RE,
    EMPTY_RE, EQUALS_FORWARD_RE, FENCE_RE, FOOTER_RE, FORWARD_RE, HEADER_RE, HTML_PLACEHOLDER_CHARS,
    HTML_PLACEHOLDER_RE, NAMED_FORWARD_RE, ORIGINAL_RE, QUOTE_RE,
    REPLY_ABOVE_BARE_RE, REPLY_ABOVE_RE, SIGN_OFF_RE, SPACED_DELIM_RE)
from mailer.reading.signature import (
    cut_signature, name_line, quoted_signature_above_closing, signature_line, signed_above_quote)
from mailer.reading.signerlines import cut_signer_block, mark_extension_under_closing
from mailer.reading.text import body_part, html_to_text, part_text, tolerant
from mailer.reading.trailerlines import cut_trailer_lines

# Languages handed to mail-parser-reply (it knows each one's "On … wrote:" and header words).
# Polish is left out: its header rule fires on a single "Do:"/"Data:" line, which reply text
# can contain; our own rules cover "Dnia … napisał(a):".
_MPR_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "da", "sv", "cs", "ja", "ko", "zh"]
_MPR_WINDOW = 10_000  # its regexes backtrack badly on huge quotes: only give it the kept text
_MPR_LINE = 200
_LINE_PEEK = 300  # every line pattern is anchored at the start, so long lines are cut to this
_REPEAT_KEY = 40  # a footer line repeats a quoted one when their first this many characters are the same
_WRAP_WIDTH = 40  # a quoted line at least this long may have been wrapped by the replying client
_DISCLAIMER_LINES = 6  # a disclaimer's legal words are looked for in this many lines of its paragraph
_LONE_DASH_RE = re.compile(r"^\s*[—–]\s*$")
# A code comment drawn as a rule ("#------", "//=====", "% ----"): it brackets the person's code, opens no signature.
_COMMENT_RULE_RE = re.compile(r"^\s*(?:#|//|%|;)\s*[-=_~*+]{2,}\s*$")
# A rule drawn with box-drawing, geometric or full-width marks ("━━━", "■□■□", "＝＝＝"): Japanese and Chinese mail also
# draws one between two topics of the person's own text, so it ends the text only above signature-like lines.
_DRAWN_RULE_RE = re.compile(r"^\s*[\u2500-\u25ff\u2605\u2606\uff0a\uff0d\uff1d\uff3f\uff5e]{2,}\s*$")


def _classify(lines: list[str]) -> list[str]:
    """One letter per line: e(mpty) d(elimiter) s(ignature) h(eader) q(uote) t(ext)."""
    kinds: list[str] = []
    in_code = text_above = False
    for i, line in enumerate(lines):
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
                or EQUALS_FORWARD_RE.match(head) or NAMED_FORWARD_RE.match(head) or REPLY_ABOVE_RE.match(head) or REPLY_ABOVE_BARE_RE.match(head) or SPACED_DELIM_RE.match(head) \
                or flat_header(head):
            kinds.append("d")
        elif (len(line) < 200 and APP_LINE_RE.match(head)) or (text_above and FOOTER_RE.match(head)):
            kinds.append("s")  # a footer is one only under some text: a reply that is all footer keeps it
        elif DISCLAIMER_HEADING_RE.match(head) or (DISCLAIMER_OPEN_RE.match(head) and (
                (text_above and kinds[-1] == "e" and says_private(head)) or _legal(lines, i))):
            kinds.append("d")  # a paragraph of its own under the text, or one that goes on like a disclaimer
        elif header_line(head):
            kinds.append("h")
        else:
            kinds.append("t")
        text_above = text_above or kinds[-1] == "t"
    return kinds


_BANNER_LINES = 5  # a gateway's banner is a short paragraph


def _drop_banner(lines: list[str], kinds: list[str]) -> None:
    """A mail gateway's external-sender banner, the first paragraph above the person's text ("[EXTERNAL] …",
    "CAUTION: This email originated from outside …"), is no part of what they wrote: its lines become "s", which is
    skipped above the text. A person's "Attention: she is only free on Monday." names no outside sender and stays."""
    first = next((i for i, kind in enumerate(kinds) if kind != "e"), None)
    if first is None or kinds[first] != "t":
        return
    end = first
    while end < len(kinds) and kinds[end] == "t" and end - first < _BANNER_LINES:
        end += 1
    paragraph = " ".join(x.strip() for x in lines[first:end])[:_LINE_PEEK * 2]
    opener = BANNER_OPEN_RE.match(paragraph)  # its warning must go on to name the outside sender or the links
    rest = paragraph[opener.end():] if opener else ""
    if BANNER_TAG_RE.match(paragraph) or (opener and BANNER_WORDS_RE.search(rest) and BANNER_MAIL_RE.search(rest)):
        if end < len(kinds) and kinds[end] == "t":
            return  # longer than a banner: the person's paragraph
        for k in range(first, end):
            kinds[k] = "s"


def _legal(lines: list[str], i: int) -> bool:
    """Does the paragraph from line i on go on like a disclaimer (recipient, in error, delete …)?"""
    paragraph = []
    for line in lines[i:i + _DISCLAIMER_LINES]:
        if EMPTY_RE.match(line[:_LINE_PEEK]):
            break
        paragraph.append(line[:_LINE_PEEK])
    return bool(LEGAL_RE.search(" ".join(paragraph)))


def _rules_between_sentences(lines: list[str], kinds: list[str]) -> None:
    """A lone em or en dash, or a spaced rule ("* * *"), opens a signature only when the lines under it read as one
    (a name, a title, a contact); above a sentence ("she's great, and Omar too.") it is the person's own break. A
    rule drawn as a code comment ("#------" above and under the R code of an answer) is their code."""
    for i, kind in enumerate(kinds):
        drawn = bool(_DRAWN_RULE_RE.match(lines[i][:_LINE_PEEK]))
        if kind == "d" and _COMMENT_RULE_RE.match(lines[i][:_LINE_PEEK]):
            kinds[i] = "t"
            continue
        if kind != "d" or not (_LONE_DASH_RE.match(lines[i][:_LINE_PEEK]) or SPACED_DELIM_RE.match(lines[i][:_LINE_PEEK])
                               or drawn):
            continue
        below = []
        start = i + 1
        while drawn and start < len(lines) and kinds[start] == "e":
            start += 1  # a drawn rule between topics ("＝＝＝" / blank / "別件ですが、…。") is read by the paragraph under it
        for k in range(start, len(lines)):
            if kinds[k] != "t":
                break
            below.append(lines[k].strip())
        if below and not all(signature_line(x) for x in below):
            kinds[i] = "t"


def _rejoin_quotes(lines: list[str], kinds: list[str]) -> None:
    """A quoted paragraph re-wrapped by the replying client leaves lines without ">" inside it:
    a text line between a long quoted line and another quoted line is part of that quote when it
    continues the sentence (the quoted line has no closing punctuation, or the line starts in lower
    case). An answer written right under a quote, with the quote not going on below it, stays text:
    "> … reply "interview" or "pass".\ninterview" keeps its command."""
    for i in range(1, len(lines)):
        if kinds[i] != "t" or kinds[i - 1] != "q":
            continue
        above = unquote(lines[i - 1])
        text = lines[i].strip()
        continues = not re.search(r"[.!?:;)\]\"'»]$", above) or (text[:1].islower() and not re.search(r"[.!?]$", above))
        broken = above.count("(") > above.count(")") or re.search(r"https?://\S*$", above)  # a link cut in two
        below = kinds[i + 1] if i + 1 < len(lines) else "e"
        if (len(above) >= _WRAP_WIDTH or broken) and continues and below == "q":
            kinds[i] = "q"


# A mark where the replier cut part of the quote: "[...]", "[…]", "[snip]", "<snip>", "[schnipp]", "...".
_ELISION_RE = re.compile(r"^\s*(?:[\[(<]\s*(?:\.{3}|…|snip(?:ped)?|schnipp|cut|gekürzt)\s*[\])>]|\.{3}|…)\s*$", re.I)


def _elisions_in_quotes(lines: list[str], kinds: list[str]) -> None:
    """A replier who shortens the quote leaves "[...]" where lines were cut: between two quoted lines (blank lines
    aside) that mark is part of the quote, so the quote above the answer is read as one block. The same mark between
    the person's own paragraphs, or right above their text, stays text."""
    for i, kind in enumerate(kinds):
        if kind != "t" or not _ELISION_RE.match(lines[i][:_LINE_PEEK]):
            continue
        above = i - 1
        while above >= 0 and kinds[above] == "e":
            above -= 1
        below = skip(kinds, i + 1, "e")
        if above >= 0 and kinds[above] == "q" and below < len(kinds) and kinds[below] == "q":
            kinds[i] = "q"


def _announced_quote(lines: list[str], kinds: list[str], kept: list[int]) -> bool:
    """Do the kept lines end with quoted lines right under a text line of the person's that ends in a colon?"""
    k = len(kept) - 1
    while k >= 0 and kinds[kept[k]] == "e":
        k -= 1
    if k < 0 or kinds[kept[k]] != "q":
        return False
    while k >= 0 and kinds[kept[k]] in "qe":
        k -= 1
    return k >= 0 and kinds[kept[k]] == "t" and lines[kept[k]].rstrip().endswith((":", "："))


# "P.S.", "PS:", "P.P.S.", Spanish and Portuguese "P.D." opening a line under the signature.
_POSTSCRIPT_RE = re.compile(r"^\s*(?:(?:p\.?\s?){1,2}s\b|p\.\s?d\b)(?P<mark>\.|\s*[:\-–])?\s*\S", re.I)
_POSTSCRIPT_REACH = 10  # a P.S. is looked for this many lines under the signature's first line


def _postscript_below(lines: list[str], kinds: list[str], i: int) -> int | None:
    """The line of a P.S. under the signature that opens at line i ("-- " or a lone dash, "Sent from my iPhone"), when
    only the signature's lines are between them; None for any other separator (a forward's or an original message's
    line, a header block) or when a quote comes first."""
    if kinds[i] not in "ds" or (kinds[i] == "d" and not DELIM_RE.match(lines[i][:_LINE_PEEK])):
        return None
    for k in range(i + 1, min(len(lines), i + _POSTSCRIPT_REACH)):
        if kinds[k] not in "tes":
            return None
        found = _POSTSCRIPT_RE.match(lines[k][:_LINE_PEEK]) if kinds[k] == "t" else None
        if found and (found["mark"] or not signature_line(lines[k].strip())):
            return k  # a bare "PS" that opens a signature line ("PS Consulting GmbH") is a company, not a P.S.
    return None


_PREFIX_QUOTE_RE = re.compile(r"^\s*([|:])(?:\s|$)")


def _without_prefixed_quote(lines: list[str], kinds: list[str], kept: list[int]) -> list[int]:
    """A trailing quote marked with "|" or ":" instead of ">" (older clients and list archives): two lines or more under
    the text, each opening with the same mark and a space (a table row, which ends in "|" too, and ":)" are no quote)."""
    k, marks, count = len(kept), set(), 0
    while k > 0:
        line = lines[kept[k - 1]]
        if kinds[kept[k - 1]] == "e":
            k -= 1
            continue
        found = _PREFIX_QUOTE_RE.match(line)
        if kinds[kept[k - 1]] != "t" or not found or line.rstrip().endswith("|") and line.strip() != "|":
            break
        marks.add(found[1])
        count += 1
        k -= 1
    above = next((lines[x].rstrip() for x in reversed(kept[:k]) if kinds[x] != "e"), "")
    if count < 2 or len(marks) != 1 or not above or above.endswith((":", "：")):
        return kept  # all of the text, or lines the text announces ("Slots that work:" / "| Tue 10:00 Jane")
    while k > 0 and kinds[kept[k - 1]] == "e":
        k -= 1
    return kept[:k]


def _sign_off_only(lines: list[str], kinds: list[str], start: int) -> bool:
    """Is the text from start on just a sign-off ("Regards, Roman"; "Thanks," + a name)?"""
    rest = [lines[k].strip() for k in range(start, len(lines)) if kinds[k] != "e"]
    return 0 < len(rest) <= 2 and all(kinds[k] in "te" for k in range(start, len(lines))) and \
        (bool(SIGN_OFF_RE.match(rest[0])) and (len(rest) == 1 or name_line(rest[1]))
         or (len(rest) == 1 and name_line(rest[0])))  # a signed name alone: "Maria", "—Ryan"


def _repeats_quote(lines: list[str], kinds: list[str], start: int, end: int, after: int) -> bool:
    """Is all the text from after on a repeat of lines of the quote between start and end? A job board or a
    mailing list appends its footer to every mail, so the quoted mail ends with the same lines (its links may
    differ): that is no inline answer."""
    def key(line: str) -> str:
        return " ".join(unquote(line).lower().split())[:_REPEAT_KEY]

    quoted = {key(lines[k]) for k in range(start, end) if kinds[k] == "q" and len(key(lines[k])) >= 20}
    rest = [k for k in range(after, len(lines)) if kinds[k] != "e"]
    return bool(rest) and all(kinds[k] == "t" and key(lines[k]) in quoted for k in rest)


def trim_reply(body: str) -> str:
    """The new text of a plain-text reply: quoted history, headers and signatures removed."""
    text = body.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")  # a byte order mark is no text
    lines = split_midline_headers(clear_signed_text(text.split("\n")))
    kinds = _classify(lines)
    settle_disclaimers(lines, kinds)
    settle_app_lines(lines, kinds)
    _drop_banner(lines, kinds)
    _rules_between_sentences(lines, kinds)
    mark_pasted_frames(lines, kinds)
    _rejoin_quotes(lines, kinds)
    _elisions_in_quotes(lines, kinds)
    mark_wrote_headers(lines, kinds)
    mark_said_headers(lines, kinds)
    mark_header_blocks(kinds, lines)
    mark_quoted_header_blocks(kinds, lines)
    mark_notes_heads(kinds, lines)
    mark_company_heads(kinds, lines)
    mark_boilerplate(lines, kinds)
    mark_extension_under_closing(kinds, lines)
    blank_inline_attachments(lines, kinds)
    kept: list[int] = []
    seen_text = False
    i, n = 0, len(lines)
    while i < n:
        kind = kinds[i]
        if kind in "dsH":
            postscript = _postscript_below(lines, kinds, i) if seen_text else None
            if postscript is not None:
                i = postscript  # "P.S. …" under the signature is the person's again
                continue
            if seen_text:
                break  # everything after a signature, separator or header block is history
            if kind == "H":
                nxt = skip(kinds, skip(kinds, i, "H"), "e")
                if nxt < n and kinds[nxt] == "q":
                    i = skip(kinds, nxt, "qeB")  # a header block at the top ("From: …" / "Date: …", as Mew writes
                    continue  # its attribution) opens the quote under it, like "On … wrote:"
            i += 1
            continue
        if kind == "B" and not seen_text:
            i = skip(kinds, i, "qeB")  # "> On … wrote:" and its quote above any reply text
            continue
        if kind == "b" or kind == "B":  # a quoted "> On … wrote:" under the text opens its quote like a plain one
            j = i
            while j < n and kinds[j] == kind:
                j += 1
            nxt = skip(kinds, j, "e")
            if nxt < n and kinds[nxt] in "qB":
                end = skip(kinds, nxt, "qeB")
                after = skip(kinds, end, "e")
                if not seen_text:
                    i = end  # leading "On … wrote:" + quote, reply below it (bottom-posting)
                    continue
                if after < n and kinds[after] == "t" and _sign_off_only(lines, kinds, after):
                    i = end  # a quote between the text and its sign-off is history: keep the sign-off
                    continue
                if after < n and kinds[after] == "t" and _repeats_quote(lines, kinds, nxt, end, after):
                    break  # a job board's or list's footer under the quote, which the quote already holds
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
    # A quote that ends the reply is the history being replied to, unless the person's own line right above it
    # announces it ("Her referee wrote:", "The brief said:"): then it is what they quote.
    if any(kinds[k] == "t" for k in kept) and not _announced_quote(lines, kinds, kept):
        kept = signed_above_quote(lines, kinds, kept)
        kept = quoted_signature_above_closing(lines, kinds, kept)
        while kept and kinds[kept[-1]] in "qeB":
            kept.pop()
        kept = _without_prefixed_quote(lines, kinds, kept)
    kept = cut_signature(lines, cut_trailer_lines(lines, kept))
    kept = cut_signer_block(lines, kept)
    kept = cut_bracketed_site(lines, kept)
    # a blank line of no-break or zero-width spaces is a blank line
    result = "\n".join("" if kinds[k] == "e" else lines[k] for k in kept).strip()
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
    block = [x.strip() for x in replies[1].headers.split("\n") if x.strip()]
    header = block[0] if block else ""
    pos = text.find(header) if header else -1
    if pos <= 0 or any(HEADER_RE.match(x) and not header_line(x) for x in block) or not names_a_client_block(block):
        return text  # "from: the beginning, …" is a sentence, "From: 80k" / "To: 95k" a range
    if not ADDR_OR_DIGIT_RE.search(header) and not QUOTE_RE.match(text[pos + len(header):].lstrip("\n")):
        # "On Monday, Jane wrote:" with no date, time or address and no quote under it is the person's sentence
        return text
    head = text[:pos].strip()
    return head if head else text


# ------------------------------------------------------------------------------ messages
def _html_placeholder(text: str) -> bool:
    """Is this plain part's text only a note asking for an HTML mail reader?"""
    return len(text) <= HTML_PLACEHOLDER_CHARS and text.count("\n") <= 2 and bool(HTML_PLACEHOLDER_RE.search(text))



def reply_text(msg: Message) -> str:
    """The new text of a reply message (text/plain preferred, else text/html)."""
    return tolerant(_reply_text, msg, "")


def _reply_text(msg: Message) -> str:
    plain = body_part(msg, "plain")
    text = ""
    if plain is not None:
        flowed, delsp = is_flowed(plain)
        body = part_text(plain)
        text = trim_reply(unflow(body, delsp) if flowed else body)  # a flowed paragraph is one line, as it is shown
    # Some clients send an empty plain part, or one that only asks for an HTML reader: the words are in the HTML.
    html = body_part(msg, "html") if not text or _html_placeholder(text) else None
    if html is None:
        return text
    # Quoted history marked "> " as in a plain-text reply, so an answer written below or between the quotes is read
    # as such (and no quoted line as the person's words).
    return trim_reply(html_to_text(part_text(html), mark_quotes=True))
