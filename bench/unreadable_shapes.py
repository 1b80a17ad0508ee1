"""Is machine mail judged, whatever its shape? Each tuning bounce, delay warning and feedback report that mailer
judges a bounce or complaint is mutated as real MTAs, archives and test suites shape mail (tests/mutations.py:
From absent or odd, Date garbage, 8-bit headers, wrong charsets, broken boundaries and parts, NUL bytes, mbox
lines, lone CR …), and each mutated mail goes through parse and the daemon's rules as if it sat in a tracked thread
of its sender (bench/corpus_report.py's machine_answer).

Usage: python bench/unreadable_shapes.py [--code DIR] [--every N] [--show]
  --code DIR  judge with the mailer package found in DIR (e.g. an export of an older commit: "before" figures)
  --every N   only every Nth seed (default 1: all of them)
  --show      name the seeds behind each refusal or person's verdict (tuning files only)

Prints, per mutation family and mutation: how many mutated mails were refused as unreadable (parse raised
Unreadable, or anything else), how many were read as a person's (reply, other reply, command, submission), and
how many kept the verdict of the mail as it was (bounce stays bounce, complaint stays complaint). The "person"
figure of a mutation that takes the report itself away (tests/mutations.py REMOVES_THE_REPORT) counts mail left
with nothing that says "machine".
Reads only the tuning corpus (tests/data/corpus), never tests/data/heldout.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else ROOT
sys.path.insert(0, str(CODE))
sys.path.insert(1, str(ROOT / "tests"))
from helpers import make_config  # noqa: E402
from mutations import all_mutations, seeds  # noqa: E402
from corpus_report import machine_answer  # noqa: E402 - bench/ sits on sys.path when run as a script

MACHINE_VERDICTS = ("bounce", "complaint")
PERSON_VERDICTS = ("reply", "other_reply", "command", "submission")


def verdict(raw: bytes, config) -> str:
    """The daemon's verdict (kind), "refused (…)" for Unreadable, "crash (…)" for anything else parse raises."""
    try:
        return machine_answer(raw, config)
    except Exception as exc:  # noqa: BLE001 - a crash is a figure here, not an end
        return f"crash ({type(exc).__name__}: {exc})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--code", metavar="DIR")
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        config = make_config(Path(tmp))
        judged = [(path, raw, kind) for path, raw in seeds()[::args.every]
                  if (kind := verdict(raw, config)) in MACHINE_VERDICTS]
        cells: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, 0, 0, []])
        for path, raw, before in judged:
            for family, name, mutate in all_mutations():
                mutated = mutate(raw)
                if mutated is None:
                    continue
                got = verdict(mutated, config)
                cell = cells[(family, name)]
                cell[0] += 1
                refused, person = got.startswith(("refused", "crash")), got in PERSON_VERDICTS
                cell[1] += refused
                cell[2] += person
                cell[3] += got == before
                if refused or person:
                    cell[4].append(f"{path} ({got[:90]})")
    print(f"code: {CODE}\n{len(judged)} tuning reports judged a bounce or complaint, mutated as below\n")
    width = max(len(f"{f}: {n}") for f, n in cells)
    print(f"{'family: mutation'.ljust(width)}  {'mutated':>7}  {'refused':>7}  {'person':>6}  {'same verdict':>12}")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for (family, name), (count, refused, person, same, seen) in cells.items():
        print(f"{f'{family}: {name}'.ljust(width)}  {count:>7}  {refused:>7}  {person:>6}  {same:>12}")
        for i, n in enumerate((count, refused, person, same)):
            totals[family][i] += n
            totals["all"][i] += n
        if args.show:
            for line in seen[:8]:
                print(f"    {line}")
    print()
    for family, (count, refused, person, same) in totals.items():
        print(f"{f'[{family}]'.ljust(width)}  {count:>7}  {refused:>7}  {person:>6}  {same:>12}")


if __name__ == "__main__":
    main()
