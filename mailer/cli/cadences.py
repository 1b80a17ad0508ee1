"""`mailer status`'s table of digests and check-ins (the cadences themselves: mailer/cadences.py)."""

from __future__ import annotations

from datetime import datetime

from mailer.cadences import Cadence, Held
from mailer.config.settings import Config


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
                                                         else f"none ({c.note or c.state})")
        if c.next_at and c.note:
            nxt += f" ({c.note})"
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
