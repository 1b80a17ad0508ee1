"""SQL for thread keys beyond the mail's own headers: server conversations (Gmail's X-GM-THRID), received mail
linked to the submissions whose thread it is in, and the outbox rows a Sent copy may be a rewritten copy of (a part
of the store)."""

from __future__ import annotations

from datetime import datetime, timedelta

from mailer.store.outbox import OutboxRow, _t


# How long a received mail keeps its place in a thread: a reply naming only it (In-Reply-To, no References back
# to the submission) is read in that thread for this long after it came. Each reply in a thread links anew, so a
# living thread stays linked; half a year covers a hiring process from submission to offer, and bounds the table
# by the mail of half a year rather than of the state's whole life. A reply to an older mail is read as before
# this link existed (by its References, manager, subject and candidate).
LINK_DAYS = 183


class ThreadQueries:
    """Mixed into Store, which owns the connection (`self.db`) and the transactions."""

    def conversation(self, thread: str, limit: int = 200) -> tuple[str, ...]:
        """The Message-IDs mailer has seen in this server conversation, oldest first (at most `limit`: a
        conversation is a thread of mails about one candidate, not a mailbox)."""
        rows = self.db.execute("SELECT message_id FROM conversations WHERE thread=? ORDER BY rowid LIMIT ?",
                               (thread, limit))
        return tuple(r["message_id"] for r in rows)

    def join_conversation(self, thread: str, message_id: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO conversations VALUES (?, ?)", (thread, message_id))

    def link_received(self, message_id: str, submission_ids: tuple[int, ...], at: datetime) -> None:
        """A mail mailer read is in these submissions' thread: a later mail naming only its Message-ID is too."""
        # A link named again (a shared conversation key, a mail read again) lives from its latest mail.
        self.db.executemany("INSERT INTO thread_links VALUES (?,?,?) ON CONFLICT (message_id, submission_id) "
                            "DO UPDATE SET seen_at=MAX(seen_at, excluded.seen_at)",
                            [(message_id, sid, _t(at)) for sid in dict.fromkeys(submission_ids)])

    def forget_old_links(self, now: datetime) -> int:
        """Drop links to mail received more than LINK_DAYS before `now` (one indexed delete); how many went."""
        return self.db.execute("DELETE FROM thread_links WHERE seen_at<?",
                               (_t(now - timedelta(days=LINK_DAYS)),)).rowcount

    def sent_with_subject(self, subject: str, since: datetime) -> list[OutboxRow]:
        """Mail mailer sent (or was sending) with this subject since `since`: what a Sent copy whose Message-ID
        the server replaced can be matched against."""
        # Both halves by an index (outbox_sent, outbox_state), not a scan of every mail ever sent: this runs for
        # every Sent copy whose Message-ID is not mailer's.
        return self._outbox("WHERE id IN (SELECT id FROM outbox WHERE sent_at>=? AND state='sent' UNION ALL "
                            "SELECT id FROM outbox WHERE state='sending') AND subject=? AND created_at>=?",
                            (_t(since), subject, _t(since)))

    def sent_to(self, person: str, since: datetime) -> list[OutboxRow]:
        """Mail mailer sent (or was sending) to this person since `since`, oldest first (by the person index)."""
        return self._outbox("WHERE person=? AND created_at>=? AND state IN ('sent', 'sending')", (person, _t(since)))

    def knows_message_id(self, message_id: str) -> bool:
        """Whether mailer has this Message-ID as its own, an alias of its own, or a mail it read."""
        return (self.db.execute("SELECT 1 FROM outbox WHERE message_id=? UNION ALL SELECT 1 FROM aliases WHERE alias=? "
                                "UNION ALL SELECT 1 FROM messages WHERE key=?",
                                (message_id, message_id, message_id)).fetchone() is not None)
