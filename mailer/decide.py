"""Stored state + now → policy → compose → outbox: every due mail queued once, with its ladder steps."""

from __future__ import annotations

from datetime import datetime, timedelta
import logging

import jinja2

from mailer import faults
from mailer.absences import absence_grace, just_back
from mailer.compose import Thread, compose
from mailer.config.settings import Config
from mailer.mentoring.loop import queue_mentoring, sync_config
from mailer.mentoring.plan import escalation_mentors
from mailer.model import Due
from mailer.policy import Snapshot, due
from mailer.store import Store

log = logging.getLogger(__name__)


def snapshot(store: Store, now: datetime, config: Config | None = None) -> Snapshot:
    """What policy needs, in a handful of queries whatever the number of managers: open submissions and their
    steps, mail to managers over the last two days (enough for "today" in any time zone), absences, failures, and
    the check-ins and invitations that may take a day from the ladder (pacing.py)."""
    since = now - timedelta(days=2)
    return Snapshot(tuple(store.open_submissions()), store.steps_taken(open_only=True),
                    store.nudges_since(since, now=now), store.pauses(), frozenset(store.failing()),
                    escalation_mentors(config, store.mentorships()) if config else {},
                    store.mentoring_days(since, now=now) if config and config.mentorships else {})


def thread_for(store: Store, due_mail: Due) -> Thread:
    """A single candidate's mail answers its own thread; a manager digest continues the manager's digest thread."""
    if due_mail.grouped and due_mail.audience == "manager":
        return Thread("Candidates waiting for your answer", tuple(store.digest_message_ids(due_mail.manager)))
    sub = due_mail.items[0].submission
    own = (*sub.references, sub.message_id) if sub.message_id else sub.references
    return Thread(sub.subject, (*own, *store.thread_message_ids(sub.id)))


def plan(store: Store, config: Config, now: datetime) -> list[Due]:
    return due(config, snapshot(store, now, config), now)


def queue_due(store: Store, config: Config, env: jinja2.Environment, now: datetime) -> list[str]:
    """Queue what is due now (the ladder, then the mentor loop); returns the outbox keys queued. The config's pairs
    are stored first, so the ladder's mentor rung sees a mentor from the pass that first reads them."""
    sync_config(store, config, now)
    queued = _queue_ladder(store, config, env, now)
    return queued + queue_mentoring(store, config, env, now)


def _away_since(store: Store, config: Config, item: Due, now: datetime) -> str:
    """When the absence a manager is just back from began, in their time ("Mon 26 Oct"), for a nudge to them; ""
    when there is none (absences.just_back) or the mail goes to someone else."""
    if item.audience != "manager":
        return ""
    latest = store.latest_absence(item.manager)
    cal = config.calendar_for(item.manager)
    grace = absence_grace(config.replies.ooo_default_pause,
                          [s.after for s in config.followups.steps if s.to == "manager"])
    return f"{latest.since.astimezone(cal.tz):%a %d %b}" if just_back(latest, cal, now, grace) else ""


def _queue_ladder(store: Store, config: Config, env: jinja2.Environment, now: datetime) -> list[str]:
    queued = []
    for item in plan(store, config, now):
        if not item.recipient:
            with store.transaction():
                for entry in item.items:
                    store.record_step(entry.submission.id, entry.step, None, now)
                    store.event(now, "skipped", f"step {entry.step + 1} for {entry.submission.candidate}: no "
                                                f"{item.audience} to ask yet (none configured for "
                                                f"{entry.submission.recruiter}, or it is this manager); it goes "
                                                f"once there is one", entry.submission.id)
            log.info("skipped %s for now: no %s to send it to (none configured, or it is the manager); it goes once "
                     "there is one", item.key, item.audience)
            continue
        try:
            mail = compose(config, env, item, thread_for(store, item), store.instance, now,
                           away_since=_away_since(store, config, item, now))
            with store.transaction():
                outbox_id = store.enqueue(mail, now)
                if outbox_id is None:
                    continue  # queued before: the steps were recorded with it
                for entry in item.items:
                    store.record_step(entry.submission.id, entry.step, outbox_id, now)
                store.add_listing(outbox_id, [entry.submission.id for entry in item.items])
                faults.point("queue_before_commit")
        except Exception as exc:  # noqa: BLE001 - this mail cannot be queued (a template, a bug); the others still go
            log.error("cannot queue %s: %s: %s", item.key, type(exc).__name__, exc)
            with store.transaction():
                store.event(now, "compose_failed", f"{item.key}: {exc}")
            continue
        queued.append(mail.key)
        log.info("queued %s %s to %s: %s", mail.kind, mail.message_id, item.recipient,
                 ", ".join(f"#{e.submission.id} step {e.step + 1}" for e in item.items))
    return queued
