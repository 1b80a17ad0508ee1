"""`mailer run` as ops run it: IDLE wakes it for new mail, config edits are taken or refused live, SIGTERM stops it."""

import os
import signal
import subprocess
import sys
import time

import pytest

from helpers import ROOT
from mailer.store import Store

pytestmark = pytest.mark.integration


def wait_until(predicate, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def submissions(world):
    path = world.tmp / "mailer.db"
    if not path.exists():
        return []
    store = Store(path)
    try:
        return store.all_submissions()
    finally:
        store.close()


def test_running_daemon_idles_reloads_config_and_stops_on_sigterm(world):
    # Poll only hourly: a submission recorded within seconds proves IDLE woke the daemon.
    config = world.write_config(poll_every="1 hour")
    log = (world.tmp / "daemon.log").open("w")
    env = {**os.environ, "MAILER_TEST_PASSWORD": world.stack.password}
    proc = subprocess.Popen([sys.executable, "-m", "mailer", "run", "--now", "2026-11-23T10:00:00Z", "--config",
                             str(config)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        assert wait_until(lambda: "mailer running" in (world.tmp / "daemon.log").read_text())
        time.sleep(1.0)  # let it enter IDLE after the first pass
        world.send(world.addr("rita"), [world.addr("maria")], [world.mailer])
        assert wait_until(lambda: len(submissions(world)) == 1, timeout=10), (world.tmp / "daemon.log").read_text()

        # A bad edit is refused with file:line: key; the daemon keeps running on the last good config.
        good = config.read_text()
        config.write_text(good.replace("timezone: America/New_York", "timezone: Mars/Olympus"))
        world.send(world.addr("rita"), [world.addr("nate")], [world.mailer], subject="Candidate: Bo Li – SRE")
        assert wait_until(lambda: "config change refused" in (world.tmp / "daemon.log").read_text())
        text = (world.tmp / "daemon.log").read_text()
        assert "config.yaml:" in text and "managers[1].timezone: unknown time zone 'Mars/Olympus'" in text
        assert wait_until(lambda: len(submissions(world)) == 2, timeout=10)

        # A good edit is taken.
        config.write_text(good.replace("from_name: Acme Recruiting", "from_name: Acme Talent"))
        world.send(world.addr("rita"), [world.addr("nate")], [world.mailer], subject="Candidate: Cy Cole – SRE")
        assert wait_until(lambda: "config reloaded" in (world.tmp / "daemon.log").read_text())
        assert wait_until(lambda: len(submissions(world)) == 3, timeout=10)

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    text = (world.tmp / "daemon.log").read_text()
    assert "stopping after the current step" in text and "mailer stopped" in text
    assert "Traceback" not in text


def test_run_once_with_imap_down_says_so_and_fails(world):
    world.write_config(imap_port=9)  # nothing listens there
    result = world.cli("run", "--once", "--now", "2026-11-23T10:00:00Z")
    assert result.returncode == 1
    assert "IMAP 127.0.0.1:9" in result.stderr and "Traceback" not in result.stderr


def test_nobody_is_nudged_while_the_inbox_cannot_be_read(world):
    """The unread mail may be the manager's answer: an IMAP outage holds follow-ups back until it is read."""
    from datetime import datetime
    from zoneinfo import ZoneInfo
    lon = ZoneInfo("Europe/London")
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=datetime(2026, 11, 23, 10, tzinfo=lon))
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(datetime(2026, 11, 23, 10, 5, tzinfo=lon))
    daemon.tick()
    daemon.close()
    path = world.tmp / "config.yaml"
    good = path.read_text()
    path.write_text(good.replace(f"port: {world.stack.imap_port}", "port: 9", 1))  # IMAP is down now
    daemon = world.daemon(datetime(2026, 11, 25, 10, 0, tzinfo=lon))
    report = daemon.tick()
    daemon.close()
    assert report.error.startswith("read: cannot reach IMAP server 127.0.0.1:9") and report.queued is None
    assert report.delivered.sent == []
    path.write_text(good)  # back: the follow-up goes
    daemon = world.daemon(datetime(2026, 11, 25, 10, 5, tzinfo=lon))
    assert len(daemon.tick().delivered.sent) == 1
    daemon.close()
    assert len(world.wait_for(world.addr("maria"), 2)) == 2


def notifications(sock, enough, seconds: float) -> list[str]:
    """Every datagram `mailer run` sent to its NOTIFY_SOCKET until `enough(got)` holds, or `seconds` pass: a
    loaded machine (CI with four workers) may take several seconds just to start the process, so the test waits
    for what it asserts, not for a fixed window."""
    got, deadline = [], time.monotonic() + seconds
    while not enough(got) and (left := deadline - time.monotonic()) > 0:
        sock.settimeout(left)
        try:
            got.append(sock.recv(4096).decode())
        except OSError:  # timed out
            break
    return got


@pytest.mark.parametrize("imap_up", [True, False], ids=["inbox-read", "inbox-down"])
def test_systemd_hears_ready_and_a_watchdog_ping_per_completed_pass(world, imap_up):
    """What `Type=notify` + `WatchdogSec=` in deploy/mailer.service rely on: READY after the first pass,
    WATCHDOG=1 after each completed pass, one that could not read the inbox too: systemd restarts a daemon whose
    pass hangs, not one waiting out an outage with mail in its queue (the health alert tells ops of that)."""
    import socket
    import tempfile
    unit = (ROOT / "deploy" / "mailer.service").read_text()
    assert "\nType=notify\n" in unit and "\nWatchdogSec=" in unit
    config = world.write_config(poll_every="1 second", **({} if imap_up else {"imap_port": 9}))
    folder = tempfile.mkdtemp(prefix="notify-", dir="/tmp")  # a unix socket path must stay short
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(f"{folder}/notify")
    log = (world.tmp / "daemon.log").open("w")
    env = {**os.environ, "MAILER_TEST_PASSWORD": world.stack.password, "NOTIFY_SOCKET": f"{folder}/notify"}
    proc = subprocess.Popen([sys.executable, "-m", "mailer", "run", "--now", "2026-11-23T10:00:00Z", "--config",
                             str(config)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        pings = 3 if imap_up else 2  # see the asserts below
        said = notifications(sock, lambda got: "READY=1" in got and got.count("WATCHDOG=1") >= pings, 90)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
        sock.close()
        os.unlink(f"{folder}/notify")
        os.rmdir(folder)
    assert said.count("READY=1") == 1, said
    assert said.index("READY=1") > 0, said  # after the first pass's ping
    if imap_up:  # the first pass, then at least two more over the next seconds (polled every second)
        assert said.count("WATCHDOG=1") >= 3, said
    else:  # the first pass, then the retries at a growing interval (0.5-1, 1-2, 2-4 s …)
        assert said.count("WATCHDOG=1") >= 2, said
