"""Does a text carry a decision or a command, as mailer's own decision reader reads a manager's answer? (pure)

A header-less notice is told by its words (reading/absence.py); a manager away who still answers writes the same
words and then the answer: "I'm on leave until the 20th with limited access to email. Reject, not senior enough.",
"hold\\n\\n出張中でメール確認が難しいです。" Whatever the decision reader (reading/commands.py: the command words, a
one-word answer, a decision sentence in every language it reads, a snooze, "remind me") takes for a decision in any
sentence of such a text makes it the person's answer: a notice decides nothing. The reader reads the first line of a
reply; here every sentence is put to it as a first line, since the absence usually comes first.
"""

from __future__ import annotations

from datetime import datetime, timezone
import re
from zoneinfo import ZoneInfo

from mailer.reading.commands import parse_commands

# A sentence ends at a full stop, "!" or "?" before a space (or at once in Chinese and Japanese), or a line ends.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])\s*|\n+")
# Any instant does: a snooze is read as one with or without a date the reader can place.
_NOW = datetime(2026, 1, 5, 12, tzinfo=timezone.utc)
_UTC = ZoneInfo("UTC")
# Only the opening sentences: an answer sits near the top, and the cost stays a few calls a mail.
_MOST = 8


def decides(own: str) -> bool:
    """Does any sentence of the sender's own text (quote cut off) read as a manager's decision or command?

    >>> decides("I'm on leave until the 20th with limited access to email. Reject, not senior enough.")
    True
    >>> decides("I am on leave until the 20th with limited access to email. I will reply when I am back.")
    False
    """
    sentences = [s.strip() for s in _SENTENCE_END.split(own) if s and s.strip()][:_MOST]
    # what follows a colon is said on its own ("so I answer right away: no", "所以我现在回复：不考虑")
    after_colons = [s.replace("：", ":").rsplit(":", 1)[1].strip() for s in sentences if ":" in s.replace("：", ":")]
    for sentence in sentences + after_colons:
        parsed = parse_commands(sentence, _NOW, _UTC)
        if parsed.commands or (parsed.problem and "snooze" in parsed.problem):
            return True
    return False
