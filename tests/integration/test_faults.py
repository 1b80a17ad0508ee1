"""A running daemon while its IMAP and SMTP connections are cut, reset and stalled (tests/integration/faultproxy.py
between mailer and the real Dovecot and Postfix), and while Dovecot itself is stopped and started again (on a
private stack, tests/integration/stack/private.py: the shared one is never restarted): it reconnects with a
capped, jittered backoff, loses and repeats nothing, and logs each outage once."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timedelta
import logging
import random
import threading
import time
from zoneinfo import ZoneInfo

import pytest

from faultproxy import FaultProxy
from mailworld import MailWorld
from mailer.clock import FixedClock
from mailer.config.load import ConfigSource
from mailer.daemon import Daemon, reconnect_delay
from mailer.store import Store
from stack.private import PrivateStack

pytestmark = pytest.mark.integration
MON = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/London"))


class Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage())


@contextmanager
def daemon_running(world: MailWorld, imap_port: int, smtp_port: int):
    """`mailer run` (the real loop, in a thread) on the given ports; yields (clock, log lines)."""
    path = world.write_config(imap_port=imap_port, smtp_port=smtp_port,
                              extra="limits:\n  answers_in_a_row: 100\n  mails_per_person_per_day: 100\n")
    path.write_text(path.read_text().replace("timeout: 10 seconds", "timeout: 2 seconds"))
    clock, records, box = FixedClock(MON), Records(), {}
    logger = logging.getLogger("mailer")
    level = logger.level
    logger.setLevel(logging.INFO)  # "recovered" is said at info
    logger.addHandler(records)

    def main():
        box["daemon"] = Daemon(ConfigSource(path), clock)  # its SQLite connection belongs to this thread
        box["daemon"].run()
    thread = threading.Thread(target=main, daemon=True)
    thread.start()
    try:
        yield clock, records
    finally:
        deadline = time.monotonic() + 10
        while "daemon" not in box and time.monotonic() < deadline:
            time.sleep(0.1)
        box["daemon"].stop_event.set()
        thread.join(timeout=30)
        logger.removeHandler(records)
        logger.setLevel(level)
    assert not thread.is_alive()


@pytest.fixture
def running(world, mail_stack):
    """mailer run behind two fault proxies; yields (imap, smtp, clock, log)."""
    imap, smtp = FaultProxy(mail_stack.host, mail_stack.imap_port), FaultProxy(mail_stack.host, mail_stack.smtp_port)
    try:
        with daemon_running(world, imap.port, smtp.port) as (clock, records):
            yield imap, smtp, clock, records
    finally:
        imap.close()
        smtp.close()


def answers(world) -> list:
    return [m for m in world.messages(world.addr("rita")) if m["From"] and world.mailer in m["From"]]


def wait_answers(world, count: int, clock=None, timeout: float = 60) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = answers(world)
        if len(found) >= count:
            return found
        if clock is not None:  # a send that failed for now is retried a minute later, in mailer's time
            clock.advance(timedelta(seconds=20))
        time.sleep(0.5)
    return answers(world)


def test_cut_reset_and_stalled_connections_lose_nothing_and_each_outage_is_logged_once(world, running):
    imap, smtp, clock, records = running
    asked: list[str] = []

    def ask():
        asked.append(world.send(world.addr("rita"), [world.mailer], subject="status", body="status",
                                attachment=None))

    ask()
    assert len(wait_answers(world, 1)) == 1
    outages = 0
    for proxy, mode in ((imap, "cut"), (imap, "reset"), (imap, "stall"), (smtp, "reset"), (smtp, "stall"),
                        (smtp, "cut")):
        before = proxy.connections
        proxy.set(mode)
        ask()
        ask()
        time.sleep(5)  # the daemon meets the outage and keeps trying, at a growing interval
        tries_during = proxy.connections - before
        proxy.set("pass")
        outages += 1
        got = wait_answers(world, len(asked), clock)
        assert len(got) == len(asked), f"after {mode} on {'IMAP' if proxy is imap else 'SMTP'}"
        assert tries_during <= 6  # backoff 0.5-1, 1-2, 2-4 s …: not a reconnect every poll (1 s) or faster
    time.sleep(2)  # anything sent twice would arrive now
    got = answers(world)
    assert sorted(m["In-Reply-To"].strip("<>") for m in got) == sorted(asked)  # each once, none lost
    failures = [line for line in records.lines if "will keep trying" in line]
    recoveries = [line for line in records.lines if line.startswith("recovered")]
    assert len(failures) == outages and len(recoveries) == outages, failures


def test_reconnect_delay_doubles_is_capped_and_jittered():
    rng = random.Random(8)
    delays = [reconnect_delay(n, cap=60, rng=rng) for n in range(1, 12)]
    assert all(0.5 * min(60, 2 ** (n - 1)) <= d <= min(60, 2 ** (n - 1)) for n, d in zip(range(1, 12), delays))
    assert max(delays) <= 60 and len({round(d, 6) for d in delays[-4:]}) == 4  # capped, and never in step


@pytest.fixture(scope="module")
def own_stack():
    """A Dovecot + Postfix of this module's own: this is the one test that stops Dovecot."""
    stack = PrivateStack()
    try:
        stack.start()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield stack
    stack.stop()


def test_dovecot_stopped_and_started_under_a_running_daemon_loses_and_repeats_nothing(own_stack, tmp_path,
                                                                                       monkeypatch):
    monkeypatch.setenv("MAILER_TEST_PASSWORD", own_stack.mail_stack.password)
    world = MailWorld(own_stack.mail_stack, tmp_path)
    stack = own_stack.mail_stack
    counter = FaultProxy(stack.host, stack.imap_port)  # always "pass": only counts how often mailer connects
    asked: list[str] = []

    def ask():
        asked.append(world.send(world.addr("rita"), [world.mailer], subject="status", body="status",
                                attachment=None))

    try:
        with daemon_running(world, counter.port, stack.smtp_port) as (clock, records):
            ask()
            assert len(wait_answers(world, 1)) == 1
            own_stack.stop_dovecot()
            before = counter.connections
            ask()  # accepted by Postfix, which keeps it queued until Dovecot is back
            time.sleep(8)  # the daemon meets the outage and keeps trying, at a growing interval
            tries_during = counter.connections - before
            ask()
            own_stack.start_dovecot()
            ask()  # after the restart
            got = wait_answers(world, len(asked), clock, timeout=90)
            assert len(got) == len(asked), [line for line in records.lines]
            time.sleep(3)  # anything answered twice would arrive now
            got = answers(world)
    finally:
        counter.close()
    # Every status mail answered exactly once: the one before, the two during and the one after the outage.
    assert sorted(m["In-Reply-To"].strip("<>") for m in got) == sorted(asked)
    assert 2 <= tries_during <= 5  # kept trying, but backing off (0.5-1, 1-2, 2-4 s …), not every poll (1 s)
    failures = [line for line in records.lines if "will keep trying" in line]
    recoveries = [line for line in records.lines if line.startswith("recovered")]
    assert len(failures) == 1 and failures[0].startswith("read: "), failures  # the outage said once
    assert len(recoveries) == 1, recoveries
    store = Store(tmp_path / "mailer.db")
    try:  # and each mail recorded once in mailer's own state
        rows = store.db.execute(f"SELECT message_id, kind FROM messages WHERE message_id IN "
                                f"({','.join('?' * len(asked))})", asked).fetchall()
    finally:
        store.close()
    assert sorted(row[0] for row in rows) == sorted(asked) and {row[1] for row in rows} == {"command"}
