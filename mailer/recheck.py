"""Digests and mentor mail that waited in the queue are checked against the state at sending, like nudges.

An SMTP outage, retries or a stopped daemon can hold a weekly digest or a check-in for hours or days, while
managers answer, mentors say no or go away. Before such a mail goes (deliver.py calls `recheck_ready` before
it claims anything, while the mail is still plainly queued, so a crash here leaves it queued and checked again
on the next pass, never "in doubt") it is decided again from the stored state and `now`:

- cancelled, with the reason logged and kept on the row, when it has nothing left to say (every candidate of
  a manager digest answered, snoozed or their manager away) or its recipient should no longer get it (the
  mentorship was removed from the config, the mentor said no, the address fails);
- held while its recipient is away (a check-in goes on the mentor's return day at the cadence's time, as the
  mentor loop plans it) or outside their business hours;
- otherwise, once it has waited, composed again from the state now, under the same key and Message-ID, so
  what goes out is what the state says at sending: a numbered manager digest lists only what still waits
  (a reply "1 pass" must mean the first candidate the manager reads), a check-in names only candidates still
  overdue and quotes the mentor's latest answer. A digest partly stale is recomposed, not dropped: the rest
  of it is still news, and its slot was used, so dropping it would skip a week. A recruiter's digest then tells
  the managers' answers no digest that went out told (mailer/digesttold.py), and keeps that with its new content.

A mail that may already have reached someone (`in_doubt`) is never changed or cancelled, with one exception: the
ladder's mentor ask to a mentor who has since ended the pair ("stop" in the check-in thread) is cancelled even when
queued again after an interrupted send (its delivery copy never came back, so it most likely never went; a mentor
who said stop must not be asked), and its submissions' step is forgotten in the same transaction, so the rung is
planned afresh for the next mentor, or skipped with its reason. A crash before that commit leaves the ask queued
with its step, decided again on the next pass; after it, it is cancelled and the rung re-planned: never sent,
never lost.
"""

from __future__ import annotations

from datetime import datetime, timedelta
import logging

import jinja2

from mailer import faults
from mailer.config.settings import Config
from mailer.digestplan import DigestDue
from mailer.digesttold import Version
from mailer.digests import compose_digest
from mailer.mentoring.loop import checkin_mail
from mailer.mentoring.plan import MentorDue, back_at
from mailer.mentoring.schedule import Slot
from mailer.model import State
from mailer.store import Store
from mailer.store.mentoring import EndReason, MentorshipState
from mailer.store.outbox import OutboxRow
from mailer.workdays import is_open, next_open

log = logging.getLogger(__name__)

KINDS = ("digest_recruiter", "digest_manager", "digest_ops", "mentor_checkin", "mentor_invitation")
# Queued in an earlier pass than the one sending it: a mail queued and sent in one pass is fresh as it is.
WAITED = timedelta(minutes=5)


def recheck_ready(store: Store, config: Config, env: jinja2.Environment | None, now: datetime) -> list[str]:
    """Check every digest and mentor mail ready to go now against the state; returns the keys left to send
    (cancelled and held ones are not). Mail that may already have reached someone (in doubt) is left alone."""
    cancel_asks_to_ended_mentors(store, now)
    kept = []
    for row in store.ready_to_send(now, KINDS):
        try:
            if row.kind.startswith("digest_"):
                row = _digest(store, config, env, row, now)
            else:
                row = _mentoring(store, config, env, row, now)
        except Exception as exc:  # noqa: BLE001 - a template or data problem: it goes as it was queued
            log.error("cannot check %s (%s) again: %s: %s", row.key, row.message_id, type(exc).__name__, exc)
        if row is not None:
            kept.append(row.key)
    return kept


def _waited(row: OutboxRow, now: datetime) -> bool:
    return row.created_at is not None and now - row.created_at >= WAITED


def _cancel(store: Store, row: OutboxRow, reason: str, now: datetime) -> None:
    with store.transaction():
        store.cancel(row.id, f"changed while queued: {reason}")
        store.event(now, "cancelled", f"{row.subject} → {row.person}: {reason}")
    log.info("cancelled %s (%s): %s", row.key, row.message_id, reason)


def _hold(store: Store, row: OutboxRow, until: datetime, reason: str) -> None:
    with store.transaction():
        store.retry_later(row.id, until, reason)  # not claimed: the hold costs no attempt
    log.info("holding %s (%s) until %s: %s", row.key, row.message_id, until.isoformat(), reason)


def _open_now(store: Store, config: Config, row: OutboxRow, now: datetime) -> bool:
    calendar = config.calendar_for(row.person)
    if is_open(calendar, now):
        return True
    _hold(store, row, next_open(calendar, now), "waiting for the recipient's business hours")
    return False


def _digest(store: Store, config: Config, env: jinja2.Environment | None, row: OutboxRow,
            now: datetime) -> OutboxRow | None:
    item = DigestDue.from_key(row.key, config)
    if item is None:
        _cancel(store, row, "this digest is no longer configured", now)
        return None
    if not _waited(row, now):
        return row
    if not _open_now(store, config, row, now):
        return None
    if env is None:
        return row
    mail, said = compose_digest(store, config, env, item, now)
    if mail is None:
        why = ("nothing of theirs waits any more (answered, snoozed, or they are away)" if item.audience == "manager"
               else "nothing left to say")
        _cancel(store, row, why, now)
        return None
    return _replace(store, row, mail, list(said.listing), now, said.told)


def _replace(store: Store, row: OutboxRow, mail, listing: list[int], now: datetime,
             told: tuple[Version, ...] | None = None) -> OutboxRow:
    """`told`: for a digest, the answers it now tells (what it told when queued, or last composed, is replaced)."""
    if mail.message_id != row.message_id:  # a key that no longer maps to this row: send what was queued
        log.error("cannot recompose %s (%s): it would get another Message-ID", row.key, row.message_id)
        return row
    with store.transaction():
        store.recompose_queued(row.id, mail, listing, now)
        if told is not None:
            store.set_told(row.id, told)
        faults.point("recheck_before_commit")
    faults.point("recheck_after_recompose")
    log.info("recomposed %s (%s) from the state at sending: it waited since %s", row.key, row.message_id,
             row.created_at.isoformat() if row.created_at else "?")
    return store.outbox_by_key(row.key)


def cancel_asks_to_ended_mentors(store: Store, now: datetime) -> list[str]:
    """Cancel each mentor ask ready to go whose mentor ended the pair with its recruiter since it was queued, and
    forget its submissions' step with it (one transaction per ask); returns the keys cancelled."""
    # The mentor's own stop; a pair ops took out of the config is no word of the mentor's (EndReason.REMOVED).
    ended = {(m.recruiter, m.mentor) for m in store.mentorships()
             if m.state is MentorshipState.ENDED and m.end_reason is not EndReason.REMOVED}
    cancelled = []
    for row in store.ready_mentor_asks(now) if ended else ():
        listed = store.listed((row.message_id,))
        if not any((sub.recruiter, row.person) in ended for sub in listed):
            continue
        reason = "the mentor ended the check-ins"
        with store.transaction():
            store.cancel(row.id, f"changed while queued: {reason}")
            for sub in listed:
                if sub.state is State.OPEN:
                    store.forget_step(sub.id, row.id)
            store.event(now, "cancelled", f"{row.subject} → {row.person}: {reason}; the rung is planned again")
            faults.point("recheck_ask_before_commit")
        log.info("cancelled %s (%s) to %s: %s; its rung is planned again", row.key, row.message_id, row.person, reason)
        cancelled.append(row.key)
    return cancelled


def checkin_problem(pair, state: MentorshipState | None, failing: bool) -> str:
    """Why a queued check-in or invitation must not go any more, or '' (pure)."""
    if pair is None:
        return "the mentorship was removed from the config"
    if state is MentorshipState.DECLINED:
        return "the mentor said no to mentoring"
    if state is MentorshipState.ENDED:
        return "the mentor ended the check-ins"
    if failing:
        return "the mentor's address fails"
    return ""


def _mentoring(store: Store, config: Config, env: jinja2.Environment | None, row: OutboxRow,
               now: datetime) -> OutboxRow | None:
    about = store.mentoring_mail((row.message_id,))
    if about is None:
        return row  # not a mail the mentor loop recorded (cannot happen for these kinds): leave it be
    pair = next((p for p in config.mentorships if (p.recruiter, p.mentor) == (about.recruiter, about.mentor)), None)
    stored = next((m for m in store.mentorships() if (m.recruiter, m.mentor) == (about.recruiter, about.mentor)), None)
    problem = checkin_problem(pair, stored.state if stored else None, about.mentor in store.failing())
    if problem:
        _cancel(store, row, problem, now)
        return None
    calendar = config.calendar_for(about.mentor)
    back = store.pauses().get(about.mentor)
    if back is not None and back > now:
        _hold(store, row, back_at(pair, calendar, back) if about.checkin else next_open(calendar, back),
              f"the mentor is away until {back.isoformat()}")
        return None
    paused = stored.paused_until if stored and about.checkin else None
    if paused is not None and paused > now:  # "pause until March" came while this check-in waited
        _hold(store, row, back_at(pair, calendar, paused),
              f"the mentor paused the check-ins until {paused.isoformat()}")
        return None
    if not _open_now(store, config, row, now):
        return None
    if about.checkin is None or env is None or not _waited(row, now):
        return row
    checkin = about.checkin
    earlier = [c for c in store.checkins(about.recruiter, about.mentor) if c.id < checkin.id]
    item = MentorDue("checkin", pair, Slot(checkin.slot, now), checkin.question)
    return _replace(store, row, checkin_mail(store, config, env, item, earlier, now), [], now)
