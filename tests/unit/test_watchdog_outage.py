"""The systemd watchdog hears from every completed pass, one whose inbox read failed too: under `WatchdogSec=` a
rotated IMAP password or a mail server that is down must not get mailer killed and restarted every 15 minutes,
cutting into its outgoing queue (the health alert is what tells ops of an outage). And `run --once`, which exits 1
after its one pass, does not promise to keep trying."""

from datetime import datetime, timezone
import logging
import os
import socket
import tempfile

import pytest

from helpers import make_config
from mailer.clock import FixedClock
from mailer.config.load import ConfigSource
from mailer.daemon import Daemon
from mailer.errors import InboxError

NOW = datetime(2026, 12, 9, 11, 0, tzinfo=timezone.utc)
REFUSED = "IMAP 127.0.0.1:10143: login refused for 'mailer@acme.test' (b'[AUTHENTICATIONFAILED]')"


class RefusingInbox:
    """The mailbox's password was rotated: every read is refused."""

    def __init__(self, settings):
        pass

    def count_own(self, folder, domain):
        raise InboxError(REFUSED)

    def close(self):
        pass


class NoSmtp:
    def __init__(self, server):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.fixture
def notify_socket(monkeypatch):
    folder = tempfile.mkdtemp(prefix="wd-", dir="/tmp")  # a unix socket path must stay short
    path = os.path.join(folder, "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(0.2)
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    yield sock
    sock.close()
    os.unlink(path)
    os.rmdir(folder)


def heard(sock) -> list[str]:
    got = []
    while True:
        try:
            got.append(sock.recv(4096).decode())
        except OSError:  # timed out: nothing more
            return got


def daemon(tmp_path) -> Daemon:
    make_config(tmp_path)
    return Daemon(ConfigSource(tmp_path / "config.yaml"), FixedClock(NOW), inbox_factory=RefusingInbox,
                  session_factory=NoSmtp)


def test_a_pass_whose_inbox_read_failed_still_pings_the_watchdog(tmp_path, notify_socket):
    d = daemon(tmp_path)
    reports = [d.tick() for _ in range(3)]
    d.close()
    assert all(r.error.startswith("read: ") for r in reports)  # the outage is still an outage for health
    assert heard(notify_socket) == ["WATCHDOG=1"] * 3  # on main: none, and systemd killed the daemon


def test_run_once_reports_the_outage_without_promising_to_keep_trying(tmp_path, caplog):
    d = daemon(tmp_path)
    caplog.set_level(logging.INFO, logger="mailer")
    report = d.once()
    d.close()
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert report.error and errors == [f"read: {REFUSED}"]


def test_the_daemon_still_says_it_keeps_trying(tmp_path, caplog):
    d = daemon(tmp_path)
    caplog.set_level(logging.INFO, logger="mailer")
    d.tick()
    d.close()
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR] == [
        f"read: {REFUSED} (will keep trying)"]
