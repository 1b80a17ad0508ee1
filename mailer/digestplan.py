"""Which digest is due when (pure): from each person's stored slots, the mail they already had today and now.

A digest's slot comes from its schedule (`digests:` in config.yaml, the cadence language of mentoring/schedule.py)
in the recipient's calendar. It waits for the recipient's business hours, and a manager's for a day on which they
have had no other mail from mailer (a mentoring check-in or invitation included). `due` is the daemon's decision;
`next_due` asks it at each instant its answer can change, so `status`, `plan --day`, `mentors` and the check-ins
that give way to a digest name the time it really goes, not its slot (digests.py queues what is due).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Iterable

from mailer.config.settings import Config
from mailer.mentoring.schedule import Slot, due_slot, fresher_today, next_slot
from mailer.workdays import Calendar, is_open, next_open

AUDIENCES = ("recruiter", "manager", "ops")
_SEARCH_DAYS = 60  # next_due looks this far for a day the digest can go; a guard (a held digest goes the next day)


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


def next_due(config: Config, person: tuple[str, str, Calendar], slots: dict[tuple[str, str], tuple[date, date | None]],
             capped_mail: dict[str, list[datetime]], now: datetime,
             mentor_mail: dict[str, list[datetime]] | None = None) -> Slot:
    """The person's next digest as the daemon will queue it if no mail comes in: its slot, with the time of the
    first pass at which `due` says yes (business hours, a day whose mail has gone, a missed slot waiting for
    today's all applied by `due` itself). The mail already queued or sent is all that can take a day, so after
    today the digest goes at its slot. The slot's content is not read: one with nothing to say still uses it.

    Maria's Monday 14:00 digest, on a Monday her check-in already went: Tuesday's opening, 09:00.
    """
    audience, address, calendar = person
    slots = {(audience, address): slots.get((audience, address), (calendar.local_date(now), None))}
    start, last = slots[(audience, address)]
    schedule = getattr(config.digests, audience)
    at = now
    for _ in range(_SEARCH_DAYS * 3):
        found = due(config, [person], slots, capped_mail, at, mentor_mail)
        if found:
            return Slot(found[0].slot.day, at)
        # The instants at which `due` can change its answer: a slot's time, business opening, the next day.
        upcoming = next_slot(schedule, calendar, start, last, at)
        fresher = fresher_today(schedule, calendar, start, last, at, upcoming) if upcoming.at <= at else None
        tomorrow = datetime.combine(calendar.local_date(at) + timedelta(days=1), time(0), tzinfo=calendar.tz)
        at = min(t for t in (upcoming.at, fresher and fresher.at, next_open(calendar, at), next_open(calendar, tomorrow))
                 if t is not None and t > at)
    raise AssertionError(f"no day for {audience} digest to {address} within {_SEARCH_DAYS} days")  # pragma: no cover
