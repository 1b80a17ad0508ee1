"""Inbox → parse → classify → store, one transaction per batch together with the folder's last UID."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
import logging
from typing import Callable

import jinja2

from mailer import budget, faults
from mailer.effects import Effects
from mailer.errors import InboxError, StoreError
from mailer.guard import check_mailbox, check_new_state
from mailer.heldlog import held_until_stored
from mailer.reading.classify import Context, Verdict, classify, speaks_for
from mailer.config.settings import Config
from mailer.inbox import Inbox
from mailer.mentoring.inbound import mentor_reply
from mailer.model import Kind, Message, Submission
from mailer.reading.parse import base_subject, original_ids, parse
from mailer.reading.threadindex import conversation_key, same_topic
from mailer.sentcopies import learn_from_reply, read_back
from mailer.signedcopy import sender_auth
from mailer.store import Store

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    seen: int = 0
    duplicates: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


class OnDemand(Sequence):
    """A person's open submissions, read from the store only if a rule looks at them.

    Most mail (a submission, a reply in a known thread) never does, so its cost stays independent of how many
    candidates that person has open; out-of-office replies, commands and forwards read them once."""

    def __init__(self, load: Callable[[], list]):
        self._load, self._rows = load, None

    def _get(self) -> tuple:
        if self._rows is None:
            self._rows = tuple(self._load())
        return self._rows

    def __getitem__(self, index):
        return self._get()[index]

    def __len__(self) -> int:
        return len(self._get())


def in_thread(store: Store, msg: Message) -> tuple[Submission, ...]:
    """The submissions the mail's thread headers name; for a mail with no In-Reply-To or References, those its
    Outlook conversation (Thread-Index) was linked to, if its Thread-Topic is theirs."""
    found = tuple(store.submissions_in_thread(msg.thread_ids))
    key = None if found or msg.in_reply_to or msg.references else conversation_key(msg)
    return tuple(s for s in store.submissions_in_thread((key,)) if same_topic(msg, s)) if key else found


def context_for(store: Store, config: Config, msg: Message, now: datetime) -> Context:
    sender = msg.sender.email
    delegates = store.delegates(now)
    as_manager = speaks_for(config, delegates, sender)
    own = any(store.outbox_by_message_id(mid) for mid in (*original_ids(msg), msg.message_id) if mid)
    if msg.thread_ids:
        listed = tuple(store.listed(msg.thread_ids))
    else:  # no threading headers: maybe an answer to the latest grouped mail, by its subject
        latest = store.latest_digest(as_manager)
        subject = base_subject(msg.header("Thread-Topic") or msg.subject)
        listed = tuple(store.listed((latest.message_id,))) if latest and subject == base_subject(latest.subject) else ()
        # Every grouped mail has the same subject: use the latest one's list only if the mail quotes its names,
        # so numbers meant for an older list are never applied to today's.
        if listed and not all(s.candidate.casefold() in msg.body_text.casefold() for s in listed):
            listed = ()
    return Context(
        in_thread=in_thread(store, msg),
        listed=listed,
        of_sender=OnDemand(lambda: store.open_submissions_of_manager(as_manager)),
        of_recruiter=OnDemand(lambda: store.open_submissions_of_recruiter(sender)) if config.recruiter(sender) else (),
        own_message=own,
        delegates=delegates,
        now=now,
    )


_ANSWERED_IDS = 20  # a reply names its nearest ancestors first; a forged References list is not read to its end


def with_answered_mail(store: Store, msg: Message) -> Message:
    """The mail with the bytes of mailer's own mail it answers, found by its In-Reply-To, then its References
    nearest first (one indexed query; none for a mail that answers nothing), so the reading of its text cuts a
    copy of that mail whatever quoted it (reading/knownquote.py)."""
    ids = tuple(dict.fromkeys((*msg.in_reply_to, *reversed(msg.references))))[:_ANSWERED_IDS]
    if not ids:
        return msg
    return replace(msg, answers_own=store.answered_mail(ids))


def in_conversation(store: Store, msg: Message, thread: str) -> Message:
    """The mail with the Message-IDs mailer saw earlier in its server conversation as its weakest thread key,
    and itself recorded there: a manager's reply whose References a client stripped, or whose subject changed,
    still finds the submission (or mailer's own mail) that Gmail threads it with."""
    if msg.message_id:
        store.join_conversation(thread, msg.message_id)
    earlier = tuple(mid for mid in store.conversation(thread) if mid != msg.message_id)
    return replace(msg, conversation=earlier)


# A mail of these kinds is no reply in a submission's thread that a person could answer: a submission is named by
# its own Message-ID already (linking it to the thread it was sent in would put its new candidate in the old
# one's thread), mailer's own mail by the outbox, and a report names the mail it reports on.
_UNLINKED = {Kind.SUBMISSION, Kind.OWN, Kind.BOUNCE, Kind.COMPLAINT, Kind.MENTORING}


def link_to_thread(store: Store, msg: Message, context: Context, verdict: Verdict, now: datetime) -> None:
    """Record that this mail sits in its submissions' thread, so a reply naming only it (In-Reply-To, no
    References back to the submission) is read in that thread too: the thread its headers named, and for a
    manager's answer found without headers, the submissions it answered. Linked whatever the sender may do (an
    ignored stranger's reply-all too): the link says where the mail sits, and a reply to it is judged by who
    wrote that reply; a full client would carry the same thread in its References anyway."""
    key = conversation_key(msg)
    if verdict.kind is Kind.SUBMISSION and key and msg.message_id:  # Outlook's conversation starts at the submission
        store.link_received(key, tuple(s.id for s in store.submissions_in_thread((msg.message_id,))), now)
    if not msg.message_id or verdict.kind in _UNLINKED:
        return
    if verdict.kind is Kind.REPLY and verdict.answers:
        ids = tuple(verdict.answers)  # what the manager answered
    elif context.in_thread:
        ids = _nearest_submissions(store, msg) or tuple(s.id for s in context.in_thread)
    else:
        return
    store.link_received(msg.message_id, ids, now)
    if key:
        store.link_received(key, ids, now)


def _nearest_submissions(store: Store, msg: Message) -> tuple[int, ...]:
    """The submissions the nearest Message-ID of this mail's thread names (In-Reply-To first): a colleague's
    reply-all whose References also carry another candidate's thread sits in the one it answers, so a reply to it
    is not read in both (review 6)."""
    for mid in msg.thread_ids:
        if found := store.submissions_in_thread((mid,)):
            return tuple(s.id for s in found)
    return ()


def ingest_raw(store: Store, config: Config, env: jinja2.Environment, raw: bytes, folder: str, uid: int,
               now: datetime, report: IngestReport, original: bytes | None = None, thread: str | None = None,
               whole: Callable[[], bytes | None] | None = None) -> None:
    """One mail, inside the caller's transaction. Unreadable mail is quarantined, never dropped. `original`:
    the whole mail when `raw` lacks its attachments, for a signature that covers the whole body; or `whole`,
    which downloads it when needed (see signedcopy.py; an InboxError from it propagates: the batch is read again).
    `thread`: the server's conversation id (Gmail's X-GM-THRID), an extra thread key."""
    report.seen += 1
    limits = config.limits
    try:
        budget.check_header_size(raw, limits)
        readable, note = budget.readable_part(raw, limits)
        with budget.time_budget(limits.seconds_per_mail):
            msg = parse(readable)
    except Exception as exc:  # noqa: BLE001 - Unreadable, or a parser bug: either way quarantined, never blocking
        key = f"quarantine:{folder}:{uid}:{len(raw)}"
        if not store.has_message(key):
            oversized = isinstance(exc, budget.Oversized) or len(raw) > limits.max_body_kb * 1024
            kept = budget.headers_only(raw) if oversized else raw  # the original stays on the server
            store.quarantine(key, folder, uid, str(exc), kept, now)
            store.record_message(key, None, folder, uid, "", "", None, now, Kind.QUARANTINED.value, str(exc))
            log.warning("quarantined UID %d in %s: %s", uid, folder, exc)
        report.kinds[Kind.QUARANTINED.value] = report.kinds.get(Kind.QUARANTINED.value, 0) + 1
        return
    if note:
        log.info("%s: %s", msg.key, note)
    if store.has_message(msg.key):
        report.duplicates += 1
        return
    if thread:
        msg = in_conversation(store, msg, thread)
    try:
        with store.savepoint():
            learnt = learn_from_reply(store, msg, now)  # an answer to mailer's mail under an ID the server gave it
            msg = with_answered_mail(store, msg)  # after learn_from_reply: an alias it just learnt finds the mail
            context = context_for(store, config, msg, now)
            auth = sender_auth(config, msg, context, raw, original, whole)  # may download: outside the time budget
            with budget.time_budget(limits.seconds_per_mail):
                context = replace(context, sender_auth=auth)
                verdict = classify(msg, config, context)
            if learnt is not None and not auth.trusted:
                # Only a proven sender teaches an alias: a forged one could point another person's thread at
                # this sender's mail, and the first alias for an ID is the one kept.
                store.drop_alias(msg.in_reply_to[-1], learnt)
            mentoring = mentor_reply(store, config, env, msg, verdict, now, auth)  # if it answers the mentor loop
            verdict = mentoring or verdict
            store.record_message(msg.key, msg.message_id, folder, uid, msg.sender.email, msg.subject, msg.date, now,
                                 verdict.kind.value, verdict.reason + (f"; {note}" if note else ""))
            if mentoring is None:
                Effects(store, config, env, msg, now).apply(verdict)
                link_to_thread(store, msg, context, verdict, now)
    except InboxError:
        raise  # the server went away while the whole mail was read: nothing of this batch is kept, it is read again
    except StoreError:
        raise  # the state cannot be written: no fault of this mail, and it stays unread in the inbox
    except Exception as exc:  # noqa: BLE001 - one odd mail must not stop the inbox; keep it for a human
        log.error("quarantined %s: cannot handle it: %s: %s", msg.key, type(exc).__name__, exc,
                  exc_info=log.isEnabledFor(logging.DEBUG))
        reason = str(exc) if isinstance(exc, budget.OverBudget) else f"cannot handle: {type(exc).__name__}: {exc}"
        store.quarantine(msg.key, folder, uid, reason, raw if not note else budget.headers_only(raw), now)
        store.record_message(msg.key, msg.message_id, folder, uid, msg.sender.email, msg.subject, msg.date, now,
                             Kind.QUARANTINED.value, reason)
        if msg.message_id and msg.thread_ids:  # its headers still say where it sits: a reply to it stays there
            store.link_received(msg.message_id, tuple(s.id for s in store.submissions_in_thread(msg.thread_ids)), now)
        report.kinds[Kind.QUARANTINED.value] = report.kinds.get(Kind.QUARANTINED.value, 0) + 1
        return
    report.kinds[verdict.kind.value] = report.kinds.get(verdict.kind.value, 0) + 1


def ingest(store: Store, config: Config, inbox: Inbox, env: jinja2.Environment, now: datetime) -> IngestReport:
    """Fetch and record every new mail. A crash anywhere re-fetches from the last committed UID."""
    report = IngestReport()
    folder = config.imap.folder
    check_mailbox(store, config)  # another mailbox's state is refused before it reads anything
    check_new_state(store, config, inbox)  # so is a lost one
    with store.transaction():
        store.forget_old_links(now)  # received mail's thread links are kept for store/threads.py's LINK_DAYS
    if config.smtp is not None and config.smtp.read_back_sent:
        try:
            read_back(store, config, inbox, now)  # before the inbox, which then stays selected for IDLE
        except InboxError as exc:  # Sent unreadable must not stop the inbox: the inbox's own read says if it's down
            log.warning("reading sent mail back (smtp.read_back_sent) failed this pass: %s", exc)
    for batch in inbox.fetch_new(folder, store.folder_state(folder)):
        with held_until_stored(), store.transaction():
            for uid, raw in batch.mails:
                # A DKIM signature covers the whole body: a mail whose attachments were left out is downloaded
                # whole if, and only when, its sender's signature has to be checked (signedcopy.py).
                ingest_raw(store, config, env, raw, folder, uid, now, report, thread=batch.threads.get(uid),
                           whole=lambda uid=uid: inbox.whole(folder, uid))
                faults.point("ingest_mid_batch")
            store.set_folder_state(folder, batch.uidvalidity, batch.high_uid)
        faults.point("ingest_after_commit")
    return report
