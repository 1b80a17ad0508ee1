"""Weekly digests: what is due (digestplan.py, pure), then compose → outbox once per slot.

A digest is queued under a key naming its slot, in the same transaction that records the slot as used, so a
crash, a restart or a clock jump never sends it twice or skips the latest one; a slot with nothing to say is
recorded as used too, and sends nothing. An earlier digest to the same person that still waits unsent (mailer
stopped or SMTP down since it was queued) is cancelled in that transaction: the new one says all it would, and
both would tell the same answers. The managers' answers a recruiter's digest tells are stored with it in that
transaction too (mailer/digesttold.py): once it goes they are told, and no later digest tells them again.
"""
from __future__ import annotations

from datetime import datetime
import logging

import jinja2

from mailer import faults
from mailer.compose import Envelope, compose_notice
from mailer.config.settings import Config
from mailer.digestplan import AUDIENCES, DigestDue, due, recipients
from mailer.model import OutgoingMail
from mailer.report import digest as content
from mailer.store import Store

log = logging.getLogger(__name__)

# The outbox audience: a manager's digest counts against their one mail a day like a nudge (and is one).
_OUTBOX_AUDIENCE = {"recruiter": "recruiter", "manager": "manager", "ops": "ops"}


def queue_digests(store: Store, config: Config, env: jinja2.Environment, now: datetime) -> list[str]:
    """Queue the digests due now; returns the outbox keys queued."""
    if not any(getattr(config.digests, a) for a in AUDIENCES):
        return []
    people = recipients(config, {s.recruiter for s in store.open_submissions()})
    with store.transaction():
        for audience, address, calendar in people:
            store.start_digests(audience, address, calendar.local_date(now))
    queued = []
    # Managers' digests first: one takes its mentor's day (the check-in moves on), and a recruiter's digest
    # queued after it in this pass then names the day the check-in really goes.
    capped_mail, mentor_mail = store.mail_taking_the_day(now)
    found = due(config, people, store.digest_slots(), capped_mail, now, mentor_mail)
    for item in sorted(found, key=lambda d: d.audience != "manager"):
        try:
            mail, said = compose_digest(store, config, env, item, now)
            with store.transaction():
                store.use_digest_slot(item.audience, item.person, item.slot.day)
                # An earlier digest still unsent would tell again what this one tells (its window is in this one's).
                superseded = store.supersede_waiting_digests(
                    item.key, f"superseded by the digest for {item.slot.day:%a %d %b}, which says all it would")
                for stale in superseded:
                    store.event(now, "cancelled", f"{stale}: superseded by {item.key}")
                if mail is None:
                    store.event(now, "digest_skipped", f"{item.audience} digest to {item.person} for "
                                                       f"{item.slot.day:%a %d %b}: nothing to say")
                else:
                    outbox_id = store.enqueue(mail, now)
                    if outbox_id is not None and said.listing:
                        store.add_listing(outbox_id, list(said.listing))
                    if outbox_id is not None and said.told:
                        store.set_told(outbox_id, said.told)  # with its content: a crash keeps both or neither
                    faults.point("digest_before_commit")
        except Exception as exc:  # noqa: BLE001 - this digest cannot be written (a template, a bug); the rest go on
            log.error("cannot queue %s: %s: %s", item.key, type(exc).__name__, exc)
            with store.transaction():
                store.event(now, "compose_failed", f"{item.key}: {exc}")
            continue
        for stale in superseded:
            log.info("cancelled %s: it still waited when %s was queued, which supersedes it", stale, item.key)
        if mail is not None:
            queued.append(item.key)
            log.info("queued %s digest %s to %s for %s", item.audience, mail.message_id, item.person, item.slot.day)
    return queued


def compose_digest(store: Store, config: Config, env: jinja2.Environment, item: DigestDue,
                   now: datetime) -> tuple[OutgoingMail | None, content.Content | None]:
    """The digest as the state says it now, under the slot's key (so its Message-ID never changes), with what
    it lists; (None, None) when it has nothing to say. Used to queue it, and again before a digest that waited
    in the queue goes (mailer/recheck.py)."""
    said = _content(store, config, item, now)
    if said is None:
        return None, None
    return compose_notice(
        config, env, f"digest_{item.audience}",
        Envelope(key=item.key, kind=f"digest_{item.audience}", manager=item.person if item.audience == "manager"
                 else "", audience=_OUTBOX_AUDIENCE[item.audience], sender_name=config.from_name,
                 to=item.person, reply_to=(config.address,)),
        said.variables, store.instance, now, said.parts), said


def _content(store: Store, config: Config, item: DigestDue, now: datetime) -> content.Content | None:
    if item.audience == "recruiter":
        return content.recruiter(store, config, item.person, now, content.since_last_digest(store, item.key, now))
    if item.audience == "manager":
        return content.manager(store, config, item.person, now)
    return content.ops(store, config, now)
