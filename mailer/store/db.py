"""SQLite: the connection, migrations, transactions, and the queries for mail read and the event timeline.

The other modules of mailer/store/ (submissions, outbox, pauses, mentoring, digests, health, history, threads) add their
queries to Store; with schema.py they are the only modules that speak SQL."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote
import re
import secrets
import sqlite3
from typing import Iterator

from mailer import faults
from mailer.model import candidate_key
from mailer.store.schema import MIGRATIONS, SCHEMA, SCHEMA_VERSION
from mailer.store.pauses import PauseQueries
from mailer.store.submissions import SubmissionQueries
from mailer.store.create import create_whole
from mailer.store.private import create_private, remove_if_empty
from mailer.store.outbox import OutboxQueries, OutboxRow, _t  # noqa: F401 (OutboxRow is part of the store's API)
from mailer.store.digests import DigestQueries
from mailer.store.health import HealthQueries
from mailer.store.history import HistoryQueries
from mailer.store.mentoring import MentoringQueries
from mailer.store.threads import ThreadQueries
from mailer.errors import StateUnwritable, StoreError

# SQLite's words for a state that cannot be written: the file or its folder (the -wal and -shm files live
# there) is read-only, the disk is full, or the device fails. No mail is at fault, so no mail is quarantined.
_UNWRITABLE = ("readonly database", "disk is full", "disk i/o error", "unable to open database file")


class _Connection(sqlite3.Connection):
    """A connection whose storage failures are StoreErrors naming the file: the loop reports them once, in
    words, as an outage (and quarantines nothing), instead of a traceback per pass."""

    def execute(self, *args, **kwargs):
        try:
            return super().execute(*args, **kwargs)
        except sqlite3.OperationalError as exc:
            if any(words in str(exc).lower() for words in _UNWRITABLE):
                raise StateUnwritable(unwritable(self.path, exc)) from exc
            raise


def unwritable(path: str, exc: Exception) -> str:
    """The words for a state mailer cannot write, with what to check."""
    return (f"cannot write the state database {path}: {exc} (check that the file and its folder are writable by "
            f"mailer and that the disk has room)")


class Store(SubmissionQueries, OutboxQueries, HistoryQueries, MentoringQueries, DigestQueries, HealthQueries, ThreadQueries,
            PauseQueries):
    def __init__(self, path: Path | str, must_exist: bool = False, replace_empty: bool = False,
                 readable_if_unwritable: bool = False):
        """Open (or create) the state. A file that exists but holds no mailer state (empty, or another
        program's database) is refused rather than silently turned into a new, empty state — unless
        `replace_empty` (`mailer init --fresh`). `readable_if_unwritable`: for the commands that only read
        (status, check --health, plan, backup), a state on a full disk or in a read-only folder is opened
        read-only instead of refused, so they can still say why the daemon is stuck and copy the state away."""
        self.path = str(path)
        existed = Path(path).exists()
        if must_exist and not existed:
            raise StoreError(f"no state database at {path} yet: `mailer run` creates it on its first pass")
        try:
            if not existed and self.path != ":memory:":
                create_whole(self)
            self._open(must_hold_state=existed and not replace_empty)
        except (sqlite3.Error, StateUnwritable) as exc:
            if not existed:
                remove_if_empty(self.path)  # else the next start would refuse it as "holds no mailer state"
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot open the state database {path}: {exc}") from None
            if not (readable_if_unwritable and existed and self._open_read_only()):
                raise

    def _open_read_only(self) -> bool:
        """Open a state that takes no writes for reading, or return False. With no frames in a -wal file (a
        clean stop checkpoints it), every commit is in the main file: read it as immutable, which needs no -wal
        or -shm to be created (a full disk has no room for them; nothing commits meanwhile, as nothing can be
        written). Otherwise SQLite's read-only mode, which works when the daemon's -shm file is there."""
        if getattr(self, "db", None) is not None:
            self.db.close()  # the writable open that failed
        wal = Path(self.path + "-wal")
        mode = "immutable=1" if not wal.exists() or wal.stat().st_size == 0 else "mode=ro"
        uri = f"file:{quote(str(Path(self.path).resolve()))}?{mode}"
        try:
            self.db = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30.0, factory=_Connection)
            self.db.path = self.path
            self.db.row_factory = sqlite3.Row
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        except (sqlite3.Error, StoreError):
            return False
        if row is None or int(row["value"]) != SCHEMA_VERSION:  # an older state needs its migration written
            self.db.close()
            return False
        self._depth = 0
        return True

    def _open(self, must_hold_state: bool = False) -> None:
        if self.path != ":memory:":
            try:
                create_private(self.path)  # before SQLite creates it with the umask's mode (0644: world-readable)
            except OSError:
                pass  # a missing or read-only folder: SQLite's own open says so, in the words status knows
        # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE), never implied by sqlite3.
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0, factory=_Connection)
        self.db.path = self.path
        self.db.row_factory = sqlite3.Row
        if must_hold_state and self.db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
                                               ).fetchone() is None:
            self.db.close()
            raise StoreError(f"{self.path} exists but holds no mailer state (an empty file, or not mailer's): "
                             f"restore the real one from a backup, or start over on purpose with "
                             f"`mailer init --fresh` (which replaces it)")
        self.db.create_function("mailer_fold", 1, candidate_key, deterministic=True)  # for migration 5 only
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")  # a crash right after COMMIT must not lose the commit
        self.db.execute("PRAGMA foreign_keys=ON")
        self._depth = 0
        with self.transaction():
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self.db.execute(statement)
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                self.db.execute("INSERT INTO meta VALUES ('schema', '1')")
                self.db.execute("INSERT INTO meta VALUES ('instance', ?)", (secrets.token_hex(6),))
                version = 1
                faults.point("state_create_before_commit")
            else:
                version = int(row["value"])
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path} was written by a newer mailer (schema {version}); upgrade mailer")
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip() and not self._column_exists_for(statement):
                        self.db.execute(statement)
                self.db.execute("UPDATE meta SET value=? WHERE key='schema'", (str(target),))

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all; nested use joins the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._depth = 0

    def _column_exists_for(self, statement: str) -> bool:
        """True for an ALTER TABLE … ADD COLUMN whose column is already there (skip it)."""
        match = re.match(r"\s*ALTER TABLE (\w+) ADD COLUMN (\w+)", statement, re.IGNORECASE)
        if not match:
            return False
        columns = {r["name"] for r in self.db.execute(f"PRAGMA table_info({match.group(1)})")}
        return match.group(2) in columns

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a transaction: undo just this block's writes if it raises (the error still propagates)."""
        self.db.execute("SAVEPOINT one_message")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO one_message")
            self.db.execute("RELEASE one_message")
            raise
        self.db.execute("RELEASE one_message")

    @property
    def instance(self) -> str:
        return self.db.execute("SELECT value FROM meta WHERE key='instance'").fetchone()["value"]

    # ------------------------------------------------------------------ folders and messages

    def folder_state(self, name: str) -> tuple[int, int] | None:
        row = self.db.execute("SELECT uidvalidity, last_uid FROM folders WHERE name=?", (name,)).fetchone()
        return (row["uidvalidity"], row["last_uid"]) if row else None

    def set_folder_state(self, name: str, uidvalidity: int, last_uid: int) -> None:
        self.db.execute("INSERT INTO folders VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                        "uidvalidity=excluded.uidvalidity, last_uid=excluded.last_uid", (name, uidvalidity, last_uid))

    def has_message(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM messages WHERE key=?", (key,)).fetchone() is not None

    def record_message(self, key: str, message_id: str | None, folder: str, uid: int, sender: str,
                       subject: str, sent_at: datetime | None, seen_at: datetime, kind: str, reason: str) -> bool:
        """True when the message is new; False when it was recorded before (a re-sync)."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO messages VALUES (?,?,?,?,?,?,?,?,?,?)",
            (key, message_id, folder, uid, sender, subject, _t(sent_at), _t(seen_at), kind, reason))
        return cur.rowcount == 1

    def quarantine(self, key: str, folder: str, uid: int, reason: str, raw: bytes, at: datetime) -> None:
        self.db.execute("INSERT OR IGNORE INTO quarantine VALUES (?,?,?,?,?,?)", (key, folder, uid, reason, raw, _t(at)))

    def quarantined(self) -> list[sqlite3.Row]:
        return self.db.execute("SELECT key, folder, uid, reason, seen_at FROM quarantine ORDER BY seen_at").fetchall()

    def release_quarantined(self, key: str) -> tuple[str, int, bytes] | None:
        """Take a mail out of quarantine to read it again: (folder, uid, raw), or None if no such key."""
        row = self.db.execute("SELECT folder, uid, raw FROM quarantine WHERE key=?", (key,)).fetchone()
        if row is None:
            return None
        self.db.execute("DELETE FROM quarantine WHERE key=?", (key,))
        self.db.execute("DELETE FROM messages WHERE key=?", (key,))
        return row["folder"], row["uid"], bytes(row["raw"])

    def message_counts(self) -> dict[str, int]:
        return {r["kind"]: r["n"] for r in self.db.execute("SELECT kind, COUNT(*) n FROM messages GROUP BY kind")}

    # ------------------------------------------------------------------ events (the timeline)

    def event(self, at: datetime, kind: str, detail: str, submission_id: int | None = None) -> None:
        self.db.execute("INSERT INTO events (at, kind, submission_id, detail) VALUES (?,?,?,?)",
                        (_t(at), kind, submission_id, detail))

    def events(self, since_id: int = 0) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM events WHERE id>? ORDER BY id", (since_id,)).fetchall()
