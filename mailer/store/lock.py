"""One daemon per state: an exclusive flock on `<state>.lock`, holding the pid of the process that has it.

flock belongs to the open file, so the kernel releases it when the process dies however it dies: a lock
file left by a dead daemon is simply taken over, and no pid guessing decides whether it is stale.

The same line says who holds it ("pid host start"): `status` and `check --health` read it, without opening it
for writing or probing the flock (a probe held for an instant makes a daemon starting then exit as busy), to
say whether the daemon is really running. The host, because a pid means nothing on another machine sharing
the folder; the process start time (Linux /proc, clock ticks since boot), because a pid is reused.
"""

from __future__ import annotations

from dataclasses import dataclass
import fcntl
import os
from pathlib import Path
import socket
from typing import Callable

from mailer.errors import StoreError
from mailer.store.private import open_private


class StateBusy(StoreError):
    """Another mailer process holds the state's lock."""


def lock_path(state: Path) -> Path:
    return state.with_name(state.name + ".lock")


@dataclass(frozen=True)
class Holder:
    """Who wrote the lock file: a pid, and the host and start time when it recorded them (older versions wrote
    the pid alone)."""

    pid: int
    host: str | None = None
    start: str | None = None

    def line(self) -> str:
        return " ".join([str(self.pid), self.host or "-", self.start or "-"]) + "\n"


RUNNING, STOPPED, ELSEWHERE = "running", "stopped", "elsewhere"


def parse_holder(text: str) -> Holder | None:
    """The lock file's text as a Holder; None for an empty file (released: nobody holds it) or anything garbled.

    >>> parse_holder("4242 box1 98765\\n")
    Holder(pid=4242, host='box1', start='98765')
    >>> parse_holder("4242"), parse_holder(""), parse_holder("x y")
    (Holder(pid=4242, host=None, start=None), None, None)
    """
    words = text.split()
    if not words or not words[0].isdigit() or int(words[0]) <= 0:
        return None
    extra = [None if w == "-" else w for w in words[1:3]]
    return Holder(int(words[0]), *extra)


def process_state(holder: Holder | None, host: str, started: Callable[[int], str | None | bool]) -> str:
    """RUNNING, STOPPED or ELSEWHERE (another host's pid: it cannot be checked from here).

    `started(pid)`: False when no such process lives here, else its start time (None when it cannot be read).
    A live pid that started at another time than the holder's is a reused pid: the holder is gone.
    """
    if holder is None:
        return STOPPED
    if holder.host is not None and holder.host != host:
        return ELSEWHERE
    found = started(holder.pid)
    if found is False:
        return STOPPED
    if holder.start is not None and found is not None and found != holder.start:
        return STOPPED
    return RUNNING


def process_started(pid: int) -> str | None | bool:
    """This host's process `pid`: False when it does not exist, its start time from /proc when readable, else None."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, owned by another user
    except OSError:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rpartition(")")[2].split()[19]  # field 22: starttime; the name before ")" may hold spaces
    except (OSError, IndexError):
        return None


def holder(state: Path) -> Holder | None:
    """The lock file's holder as written, read only (no flock taken or tested); None when absent or garbled."""
    try:
        with open(lock_path(Path(state).resolve()), "rb") as f:
            return parse_holder(f.read(200).decode("ascii", "replace"))
    except OSError:
        return None


def daemon_process(state: Path) -> tuple[str, Holder | None]:
    """Whether the daemon of this state runs now, and the holder the lock file names."""
    found = holder(state)
    return process_state(found, socket.gethostname(), process_started), found


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
            fd = open_private(self.path, os.O_RDWR)
        except OSError as exc:
            raise StoreError(f"cannot open the state database {self.state}: cannot create its lock file "
                             f"{self.path}: {exc.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            held = parse_holder(os.pread(fd, 200, 0).decode("ascii", "replace"))
            os.close(fd)
            who = "unknown" if held is None else f"{held.pid}" + (
                f" on {held.host}" if held.host and held.host != socket.gethostname() else "")
            raise StateBusy(f"another mailer (pid {who}) is running on {self.state}; stop it first "
                            f"(read-only commands such as `mailer status` work meanwhile)") from None
        try:
            os.ftruncate(fd, 0)
            me = os.getpid()
            started = process_started(me)
            os.pwrite(fd, Holder(me, socket.gethostname(), started or None).line().encode(), 0)
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
