"""Each digest recipient and each mentorship as a cadence: the last mail sent, the next slot (as the daemon's own
slot functions compute it) and anything held in the queue. Read by `mailer status` and by the forecast, which
visits each next slot so that `plan --day` lists digests and check-ins at their minute."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from mailer.config.settings import Config
from mailer.digestplan import AUDIENCES, next_due, recipients
from mailer.mentoring.loop import restart_hint, snapshot as mentoring_snapshot
from mailer.mentoring.plan import PairView, checkin_slot
from mailer.recheck import KINDS
from mailer.store import Store
from mailer.store.mentoring import EndReason, MentorshipRow, MentorshipState


@dataclass(frozen=True)
class Held:
    """A mail of this cadence waiting in the queue: for its time (business hours, an absence) or a retry."""

    key: str
    state: str               # queued, or sending (claimed by a pass that may have died: recovery resends it)
    attempts: int
    queued_at: datetime | None
    next_attempt: datetime | None
    reason: str              # the last error or why it is held; '' when it is simply due


@dataclass(frozen=True)
class Cadence:
    what: str                # "recruiter digest", "manager digest", "ops digest", "check-in"
    to: str                  # the recipient (for a check-in, the mentor)
    recruiter: str           # check-ins: whose mentorship; digests: ''
    schedule: str
    state: str               # digests: "on"; check-ins: the mentorship's state (active, invited, declined …)
    last_sent: datetime | None
    next_at: datetime | None  # None: no slot will come (declined, silent, ended, waiting for a yes)
    held: tuple[Held, ...] = ()
    note: str = ""           # check-ins: what the mentor asked for ("ended by the mentor on …", "paused …")

    def as_json(self) -> dict:
        found = asdict(self)
        for key in ("last_sent", "next_at"):
            found[key] = found[key].isoformat() if found[key] else None
        for held in found["held"]:
            for key in ("queued_at", "next_attempt"):
                held[key] = held[key].isoformat() if held[key] else None
        return found


def cadences(store: Store, config: Config, now: datetime) -> list[Cadence]:
    """Every configured digest recipient, then every configured mentorship, in config order."""
    mail = store.mail_of_kinds(KINDS)
    return _digests(store, config, mail, now) + _checkins(store, config, mail, now)


def next_slots(store: Store, config: Config, now: datetime) -> list[datetime]:
    """Each cadence's next slot after `now`, without reading its mail (the forecast asks at every instant)."""
    found = _digests(store, config, None, now) + _checkins(store, config, None, now)
    return [c.next_at for c in found if c.next_at is not None and c.next_at > now]


def _about(mail: list[dict] | None, prefix: str) -> tuple[datetime | None, tuple[Held, ...]]:
    """(last sent, held in the queue) of the mail whose key starts with `prefix`; nothing without `mail`."""
    if mail is None:
        return None, ()
    mine = [m for m in mail if m["key"].startswith(prefix)]
    sent = [m["sent_at"] for m in mine if m["state"] == "sent" and m["sent_at"]]
    held = tuple(Held(m["key"], m["state"], m["attempts"], m["created_at"], m["next_attempt_at"],
                      m["last_error"] or "") for m in mine if m["state"] in ("queued", "sending"))
    return (max(sent) if sent else None), held


def _digests(store: Store, config: Config, mail: list[dict] | None, now: datetime) -> list[Cadence]:
    if not any(getattr(config.digests, a) for a in AUDIENCES):
        return []
    slots = store.digest_slots()
    capped_mail, mentor_mail = store.mail_taking_the_day(now)
    found = []
    for recipient in recipients(config, {s.recruiter for s in store.open_submissions()}):
        audience, person, _ = recipient
        last_sent, held = _about(mail, f"digest-{audience}:{person}:")
        # When the daemon's own decision says it goes: a missed slot waits for today's, a manager whose day is
        # taken (a nudge, a check-in) gets it on the next business day.
        slot = next_due(config, recipient, slots, capped_mail, now, mentor_mail)
        found.append(Cadence(f"{audience} digest", person, "", str(getattr(config.digests, audience)), "on",
                             last_sent, slot.at, held))
    return found


def _checkins(store: Store, config: Config, mail: list[dict] | None, now: datetime) -> list[Cadence]:
    if not config.mentorships:
        return []
    snap = mentoring_snapshot(store, config, now)
    found = []
    for pair in config.mentorships:
        view = snap.pairs.get((pair.recruiter, pair.mentor), PairView())
        row = view.row
        state = row.state.value if row else ("to invite" if pair.invite else "starting")
        ended = row is not None and row.state in (MentorshipState.DECLINED, MentorshipState.SILENT,
                                                  MentorshipState.ENDED)
        upcoming = None if ended else checkin_slot(pair, view, config, snap, now, upcoming=True)
        last_sent, held = _about(mail, f"mentor-checkin:{pair.recruiter}:{pair.mentor}:")
        _, asking = _about(mail, f"mentor-invitation:{pair.recruiter}:{pair.mentor}")
        found.append(Cadence("check-in", pair.mentor, pair.recruiter, str(pair.every), state, last_sent,
                             upcoming.at if upcoming else None, asking + held,
                             mentor_said(config, row, now) if row else ""))
    return found


def mentor_said(config: Config, row: MentorshipRow, now: datetime) -> str:
    """What the mentor asked for in a check-in thread, for `mentors` and `status`: "ended by the mentor on Mon
    07 Dec (restart: mailer mentors --restart …)", "paused by the mentor until Mon 01 Mar", or ''."""
    def day(at: datetime) -> str:
        return at.astimezone(config.calendar_for(row.mentor).tz).strftime("%a %d %b")
    if row.state is MentorshipState.ENDED and row.ended_at is not None:
        if row.end_reason is EndReason.REMOVED:
            return f"ended on {day(row.ended_at)} (removed from config; put it back to restart)"
        why = ", leaving the company" if row.end_reason is EndReason.LEAVING else ""
        return f"ended by the mentor on {day(row.ended_at)}{why} (restart: {restart_hint(row.recruiter, row.mentor)})"
    if row.state is MentorshipState.ACTIVE and row.paused_until is not None and row.paused_until > now:
        return f"paused by the mentor until {day(row.paused_until)}"
    return ""
