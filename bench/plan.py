"""Benchmark: `mailer plan --until` / status's next nudges (the daemon's passes simulated on an in-memory copy of
the state) at scale, as a ratio against one decision pass, the floor any plan must pay at least once.

  python bench/plan.py [--submissions 200] [--managers 20] [--days 7]
"""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
import sys
import tempfile

sys.path.insert(0, str(Path(__file__).resolve().parent))

from decide import NOW, best_of, build  # noqa: E402
from mailer.compose import environment  # noqa: E402
from mailer.decide import plan  # noqa: E402
from mailer.forecast import forecast  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--submissions", type=int, default=200)
    ap.add_argument("--managers", type=int, default=20)
    ap.add_argument("--days", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        config, store = build(Path(tmp), args.submissions, args.managers)
        env = environment(config.templates)
        floor, _ = best_of(3, lambda: plan(store, config, NOW))
        took, planned = best_of(1, lambda: forecast(store, config, env, NOW, NOW + timedelta(days=args.days)))
        store.close()
    print(f"plan over {args.days} days, {args.submissions} open submissions of {args.managers} managers: "
          f"{len(planned)} mails in {took * 1000:.0f} ms = {took / floor:.0f}× one decision pass "
          f"({floor * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
