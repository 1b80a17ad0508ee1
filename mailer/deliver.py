"""Durable send queue: queue once per key, claim, send, mark sent; retry temporary failures, record permanent ones."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
import logging

import jinja2

from mailer import faults, recheck
from mailer.notices import address_failed
from mailer.config.settings import Config
from mailer.inbox import Inbox, InboxError
from mailer.smtp import SendFailure, SmtpSession
from mailer.model import QueueState, State
from mailer.safety import breaker_tripped
from mailer.compose import Envelope
from mailer.notices import queue_notice
from mailer.store import Store
from mailer.workdays import is_open, next_open

log = logging.getLogger(__name__)

NOTICE_KINDS = ("confirm", "help", "status_report", "bounce_notice", "ooo_notice", "not_mine_notice",
                "delegate_offer", "ignored_managers", "breaker_notice", "health_alert", "ops_notice")
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
    for row in store.outbox(QueueState.SENDING):
        if row.claimed_at and now - row.claimed_at >= config.smtp.resend_after:
            with store.transaction():
                store.requeue_in_doubt(row.id, now, "interrupted while sending; no delivery copy seen")
            log.warning("re-queued %s (%s): interrupted mid-send and no copy came back", row.key, row.message_id)
            count += 1
    return count


def still_wanted(store: Store, config: Config, row, now: datetime) -> bool:
    """A nudge that waited in the queue (an outage, retries) is checked again before it goes.

    If anything about a candidate it lists changed meanwhile (answered, closed, snoozed, the manager away or
    their address failing), it is cancelled and its still-open candidates are planned afresh; otherwise it
    waits for the recipient's business hours."""
    if row.in_doubt:
        return True  # it may already have reached someone: never cancel or re-plan what may have been seen
    listed = store.listed((row.message_id,))
    pauses, failing = store.pauses(), store.failing()
    changed = [s for s in listed if s.state is not State.OPEN or (s.snoozed_until and s.snoozed_until > now)
               or (pauses.get(s.manager) and pauses[s.manager] > now) or s.manager in failing]
    with store.transaction():
        if changed:
            store.cancel(row.id, "changed while queued: " + ", ".join(s.candidate for s in changed))
            for sub in listed:
                if sub.state is State.OPEN:
                    store.forget_step(sub.id, row.id)
            log.info("cancelled %s (%s): %s changed while it waited", row.key, row.message_id,
                     ", ".join(s.candidate for s in changed))
            return False
        calendar = config.calendar_for(row.person or row.recipients[0])
        if not is_open(calendar, now):
            store.hold(row.id, next_open(calendar, now), "waiting for the recipient's business hours")
            return False
    return True


def settle_refusals(store: Store, config: Config, env: jinja2.Environment | None, row, refused: dict,
                    now: datetime) -> None:
    """Some recipients were refused while others took the mail. A 5xx is as final as a bounce; a 4xx is
    tried again for just those recipients (same message), never for the ones who already have it."""
    final = {r: v for r, v in refused.items() if v[0] >= 500}
    later = [r for r, v in refused.items() if v[0] < 500]
    with store.transaction():
        for address, (code, text) in final.items():
            if env is not None:
                reason = f"refused by the server: {code} {_text(text)}"
                address_failed(store, config, env, row, address, reason, now)
        if later and row.attempts > len(BACKOFF):
            store.event(now, "send_failed", f"{row.subject}: gave up on {', '.join(later)} after {row.attempts} tries")
        elif later:
            store.narrow_recipients(row.id, later)
            store.retry_later(row.id, now + BACKOFF[min(row.attempts, len(BACKOFF)) - 1],
                              f"temporarily refused for {', '.join(later)}")
    log.warning("%s: refused recipients %s", row.message_id, refused)


def deliver(store: Store, config: Config, session: SmtpSession, now: datetime, inbox: Inbox | None = None,
            env: jinja2.Environment | None = None, limit: int = 200, nudges: bool = True) -> DeliveryReport:
    """Send what is ready. With `nudges` off (the inbox could not be read), follow-ups stay queued."""
    report = DeliveryReport(recovered=recover_interrupted(store, config, now))
    rate = config.smtp.max_per_minute
    held_back = ((rate is not None and store.sent_since(now - timedelta(minutes=1)) >= rate)
                 or breaker_tripped(store, config, now) is not None)
    if nudges and not held_back:
        # Digests and mentor mail that waited: cancelled, held or composed afresh before any claim. Not while the
        # rate limit or the breaker holds everything back: nothing would be claimed, and composing a digest reads
        # the team's history; the pass that can send checks them.
        recheck.recheck_ready(store, config, env, now)
    for _ in range(limit):
        # The provider's send-rate limit (Microsoft 365: 30 a minute), counted from what the store says went
        # out in the last minute: the rest stays queued for the next pass instead of being refused.
        if rate is not None and store.sent_since(now - timedelta(minutes=1)) >= rate:
            log.info("sent %d mails in the last minute, the limit for this mailbox: the rest waits", rate)
            break
        tripped = breaker_tripped(store, config, now)
        if tripped is not None:
            trip_breaker(store, config, env, tripped, now)
        # Tripped: everything waits in the queue except the one mail telling ops why.
        row = store.claim(now, kinds=("breaker_notice",) if tripped is not None else None if nudges else NOTICE_KINDS)
        if row is None:
            break
        if row.attempts == 1 and not row.in_doubt and store.copy_came_back(row.message_id):
            # Its Message-ID is fixed per key and per database, so a restored backup queues the same mail again;
            # the copy read back from the inbox proves it went. A retry for refused recipients is not skipped.
            with store.transaction():
                store.mark_sent(row.id, now)
            log.warning("not sending %s (%s) again: it already went out, its delivery copy is in the inbox "
                        "(a state restored from a backup?)", row.key, row.message_id)
            continue
        if row.kind in ("followup", "digest") and not still_wanted(store, config, row, now):
            continue
        faults.point("send_after_claim")
        try:
            refused = session.send(row.envelope_from, row.recipients, row.raw)
        except SendFailure as exc:
            if exc.uncertain:
                # The server may have taken it: leave it 'sending' for recover_interrupted, which waits for the
                # delivery copy for resend_after before trying again.
                report.retrying.append(row.key)
                log.warning("%s (%s): no answer after the message was sent; checking for its copy before any "
                            "resend: %s", row.key, row.message_id, exc)
                continue
            if exc.login:
                # No mail can go while the mailbox cannot sign in, and each try is one more refused login at the
                # provider (which may lock the account). The mail is not at fault: it goes back untouched, the
                # pass stops, and the loop reports the outage once and tries one sign-in per pass until it works.
                with store.transaction():
                    store.release(row.id, str(exc))
                raise
            with store.transaction():
                if exc.permanent or row.attempts > len(BACKOFF):
                    store.mark_failed(row.id, str(exc))
                    for address, (code, text) in exc.refused.items():
                        if code >= 500 and env is not None and address.lower() != config.address:
                            address_failed(store, config, env, row, address.lower(),
                                           f"refused by the server: {code} {_text(text)}", now)
                    store.event(now, "send_failed", f"{row.subject} → {', '.join(row.recipients)}: {exc}")
                    report.failed.append(row.key)
                    log.error("gave up on %s (%s): %s", row.key, row.message_id, exc)
                else:
                    store.retry_later(row.id, now + BACKOFF[row.attempts - 1], str(exc))
                    report.retrying.append(row.key)
                    (log.debug if exc.unreachable else log.warning)(
                        "will retry %s (%s) after a temporary failure: %s", row.key, row.message_id, exc)
            if exc.unreachable and not exc.permanent:
                # The server is out, not this mail: the rest waits, and the outage is the daemon's to log once.
                raise SendFailure(str(exc), False, unreachable=True)
            continue
        except Exception as exc:  # noqa: BLE001 - e.g. an address smtplib cannot encode: give up on this row only
            with store.transaction():
                store.mark_failed(row.id, f"cannot send: {type(exc).__name__}: {exc}")
                store.event(now, "send_failed", f"{row.subject} → {', '.join(row.recipients)}: {exc}")
            report.failed.append(row.key)
            log.error("gave up on %s (%s): %s: %s", row.key, row.message_id, type(exc).__name__, exc)
            continue
        faults.point("send_after_smtp")
        refused = {r.lower(): v for r, v in refused.items() if r.lower() != config.address}
        with store.transaction():  # sent, and what the refusals mean, commit together
            store.mark_sent(row.id, now)
            store.event(now, "sent", f"{row.subject} → {', '.join(r for r in row.recipients if r != config.address)}")
            if refused:
                settle_refusals(store, config, env, row, refused, now)
        faults.point("send_after_mark")
        log.info("sent %s (%s) to %s", row.key, row.message_id, ", ".join(row.recipients))
        report.sent.append(row.key)
        if config.smtp.sent_folder and inbox is not None:
            try:
                inbox.append(config.smtp.sent_folder, row.raw, now)
            except InboxError as exc:
                log.warning("could not file a copy of %s in %s: %s", row.message_id, config.smtp.sent_folder, exc)
    return report


def trip_breaker(store: Store, config: Config, env: jinja2.Environment | None, sent: int, now: datetime) -> None:
    """Too many mails in the last hour: sending stops; the log and ops hear about it once a day."""
    key = f"breaker:{now:%Y-%m-%d}"
    if store.has_message(key):
        return
    queued = len(store.outbox("queued"))
    with store.transaction():
        store.record_message(key, None, "", 0, "", "send-rate breaker", None, now, "ignored",
                             f"{sent} mails sent in the last hour")  # the mark that ops were told today
        store.event(now, "breaker", f"sending stopped: {sent} mails in the last hour (limits.sends_per_hour "
                                    f"{config.limits.sends_per_hour}); {queued} waiting")
        for person in config.ops if env is not None else ():
            envelope = Envelope(key=f"{key}:{person}", kind="breaker_notice", manager="", audience="notice",
                                sender_name=config.from_name, to=person, reply_to=(config.address,))
            queue_notice(store, config, env, "breaker_notice", envelope,
                         {"count": sent, "limit": config.limits.sends_per_hour, "queued": queued,
                          "thread_subject": ""}, now)
    log.error("sending stopped: %d mails sent in the last hour, the most limits.sends_per_hour allows; %d wait "
              "in the queue and go once the rate falls", sent, queued)


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
