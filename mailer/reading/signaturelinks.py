"""A signature line that names a team or company with its web site as a bare host in brackets ("JimmyIM development
team <jimmyim.berlios.de>", "Acme Recruiting (acme.example)"): under a closing and the signed name, such a line is
the signature's link line, as "www.acme.example" or "https://acme.example" already are to signature.py. The site's
name (a label but the last) must be in the team's line; a P.S. or a sentence pointing at someone's site is the
person's."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import CLOSING_RE, EMPTY_RE
from mailer.reading.signature import name_line, opens_with_command, signature_line

_LINE_PEEK = 300
# A host name in brackets at the end of the line: dotted labels ending in letters, no "@" (an address is a contact
# already) and no path (a link pasted into a sentence).
_BRACKETED_HOST_RE = re.compile(r"^(?P<text>.*\S)\s*[<(\[](?P<labels>(?:[a-z0-9-]+\.)+)[a-z]{2,}/?[>)\]]\s*$", re.I)
_POSTSCRIPT_RE = re.compile(r"^\s*(?:p\.?\s?){1,2}s\b", re.I)  # "P.S.", "PS:", "PPS"


def cut_bracketed_site(lines: list[str], kept: list[int]) -> list[int]:
    """Drop the last kept line when it is such a team or company line right under "closing" / "name"."""
    text = [k for k in kept if not EMPTY_RE.match(lines[k])]
    if len(text) < 3:
        return kept
    closing, name, last = (lines[k] for k in text[-3:])
    found = _BRACKETED_HOST_RE.match(last.strip())
    if not (found and CLOSING_RE.match(closing[:_LINE_PEEK]) and name_line(name) and not CLOSING_RE.match(name)):
        return kept
    team = found["text"]
    if not team[:1].isupper() or not signature_line(team) or _POSTSCRIPT_RE.match(team) or opens_with_command(team):
        return kept  # "see <docs.example.org>" under the name is a sentence of theirs, a "P.S. …" or "Pass – …" too
    named = team.lower().replace("-", "").replace(" ", "")
    if not any(len(label) > 1 and label.replace("-", "") in named for label in found["labels"].lower().split(".")):
        return kept  # a team's site bears its name ("Acme Recruiting (jobs.acme.example)"); "Check her blog (anna.dev)"
    return [k for k in kept if k < text[-1]]
