"""SQL for looking back: each submission's first reply, nudges and closing, for the report (a part of the store)."""

from __future__ import annotations

from datetime import datetime
import sqlite3

from mailer.store.outbox import _t


# A snooze's decision event, by the recruiter or the manager ("rita@acme.example on Jane Doe: snooze"): it reopens.
SNOOZE_EVENT = "%: snooze"


class HistoryQueries:
    """Read-only queries over stored events; mixed into Store, which owns the connection (`self.db`)."""

    def submission_history(self, until: datetime) -> list[sqlite3.Row]:
        """Every submission received before `until`, oldest first, as rows with:

        id, manager, manager_name, recruiter, candidate, submitted_at, answered_at (the first human reply),
        state, closed_at (when a submission that ended with no reply was closed: its first decision after its
        last snooze; None while open or once answered),
        nudges (mails to its manager that listed it and went out before its first reply and before `until`).
        Times are UTC ISO-8601 text, as stored.

        A submission with no reply that is not open was closed (the recruiter's stop or forget, `mailer close`),
        whatever its state says now: a manager's decision after the close ("pass" a day after the recruiter's
        stop) turns its state to answered, and the latest decision is then not when it was closed. A snooze
        reopens one; every other decision ends the waiting.
        """
        return self.db.execute(
            "SELECT s.id, s.manager, s.manager_name, s.recruiter, s.candidate, s.submitted_at, s.answered_at, "
            "s.state, "
            "CASE WHEN s.state != 'open' AND s.answered_at IS NULL THEN "
            " (SELECT MIN(e.at) FROM events e WHERE e.submission_id=s.id AND e.kind='decision' "
            "  AND e.detail NOT LIKE :snooze AND e.at >= COALESCE((SELECT MAX(z.at) FROM events z "
            "  WHERE z.submission_id=s.id AND z.kind='decision' AND z.detail LIKE :snooze), '')) END AS closed_at, "
            "(SELECT COUNT(DISTINCT o.id) FROM listings l JOIN outbox o ON o.id=l.outbox_id "
            " WHERE l.submission_id=s.id AND o.audience='manager' AND o.state='sent' "
            " AND o.sent_at < COALESCE(s.answered_at, :until) AND o.sent_at < :until) AS nudges "
            "FROM submissions s WHERE s.submitted_at < :until ORDER BY s.submitted_at, s.id",
            {"until": _t(until), "snooze": SNOOZE_EVENT}).fetchall()

    def words_about_several(self, submission_id: int) -> bool:
        """Whether the manager's stored words for this submission came in a reply that answered another of theirs
        too ("Jane: snooze 1w. Omar: pass", "1 yes 2 pass": the same words from the same first answer), so they
        are not this candidate's alone and may name another recruiter's. Two replies that both say "ok" are not."""
        return self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM submissions o JOIN submissions s ON s.id=:id "
            "WHERE o.id != s.id AND o.manager=s.manager AND o.reply_text=s.reply_text AND s.reply_text != '' "
            "AND o.answer_key=s.answer_key) AS shared", {"id": submission_id}).fetchone()["shared"] == 1
