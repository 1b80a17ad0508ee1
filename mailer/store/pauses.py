"""Managers' absences (out-of-office pauses and their delegates) and addresses that bounce (a part of the store)."""

from __future__ import annotations

from datetime import datetime
import re
import sqlite3

from mailer.absences import Absence
from mailer.store.outbox import _dt, _t

ENDED_IN_PERSON = "out of office, ended: wrote in person"  # pauses.reason once the manager wrote in
# Where a bounce report quotes no reply from the receiving server (notices.address_failed stores it so). Before, the
# reason stored was "the receiving server refused it (heuristic:subject)": a rule's name, shown as NO_REASON.
NO_REASON = "undeliverable (the server's report gives no reason)"
_LEGACY_REASON = re.compile(r"^the receiving server refused it \((?:dsn|flufl|heuristic|list|ses):[\w-]+\)$")


class PauseQueries:
    db: sqlite3.Connection

    def active_pause(self, manager: str, now: datetime) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM pauses WHERE manager=? AND until>? ORDER BY id DESC LIMIT 1",
                               (manager, _t(now))).fetchone()

    def add_pause(self, manager: str, since: datetime, until: datetime, reason: str, delegate: str | None,
                  message_key: str) -> int:
        return self.db.execute("INSERT INTO pauses (manager, since, until, reason, delegate, message_key) "
                               "VALUES (?,?,?,?,?,?)",
                               (manager, _t(since), _t(until), reason, delegate, message_key)).lastrowid

    def extend_pause(self, pause_id: int, until: datetime, delegate: str | None) -> None:
        self.db.execute("UPDATE pauses SET until=MAX(until, ?), delegate=COALESCE(?, delegate) WHERE id=?",
                        (_t(until), delegate, pause_id))

    def pauses(self) -> dict[str, datetime]:
        """Each manager's latest absence end (past or future)."""
        rows = self.db.execute("SELECT manager, MAX(until) until FROM pauses GROUP BY manager")
        return {r["manager"]: _dt(r["until"]) for r in rows}

    def end_pause(self, manager: str, now: datetime) -> bool:
        """The manager wrote in person: whatever absence was running is over, and one that ended lately is
        not continued by a later notice (absences.continues). True when one was running."""
        running = self.db.execute("UPDATE pauses SET until=? WHERE manager=? AND until>?",
                                  (_t(now), manager, _t(now))).rowcount > 0
        self.db.execute("UPDATE pauses SET reason=? WHERE manager=? AND reason=?",
                        (ENDED_IN_PERSON, manager, "out of office"))
        return running

    def latest_absence(self, manager: str) -> Absence | None:
        """The manager's newest out-of-office pause, running or not (absences.continues decides)."""
        row = self.db.execute("SELECT * FROM pauses WHERE manager=? ORDER BY id DESC LIMIT 1", (manager,)).fetchone()
        return None if row is None else Absence(row["id"], _dt(row["since"]), _dt(row["until"]),
                                                row["reason"] == ENDED_IN_PERSON)

    def delegates(self, now: datetime) -> dict[str, str]:
        """delegate address → manager, for absences still running."""
        rows = self.db.execute("SELECT manager, delegate FROM pauses WHERE until>? AND delegate IS NOT NULL", (_t(now),))
        return {r["delegate"]: r["manager"] for r in rows}

    def mark_failing(self, address: str, at: datetime, reason: str) -> bool:
        cur = self.db.execute("INSERT OR IGNORE INTO failing VALUES (?,?,?)", (address, _t(at), reason))
        return cur.rowcount == 1

    def clear_failing(self, address: str) -> bool:
        return self.db.execute("DELETE FROM failing WHERE address=?", (address,)).rowcount == 1

    def failing(self) -> dict[str, str]:
        """Each failing address and what its server said (a reason stored by an older mailer as the name of the
        rule that read the report is shown as the report's lack of words, which it was)."""
        return {r["address"]: _LEGACY_REASON.sub(NO_REASON, r["reason"])
                for r in self.db.execute("SELECT address, reason FROM failing")}
