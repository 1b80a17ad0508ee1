"""Weekly digests: which are due (pure, from stored slots and now), then compose → outbox once per slot.

A digest's slot comes from its schedule (`digests:` in config.yaml, the cadence language of
mentoring/schedule.py) in the recipient's calendar. It is queued under a key naming the slot, in the same
transaction that records the slot as used, so a crash, a restart or a clock jump never sends it twice or skips
the latest one; a slot with nothing to say is recorded as used too, and sends nothing. A digest waits for the
recipient's business hours, and a manager's for a day on which they have had no other mail from mailer (a
mentoring check-in included). An
earlier digest to the same person that still waits unsent (mailer stopped or SMTP down since it was queued) is
cancelled in that transaction: the new one says all it would, and both would tell the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
import logging
from typing import Iterable

import jinja2

from mailer import faults
from mailer.compose import Envelope, compose_notice
from mailer.config.settings import Config
from mailer.model import OutgoingMail
from mailer.mentoring.schedule import Slot, due_slot, fresher_today
from mailer.report import digest as content
from mailer.store import Store
from mailer.workdays import Calendar, is_open

log = logging.getLogger(__name__)

AUDIENCES = ("recruiter", "manager", "ops")
# The outbox audience: a manager's digest counts against their one mail a day like a nudge (and is one).
_OUTBOX_AUDIENCE = {"recruiter": "recruiter", "manager": "manager", "ops": "ops"}


@dataclass(frozen=True)
class DigestDue:
    audience: str  # recruiter | manager | ops
    person: str
    slot: Slot

    @property
    def key(self) -> str:
        """The outbox key: one digest per person per slot, ever."""
        return f"digest-{self.audience}:{self.person}:{self.slot.day.isoformat()}"

    @classmethod
    def from_key(cls, key: str, config: Config) -> DigestDue | None:
        """The digest a queued mail's key names ('digest-manager:maria@acme.example:2026-12-07'), or None when
        its audience is no longer configured (the key's slot day is all a re-composition needs of the slot)."""
        head, _, day = key.rpartition(":")
        audience, _, person = head.removeprefix("digest-").partition(":")
        schedule = getattr(config.digests, audience, None) if audience in AUDIENCES else None
        if schedule is None or not person:
            return None
        parsed = date.fromisoformat(day)
        return cls(audience, person, Slot(parsed, datetime.combine(parsed, schedule.at, tzinfo=timezone.utc)))


def recipients(config: Config, recruiters: Iterable[str] = ()) -> list[tuple[str, str, Calendar]]:
    """(audience, address, calendar) of everyone a configured digest goes to: listed recruiters and any other
    recruiter in `recruiters` (those with open submissions) whose domain is allowed (`recruiter_domains`; one
    taken out of the config, who left, gets none), managers with `digest: true`, the ops addresses."""
    found = []
    if config.digests.recruiter:
        others = [a for a in recruiters if config.recruiter(a) is not None]
        for address in dict.fromkeys((*config.recruiters, *others)):
            found.append(("recruiter", address, config.default_calendar))
    if config.digests.manager:
        found += [("manager", m.email, m.calendar) for m in config.managers if m.digest]
    if config.digests.ops:
        found += [("ops", address, config.default_calendar) for address in config.ops]
    return found


def due(config: Config, people: list[tuple[str, str, Calendar]], slots: dict[tuple[str, str], tuple[date, date | None]],
        capped_mail: dict[str, list[datetime]], now: datetime,
        mentor_mail: dict[str, list[datetime]] | None = None) -> list[DigestDue]:
    """The digests to queue now. `slots` holds each person's start day and last slot used; someone not in it
    starts today. `capped_mail` is the mail counted against a person's daily cap (nudges, asks, digests);
    `mentor_mail` when the mentor loop's check-ins and invitations were queued to each person."""
    result = []
    for audience, address, calendar in people:
        schedule = getattr(config.digests, audience)
        start, last = slots.get((audience, address), (calendar.local_date(now), None))
        slot = due_slot(schedule, calendar, start, last, now)
        if slot is None or not is_open(calendar, now) or fresher_today(schedule, calendar, start, last, now, slot):
            continue
        if audience == "manager":
            today = calendar.local_date(now)
            if sum(1 for at in capped_mail.get(address, []) if calendar.local_date(at) == today) \
                    >= config.followups.max_per_manager_per_day:
                continue  # today's mail to this manager has gone: the digest comes on their next business day
            if any(calendar.local_date(at) == today for at in (mentor_mail or {}).get(address, [])):
                # A check-in or invitation went to them today (they mentor a recruiter): one mail from mailer
                # a day. A check-in gives way to a digest it can foresee, not to one whose candidate came after it.
                continue
        result.append(DigestDue(audience, address, slot))
    return result


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
    found = due(config, people, store.digest_slots(), store.nudges_since(now - timedelta(days=2)), now,
                store.nudges_since(now - timedelta(days=2), ("mentoring",)))
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
