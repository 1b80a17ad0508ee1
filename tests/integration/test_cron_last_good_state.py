"""cron's `run --once` on the last good config runs only in the state config.yaml names, on a config naming that
very state (review10 finding 1), on the real stack: a state moved by copying and then a YAML syntax error runs on
the moved state, not on the abandoned default, and sends nothing twice; a state repointed at a copy with a typo in
the same edit exits 2 naming both databases, and sends nothing."""

from datetime import datetime, timezone
import shutil
import sqlite3
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")


def at(*args) -> str:
    return datetime(*args, tzinfo=LON).astimezone(timezone.utc).isoformat()


def outbox(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]


def test_a_moved_state_and_a_syntax_error_run_on_the_moved_state_and_a_repoint_with_a_typo_refuses(world):
    path = world.write_config()
    good = path.read_text()
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], subject="Candidate: Jane Doe – Backend",
               date=datetime(2026, 11, 23, 10, tzinfo=LON), sender_name="Rita Recruiter")
    world.wait_for(world.mailer, 1)
    first = world.cli("run", "--once", "--now", at(2026, 11, 23, 10, 5))  # on mailer.db beside the file
    assert first.returncode == 0, first.stderr
    assert len(world.wait_for(world.addr("maria"), 1)) == 1

    (world.tmp / "live").mkdir()
    shutil.copy(world.tmp / "mailer.db", world.tmp / "live" / "mailer.db")  # ops moves the state by copying
    moved = good.replace("\nimap:", "\nstate: live/mailer.db\nimap:", 1)
    path.write_text(moved)
    on_live = world.cli("run", "--once", "--now", at(2026, 11, 23, 10, 10))
    assert on_live.returncode == 0, on_live.stderr
    abandoned = outbox(world.tmp / "mailer.db")

    path.write_text(moved.replace("from_name: Acme Recruiting", "from_name: Acme: Recruiting"))  # syntax error
    nudge = world.cli("run", "--once", "--now", at(2026, 11, 25, 10, 5))  # the first nudge is due
    assert nudge.returncode == 3, nudge.stderr
    assert "mails sent: 1" in nudge.stdout, nudge.stdout
    again = world.cli("run", "--once", "--now", at(2026, 11, 25, 10, 10))
    assert again.returncode == 3 and "mails sent: 0" in again.stdout, (again.stdout, again.stderr)
    assert outbox(world.tmp / "mailer.db") == abandoned  # the old default was not run on
    assert len(world.settle(world.addr("maria"), 2)) == 2  # the submission and one nudge, nothing twice

    shutil.copy(world.tmp / "live" / "mailer.db", world.tmp / "b.db")  # a second copy, repointed with a typo
    typo = moved.replace("state: live/mailer.db", "state: b.db").replace("folder: INBOX", "folder: INBOX\n  colour: red")
    path.write_text(typo)
    refused = world.cli("run", "--once", "--now", at(2026, 11, 27, 10, 5))  # the second nudge would be due
    live, copy = (world.tmp / "live" / "mailer.db").resolve(), (world.tmp / "b.db").resolve()
    assert refused.returncode == 2, (refused.stdout, refused.stderr)
    assert f"recorded in {copy} runs on state {live}, not on {copy}" in refused.stderr, refused.stderr
    assert len(world.settle(world.addr("maria"), 2)) == 2
