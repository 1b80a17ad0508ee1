"""An ops person's month against the real stack: a state restored from `mailer backup` and a config that points
at another mailbox's state never send a mail twice."""

from datetime import datetime, timedelta, timezone
import os
import shutil
import subprocess
from zoneinfo import ZoneInfo

import pytest

from forkrun import run_mailer
from helpers import ROOT
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


def cli_with(world, config, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MAILER_TEST_PASSWORD": world.stack.password}
    return run_mailer(ROOT, [*args, "--config", str(config)], env)


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


def test_a_second_config_pointing_at_the_same_state_is_refused_and_sends_nothing(world):
    """Team 2's config was copied from team 1's with a new address but the same `state:`; with team 1's daemon
    stopped (so no lock stops it), it must not read its own inbox into team 1's state and nudge team 1's
    managers a second time from its address."""
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=SUBMITTED)
    world.wait_for(world.mailer, 1)
    run_once(world, SUBMITTED + timedelta(hours=1))
    team2 = world.tmp / "team2"
    team2.mkdir()
    text = (world.tmp / "config.yaml").read_text().replace(world.mailer, world.addr("mailer2"))
    (team2 / "config.yaml").write_text(text + f"state: {world.tmp / 'mailer.db'}\n")
    result = cli_with(world, team2 / "config.yaml", "run", "--once", "--now", iso(DUE))
    assert result.returncode == 2, result.stderr
    assert f"belongs to the mailer of {world.mailer}" in result.stderr
    assert "its own `state:` file" in result.stderr and "Traceback" not in result.stderr
    world.settle(world.addr("maria"), 1)
    assert nudges(world) == []
    run_once(world, DUE)  # team 1's own mailer goes on as before
    world.settle(world.addr("maria"), 2)
    assert nudges(world) == ["Re: Candidate: Jane Doe – Backend"]
