"""A blind sweep of `mailer report` and the weekly digests (tests/unit/report_blind_shapes.py and the modules it
gathers): histories built through mailer's public path (real-shaped mail read by ingest with an injected clock, the ladder and digests
queued by the daemon's own functions), each figure computed by hand from README's definitions before the code
was read. Prints per family how many figures are right and wrong; a case that raised counts as one wrong figure.

  python bench/report_blind.py               # this checkout's code
  python bench/report_blind.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/report_blind.py --misses      # also list every wrong figure: case, figure, got, expected

Wrong figures fail tests/unit/test_report_blind.py too (or sit on its KNOWN list, each with its reason).

On the code of main at 25a2bb2, before any change: 88 cases, 598 figures, 0 wrong. Three expectations were first
wrong in the sweep itself, not in the code, and were corrected before this count: a mentor ask timed at 06:00 in
the mentor's New York day (outside his hours, so it rightly waited), the mentorship row's JSON names guessed, and
a grouped nudge looked up under the outbox kind `followup` (it is `digest`).
A third blind batch (backlogs, odd threading, DST end in Sydney, Thanksgiving across UTC midnight, the team's
nudge average, mid-week periods, a digest that waited and was composed again): 105 cases, 713 figures, 2 wrong,
one case: a manager's "snooze until Monday" is taken as her answer (README unclear, see the case). Three cases
written after reading the code (a decision after the submission was closed): 108 cases, 737 figures, 10 wrong.
After the report took a closed submission's closing time from its first decision after its last snooze (not the
latest decision, nor only while its state says closed): 109 cases, 749 figures, 2 wrong (the snooze; 12 wrong on
the code before, `--code` of 25a2bb2). The snooze case now expects the code's figure (a snooze is the manager's
first answer), with the README text that says so proposed: 113 cases, 757 figures, 0 wrong.
Now 116 cases, 773 figures (the cases split by concern into tests/unit/report_blind_*.py): on the code of
25a2bb2 10 wrong in 3 cases (a decision after the submission was closed), 0 wrong after.
"""

from __future__ import annotations

import collections
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests" / "unit"))
sys.path.insert(2, str(ROOT / "tests"))

from report_blind_shapes import CASES, Check  # noqa: E402


def run_case(case) -> list[Check]:
    with tempfile.TemporaryDirectory() as tmp:
        try:
            return case.build(Path(tmp))
        except Exception as exc:  # noqa: BLE001 - a case the code cannot run is a wrong result, shown with why
            return [Check("raised", f"{type(exc).__name__}: {exc}", "no error")]


def main() -> None:
    import logging
    logging.disable(logging.CRITICAL)
    families: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    wrong = []
    for case in CASES:
        checks = run_case(case)
        bad = [c for c in checks if not c.right]
        families[case.family]["cases"] += 1
        families[case.family]["figures"] += len(checks)
        families[case.family]["wrong"] += len(bad)
        families[case.family]["cases wrong"] += bool(bad)
        wrong += [(case.name, c) for c in bad]
    print(f"code: {CODE}")
    total = collections.Counter()
    for family, counts in families.items():
        total.update(counts)
        print(f"{family:16} {counts['cases']:3} cases, {counts['figures']:4} figures, {counts['wrong']:3} wrong "
              f"({counts['cases wrong']} cases)")
    print(f"{'all':16} {total['cases']:3} cases, {total['figures']:4} figures, {total['wrong']:3} wrong "
          f"({total['cases wrong']} cases)")
    if "--misses" in sys.argv:
        for name, check in wrong:
            print(f"  {name}: {check.figure}: got {check.got!r}, expected {check.expected!r}")


if __name__ == "__main__":
    main()
