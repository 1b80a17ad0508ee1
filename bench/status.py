"""Benchmark: `mailer status`'s next mail per open submission (the daemon's passes simulated on a copy of the
state, forecast.next_mails), as a ratio against floors measured in the same run.

  python bench/status.py [--submissions 5000] [--managers 100] [--compare]

Floors: reading the open submissions (any status must), and one decision pass over them (the simulation runs
the daemon's own passes). CPU time, so other work on a shared machine does not count. `--compare` also runs
the exhaustive simulation (every instant a rung falls due, also on days whose one mail has gone: what status
did up to 300 open submissions) and checks that both give every submission the same next mail (a minute or
two at 5,000).
"""

from __future__ import annotations

import argparse
import functools
from datetime import timedelta
from pathlib import Path
import random
import sys
import tempfile
import time

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from decide import NOW  # noqa: E402
from helpers import config_text  # noqa: E402
from mailer import forecast  # noqa: E402
from mailer.compose import environment  # noqa: E402
from mailer.config.load import parse as parse_config  # noqa: E402
from mailer.decide import plan  # noqa: E402
from mailer.model import OutgoingMail  # noqa: E402
from mailer.store import Store  # noqa: E402


def build(folder: Path, submissions: int, managers: int, recruiters: int = 10) -> tuple:
    """Open submissions of the last 12 days from 10 recruiters (each with a mentor among the managers) to
    managers in London and New York; those older than two days had their first nudge, sent then."""
    people = [(f"m{i}@acme.test", f"Manager {i}", "America/New_York" if i % 3 == 0 else None)
              for i in range(managers)]
    team = [(f"r{i}@acme.test", f"Recruiter {i}", f"m{(7 * i) % managers}@acme.test") for i in range(recruiters)]
    (folder / "config.yaml").write_text(config_text(managers=people, recruiters=team))
    config = parse_config((folder / "config.yaml").read_text(), folder / "config.yaml")
    store = Store(folder / "x.db")
    rng = random.Random(1)
    with store.transaction():
        for i in range(submissions):
            manager, recruiter = people[i % managers][0], team[i % recruiters][0]
            at = NOW - timedelta(hours=rng.uniform(1, 24 * 12))
            sub = store.add_submission(f"k{i}", manager, recruiter, f"Cand {i}", "Role", f"Candidate: Cand {i}",
                                       f"s{i}@x", (), at)
            nudged = at + timedelta(days=2)
            if nudged < NOW - timedelta(hours=1) and rng.random() < 0.7:
                out = store.enqueue(OutgoingMail(f"o{i}", f"o{i}@x", "followup", manager, "manager", "mailer@acme.test",
                                                 (manager,), b"x", "Re"), nudged)
                store.record_step(sub, 0, out, nudged)
                store.add_listing(out, [sub])
                store.mark_sent(out, nudged)
    return config, store


def cpu(func, runs: int = 1) -> tuple[float, object]:
    """The least process CPU time of `runs` calls, and the last result."""
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.process_time()
        result = func()
        best = min(best, time.process_time() - start)
    return best, result


def exhaustive(store: Store, config, env) -> dict:
    visit_all = functools.partial(forecast._next_instant, skip_capped=False)
    skipping, forecast._next_instant = forecast._next_instant, visit_all
    try:
        return forecast.next_mails(store, config, env, NOW)
    finally:
        forecast._next_instant = skipping


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--submissions", type=int, default=5000)
    args.add_argument("--managers", type=int, default=100)
    args.add_argument("--compare", action="store_true")
    opts = args.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        config, store = build(Path(tmp), opts.submissions, opts.managers)
        env = environment(config.templates)
        read, _ = cpu(store.open_submissions, 3)
        decide, _ = cpu(lambda: plan(store, config, NOW), 3)
        took, coming = cpu(lambda: forecast.next_mails(store, config, env, NOW))
        print(f"status    {opts.submissions} open submissions, {opts.managers} managers: next mail of {len(coming)} "
              f"in {took:.2f} s CPU = {took / read:.0f}× reading them ({read * 1e3:.1f} ms), "
              f"{took / decide:.1f}× one decision pass ({decide * 1e3:.0f} ms)")
        if opts.compare:
            whole, first = cpu(lambda: exhaustive(store, config, env))
            same = set(first) == set(coming) and all((coming[i].at, coming[i].to) == (first[i].at, first[i].to)
                                                     for i in first)
            print(f"          visiting every due instant instead: {whole:.2f} s CPU ({whole / took:.1f}× slower); "
                  f"same next mail for every submission: {same}")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
