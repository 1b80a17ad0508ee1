"""The state's own upkeep: the daemon's heartbeat, meta flags, integrity check and online backup (a part of the store)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import os
from pathlib import Path
import sqlite3

from mailer.errors import StoreError
from mailer.store.private import create_private
from mailer.store.outbox import _dt, _t


@dataclass(frozen=True)
class Beat:
    """One heartbeat entry: when it last happened, and what (an error's text, a count)."""

    at: datetime
    detail: str = ""


# Heartbeat names: the last good inbox read, the last mail sent, the error the daemon has now (absent when
# none; `at` is when it started), and the last health alert queued (so an outage is told once).
READ, SEND, ERROR, ALERTED = "read", "send", "error", "alerted"
FULL_BELOW = 1 << 20  # free bytes under which the state's disk counts as full: one batch of mail needs more


class HealthQueries:
    """Mixed into Store, which owns the connection (`self.db`) and transactions."""

    def unwritable(self) -> str | None:
        """Why the daemon could not write this state, as far as permissions and mounts tell (not a full disk),
        or None. The daemon cannot store a heartbeat saying so, so status and check --health look themselves.
        Only the file's owner (the daemon's user, as a rule) or root asks: another user's view says nothing
        about the daemon's."""
        if os.geteuid() not in (0, os.stat(self.path).st_uid):
            return None
        folder = os.path.dirname(os.path.abspath(self.path))
        for path in (self.path, self.path + "-wal", folder):
            if os.path.exists(path) and not os.access(path, os.W_OK):
                return f"the state database cannot be written: {path} is read-only"
        disk = os.statvfs(folder)
        if disk.f_bavail * disk.f_frsize < FULL_BELOW:
            return (f"the state database cannot be written: the disk holding {folder} is full "
                    f"({disk.f_bavail * disk.f_frsize // 1024} KB free)")
        return None

    def beats(self) -> dict[str, Beat]:
        return {r["name"]: Beat(_dt(r["at"]), r["detail"] or "")
                for r in self.db.execute("SELECT name, at, detail FROM health")}

    def beat(self, name: str, at: datetime, detail: str = "") -> None:
        self.db.execute("INSERT INTO health VALUES (?,?,?) ON CONFLICT (name) DO UPDATE SET at=excluded.at, "
                        "detail=excluded.detail", (name, _t(at), detail))

    def forget_beat(self, name: str) -> None:
        self.db.execute("DELETE FROM health WHERE name=?", (name,))

    def error_now(self, at: datetime, detail: str | None) -> None:
        """The daemon's current error (None: all well). An error that continues keeps the time it started."""
        if detail is None:
            self.db.execute("DELETE FROM health WHERE name=?", (ERROR,))
            return
        self.db.execute("INSERT INTO health VALUES (?,?,?) ON CONFLICT (name) DO UPDATE SET detail=excluded.detail",
                        (ERROR, _t(at), detail))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row["value"] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value",
                        (key, value))

    def quick_check(self) -> None:
        """SQLite's own consistency check; raises StoreError naming the file and the first problems."""
        # SQLite may put every problem in one row, one per line, under a "*** in database main ***" banner.
        problems = [line for row in self.db.execute("PRAGMA quick_check") for line in str(row[0]).splitlines()
                    if line.strip() and not line.startswith("***")]
        if problems != ["ok"]:
            raise StoreError(f"the state database {self.path} is damaged ({'; '.join(problems[:3])}): restore it "
                             f"from a backup (`mailer backup FILE` makes one)")

    def backup(self, target: Path) -> None:
        """A consistent copy while the daemon may be writing: SQLite's online backup reads through this
        connection, so what the WAL holds is included. Written beside the target, then renamed into place."""
        target = Path(target)
        live = Path(self.path).resolve()
        if target.resolve() in {live, *(live.with_name(live.name + end) for end in ("-wal", "-shm", ".lock"))}:
            # os.replace would put the copy in place of the live file under a running daemon, which goes on
            # writing to the old one: everything it records from then on is lost at its next start.
            raise StoreError(f"cannot write the backup {target}: it is the state database itself (or one of its "
                             f"files); name a file elsewhere, e.g. /backups/mailer-DATE.db")
        if target.is_dir():
            raise StoreError(f"cannot write the backup {target}: {target} is a folder: name a file in it, e.g. "
                             f"{target / 'mailer-DATE.db'}")
        if not target.parent.is_dir():
            # sqlite's own words would be "unable to open database file", naming neither folder nor remedy
            raise StoreError(f"cannot write the backup {target}: the folder {target.parent} does not exist; create "
                             f"it first (mkdir -p {target.parent})")
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        try:
            create_private(partial)  # a backup holds what the state holds; os.replace keeps this mode
            copy = sqlite3.connect(partial)
            try:
                self.db.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            finally:
                copy.close()
            os.replace(partial, target)
        except (sqlite3.Error, OSError) as exc:
            partial.unlink(missing_ok=True)
            raise StoreError(f"cannot write the backup {target}: {exc}") from None

    def scratch_copy(self):
        """An in-memory copy of the whole state (same instance id, so the same Message-IDs): `mailer plan`
        runs the daemon's own passes on it and nothing it does reaches the real state."""
        copy = type(self).__new__(type(self))
        copy.path = ":memory:"
        copy.db = sqlite3.connect(":memory:", isolation_level=None)
        self.db.backup(copy.db)
        copy.db.row_factory = sqlite3.Row
        copy._depth = 0
        return copy
