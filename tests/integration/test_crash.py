"""Nothing lost, nothing sent twice: the daemon process is killed at each dangerous line, then restarted."""

from datetime import datetime, timedelta, timezone
import os
import random
import signal
import subprocess
import sys
import time
from zoneinfo import ZoneInfo

import pytest

from helpers import ROOT
from mailer.store import Store

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
SUBMITTED = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
DUE = datetime(2026, 11, 25, 15, 0, tzinfo=LON)  # both due and open: 15:00 London is 10:00 New York
CRASHED = 86  # mailer.faults exit code


def iso(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat()


def run_once(world, now: datetime, crash_at: str | None = None):
    env = {"MAILER_CRASH_AT": crash_at} if crash_at else {"MAILER_CRASH_AT": ""}
    return world.cli("run", "--once", "--now", iso(now), env=env)


def followups(world, manager: str) -> list:
    return [m for m in world.messages(world.addr(manager)) if m["Subject"].startswith("Re: ")]


def submit_three(world):
    for i, name in enumerate(["Ann Able", "Bob Baker", "Cy Cole"]):
        world.send(world.addr("rita"), [world.addr(["maria", "nate", "maria"][i])], [world.mailer],
                   subject=f"Candidate: {name} – Engineer", date=SUBMITTED + timedelta(minutes=i))
    world.wait_for(world.mailer, 3)


@pytest.mark.parametrize("point", ["state_create_before_commit", "ingest_mid_batch", "ingest_after_commit"])
def test_crash_while_reading_mail_loses_no_submission(world, point):
    submit_three(world)
    result = run_once(world, SUBMITTED + timedelta(hours=1), crash_at=point)
    assert result.returncode == CRASHED, result.stderr
    assert run_once(world, SUBMITTED + timedelta(hours=1)).returncode == 0
    store = Store(world.tmp / "mailer.db")
    assert sorted(s.candidate for s in store.all_submissions()) == ["Ann Able", "Bob Baker", "Cy Cole"]
    store.close()


@pytest.mark.parametrize("point", ["submission_between_candidates", "ingest_mid_batch"])
def test_crash_between_the_candidates_of_one_mail_records_them_all_once(world, point):
    """One mail naming two candidates: killed after the first is written, the restart reads the mail again whole."""
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], subject="Ann Able & Bob Baker – Engineer",
               date=SUBMITTED)
    world.wait_for(world.mailer, 1)
    result = run_once(world, SUBMITTED + timedelta(hours=1), crash_at=point)
    assert result.returncode == CRASHED, result.stderr
    killed = Store(world.tmp / "mailer.db")
    assert killed.all_submissions() == []  # not half of the mail: its transaction never committed
    killed.close()
    assert run_once(world, SUBMITTED + timedelta(hours=1)).returncode == 0
    assert run_once(world, SUBMITTED + timedelta(hours=2)).returncode == 0
    store = Store(world.tmp / "mailer.db")
    assert [(s.candidate, s.role) for s in store.all_submissions()] == [("Ann Able", "Engineer"), ("Bob Baker", "Engineer")]
    store.close()


@pytest.mark.parametrize("point", ["queue_before_commit", "send_after_claim", "send_after_smtp", "send_after_mark"])
def test_crash_while_sending_never_duplicates_a_followup(world, point):
    world.write_config(group="per_candidate")
    submit_three(world)
    assert run_once(world, SUBMITTED + timedelta(hours=1)).returncode == 0

    result = run_once(world, DUE, crash_at=point)
    assert result.returncode == CRASHED, result.stderr
    # Restart at once, then again after the resend window: each follow-up exists exactly once.
    run_once(world, DUE + timedelta(minutes=1))
    world.delivered(world.mailer)  # the delivery copies of the follow-ups sent so far come back
    run_once(world, DUE + timedelta(minutes=2))
    run_once(world, DUE + timedelta(minutes=15))
    maria = world.settle(world.addr("maria"), 2 + 1)
    nate = world.settle(world.addr("nate"), 1 + 1)
    maria_followups = [m["Subject"] for m in maria if m["Subject"].startswith("Re: ")]
    nate_followups = [m["Subject"] for m in nate if m["Subject"].startswith("Re: ")]
    # Maria has two candidates but at most one nudge a day; Nate has one.
    assert len(maria_followups) == 1, maria_followups
    assert nate_followups == ["Re: Candidate: Bob Baker – Engineer"]
    store = Store(world.tmp / "mailer.db")
    assert {row.state for row in store.outbox()} == {"sent"}
    store.close()


def test_crash_mid_send_without_copy_is_resent_once_after_the_window(world):
    """Killed after claiming, before a byte went out: nothing arrives, so it is sent once, later."""
    submit_three(world)
    run_once(world, SUBMITTED + timedelta(hours=1))
    assert run_once(world, DUE, crash_at="send_after_claim").returncode == CRASHED
    run_once(world, DUE + timedelta(minutes=5))   # inside the window: wait for a copy that may be in flight
    assert len(world.settle(world.addr("maria"), 2)) == 2
    run_once(world, DUE + timedelta(minutes=11))  # past it: send
    assert len(world.settle(world.addr("maria"), 3)) == 3


def sigkill_rounds(world, candidates: int, rounds: int, seed: int) -> None:
    """A real `mailer run` under load is SIGKILLed at random moments; afterwards the state is still exact."""
    world.write_config(group="per_candidate")
    rng = random.Random(seed)
    names = [f"Cand{i} Person" for i in range(candidates)]
    for i, name in enumerate(names):
        world.send(world.addr("rita"), [world.addr("nate" if i % 2 else "maria")], [world.mailer],
                   subject=f"Candidate: {name} – Engineer", date=SUBMITTED + timedelta(minutes=i))
    world.wait_for(world.mailer, len(names))
    env = {**os.environ, "MAILER_TEST_PASSWORD": world.stack.password}
    for attempt in range(rounds):
        proc = subprocess.Popen([sys.executable, "-m", "mailer", "run", "--now", iso(DUE + timedelta(days=attempt * 3)),
                                 "--config", str(world.tmp / "config.yaml")], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    # A final clean pass well after everything was due settles the queue.
    final = DUE + timedelta(days=3 * rounds + 40)
    run_once(world, final)
    run_once(world, final + timedelta(minutes=11))
    run_once(world, final + timedelta(minutes=12))
    store = Store(world.tmp / "mailer.db")
    assert sorted(s.candidate for s in store.all_submissions()) == sorted(names)  # nothing lost
    sent = [row for row in store.outbox() if row.state == "sent"]
    assert {row.state for row in store.outbox()} <= {"sent", "cancelled"}  # nothing stuck
    assert all(len(v) <= 3 for v in store.steps_taken().values())
    store.close()
    # Nothing sent twice: every mail a manager got from mailer has its own Message-ID and a sent outbox row.
    received = [m["Message-ID"].strip("<>") for who in ("maria", "nate") for m in world.messages(world.addr(who))
                if m["From"] and world.mailer in m["From"]]
    assert len(received) == len(set(received))
    people = {world.addr("maria"), world.addr("nate")}
    assert set(received) == {row.message_id for row in sent if people & set(row.recipients)}


def test_sigkill_at_random_moments_of_a_running_daemon(world):
    sigkill_rounds(world, candidates=8, rounds=6, seed=1234)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [7, 99, 2026])
def test_sigkill_soak(world, seed):
    """Opt-in (--run-slow): 24 candidates, 30 SIGKILLs of a running daemon per seed (about 30 s each)."""
    sigkill_rounds(world, candidates=24, rounds=30, seed=seed)
