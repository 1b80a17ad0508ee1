"""Bounded output on the real stack: a daily cap per person on answers and notices, and the send-rate
breaker that stops sending, tells ops once and resumes by itself."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.integration
MON = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/London"))


def statuses(world, count, sender=None):
    for i in range(count):
        mid = world.send(sender or world.addr("rita"), [world.mailer], subject="status", body=f"status {i}",
                         attachment=None)
        assert world.wait_for_id(world.mailer, mid)


def test_answers_to_one_person_stop_at_the_daily_cap(world):
    world.write_config(extra="limits:\n  mails_per_person_per_day: 3\n")
    statuses(world, 5)
    daemon = world.daemon(MON)
    daemon.tick()
    assert len([r for r in daemon.store.outbox() if r.person == world.addr("rita")]) == 3
    capped = daemon.store.db.execute("SELECT COUNT(*) FROM events WHERE kind='capped'").fetchone()[0]
    assert capped == 2
    # A day later the cap has room again.
    statuses(world, 1)
    daemon.clock.set(MON + timedelta(hours=25))
    daemon.tick()
    assert len([r for r in daemon.store.outbox() if r.person == world.addr("rita")]) == 4
    daemon.close()


def test_the_breaker_stops_sending_tells_ops_once_and_resumes_after_the_hour(world):
    ops = world.addr("ops")
    world.write_config(extra=f"limits:\n  sends_per_hour: 2\nops: [{ops}]\n")
    statuses(world, 3)
    statuses(world, 2, sender=world.addr("sam"))
    daemon = world.daemon(MON)
    first = daemon.tick().delivered
    assert len(first.sent) == 3  # two answers, then only the notice to ops
    assert any(key.startswith("breaker:") for key in first.sent)
    daemon.clock.set(MON + timedelta(minutes=30))
    assert daemon.tick().delivered.sent == []  # still tripped; ops are not told again
    daemon.clock.set(MON + timedelta(minutes=61))
    later = daemon.tick().delivered.sent
    assert len(later) >= 1 and not any(key.startswith("breaker:") for key in later)
    daemon.close()
    [notice] = world.wait_for(ops, 1)
    assert notice["Subject"].startswith("mailer stopped sending")
    assert len(world.settle(ops, 1)) == 1
