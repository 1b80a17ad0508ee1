"""The blind sweep of ops' config.yaml edits (tests/unit/config_blind_cases.py): each edit of the shipped file with
its outcome written before mailer ran on it: taken (and what changes), or refused naming config.yaml, the line and
the key. Each runs through `mailer check` (the venv's entry point, a process per edit, as ops run it) and through the
running daemon's reload (ConfigSource.refresh over two passes: the last good config kept, the reason logged once).

  python bench/config_blind.py               # this checkout's code
  python bench/config_blind.py --code DIR    # the mailer package in DIR (an export of an older commit: "before")
  python bench/config_blind.py --misses      # also list every wrong outcome, with why

Wrong: a bad edit taken, a good one refused, a refusal without file:line: key, on another line or naming another
key, a traceback, an edit taken but not as meant (a string read letter by letter), and on reload the last good
config not kept or the reason not logged exactly once.

On main at 6425203 (the table written before running it; `--code` of `git archive 6425203 mailer`):
  check:  right 286/308, wrong 22 (6 refused without file:line: key, 5 bad edits taken, 5 on another line,
          2 good edits refused, 2 naming another key, 1 traceback, 1 taken not as meant: 020 read as octal 16)
  reload: right 284/308, wrong 24 (9 bad edits taken, 5 on another line, 3 without file:line: key, 2 good refused,
          2 taken not as meant, 2 another key, 1 traceback)
After the rules of this branch: check 306/308, reload 302/308; the 8 left are listed in test_config_blind.py's
KNOWN with why (1.5 business days refused by design, `yes:` named as YAML reads it, templates outside the reload).
Once the daemon held its last good templates and vetted a config edit's templates (templateset.py, wired into the
reload path as daemon.py wires it): reload 306/308; the 4 left are the first two reasons.
"""

from __future__ import annotations

import collections
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests" / "unit"))

from config_blind_cases import CASES  # noqa: E402
from config_blind_judge import check_subprocess, judge_check, judge_reload  # noqa: E402


def _load(path: Path):
    from mailer.config.load import ConfigSource
    return ConfigSource(path).current


def main() -> None:
    misses = "--misses" in sys.argv
    print(f"code: {CODE}")
    results = {"check": collections.Counter(), "reload": collections.Counter()}
    wrong: list[tuple[str, str, str]] = []
    for case in CASES:
        for path_name in ("check", "reload"):
            with tempfile.TemporaryDirectory() as folder:
                if path_name == "check":
                    verdict = judge_check(case, Path(folder), lambda p: check_subprocess(p, CODE if CODE != ROOT
                                                                                         else None), _load)
                else:
                    verdict = judge_reload(case, Path(folder))
            results[path_name]["right" if verdict == "right" else verdict.split(" (")[0]] += 1
            if verdict != "right":
                wrong.append((path_name, case.name, verdict))
    for path_name, counts in results.items():
        total = sum(counts.values())
        print(f"{path_name}: right {counts['right']}/{total}, wrong {total - counts['right']}")
        for why, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            if why != "right":
                print(f"  {n:3d}  {why}")
    if misses:
        print()
        for path_name, name, verdict in wrong:
            print(f"{path_name:6s} {name}: {verdict}")


if __name__ == "__main__":
    main()
