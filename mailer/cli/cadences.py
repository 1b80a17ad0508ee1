"""The mail that runs on a cadence in `mailer status`: each digest recipient and each mentorship, with the last
one sent, the next slot (as the daemon's own slot functions compute it) and anything held in the queue."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from mailer.config.settings import Config
from mailer.digests import AUDIENCES, recipients
from mailer.mentoring.loop import snapshot as mentoring_snapshot
from mailer.mentoring.plan import PairView, checkin_slot
from mailer.mentoring.schedule import next_slot
from mailer.recheck import KINDS
from mailer.store import Store
from mailer.store.mentoring import MentorshipState


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
    next_at: datetime | None  # None: no slot will come (declined, silent, waiting for a yes)
    held: tuple[Held, ...] = ()

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


def _about(mail: list[dict], prefix: str) -> tuple[datetime | None, tuple[Held, ...]]:
    """(last sent, held in the queue) of the mail whose key starts with `prefix`."""
    mine = [m for m in mail if m["key"].startswith(prefix)]
    sent = [m["sent_at"] for m in mine if m["state"] == "sent" and m["sent_at"]]
    held = tuple(Held(m["key"], m["state"], m["attempts"], m["created_at"], m["next_attempt_at"],
                      m["last_error"] or "") for m in mine if m["state"] in ("queued", "sending"))
    return (max(sent) if sent else None), held


def _digests(store: Store, config: Config, mail: list[dict], now: datetime) -> list[Cadence]:
    if not any(getattr(config.digests, a) for a in AUDIENCES):
        return []
    slots = store.digest_slots()
    found = []
    for audience, person, calendar in recipients(config, {s.recruiter for s in store.open_submissions()}):
        schedule = getattr(config.digests, audience)
        start, last = slots.get((audience, person), (calendar.local_date(now), None))
        last_sent, held = _about(mail, f"digest-{audience}:{person}:")
        found.append(Cadence(f"{audience} digest", person, "", str(schedule), "on", last_sent,
                             next_slot(schedule, calendar, start, last, now).at, held))
    return found


def _checkins(store: Store, config: Config, mail: list[dict], now: datetime) -> list[Cadence]:
    if not config.mentorships:
        return []
    snap = mentoring_snapshot(store, config, now)
    found = []
    for pair in config.mentorships:
        view = snap.pairs.get((pair.recruiter, pair.mentor), PairView())
        row = view.row
        state = row.state.value if row else ("to invite" if pair.invite else "starting")
        ended = row is not None and row.state in (MentorshipState.DECLINED, MentorshipState.SILENT)
        upcoming = None if ended else checkin_slot(pair, view, config, snap, now, upcoming=True)
        last_sent, held = _about(mail, f"mentor-checkin:{pair.recruiter}:{pair.mentor}:")
        _, asking = _about(mail, f"mentor-invitation:{pair.recruiter}:{pair.mentor}")
        found.append(Cadence("check-in", pair.mentor, pair.recruiter, str(pair.every), state, last_sent,
                             upcoming.at if upcoming else None, asking + held))
    return found


def cadences_text(config: Config, found: list[Cadence], now: datetime) -> str:
    """One table, times in each recipient's own zone."""
    if not found:
        return ""
    from mailer.cli.status import table

    def when(who: str, at: datetime | None) -> str:
        return at.astimezone(config.calendar_for(who).tz).strftime("%a %d %b %H:%M %Z") if at else "-"

    rows = []
    for c in found:
        what = f"{c.what} {c.recruiter} → {c.to}" if c.recruiter else f"{c.what} → {c.to}"
        nxt = when(c.to, c.next_at) if c.next_at else ("after a yes" if c.state in ("to invite", "invited")
                                                         else f"none ({c.state})")
        queued = "; ".join(_held_text(h, when(c.to, h.next_attempt), now) for h in c.held) or "-"
        rows.append([what, c.schedule, when(c.to, c.last_sent), nxt, queued])
    return "Digests and check-ins\n" + table(rows, ["what", "cadence", "last sent", "next", "in the queue"])


def _held_text(held: Held, at: str, now: datetime) -> str:
    if held.state == "sending":
        return "being sent (if that pass died: sent again unless its copy comes back)"
    due = held.next_attempt is None or held.next_attempt <= now
    why = f": {held.reason}" if held.reason else ""
    return (f"queued, goes at the next pass{why}" if due else f"held until {at}{why}") + \
        (f" (try {held.attempts + 1})" if held.attempts else "")
