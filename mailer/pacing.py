"""Which day a mail takes under the one-mail-a-day rule: the day it goes, not the day it was queued (pure).

An SMTP outage, a retry or a hold for business hours keeps a mail in the queue past the day it was queued. Counted
on that day, it would leave a manager's next day free: the pass that finally sends it would also queue that day's
nudge, and both would leave in the same minute. So a mail counts on the day it went, and one still waiting counts
on the day it can go at the earliest, decided again at every pass from the stored state: today while it is due,
or the day of its next attempt. A mail that waits through a day keeps taking each day until it goes, so whatever
is new waits behind it (nothing is dropped: it goes the day after) and the two never leave together.

Every decision that counts a person's mail for the day reads these times (store.nudges_since): the ladder's cap
(policy.left_today), the digests' (digestplan.due), the check-ins' (mentoring), and through them `mailer status`
and `plan`, whose simulations run the same passes.

A check-in or invitation is planned around the ladder (it gives way to a nudge it can foresee, once: mentoring/
plan.py), so the ladder's cap does not count one that goes the day it was queued. One that waited past that day
(SMTP down, a retry, the mentor away) was planned for another day: it takes the day it goes, and a nudge that falls
due then waits for the next business day, as behind a waiting digest.
"""

from __future__ import annotations

from datetime import datetime

from mailer.model import QueueState
from mailer.workdays import Calendar


def takes_day_at(state: QueueState | str, created_at: datetime, sent_at: datetime | None,
                 next_attempt_at: datetime | None, now: datetime) -> datetime | None:
    """The instant whose local day the mail takes, or None when it takes none (cancelled: it never goes).

    >>> from datetime import timezone as tz
    >>> tue, wed = datetime(2026, 12, 15, 12, tzinfo=tz.utc), datetime(2026, 12, 16, 9, 5, tzinfo=tz.utc)
    >>> takes_day_at("queued", tue, None, tue, wed) == wed    # queued Tuesday, still waiting on Wednesday
    True
    >>> takes_day_at("sent", tue, wed, tue, wed) == wed       # it went on Wednesday
    True
    """
    state = QueueState(state)
    if state is QueueState.CANCELLED:
        return None
    if state is QueueState.SENT:
        return sent_at or created_at
    if state is QueueState.FAILED:
        return created_at  # given up, having reached nobody: it keeps the day it was queued on, as before
    # Queued or sending: it can go now, or at its next attempt (a retry, a hold for business hours or an absence).
    if state is QueueState.QUEUED and next_attempt_at is not None and next_attempt_at > now:
        return next_attempt_at
    return now


def waited_past_its_day(calendar: Calendar, queued: datetime, goes: datetime) -> bool:
    """Whether a mail queued at `queued` goes (`takes_day_at`) on a later day than that, in its recipient's calendar.

    >>> from datetime import timezone as tz
    >>> from zoneinfo import ZoneInfo
    >>> berlin = Calendar(ZoneInfo("Europe/Berlin"))
    >>> tue_late = datetime(2026, 12, 15, 22, 30, tzinfo=tz.utc)   # 23:30 Tuesday in Berlin
    >>> waited_past_its_day(berlin, tue_late, datetime(2026, 12, 15, 23, 5, tzinfo=tz.utc))  # 00:05 Wednesday there
    True
    >>> waited_past_its_day(berlin, tue_late, tue_late)
    False
    """
    return calendar.local_date(goes) > calendar.local_date(queued)
