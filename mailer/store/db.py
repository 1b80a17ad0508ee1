"""SQLite: the connection, migrations, transactions, and the queries for mail read and submissions.

The other modules of mailer/store/ (outbox, pauses, mentoring, digests, health, history, threads) add their
queries to Store; with schema.py they are the only modules that speak SQL."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timedelta
import json
from pathlib import Path
from urllib.parse import quote
import re
import secrets
import sqlite3
from typing import Iterator

from mailer import faults
from mailer.model import SentStep, State, Submission, candidate_key
from mailer.store.schema import MIGRATIONS, SCHEMA, SCHEMA_VERSION
from mailer.store.pauses import PauseQueries
from mailer.store.create import create_whole
from mailer.store.private import create_private, remove_if_empty
from mailer.store.outbox import OutboxQueries, OutboxRow, _dt, _t  # noqa: F401 (OutboxRow is part of the store's API)
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


class Store(OutboxQueries, HistoryQueries, MentoringQueries, DigestQueries, HealthQueries, ThreadQueries,
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

    # ------------------------------------------------------------------ submissions

    def add_submission(self, message_key: str, manager: str, recruiter: str, candidate: str, role: str,
                       subject: str, message_id: str | None, refs: tuple[str, ...], submitted_at: datetime,
                       manager_name: str = "", attachments: tuple[str, ...] = ()) -> int | None:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO submissions (message_key, manager, recruiter, candidate, role, subject, "
            "message_id, refs, submitted_at, state, manager_name, candidate_key, attachments) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (message_key, manager, recruiter, candidate, role, subject, message_id, json.dumps(list(refs)),
             _t(submitted_at), State.OPEN.value, manager_name, candidate_key(candidate), json.dumps(list(attachments))))
        return cur.lastrowid if cur.rowcount == 1 else None

    def _submissions(self, where: str, args: tuple = ()) -> list[Submission]:
        rows = self.db.execute(f"SELECT * FROM submissions {where} ORDER BY submitted_at, id", args).fetchall()
        return [Submission(r["id"], r["manager"], r["recruiter"], r["candidate"], r["role"], r["subject"],
                           r["message_id"], tuple(json.loads(r["refs"])), _dt(r["submitted_at"]),
                           State(r["state"]), _dt(r["answered_at"]), r["decision"], r["reply_text"],
                           _dt(r["snoozed_until"]), r["ladder_round"], r["manager_name"],
                           tuple(json.loads(r["attachments"]))) for r in rows]

    def open_submissions(self) -> list[Submission]:
        return self._submissions("WHERE state=?", (State.OPEN.value,))

    def all_submissions(self) -> list[Submission]:
        return self._submissions("")

    def submission(self, submission_id: int) -> Submission | None:
        found = self._submissions("WHERE id=?", (submission_id,))
        return found[0] if found else None

    def submissions_in_thread(self, message_ids: tuple[str, ...]) -> list[Submission]:
        """Submissions whose own Message-ID, or the Message-ID of a mail mailer sent about them, is listed.

        Message-IDs a relay rewrote on mailer's mail (Exchange Online, some Gmail paths) count as the original.
        """
        if not message_ids:
            return []
        message_ids = self.resolve_aliases(message_ids)
        marks = ",".join("?" * len(message_ids))
        return self._submissions(
            f"WHERE message_id IN ({marks}) OR id IN (SELECT l.submission_id FROM listings l JOIN outbox o "
            f"ON o.id = l.outbox_id WHERE o.message_id IN ({marks}))", (*message_ids, *message_ids))

    def open_submission_of(self, manager: str, key: str) -> Submission | None:
        """The manager's earliest open submission of this candidate (by model.candidate_key), by index."""
        found = self._submissions("WHERE manager=? AND candidate_key=? AND state=?",
                                  (manager, key, State.OPEN.value))
        return found[0] if found else None

    def open_submissions_of_manager(self, manager: str) -> list[Submission]:
        return self._submissions("WHERE manager=? AND state=?", (manager, State.OPEN.value))

    def recent_answers(self, recruiter: str, limit: int) -> list[Submission]:
        """The recruiter's closed or answered submissions, latest answer last (at most `limit`)."""
        rows = self.db.execute("SELECT id FROM submissions WHERE recruiter=? AND state!=? "
                               "ORDER BY COALESCE(answered_at, submitted_at) DESC, id DESC LIMIT ?",
                               (recruiter, State.OPEN.value, limit)).fetchall()
        return [self.submission(r["id"]) for r in reversed(rows)]

    def open_submissions_of_recruiter(self, recruiter: str) -> list[Submission]:
        return self._submissions("WHERE recruiter=? AND state=?", (recruiter, State.OPEN.value))

    def listed(self, message_ids: tuple[str, ...]) -> list[Submission]:
        """The submissions the nearest listed mail among `message_ids` numbered, in its order; [] if none."""
        for mid in self.resolve_aliases(message_ids):
            rows = self.db.execute(
                "SELECT l.submission_id FROM listings l JOIN outbox o ON o.id=l.outbox_id WHERE o.message_id=? "
                "ORDER BY l.position", (mid,)).fetchall()
            if rows:
                return [self.submission(r["submission_id"]) for r in rows]
        return []

    def add_listing(self, outbox_id: int, submission_ids: list[int]) -> None:
        for position, submission_id in enumerate(submission_ids, 1):
            self.db.execute("INSERT INTO listings VALUES (?,?,?)", (outbox_id, position, submission_id))

    def record_answer(self, submission_id: int, at: datetime, business: timedelta, answer_key: str,
                      reply_text: str) -> bool:
        """A human answer: the first one stops the ladder and sets the response time. True if it was the first."""
        first = self.mark_answered(submission_id, at, business, answer_key)
        self.db.execute("UPDATE submissions SET reply_text=? WHERE id=?", (reply_text, submission_id))
        return first

    def restart_ladder(self, submission_id: int) -> None:
        """Start the follow-ups over (after a snooze): past steps are forgotten, new mails get new keys."""
        self.db.execute("DELETE FROM steps WHERE submission_id=?", (submission_id,))
        self.db.execute("UPDATE submissions SET ladder_round=ladder_round+1 WHERE id=?", (submission_id,))

    def forget_step(self, submission_id: int, outbox_id: int) -> bool:
        """The mail for this step was cancelled before it went: the step is to be taken again — but only if it is
        the submission's latest step (a later one, queued meanwhile, means the ladder has moved on)."""
        row = self.db.execute("SELECT step, (SELECT MAX(step) FROM steps WHERE submission_id=?) AS last FROM steps "
                              "WHERE submission_id=? AND outbox_id=?", (submission_id, submission_id, outbox_id)).fetchone()
        if row is None or row["step"] != row["last"]:
            return False
        self.db.execute("DELETE FROM steps WHERE submission_id=? AND outbox_id=?", (submission_id, outbox_id))
        self.db.execute("UPDATE submissions SET ladder_round=ladder_round+1 WHERE id=?", (submission_id,))
        return True

    def decide(self, submission_id: int, state: State, decision: str, snoozed_until: datetime | None = None,
               by_manager_at: datetime | None = None) -> None:
        """`by_manager_at`: the manager's own answer, taken then (the mail's time), which the recruiter's digest of
        that period tells (`decisions_between`); a snooze clears it, and the answer after it is the one told."""
        self.db.execute("UPDATE submissions SET state=?, decision=?, snoozed_until=?, "
                        "decided_at=CASE WHEN ?='snooze' THEN NULL ELSE COALESCE(?, decided_at) END WHERE id=?",
                        (state.value, decision, _t(snoozed_until), decision, _t(by_manager_at), submission_id))

    # ------------------------------------------------------------------ aliases

    def add_alias(self, alias: str, message_id: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?)", (alias, message_id))

    def drop_alias(self, alias: str, message_id: str) -> None:
        self.db.execute("DELETE FROM aliases WHERE alias=? AND message_id=?", (alias, message_id))

    def resolve_aliases(self, message_ids: tuple[str, ...]) -> tuple[str, ...]:
        """The IDs with each one's original right after it, so "nearest first" order survives rewriting."""
        marks = ",".join("?" * len(message_ids))
        originals: dict[str, list[str]] = {}
        for r in self.db.execute(f"SELECT alias, message_id FROM aliases WHERE alias IN ({marks})", message_ids):
            originals.setdefault(r["alias"], []).append(r["message_id"])
        return tuple(dict.fromkeys(x for mid in message_ids for x in (mid, *originals.get(mid, ()))))

    def response_seconds(self, submission_id: int) -> float | None:
        row = self.db.execute("SELECT response_seconds FROM submissions WHERE id=?", (submission_id,)).fetchone()
        return row["response_seconds"] if row else None

    def mark_answered(self, submission_id: int, at: datetime, business: timedelta, answer_key: str) -> bool:
        """The submission is answered; True only for its first answer, whose time is the response time kept."""
        first = self.db.execute("SELECT answered_at IS NULL AS first FROM submissions WHERE id=?",
                                (submission_id,)).fetchone()["first"]
        self.db.execute(
            "UPDATE submissions SET state=?, answered_at=COALESCE(answered_at, ?), decided_at=?, "
            "response_seconds=COALESCE(response_seconds, ?), answer_key=COALESCE(answer_key, ?) WHERE id=? AND state=?",
            (State.ANSWERED.value, _t(at), _t(at), business.total_seconds(), answer_key, submission_id, State.OPEN.value))
        return bool(first)

    # ------------------------------------------------------------------ ladder steps

    def steps_taken(self, open_only: bool = False) -> dict[int, list[SentStep]]:
        """Ladder steps per submission; `open_only` for the per-tick snapshot, which needs no closed history."""
        where = "WHERE submission_id IN (SELECT id FROM submissions WHERE state='open')" if open_only else ""
        result: dict[int, list[SentStep]] = {}
        for r in self.db.execute(f"SELECT submission_id, step, at FROM steps {where} ORDER BY step"):
            result.setdefault(r["submission_id"], []).append(SentStep(r["submission_id"], r["step"], _dt(r["at"])))
        return result

    def record_step(self, submission_id: int, step: int, outbox_id: int | None, at: datetime) -> None:
        self.db.execute("INSERT INTO steps VALUES (?,?,?,?)", (submission_id, step, outbox_id, _t(at)))

    def thread_message_ids(self, submission_id: int) -> list[str]:
        """Message-IDs mailer sent in this submission's own thread, oldest first."""
        rows = self.db.execute(
            "SELECT o.message_id FROM listings l JOIN outbox o ON o.id=l.outbox_id WHERE l.submission_id=? "
            "AND o.kind='followup' ORDER BY o.id", (submission_id,))
        return [r["message_id"] for r in rows]


    # ------------------------------------------------------------------ events (the timeline)

    def event(self, at: datetime, kind: str, detail: str, submission_id: int | None = None) -> None:
        self.db.execute("INSERT INTO events (at, kind, submission_id, detail) VALUES (?,?,?,?)",
                        (_t(at), kind, submission_id, detail))

    def events(self, since_id: int = 0) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM events WHERE id>? ORDER BY id", (since_id,)).fetchall()
