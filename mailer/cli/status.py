"""`mailer status`, `mailer plan` and `mailer quarantine` as text for people."""

from __future__ import annotations

from datetime import datetime
import unicodedata

import jinja2

from mailer.compose import waited_text
from mailer.config.settings import Config
from mailer.decide import snapshot
from mailer.model import QueueState
from mailer.policy import next_step, recipient, waiting_for_mentor
from mailer.store import Store
from mailer.workdays import business_time_between


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(width(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c) + " " * (w - width(str(c))) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def width(text: str) -> int:
    """Columns `text` takes in a terminal: a Chinese, Japanese or Korean character takes two (王小明 is 6), a
    combining accent none, so a table of such names stays aligned."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def submission_rows(store: Store, config: Config, now: datetime, env: jinja2.Environment | None = None) -> list[dict]:
    """Each open submission as status shows it: who, how long it waited, and its next nudge as the daemon will
    send it (the daily cap may move it past the ladder's own time). UTC datetimes; `next` None when none comes."""
    from mailer.compose import environment
    from mailer.forecast import LADDER_KINDS, next_mails
    snap = snapshot(store, now, config)
    # The daemon's own passes, simulated (forecast.py): about 4 s of CPU at 5,000 open submissions.
    coming = next_mails(store, config, env or environment(config.templates), now) if snap.submissions else {}
    failing = store.failing()
    # A nudge already queued (waiting for SMTP, a retry, business hours) is the submission's next mail: its rung
    # is recorded, so the ladder's next rung is one further than the mail that goes next.
    queued = {s.id for state in (QueueState.QUEUED, QueueState.SENDING) for row in store.outbox(state)
              if row.kind in LADDER_KINDS for s in store.listed((row.message_id,))}
    rows = []
    for sub in snap.submissions:
        cal = config.calendar_for(sub.manager)
        waited = business_time_between(cal, sub.submitted_at, now)
        nxt = next_step(config, snap, sub)
        upcoming, stopped = None, ""
        if sub.manager in failing:
            stopped = "the address bounces"
        elif nxt is None:
            owed = waiting_for_mentor(config, snap, sub)
            stopped = "ladder finished" if owed is None else \
                f"step {owed + 1} waits for a mentor (none configured, or only this manager)"
        else:
            index, at = nxt
            step = config.followups.steps[index]
            to = recipient(config, step, sub, snap.mentors)
            number = index + 1
            if sub.id in coming:
                at, to = coming[sub.id].at, coming[sub.id].to
                if sub.id in queued:
                    number = index
            upcoming = {"at": at, "step": number, "to": to, "skipped_for_want_of": "" if to else step.to,
                        "snoozed": bool(sub.snoozed_until and sub.snoozed_until > now), "queued": sub.id in queued}
        rows.append({"id": sub.id, "candidate": sub.candidate, "role": sub.role, "manager": sub.manager,
                     "manager_name": config.manager_name(sub.manager, sub.manager_name), "recruiter": sub.recruiter,
                     "business_hours": round(waited.total_seconds() / 3600, 1),
                     "waiting": waited_text(waited, cal.day_hours), "next": upcoming, "stopped": stopped,
                     "away_until": snap.pauses[sub.manager] if snap.pauses.get(sub.manager) and
                     snap.pauses[sub.manager] > now else None, "failing": failing.get(sub.manager)})
    return rows


def status(store: Store, config: Config, now: datetime, env: jinja2.Environment | None = None) -> str:
    from mailer.cadences import cadences
    from mailer.cli.cadences import cadences_text
    rows = submission_rows(store, config, now, env)
    quarantined = len(store.quarantined())
    timed = cadences_text(config, cadences(store, config, now), now)
    footer = (f"\n\n{timed}" if timed else "") + (
        f"\n\n{quarantined} mail(s) in quarantine: see `mailer quarantine`." if quarantined else "")
    if not rows:
        return "No open submissions." + footer
    blocks = []
    for manager in sorted({r["manager"] for r in rows}):
        cal = config.calendar_for(manager)
        mine = [r for r in rows if r["manager"] == manager]
        away, failing = mine[0]["away_until"], mine[0]["failing"]
        notes = ([f"ADDRESS FAILING: {failing}"] if failing else []) + (
            [f"away until {away.astimezone(cal.tz):%a %d %b %H:%M}"] if away else [])
        lines = []
        for r in mine:
            nxt = r["next"]
            if r["stopped"]:
                upcoming = "stopped: the address bounces" if r["failing"] else r["stopped"]
            else:
                to = nxt["to"] or f"(skipped: no other {nxt['skipped_for_want_of']})"
                upcoming = (f"{nxt['at'].astimezone(cal.tz):%a %d %b %H:%M %Z}: step {nxt['step']} → {to}"
                            + (" (queued)" if nxt["queued"] else "") + (" (snoozed)" if nxt["snoozed"] else ""))
            who = config.recruiters.get(r["recruiter"])
            lines.append([f"#{r['id']}", r["candidate"], (who.name if who and who.name else r["recruiter"]),
                          f"{r['business_hours']:.1f}", r["waiting"], upcoming])
        title = f"{mine[0]['manager_name']} <{manager}>  ({cal.tz.key})" + "".join(f" — {n}" for n in notes)
        blocks.append(title + "\n" + table(lines, ["id", "candidate", "recruiter", "biz hours", "waiting", "next nudge"]))
    return "\n\n".join(blocks) + footer


def status_json(store: Store, config: Config, now: datetime, health=None, daemon=None) -> dict:
    """`mailer status --json`: the same facts as the text, times as ISO-8601 in UTC. `daemon`: what
    store.lock.daemon_process says (running / stopped / elsewhere, and the lock's holder), for monitors that
    should not parse the health lines."""
    from mailer.cadences import cadences

    def iso(value):
        return value.isoformat() if isinstance(value, datetime) else value

    subs = []
    for row in submission_rows(store, config, now):
        row = {k: iso(v) for k, v in row.items()}
        if row["next"]:
            row["next"] = {k: iso(v) for k, v in row["next"].items()}
        subs.append(row)
    process, holder = daemon if daemon is not None else (None, None)
    return {"now": now.isoformat(),
            "daemon": None if process is None else {
                "process": process, "pid": holder.pid if holder else None, "host": holder.host if holder else None},
            "health": {"ok": health.ok, "lines": list(health.lines)} if health is not None else None,
            "submissions": subs, "cadences": [c.as_json() for c in cadences(store, config, now)],
            "quarantined": len(store.quarantined())}


def quarantine_text(store: Store) -> str:
    rows = [[r["key"], r["seen_at"], f"{r['folder']}/{r['uid']}", r["reason"][:100]] for r in store.quarantined()]
    if not rows:
        return "Quarantine is empty."
    return table(rows, ["key", "seen", "folder/uid", "reason"]) + (
        "\n\nThe original mail is kept. After fixing the cause (a template, the config, a mailer upgrade), "
        "`mailer quarantine --retry KEY` (or `--retry all`) reads it again.")


def plan_text(store: Store, config: Config, env: jinja2.Environment, at: datetime) -> str:
    """What one pass of the daemon at `at` sends, from the stored state as it is now (as if mailer ran then and
    not in between): the daemon's own decision and delivery passes on an in-memory copy, as `plan --day` runs
    them, so the two name each mail alike (kind and subject) and list digests too, with the cap and hours applied."""
    from mailer.cli.ops import planned_table
    from mailer.forecast import forecast
    when = f"{at.astimezone(config.default_calendar.tz):%Y-%m-%d %H:%M %Z}"
    planned = forecast(store, config, env, at, at)
    if not planned:
        return f"Nothing due at {when}."
    return f"Due at {when} (nothing is sent by plan):\n" + planned_table(config, planned)
