"""Which managers' answers a recruiter's digest tells (pure): each one once, in the first digest composed after
mailer read it that went out, decided by what the digests that went out told, not by a window of time.

A submission's latest answer from its manager (a decision, or words) has a version, one more with each new reading
of one (store/submissions.py): the same decision said again is none, so it is no news; a changed one (interview,
then pass) is, even when read in the very second a digest was composed. Each digest keeps the versions it tells
(store/digests.py, `digest_told`), written in the transaction that queues it and rewritten in the one that composes
it again at sending; they count once it went or may have gone (claimed, sent, in doubt), never while it waits
unsent (it is composed again before it goes, or superseded by the next slot's digest), nor once cancelled or
failed: what such a digest would have told, the next one tells.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Collection, Iterable

# (submission id, answer version): one answer as the digests tell it.
Version = tuple[int, int]


@dataclass(frozen=True)
class Answer:
    submission_id: int
    number: int            # the submission's answer version: which of its manager's answers this is
    read_at: datetime      # when mailer read it
    decided_at: datetime   # when the manager took it (the mail's own time): the wait the digest gives

    @property
    def version(self) -> Version:
        return (self.submission_id, self.number)


def to_tell(answers: Iterable[Answer], told: Collection[Version], since: datetime, now: datetime) -> list[Answer]:
    """The answers a recruiter's digest composed at `now` tells: read from `since` (inclusive: an answer read by a
    later pass of the very second the previous digest was composed is not in that one) up to `now` (inclusive: a
    pass reads its mail before it composes its digests), and told by no digest that went out (`told`, the versions
    those digests told), oldest decision first. `since` is the look-back (report/digest.py `since_last_digest`):
    from the previous digest that went out, a week for the first, never more than 5 weeks."""
    return sorted((a for a in answers if since <= a.read_at <= now and a.version not in told),
                  key=lambda a: (a.decided_at, a.submission_id))
