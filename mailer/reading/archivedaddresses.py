"""A list archive's stand-in for an address in angle brackets, "<x at y.org>" (pipermail; "<x em y.br>", "<x en y.es>"
in its Portuguese and Spanish archives), read back as the address it stands for, so that a quote header signed with
one reads as the header it was: Gmail's "2009/6/10 Ana Souza <ana at gmail.com>" over a quote, whose "@" and (in the
Portuguese Gmail of the time) closing ":" are both missing."""

from __future__ import annotations

import re

# only inside "<…>", and only with a dotted domain: "we at Acme", "at 10:12" and "em casa" in text are no address
_BRACKETED_RE = re.compile(r"<([\w.+-]{1,64}) (?:at|em|en) ([^\W_][\w-]*(?:\.[\w-]+)+)>")


def as_addresses(lines: list[str]) -> list[str]:
    """The lines with each archived "<x at y.tld>" written "<x@y.tld>"; every other character as it was.

    >>> as_addresses(["2009/6/10 Ana Souza <ana em gmail.com>", "we at Acme <3"])
    ['2009/6/10 Ana Souza <ana@gmail.com>', 'we at Acme <3']
    """
    return [_BRACKETED_RE.sub(r"<\1@\2>", line) if "<" in line else line for line in lines]
