"""`mailer plan --day`: what will go out in a window, found by running the daemon's own passes (decide, then
deliver) on an in-memory copy of the state at each instant something can change. One code path: the cap, the
business hours and the grouping are applied by the very functions the daemon runs, so they cannot disagree.
Assumes no mail arrives meanwhile (an answer would stop a nudge)."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, time, timedelta
import logging

import jinja2

from mailer.cadences import next_slots
from mailer.config.settings import Config
from mailer.daemon import DECISION_STAGES
from mailer.decide import snapshot
from mailer.deliver import deliver
from mailer.mentoring.loop import next_times as mentor_times
from mailer.model import QueueState, State
from mailer.policy import left_today, next_step, recipient
from mailer.store import Store
from mailer.workdays import is_open, next_open

# The follow-up ladder's mail: a nudge or mentor ask for one candidate, or a manager's grouped nudge.
LADDER_KINDS = ("followup", "digest")
MAX_PASSES = 20_000  # a year of daily events for a few dozen people; a guard, never reached in practice


@dataclass(frozen=True)
class Planned:
    at: datetime          # UTC, the pass that sends it
    kind: str             # followup, digest, or any other kind the daemon queues (notices, check-ins, digests)
    audience: str
    to: str
    subject: str
    candidates: tuple[str, ...]
    submissions: tuple[int, ...] = ()  # the ids it lists


class _Recorder:
    """Stands in for the SMTP session: every mail is accepted, nothing leaves the machine."""

    def send(self, envelope_from: str, recipients: tuple[str, ...], raw: bytes) -> dict:
        return {}


def forecast(store: Store, config: Config, env: jinja2.Environment, now: datetime, end: datetime,
             enough=None) -> list[Planned]:
    """Every mail the daemon would send from `now` up to `end`, if no mail came in. The real state is untouched.
    `enough(planned)`, if given, may end the simulation early (status needs only each submission's next mail)."""
    copy = store.scratch_copy()
    try:
        with _simulation_unlogged():
            return _passes(copy, config, env, now, end, enough)
    finally:
        copy.close()


@contextmanager
def _simulation_unlogged():
    """The daemon's passes log "queued …" and "sent … to maria@…" as they act; run on the scratch copy, those lines
    would tell whoever reads `status -v` or `plan -v` that mail went out. Errors still show."""
    before = logging.root.manager.disable
    logging.disable(max(before, logging.WARNING))
    try:
        yield
    finally:
        logging.disable(before)


def _passes(copy: Store, config: Config, env: jinja2.Environment, now: datetime, end: datetime,
            enough) -> list[Planned]:
    """forecast's loop: decide and deliver on the scratch copy at each instant something can change."""
    planned: list[Planned] = []
    at, passes = now, 0
    while at <= end and passes < MAX_PASSES:
        passes += 1
        for _name, stage in DECISION_STAGES:
            stage(copy, config, env, at)
        report = deliver(copy, config, _Recorder(), at, None, env)
        for key in report.sent:
            row = copy.outbox_by_key(key)
            listed = copy.listed((row.message_id,))
            planned.append(Planned(at, row.kind, row.audience, row.person or row.recipients[0], row.subject,
                                   tuple(s.candidate for s in listed), tuple(s.id for s in listed)))
        if enough is not None and enough(planned):
            break
        at = _next_instant(copy, config, at)
    return planned


def next_mails(store: Store, config: Config, env: jinja2.Environment, now: datetime,
               horizon: timedelta = timedelta(days=8)) -> dict[int, Planned]:
    """Each open submission's next nudge or mentor ask as the daemon will send it (the cap and business hours
    applied), if one goes within `horizon`: what `mailer status` shows, from the same passes as `plan --day`.
    A manager digest listing the candidate is not one: it takes the manager's day, and the rung waits for the next."""
    # Those that can get a mail: a rung to come, or one already queued. The others (ladder finished, address
    # failing) would keep the simulation going to the end of the horizon for nothing.
    snap = snapshot(store, now, config)
    waiting = {s.id for s in snap.submissions if next_step(config, snap, s) is not None}
    waiting |= {s.id for row in store.outbox(QueueState.QUEUED) if row.kind in LADDER_KINDS
                for s in store.listed((row.message_id,)) if s.state is State.OPEN}
    first: dict[int, Planned] = {}
    rungs = lambda planned: (p for p in planned if p.kind in LADDER_KINDS)  # noqa: E731
    enough = lambda planned: waiting <= {i for p in rungs(planned) for i in p.submissions}  # noqa: E731
    for planned in rungs(forecast(store, config, env, now, now + horizon, enough)):
        for sub_id in planned.submissions:
            first.setdefault(sub_id, planned)
    return first


def _next_instant(store: Store, config: Config, now: datetime, skip_capped: bool = True) -> datetime:
    """The next moment a pass could do something: a ladder step falling due, a held or retried mail's time, or
    for a step already due but held back (the daily cap, closed hours) the recipient's next opening.
    `skip_capped=False` also visits the due times that fall on a day whose mail has gone: the exhaustive
    reference the tests and bench/status.py check the skipping against."""
    snap = snapshot(store, now, config)
    candidates = [now + timedelta(days=1)]  # nothing scheduled: one pass a day keeps time-based kinds in view
    for sub in snap.submissions:
        found = next_step(config, snap, sub)
        if found is None:
            continue
        index, at = found
        to = recipient(config, config.followups.steps[index], sub, snap.mentors) or sub.manager
        cal = config.calendar_for(to)
        if at > now:
            # Falling due today for someone whose one mail of the day has gone: nothing can happen then, and
            # visiting that instant is a whole pass for nothing. With thousands of open submissions most due
            # times are such instants; skipping them made status at 5,000 about 14 times faster (bench/status.py).
            day = cal.local_date(at)
            if skip_capped and day == cal.local_date(now) and left_today(config, snap, to, now) == 0:
                at = next_open(cal, datetime.combine(day + timedelta(days=1), time(0), tzinfo=cal.tz))
            candidates.append(at)
            continue
        if is_open(cal, now):  # due and open, yet not sent: today's cap is used up
            tomorrow = datetime.combine(cal.local_date(now) + timedelta(days=1), time(0), tzinfo=cal.tz)
            candidates.append(next_open(cal, tomorrow))
        else:
            candidates.append(next_open(cal, now))
    retry = store.next_attempt_after(now)
    if retry is not None:
        candidates.append(retry)
    # Digests and check-ins fall due at their cadence's slot, not at a ladder step: visited too, so `plan --day`
    # lists them at the minute the daemon queues them.
    candidates += next_slots(store, config, now)
    candidates += mentor_times(store, config, now)  # invitations (the mentor's next business hour), silence notices
    return max(min(candidates), now + timedelta(seconds=1))
