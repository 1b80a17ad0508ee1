"""The state, its -wal/-shm files, its lock and its backups hold candidates' mail: whatever the umask mailer is
started under, each is created readable by mailer's own user only (0600)."""

import os
import stat

import pytest

from mailer.store import Store
from mailer.store.lock import StateLock


@pytest.fixture
def open_umask():
    """A umask that lets everyone read new files (the common 022, and a careless 000)."""
    old = os.umask(0o000)
    try:
        yield
    finally:
        os.umask(old)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_state_and_its_wal_files_are_private(tmp_path, open_umask):
    store = Store(tmp_path / "state.db")  # opening writes the schema, which creates -wal and -shm
    for name in ("state.db", "state.db-wal", "state.db-shm"):
        assert mode(tmp_path / name) == 0o600, name
    store.close()


def test_the_lock_file_is_private(tmp_path, open_umask):
    with StateLock(tmp_path / "state.db") as lock:
        assert mode(lock.path) == 0o600


def test_a_backup_is_private(tmp_path, open_umask):
    store = Store(tmp_path / "state.db")
    store.backup(tmp_path / "backup.db")
    store.close()
    assert mode(tmp_path / "backup.db") == 0o600


def test_an_existing_state_keeps_the_mode_its_operator_gave_it(tmp_path, open_umask):
    Store(tmp_path / "state.db").close()
    (tmp_path / "state.db").chmod(0o640)  # a group for a backup agent, on purpose
    Store(tmp_path / "state.db").close()
    assert mode(tmp_path / "state.db") == 0o640


def test_a_state_that_cannot_be_created_leaves_no_empty_file_behind(tmp_path):
    folder = tmp_path / "missing" / "state.db"
    with pytest.raises(Exception):
        Store(folder)
    assert not folder.exists()
