"""(stored state, now, config) → what is due: the follow-up ladder as a pure function of time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from mailer.config.settings import Config, Step
from mailer.model import Due, DueItem, SentStep, State, Submission
from mailer.pacing import waited_past_its_day
from mailer.workdays import after, business_time_between, is_open, next_open


@dataclass(frozen=True)
class Snapshot:
    """Everything policy reads, loaded from the store in one go."""

    submissions: tuple[Submission, ...]
    steps: dict[int, list[SentStep]] = field(default_factory=dict)
    manager_mail: dict[str, list[datetime]] = field(default_factory=dict)  # nudges and asks sent to each person
    pauses: dict[str, datetime] = field(default_factory=dict)   # manager → end of their latest absence
    failing: frozenset[str] = frozenset()                       # addresses whose mail bounced for good
    # recruiter → who the `to: mentor` rung may ask, preferred first: recruiters[].mentor, then active mentorships
    # (longest running first; mentoring/plan.escalation_mentors). Empty: recruiters[].mentor alone.
    mentors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # person → (queued at, takes the day of) of each check-in and invitation to them (store.mentoring_days)
    mentoring_mail: dict[str, list[tuple[datetime, datetime]]] = field(default_factory=dict)


def recipient(config: Config, step: Step, sub: Submission, mentors: dict[str, tuple[str, ...]] | None = None) -> str:
    """The address a step goes to, or '' when it has none (a recruiter without a mentor)."""
    if step.to == "manager":
        return sub.manager
    recruiter = config.recruiter(sub.recruiter)
    if step.to == "recruiter":
        return sub.recruiter
    candidates = (mentors or {}).get(sub.recruiter)
    if candidates is None:
        candidates = (recruiter.mentor,) if recruiter and recruiter.mentor else ()
    # Never the silent manager themself: asking a mentor for advice about their own silence is no escalation.
    return next((m for m in candidates if config.canonical_manager(m) != sub.manager), "")


def next_step(config: Config, snap: Snapshot, sub: Submission) -> tuple[int, datetime] | None:
    """(step index, earliest send time) of a submission's next ladder step; None when the ladder is done.

    The delay is counted in the manager's business time from the previous step (or the submission);
    the mail then waits for the end of a snooze or of the manager's absence, and for the recipient's
    business hours. A manager whose address bounces gets no more follow-ups.
    """
    if sub.state is not State.OPEN or sub.manager in snap.failing:
        return None
    taken = snap.steps.get(sub.id, [])
    owed = owed_step(config, snap, sub)
    if owed is not None:
        # A rung skipped for want of a mentor goes once one exists: the candidate still waits, and the ask was due.
        to = recipient(config, config.followups.steps[owed.step], sub, snap.mentors)
        ready = max([owed.at] + [h for h in (sub.snoozed_until, snap.pauses.get(sub.manager)) if h is not None])
        return owed.step, next_open(config.calendar_for(to), ready)
    index = max(s.step for s in taken) + 1 if taken else 0  # after the latest step taken, gaps or not
    if index >= len(config.followups.steps):
        return None
    step = config.followups.steps[index]
    anchor = taken[-1].at if taken else sub.submitted_at
    back = snap.pauses.get(sub.manager)
    if step.to == "mentor" and back is not None and back > anchor:
        anchor = back  # just back from an absence: the full delay passes before a mentor hears "no answer"
    ready = after(config.calendar_for(sub.manager), anchor, step.after)
    for hold in (sub.snoozed_until, snap.pauses.get(sub.manager)):
        if hold is not None and hold > ready:
            ready = hold
    to = recipient(config, step, sub, snap.mentors) or sub.manager
    return index, next_open(config.calendar_for(to), ready)


def owed_step(config: Config, snap: Snapshot, sub: Submission) -> SentStep | None:
    """The earliest mentor rung skipped for want of a recipient (no mentor, or only the silent manager) that now
    has one, or None (only a mentor rung can lack one). Skipping never gave up the rung: it is decided again from the stored skip at every pass."""
    steps = config.followups.steps
    return next((s for s in snap.steps.get(sub.id, []) if s.skipped and s.step < len(steps)
                 and steps[s.step].to == "mentor" and recipient(config, steps[s.step], sub, snap.mentors)), None)


def waiting_for_mentor(config: Config, snap: Snapshot, sub: Submission) -> int | None:
    """The index of a rung skipped for want of a mentor that still has nobody to go to (status says it waits)."""
    steps = config.followups.steps
    return next((s.step for s in snap.steps.get(sub.id, []) if s.skipped and s.step < len(steps)
                 and steps[s.step].to == "mentor" and not recipient(config, steps[s.step], sub, snap.mentors)), None)


def left_today(config: Config, snap: Snapshot, person: str, now: datetime) -> int:
    """How many more nudges or mentor asks this person may get today (their local business day): a manager
    who is also someone's mentor gets one mail a day from mailer, not one per role. Mail that waited in the queue
    counts on the day it goes (pacing.py): a digest, a nudge, or a check-in or invitation held past its own day."""
    calendar = config.calendar_for(person)
    today = calendar.local_date(now)
    sent_today = sum(1 for at in snap.manager_mail.get(person, []) if calendar.local_date(at) == today)
    sent_today += sum(1 for queued, at in snap.mentoring_mail.get(person, [])
                      if calendar.local_date(at) == today and waited_past_its_day(calendar, queued, at))
    return max(0, config.followups.max_per_manager_per_day - sent_today)


def due(config: Config, snap: Snapshot, now: datetime) -> list[Due]:
    """The mails to queue now. Same state and same `now` always give the same answer.

    With per-manager grouping, a mail that goes out also takes along that recipient's other candidates
    that fall due later the same business day: one nudge a day listing everything, not one an hour.
    """
    # Keyed by (audience, recipient, manager, recruiter-for-mentor-asks): a mentor ask speaks in one recruiter's voice.
    waiting: dict[tuple[str, str, str, str], list[tuple[DueItem, datetime, bool]]] = {}
    for sub in snap.submissions:
        found = next_step(config, snap, sub)
        if found is None:
            continue
        index, at = found
        step = config.followups.steps[index]
        to = recipient(config, step, sub, snap.mentors)
        if to in snap.failing:
            continue
        waited = business_time_between(config.calendar_for(sub.manager), sub.submitted_at, now)
        holds = [h for h in (sub.snoozed_until, snap.pauses.get(sub.manager)) if h is not None and h > now]
        # Held back by a snooze or an absence that has not ended: it waits for that, never rides along early.
        voice = sub.recruiter if step.to == "mentor" else ""
        waiting.setdefault((step.to, to, sub.manager, voice), []).append((DueItem(sub, index, waited), at, bool(holds)))

    grouped = config.followups.group == "per_manager"
    result = []
    given: dict[str, int] = {}  # mails handed out in this pass, per person, on top of the day's earlier ones
    # Longest-waiting first: a mentor ask that is due must not lose the day's one slot to a fresh nudge forever.
    for (audience, to, manager, _voice), entries in sorted(waiting.items(),
                                                           key=lambda kv: (min(at for _, at, _ in kv[1]), kv[0])):
        calendar = config.calendar_for(to or manager)
        if not any(at <= now for _, at, _ in entries):
            continue
        if to and not is_open(calendar, now):
            continue  # past due, but the recipient's day has ended: wait for the next opening
        if grouped and to:
            closing = calendar.closing(calendar.local_date(now))
            mails = [Due(audience, to, manager, tuple(item for item, at, held in entries
                                                      if at <= now or (at <= closing and not held)))]
        else:
            mails = [Due(audience, to, manager, (item,)) for item, at, _ in entries if at <= now]
        if to:
            mails = mails[:max(0, left_today(config, snap, to, now) - given.get(to, 0))]
            given[to] = given.get(to, 0) + len(mails)
        result.extend(mails)
    return result
