"""One daemon per state: an exclusive flock on `<state>.lock`, holding the pid of the process that has it.

flock belongs to the open file, so the kernel releases it when the process dies however it dies: a lock
file left by a dead daemon is simply taken over, and no pid guessing decides whether it is stale.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from mailer.errors import StoreError


class StateBusy(StoreError):
    """Another mailer process holds the state's lock."""


def lock_path(state: Path) -> Path:
    return state.with_name(state.name + ".lock")


class StateLock:
    """`with StateLock(config.state):` — the state is ours until the block ends. Raises StateBusy."""

    def __init__(self, state: Path):
        self.state = Path(state)
        # The file itself, not the name it was reached by: two configs naming one database through a symlink
        # (or `..`) must meet at one lock, or two daemons would share the state.
        self.path = lock_path(self.state.resolve())
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot open the state database {self.state}: cannot create its lock file "
                             f"{self.path}: {exc.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise StateBusy(f"another mailer (pid {holder}) is running on {self.state}; stop it first "
                            f"(read-only commands such as `mailer status` work meanwhile)") from None
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except OSError as exc:  # a full disk or a read-only folder: the state could not be written either
            os.close(fd)
            raise StoreError(f"cannot write the state database {self.state}: cannot write its lock file "
                             f"{self.path}: {exc.strerror} (check that the folder is writable by mailer and that "
                             f"the disk has room)") from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)  # the file stays (unlinking it would race a process opening it now)
        finally:
            os.close(fd)  # closing drops the flock

    def __enter__(self) -> "StateLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
