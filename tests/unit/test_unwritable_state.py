"""A state on a full disk or in a read-only folder: the daemon is stuck, and the commands that only read (status,
check --health, plan, backup) still open it read-only to say why and to copy it away, instead of failing as if
there were no state."""

from collections import namedtuple
from datetime import datetime, timezone
import os
import shutil

import pytest

from helpers import make_config
from mailer.cli.main import main
from mailer.errors import StateUnwritable
from mailer.store import Store
from mailer.store.health import READ

NOW = datetime(2026, 12, 9, 11, 0, tzinfo=timezone.utc)


def state_with_jane(path):
    store = Store(path)
    with store.transaction():
        store.add_submission("k", "maria@acme.test", "rita@acme.test", "Jane Doe", "", "s", "m@x", (), NOW)
        store.beat(READ, NOW)
    return store


@pytest.fixture
def no_writes(monkeypatch):
    """What SQLite says when the disk is full: opening for writing fails (a real full disk cannot be made safely
    in a unit test; tests/integration has none either). The read-only open is SQLite's own."""
    def refuse(self, must_hold_state=False):
        raise StateUnwritable(f"cannot write the state database {self.path}: database or disk is full")
    return lambda: monkeypatch.setattr(Store, "_open", refuse)


def test_a_cleanly_stopped_state_is_read_without_creating_wal_files(tmp_path, no_writes):
    state_with_jane(tmp_path / "mailer.db").close()  # a clean stop: everything is in the main file
    no_writes()
    with pytest.raises(StateUnwritable):
        Store(tmp_path / "mailer.db", must_exist=True)  # the daemon and the commands that write still refuse it
    store = Store(tmp_path / "mailer.db", must_exist=True, readable_if_unwritable=True)
    assert [s.candidate for s in store.all_submissions()] == ["Jane Doe"]
    assert not (tmp_path / "mailer.db-wal").exists() and not (tmp_path / "mailer.db-shm").exists()
    with pytest.raises(StateUnwritable):
        with store.transaction():
            store.beat(READ, NOW)
    store.close()


def test_commits_left_in_the_wal_by_a_killed_daemon_are_read(tmp_path, no_writes):
    live = state_with_jane(tmp_path / "live.db")  # open: its commit is in live.db-wal, not yet in the main file
    (tmp_path / "copy").mkdir()
    for suffix in ("", "-wal", "-shm"):  # as a daemon killed on a full disk leaves them
        shutil.copyfile(tmp_path / f"live.db{suffix}", tmp_path / "copy" / f"mailer.db{suffix}")
    live.close()
    no_writes()
    assert (tmp_path / "copy" / "mailer.db-wal").stat().st_size > 0
    store = Store(tmp_path / "copy" / "mailer.db", must_exist=True, readable_if_unwritable=True)
    assert [s.candidate for s in store.all_submissions()] == ["Jane Doe"]
    store.close()


def test_check_health_says_unhealthy_not_no_state_and_backup_copies_it(tmp_path, no_writes, monkeypatch, capsys):
    make_config(tmp_path)
    state_with_jane(tmp_path / "mailer.db").close()
    no_writes()
    real_statvfs = os.statvfs
    Disk = namedtuple("Disk", "f_bavail f_frsize")
    monkeypatch.setattr(os, "statvfs", lambda path: Disk(0, 4096) if str(path) == str(tmp_path) else real_statvfs(path))
    config = str(tmp_path / "config.yaml")
    assert main(["check", "--health", "--config", config, "--now", "2026-12-09T11:01:00Z"]) == 1
    out = capsys.readouterr().out
    assert f"UNHEALTHY: the state database cannot be written: the disk holding {tmp_path} is full" in out
    (tmp_path / "elsewhere").mkdir()
    assert main(["backup", str(tmp_path / "elsewhere" / "copy.db"), "--config", config]) == 0
    monkeypatch.undo()  # the copy is on a disk with room: an ordinary state
    copy = Store(tmp_path / "elsewhere" / "copy.db", must_exist=True)
    assert [s.candidate for s in copy.all_submissions()] == ["Jane Doe"]
    copy.close()
