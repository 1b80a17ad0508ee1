"""The refusing server's own words in a bounce report that carries no RFC 3464 Diagnostic-Code (pure).

Postfix, Exim, qmail, Exchange and many others write their non-delivery reports as text: the reason is the SMTP
reply they got ("host mx.acme.example said: 550 5.1.1 <quentin@acme.example>: Recipient address rejected: User
unknown (in reply to RCPT TO command)"), or a line naming the failed address with what went wrong
("<quentin@acme.example>: mailbox full"). People told of a failing address read those words, never the name of
the rule that recognised the report.
"""

from __future__ import annotations

import re

LONGEST = 240  # characters of the server's words kept: the reason, not the whole transcript

# An SMTP reply: a 4xx/5xx code with an RFC 3463 status code after it ("550 5.1.1 …", "550-5.1.1 …"), or a code
# opening a line or following "said:"/a colon and then words ("554 delivery error: …"). A number in prose ("450
# bytes") is neither.
_REPLY_RE = re.compile(r"(?<![\w.])[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b.*|"
                       r"(?:^|said:|:)\s*[45]\d\d[ -](?=[A-Za-z<#(])(?!\d).*", re.I)
_STATUS_RE = re.compile(r"(?<![\w.])[45]\.\d{1,3}\.\d{1,3}\b")
# Where the returned original starts in a text report: nothing after it is the server's.
_ORIGINAL_RE = re.compile(r"^\s*(?:-{2,}.*(?:original|returned|headers).*|(?:original|returned) message|"
                          r"original message headers:?|received: |message-id: |below this line)", re.I)
_LEAD_RE = re.compile(r"^(?:\s|:|said:)+", re.I)
# A line that is only an address starts the next recipient's paragraph (Exim), not more of this reply.
_ADDRESS_LINE_RE = re.compile(r"^\s*<?[^\s@<>]+@[^\s@<>]+>?:?\s*$")
# What follows an address without being a reason: a date (Exchange 2003 "x@y on Thu, 29 Apr 2005 …"), a report's
# field ("; Action: delayed"), an address again.
_NOT_A_REASON_RE = re.compile(r"^(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d|^;|\baction:|^\W*<?[^\s@]+@",
                              re.I)
_CODE_PREFIX_RE = re.compile(r"^\s*[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}\s*)?")


def server_words(body: str, failed: set[str] | frozenset[str] = frozenset()) -> str:
    """What the refusing server said, trimmed to a line or two ("550 5.1.1 <x@y>: Recipient address rejected:
    User unknown"), or "" when the report quotes no reply and names no reason beside a failed address.

    >>> server_words("<q@a.example>: host mx.a.example said: 550 5.1.1 <q@a.example>: User unknown")
    '550 5.1.1 <q@a.example>: User unknown'
    """
    lines = _report_lines(body)
    for i, line in enumerate(lines):
        match = _REPLY_RE.search(line)
        if match:
            return _trim(_with_continuation(_LEAD_RE.sub("", match.group(0)), lines[i + 1:]))
    for i, line in enumerate(lines):
        if _STATUS_RE.search(line):
            return _trim(_with_continuation(line.strip(), lines[i + 1:]))
    for line in lines:
        said = _beside_address(line, failed)
        if said:
            return _trim(said)
    return ""


def _report_lines(body: str) -> list[str]:
    lines = []
    for line in body[:8000].splitlines():
        if _ORIGINAL_RE.match(line):
            break
        lines.append(line)
    return lines


def _with_continuation(first: str, rest: list[str]) -> str:
    """A reply wrapped over indented lines (Postfix) or repeated under its code (a multi-line SMTP reply,
    "550-5.1.1 The email account … / 550 5.1.1 double-checking …") is read whole, up to a blank line."""
    code = _CODE_PREFIX_RE.match(first)
    words = [first]
    for line in rest:
        if not line.strip() or _ADDRESS_LINE_RE.match(line):
            break
        if code and line.lstrip()[:3] == first[:3] and _CODE_PREFIX_RE.match(line):
            words.append(_CODE_PREFIX_RE.sub("", line, count=1))
        elif line[:1] in " \t":
            words.append(line.strip())
        else:
            break
    return " ".join(words)


def _beside_address(line: str, failed) -> str:
    """"<x@y>: mailbox full" or "x@y - user unknown": the words after a failed address on its own line."""
    for address in failed:
        at = line.lower().find(address.lower())
        if at < 0:
            continue
        after = line[at + len(address):].lstrip(">").strip(" \t:-–()")
        if re.search(r"[A-Za-z]{3}", after) and not _NOT_A_REASON_RE.search(after):
            return f"{address}: {after}"
    return ""


def _trim(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s*\(in reply to (?:RCPT TO|end of DATA|MAIL FROM|DATA) command\)\s*$", "", text, flags=re.I)
    return text if len(text) <= LONGEST else text[:LONGEST].rsplit(" ", 1)[0] + " …"
