"""New text of a reply, without quoted history or signature, from plain-text or HTML mail."""

from __future__ import annotations

import re
from email.message import Message

from mailparser_reply import EmailReplyParser
from mailer.reading.applines import settle_app_lines
from mailer.reading.boilerplate import mark_boilerplate
from mailer.reading.companyheads import mark_company_heads
from mailer.reading.disclaimerlines import settle_disclaimers
from mailer.reading.flowed import is_flowed, unflow
from mailer.reading.headerblocks import header_line, mark_header_blocks, mark_quoted_header_blocks
from mailer.reading.inlineattachments import blank_inline_attachments
from mailer.reading.linekinds import (
    classify_lines, drop_banner, elisions_in_quotes, rejoin_quotes, rules_between_sentences)
from mailer.reading.notesheads import mark_notes_heads
from mailer.reading.pastedframes import mark_pasted_frames
from mailer.reading.ownlookalikes import names_a_client_block
from mailer.reading.pgparmour import clear_signed_text
from mailer.reading.quoteheaders import mark_wrote_headers, skip, split_midline_headers, unquote
from mailer.reading.quotingheads import mark_quoting_heads
from mailer.reading.saidheaders import mark_said_headers
from mailer.reading.signaturelinks import cut_bracketed_site
from mailer.reading.replymarkers import (
    ADDR_OR_DIGIT_RE, DELIM_RE, HEADER_RE, HTML_PLACEHOLDER_CHARS, HTML_PLACEHOLDER_RE, QUOTE_RE, SIGN_OFF_RE)
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
    kinds = classify_lines(lines)
    settle_disclaimers(lines, kinds)
    settle_app_lines(lines, kinds)
    drop_banner(lines, kinds)
    rules_between_sentences(lines, kinds)
    mark_pasted_frames(lines, kinds)
    rejoin_quotes(lines, kinds)
    elisions_in_quotes(lines, kinds)
    mark_wrote_headers(lines, kinds)
    mark_said_headers(lines, kinds)
    mark_quoting_heads(lines, kinds)
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
