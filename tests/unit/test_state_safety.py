"""The state's safety rails without servers: the lock, empty files refused, backups, refused state moves,
the health verdict, and login errors that name the keys to check."""

from datetime import datetime, timedelta, timezone
import os
from pathlib import Path
import subprocess
import sys

from imapclient.exceptions import LoginError
import pytest

from helpers import ROOT, config_text, make_config
from mailer.config.load import ConfigSource
from mailer.errors import InboxError, StoreError
from mailer.health import verdict
from mailer.inbox import Inbox
from mailer.store import Store
from mailer.store.health import ERROR, READ, SEND, Beat
from mailer.store.lock import StateBusy, StateLock

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


def test_the_lock_names_the_holder_and_is_free_again_after_release(tmp_path):
    state = tmp_path / "mailer.db"
    with StateLock(state):
        with pytest.raises(StateBusy, match=f"another mailer \\(pid {os.getpid()}\\) is running on {state}"):
            StateLock(state).acquire()
    with StateLock(state):  # released on exit: taken again
        pass


def test_an_existing_file_without_mailer_state_is_refused(tmp_path):
    (tmp_path / "x.db").write_bytes(b"")
    with pytest.raises(StoreError, match="exists but holds no mailer state"):
        Store(tmp_path / "x.db")
    Store(tmp_path / "x.db", replace_empty=True).close()  # `mailer init --fresh`
    Store(tmp_path / "x.db").close()  # now it holds mailer's schema


def test_a_first_run_killed_while_creating_the_state_leaves_nothing_to_refuse(tmp_path):
    """Killed before the new state's schema committed (the first run's first second; MAILER_CRASH_AT is as abrupt
    as SIGKILL): the next start creates the state instead of refusing a half-made file as holding no mailer state,
    which would stop the daemon for good until ops ran `mailer init --fresh`."""
    state = tmp_path / "mailer.db"
    killed = subprocess.run([sys.executable, "-c", f"from mailer.store import Store; Store({str(state)!r})"],
                            env={**os.environ, "MAILER_CRASH_AT": "state_create_before_commit"}, cwd=ROOT)
    assert killed.returncode == 86
    store = Store(state)
    with store.transaction():
        store.add_submission("k", "m@x", "r@x", "Jane", "", "s", "m@x", (), NOW)
    store.close()
    assert [s.candidate for s in Store(state, must_exist=True).all_submissions()] == ["Jane"]


def test_backup_is_a_consistent_self_contained_copy(tmp_path):
    store = Store(tmp_path / "x.db")
    with store.transaction():
        store.add_submission("k", "m@x", "r@x", "Jane", "", "s", "m@x", (), NOW)
    store.backup(tmp_path / "b.db")  # the writer is still open: its WAL is in the copy
    copy = Store(tmp_path / "b.db", must_exist=True)
    assert [s.candidate for s in copy.all_submissions()] == ["Jane"]
    copy.quick_check()
    copy.close()
    store.close()


def test_a_backup_into_a_missing_folder_or_onto_a_folder_says_so(tmp_path):
    # The README's `mailer backup /backups/mailer-$(date +%F).db` on a machine without /backups said only
    # "unable to open database file" (sqlite's words), which names neither the folder nor what to do.
    store = Store(tmp_path / "x.db")
    missing = tmp_path / "backups"
    with pytest.raises(StoreError) as exc:
        store.backup(missing / "mailer.db")
    assert f"the folder {missing} does not exist" in str(exc.value) and f"mkdir -p {missing}" in str(exc.value)
    missing.mkdir()
    with pytest.raises(StoreError, match=f"{missing} is a folder: name a file in it"):
        store.backup(missing)
    store.backup(missing / "mailer.db")  # once the folder exists, the backup is written
    assert (missing / "mailer.db").exists()
    store.close()


def test_a_running_daemon_refuses_a_config_edit_that_moves_its_state(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(config_text())
    source = ConfigSource(path)
    before = source.current.state
    path.write_text(config_text() + "state: elsewhere.db\n")
    os.utime(path, ns=(1, 1))  # a different stamp, whatever the clock's resolution
    assert source.refresh().state == before
    assert "state: changed from" in source.last_error and "elsewhere.db" in source.last_error


def test_health_verdict_names_the_error_and_the_silence(tmp_path):
    config = make_config(tmp_path)
    fine = {READ: Beat(NOW), SEND: Beat(NOW - timedelta(hours=2), "1 mail(s)")}
    assert verdict(config, fine, NOW + timedelta(minutes=5)).ok
    silent = verdict(config, fine, NOW + timedelta(minutes=31))
    assert not silent.ok and any("has not been read for 31 min" in line for line in silent.lines)
    failing = verdict(config, {**fine, ERROR: Beat(NOW, "read: IMAP x:1: login refused")}, NOW + timedelta(minutes=1))
    assert not failing.ok and any("ERROR since" in line and "login refused" in line for line in failing.lines)
    assert not verdict(config, {}, NOW).ok  # never ran
    ahead = verdict(config, fine, NOW - timedelta(hours=2))  # a state written under a later --now (the demo's)
    assert any("(in 2 h 00 min, ahead of this clock)" in line for line in ahead.lines)
    assert not any("-" in line.split("(")[-1] for line in ahead.lines)  # no "-120 min ago"


def test_a_refused_imap_login_names_the_keys_to_check(tmp_path):
    config = make_config(tmp_path)

    def refuse(settings):
        raise LoginError("[AUTHENTICATIONFAILED] Authentication failed.")

    with pytest.raises(InboxError) as caught:
        Inbox(config.imap, factory=refuse).connect()
    assert "login refused for 'mailer@acme.test'" in str(caught.value)
    assert "check imap.username and imap.password_env ($MAILER_TEST_PASSWORD)" in str(caught.value)


def test_a_damaged_database_is_refused_at_start_by_quick_check(tmp_path):
    """`mailer run` runs PRAGMA quick_check before anything else: a damaged state is named, not read on."""
    import subprocess
    import sys
    from helpers import ROOT
    (tmp_path / "config.yaml").write_text(config_text(imap_port=9, smtp_port=9))
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        for i in range(400):  # enough rows for several pages of submissions
            store.add_submission(f"k{i}", "maria@acme.test", "rita@acme.test", f"Cand {i}", "Eng",
                                 f"Candidate: Cand {i}", f"m{i}@x", (), NOW)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray((tmp_path / "mailer.db").read_bytes())
    last = len(data) - 4096  # the last page holds rows, not the schema: the file still opens
    data[last + 100:len(data) - 100] = b"Z" * (4096 - 200)
    (tmp_path / "mailer.db").write_bytes(bytes(data))
    result = subprocess.run([sys.executable, "-m", "mailer", "run", "--once", "--config",
                             str(tmp_path / "config.yaml")], capture_output=True, text=True, timeout=60, cwd=ROOT,
                            env={**os.environ, "MAILER_TEST_PASSWORD": "secret"})
    assert result.returncode == 2, result.stderr
    assert f"the state database {tmp_path / 'mailer.db'} is damaged (" in result.stderr
    assert "restore it from a backup" in result.stderr and "IMAP" not in result.stderr  # refused before reading
    assert "Traceback" not in result.stderr and "***" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.count(";") <= 3  # one line, the first problems


def test_health_is_unhealthy_when_the_state_cannot_be_written(tmp_path):
    # The daemon cannot store a heartbeat saying so: status and check --health look themselves (Store.unwritable).
    config = make_config(tmp_path)
    now = datetime(2026, 11, 23, 10, tzinfo=timezone.utc)
    beats = {READ: Beat(now - timedelta(minutes=1))}
    assert verdict(config, beats, now).ok
    sick = verdict(config, beats, now, "the state database cannot be written: /x/mailer.db is read-only")
    assert not sick.ok and "UNHEALTHY: the state database cannot be written: /x/mailer.db is read-only" in sick.lines


def test_a_full_disk_makes_the_state_unwritable_in_status_and_the_lock_says_so(tmp_path, monkeypatch):
    # A full disk cannot be made safely in a test: os.statvfs and os.pwrite report it as the kernel would.
    import errno
    from collections import namedtuple
    store = Store(tmp_path / "mailer.db")
    assert store.unwritable() is None
    Disk = namedtuple("Disk", "f_bavail f_frsize")
    monkeypatch.setattr(os, "statvfs", lambda path: Disk(9, 4096))
    assert store.unwritable() == f"the state database cannot be written: the disk holding {tmp_path} is full (36 KB free)"
    store.close()

    def full(fd, data, offset):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(os, "pwrite", full)
    with pytest.raises(StoreError) as exc:
        StateLock(tmp_path / "mailer.db").acquire()
    assert str(exc.value).startswith(f"cannot write the state database {tmp_path / 'mailer.db'}: cannot write its "
                                     f"lock file {tmp_path / 'mailer.db.lock'}: No space left on device")


def test_one_state_reached_through_a_symlink_has_one_lock(tmp_path):
    state = tmp_path / "data" / "mailer.db"
    state.parent.mkdir()
    Store(state).close()
    (tmp_path / "link.db").symlink_to(state)
    with StateLock(state):
        with pytest.raises(StateBusy, match="another mailer"):
            StateLock(tmp_path / "link.db").acquire()
        with pytest.raises(StateBusy, match="another mailer"):
            StateLock(tmp_path / "elsewhere" / ".." / "data" / "mailer.db").acquire()


def test_a_backup_onto_the_state_itself_is_refused(tmp_path, monkeypatch):
    # `mailer backup mailer.db` replaced the live file under a running daemon, which wrote on into the old one.
    state = tmp_path / "mailer.db"
    store = Store(state)
    monkeypatch.chdir(tmp_path)
    for target in ("mailer.db", "./mailer.db", str(state), "mailer.db-wal"):
        with pytest.raises(StoreError, match="it is the state database itself"):
            store.backup(Path(target))
    store.backup(tmp_path / "copy.db")  # anywhere else is a backup
    assert (tmp_path / "copy.db").exists()
    store.close()
