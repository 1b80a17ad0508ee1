"""Whether the daemon runs is read from the pid its state lock records, never from a recent heartbeat alone, and
read without taking or probing the lock (store/lock.py, health.daemon_line)."""

from datetime import datetime, timedelta, timezone
import fcntl
import os
import socket
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

from mailer.health import daemon_line
from mailer.store.lock import (ELSEWHERE, RUNNING, STOPPED, Holder, StateBusy, StateLock, daemon_process, holder,
                               lock_path, parse_holder, process_started, process_state)

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
LON = ZoneInfo("Europe/London")


def test_the_lock_line_is_read_back_and_anything_else_is_no_holder():
    assert parse_holder("4242 box1 98765\n") == Holder(4242, "box1", "98765")
    assert parse_holder(Holder(7, "box1", None).line()) == Holder(7, "box1", None)
    assert parse_holder("4242\n") == Holder(4242)  # written by an older mailer: the pid alone
    for garbled in ("", "\n", "pid 12", "-3 box", "0 box", "\x00\x00\x00", "12x box"):
        assert parse_holder(garbled) is None, garbled


def started(table):
    return lambda pid: table.get(pid, False)


def test_a_live_pid_on_this_host_is_running_and_a_dead_or_reused_one_is_stopped():
    assert process_state(Holder(10, "here", "500"), "here", started({10: "500"})) == RUNNING
    assert process_state(Holder(10, "here", "500"), "here", started({})) == STOPPED
    assert process_state(Holder(10, "here", "500"), "here", started({10: "900"})) == STOPPED  # pid reused since
    assert process_state(Holder(10, "here", "500"), "here", started({10: None})) == RUNNING  # no /proc: pid only
    assert process_state(Holder(10), "here", started({10: "900"})) == RUNNING  # an old lock line: pid only
    assert process_state(None, "here", started({10: "500"})) == STOPPED  # released or never taken
    assert process_state(Holder(10, "there", "500"), "here", started({10: "500"})) == ELSEWHERE


def test_the_daemon_line_says_running_with_the_pid_or_stopped_with_the_last_pass():
    after = timedelta(minutes=30)
    line, running = daemon_line(RUNNING, Holder(42, "here"), NOW - timedelta(hours=5), NOW, after, LON)
    assert (line, running) == ("daemon: running (pid 42)", True)  # alive though silent: health says the rest
    line, running = daemon_line(STOPPED, Holder(42, "here"), NOW - timedelta(minutes=1), NOW, after, LON)
    assert (line, running) == ("daemon: stopped (last pass at Tue 24 Nov 11:59 GMT)", False)
    assert daemon_line(STOPPED, None, None, NOW, after, LON) == ("daemon: stopped (no pass yet)", False)
    line, running = daemon_line(ELSEWHERE, Holder(42, "box2"), NOW - timedelta(minutes=1), NOW, after, LON)
    assert running and "pid 42 on box2, not checked from this host" in line
    line, running = daemon_line(ELSEWHERE, Holder(42, "box2"), NOW - timedelta(hours=1), NOW, after, LON)
    assert not running and "no sign of life within health.alert_after" in line


def test_process_started_knows_this_process_and_not_a_finished_one():
    assert process_started(os.getpid()) not in (False,)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert process_started(child.pid) is False


def test_a_held_lock_names_this_process_and_host_and_reading_it_does_not_take_it(tmp_path):
    state = tmp_path / "mailer.db"
    with StateLock(state):
        found = holder(state)
        assert found.pid == os.getpid() and found.host == socket.gethostname()
        assert daemon_process(state) == (RUNNING, found)
        with pytest.raises(StateBusy, match=f"pid {os.getpid()}\\)"):  # the busy message reads the new line too
            StateLock(state).acquire()
        # status read it, and the lock is still exactly held: nobody else can take it
        fd = os.open(lock_path(state), os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
    assert daemon_process(state) == (STOPPED, None)  # released: the file is emptied


def test_a_missing_or_garbled_lock_file_is_a_stopped_daemon_without_a_traceback(tmp_path):
    state = tmp_path / "mailer.db"
    assert daemon_process(state) == (STOPPED, None)
    lock_path(state).write_bytes(b"\xff\xfe garbage")
    assert daemon_process(state) == (STOPPED, None)
    lock_path(state).unlink()
    lock_path(state).mkdir()  # not even a file
    assert daemon_process(state) == (STOPPED, None)
