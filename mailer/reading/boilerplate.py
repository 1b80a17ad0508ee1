"""Boilerplate that company mail adds around a person's words, in the shapes the older rules of
mailer/reading/replytext.py miss: a gateway's external-sender banner (bannerwords) once the other marks are made, a
legal disclaimer whose opening sentence (disclaimerwords) is wrapped over lines, the Outlook app's "Get Outlook for
iOS" line in any UI language (appwords), Teams and Zoom invitation blocks, and the "Name <address>" line Lotus Notes
writes over its sent time. For replytext.trim_reply, which has marked each line (e/d/s/h/q/t/H/…) before: these lines
change kind, none is dropped here."""

from __future__ import annotations

import re

from mailer.reading.notesheads import SENT_TIME
from mailer.reading.appwords import APP_LINK_RE, OUTLOOK_APP_RE
from mailer.reading.disclaimerwords import DISCLAIMER_OPEN_RE, LEGAL_RE
from mailer.reading.bannerwords import banner_lines
from mailer.reading.replymarkers import DELIM_RE, EMPTY_RE

_PEEK = 300  # line patterns look at this much of a line
_PARAGRAPH_PEEK = 600  # and paragraph patterns at this much of a paragraph
_DISCLAIMER_LINES = 8  # a disclaimer paragraph's lines, read for its legal words

# Meeting invitations pasted under the text: a Teams block (between two rules, or its own paragraph) and a Zoom one
# (a heading over its zoom.us link), with the paragraphs of dial-in lines under them.
# A heading names the meeting or joining it, so "Zoom works for me" over a link of the person's stays.
_MEETING_WORD = (r"(?:meeting|besprechung|besprechungen|réunion|reunión|riunione|reunião|vergadering|spotkani\w*|"
                 r"join|beitreten|participer|rejoindre|unirse|partecipa|deelnemen|dołącz|entrar|ingressar|会議|参加)")
# A heading is the client's own line: the product's name with its meeting or join words and nothing else, so a
# person's "Happy to join a Microsoft Teams meeting" over their decision is no heading.
_HEAD_WORDS = (r"(?:(?:" + _MEETING_WORD + r"|de|do|di|w|usłudze|la|à|a|alla|aan|spotkania|na|der|die|zur|am)"
               r"\s+){0,4}")
_TEAMS_HEAD_RE = re.compile(r"^\W*(?=.*" + _MEETING_WORD + r")" + _HEAD_WORDS + r"microsoft teams(?:[- ]\S+)?"
                            r"(?:\s+" + _MEETING_WORD + r")?\s*:?\s*$", re.I)
_ZOOM_LINK_RE = re.compile(r"https?://[\w.-]*zoom\.us/(?:j|my|w|s)/", re.I)
_ZOOM_HEAD_RE = re.compile(r"^\W*(?=.*" + _MEETING_WORD + r")" + _HEAD_WORDS + r"zoom(?:[- ]\S+)?"
                           r"(?:\s+" + _MEETING_WORD + r")?\s*:?\s*$", re.I)
_DIAL_LINE_RE = re.compile(
    r"https?://|meeting[- ]id|passcode|password|kenncode|besprechungs-id|code secret|id de (?:la )?réunion|"
    r"id de reunión|código|vergader-id|wachtwoord|toegangscode|one tap|dial|\+\d[\d ,#*]{6,}|"
    r"join (?:on|by|with)|click here|download teams|learn more|meeting options|rejoindre sur|cliquez ici|"
    r"hier klicken|klicken sie hier|haga clic aquí|unirse en|fai clic qui|klik hier|kliknij tutaj", re.I)
_MEETING_REACH = 25
_ZOOM_LINK_LINES, _ZOOM_REACH = 4, 10  # a Zoom heading's link is among the next four text lines, blank lines aside  # a Teams block's closing rule is looked for this many lines under its heading

# The sender line Notes writes over its sent time for an Internet sender: '"Jane Doe" <jane@x>', 'Jane Doe <jane@x>'.
_NOTES_SENDER_RE = re.compile(r"^\s*\"?[^\W\d_][\w.' -]{0,60}\"?\s*<[^<>\s@]+@[^<>\s]+>\s*$")
_NOTES_TIME_RE = re.compile(r"^\s*" + SENT_TIME + r"\s*$")


def _paragraph(kinds: list[str], start: int) -> int:
    """The end (exclusive) of the run of text lines from start."""
    end = start
    while end < len(kinds) and kinds[end] == "t":
        end += 1
    return end


def _mark_banner(lines: list[str], kinds: list[str]) -> None:
    """The top, if it is still text once quote heads and header blocks are marked, read again for a gateway's banner
    (bannerwords' words and extent)."""
    first = next((i for i, kind in enumerate(kinds) if kind != "e"), None)
    if first is None or kinds[first] not in "td":
        return
    for k in banner_lines(lines, kinds):
        kinds[k] = "s"


def _mark_disclaimers(lines: list[str], kinds: list[str]) -> None:
    """A disclaimer under the text whose opening sentence is wrapped over lines (read joined, so "This email and any
    attachments are" / "confidential …" opens one) and whose paragraph has the legal words: the whole paragraph."""
    text_above = False
    i = 0
    while i < len(kinds):
        if kinds[i] != "t":
            text_above = text_above or kinds[i] == "q"
            i += 1
            continue
        end = _paragraph(kinds, i)
        paragraph = " ".join(x.strip() for x in lines[i:min(end, i + _DISCLAIMER_LINES)])[:_PARAGRAPH_PEEK]
        if text_above and DISCLAIMER_OPEN_RE.match(paragraph) and LEGAL_RE.search(paragraph):
            kinds[i:end] = ["d"] * (end - i)
        text_above = True
        i = end


def _mark_app_lines(lines: list[str], kinds: list[str]) -> None:
    """The app's line stands last over the quote (or ends the mail): a line a person writes goes on with more text."""
    text_above = False
    for i, kind in enumerate(kinds):
        if kind == "t" and text_above and "outlook" in lines[i][:_PEEK].lower() \
                and OUTLOOK_APP_RE.match(APP_LINK_RE.sub("", lines[i][:_PEEK])):
            below = next((k for k in range(i + 1, len(kinds)) if kinds[k] != "e"), None)
            if below is None or kinds[below] != "t":
                kinds[i] = "s"
        text_above = text_above or kind == "t"


def _dial_paragraphs(lines: list[str], kinds: list[str], start: int) -> int:
    """The end of the invitation's paragraphs of dial-in lines from start on (blank lines between them)."""
    end = start
    k = start
    while k < len(kinds):
        while k < len(kinds) and kinds[k] == "e":
            k += 1
        stop = _paragraph(kinds, k)
        if stop == k or not all(_DIAL_LINE_RE.search(lines[x][:_PEEK]) for x in range(k, stop)):
            return end
        end = k = stop
    return end


def _dial_lines(lines: list[str], kinds: list[str], start: int) -> int:
    """The end of the run of dial-in text lines from start: the block ends at the first line that is none."""
    end = start
    while end < len(kinds) and kinds[end] == "t" and _DIAL_LINE_RE.search(lines[end][:_PEEK]):
        end += 1
    return end


def _mark_meetings(lines: list[str], kinds: list[str]) -> None:
    i = 0
    while i < len(kinds):
        line = lines[i][:_PEEK]
        lowered = line.lower() if kinds[i] == "t" else ""
        if "teams" in lowered and _TEAMS_HEAD_RE.match(line):
            start = i - 1 if i > 0 and DELIM_RE.match(lines[i - 1]) else i
            rule = next((k for k in range(i + 1, min(len(kinds), i + _MEETING_REACH)) if DELIM_RE.match(lines[k])), None)
            end = rule + 1 if rule is not None and start < i else \
                _dial_paragraphs(lines, kinds, _dial_lines(lines, kinds, i + 1))
            kinds[start:end] = ["e"] * (end - start)
            i = end
            continue
        if "zoom" in lowered and _ZOOM_HEAD_RE.match(line):
            below = [k for k in range(i, min(len(kinds), i + _ZOOM_REACH)) if kinds[k] == "t"][:_ZOOM_LINK_LINES]
            if any(_ZOOM_LINK_RE.search(lines[k][:_PEEK]) for k in below):  # HTML may set each line apart
                end = _dial_paragraphs(lines, kinds, _dial_lines(lines, kinds, i + 1))
                kinds[i:end] = ["e"] * (end - i)
                i = end
                continue
        i += 1


def _mark_notes_senders(lines: list[str], kinds: list[str]) -> None:
    for i in range(1, len(kinds)):
        if kinds[i] == "H" and kinds[i - 1] == "t" and _NOTES_TIME_RE.match(lines[i][:_PEEK]) \
                and _NOTES_SENDER_RE.match(lines[i - 1][:_PEEK]):
            kinds[i - 1] = "H"


def mark_boilerplate(lines: list[str], kinds: list[str]) -> None:
    """Re-mark the boilerplate among lines read as text: a top banner "s", a disclaimer under text "d", the Outlook
    app's line "s", a meeting invitation's lines "e" (what the person wrote under it stays theirs), the Notes sender
    line over a sent time marked "H" also "H"."""
    if not any(kind == "t" for kind in kinds) or all(EMPTY_RE.match(x) for x in lines):
        return
    _mark_banner(lines, kinds)
    _mark_disclaimers(lines, kinds)
    _mark_app_lines(lines, kinds)
    _mark_meetings(lines, kinds)
    _mark_notes_senders(lines, kinds)
