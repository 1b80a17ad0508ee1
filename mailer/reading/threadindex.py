"""Outlook's conversation key: the first 22 bytes of Thread-Index name the conversation, each reply adds 5 (pure).

Outlook and Exchange between their own users may send a reply with Thread-Index and Thread-Topic only, no
In-Reply-To or References: the conversation's key is then the one thread header the reply has."""

from __future__ import annotations

import base64
import binascii

from mailer.model import Message, Submission
from mailer.reading.parse import base_subject

_ROOT_BYTES = 22  # a reserved byte, five of FILETIME, a 16-byte GUID: [MS-OXOMSG] PidTagConversationIndex
PREFIX = "thread-index:"  # no "@": never a Message-ID, so both kinds of key share the thread_links table


def conversation_key(msg: Message) -> str | None:
    """'thread-index:<hex of the 22-byte root>' of the mail's Thread-Index, or None (absent, or not one)."""
    value = "".join((msg.header("Thread-Index") or "").split())
    if not value:
        return None
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) < _ROOT_BYTES or (len(raw) - _ROOT_BYTES) % 5:
        return None  # not the shape Outlook writes: read nothing into it
    return PREFIX + raw[:_ROOT_BYTES].hex()


def same_topic(msg: Message, sub: Submission) -> bool:
    """Whether the mail's Thread-Topic (else its subject) is the submission's subject, prefixes aside: a
    conversation key alone could be a stale or copied header, the topic says it is this candidate's mail."""
    topic = msg.header("Thread-Topic") or msg.subject
    return bool(topic) and base_subject(topic) == base_subject(sub.subject)
