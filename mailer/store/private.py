"""The state's files hold candidates' mail (bodies, quarantined raw mail, addresses): each is created readable
and writable by mailer's own user only, whatever the umask of the shell or unit that started it."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE = 0o600


def create_private(path: Path | str) -> None:
    """Create `path` empty with mode 0600 unless it exists (an existing file keeps its mode: an operator may
    have chosen a group on purpose). SQLite gives the -wal and -shm files it creates later the database
    file's mode, so creating the database this way covers them too."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    except FileExistsError:
        return
    try:
        os.fchmod(fd, PRIVATE)  # a umask can only take bits away; this also puts back any it took from the owner
    finally:
        os.close(fd)


def open_private(path: Path | str, flags: int) -> int:
    """os.open with O_CREAT, a new file getting mode 0600 whatever the umask (see create_private)."""
    create_private(path)
    return os.open(path, flags)


def remove_if_empty(path: Path | str) -> None:
    """Undo create_private when nothing could be written into the file (a full disk)."""
    try:
        if os.stat(path).st_size == 0:
            os.unlink(path)
    except OSError:
        pass
