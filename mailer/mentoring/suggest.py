"""Who should be your mentor: the listed managers a recruiter hires with most, slowest answers first on a tie (pure).

The play mailer is built on: ask the managers you hire with most. A slow one gains most from the relationship.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import statistics

from mailer.config.settings import Config
from mailer.store.mentoring import EndReason, MentorshipRow, MentorshipState


@dataclass(frozen=True)
class Suggestion:
    manager: str
    submissions: int               # from this recruiter in the window
    answered: int
    median_hours: float | None     # business hours to the first answer, of those answered


def not_to_suggest(rows: list[MentorshipRow], recruiter: str, configured: set[tuple[str, str]]) -> set[str]:
    """Mentors never to offer `recruiter` again: whoever said no, stayed silent or ended a pair with them (a stop,
    or ops took it out of the config, `configured` being the config's pairs: asking again is ops' call, by putting
    it back), and anyone who ended a pair because they leave the company (EndReason.LEAVING), whoever it was with.

    >>> from datetime import datetime
    >>> row = lambda r, m, state, why=None: MentorshipRow(r, m, state, *[None] * 6, 0, 0, None, None,
    ...                                                   end_reason=why)
    >>> sorted(not_to_suggest([row("rita", "pat", MentorshipState.ENDED, EndReason.LEAVING),
    ...                        row("sam", "olga", MentorshipState.ENDED, EndReason.REMOVED),
    ...                        row("rita", "kai", MentorshipState.SILENT),
    ...                        row("rita", "olga", MentorshipState.ACTIVE)], "rita", set()))
    ['kai', 'olga', 'pat']
    """
    out = set()
    for row in rows:
        if row.state is MentorshipState.ENDED and row.end_reason is EndReason.LEAVING:
            out.add(row.mentor)
        elif row.recruiter == recruiter and (row.state in (MentorshipState.ENDED, MentorshipState.DECLINED,
                                                            MentorshipState.SILENT)
                                             or (row.recruiter, row.mentor) not in configured):
            out.add(row.mentor)
    return out


def suggestions(config: Config, submissions: list[tuple[str, str, float | None, datetime]], recruiter: str,
                taken: set[str]) -> list[Suggestion]:
    """Listed managers (not `taken`, not the recruiter) ranked by submissions from `recruiter`, then slowness.

    `submissions`: (recruiter, manager, business seconds to first answer or None, submitted at) in the window,
    e.g. 90 days (store.submissions_since).
    Unanswered submissions count as slower than any answered median.
    """
    per: dict[str, list[float | None]] = {}
    for who, manager, seconds, _ in submissions:
        if who == recruiter and config.manager(manager) is not None:
            per.setdefault(config.canonical_manager(manager), []).append(seconds)
    result = []
    for manager, times in per.items():
        if manager in taken or manager == recruiter:
            continue
        answered = [t for t in times if t is not None]
        result.append(Suggestion(manager, len(times), len(answered),
                                 statistics.median(answered) / 3600 if answered else None))
    return sorted(result, key=lambda s: (-s.submissions, -(s.submissions - s.answered),
                                         -(s.median_hours if s.median_hours is not None else float("inf")), s.manager))
