"""A new state appears whole or not at all (a part of the store)."""

from __future__ import annotations

from pathlib import Path


def create_whole(store) -> None:
    """Write a new state's schema under a temporary name, then rename it into place at `store.path`. Killed in its
    first second (before the schema committed), mailer would otherwise leave a file without one, which every later
    start refuses as holding no mailer state (Store's guard against an emptied or foreign file), so the daemon
    would stay down until ops ran `mailer init --fresh`. A partial file left by such a kill is simply written
    again."""
    final = store.path
    partial = final + ".new"
    for leftover in ("", "-wal", "-shm"):
        Path(partial + leftover).unlink(missing_ok=True)
    store.path = partial
    try:
        store._open()
        store.db.close()  # the last connection: SQLite checkpoints the WAL into the file and removes it
    finally:
        store.path = final
    Path(partial).replace(final)
