"""A running daemon while its IMAP and SMTP connections are cut, reset and stalled (tests/integration/faultproxy.py
between mailer and the real Dovecot and Postfix): it reconnects with a capped, jittered backoff, loses and
repeats nothing, and logs each outage once."""

from __future__ import annotations

from datetime import datetime, timedelta
import logging
import random
import threading
import time
from zoneinfo import ZoneInfo

import pytest

from faultproxy import FaultProxy
from mailer.clock import FixedClock
from mailer.config.load import ConfigSource
from mailer.daemon import Daemon, reconnect_delay

pytestmark = pytest.mark.integration
MON = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/London"))


class Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage())


@pytest.fixture
def running(world, mail_stack):
    """mailer run (the real loop, in a thread) behind two fault proxies; yields (imap, smtp, clock, log)."""
    imap, smtp = FaultProxy(mail_stack.host, mail_stack.imap_port), FaultProxy(mail_stack.host, mail_stack.smtp_port)
    path = world.write_config(imap_port=imap.port, smtp_port=smtp.port,
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
    yield imap, smtp, clock, records
    box["daemon"].stop_event.set()
    thread.join(timeout=30)
    logger.removeHandler(records)
    logger.setLevel(level)
    imap.close()
    smtp.close()
    assert not thread.is_alive()


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
