"""Wall-clock timers for bench/backlog.py's `split` section: time spent per stage of an in-process ingest,
without a profiler's overhead (which inflates the many small calls of parsing several-fold)."""

from __future__ import annotations

import time


class Stopwatch:
    """Seconds spent inside wrapped callables, by stage; nested stages count once, in the innermost."""

    def __init__(self):
        self.spent: dict[str, float] = {}
        self._stack: list[list] = []

    def wrap(self, owner, name: str, stage: str) -> None:
        inner = getattr(owner, name)
        watch = self

        def timed(*args, **kwargs):
            frame = [stage, time.perf_counter(), 0.0]  # stage, start, seconds of nested stages
            watch._stack.append(frame)
            try:
                return inner(*args, **kwargs)
            finally:
                watch._stack.pop()
                total = time.perf_counter() - frame[1]
                watch.spent[stage] = watch.spent.get(stage, 0.0) + total - frame[2]
                if watch._stack:
                    watch._stack[-1][2] += total
        setattr(owner, name, timed)


class TimedCommits:
    """The store's connection, with COMMIT timed as its own stage."""

    def __init__(self, db, watch: Stopwatch):
        self._db, self._watch = db, watch

    def execute(self, sql, *args):
        if sql.strip().upper() != "COMMIT":
            return self._db.execute(sql, *args)
        start = time.perf_counter()
        try:
            return self._db.execute(sql, *args)
        finally:
            self._watch.spent["commit"] = self._watch.spent.get("commit", 0.0) + time.perf_counter() - start

    def __getattr__(self, name):
        return getattr(self._db, name)
