"""A person's own lines that look like a client's header block stay their words: a schedule or an address written as
"From: Monday 9:00 / To: Wednesday 17:00", "Da: lunedì alle 9 / A: mercoledì", "Von: Lager Nord / An: Werk Süd" (no
sent date, no address, fewer than four fields: no client writes such a block). replytext's own block rule
(headerblocks.py) already asks this; mail-parser-reply, which replytext asks last for quote heads in languages its
own rules do not know, does not, and cut the text at such lines with everything under them."""

from __future__ import annotations

import re

from mailer.reading.replymarkers import DATE_FIELDS, HEADER_RE, ORIGINAL_RE

_BLOCK_FIELDS = 4  # a block of this many fields is a client's, whatever its values


def names_a_client_block(block: list[str]) -> bool:
    """Can these lines, which a header finder took for the head of quoted history, be a client's header block? Any
    head that is no field block ("On … wrote:", "-----Original Message-----") is left to that finder; a field block
    must name a sent date or an address, or run to four fields.

    >>> names_a_client_block(["From: Monday 9:00", "To: Wednesday 17:00", "Subject: the new office"])
    False
    >>> names_a_client_block(["From: Rita", "Sent: Monday, March 13, 2006 10:20 AM", "To: Dana"])
    True
    """
    fields = [HEADER_RE.match(x.strip().strip("*")) for x in block]
    if not block or not fields[0] or any(ORIGINAL_RE.match(x) for x in block):
        return True
    named = [f for f in fields if f]
    return len(named) >= _BLOCK_FIELDS or any("@" in x for x in block) \
        or any(f["field"].lower() in DATE_FIELDS for f in named)
