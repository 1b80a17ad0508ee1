"""(stored pair state, now, config) → which invitations, check-ins and "no answer" notices are due (pure).

Like the follow-up ladder, nothing here remembers anything: every answer is computed from what the store holds
(the pair's state and dates, the check-in slots already used) and `now`, so a restart or a clock jump never sends a
check-in twice or skips one for good; missed slots collapse into the latest one (schedule.due_slot).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Callable

from mailer.config.mentorships import Mentorship
from mailer.config.settings import Config
from mailer.mentoring.bank import bank_for, next_question
from mailer.mentoring.schedule import Schedule, Slot, at_local_time, due_slot, fresher_today, next_slot
from mailer.store.mentoring import EndReason, MentorshipRow, MentorshipState
from mailer.workdays import Calendar, add_business_days, is_open, next_business_day, next_open

SILENCE_DAYS = 10  # an invitation unanswered this many of the mentor's business days (two working weeks): told once
_NEVER = datetime.max.replace(tzinfo=timezone.utc)  # sorts pairs not started yet last


@dataclass(frozen=True)
class PairView:
    """What the store knows about one configured pair."""

    row: MentorshipRow | None = None
    asked: tuple[str, ...] = ()        # questions already asked, oldest first
    first_slot: date | None = None     # the first check-in's slot: the phase of "every N weeks" from then on
    # the latest check-in in the outbox: (state, when it went or is next tried); see covered_until
    latest: tuple[str, datetime | None] | None = None


@dataclass(frozen=True)
class MentorSnapshot:
    pairs: dict[tuple[str, str], PairView] = field(default_factory=dict)
    pauses: dict[str, datetime] = field(default_factory=dict)   # person → end of their latest absence
    failing: frozenset[str] = frozenset()
    # mentor → their local days with their one capped mail from mailer (a nudge, a manager digest, a mentor ask),
    # queued or coming later that day: a check-in on such a day moves to the next business day
    nudged: dict[str, frozenset[date]] = field(default_factory=dict)
    # mentor → their manager digest's (schedule, start, last slot used, the next one as it will go, from when it
    # lists something), when they get one (`digest: true`): a check-in on a later day the digest goes on moves as
    # it will on that day (digest_on)
    digests: dict[str, tuple[Schedule, date, date | None, Slot, datetime]] = field(default_factory=dict)


@dataclass(frozen=True)
class MentorDue:
    """One mail of the mentor loop to queue now. `kind`: "invitation", "checkin" or "silent" (tell the recruiter)."""

    kind: str
    pair: Mentorship
    slot: Slot | None = None
    question: str = ""

    @property
    def key(self) -> str:
        """The outbox key: one invitation and one silence notice per pair, one check-in per slot."""
        suffix = f":{self.slot.day.isoformat()}" if self.slot else ""
        return f"mentor-{self.kind}:{self.pair.recruiter}:{self.pair.mentor}{suffix}"


def anchor(pair: Mentorship, view: PairView, config: Config, now: datetime) -> date | None:
    """The date check-ins count from, or None while they may not start (invited, declined, not yet asked)."""
    row = view.row
    if view.first_slot is not None:
        return view.first_slot
    if pair.invite:
        if row is None or row.state is not MentorshipState.ACTIVE or row.replied_at is None:
            return None
        accepted = config.calendar_for(pair.mentor).local_date(row.replied_at) + timedelta(days=1)
        return max(accepted, pair.start) if pair.start else accepted
    if row is not None and row.state is MentorshipState.DECLINED:
        return None
    return pair.start or config.calendar_for(pair.mentor).local_date(now)


def covered_until(view: PairView, now: datetime) -> datetime | None:
    """Until when the pair's latest check-in stands in for its cadence's slots: when it went, or while it still
    waits in the queue (held for the mentor's return, retrying after an outage), when it is to go, and at least
    `now`. None when there is none, or it was cancelled or failed (it said nothing, so it stands for nothing).

    A slot whose time comes before then is not a check-in of its own: a mentor away past their next slot gets
    the held check-in on their return, not that one and the next slot's on the same day; the slot after it
    goes as usual.

    >>> at = datetime(2026, 12, 9, 10, tzinfo=timezone.utc)
    >>> covered_until(PairView(latest=("queued", at)), at - timedelta(days=1)) == at
    True
    >>> covered_until(PairView(latest=("cancelled", at)), at) is None
    True
    """
    if view.latest is None or view.latest[0] in ("cancelled", "failed"):
        return None
    state, at = view.latest
    if state == "sent":
        return at
    return max(at or now, now)  # queued, held or being sent: it goes no earlier than now


def checkin_slot(pair: Mentorship, view: PairView, config: Config, snap: MentorSnapshot, now: datetime,
                 upcoming: bool = False) -> Slot | None:
    """The check-in slot due now (or with `upcoming`, the next one even if it lies ahead), with its send time
    moved past the mentor's absence, or the pause they asked for, to its last day's end at the cadence's local
    time. Slots the latest check-in stands in for (covered_until) are used up by it. None for a pair the
    mentor ended ("stop"), whatever the config says."""
    if view.row is not None and view.row.state is MentorshipState.ENDED:
        return None
    start = anchor(pair, view, config, now)
    if start is None:
        return None
    calendar = config.calendar_for(pair.mentor)
    last = view.row.last_slot if view.row else None
    cover = covered_until(view, now)
    if cover is not None:
        absorbed = due_slot(pair.every, calendar, start, last, cover)
        last = absorbed.day if absorbed is not None else last
    slot = (next_slot if upcoming else due_slot)(pair.every, calendar, start, last, now)
    if slot is None:
        return None
    slot = fresher_today(pair.every, calendar, start, last, now, slot) or slot  # then `slot.at <= now` fails below
    back = max((b for b in (snap.pauses.get(pair.mentor), view.row and view.row.paused_until) if b), default=None)
    if back is not None and back > slot.at:
        slot = Slot(slot.day, back_at(pair, calendar, back))
    nudged = snap.nudged.get(pair.mentor, frozenset())
    first, today = calendar.local_date(slot.at), calendar.local_date(now)

    def busy(day: date) -> bool:  # the mentor's one mail from mailer that day is another (a nudge, a digest)
        at = slot.at if day == first else at_local_time(calendar, day, pair.every.at)
        return day in nudged or digest_on(snap, pair.mentor, calendar, at)

    def taken(day: date) -> bool:
        # A day gone by without the check-in (mailer was down) is free only if today is: it goes now, today.
        return busy(day) or (day < today and busy(today))
    slot = deferred(pair, calendar, slot, taken)
    if upcoming and slot.at < now:
        # Overdue (mailer was down across the slot, or it moved to a day that has come): it goes at the next pass
        # in the mentor's hours, and the views (status, mentors, the recruiter's digest) say so rather than name a
        # time gone by. Only after it moved, from its own day as the daemon moves it: once only.
        slot = Slot(slot.day, next_open(calendar, now))
    return slot if upcoming or slot.at <= now else None


def digest_on(snap: MentorSnapshot, mentor: str, calendar: Calendar, at: datetime) -> bool:
    """Whether the mentor's manager digest goes on the day of a check-in at `at` (their local date) with something
    to list: on that day it takes their one mail from mailer, so the check-in moves (loop.nudge_days reads today's;
    this reads any day, so `mentors`, `status` and the digests show the day the check-in will really go). The next
    digest goes on the day the daemon will send it (a day after its slot when a check-in took that day), the ones
    after it on their slots. What it lists is read as the daemon reads it: when the digest goes if that is first,
    else at the check-in's time (a snooze or an absence that ends later that day moves nothing)."""
    digest = snap.digests.get(mentor)
    if digest is None:
        return False
    schedule, start, _, pending, listed_from = digest
    day = calendar.local_date(at)
    goes = pending if calendar.local_date(pending.at) == day else \
        due_slot(schedule, calendar, start, pending.day, calendar.closing(day))
    return goes is not None and calendar.local_date(goes.at) == day and listed_from <= min(goes.at, at)


# Business days a check-in gives way to other mail from mailer before it goes beside it: fewer than a week, so a
# weekly check-in goes before its next slot comes and is never folded into it.
MAX_MOVES = 3


def deferred(pair: Mentorship, calendar: Calendar, slot: Slot, taken: Callable[[date], bool]) -> Slot:
    """A check-in on a day the mentor gets other mail from mailer under the one-a-day cap (a nudge, sent or due
    later that day, or their manager digest) moves to the next business day at the cadence's time, and again
    while that day is taken too: the README's one mail from mailer per person per business day holds for mentors
    who are managers, and the nudge or digest keeps the day because a candidate waits on it while a check-in has
    no deadline. Combining them is no better: they live in different threads and their answers mean different
    things. After MAX_MOVES business days it goes beside the other mail, so a mentor nudged every day still hears
    from their recruiter that week, and a weekly check-in is never folded into its next slot. Days are judged from the
    stored mail and today's foreseeable nudges and digests only, so each pass decides it again the same way."""
    day = calendar.local_date(slot.at)
    moves = 0
    while moves < MAX_MOVES and taken(day):
        day = next_business_day(calendar, day)
        moves += 1
    return slot if moves == 0 else Slot(slot.day, at_local_time(calendar, day, pair.every.at))


def back_at(pair: Mentorship, calendar: Calendar, back: datetime) -> datetime:
    """When a check-in postponed by the mentor's absence goes: their return day at the cadence's local time,
    or the next business day at that time when it has passed on the return day."""
    moved = at_local_time(calendar, calendar.local_date(back), pair.every.at)
    return moved if moved >= back else at_local_time(calendar, calendar.local_date(back) + timedelta(days=1),
                                                     pair.every.at)


def invitation_at(pair: Mentorship, calendar: Calendar, snap: MentorSnapshot, now: datetime) -> datetime:
    """When the pair's invitation goes (it is due once `now` reaches it): the mentor's next business hour after
    their absence. On a day the mentor gets a nudge from mailer it moves to the next business day's opening, as a
    check-in does (one mail from mailer a day), and once only: on a nudged day that follows another nudged
    business day it goes beside the nudge, so a mentor nudged every day is still asked."""
    at = next_open(calendar, max(now, snap.pauses.get(pair.mentor) or now))
    nudged = snap.nudged.get(pair.mentor, frozenset())
    day = calendar.local_date(at)
    if day in nudged and not _previous_business_day_in(calendar, day, nudged):
        return calendar.opening(next_business_day(calendar, day))
    return at


def _previous_business_day_in(calendar: Calendar, day: date, days: frozenset[date]) -> bool:
    for back in range(1, 15):
        earlier = day - timedelta(days=back)
        if calendar.is_business_day(earlier):
            return earlier in days
    return False


def _unanswered(row: MentorshipRow) -> bool:
    """Invited and not a word back: a question (replied_at, state still invited) hands the conversation to the
    recruiter, who was told it, so "has not answered your invitation" would be false."""
    return row.state is MentorshipState.INVITED and row.invited_at is not None and row.replied_at is None


def silence_from(row: MentorshipRow) -> datetime | None:
    """When the mentor's silence starts: when the invitation went out. One still in the queue (SMTP down for days,
    or given up) has not reached them, so they have not been silent: no "has not answered" notice for it. A pair
    ops put back in the config counts from then (its `paused_until`, store.readd_mentorship): the weeks it was out
    are not the mentor's silence, and their invitation still stands, so it is not sent again."""
    since = row.invitation_sent_at if row.invitation_queued else row.invited_at
    if since is None or row.paused_until is None:
        return since
    return max(since, row.paused_until)


def silent_at(calendar: Calendar, since: datetime) -> datetime:
    """When an invitation sent at `since` counts as unanswered: two working weeks in the mentor's own calendar, so a
    holiday week of theirs is not silence ("has not answered in two weeks" while they were away would be unfair)."""
    return add_business_days(calendar, since, SILENCE_DAYS)


@dataclass(frozen=True)
class ConfigChanges:
    """What the config says that the stored pairs do not yet: pairs to start, to end as removed, to take back."""

    start: tuple[tuple[Mentorship, datetime], ...] = ()   # `invite: false` pairs first seen, active from then
    removed: tuple[MentorshipRow, ...] = ()               # active or invited pairs no longer in the config
    readded: tuple[Mentorship, ...] = ()                  # pairs ops removed and has put back
    uninvited: tuple[Mentorship, ...] = ()                # invited pairs the config now says need no invitation


def config_changes(config: Config, rows: list[MentorshipRow], now: datetime) -> ConfigChanges:
    """Pairs the config starts, drops or brings back, against the stored ones (pure; loop.sync_config applies it).

    A pair without an invitation is a mentorship from the day it appears in the config (or its `start:` day, once
    that has come): its mentor may be asked about a silent manager from then, not only after a first check-in.
    A pair taken out of the config ends ("removed from config"), and comes back when ops puts it back; a pair the
    mentor ended with "stop" stays ended whatever the config says (`mailer mentors --restart` restarts it).
    A pair invited and not yet answered whose config now says `invite: false` (the mentor agreed in person) is a
    mentorship from that pass, as a pair configured so from the start is: no "has not answered" notice follows."""
    stored = {(r.recruiter, r.mentor): r for r in rows}
    configured = {(p.recruiter, p.mentor) for p in config.mentorships}
    start, readded, uninvited = [], [], []
    for pair in config.mentorships:
        row = stored.get((pair.recruiter, pair.mentor))
        calendar = config.calendar_for(pair.mentor)
        begun = pair.start is None or calendar.local_date(now) >= pair.start
        if row is None and not pair.invite and begun:
            start.append((pair, now if pair.start is None else min(now, datetime.combine(
                pair.start, datetime.min.time(), tzinfo=calendar.tz).astimezone(timezone.utc))))
        elif row is not None and row.state is MentorshipState.ENDED and row.end_reason is EndReason.REMOVED:
            readded.append(pair)
        elif row is not None and row.state is MentorshipState.INVITED and not pair.invite and begun:
            uninvited.append(pair)
    removed = tuple(r for r in rows if (r.recruiter, r.mentor) not in configured
                    and r.state in (MentorshipState.ACTIVE, MentorshipState.INVITED))
    return ConfigChanges(tuple(start), removed, tuple(readded), tuple(uninvited))


def upcoming(config: Config, snap: MentorSnapshot, now: datetime) -> list[datetime]:
    """The times after `now` at which an invitation or a "no answer" notice falls due (check-ins are their
    cadence's slots): what `plan --day` must visit to list them at the minute the daemon queues them."""
    found = []
    for pair in config.mentorships:
        view = snap.pairs.get((pair.recruiter, pair.mentor), PairView())
        row = view.row
        if pair.mentor in snap.failing:
            continue
        if pair.invite and row is None and view.first_slot is None:
            found.append(invitation_at(pair, config.calendar_for(pair.mentor), snap, now))
        elif row is not None and _unanswered(row) and (since := silence_from(row)) is not None:
            found.append(silent_at(config.calendar_for(pair.mentor), since))
    return [at for at in found if at > now]


def due(config: Config, snap: MentorSnapshot, now: datetime) -> list[MentorDue]:
    """Everything the mentor loop should queue now. Same state and same `now` always give the same answer."""
    result = []
    for pair in config.mentorships:
        view = snap.pairs.get((pair.recruiter, pair.mentor), PairView())
        row = view.row
        if pair.mentor in snap.failing:
            continue
        calendar = config.calendar_for(pair.mentor)
        if pair.invite and row is None and view.first_slot is None:
            if invitation_at(pair, calendar, snap, now) <= now:
                result.append(MentorDue("invitation", pair))
            continue
        if row is not None and row.state is MentorshipState.INVITED:
            if _unanswered(row) and (since := silence_from(row)) is not None and now >= silent_at(calendar, since):
                result.append(MentorDue("silent", pair))
            continue
        slot = checkin_slot(pair, view, config, snap, now)
        if slot is not None and is_open(calendar, now):
            question = next_question(bank_for(pair.questions, config.mentor_questions), list(view.asked))
            result.append(MentorDue("checkin", pair, slot, question))
    return result


def escalation_mentors(config: Config, rows: list[MentorshipRow]) -> dict[str, tuple[str, ...]]:
    """recruiter → the mentors the ladder's `to: mentor` rung may ask, in order of preference:
    `recruiters[].mentor` first, then active mentorships, longest running first. A mentor who ended the pair
    ("stop" in a check-in thread) is asked by neither: they said they are out. Every listed recruiter has an
    entry, () when nobody may be asked."""
    result: dict[str, list[str]] = {}
    ended = {(r.recruiter, r.mentor) for r in rows  # their own stop: not ops taking the pair out of the config
             if r.state is MentorshipState.ENDED and r.end_reason is not EndReason.REMOVED}
    for recruiter in config.recruiters.values():
        mentor = config.canonical_manager(recruiter.mentor) if recruiter.mentor else ""
        # Listed even with nobody left: policy.recipient falls back to recruiters[].mentor for a recruiter
        # without an entry, which would ask the very mentor who ended the pair.
        mentors = result.setdefault(recruiter.email, [])
        if mentor and (recruiter.email, mentor) not in ended:
            mentors.append(mentor)
    configured = {(p.recruiter, p.mentor) for p in config.mentorships}
    for row in sorted(rows, key=lambda r: (r.started_at or _NEVER, r.mentor)):
        if row.state is MentorshipState.ACTIVE and (row.recruiter, row.mentor) in configured:
            mentors = result.setdefault(row.recruiter, [])
            if row.mentor not in mentors:
                mentors.append(row.mentor)
    return {recruiter: tuple(mentors) for recruiter, mentors in result.items()}

