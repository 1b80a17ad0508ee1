"""An ops person's month against the real stack: a state restored from `mailer backup` and a config that points
at another mailbox's state never send a mail twice."""

from datetime import datetime, timedelta, timezone
import shutil
from zoneinfo import ZoneInfo

import pytest

from mailer.store import Store

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
SUBMITTED = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
DUE = datetime(2026, 11, 25, 15, 0, tzinfo=LON)  # step 1 is due for Maria's candidate


def iso(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat()


def run_once(world, now: datetime):
    result = world.cli("run", "--once", "--now", iso(now))
    assert result.returncode == 0, result.stderr
    return result


def nudges(world) -> list[str]:
    return [m["Subject"] for m in world.messages(world.addr("maria")) if m["Subject"].startswith("Re: ")]


def test_a_state_restored_from_backup_does_not_send_a_sent_nudge_again(world):
    """Backup, a nudge goes out, the state is restored from the backup (as README says: stop, copy, start): the
    nudge's delivery copy, read again from the inbox, proves it went; Maria gets it once."""
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=SUBMITTED)
    world.wait_for(world.mailer, 1)
    run_once(world, SUBMITTED + timedelta(hours=1))
    backup = world.tmp / "backup.db"
    assert world.cli("backup", str(backup)).returncode == 0
    run_once(world, DUE)
    assert len(world.settle(world.addr("maria"), 2)) == 2
    world.wait_for(world.mailer, 2)  # the nudge's delivery copy is in mailer's inbox
    shutil.copyfile(backup, world.tmp / "mailer.db")
    for leftover in ("mailer.db-wal", "mailer.db-shm"):
        (world.tmp / leftover).unlink(missing_ok=True)
    result = run_once(world, DUE + timedelta(minutes=5))
    assert "it already went out" in result.stderr, result.stderr
    world.settle(world.addr("maria"), 2)
    assert nudges(world) == ["Re: Candidate: Jane Doe – Backend"]
    store = Store(world.tmp / "mailer.db", must_exist=True)
    assert [row.state for row in store.outbox()] == ["sent"]
    store.close()
