"""The figures table of bench/corpus_report.py: hits and totals per (check, group) and set, printed with one
column per set; a set left out of `Table.splits` prints "(not shown)", so a rule writer never sees its figure."""

from __future__ import annotations

from collections import defaultdict

COLUMNS = ("tuning", "held-out")


class Table:
    """Rows of (check, group) → hits/total per set; printed with a column per set (those in `splits`)."""

    splits: tuple[str, ...] = ("tuning", "held-out")

    def __init__(self) -> None:
        self.cells: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: defaultdict(lambda: [0, 0, []]))

    def add(self, check: str, group: str, split: str, ok: bool, label: str) -> None:
        for g in (group, "all") if group != "all" else ("all",):
            cell = self.cells[(check, g)][split]
            cell[0] += ok
            cell[1] += 1
            if not ok:
                cell[2].append(label)

    def print(self, show: tuple[str, ...]) -> None:
        """One row per (check, group); under each [all] row, the misses of the sets named in `show`."""
        if not self.cells:  # e.g. --added-since on files that carry none of the labels it measures
            print("no file here carries a label this run measures (--added-since reads only out-of-office labels)")
            return
        width = max(len(f"{c} [{g}]") for c, g in self.cells)
        print(f"{'check [group]'.ljust(width)}  {'tuning':>14}  {'held-out':>14}")
        for (check, group), cells in sorted(self.cells.items(), key=lambda kv: (kv[0][0], kv[0][1] != "all", kv[0][1])):
            out = []
            for split in COLUMNS:
                hit, total, _ = cells.get(split, (0, 0, []))
                shown = split in self.splits
                out.append(f"{hit}/{total} {hit / total:.3f}" if total and shown else "-" if shown else "(not shown)")
            print(f"{f'{check} [{group}]'.ljust(width)}  {out[0]:>14}  {out[1]:>14}")
            if group == "all":
                for split in show:
                    misses = cells.get(split, (0, 0, []))[2]
                    if misses:
                        print(f"    {split} misses: {', '.join(misses)}")
