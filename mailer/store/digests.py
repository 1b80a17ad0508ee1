"""SQL for the weekly digests: which slot each person's digest last used, and which answers each recruiter's
digest told (a part of the store)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Iterable

from mailer.digesttold import Answer, Version
from mailer.model import Submission
from mailer.store.outbox import _t


# A queued mail that never went out: the one condition every digest query below must agree on.
_WAITING = "state='queued' AND in_doubt=0"
# A digest that went out or may have (claimed, sent, in doubt): what it told counts.
_WENT = f"state NOT IN ('cancelled', 'failed') AND NOT ({_WAITING})"


class DigestQueries:
    """Mixed into Store, which owns the connection (`self.db`) and the transactions."""

    def digest_slots(self) -> dict[tuple[str, str], tuple[date, date | None]]:
        """(audience, person) → (the day their digest schedule starts, the last slot day used or None)."""
        return {(r["audience"], r["person"]): (date.fromisoformat(r["start"]),
                                               date.fromisoformat(r["last_slot"]) if r["last_slot"] else None)
                for r in self.db.execute("SELECT * FROM digest_slots")}

    def start_digests(self, audience: str, person: str, start: date) -> None:
        """A person's digests start on `start` (their first slot is on or after it); kept if already started."""
        self.db.execute("INSERT OR IGNORE INTO digest_slots (audience, person, start) VALUES (?,?,?)",
                        (audience, person, start.isoformat()))

    def mail_taking_the_day(self, now: datetime) -> tuple[dict[str, list[datetime]], dict[str, list[datetime]]]:
        """What digestplan.due reads to know whether a manager's day is taken, per person over the last two days
        (enough for "today" in any time zone): the days mail under the daily cap (nudges, asks, digests) takes,
        and those the mentor loop's check-ins and invitations take (each the day it goes: pacing.takes_day_at)."""
        since = now - timedelta(days=2)
        return self.nudges_since(since, now=now), self.nudges_since(since, ("mentoring",), now=now)

    def use_digest_slot(self, audience: str, person: str, day: date) -> None:
        self.db.execute("UPDATE digest_slots SET last_slot=? WHERE audience=? AND person=?",
                        (day.isoformat(), audience, person))

    def previous_digest_at(self, key: str) -> datetime | None:
        """When the content of the digest before the one queued under `key`
        ('digest-recruiter:rita@acme.example:2026-11-30') for the same person was composed, or None: the start of
        what the next one reports. That is its queueing time, or later when it waited and was composed again at
        sending (recheck.py): it then told what happened up to then. Keys end with the slot's ISO day, so an
        earlier slot sorts first; a cancelled or failed digest told nothing and does not count, nor does one still
        waiting that never went out: the digest queued under `key` supersedes it (`supersede_waiting_digests`)."""
        head = key.rpartition(":")[0] + ":"
        row = self.db.execute(f"SELECT composed_at FROM outbox WHERE key > ? AND key < ? AND {_WENT} "
                              f"ORDER BY key DESC LIMIT 1", (head, key)).fetchone()
        return datetime.fromisoformat(row["composed_at"]) if row else None

    def answers_read(self, recruiter: str, since: datetime) -> list[Answer]:
        """The recruiter's submissions whose manager's latest answer (a decision or words, never a snooze) mailer
        read at or after `since`. A snooze is no such answer (the digest shows it on the waiting candidate), nor is
        a recruiter's close, nor a decision on a submission the recruiter closed before any reply."""
        rows = self.db.execute(
            "SELECT id, answer_version, decision_read_at, decided_at FROM submissions "
            "WHERE recruiter=? AND answered_at IS NOT NULL AND COALESCE(decision, '') != 'snooze' "
            "AND decision_read_at>=?", (recruiter, _t(since))).fetchall()
        return [Answer(r["id"], r["answer_version"], datetime.fromisoformat(r["decision_read_at"]),
                       datetime.fromisoformat(r["decided_at"])) for r in rows]

    def told_answers(self, recruiter: str, since: datetime) -> set[Version]:
        """The versions of the answers read since `since` (`answers_read`) that a digest which went out, or may
        have, told."""
        rows = self.db.execute(
            f"SELECT t.submission_id, t.version FROM digest_told t JOIN outbox o ON o.id=t.outbox_id "
            f"WHERE t.submission_id IN (SELECT id FROM submissions WHERE recruiter=? AND decision_read_at>=?) "
            f"AND {_WENT}",  # state and in_doubt: the outbox's (digest_told has neither)
            (recruiter, _t(since))).fetchall()
        return {(r["submission_id"], r["version"]) for r in rows}

    def set_told(self, outbox_id: int, told: Iterable[Version]) -> None:
        """What the digest queued as `outbox_id` tells, as it was composed now (at queueing, or again at sending):
        in the transaction that writes its content, so the two never disagree."""
        self.db.execute("DELETE FROM digest_told WHERE outbox_id=?", (outbox_id,))
        self.db.executemany("INSERT INTO digest_told (outbox_id, submission_id, version) VALUES (?,?,?)",
                            [(outbox_id, sid, version) for sid, version in told])

    def supersede_waiting_digests(self, key: str, reason: str) -> list[str]:
        """Cancel the same person's earlier digests that still wait in the queue and never went out (mailer was
        stopped, or SMTP down, since they were queued): the digest queued under `key` says all they would, so
        sent as well they would tell the same answers twice. Returns their keys. One that may already have gone
        (in doubt) is left to go: what it told counts."""
        head = key.rpartition(":")[0] + ":"
        where = f"key > ? AND key < ? AND {_WAITING}"
        keys = [r["key"] for r in self.db.execute(f"SELECT key FROM outbox WHERE {where} ORDER BY key", (head, key))]
        self.db.execute(f"UPDATE outbox SET state='cancelled', last_error=? WHERE {where}", (reason, head, key))
        return keys

    def manager_digest_waiting_from(self, manager: str, now: datetime) -> datetime | None:
        """The first instant from `now` at which a manager digest to `manager` lists something if no mail comes in
        (manager_digest_waiting itself, asked again as each snooze or absence ends), or None."""
        ends = {s.snoozed_until for s in self.open_submissions_of_manager(manager)
                if s.snoozed_until is not None and s.snoozed_until > now}
        back = self.pauses().get(manager)
        if back is not None and back > now:
            ends.add(back)
        return next((at for at in sorted({now, *ends}) if self.manager_digest_waiting(manager, at)), None)

    def manager_digest_waiting(self, manager: str, now: datetime) -> list[Submission]:
        """The candidates a manager digest to `manager` lists now: theirs still open and not snoozed. None while
        they are away or their address fails: then the digest has nothing to say, and sends nothing."""
        if self.active_pause(manager, now) is not None or manager in self.failing():
            return []
        return [s for s in self.open_submissions_of_manager(manager)
                if not (s.snoozed_until and s.snoozed_until > now)]
