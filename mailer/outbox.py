"""Durable send queue: queue once per key, claim, send, mark sent; retry temporary failures, record permanent ones."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
import logging

import jinja2

from mailer import faults
from mailer.actions import address_failed
from mailer.config import Config
from mailer.inbox import Inbox, InboxError
from mailer.smtp import SendFailure, SmtpSession
from mailer.store import Store

log = logging.getLogger(__name__)

# Temporary failures wait longer each time; after the last step the mail is given up and reported.
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1),
           timedelta(hours=4), timedelta(hours=12), timedelta(hours=24))


@dataclass
class DeliveryReport:
    sent: list[str] = field(default_factory=list)
    retrying: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    recovered: int = 0


def recover_interrupted(store: Store, config: Config, now: datetime) -> int:
    """Mails left 'sending' by a crash. The server may already have them: if our delivery copy has come
    back, ingest has marked them sent. Otherwise they go back to the queue once `resend_after` has passed
    since the claim, long enough for a copy in flight to arrive."""
    count = 0
    for row in store.outbox("sending"):
        if row.claimed_at and now - row.claimed_at >= config.smtp.resend_after:
            with store.transaction():
                store.retry_later(row.id, now, "interrupted while sending; no delivery copy seen")
            log.warning("re-queued %s (%s): interrupted mid-send and no copy came back", row.key, row.message_id)
            count += 1
    return count


def deliver(store: Store, config: Config, session: SmtpSession, now: datetime, inbox: Inbox | None = None,
            env: jinja2.Environment | None = None, limit: int = 200) -> DeliveryReport:
    report = DeliveryReport(recovered=recover_interrupted(store, config, now))
    for _ in range(limit):
        row = store.claim(now)
        if row is None:
            break
        faults.point("send_after_claim")
        try:
            refused = session.send(row.envelope_from, row.recipients, row.raw)
        except SendFailure as exc:
            with store.transaction():
                if exc.permanent or row.attempts > len(BACKOFF):
                    store.mark_failed(row.id, str(exc))
                    store.event(now, "send_failed", f"{row.subject} → {', '.join(row.recipients)}: {exc}")
                    report.failed.append(row.key)
                    log.error("gave up on %s (%s): %s", row.key, row.message_id, exc)
                else:
                    store.retry_later(row.id, now + BACKOFF[row.attempts - 1], str(exc))
                    report.retrying.append(row.key)
                    log.warning("will retry %s (%s) after a temporary failure: %s", row.key, row.message_id, exc)
            continue
        faults.point("send_after_smtp")
        with store.transaction():
            store.mark_sent(row.id, now)
            store.event(now, "sent", f"{row.subject} → {', '.join(r for r in row.recipients if r != config.address)}")
        faults.point("send_after_mark")
        if refused:
            # Refused at RCPT time: as final as a bounce for a 5xx, so the same consequences follow.
            with store.transaction():
                for address, (code, text) in refused.items():
                    if code >= 500 and env is not None:
                        reason = f"refused by the server: {code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
                        address_failed(store, config, env, row, address.lower(), reason, now)
            log.warning("%s: some recipients refused: %s", row.message_id, refused)
        log.info("sent %s (%s) to %s", row.key, row.message_id, ", ".join(row.recipients))
        report.sent.append(row.key)
        if config.smtp.sent_folder and inbox is not None:
            try:
                inbox.append(config.smtp.sent_folder, row.raw, now)
            except InboxError as exc:
                log.warning("could not file a copy of %s in %s: %s", row.message_id, config.smtp.sent_folder, exc)
    return report
