"""A blind sweep of answers by name in a thread of several candidates, and of the recruiter digest after a snooze
(tests/unit/names_blind_shapes.py, names_blind_digests.py): 250 replies (en/de/fr/es; shared first names, names that
are words, accents, hyphens, signatures, quotes, mixed numbered answers) and 23 digest histories, written from the
README and docs/READING.md before the code was read. Each reply runs through a real thread (one mail naming the
candidates, or a grouped nudge) and ingest; each candidate's outcome is judged right, WRONG (a candidate given a
decision the README does not give it: the worst outcome) or not split (the reply read as without names: safe).

  python bench/names_blind.py               # this checkout's code
  python bench/names_blind.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/names_blind.py --misses      # also list every case short of right: case, text, got, accepted
  python bench/names_blind.py --code /tmp/c0   # after `git archive d758731 mailer | tar -x -C /tmp/c0`

Wrong replies fail tests/unit/test_names_blind.py too (or sit on its KNOWN list, each with its reason).

On the code of main at d758731, before any change: 250 replies, 248 right, 2 wrong, 0 not split; digests: 23
histories, 57 checks, 2 wrong (1 history). The two "wrong" replies are the table's, not the code's: "Jane sí, pero
Omar no" and "Jane oui, mais Omar non" were written as not split from README's "a 'but' leaves the reply read as
without names", but README also splits clauses at "but", and the split is what the manager means (KNOWN in the
test). The wrong history is real: a snooze after a decision ("interview", then "snooze 1w") reopens the candidate,
so the digest lists Jane as waiting (snoozed) and never tells the interview. A first run fed every reply before
the digest passes (a digest of 9 Nov saw an answer of 11 Nov); the harness was fixed before this count.

The blind table nearly all right, 27 probes were written after reading the code (tests/unit/names_blind_probes.py,
counted apart): on d758731 11 right and 16 wrong (four answers then a fifth line taking one back, cut off unread;
"Maybe.", "Kidding!", "Vielleicht." after the answers taken for the writer's name). After the fixes: table 248
right, 2 wrong (the KNOWN "but" cases), 0 not split; probes 27/27; digests 0 of 57 checks wrong.
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

from names_blind_digests import DIGEST_CASES  # noqa: E402
from names_blind_judge import RIGHT, judge  # noqa: E402
from names_blind_probes import PROBES  # noqa: E402
from names_blind_shapes import CASES  # noqa: E402


def main() -> None:
    import logging
    logging.disable(logging.CRITICAL)
    families: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    misses = []
    for case in [*CASES, *PROBES]:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                result, outcome = judge(case, Path(tmp))
            except Exception as exc:  # noqa: BLE001 - a reply the code cannot read is shown with why
                result, outcome = "wrong", f"raised {type(exc).__name__}: {exc}"
        family = case.family.split("/")[0]
        families[family][result] += 1
        if result != RIGHT:
            misses.append((result, case, outcome))
    print(f"code: {CODE}")
    total = collections.Counter()
    for family, counts in sorted(families.items(), key=lambda kv: (kv[0] == "probes", kv[0])):
        if family == "probes":
            print(f"{'all':10} {sum(total.values()):3} replies: {total['right']:3} right, {total['wrong']:2} wrong, "
                  f"{total['not split']:2} not split" + (f", {total['setup']} setup" if total["setup"] else ""))
            print(f"{'probes':10} {sum(counts.values()):3} replies: {counts['right']:3} right, {counts['wrong']:2} wrong, "
                  f"{counts['not split']:2} not split   (written after reading the code)")
            continue
        total.update(counts)
        print(f"{family:10} {sum(counts.values()):3} replies: {counts['right']:3} right, {counts['wrong']:2} wrong, "
              f"{counts['not split']:2} not split" + (f", {counts['setup']} setup" if counts["setup"] else ""))
    if "probes" not in families:
        print(f"{'all':10} {sum(total.values()):3} replies: {total['right']:3} right, {total['wrong']:2} wrong, "
              f"{total['not split']:2} not split")
    checks = wrong_checks = wrong_cases = 0
    digest_misses = []
    for case in DIGEST_CASES:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                got = case.build(Path(tmp))
            except Exception as exc:  # noqa: BLE001
                got = None
                digest_misses.append((case.name, f"raised {type(exc).__name__}: {exc}"))
        if got is None:
            checks, wrong_checks, wrong_cases = checks + 1, wrong_checks + 1, wrong_cases + 1
            continue
        bad = [c for c in got if not c.right]
        checks, wrong_checks, wrong_cases = checks + len(got), wrong_checks + len(bad), wrong_cases + bool(bad)
        digest_misses += [(case.name, f"{c.figure}: got {c.got!r}, expected {c.expected!r}") for c in bad]
    print(f"{'digests':10} {len(DIGEST_CASES):3} histories, {checks} checks: {wrong_checks} wrong ({wrong_cases} histories)")
    if "--misses" in sys.argv:
        for result, case, outcome in sorted(misses, key=lambda m: (m[0], m[1].name)):
            print(f"  {result:9} {case.name}: {case.text!r} -> {outcome} (accepted {', '.join(case.accept)})")
        for name, what in digest_misses:
            print(f"  digest    {name}: {what}")


if __name__ == "__main__":
    main()
