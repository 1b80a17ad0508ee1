"""Inbox → parse → classify → store, one transaction per batch together with the folder's last UID."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
import logging

from mailer import faults
from mailer.candidate import candidate_and_role
from mailer.classify import Context, Verdict, classify
from mailer.config import Config
from mailer.inbox import Inbox
from mailer.model import Kind, Message
from mailer.parse import Unreadable, parse
from mailer.store import Store
from mailer.workdays import business_time_between

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    seen: int = 0
    duplicates: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


def context_for(store: Store, config: Config, msg: Message) -> Context:
    sender = config.canonical_manager(msg.sender.email)
    return Context(
        in_thread=tuple(store.submissions_in_thread(msg.thread_ids)),
        of_sender=tuple(store.submissions_of_manager(sender)) if not (msg.in_reply_to or msg.references) else (),
        own_message=bool(msg.message_id and store.outbox_by_message_id(msg.message_id)),
    )


def record(store: Store, config: Config, msg: Message, verdict: Verdict, folder: str, uid: int,
           now: datetime) -> None:
    """Apply a verdict. Runs inside the batch's transaction."""
    store.record_message(msg.key, msg.message_id, folder, uid, msg.sender.email, msg.subject, msg.date, now,
                         verdict.kind.value, verdict.reason)
    # A Date header from the future (wrong clock) must not postpone the SLA; use when we saw it instead.
    when = min(msg.date, now) if msg.date else now
    if verdict.kind is Kind.SUBMISSION:
        candidate, role = candidate_and_role(msg.subject, msg.attachments, config.candidate_patterns)
        for manager in verdict.managers:
            sub_id = store.add_submission(msg.key, manager, verdict.recruiter, candidate, role, msg.subject,
                                          msg.message_id, msg.references, when)
            if sub_id is not None:
                store.event(now, "submission", f"{candidate} → {config.manager_name(manager)} "
                                               f"(from {verdict.recruiter})", sub_id)
                log.info("submission #%d %s → %s from %s [%s]", sub_id, candidate, manager, verdict.recruiter, msg.key)
        if verdict.bcc:
            log.info("submission %s reached mailer by BCC: the manager's reply will only count if it reaches "
                     "mailer too (reply-all, or the recruiter forwards it)", msg.key)
    elif verdict.kind is Kind.REPLY:
        for sub_id in verdict.answers:
            sub = store.submission(sub_id)
            business = business_time_between(config.calendar_for(sub.manager), sub.submitted_at, when)
            if store.mark_answered(sub_id, when, business, msg.key):
                store.event(now, "answered", f"{config.manager_name(sub.manager)} answered on {sub.candidate} "
                                             f"after {business.total_seconds() / 3600:.1f} business hours", sub_id)
                log.info("submission #%d answered by %s [%s]", sub_id, msg.sender.email, msg.key)
    elif verdict.kind is Kind.OWN and msg.message_id:
        if store.confirm_delivered(msg.message_id, now):
            log.info("delivery of %s confirmed by its copy", msg.message_id)
    elif verdict.kind in (Kind.AUTO_REPLY, Kind.BOUNCE):
        store.event(now, verdict.kind.value, f"{msg.sender.email}: {msg.subject} ({verdict.reason})")
        log.info("%s from %s not counted as an answer: %s [%s]", verdict.kind.value, msg.sender.email,
                 verdict.reason, msg.key)
    else:
        log.debug("%s: %s [%s]", verdict.kind.value, verdict.reason, msg.key)


def ingest_raw(store: Store, config: Config, raw: bytes, folder: str, uid: int, now: datetime,
               report: IngestReport) -> None:
    """One mail, inside the caller's transaction. Unreadable mail is quarantined, never dropped."""
    report.seen += 1
    try:
        msg = parse(raw)
    except Unreadable as exc:
        key = f"quarantine:{folder}:{uid}:{len(raw)}"
        if not store.has_message(key):
            store.quarantine(key, folder, uid, str(exc), raw, now)
            store.record_message(key, None, folder, uid, "", "", None, now, Kind.QUARANTINED.value, str(exc))
            log.warning("quarantined UID %d in %s: %s", uid, folder, exc)
        report.kinds[Kind.QUARANTINED.value] = report.kinds.get(Kind.QUARANTINED.value, 0) + 1
        return
    if store.has_message(msg.key):
        report.duplicates += 1
        return
    try:
        verdict = classify(msg, config, context_for(store, config, msg))
    except Exception as exc:  # noqa: BLE001 - one odd mail must not stop the inbox; keep it for a human
        log.error("quarantined %s: cannot classify: %s: %s", msg.key, type(exc).__name__, exc, exc_info=log.isEnabledFor(logging.DEBUG))
        store.quarantine(msg.key, folder, uid, f"cannot classify: {type(exc).__name__}: {exc}", raw, now)
        store.record_message(msg.key, msg.message_id, folder, uid, msg.sender.email, msg.subject, msg.date, now,
                             Kind.QUARANTINED.value, f"cannot classify: {exc}")
        return
    record(store, config, msg, verdict, folder, uid, now)
    report.kinds[verdict.kind.value] = report.kinds.get(verdict.kind.value, 0) + 1


def ingest(store: Store, config: Config, inbox: Inbox, now: datetime) -> IngestReport:
    """Fetch and record every new mail. A crash anywhere re-fetches from the last committed UID."""
    report = IngestReport()
    folder = config.imap.folder
    for batch in inbox.fetch_new(folder, store.folder_state(folder)):
        with store.transaction():
            for uid, raw in batch.mails:
                ingest_raw(store, config, raw, folder, uid, now, report)
                faults.point("ingest_mid_batch")
            store.set_folder_state(folder, batch.uidvalidity, batch.high_uid)
        faults.point("ingest_after_commit")
    return report
