"""SQLite, the embedded state: schema and migrations, transactions, and the only SQL in mailer."""

from mailer.errors import StoreError
from mailer.store.db import Store
from mailer.store.mentoring import JournalEntry, MentorshipRow, MentorshipState
from mailer.store.outbox import OutboxRow

__all__ = ["JournalEntry", "MentorshipRow", "MentorshipState", "OutboxRow", "Store", "StoreError"]
