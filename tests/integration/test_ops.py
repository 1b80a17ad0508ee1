"""Run unattended (issue 15): a lost state is refused, one daemon per state, health visible to people and
monitors, plan --day equal to what the daemon then sends, and ops commands confirmed by mail."""

from datetime import datetime, timedelta, timezone
import os
import signal
import subprocess
import sys
import time
from zoneinfo import ZoneInfo

import pytest

from helpers import ROOT
from mailer.compose import environment
from mailer.forecast import forecast
from mailer.model import State
from mailer.store import Store

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
NY = ZoneInfo("America/New_York")


def lon(*args):
    return datetime(*args, tzinfo=LON).astimezone(timezone.utc)


def ny(*args):
    return datetime(*args, tzinfo=NY).astimezone(timezone.utc)


def iso(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat()


def submit(world, manager="maria", when=None, subject="Candidate: Jane Doe – Senior Backend Engineer"):
    return world.send(world.addr("rita"), [world.addr(manager)], [world.mailer], subject=subject, date=when,
                      sender_name="Rita Recruiter")


def test_a_moved_state_database_is_refused_with_what_to_do(world):
    submit(world, when=lon(2026, 11, 23, 10, 0))
    world.wait_for(world.mailer, 1)
    assert world.cli("run", "--once", "--now", iso(lon(2026, 11, 23, 10, 5))).returncode == 0
    assert world.cli("run", "--once", "--now", iso(lon(2026, 11, 25, 10, 5))).returncode == 0  # the first nudge
    assert len(world.wait_for(world.mailer, 2)) == 2  # mailer's delivery copy of it is in its inbox now

    aside = world.tmp / "aside"
    aside.mkdir()
    for path in world.tmp.glob("mailer.db*"):
        path.rename(aside / path.name)
    # `mailer check` fails the lost state as `run` refuses it (it said "ok state: not created yet", exit 0).
    check = world.cli("check")
    assert check.returncode == 1 and "FAIL state: the state database" in check.stdout, check.stdout
    assert "is new, but INBOX of " + world.mailer + " already holds 1 mail(s)" in check.stdout
    assert not (world.tmp / "mailer.db").exists()  # check creates nothing
    result = world.cli("run", "--once", "--now", iso(lon(2026, 11, 26, 10, 5)))
    assert result.returncode == 2, result.stderr
    assert "is new, but INBOX of " + world.mailer + " already holds 1 mail(s)" in result.stderr
    assert "Restore the database" in result.stderr and "mailer init --fresh" in result.stderr
    assert "Traceback" not in result.stderr
    refused = Store(world.tmp / "mailer.db")
    assert refused.folder_state("INBOX") is None and refused.all_submissions() == []  # nothing was read
    refused.close()

    # An existing file that holds no state (emptied by accident) is refused too, not silently re-created.
    for path in world.tmp.glob("mailer.db*"):
        path.unlink()
    (world.tmp / "mailer.db").write_bytes(b"")
    result = world.cli("run", "--once", "--now", iso(lon(2026, 11, 26, 10, 5)))
    assert result.returncode == 2 and "exists but holds no mailer state" in result.stderr

    # Restored: everything is where it was; the open candidate is still followed up.
    (world.tmp / "mailer.db").unlink()
    for path in aside.iterdir():
        path.rename(world.tmp / path.name)
    assert world.cli("run", "--once", "--now", iso(lon(2026, 11, 27, 10, 5))).returncode == 0
    store = Store(world.tmp / "mailer.db")
    assert [s.state for s in store.all_submissions()] == [State.OPEN]
    store.close()
    assert "FAIL state" not in world.cli("check").stdout  # the restored state has read this inbox

    # Starting over on purpose is one command, and then reading goes on.
    for path in world.tmp.glob("mailer.db*"):
        path.unlink()
    result = world.cli("init", "--fresh")
    assert result.returncode == 0, result.stderr
    assert "FAIL state" not in world.cli("check").stdout  # started over on purpose
    assert world.cli("run", "--once", "--now", iso(lon(2026, 11, 27, 11, 0))).returncode == 0


def test_backup_while_running_restores_every_submission(world):
    submit(world, when=lon(2026, 11, 23, 10, 0))
    submit(world, when=lon(2026, 11, 23, 10, 1), subject="Candidate: Omar Haddad – Data")
    world.wait_for(world.mailer, 2)
    daemon = world.daemon(lon(2026, 11, 23, 10, 5))
    daemon.tick()  # the daemon holds the database open (WAL) while the backup is taken
    result = world.cli("backup", str(world.tmp / "copy.db"))
    assert result.returncode == 0, result.stderr
    daemon.close()
    copy = Store(world.tmp / "copy.db", must_exist=True)
    assert sorted(s.candidate for s in copy.all_submissions()) == ["Jane Doe", "Omar Haddad"]
    assert copy.folder_state("INBOX") is not None
    copy.close()
    assert not (world.tmp / "copy.db-wal").exists()  # one self-contained file


def test_a_second_daemon_on_the_same_state_is_refused_with_the_pid(world):
    config = world.write_config(poll_every="1 hour")
    out = (world.tmp / "daemon.log").open("w")
    env = {**os.environ, "MAILER_TEST_PASSWORD": world.stack.password}
    proc = subprocess.Popen([sys.executable, "-m", "mailer", "run", "--now", iso(lon(2026, 11, 23, 10)), "--config",
                             str(config)], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while "mailer running" not in (world.tmp / "daemon.log").read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        for args in (("run", "--once"), ("run",)):
            second = world.cli(*args, "--now", iso(lon(2026, 11, 23, 10)), timeout=20)
            assert second.returncode == 2
            assert f"another mailer (pid {proc.pid}) is running on {world.tmp / 'mailer.db'}" in second.stderr
        assert world.cli("status").returncode == 0  # read-only commands still work
        assert world.cli("plan", "--day", "2026-11-24", "--now", iso(lon(2026, 11, 23, 10))).returncode == 0
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        out.close()
    # Its lock went with it, and a lock file left by a dead process is taken over.
    (world.tmp / "mailer.db.lock").write_text("999999\n")
    assert world.cli("run", "--once", "--now", iso(lon(2026, 11, 23, 11))).returncode == 0


def test_a_wrong_password_shows_in_status_in_check_health_and_ops_hear_once(world):
    world.write_config(extra=f"ops: [{world.addr('olga')}]\nhealth:\n  alert_after: 30 minutes\n")
    t0 = lon(2026, 11, 23, 10, 0)
    assert world.cli("run", "--once", "--now", iso(t0)).returncode == 0
    assert world.cli("check", "--health", "--now", iso(t0 + timedelta(minutes=1))).returncode == 0

    wrong = {"MAILER_TEST_PASSWORD": "not-the-password"}
    result = world.cli("run", "--once", "--now", iso(t0 + timedelta(minutes=10)), env=wrong)
    assert result.returncode == 1
    assert "login refused" in result.stderr
    assert "check imap.username and imap.password_env ($MAILER_TEST_PASSWORD)" in result.stderr

    health = world.cli("check", "--health", "--now", iso(t0 + timedelta(minutes=11)))
    assert health.returncode == 1 and "ERROR since" in health.stdout and "login refused" in health.stdout
    status = world.cli("status", "--now", iso(t0 + timedelta(minutes=11)))
    assert status.returncode == 0
    assert status.stdout.startswith("mailer: UNHEALTHY") and "last inbox read: Mon 23 Nov 10:00 GMT" in status.stdout

    for minutes in (45, 50):  # unread for 30 minutes and more: ops are told once, over SMTP, in that pass
        world.cli("run", "--once", "--now", iso(t0 + timedelta(minutes=minutes)), env=wrong)
        if minutes == 45:
            world.wait_for(world.addr("olga"), 1)
    world.cli("run", "--once", "--now", iso(t0 + timedelta(minutes=70)), env=wrong)
    [alert] = world.settle(world.addr("olga"), 1)
    assert alert["Subject"] == "mailer cannot read its inbox"
    text = alert.get_body(("plain",)).get_content()
    assert "since Mon 23 Nov 10:00 Europe/London" in text and "check imap.username" in text

    assert world.cli("run", "--once", "--now", iso(t0 + timedelta(minutes=80))).returncode == 0
    assert world.cli("check", "--health", "--now", iso(t0 + timedelta(minutes=81))).returncode == 0
    world.cli("run", "--once", "--now", iso(t0 + timedelta(minutes=85)))  # back: ops hear that too, in that pass
    world.wait_for(world.addr("olga"), 2)
    world.cli("run", "--once", "--now", iso(t0 + timedelta(minutes=90)))  # once
    assert [m["Subject"] for m in world.settle(world.addr("olga"), 2)] == ["mailer cannot read its inbox",
                                                                          "mailer reads its inbox again"]


def test_plan_day_lists_exactly_what_the_daemon_then_sends(world):
    """Two candidates due the same morning for one manager with a cap of one mail a day, a manager in another
    zone, and a mentor ask: plan over a week, then let the daemon run through it and compare the sent mail."""
    world.write_config(group="per_candidate")
    submit(world, "nate", ny(2026, 11, 23, 10, 0))
    submit(world, "nate", ny(2026, 11, 23, 11, 0), subject="Candidate: Omar Haddad – Staff Data Engineer")
    submit(world, "maria", lon(2026, 11, 24, 14, 30), subject="Candidate: Bo Li – SRE")
    world.wait_for(world.mailer, 3)
    t0 = lon(2026, 11, 24, 15, 0)
    daemon = world.daemon(t0)
    daemon.tick()
    end = lon(2026, 12, 2, 23, 59)
    planned = forecast(daemon.store, daemon.config, environment(daemon.config.templates), t0, end)
    assert len(planned) >= 5

    by_cli = world.cli("plan", "--day", "2026-11-25", "--now", iso(t0))
    assert by_cli.returncode == 0, by_cli.stderr
    # Both of Nate's candidates fall due on Wednesday; the cap of one a day moves Omar to Thursday.
    assert "1 mail(s) from Wed 25 Nov 2026 00:00" in by_cli.stdout
    assert "Wed 25 Nov 15:00" in by_cli.stdout and "Wed 25 Nov 10:00 America/New_York" in by_cli.stdout
    assert "Jane Doe" in by_cli.stdout and "Omar Haddad" not in by_cli.stdout

    # status shows each next nudge as the daemon will send it: Omar's is Thursday, after the cap.
    status = world.cli("status", "--now", iso(t0)).stdout
    omar = next(line for line in status.splitlines() if "Omar Haddad" in line)
    assert "Thu 26 Nov 09:00 EST: step 1" in omar, status

    instants = sorted({p.at for p in planned} | {t0 + timedelta(hours=h) for h in range(1, 8 * 24, 3)})
    for now in (i for i in instants if i <= end):
        daemon.clock.set(now)
        daemon.tick()
    sent = [(row.sent_at, row.person, row.subject) for row in daemon.store.outbox("sent") if row.created_at > t0]
    daemon.close()
    assert sorted(sent) == sorted((p.at, p.to, p.subject) for p in planned)


def test_ops_close_and_clear_are_logged_and_confirmed_to_the_recruiter(world):
    submit(world, when=lon(2026, 11, 23, 10, 0))
    submit(world, "nate", when=lon(2026, 11, 23, 10, 1), subject="Candidate: Omar Haddad – Data")
    world.wait_for(world.mailer, 2)
    assert world.cli("run", "--once", "--now", iso(lon(2026, 11, 23, 10, 5))).returncode == 0
    store = Store(world.tmp / "mailer.db")
    jane = next(s for s in store.all_submissions() if s.candidate == "Jane Doe")
    with store.transaction():
        store.mark_failing(world.addr("nate"), lon(2026, 11, 23, 10, 5), "550 no such user")
    store.close()

    closed = world.cli("close", str(jane.id), "--by", "Olga Ops", "--now", iso(lon(2026, 11, 23, 11)))
    assert closed.returncode == 0, closed.stderr
    assert f"#{jane.id} Jane Doe: closed by Olga Ops" in closed.stdout
    assert world.cli("close", "Jane Doe").returncode == 2  # by id only; forget takes names
    cleared = world.cli("address", "clear", world.addr("nate").upper(), "--by", "Olga Ops", "--now",
                        iso(lon(2026, 11, 23, 11)))
    assert cleared.returncode == 0 and "marked working again by Olga Ops" in cleared.stdout
    again = world.cli("forget", "Nobody Known")
    assert again.returncode == 2 and "no open submission for 'Nobody Known'" in again.stderr

    assert world.cli("run", "--once", "--now", iso(lon(2026, 11, 23, 11, 5))).returncode == 0
    mails = world.settle(world.addr("rita"), 2)
    subjects = sorted(m["Subject"] for m in mails)
    # The notices say who did what in plain words, and how to have a candidate followed up again (no "undo").
    assert subjects == ["Follow-ups stopped by Olga Ops", "mailer: Olga Ops cleared the failing address " + world.addr("nate")]
    closed_mail = next(m for m in mails if m["Subject"] == "Follow-ups stopped by Olga Ops")
    assert "Olga Ops stopped my follow-ups about:" in closed_mail.get_body(("plain",)).get_content()
    assert "send them to the manager again in a new mail" in closed_mail.get_body(("plain",)).get_content()
    assert "Jane Doe (to Maria Manager)" in closed_mail.get_body(("plain",)).get_content()

    forgotten = world.cli("forget", "omar haddad", "--by", "Olga Ops")
    assert forgotten.returncode == 0 and "Omar Haddad: forgotten by Olga Ops" in forgotten.stdout
    store = Store(world.tmp / "mailer.db")
    assert {s.candidate: s.decision for s in store.all_submissions()} == {"Jane Doe": "closed", "Omar Haddad": "forgotten"}
    assert store.failing() == {}
    store.close()


def test_a_refused_config_edit_leaves_status_and_health_telling_the_truth(world):
    """The daemon runs on its last good config while config.yaml holds a bad edit: status still lists the open
    submissions under a warning, check --health stays non-zero yet says the mail flows; fixing the file clears it."""
    t0 = lon(2026, 11, 23, 10)
    config = world.write_config(poll_every="1 hour")  # IDLE wakes it: every pass below follows a mail sent
    out = (world.tmp / "daemon.log").open("w")
    env = {**os.environ, "MAILER_TEST_PASSWORD": world.stack.password}
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "mailer", "run", "--now", iso(t0), "--config", str(config)],
                            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)

    def logged(text):
        deadline = time.monotonic() + 20
        while text not in (world.tmp / "daemon.log").read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        return text in (world.tmp / "daemon.log").read_text()

    def submissions():
        store = Store(world.tmp / "mailer.db")
        try:
            return len(store.all_submissions())
        finally:
            store.close()

    def waited_for(count):
        deadline = time.monotonic() + 20
        while submissions() < count and time.monotonic() < deadline:
            time.sleep(0.2)
        return submissions() == count

    def now():  # the daemon's clock runs from t0 at real speed
        return iso(t0 + timedelta(seconds=time.monotonic() - started + 30))

    try:
        assert logged("mailer running")
        time.sleep(1.0)  # into IDLE after the first pass
        submit(world)
        assert waited_for(1), (world.tmp / "daemon.log").read_text()

        good = config.read_text()
        config.write_text(good.replace("timezone: America/New_York", "timezone: Mars/Olympus"))
        submit(world, manager="nate", subject="Candidate: Bo Li – SRE")
        assert logged("config change refused") and waited_for(2)  # it still reads and records on the old config
        problem = "managers[1].timezone: unknown time zone 'Mars/Olympus'"

        status = world.cli("status", "--now", now())
        assert status.returncode == 0, status.stderr
        assert problem in status.stderr and "Traceback" not in status.stderr
        assert status.stdout.startswith("WARNING: ") and "mail still flows" in status.stdout
        assert "Jane Doe" in status.stdout and "Bo Li" in status.stdout and "Nate Newyork" in status.stdout

        health = world.cli("check", "--health", "--now", now())
        assert health.returncode == 2 and problem in health.stderr
        assert "mail still flows" in health.stdout and "the daemon itself: healthy" in health.stdout

        config.write_text(good.replace("from_name: Acme Recruiting", "from_name: Acme Talent"))
        submit(world, subject="Candidate: Cy Cole – SRE")
        assert logged("config reloaded") and waited_for(3)
        status = world.cli("status", "--now", now())
        assert status.returncode == 0 and status.stderr == "" and "WARNING" not in status.stdout
        assert status.stdout.startswith("mailer: healthy") and "Cy Cole" in status.stdout
        health = world.cli("check", "--health", "--now", now())
        assert health.returncode == 0 and health.stdout.startswith("healthy"), health.stdout
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        out.close()
    assert "Traceback" not in (world.tmp / "daemon.log").read_text()


def test_ops_commands_work_under_a_refused_edit_and_a_killed_daemon_is_stopped(world):
    """While config.yaml holds a bad edit a real daemon refused: `backup` copies its state, `close` closes and the
    daemon, still on its last good config, confirms it to the recruiter. Then the daemon is SIGKILLed within
    health.alert_after of its last heartbeat: status says stopped, not running."""
    t0 = lon(2026, 11, 23, 10)
    config = world.write_config(poll_every="1 hour")  # IDLE wakes it: every pass below follows a mail sent
    log = world.tmp / "daemon.log"
    out = log.open("w")
    env = {**os.environ, "MAILER_TEST_PASSWORD": world.stack.password}
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "mailer", "run", "--now", iso(t0), "--config", str(config)],
                            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)

    def logged(text, count=1):
        deadline = time.monotonic() + 20
        while log.read_text().count(text) < count and time.monotonic() < deadline:
            time.sleep(0.2)
        return log.read_text().count(text) >= count

    def candidates():
        store = Store(world.tmp / "mailer.db")
        try:
            return {s.candidate: s for s in store.all_submissions()}
        finally:
            store.close()

    def waited_for(count):
        deadline = time.monotonic() + 20
        while len(candidates()) < count and time.monotonic() < deadline:
            time.sleep(0.2)
        return len(candidates()) == count

    def now():  # the daemon's clock runs from t0 at real speed
        return iso(t0 + timedelta(seconds=time.monotonic() - started + 30))

    try:
        assert logged("mailer running")
        time.sleep(1.0)
        submit(world)
        assert waited_for(1), log.read_text()
        good = config.read_text()
        config.write_text(good.replace("timezone: America/New_York", "timezone: Mars/Olympus"))
        submit(world, manager="nate", subject="Candidate: Bo Li – SRE")
        assert logged("config change refused") and waited_for(2)
        problem = "managers[1].timezone: unknown time zone 'Mars/Olympus'"

        status = world.cli("status", "--now", now())
        assert status.returncode == 0 and f"daemon: running (pid {proc.pid})" in status.stdout, status.stdout

        backup = world.cli("backup", str(world.tmp / "copy.db"))
        assert backup.returncode == 0, backup.stderr
        assert problem in backup.stderr and "The daemon is running on that last good config" in backup.stderr
        copy = Store(world.tmp / "copy.db", must_exist=True)
        assert sorted(s.candidate for s in copy.all_submissions()) == ["Bo Li", "Jane Doe"]
        copy.close()

        jane = candidates()["Jane Doe"]
        # behind the daemon's clock (it started a moment after `started`): the confirmation is due on its next pass
        behind = iso(t0 + timedelta(seconds=time.monotonic() - started - 10))
        closed = world.cli("close", str(jane.id), "--by", "Olga Ops", "--now", behind)
        assert closed.returncode == 0, closed.stderr
        assert f"#{jane.id} Jane Doe: closed by Olga Ops" in closed.stdout and problem in closed.stderr
        assert "`mailer close` acts on that last good config, not on the refused edit of" in closed.stderr
        assert candidates()["Jane Doe"].decision == "closed"
        submit(world, subject="Candidate: Cy Cole – SRE")  # wakes the daemon: its pass sends the confirmation
        assert waited_for(3), log.read_text()
        mails = world.settle(world.addr("rita"), 1)
        assert [m["Subject"] for m in mails] == ["Follow-ups stopped by Olga Ops"]
        assert "Olga Ops stopped my follow-ups about:" in mails[0].get_body(("plain",)).get_content()

        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=15)
        status = world.cli("status", "--now", now())  # its last heartbeat is seconds old
        assert status.returncode == 0, status.stderr
        assert "daemon: stopped (last pass at " in status.stdout and "The daemon is stopped" in status.stdout
        assert "daemon: running" not in status.stdout and "is running on that last good config" not in status.stdout
        health = world.cli("check", "--health", "--now", now())
        assert health.returncode == 2 and "daemon: stopped (last pass at " in health.stdout
        config.write_text(good)
        health = world.cli("check", "--health", "--now", now())
        assert "daemon: stopped (last pass at " in health.stdout and "daemon: running" not in health.stdout
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        out.close()
    assert "Traceback" not in log.read_text()
