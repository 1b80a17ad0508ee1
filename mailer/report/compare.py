"""Before against since (pure): is a median faster, slower, or can it not be told yet — said in words.

"11.3 (2) → 12.1 (2), change 0.8" answered nothing: which way, and is two against two anything? Each comparison
here says the direction ("0.8 h slower"), adds "too few to tell" below MIN_EACH_SIDE submissions on either
side, and when a median is only a floor (most of its submissions still waiting, mailer/report/survival.py) it
says a direction only when the floor alone proves it ("at least 40.0 h slower"), else that it is not known yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailer.report.figures import Figures

# Fewer submissions than this on either side and a difference in medians is mostly chance: said in words.
MIN_EACH_SIDE = 5
_SAME = 0.05  # business hours: below this the medians are the same as printed (one decimal)


@dataclass(frozen=True)
class Change:
    hours: float | None  # since − before, business hours (negative: faster); None when it cannot be told
    words: str           # "3.2 h faster", "0.8 h slower; too few to tell (2 before, 2 since)", …
    enough: bool = False  # both sides have MIN_EACH_SIDE submissions or more


@dataclass(frozen=True)
class Split:
    """A group's figures before and since a moment (the first mentorship's start), and how they compare."""

    before: "Figures"
    since: "Figures"
    change: Change


def counted(f: "Figures") -> int:
    """The submissions a median is over: answered and still waiting (one closed unanswered left out)."""
    return f.answered + f.waiting


def change(before: "Figures", since: "Figures") -> Change:
    n_before, n_since = counted(before), counted(since)
    if before.median_hours is None or since.median_hours is None or not (n_before and n_since):
        side = "before" if not n_before else "since"
        return Change(None, f"nothing to compare: no submissions {side}")
    enough = min(n_before, n_since) >= MIN_EACH_SIDE
    caveat = "" if enough else f"; too few to tell ({n_before} before, {n_since} since)"
    difference = since.median_hours - before.median_hours
    if before.median_at_least and since.median_at_least:
        return Change(None, "not known yet: most are still waiting on both sides" + caveat, enough)
    if before.median_at_least and difference >= 0 or since.median_at_least and difference <= 0:
        side = "before" if before.median_at_least else "since"
        return Change(None, f"not known yet: most {side} are still waiting" + caveat, enough)
    bound = "at least " if before.median_at_least or since.median_at_least else ""
    if abs(difference) < _SAME:
        return Change(0.0, "no change" + caveat, enough)
    direction = "slower" if difference > 0 else "faster"
    return Change(None if bound else difference, f"{bound}{abs(difference):.1f} h {direction}{caveat}", enough)
