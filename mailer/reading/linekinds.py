"""The kind of each line of a reply, one letter per line (e/d/s/h/q/t), and the passes that correct a line's kind by
the lines around it: a gateway's banner over the text, a rule between two sentences, a quoted paragraph the replying
client re-wrapped, a "[...]" inside a quote. replytext.trim_reply reads these kinds (and other modules' marks) to cut
the reply."""

from __future__ import annotations

import re

from mailer.reading.appwords import APP_LINE_RE
from mailer.reading.bannerwords import banner_lines
from mailer.reading.disclaimerwords import DISCLAIMER_HEADING_RE, DISCLAIMER_OPEN_RE, LEGAL_RE, says_private
from mailer.reading.headerblocks import flat_header, header_line
from mailer.reading.quoteheaders import skip, unquote
from mailer.reading.replymarkers import (
    DELIM_RE, EMPTY_RE, EQUALS_FORWARD_RE, FENCE_RE, FOOTER_RE, FORWARD_RE, NAMED_FORWARD_RE, ORIGINAL_RE, QUOTE_RE,
    REPLY_ABOVE_BARE_RE, REPLY_ABOVE_RE, SPACED_DELIM_RE)
from mailer.reading.signature import signature_line

_LINE_PEEK = 300  # every line pattern is anchored at the start, so long lines are cut to this
_WRAP_WIDTH = 40  # a quoted line at least this long may have been wrapped by the replying client
_DISCLAIMER_LINES = 6  # a disclaimer's legal words are looked for in this many lines of its paragraph
_LONE_DASH_RE = re.compile(r"^\s*[—–]\s*$")
# A code comment drawn as a rule ("#------", "//=====", "% ----"): it brackets the person's code, opens no signature.
_COMMENT_RULE_RE = re.compile(r"^\s*(?:#|//|%|;)\s*[-=_~*+]{2,}\s*$")
# A rule drawn with box-drawing, geometric or full-width marks ("━━━", "■□■□", "＝＝＝"): Japanese and Chinese mail also
# draws one between two topics of the person's own text, so it ends the text only above signature-like lines.
_DRAWN_RULE_RE = re.compile(r"^\s*[\u2500-\u25ff\u2605\u2606\uff0a\uff0d\uff1d\uff3f\uff5e]{2,}\s*$")


def classify_lines(lines: list[str]) -> list[str]:
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


def drop_banner(lines: list[str], kinds: list[str]) -> None:
    """A mail gateway's external-sender banner above the person's text ("[EXTERNAL] …", "CAUTION: This email
    originated from outside …", Proofpoint's two lines between its markers) is no part of what they wrote: its lines
    become "s", which is skipped above the text. Its words and where it ends are bannerwords'; a person's
    "Attention: she is only free on Monday." does not say this mail came from outside, and stays, and so does a line of
    theirs right under the banner with no blank line between."""
    first = next((i for i, kind in enumerate(kinds) if kind != "e"), None)
    if first is None or kinds[first] not in "td":
        return
    for k in banner_lines(lines, kinds):
        kinds[k] = "s"


def _legal(lines: list[str], i: int) -> bool:
    """Does the paragraph from line i on go on like a disclaimer (recipient, in error, delete …)?"""
    paragraph = []
    for line in lines[i:i + _DISCLAIMER_LINES]:
        if EMPTY_RE.match(line[:_LINE_PEEK]):
            break
        paragraph.append(line[:_LINE_PEEK])
    return bool(LEGAL_RE.search(" ".join(paragraph)))


def rules_between_sentences(lines: list[str], kinds: list[str]) -> None:
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


def rejoin_quotes(lines: list[str], kinds: list[str]) -> None:
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


def elisions_in_quotes(lines: list[str], kinds: list[str]) -> None:
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
