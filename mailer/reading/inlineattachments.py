"""Attachments a mail client wrote into the body as lines of text: a uuencoded file ("begin 644 photo.jpg", lines of
uuencode, "end") and Lotus Notes' notices of a file attached ("(See attached file: plan.doc)", "(Embedded image moved
to file: pic01234.jpg)"). A uuencoded file is never what the person wrote. A notice is a signature's kin when it ends
the person's text (under the closing and name, above the quoted history): there it goes. Between the person's own
paragraphs it marks where they put the file ("Attached is the draft." / the notice / "If you agree, …") and is kept
as written, as the tuning labels keep it. The lines are blanked rather than cut at, so the text around a uuencoded
file reads as if the file were not there."""

from __future__ import annotations

import re

# One or more Notes notices filling the line. Notes writes them in the user's language; only the English and German
# forms are known here. The colon and the closing parenthesis are Notes' own: a person's "(see the attached file)"
# has neither.
_NOTICE = r"\((?:See attached file|Siehe angehängte Datei|Embedded image moved to file|UUEncoded file named" \
          r"|Its format is):[^()]*\)"
_NOTICE_LINE_RE = re.compile(rf"^\s*(?:{_NOTICE}\s*)+$", re.IGNORECASE)
# "begin <octal mode> <file name>": the line uuencode opens its block with.
_UU_BEGIN_RE = re.compile(r"^begin [0-7]{3,4} \S.*$")
# Uuencode writes only the characters from space to backquote: no lower-case letter can be in its lines.
_UU_LINE_RE = re.compile(r"^[\x20-\x60]+$")
_UU_END_RE = re.compile(r"^end\s*$")
_UU_MIN_LINES = 2  # a "begin 644 x" line with less under it is too little to call a file


def blank_inline_attachments(lines: list[str], kinds: list[str]) -> None:
    """Blank (kind "e", empty line) each uuencoded block from its "begin" line to its "end" line, and each Notes
    attachment notice on a line of its own that no line of the person's text (kind "t") follows. Called once the
    quote headers, header blocks and Notes heads are marked, so history under a notice is not taken for text.
    A "begin 644 x" line over the person's own words, or a block with no "end", is left as it is."""
    i, n = 0, len(lines)
    while i < n:
        if _UU_BEGIN_RE.match(lines[i]):
            end = _uuencoded_end(lines, i + 1)
            if end is not None:
                _blank(lines, kinds, i, end + 1)
                i = end
        i += 1
    # Does the person's text go on under a notice: is the first line below it that is neither empty nor another
    # notice a line of text? One pass from the bottom carries the answer up, so a run of notices costs one look each.
    text_below = False
    for i in range(n - 1, -1, -1):
        if _NOTICE_LINE_RE.match(lines[i]):
            if not text_below:
                _blank(lines, kinds, i, i + 1)
        elif kinds[i] != "e":
            text_below = kinds[i] == "t"


def _uuencoded_end(lines: list[str], start: int) -> int | None:
    """The index of the "end" line closing a uuencoded block whose lines start at start, or None when the lines
    there are not uuencode (a lower-case letter, a blank line) or no "end" closes them."""
    j = start
    while j < len(lines) and _UU_LINE_RE.match(lines[j]) and not _UU_END_RE.match(lines[j]):
        j += 1
    if j - start >= _UU_MIN_LINES and j < len(lines) and _UU_END_RE.match(lines[j]):
        return j
    return None


def _blank(lines: list[str], kinds: list[str], start: int, end: int) -> None:
    for k in range(start, end):
        lines[k] = ""
        kinds[k] = "e"
