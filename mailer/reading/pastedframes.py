"""Rule lines a person draws around text they paste ("Here is what the installer said:" / "--" / its text / "--" /
their question): a rule that opens a signature ends the reply text, but one announced by the line above it and closed
by the same rule, with the person's own lines going on under the closing one, frames what they pasted."""

from __future__ import annotations

from mailer.reading.quoteheaders import skip
from mailer.reading.replymarkers import DELIM_RE

_LINE_PEEK = 300
_FRAME_LINES = 80  # a pasted log, dialog or listing longer than this is not looked through for the closing rule


def mark_pasted_frames(lines: list[str], kinds: list[str]) -> None:
    """Read both rules of such a frame as the person's text ("t") instead of a signature delimiter ("d")."""
    i = 0
    while i < len(kinds):
        if kinds[i] != "d" or not DELIM_RE.match(lines[i][:_LINE_PEEK]) or not _announced(lines, kinds, i):
            i += 1
            continue
        rule = lines[i].strip()
        close = next((k for k in range(i + 1, min(len(kinds), i + 1 + _FRAME_LINES))
                      if kinds[k] == "d" and lines[k].strip() == rule), None)
        if close is None or any(kinds[k] in "qbBhH" for k in range(i + 1, close)):
            i += 1
            continue  # no closing rule, or a quote or header inside: history under a separator, not a paste
        after = skip(kinds, close + 1, "e")
        if after < len(kinds) and kinds[after] == "t":
            kinds[i] = kinds[close] = "t"
            i = close + 1
            continue
        i += 1


def _announced(lines: list[str], kinds: list[str], i: int) -> bool:
    """The person's line right above the rule (blank lines between allowed) ends in ":" and so announces it."""
    k = i - 1
    while k >= 0 and kinds[k] == "e":
        k -= 1
    return k >= 0 and kinds[k] == "t" and lines[k].rstrip().endswith((":", "："))
