"""Benchmark: one decision pass (snapshot + policy) at scale, as a ratio against reading the rows it needs.

  python bench/decide.py [--submissions 2000] [--managers 100]

Floor: loading the open submissions from SQLite — any decision must at least read them.
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
from mailer.decide import plan  # noqa: E402
from mailer.model import OutgoingMail  # noqa: E402
from mailer.store import Store  # noqa: E402

NOW = datetime(2026, 12, 2, 11, 0, tzinfo=timezone.utc)


def build(folder: Path, submissions: int, managers: int) -> tuple:
    people = [(f"m{i}@acme.test", f"Manager {i}", "America/New_York" if i % 3 == 0 else None)
              for i in range(managers)]
    (folder / "config.yaml").write_text(config_text(managers=people))
    config = parse_config((folder / "config.yaml").read_text(), folder / "config.yaml")
    store = Store(folder / "x.db")
    rng = random.Random(1)
    with store.transaction():
        for i in range(submissions):
            manager = people[i % managers][0]
            at = NOW - timedelta(hours=rng.uniform(1, 24 * 12))
            sub = store.add_submission(f"k{i}", manager, "rita@acme.test", f"Cand {i}", "Role", f"Candidate: Cand {i}",
                                       f"s{i}@x", (), at)
            if rng.random() < 0.5:  # half already had their first nudge
                out = store.enqueue(OutgoingMail(f"o{i}", f"o{i}@x", "followup", manager, "manager", "mailer@acme.test",
                                                 (manager,), b"x", "Re"), at + timedelta(days=2))
                store.record_step(sub, 0, out, at + timedelta(days=2))
                store.add_listing(out, [sub])
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
    args.add_argument("--submissions", type=int, default=2000)
    args.add_argument("--managers", type=int, default=100)
    args.add_argument("--runs", type=int, default=5)
    opts = args.parse_args()
    config, store = build(Path(tempfile.mkdtemp()), opts.submissions, opts.managers)
    floor, _ = best_of(opts.runs, store.open_submissions)
    ours, due = best_of(opts.runs, lambda: plan(store, config, NOW))
    print(f"decide    {opts.submissions} open submissions, {opts.managers} managers: reading them {floor * 1e3:.1f} ms; "
          f"snapshot + policy {ours * 1e3:.1f} ms = {ours / floor:.1f}× the floor ({len(due)} mails due)")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
