"""SQL for the outbox: queue once per key, claim, mark sent, retry, hold, cancel (a part of the store)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import json

from mailer.clock import as_utc
from mailer.model import OutgoingMail, QueueState
from mailer.pacing import takes_day_at


def _t(value: datetime | None) -> str | None:
    return as_utc(value).isoformat(timespec="seconds") if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True)
class OutboxRow(OutgoingMail):
    """An OutgoingMail as the outbox holds it: the mail's own fields, plus where it is in the queue."""

    id: int = 0
    state: QueueState = QueueState.QUEUED
    attempts: int = 0
    created_at: datetime | None = None
    claimed_at: datetime | None = None
    sent_at: datetime | None = None
    last_error: str | None = None
    person: str = ""   # the primary recipient, fixed at queueing (recipients may be narrowed for retries)
    in_doubt: int = 0  # 0 never went out; 1 may have gone out (crash, no answer); 2 went out to some recipients


LOOP_MARK = "not answered: a loop"


class OutboxQueries:
    """The outbox table's queries; mixed into Store, which owns the connection (`self.db`) and transactions."""

    def latest_digest(self, manager: str) -> OutboxRow | None:
        row = self.db.execute("SELECT MAX(id) AS id FROM outbox WHERE manager=? AND kind='digest' AND state='sent'",
                              (manager,)).fetchone()
        return self._outbox("WHERE id=?", (row["id"],))[0] if row["id"] is not None else None

    def digest_message_ids(self, manager: str) -> list[str]:
        rows = self.db.execute("SELECT message_id FROM outbox WHERE manager=? AND kind='digest' ORDER BY id",
                               (manager,))
        return [r["message_id"] for r in rows]

    def nudges_since(self, since: datetime, audiences: tuple[str, ...] = ("manager", "mentor"), *,
                     now: datetime) -> dict[str, list[datetime]]:
        """person → the instants whose days their nudges, mentor asks and manager digests take under the daily cap,
        from `since` on (pacing.takes_day_at: the day each went; for one still queued at `now`, the day it can go);
        with `audiences=("mentoring",)`, the mentor loop's check-ins and invitations instead."""
        result: dict[str, list[datetime]] = {}
        for person, _queued, at in self._days_taken(since, audiences, now):
            result.setdefault(person, []).append(at)
        return result

    def mentoring_days(self, since: datetime, *, now: datetime) -> dict[str, list[tuple[datetime, datetime]]]:
        """person → (queued at, takes the day of) for each check-in and invitation to them (as nudges_since): the
        ladder's cap counts those that waited past the day they were queued (pacing.waited_past_its_day)."""
        result: dict[str, list[tuple[datetime, datetime]]] = {}
        for person, queued, at in self._days_taken(since, ("mentoring",), now):
            result.setdefault(person, []).append((queued, at))
        return result

    def _days_taken(self, since: datetime, audiences: tuple[str, ...], now: datetime):
        # A mail queued before `since` may still be waiting, or have gone since: its day is when it goes. Three
        # indexed lookups (queued since, sent since, still in the queue), not a scan of every mail ever sent.
        marks = ",".join("?" * len(audiences))
        for r in self.db.execute(f"SELECT person, state, created_at, sent_at, next_attempt_at FROM outbox WHERE id IN ("
                                 f"SELECT id FROM outbox WHERE audience IN ({marks}) AND created_at>=? "
                                 f"UNION SELECT id FROM outbox WHERE sent_at>=? "
                                 f"UNION SELECT id FROM outbox WHERE state IN ('queued', 'sending')) "
                                 f"AND audience IN ({marks}) AND state!='cancelled' ORDER BY id",
                                 (*audiences, _t(since), _t(since), *audiences)).fetchall():
            queued = _dt(r["created_at"])
            at = takes_day_at(r["state"], queued, _dt(r["sent_at"]), _dt(r["next_attempt_at"]), now)
            if at is not None and at >= since:
                yield r["person"], queued, at

    def enqueue(self, mail: OutgoingMail, at: datetime) -> int | None:
        """Queue a mail once: a second call with the same key returns None and changes nothing."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO outbox (key, message_id, kind, manager, audience, envelope_from, recipients, "
            "subject, raw, state, created_at, next_attempt_at, person, composed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (mail.key, mail.message_id, mail.kind, mail.manager, mail.audience, mail.envelope_from,
             json.dumps(list(mail.recipients)), mail.subject, mail.raw, QueueState.QUEUED.value, _t(at), _t(at),
             mail.recipients[0] if mail.recipients else None, _t(at)))
        return cur.lastrowid if cur.rowcount == 1 else None

    def _outbox(self, where: str, args: tuple = (), limit: int = -1) -> list[OutboxRow]:
        rows = self.db.execute(f"SELECT * FROM outbox {where} ORDER BY id LIMIT ?", (*args, limit)).fetchall()
        return [OutboxRow(key=r["key"], message_id=r["message_id"], kind=r["kind"], manager=r["manager"],
                          audience=r["audience"], envelope_from=r["envelope_from"],
                          recipients=tuple(json.loads(r["recipients"])), raw=bytes(r["raw"]), subject=r["subject"],
                          id=r["id"], state=QueueState(r["state"]), attempts=r["attempts"],
                          created_at=_dt(r["created_at"]), claimed_at=_dt(r["claimed_at"]), sent_at=_dt(r["sent_at"]),
                          last_error=r["last_error"], person=r["person"] or "", in_doubt=r["in_doubt"]) for r in rows]

    def outbox(self, state: QueueState | str | None = None) -> list[OutboxRow]:
        return self._outbox("WHERE state=?", (QueueState(state).value,)) if state else self._outbox("")

    def outbox_by_key(self, key: str) -> OutboxRow | None:
        rows = self._outbox("WHERE key=?", (key,))
        return rows[0] if rows else None

    def next_attempt_after(self, now: datetime) -> datetime | None:
        """When the earliest mail held back or waiting for a retry is next tried (after `now`)."""
        row = self.db.execute("SELECT MIN(next_attempt_at) AS at FROM outbox WHERE state='queued' AND next_attempt_at>?",
                              (_t(now),)).fetchone()
        return _dt(row["at"])

    def answered_mail(self, message_ids: tuple[str, ...]) -> bytes | None:
        """The stored bytes of the nearest of these Message-IDs that is a mail mailer sent (directly, or under an
        ID the server gave it: an alias), else None. One query on the outbox's and the aliases' unique keys: a
        reply costs the same however long the outbox is."""
        if not message_ids:
            return None
        marks = ",".join("?" * len(message_ids))
        found: dict[str, bytes] = {}
        # only the head (knownquote reads the first 64,000 bytes): a digest or report mail may be large
        for r in self.db.execute(f"SELECT message_id AS asked, substr(raw, 1, 64000) AS raw FROM outbox "
                                 f"WHERE message_id IN ({marks}) "
                                 f"UNION ALL SELECT a.alias AS asked, substr(o.raw, 1, 64000) FROM aliases a JOIN outbox o "
                                 f"ON o.message_id=a.message_id WHERE a.alias IN ({marks})", (*message_ids, *message_ids)):
            found.setdefault(r["asked"], bytes(r["raw"]))
        return next((found[mid] for mid in message_ids if mid in found), None)

    def outbox_by_message_id(self, message_id: str) -> OutboxRow | None:
        ids = self.resolve_aliases((message_id,))
        rows = self._outbox(f"WHERE message_id IN ({','.join('?' * len(ids))})", ids)
        return rows[0] if rows else None

    def mail_of_kinds(self, kinds: tuple[str, ...]) -> list[dict]:
        """Every mail of these kinds without its content, oldest first: key, person, state, attempts and the
        created, next attempt and sent times (UTC datetimes) and last error. What status shows of digests."""
        rows = self.db.execute(f"SELECT key, person, state, attempts, created_at, next_attempt_at, sent_at, last_error "
                               f"FROM outbox WHERE kind IN ({','.join('?' * len(kinds))}) ORDER BY id", kinds)
        return [{**dict(r), **{k: _dt(r[k]) for k in ("created_at", "next_attempt_at", "sent_at")}} for r in rows]

    def ready_to_send(self, now: datetime, kinds: tuple[str, ...]) -> list[OutboxRow]:
        """Queued mail of these kinds whose time has come and that never went out, oldest first (not claimed)."""
        return self._outbox(f"WHERE state='queued' AND in_doubt=0 AND next_attempt_at<=? "
                            f"AND kind IN ({','.join('?' * len(kinds))})", (_t(now), *kinds))

    def ready_mentor_asks(self, now: datetime) -> list[OutboxRow]:
        """The ladder's mentor asks whose time has come, queued again after an interrupted send included (not one
        that already reached some of its recipients), oldest first (not claimed)."""
        return self._outbox("WHERE state='queued' AND in_doubt<2 AND next_attempt_at<=? AND kind='followup' "
                            "AND audience='mentor'", (_t(now),))

    def claim(self, now: datetime, kinds: tuple[str, ...] | None = None) -> OutboxRow | None:
        """Move the oldest ready mail (of these kinds) to 'sending', committed before any byte goes out."""
        only = f" AND kind IN ({','.join('?' * len(kinds))})" if kinds else ""
        with self.transaction():
            rows = self._outbox(f"WHERE state='queued' AND next_attempt_at<=?{only}", (_t(now), *(kinds or ())), limit=1)
            if not rows:
                return None
            self.db.execute("UPDATE outbox SET state='sending', attempts=attempts+1, claimed_at=? WHERE id=?",
                            (_t(now), rows[0].id))
        return self._outbox("WHERE id=?", (rows[0].id,))[0]

    def sent_since(self, since: datetime) -> int:
        """How many mails went out at or after `since` (for the provider's send-rate limit)."""
        return self.db.execute("SELECT COUNT(*) FROM outbox WHERE state='sent' AND sent_at >= ?",
                               (_t(since),)).fetchone()[0]

    def mark_sent(self, outbox_id: int, at: datetime) -> None:
        self.db.execute("UPDATE outbox SET state='sent', sent_at=COALESCE(sent_at, ?), last_error=NULL WHERE id=?",
                        (_t(at), outbox_id))

    def confirm_delivered(self, message_id: str, at: datetime) -> bool:
        """Our own copy came back for a mail whose fate was unknown (a crash or no answer mid-send): it was sent.

        Only rows in doubt: a row re-queued for recipients who refused it for now is not done because the
        copy to mailer got through in the same conversation."""
        cur = self.db.execute("UPDATE outbox SET state='sent', sent_at=COALESCE(sent_at, ?), in_doubt=0 "
                              "WHERE message_id=? AND (state='sending' OR (state='queued' AND in_doubt=1))",
                              (_t(at), message_id))
        return cur.rowcount == 1

    def latest_envelope_from(self) -> str | None:
        """The address the latest queued mail goes out from: mailer's own (config.address) when it was queued."""
        row = self.db.execute("SELECT envelope_from FROM outbox ORDER BY id DESC LIMIT 1").fetchone()
        return row["envelope_from"].casefold() if row else None

    def copy_came_back(self, message_id: str) -> bool:
        """mailer's delivery copy of this mail, under its Message-ID or one a relay gave it, is already in the
        inbox: the mail went out, even if this row was queued afresh (a state restored from a backup)."""
        return self.db.execute(
            "SELECT 1 FROM messages WHERE kind='own' AND (key=? OR key IN (SELECT alias FROM aliases "
            "WHERE message_id=?)) LIMIT 1", (message_id, message_id)).fetchone() is not None

    def requeue_in_doubt(self, outbox_id: int, when: datetime, error: str) -> None:
        self.db.execute("UPDATE outbox SET state='queued', in_doubt=1, next_attempt_at=?, last_error=? WHERE id=?",
                        (_t(when), error, outbox_id))

    def release(self, outbox_id: int, error: str) -> None:
        """Back to the queue untouched: the try never reached the mail (the mailbox could not sign in)."""
        self.db.execute("UPDATE outbox SET state='queued', attempts=MAX(attempts-1, 0), last_error=? WHERE id=?",
                        (error, outbox_id))

    def retry_later(self, outbox_id: int, when: datetime, error: str) -> None:
        self.db.execute("UPDATE outbox SET state='queued', next_attempt_at=?, last_error=? WHERE id=?",
                        (_t(when), error, outbox_id))

    def narrow_recipients(self, outbox_id: int, recipients: list[str]) -> None:
        # Some recipients have it now: never cancel or re-plan this row, and a copy proves nothing more.
        self.db.execute("UPDATE outbox SET recipients=?, in_doubt=2 WHERE id=?", (json.dumps(recipients), outbox_id))

    def hold(self, outbox_id: int, until: datetime, reason: str) -> None:
        """Back to the queue until `until`, without counting the claim as an attempt."""
        self.db.execute("UPDATE outbox SET state='queued', attempts=attempts-1, next_attempt_at=?, last_error=? "
                        "WHERE id=?", (_t(until), reason, outbox_id))

    def recompose_queued(self, outbox_id: int, mail: OutgoingMail, listing: list[int], at: datetime) -> None:
        """A mail that waited, composed again from the state at `at`: same key and Message-ID, new content,
        and the candidates it now numbers (a reply "1 pass" reads the list the recipient got)."""
        self.db.execute("UPDATE outbox SET raw=?, subject=?, recipients=?, composed_at=? WHERE id=? AND message_id=?",
                        (mail.raw, mail.subject, json.dumps(list(mail.recipients)), _t(at), outbox_id,
                         mail.message_id))
        self.db.execute("DELETE FROM listings WHERE outbox_id=?", (outbox_id,))
        for position, submission_id in enumerate(listing, 1):
            self.db.execute("INSERT INTO listings VALUES (?,?,?)", (outbox_id, position, submission_id))

    def cancel(self, outbox_id: int, reason: str) -> None:
        self.db.execute("UPDATE outbox SET state='cancelled', last_error=? WHERE id=?", (reason, outbox_id))

    def mark_failed(self, outbox_id: int, error: str) -> None:
        self.db.execute("UPDATE outbox SET state='failed', last_error=? WHERE id=?", (error, outbox_id))

    # ------------------------------------------------------------------ bounds on output (mailer/safety.py)

    def notices_to_since(self, person: str, since: datetime) -> int:
        """Answers and notices queued for one address since `since` (nudges have their own cap)."""
        row = self.db.execute("SELECT COUNT(*) AS n FROM outbox WHERE person=? AND audience='notice' "
                              "AND created_at>=? AND state!='cancelled'", (person, _t(since))).fetchone()
        return row["n"]

    def answered_in_a_row(self, sender: str, before_key: str, since: datetime, count: int) -> int:
        """How many of this sender's latest `count` mails since `since` (the current one aside) got an answer
        in a row, counting those held back as a loop (LOOP_MARK in their reason) as answered."""
        rows = self.db.execute(
            "SELECT (EXISTS(SELECT 1 FROM outbox o WHERE o.key='answer:' || m.key) OR m.reason LIKE ?) AS answered "
            "FROM messages m "
            "WHERE m.sender=? AND m.key!=? AND m.seen_at>=? ORDER BY m.rowid DESC LIMIT ?",
            (f"%{LOOP_MARK}%", sender, before_key, _t(since), count)).fetchall()
        streak = 0
        for r in rows:
            if not r["answered"]:
                break
            streak += 1
        return streak

    def mark_loop(self, key: str) -> None:
        self.db.execute("UPDATE messages SET reason = reason || ? WHERE key=?", (f"; {LOOP_MARK}", key))

    def sent_since(self, since: datetime) -> int:
        row = self.db.execute("SELECT COUNT(*) AS n FROM outbox WHERE state='sent' AND sent_at>=?",
                              (_t(since),)).fetchone()
        return row["n"]
