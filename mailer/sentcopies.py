"""Message-IDs a server replaced on mailer's mail (Exchange Online does), learnt so that a reply quoting only the
new one matches: an alias of the ID mailer chose.

Learnt from mailer's own mail read back from the Sent folder the server files it in (on for `provider:
microsoft365`, `smtp.read_back_sent`; the folder found by its SPECIAL-USE flag and read past a stored UID
watermark, header fields only, so an idle pass costs one STATUS), and from a reply's References.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
import email
import email.parser
import email.policy
import email.utils
import logging

from mailer.config.settings import Config
from mailer.errors import MailerError
from mailer.inbox import Inbox
from mailer.model import Message
from mailer.reading.parse import ORIGINAL_ID_HEADERS, message_ids
from mailer.store import Store
from mailer.store.outbox import OutboxRow

log = logging.getLogger(__name__)

FIELDS = ("Message-ID", "Date", "Subject", "To", "Cc", *ORIGINAL_ID_HEADERS)
FIRST_READ = timedelta(days=14)   # a new state (or a renumbered folder) looks back this far, no further
MATCH_WINDOW = timedelta(days=14)  # a copy is matched against mail mailer sent within this time before now


@dataclass(frozen=True)
class SentCopy:
    message_id: str | None
    originals: tuple[str, ...]     # X-Microsoft-Original-Message-ID and the like: the ID mailer chose, if kept
    date: datetime | None
    subject: str
    recipients: frozenset[str]     # To and Cc


def sent_copy(header: bytes) -> SentCopy:
    """The fields of a Sent copy that identify which of mailer's mails it is (pure)."""
    msg = email.message_from_bytes(header, policy=email.policy.default)
    ids = message_ids(str(msg.get("Message-ID", "")))
    try:
        when = email.utils.parsedate_to_datetime(str(msg.get("Date", "")))
    except (TypeError, ValueError):
        when = None
    return SentCopy(ids[0] if ids else None,
                    tuple(mid for name in ORIGINAL_ID_HEADERS for mid in message_ids(str(msg.get(name, "")))),
                    when, " ".join(str(msg.get("Subject", "")).split()), _recipients(msg))


def _recipients(msg: email.message.Message) -> frozenset[str]:
    values = [str(v) for name in ("To", "Cc") for v in msg.get_all(name, [])]
    return frozenset(addr.lower() for _, addr in email.utils.getaddresses(values) if "@" in addr)


def _headers(row: OutboxRow) -> email.message.Message:
    return email.parser.BytesHeaderParser(policy=email.policy.default).parsebytes(row.raw)


def sent_copy_of(row: OutboxRow) -> SentCopy:
    return sent_copy(_headers(row).as_bytes())


def _same_envelope(ours: SentCopy, copy: SentCopy) -> bool:
    return ours.date == copy.date and ours.recipients == copy.recipients


def original_of(copy: SentCopy, sent: list[OutboxRow]) -> str | None:
    """Which of mailer's sent mails this copy is, by the Message-ID the server kept for it, else by the same Date
    and recipients (mailer sets Date to the second when it composes; Exchange keeps Date, Subject, To and Cc).
    None when it is not mailer's, or ambiguous (pure)."""
    ours = {row.message_id for row in sent}
    kept = [mid for mid in copy.originals if mid in ours]
    if kept:
        return kept[0]
    if copy.date is None:
        return None
    same = [row.message_id for row in sent if _same_envelope(sent_copy_of(row), copy)]
    return same[0] if len(same) == 1 else None


_missing_logged: set[str] = set()  # a mailbox without a \Sent folder is said once per process, not every pass


def read_back(store: Store, config: Config, inbox: Inbox, now: datetime) -> int:
    """Record an alias for each Sent copy of mailer's mail whose Message-ID the server replaced; the number
    recorded. Raises InboxError when the server fails (the caller's pass reports it)."""
    try:
        folder = inbox.folder_named("\\Sent")
    except MailerError as exc:
        if str(exc) not in _missing_logged:
            _missing_logged.add(str(exc))
            log.warning("reading sent mail back (smtp.read_back_sent): %s", exc)
        return 0
    key = f"sent-copies:{folder}"  # the watermark lives beside the inbox's, under its own name
    found = inbox.headers_after(folder, store.folder_state(key), FIELDS, (now - FIRST_READ).date())
    if found is None:
        return 0
    validity, headers, high = found
    recorded = 0
    with store.transaction():
        for uid, header in headers:
            copy = sent_copy(header)
            if not copy.message_id or store.outbox_by_message_id(copy.message_id) is not None:
                continue  # mailer's own Message-ID, kept: nothing to learn
            original = original_of(copy, store.sent_with_subject(copy.subject, now - MATCH_WINDOW))
            if original is not None:
                store.add_alias(copy.message_id, original)
                recorded += 1
                log.info("%s: the server filed %s as %s (Sent UID %d): replies to either count", folder, original,
                         copy.message_id, uid)
        store.set_folder_state(key, validity, high)
    return recorded


def rewritten_parent(msg: Message, sent: list[OutboxRow]) -> str | None:
    """The mail of mailer's that `msg` answers under a Message-ID the server gave it, by the References alone
    (pure). A reply's References are its parent's References plus the parent's ID. When the parent's ID is one
    mailer never gave out (the caller checks), and the IDs before it are exactly the References of one mail mailer
    sent this person (or their tail, when the client trimmed the front), that ID is that mail's, rewritten: the
    same evidence X-Microsoft-Original-Message-ID would give. None when not exactly one mail fits.

    It matters in a running conversation: a numbered answer to the latest grouped nudge would otherwise be read
    against the previous one, the nearest ID mailer knows."""
    parent = msg.in_reply_to[-1] if msg.in_reply_to else None
    if not parent or len(msg.references) < 2 or msg.references[-1] != parent:
        return None
    ancestors = msg.references[:-1]
    fits = [row.message_id for row in sent if row.message_id not in msg.references
            and _trimmed(message_ids(str(_headers(row).get("References", ""))), ancestors)]
    return fits[0] if len(fits) == 1 else None


def _trimmed(ours: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    return bool(ours) and len(theirs) <= len(ours) and ours[len(ours) - len(theirs):] == theirs


def learn_from_reply(store: Store, msg: Message, now: datetime) -> str | None:
    """Record the alias `rewritten_parent` finds for this incoming mail, if its parent is unknown to mailer."""
    parent = msg.in_reply_to[-1] if msg.in_reply_to else None
    if not parent or len(msg.references) < 2 or store.knows_message_id(parent):
        return None
    original = rewritten_parent(msg, store.sent_to(msg.sender.email, now - MATCH_WINDOW))
    if original is not None:
        store.add_alias(parent, original)
        log.info("%s answers %s, which by its References is mailer's %s under a new Message-ID", msg.key, parent,
                 original)
    return original
