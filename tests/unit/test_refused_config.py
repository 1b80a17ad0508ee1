"""While config.yaml holds an edit the running daemon refused, status, check --health and plan read the state with
the last good config the daemon recorded, say so, and never show only the error (the integration twin with a
real daemon: tests/integration/test_ops.py)."""

from datetime import datetime, timedelta, timezone
import json
import os
import socket
import subprocess
import sys

from forkrun import run_mailer
from helpers import ROOT, config_text
from mailer.clock import FixedClock
from mailer.config import lastgood
from mailer.config.load import ConfigSource
from mailer.daemon import Daemon
from mailer.health import STARTED
from mailer.store import Store
from mailer.store.health import ERROR, READ, Beat
from mailer.store.lock import Holder, lock_path, process_started

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
BAD_ZONE = "timezone: America/New_York"


def mailer(*args):
    env = {**os.environ, "MAILER_TEST_PASSWORD": "secret"}
    return run_mailer(ROOT, list(args), env)


def dead_pid() -> int:
    """A pid that was a process a moment ago and is no more."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def hold_lock(state, pid):
    """The lock file as the daemon with this pid writes it (StateLock.acquire): pid, host, start time."""
    lock_path(state.resolve()).write_text(Holder(pid, socket.gethostname(), process_started(pid) or None).line())


def running(tmp_path, config_extra="", state="mailer.db", beat_ago=timedelta(minutes=1), pid=None):
    """A state as a daemon leaves it: two open submissions, the config it loaded recorded, a recent read,
    and the refused edit in its current error; its lock names a live process (this test's, by default).
    Then config.yaml gets that bad edit."""
    path = tmp_path / "config.yaml"
    good = config_text() + config_extra
    path.write_text(good)
    store = Store(tmp_path / state)
    with store.transaction():
        for i, name in enumerate(["Ann Able", "Bob Baker"]):
            store.add_submission(f"k{i}", "maria@acme.test", "rita@acme.test", name, "Engineer",
                                 f"Candidate: {name} – Engineer", f"m{i}@x", (),
                                 datetime(2026, 11, 23, 10 + i, tzinfo=timezone.utc))
        lastgood.record(store, path, good, NOW - timedelta(hours=2))
        store.beat(STARTED, NOW - timedelta(hours=2))
        store.beat(READ, NOW - beat_ago)
        store.error_now(NOW - timedelta(minutes=5), "config: config.yaml:30: managers[1].timezone: unknown time zone")
    store.close()
    hold_lock(tmp_path / state, pid or os.getpid())
    bad = good.replace(BAD_ZONE, "timezone: Mars/Olympus")
    assert bad != good
    path.write_text(bad)
    line = next(i for i, text in enumerate(bad.splitlines(), 1) if "Mars/Olympus" in text)
    return str(path), f"config.yaml:{line}: managers[1].timezone: unknown time zone 'Mars/Olympus'"


def test_the_daemon_records_each_config_it_runs_on_once_and_not_a_refused_one(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(config_text())
    daemon = Daemon(ConfigSource(path), FixedClock(NOW))
    try:
        daemon._remember(daemon.config, NOW)
        kept = lastgood.recorded(daemon.store)
        assert kept.text == config_text() and kept.path == path.resolve() and kept.loaded_at == NOW
        daemon._remember(daemon.config, NOW + timedelta(hours=1))  # the same config: not written again
        assert lastgood.recorded(daemon.store).loaded_at == NOW

        path.write_text(config_text().replace(BAD_ZONE, "timezone: Mars/Olympus"))
        os.utime(path, ns=(1, 1))
        daemon._remember(daemon.source.refresh(), NOW + timedelta(hours=2))
        assert daemon.source.last_error and lastgood.recorded(daemon.store).text == config_text()

        edited = config_text().replace("from_name: Acme Recruiting", "from_name: Acme Talent")
        path.write_text(edited)
        os.utime(path, ns=(2, 2))
        daemon._remember(daemon.source.refresh(), NOW + timedelta(hours=3))
        kept = lastgood.recorded(daemon.store)
        assert kept.text == edited and kept.loaded_at == NOW + timedelta(hours=3)
    finally:
        daemon.close()


def test_status_lists_the_open_submissions_under_a_warning_and_exits_0(tmp_path):
    cfg, problem = running(tmp_path)
    out = mailer("status", "--now", NOW.isoformat(), "--config", cfg)
    assert out.returncode == 0, out.stderr
    assert problem in out.stderr and "Traceback" not in out.stderr
    assert out.stdout.startswith("WARNING: ") and "cannot be loaded" in out.stdout
    assert "loaded by the daemon Tue 24 Nov 10:00 GMT" in out.stdout
    assert "The daemon is running on that last good config: mail still flows." in out.stdout
    assert f"daemon: running (pid {os.getpid()})" in out.stdout
    # The refused edit is reported apart: the daemon's own health is what remains, and it is good.
    assert "mailer: healthy" in out.stdout and "ERROR since" not in out.stdout
    assert "Ann Able" in out.stdout and "Bob Baker" in out.stdout


def test_status_json_carries_the_refused_config(tmp_path):
    cfg, problem = running(tmp_path)
    out = mailer("status", "--json", "--now", NOW.isoformat(), "--config", cfg)
    assert out.returncode == 0, out.stderr
    facts = json.loads(out.stdout)
    assert [problem in p for p in facts["config"]["problems"]] == [True]
    assert facts["config"]["last_good_loaded_at"] == (NOW - timedelta(hours=2)).isoformat()
    assert facts["health"]["ok"] and len(facts["submissions"]) == 2
    assert facts["daemon"] == {"process": "running", "pid": os.getpid(), "host": socket.gethostname()}


def test_check_health_stays_non_zero_but_says_the_mail_flows(tmp_path):
    cfg, problem = running(tmp_path)
    out = mailer("check", "--health", "--now", NOW.isoformat(), "--config", cfg)
    assert out.returncode == 2
    assert problem in out.stderr and "Traceback" not in out.stderr
    assert "mail still flows" in out.stdout and "CONFIG REFUSED (exit 2); the daemon itself: healthy" in out.stdout
    assert "last inbox read: Tue 24 Nov 11:59 GMT" in out.stdout


def test_once_the_file_is_fixed_the_refused_edit_no_longer_makes_the_daemon_unhealthy(tmp_path):
    # The daemon stored the refusal in its error; until its next pass reads the fixed file (a minute later, or
    # never while it is stopped) status said "UNHEALTHY … ERROR …: config: …" about a file that now loads, and
    # check --health exited 1.
    cfg, problem = running(tmp_path)
    (tmp_path / "config.yaml").write_text(config_text())
    status = mailer("status", "--now", NOW.isoformat(), "--config", cfg)
    assert status.returncode == 0, status.stderr
    assert "mailer: healthy" in status.stdout and "ERROR since" not in status.stdout
    assert "config: the edit the daemon refused is fixed in config.yaml; the daemon takes it at its next pass" \
        in status.stdout
    health = mailer("check", "--health", "--now", NOW.isoformat(), "--config", cfg)
    assert health.returncode == 0 and "ERROR since" not in health.stdout, health.stdout
    facts = json.loads(mailer("status", "--json", "--now", NOW.isoformat(), "--config", cfg).stdout)
    assert facts["health"]["ok"] and facts["config"] is None


def test_a_daemon_with_its_own_outage_is_not_said_to_send(tmp_path):
    cfg, _ = running(tmp_path)
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        store.error_now(NOW, "read: IMAP 127.0.0.1:9: connection refused; config: config.yaml:30: bad")
    store.close()
    out = mailer("check", "--health", "--now", NOW.isoformat(), "--config", cfg)
    assert out.returncode == 2 and "the daemon itself: UNHEALTHY" in out.stdout
    assert "it also reports a problem of its own" in out.stdout and "mail still flows" not in out.stdout
    assert "connection refused" in out.stdout and "config.yaml:30: bad" not in out.stdout


def test_a_daemon_whose_pid_is_gone_is_stopped_despite_a_recent_heartbeat(tmp_path):
    gone = dead_pid()
    cfg, _ = running(tmp_path, beat_ago=timedelta(minutes=1), pid=gone)
    out = mailer("status", "--now", NOW.isoformat(), "--config", cfg)
    assert out.returncode == 0, out.stderr
    assert "The daemon is stopped (last pass at Tue 24 Nov 11:59 GMT)" in out.stdout
    assert "refuses to start on config.yaml" in out.stdout
    assert "daemon: stopped (last pass at Tue 24 Nov 11:59 GMT)" in out.stdout
    assert "running" not in out.stdout.replace("a running mailer", "") and "Ann Able" in out.stdout
    facts = json.loads(mailer("status", "--json", "--now", NOW.isoformat(), "--config", cfg).stdout)
    assert facts["daemon"]["process"] == "stopped" and facts["daemon"]["pid"] == gone


def test_plan_plans_with_the_last_good_config_and_warns_on_standard_error(tmp_path):
    cfg, problem = running(tmp_path)
    out = mailer("plan", "--at", "2026-11-25T13:00Z", "--now", NOW.isoformat(), "--config", cfg)
    assert out.returncode == 0, out.stderr
    assert problem in out.stderr and "mail still flows" in out.stderr
    assert "Ann Able, Bob Baker" in out.stdout and "WARNING" not in out.stdout


def test_the_state_is_found_through_the_bad_files_own_state_key(tmp_path):
    (tmp_path / "kept").mkdir()
    cfg, _ = running(tmp_path, config_extra="state: kept/state.db\n", state="kept/state.db")
    assert not (tmp_path / "mailer.db").exists()
    out = mailer("status", "--now", NOW.isoformat(), "--config", cfg)
    assert out.returncode == 0 and "Ann Able" in out.stdout, out.stderr


def test_a_file_that_is_no_yaml_at_all_falls_back_to_mailer_db_beside_it(tmp_path):
    cfg, _ = running(tmp_path)
    with open(cfg, "a") as f:
        f.write("managers: [unclosed\n")
    out = mailer("status", "--now", NOW.isoformat(), "--config", cfg)
    assert out.returncode == 0, out.stderr
    assert "YAML syntax" in out.stderr and "Ann Able" in out.stdout and "mail still flows" in out.stdout


def test_without_a_recorded_config_the_error_stands_as_before(tmp_path):
    cfg, problem = running(tmp_path)
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        store.db.execute("DELETE FROM meta WHERE key=?", (lastgood.LAST_GOOD,))
    store.close()
    for args in (("status",), ("check", "--health"), ("plan",)):
        out = mailer(*args, "--now", NOW.isoformat(), "--config", cfg)
        assert out.returncode == 2 and problem in out.stderr and out.stdout == "", args


def test_a_config_recorded_for_another_file_is_not_used(tmp_path):
    cfg, problem = running(tmp_path)
    other = tmp_path / "other.yaml"
    other.write_text((tmp_path / "config.yaml").read_text())
    out = mailer("status", "--now", NOW.isoformat(), "--config", str(other))
    assert out.returncode == 2 and "other.yaml" in out.stderr and "Ann Able" not in out.stdout


def test_only_the_refused_edit_is_left_out_of_the_daemons_error():
    at = NOW
    plain = {READ: Beat(at)}
    assert lastgood.without_config_error({**plain, ERROR: Beat(at, "config: x.yaml:3: bad")}) == plain
    both = lastgood.without_config_error({**plain, ERROR: Beat(at, "read: refused; send: down; config: x.yaml:3: bad")})
    assert both[ERROR] == Beat(at, "read: refused; send: down")
    own = {**plain, ERROR: Beat(at, "read: refused")}
    assert lastgood.without_config_error(own) == own


def test_an_edit_moving_the_state_shows_the_state_the_daemon_keeps(tmp_path):
    cfg, _ = running(tmp_path)
    (tmp_path / "config.yaml").write_text(config_text() + "state: elsewhere.db\n")
    out = mailer("status", "--now", NOW.isoformat(), "--config", cfg)
    assert out.returncode == 0, out.stderr
    assert f"state: no database at {tmp_path / 'elsewhere.db'}; a running mailer keeps {tmp_path / 'mailer.db'}" \
        in out.stderr
    assert "mail still flows" in out.stdout and "Ann Able" in out.stdout
    assert not (tmp_path / "elsewhere.db").exists()
    assert mailer("check", "--health", "--now", NOW.isoformat(), "--config", cfg).returncode == 2


def test_a_good_file_before_the_first_run_still_says_there_is_no_state(tmp_path):
    (tmp_path / "config.yaml").write_text(config_text())
    out = mailer("status", "--config", str(tmp_path / "config.yaml"))
    assert out.returncode == 2 and "no state database at" in out.stderr and "WARNING" not in out.stdout


def test_every_state_command_acts_on_the_last_good_config_under_the_same_warning(tmp_path):
    """Ops need these most while config.yaml is broken: none of them stops with the config error any more."""
    cfg, problem = running(tmp_path)
    now = ("--now", NOW.isoformat())
    for args in (("quarantine", *now), ("report", "--format", "csv", *now), ("journal", "rita@acme.test"),
                 ("mentors", *now), ("backup", str(tmp_path / "copy.db"))):
        out = mailer(*args, "--config", cfg)
        assert out.returncode == 0, (args, out.stderr)
        assert problem in out.stderr and "Traceback" not in out.stderr, args
        assert "The daemon is running on that last good config" in out.stderr, args
        assert "WARNING" not in out.stdout, args  # standard output stays the command's own
    copy = Store(tmp_path / "copy.db", must_exist=True)
    assert [s.candidate for s in copy.all_submissions()] == ["Ann Able", "Bob Baker"]
    copy.close()


def test_close_forget_and_clear_under_a_refused_edit_say_which_config_they_used(tmp_path):
    cfg, problem = running(tmp_path)
    closed = mailer("close", "1", "--by", "Olga Ops", "--now", NOW.isoformat(), "--config", cfg)
    assert closed.returncode == 0, closed.stderr
    assert "#1 Ann Able: closed by Olga Ops" in closed.stdout and problem in closed.stderr
    assert ("`mailer close` acts on that last good config, not on the refused edit of config.yaml: the recruiter's "
            "confirmation mail is composed with it") in closed.stderr
    forgotten = mailer("forget", "Bob Baker", "--by", "Olga Ops", "--now", NOW.isoformat(), "--config", cfg)
    assert forgotten.returncode == 0 and "`mailer forget` acts on that last good config" in forgotten.stderr
    cleared = mailer("address", "clear", "maria@acme.test", "--now", NOW.isoformat(), "--config", cfg)
    assert "`mailer address clear` acts on that last good config" in cleared.stderr, cleared.stderr
    store = Store(tmp_path / "mailer.db")
    try:
        assert {s.candidate: s.decision for s in store.all_submissions()} == {"Ann Able": "closed",
                                                                              "Bob Baker": "forgotten"}
        queued = [row for row in store.db.execute("SELECT kind FROM outbox")]
        assert len([r for r in queued if r[0] == "ops_notice"]) >= 2  # the recruiter's confirmations, for the daemon
    finally:
        store.close()


def test_check_and_run_still_refuse_the_bad_file(tmp_path):
    # `run --once` (cron) runs on the last good config instead: tests/unit/test_run_once_last_good.py
    cfg, problem = running(tmp_path)
    for args in (("check",), ("run",)):
        out = mailer(*args, "--now", NOW.isoformat(), "--config", cfg)
        assert out.returncode == 2 and problem in out.stderr and "WARNING" not in out.stdout + out.stderr, args
