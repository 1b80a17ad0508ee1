"""`mailer status`, `mailer plan` and `mailer quarantine` as text for people."""

from __future__ import annotations

from datetime import datetime

import jinja2

from mailer.compose import compose, waited_text
from mailer.config.settings import Config
from mailer.decide import plan, snapshot, thread_for
from mailer.mentoring.loop import plan as mentor_plan
from mailer.policy import next_step, recipient
from mailer.store import Store
from mailer.workdays import business_time_between


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def status(store: Store, config: Config, now: datetime) -> str:
    snap = snapshot(store, now, config)
    quarantined = len(store.quarantined())
    footer = f"\n\n{quarantined} mail(s) in quarantine: see `mailer quarantine`." if quarantined else ""
    if not snap.submissions:
        return "No open submissions." + footer
    failing = store.failing()
    blocks = []
    for manager in sorted({s.manager for s in snap.submissions}):
        cal = config.calendar_for(manager)
        away = snap.pauses.get(manager)
        notes = ([f"ADDRESS FAILING: {failing[manager]}"] if manager in failing else []) + (
            [f"away until {away.astimezone(cal.tz):%a %d %b %H:%M}"] if away and away > now else [])
        rows = []
        for sub in (s for s in snap.submissions if s.manager == manager):
            waited = business_time_between(cal, sub.submitted_at, now)
            nxt = next_step(config, snap, sub)
            if manager in failing:
                upcoming = "stopped: the address bounces"
            elif nxt is None:
                upcoming = "ladder finished"
            else:
                index, at = nxt
                step = config.followups.steps[index]
                to = recipient(config, step, sub, snap.mentors) or f"(skipped: no other {step.to})"
                held = " (snoozed)" if sub.snoozed_until and sub.snoozed_until > now else ""
                upcoming = f"{at.astimezone(cal.tz):%a %d %b %H:%M %Z}: step {index + 1} → {to}{held}"
            who = config.recruiters.get(sub.recruiter)
            rows.append([f"#{sub.id}", sub.candidate, (who.name if who and who.name else sub.recruiter),
                         f"{waited.total_seconds() / 3600:.1f}",
                         waited_text(waited, cal.day_hours), upcoming])
        known_as = next((s.manager_name for s in snap.submissions if s.manager == manager and s.manager_name), "")
        title = f"{config.manager_name(manager, known_as)} <{manager}>  ({cal.tz.key})" + "".join(f" — {n}" for n in notes)
        blocks.append(title + "\n" + table(rows, ["id", "candidate", "recruiter", "biz hours", "waiting", "next nudge"]))
    return "\n\n".join(blocks) + footer


def quarantine_text(store: Store) -> str:
    rows = [[r["key"], r["seen_at"], f"{r['folder']}/{r['uid']}", r["reason"][:100]] for r in store.quarantined()]
    if not rows:
        return "Quarantine is empty."
    return table(rows, ["key", "seen", "folder/uid", "reason"]) + (
        "\n\nThe original mail is kept. After fixing the cause (a template, the config, a mailer upgrade), "
        "`mailer quarantine --retry KEY` (or `--retry all`) reads it again.")


def plan_text(store: Store, config: Config, env: jinja2.Environment, at: datetime) -> str:
    items = plan(store, config, at)
    mentoring = [[d.pair.recruiter if d.kind == "silent" else d.pair.mentor, f"mentor {d.kind}", "-",
                  d.question or f"{d.pair.recruiter} and {d.pair.mentor}"] for d in mentor_plan(store, config, at)]
    if not items and not mentoring:
        return f"Nothing due at {at.astimezone(config.default_calendar.tz):%Y-%m-%d %H:%M %Z}."
    rows = []
    for due in items:
        if not due.recipient:
            rows.append(["(skipped)", due.audience, ", ".join(i.submission.candidate for i in due.items), "-"])
            continue
        mail = compose(config, env, due, thread_for(store, due), store.instance, at)
        rows.append([due.recipient, f"step {due.step + 1}" + (" (digest)" if mail.kind == "digest" else ""),
                     ", ".join(i.submission.candidate for i in due.items), mail.subject])
    rows += mentoring  # invitations, check-ins (with their question) and "no answer" notices of the mentor loop
    return f"Due at {at.astimezone(config.default_calendar.tz):%Y-%m-%d %H:%M %Z} (nothing is sent by plan):\n" + table(rows, ["to", "what", "candidates", "subject"])
