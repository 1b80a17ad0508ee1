"""Benchmark: `mailer report` over a year of history, as a ratio against reading the rows it needs.

  python bench/report.py [--submissions 5000] [--managers 100]

Floor: Store.submission_history, the one query the figures come from — any report must at least read it.
Then the figures (pure, business time per reply in each manager's calendar) and the whole HTML page with
its three matplotlib charts.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta, timezone
from pathlib import Path
import random
import sys
import tempfile
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from helpers import config_text  # noqa: E402
from mailer.config.load import parse as parse_config  # noqa: E402
from mailer.model import OutgoingMail  # noqa: E402
from mailer.report import collect, html  # noqa: E402
from mailer.store import Store  # noqa: E402

UNTIL = datetime(2026, 12, 7, 0, 0, tzinfo=timezone.utc)


def build(folder: Path, submissions: int, managers: int) -> tuple:
    people = [(f"m{i}@acme.test", f"Manager {i}", "America/New_York" if i % 3 == 0 else None)
              for i in range(managers)]
    # Rita with no ladder mentor: the helper's default (maria@acme.test) is not among these managers.
    (folder / "config.yaml").write_text(config_text(managers=people, recruiters=[("rita@acme.test", "Rita", None)]))
    config = parse_config((folder / "config.yaml").read_text(), folder / "config.yaml")
    store = Store(folder / "x.db")
    rng = random.Random(1)
    with store.transaction():
        for i in range(submissions):
            manager = people[i % managers][0]
            at = UNTIL - timedelta(hours=rng.uniform(1, 24 * 365))
            sub = store.add_submission(f"k{i}", manager, "rita@acme.test", f"Cand {i}", "Role", f"Candidate: Cand {i}",
                                       f"s{i}@x", (), at)
            if rng.random() < 0.4:  # a nudge went out after two days
                out = store.enqueue(OutgoingMail(f"o{i}", f"o{i}@x", "followup", manager, "manager", "mailer@acme.test",
                                                 (manager,), b"x", "Re"), at + timedelta(days=2))
                store.add_listing(out, [sub])
                store.mark_sent(out, at + timedelta(days=2))
            if rng.random() < 0.85:
                store.record_answer(sub, at + timedelta(hours=rng.uniform(1, 24 * 6)), timedelta(), f"a{i}", "ok")
    return config, store


def best_of(runs: int, func) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--submissions", type=int, default=5000)
    args.add_argument("--managers", type=int, default=100)
    args.add_argument("--runs", type=int, default=3)
    opts = args.parse_args()
    config, store = build(Path(tempfile.mkdtemp()), opts.submissions, opts.managers)
    since = collect.last_weeks(config.default_calendar, UNTIL, 52)
    floor, _ = best_of(opts.runs, lambda: store.submission_history(UNTIL))
    figures, report = best_of(opts.runs, lambda: collect.report(store, config, since, UNTIL))
    page, text = best_of(opts.runs, lambda: html.page(report, config.default_calendar.tz))
    print(f"report    {opts.submissions} submissions over 52 weeks, {opts.managers} managers: reading them "
          f"{floor * 1e3:.1f} ms; figures {figures * 1e3:.0f} ms = {figures / floor:.1f}× the floor; "
          f"HTML page with 3 charts {page * 1e3:.0f} ms = {page / floor:.1f}× ({len(text) // 1024} KiB, "
          f"{report.team.answered} replies)")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
