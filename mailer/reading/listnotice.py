"""A list server's notice that it refused a post sent to the list: the mail reached the list's robot, never its
members, so for mailer it did not arrive (a bounce, permanent: sending the same mail again meets the same rule).

Structure first: the sender is the list server's own robot (mailer/reading/machine.py, `list_server_sender`), and
the notice is about a mail the reader sent (it refers to it by In-Reply-To/References or returns it). Then the
fixed wording list managers use when they refuse a post, read in the notice's own opening text only (never in the
returned mail): fml "You are not a member of this mailing list" and its loop guard "Duplicated Message-ID";
Mailman "You are not allowed to post to this mailing list" and "Your message to the … mailing-list was rejected";
Sympa "You are not allowed to send messages to list …" and "Your message for list … has been rejected"; LISTSERV
"You are not authorized to send mail to the … list". A moderator's hold ("is being held until the list moderator
can review it") is not a refusal: the post may still go out.
"""

from __future__ import annotations

import re
from email.message import Message

from mailer.reading.machine import list_robot_address, list_server_sender
from mailer.reading.reportparts import RETURNED_TYPES, walk
from mailer.reading.text import header_text

REFUSAL_RE = re.compile(
    r"(?:are|is) not (?:a )?(?:member|subscriber) of (?:this|the|our) (?:mailing[- ])?list|"
    r"(?:not|n't) (?:allowed|permitted|authori[sz]ed) to (?:post|send (?:mail|e-?mails?|messages?))(?: to)?|"
    r"(?:message|post(?:ing)?|mail|submission) (?:to|for) .{0,80}?(?:was|has been|were) (?:automatically )?"
    r"(?:rejected|refused|discarded|denied)|"
    r"could not be (?:delivered|distributed|posted) to the (?:mailing[- ])?list|"
    r"duplicated? message-id|mail loop detected|loop alert",
    re.I | re.S)
_OPENING = 1200  # the notice's own sentence comes first; a returned or quoted original follows it


def refused_post(msg: Message, text: str) -> str | None:
    """The refusal sentence if msg is a list server's notice refusing a post the reader sent, else None.
    `text` is the notice's own text (reportparts.report_text)."""
    if not list_server_sender(msg):
        return None
    about_our_mail = bool(header_text(msg, "In-Reply-To").strip() or header_text(msg, "References").strip()) or \
        any(part.get_content_type() in RETURNED_TYPES for part in walk(msg) if part is not msg)
    if not about_our_mail:
        return None
    found = REFUSAL_RE.search(" ".join(text[:_OPENING].split()))
    return found.group(0) if found else None


def refused_addresses(named: set[str]) -> set[str]:
    """The addresses a refusal names near its words, less the list's own robots (its "-ctl"/"-request" address
    for commands is never where the post failed)."""
    return {a for a in named if not list_robot_address(a)}
