"""Submissions and what happens to them: a recruiter's submission stored once per manager and candidate, looked up
by thread, manager or recruiter; the manager's answer and decision; the follow-up ladder's steps; and the aliases a
relay's rewritten Message-IDs are known by (a part of the store)."""

from __future__ import annotations

from datetime import datetime, timedelta
import json
import sqlite3

from mailer.model import SentStep, State, Submission, candidate_key
from mailer.store.outbox import _dt, _t


class SubmissionQueries:
    db: sqlite3.Connection

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
        """Submissions whose own Message-ID, the Message-ID of a mail mailer sent about them, or that of a mail
        mailer read in their thread (store/threads.py, `thread_links`) is listed.

        Message-IDs a relay rewrote on mailer's mail (Exchange Online, some Gmail paths) count as the original.
        """
        if not message_ids:
            return []
        message_ids = self.resolve_aliases(message_ids)
        marks = ",".join("?" * len(message_ids))
        return self._submissions(
            f"WHERE message_id IN ({marks}) OR id IN (SELECT l.submission_id FROM listings l JOIN outbox o "
            f"ON o.id = l.outbox_id WHERE o.message_id IN ({marks})) "
            f"OR id IN (SELECT submission_id FROM thread_links WHERE message_id IN ({marks}))",
            (*message_ids, *message_ids, *message_ids))

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
                      reply_text: str, read_at: datetime | None = None) -> bool:
        """A human answer: the first one stops the ladder and sets the response time. True if it was the first.
        `read_at`: when mailer read it (default `at`), which decides the digest that tells it."""
        first = self.mark_answered(submission_id, at, business, answer_key, read_at)
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
               by_manager_at: datetime | None = None, read_at: datetime | None = None) -> None:
        """`by_manager_at`: the manager's own answer, taken then (the mail's time), which the recruiter's digest
        tells with the wait up to it; a snooze clears it, and the answer after it is the one told. The same decision
        said again (state and decision unchanged) is no news: it keeps its first time and its answer version, so no
        digest tells it twice nor with the wait grown; a changed one is a new version (mailer/digesttold.py), a close
        without the manager's word (the recruiter's, ops') none. `read_at` (default `by_manager_at`): when
        mailer read the answer; the first digest composed after it tells it, whatever the mail's own time says."""
        read_at = read_at or by_manager_at
        keep = "CASE WHEN ?='snooze' THEN NULL WHEN state=? AND decision IS ? THEN {0} ELSE COALESCE(?, {0}) END"
        news = "CASE WHEN ? IS NULL OR ?='snooze' OR (state=? AND decision IS ?) THEN 0 ELSE 1 END"
        self.db.execute(f"UPDATE submissions SET decided_at={keep.format('decided_at')}, "
                        f"decision_read_at={keep.format('decision_read_at')}, answer_version=answer_version+{news}, "
                        f"state=?, decision=?, snoozed_until=? WHERE id=?",
                        (decision, state.value, decision, _t(by_manager_at), decision, state.value, decision,
                         _t(read_at), _t(read_at), decision, state.value, decision, state.value, decision,
                         _t(snoozed_until), submission_id))

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

    def mark_answered(self, submission_id: int, at: datetime, business: timedelta, answer_key: str,
                      read_at: datetime | None = None) -> bool:
        """The submission is answered; True only for its first answer, whose time is the response time kept.
        `read_at`: when mailer read the answer (default `at`)."""
        first = self.db.execute("SELECT answered_at IS NULL AS first FROM submissions WHERE id=?",
                                (submission_id,)).fetchone()["first"]
        self.db.execute(
            "UPDATE submissions SET state=?, answered_at=COALESCE(answered_at, ?), decided_at=?, decision_read_at=?, "
            "answer_version=answer_version+1, response_seconds=COALESCE(response_seconds, ?), "
            "answer_key=COALESCE(answer_key, ?) WHERE id=? AND state=?",
            (State.ANSWERED.value, _t(at), _t(at), _t(read_at or at), business.total_seconds(), answer_key,
             submission_id, State.OPEN.value))
        return bool(first)

    # ------------------------------------------------------------------ ladder steps

    def steps_taken(self, open_only: bool = False) -> dict[int, list[SentStep]]:
        """Ladder steps per submission; `open_only` for the per-tick snapshot, which needs no closed history."""
        where = "WHERE submission_id IN (SELECT id FROM submissions WHERE state='open')" if open_only else ""
        result: dict[int, list[SentStep]] = {}
        for r in self.db.execute(f"SELECT submission_id, step, at, outbox_id FROM steps {where} ORDER BY step"):
            result.setdefault(r["submission_id"], []).append(SentStep(r["submission_id"], r["step"], _dt(r["at"]),
                                                                      r["outbox_id"] is None))
        return result

    def record_step(self, submission_id: int, step: int, outbox_id: int | None, at: datetime) -> None:
        """A rung taken: queued as `outbox_id`, or skipped (None) for want of a recipient. A skipped rung that goes
        later (a mentor now exists) gets its mail; its time stays the skip's, so the rungs after it keep theirs."""
        self.db.execute("INSERT INTO steps VALUES (?,?,?,?) ON CONFLICT (submission_id, step) DO UPDATE SET "
                        "outbox_id=excluded.outbox_id WHERE steps.outbox_id IS NULL",
                        (submission_id, step, outbox_id, _t(at)))

    def thread_message_ids(self, submission_id: int) -> list[str]:
        """Message-IDs mailer sent in this submission's own thread, oldest first."""
        rows = self.db.execute(
            "SELECT o.message_id FROM listings l JOIN outbox o ON o.id=l.outbox_id WHERE l.submission_id=? "
            "AND o.kind='followup' ORDER BY o.id", (submission_id,))
        return [r["message_id"] for r in rows]
