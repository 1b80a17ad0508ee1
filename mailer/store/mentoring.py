"""SQL for the mentor loop: mentorships (invited / active / declined / silent, with dates), check-ins, the journal.

Mixed into Store, which owns the connection (`self.db`) and the transactions. Other features read the mentor loop
through `Store.mentorships()` and `Store.journal()`; nothing else about these tables is promised.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from mailer.store.outbox import _dt, _t


class MentorshipState(str, Enum):
    """A pair's life, stored as text. Pairs with `invite: false` start ACTIVE when mailer first sees them in the
    config (mentoring/loop.sync_config), so the ladder's mentor rung may ask them from that day on."""

    INVITED = "invited"    # the invitation went; no answer yet
    ACTIVE = "active"      # the mentor said yes (or no invitation was asked for): check-ins run
    DECLINED = "declined"  # the mentor said no: the recruiter was told, nothing more is sent
    SILENT = "silent"      # two weeks without an answer to the invitation: the recruiter was told
    ENDED = "ended"        # the mentor said "stop", or ops took the pair out of the config (EndReason)


class EndReason(str, Enum):
    """Why a pair ended, stored as text beside state ENDED."""

    STOP = "stop"          # the mentor said stop in a check-in thread: only `mailer mentors --restart` restarts it
    LEAVING = "leaving"    # a stop because they leave the company: nobody is offered them as a mentor again
    REMOVED = "removed"    # ops took the pair out of the config: it is back when ops puts it back


@dataclass(frozen=True)
class MentorshipRow:
    """One (recruiter, mentor) pair as stored, with its check-in figures.

    `started_at`: when the mentorship began: the mentor's yes, or (no invitation asked) when mailer first saw the
    pair in the config, or the day of its `start:` if that came first. Pairs from before schema 17 started at their
    first check-in (the store never knew when the config listed them).
    `checkins_sent`: check-ins queued for sending (each goes exactly once); `checkins_answered`: those with at least
    one answer in the journal.
    """

    recruiter: str
    mentor: str
    state: MentorshipState
    invited_at: datetime | None
    replied_at: datetime | None
    started_at: datetime | None
    last_slot: date | None
    told_at: datetime | None
    checkins_sent: int
    checkins_answered: int
    last_checkin_at: datetime | None
    last_answer_at: datetime | None
    ended_at: datetime | None = None      # when the mentor said stop, or ops removed the pair (state ENDED)
    paused_until: datetime | None = None  # the mentor's "pause until …": no check-in before it
    # The invitation's outbox row: sent when (None while it waits in the queue, or was given up); `invitation_queued`
    # False for a state whose row is gone or never was (the silence then counts from invited_at, as before).
    invitation_sent_at: datetime | None = None
    invitation_queued: bool = False
    end_reason: EndReason | None = None   # why it ended (state ENDED)


@dataclass(frozen=True)
class CheckinRow:
    id: int
    recruiter: str
    mentor: str
    slot: date
    message_id: str
    question: str
    sent_at: datetime


@dataclass(frozen=True)
class JournalEntry:
    """A mentor's answer: what they were asked, what they said (quotes and signature removed), and when."""

    recruiter: str
    mentor: str
    question: str
    answer: str
    at: datetime


@dataclass(frozen=True)
class MentoringMail:
    """What an incoming mail's thread points at: an invitation (checkin None) or a check-in of a pair."""

    recruiter: str
    mentor: str
    checkin: CheckinRow | None


class MentoringQueries:
    """The mentor loop's queries; mixed into Store."""

    def mentorships(self) -> list[MentorshipRow]:
        """Every pair mailer has acted on (invited, or sent a check-in), oldest start first.

        >>> [(m.recruiter, m.mentor, m.state.value, m.checkins_sent) for m in store.mentorships()]
        [('rita@acme.example', 'nadia@acme.example', 'active', 3)]
        """
        rows = self.db.execute("""
            SELECT m.*, COUNT(c.id) AS sent,
                   (SELECT o.sent_at FROM outbox o WHERE o.message_id=m.invitation_id) AS invitation_sent,
                   EXISTS (SELECT 1 FROM outbox o WHERE o.message_id=m.invitation_id) AS invitation_queued,
                   COUNT(DISTINCT j.checkin_id) AS answered, MAX(c.sent_at) AS last_checkin, MAX(j.at) AS last_answer
            FROM mentorships m
            LEFT JOIN checkins c ON c.recruiter=m.recruiter AND c.mentor=m.mentor
            LEFT JOIN journal j ON j.checkin_id=c.id
            GROUP BY m.recruiter, m.mentor
            ORDER BY COALESCE(m.started_at, m.invited_at), m.recruiter, m.mentor""").fetchall()
        return [MentorshipRow(r["recruiter"], r["mentor"], MentorshipState(r["state"]), _dt(r["invited_at"]),
                              _dt(r["replied_at"]), _dt(r["started_at"]),
                              date.fromisoformat(r["last_slot"]) if r["last_slot"] else None, _dt(r["told_at"]),
                              r["sent"], r["answered"], _dt(r["last_checkin"]), _dt(r["last_answer"]),
                              _dt(r["ended_at"]), _dt(r["paused_until"]), _dt(r["invitation_sent"]),
                              bool(r["invitation_queued"]),
                              EndReason(r["end_reason"]) if r["end_reason"] else None)
                for r in rows]

    def record_invitation(self, recruiter: str, mentor: str, message_id: str, at: datetime) -> None:
        self.db.execute("INSERT OR IGNORE INTO mentorships (recruiter, mentor, state, invited_at, invitation_id) "
                        "VALUES (?,?,?,?,?)", (recruiter, mentor, MentorshipState.INVITED.value, _t(at), message_id))

    def answer_invitation(self, recruiter: str, mentor: str, accepted: bool, at: datetime) -> bool:
        """The mentor said yes or no. True if that changed the state (a second "yes" changes nothing)."""
        state = MentorshipState.ACTIVE if accepted else MentorshipState.DECLINED
        return self.db.execute(
            "UPDATE mentorships SET state=?, replied_at=?, started_at=CASE WHEN ? THEN ? ELSE started_at END "
            "WHERE recruiter=? AND mentor=? AND state!=?",
            (state.value, _t(at), accepted, _t(at), recruiter, mentor, state.value)).rowcount == 1

    def note_question(self, recruiter: str, mentor: str, at: datetime) -> None:
        """The mentor answered the invitation with a question: still invited, but no longer silent."""
        self.db.execute("UPDATE mentorships SET replied_at=? WHERE recruiter=? AND mentor=? AND state=?",
                        (_t(at), recruiter, mentor, MentorshipState.INVITED.value))

    def mark_silent(self, recruiter: str, mentor: str, at: datetime) -> bool:
        """No answer to the invitation in time: record that the recruiter was told, once. True the first time."""
        return self.db.execute("UPDATE mentorships SET state=?, told_at=? WHERE recruiter=? AND mentor=? AND state=?",
                               (MentorshipState.SILENT.value, _t(at), recruiter, mentor,
                                MentorshipState.INVITED.value)).rowcount == 1

    def end_mentorship(self, recruiter: str, mentor: str, at: datetime,
                       reason: EndReason = EndReason.STOP) -> bool:
        """The mentor said stop in a check-in thread (`reason` LEAVING when they leave the company). True the first
        time (a second "stop" changes nothing)."""
        return self.db.execute("UPDATE mentorships SET state=?, ended_at=?, end_reason=?, paused_until=NULL "
                               "WHERE recruiter=? AND mentor=? AND state=?",
                               (MentorshipState.ENDED.value, _t(at), reason.value, recruiter, mentor,
                                MentorshipState.ACTIVE.value)).rowcount == 1

    def start_configured(self, recruiter: str, mentor: str, at: datetime) -> bool:
        """A pair configured without an invitation is active from `at` (mailer first saw it, or its `start:`).
        True when that made its row; a pair with a row already (invited, ended, a check-in) is left as it is."""
        return self.db.execute("INSERT OR IGNORE INTO mentorships (recruiter, mentor, state, started_at) "
                               "VALUES (?,?,?,?)",
                               (recruiter, mentor, MentorshipState.ACTIVE.value, _t(at))).rowcount == 1

    def start_invited(self, recruiter: str, mentor: str, at: datetime) -> bool:
        """An invited pair the config now lists with `invite: false`: active from `at`, as the mentor's yes would
        make it. True if it was still invited."""
        return self.db.execute("UPDATE mentorships SET state=?, started_at=? "
                               "WHERE recruiter=? AND mentor=? AND state=?",
                               (MentorshipState.ACTIVE.value, _t(at), recruiter, mentor,
                                MentorshipState.INVITED.value)).rowcount == 1

    def remove_mentorship(self, recruiter: str, mentor: str, at: datetime) -> bool:
        """Ops took an active or invited pair out of the config: ended from `at`, reason REMOVED. True the first
        time. A declined, silent or stopped pair keeps its own ending."""
        return self.db.execute("UPDATE mentorships SET state=?, ended_at=?, end_reason=?, paused_until=NULL "
                               "WHERE recruiter=? AND mentor=? AND state IN (?,?)",
                               (MentorshipState.ENDED.value, _t(at), EndReason.REMOVED.value, recruiter, mentor,
                                MentorshipState.ACTIVE.value, MentorshipState.INVITED.value)).rowcount == 1

    def readd_mentorship(self, recruiter: str, mentor: str, at: datetime) -> bool:
        """Ops put a removed pair back in the config: active again (invited, if it never started), the slots
        missed meanwhile collapsed into one check-in at the cadence's next time, as after `--restart`; an invited
        one's silence counted again from `at` (plan.silence_from), the weeks out of the config not being the
        mentor's. Both through `paused_until` = `at`. Its start stays the first one. True if it had been removed."""
        return self.db.execute("UPDATE mentorships SET state=CASE WHEN started_at IS NULL THEN ? ELSE ? END, "
                               "ended_at=NULL, end_reason=NULL, paused_until=? "
                               "WHERE recruiter=? AND mentor=? AND state=? AND end_reason=?",
                               (MentorshipState.INVITED.value, MentorshipState.ACTIVE.value, _t(at), recruiter,
                                mentor, MentorshipState.ENDED.value, EndReason.REMOVED.value)).rowcount == 1

    def pause_mentorship(self, recruiter: str, mentor: str, until: datetime) -> bool:
        """The mentor asked for no check-in before `until`. True when that changed the stored date."""
        return self.db.execute("UPDATE mentorships SET paused_until=? WHERE recruiter=? AND mentor=? AND state=? "
                               "AND paused_until IS NOT ?",
                               (_t(until), recruiter, mentor, MentorshipState.ACTIVE.value, _t(until))).rowcount == 1

    def restart_mentorship(self, recruiter: str, mentor: str, at: datetime) -> bool:
        """Ops restarts a pair the mentor ended (`mailer mentors --restart`): active again from `at`, the missed
        slots collapsed into one check-in at the cadence's next time (as after a pause). True if it was ended."""
        return self.db.execute("UPDATE mentorships SET state=?, ended_at=NULL, end_reason=NULL, paused_until=? "
                               "WHERE recruiter=? AND mentor=? AND state=?",
                               (MentorshipState.ACTIVE.value, _t(at), recruiter, mentor,
                                MentorshipState.ENDED.value)).rowcount == 1

    def mark_told(self, recruiter: str, mentor: str, at: datetime) -> bool:
        return self.db.execute("UPDATE mentorships SET told_at=? WHERE recruiter=? AND mentor=? AND told_at IS NULL",
                               (_t(at), recruiter, mentor)).rowcount == 1

    def record_checkin(self, recruiter: str, mentor: str, slot: date, message_id: str, question: str,
                       at: datetime) -> None:
        """A check-in queued for `slot`; the pair becomes (or stays) active and remembers the slot as used."""
        self.db.execute("INSERT INTO checkins (recruiter, mentor, slot, message_id, question, sent_at) "
                        "VALUES (?,?,?,?,?,?)", (recruiter, mentor, slot.isoformat(), message_id, question, _t(at)))
        self.db.execute("INSERT INTO mentorships (recruiter, mentor, state, started_at, last_slot) VALUES (?,?,?,?,?) "
                        "ON CONFLICT (recruiter, mentor) DO UPDATE SET last_slot=excluded.last_slot, "
                        "started_at=COALESCE(started_at, excluded.started_at)",
                        (recruiter, mentor, MentorshipState.ACTIVE.value, _t(at), slot.isoformat()))

    def checkins(self, recruiter: str, mentor: str) -> list[CheckinRow]:
        """The pair's check-ins, oldest first (their Message-IDs make the running thread)."""
        rows = self.db.execute("SELECT * FROM checkins WHERE recruiter=? AND mentor=? ORDER BY slot, id",
                               (recruiter, mentor)).fetchall()
        return [_checkin(r) for r in rows]

    def latest_checkin_queue(self, recruiter: str, mentor: str) -> tuple[str, datetime | None] | None:
        """Where the pair's latest check-in is in the outbox: (state, when it went or is next to be tried),
        or None before the first. ('sent', sent_at), ('queued', next attempt) … (mentoring/plan.covered_until)."""
        row = self.db.execute(
            "SELECT o.state, o.sent_at, o.next_attempt_at FROM checkins c JOIN outbox o ON o.message_id=c.message_id "
            "WHERE c.recruiter=? AND c.mentor=? ORDER BY c.slot DESC, c.id DESC LIMIT 1", (recruiter, mentor)).fetchone()
        if row is None:
            return None
        return row["state"], _dt(row["sent_at"] if row["state"] == "sent" else row["next_attempt_at"])

    def mentoring_mail(self, message_ids: tuple[str, ...]) -> MentoringMail | None:
        """The invitation or check-in nearest in `message_ids` (a reply's thread, nearest first), or None."""
        if not message_ids:
            return None
        for mid in self.resolve_aliases(message_ids):
            row = self.db.execute("SELECT * FROM checkins WHERE message_id=?", (mid,)).fetchone()
            if row is not None:
                return MentoringMail(row["recruiter"], row["mentor"], _checkin(row))
            row = self.db.execute("SELECT recruiter, mentor FROM mentorships WHERE invitation_id=?", (mid,)).fetchone()
            if row is not None:
                return MentoringMail(row["recruiter"], row["mentor"], None)
        return None

    def add_journal(self, recruiter: str, mentor: str, checkin_id: int | None, question: str, answer: str,
                    at: datetime, message_key: str) -> bool:
        """Keep a mentor's answer; once per incoming mail. True when it is new."""
        return self.db.execute("INSERT OR IGNORE INTO journal (recruiter, mentor, checkin_id, question, answer, at, "
                               "message_key) VALUES (?,?,?,?,?,?,?)",
                               (recruiter, mentor, checkin_id, question, answer, _t(at), message_key)).rowcount == 1

    def journal(self, recruiter: str, mentor: str | None = None) -> list[JournalEntry]:
        """A recruiter's journal, newest first; only one mentor's answers with `mentor`."""
        where, args = ("WHERE recruiter=?", (recruiter,)) if mentor is None else (
            "WHERE recruiter=? AND mentor=?", (recruiter, mentor))
        rows = self.db.execute(f"SELECT * FROM journal {where} ORDER BY at DESC, id DESC", args).fetchall()
        return [JournalEntry(r["recruiter"], r["mentor"], r["question"], r["answer"], _dt(r["at"])) for r in rows]

    def journal_between(self, recruiter: str, since: datetime, until: datetime) -> list[JournalEntry]:
        """A recruiter's journal entries stamped in [since, until), newest first: the same window, to the stored
        second, as `decisions_between`, so back-to-back digests tell each entry once."""
        rows = self.db.execute("SELECT * FROM journal WHERE recruiter=? AND at>=? AND at<? ORDER BY at DESC, id DESC",
                               (recruiter, _t(since), _t(until))).fetchall()
        return [JournalEntry(r["recruiter"], r["mentor"], r["question"], r["answer"], _dt(r["at"])) for r in rows]

    def submissions_since(self, since: datetime) -> list[tuple[str, str, float | None, datetime]]:
        """(recruiter, manager, business seconds to the first answer or None, submitted at) of every submission
        since `since`, oldest first: the figures behind a mentor's thank-you and the suggested mentors."""
        rows = self.db.execute("SELECT recruiter, manager, response_seconds, submitted_at FROM submissions "
                               "WHERE submitted_at>=? ORDER BY submitted_at, id", (_t(since),)).fetchall()
        return [(r["recruiter"], r["manager"], r["response_seconds"], _dt(r["submitted_at"])) for r in rows]


    def handled_by(self, recruiter: str, manager: str,
                   since: datetime) -> list[tuple[datetime, datetime | None, float | None]]:
        """(submitted at, first answered at, business seconds to it) of the recruiter's submissions to `manager`
        since `since`, oldest first (None, None while unanswered): a mentor's own figures as that recruiter's
        manager (mentoring/checkintext.py)."""
        rows = self.db.execute("SELECT submitted_at, answered_at, response_seconds FROM submissions "
                               "WHERE recruiter=? AND manager=? AND submitted_at>=? ORDER BY submitted_at, id",
                               (recruiter, manager, _t(since)))
        return [(_dt(r["submitted_at"]), _dt(r["answered_at"]), r["response_seconds"]) for r in rows]

    def absences_of(self, manager: str) -> list[tuple[datetime, datetime]]:
        """(since, until) of each out-of-office absence stored for `manager`, oldest first."""
        rows = self.db.execute("SELECT since, until FROM pauses WHERE manager=? ORDER BY since, id", (manager,))
        return [(_dt(r["since"]), _dt(r["until"])) for r in rows]


def _checkin(r) -> CheckinRow:
    return CheckinRow(r["id"], r["recruiter"], r["mentor"], date.fromisoformat(r["slot"]), r["message_id"],
                      r["question"], _dt(r["sent_at"]))
