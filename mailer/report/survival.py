"""Reply-time quantiles that count the candidates still waiting (pure).

A median over the answered candidates alone is the median of the fast ones: the slow answers have not come yet.
The slowest manager then reads as the fastest, and the latest weeks always look best. Each submission instead
gives a *duration*: its reply time when it was answered, or how long it has waited so far (to the period's end,
or to when its recruiter closed it) when it was not, which the true reply time can only exceed.

A quantile is then read as Kaplan–Meier reads it (the estimator for times some of which are known only to be
"at least"): the smallest time at which the share still unanswered falls to 1 − q. Without anyone waiting this is
exactly the plain median (the mean of the two middle ones for an even count) and the nearest-rank percentile.
When so many are still waiting that the share never falls that far, no estimate exists yet, and the figure says
so: a floor ("at least 42 h"), the same quantile of the durations (each waiting one at its wait so far, which the
true quantile cannot be below), and never below the last answer, before which the share had not fallen that far.
A longer wait thus never lowers the figure, estimate or floor.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
import math
import statistics

_EPSILON = 1e-9  # products of (1 − d/n) in floating point: 0.5 may come out as 0.49999999999999994


@dataclass(frozen=True)
class Quantile:
    hours: float | None  # None only when there is nothing at all to measure
    at_least: bool = False  # True: too many still waiting for an estimate; `hours` is a floor, not an estimate

    def __str__(self) -> str:
        if self.hours is None:
            return "–"
        return f"≥ {self.hours:.1f}" if self.at_least else f"{self.hours:.1f}"


def quantile(answered: list[float], waited: list[float], q: float) -> Quantile:
    """The q-quantile (0 < q < 1) of reply times, `answered` the known ones, `waited` the waits so far of those
    not answered. q = 0.5 splits an exact half between the two times around it, as a plain median does; other
    quantiles take the nearest rank."""
    if not answered and not waited:
        return Quantile(None)
    events, waits = sorted(answered), sorted(waited)
    survival, target, total = 1.0, 1.0 - q, len(events) + len(waits)
    times = sorted(set(events))
    for index, t in enumerate(times):
        # At risk at t: all but those answered, or known only to have waited, before t (a wait of exactly t is
        # still at risk: it was not answered by then).
        at_risk = total - bisect_left(events, t) - bisect_left(waits, t)
        survival *= 1.0 - (bisect_right(events, t) - bisect_left(events, t)) / at_risk
        if survival <= target + _EPSILON:
            if q == 0.5 and abs(survival - target) <= _EPSILON:
                later = times[index + 1:]
                if later:
                    return Quantile((t + later[0]) / 2)
                # Exactly half answered by the last answer, the rest still waiting: t is the smallest time by
                # which half were answered, and the mean of the two middle ones is at least t (the other one is
                # still to come). No floor of the waits (fresh ones of an hour among them) may stand in for it,
                # and no guess at the one to come either: a longer wait would then lower the figure.
                return Quantile(t, at_least=bool(waits) and waits[-1] > t)
            return Quantile(t)
    # Never down to 1 − q: the quantile lies beyond every answer so far, and no lower than the waits allow.
    return Quantile(max([_floor([*answered, *waited], q), *events]), at_least=True)


def _floor(durations: list[float], q: float) -> float:
    """The quantile of the durations themselves: each is at most the true reply time, so this is at most the
    true quantile."""
    if q == 0.5:
        return statistics.median(durations)
    ordered = sorted(durations)
    return ordered[math.ceil(q * len(ordered)) - 1]
