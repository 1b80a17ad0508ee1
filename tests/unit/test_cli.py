import re
"""The command line as ops meet it: exit codes and messages, never a traceback."""

from datetime import datetime, timezone
import os
import subprocess
import sys

from helpers import ROOT, config_text
from mailer.store import Store


def mailer(*args, cwd=ROOT):
    env = {**os.environ, "MAILER_TEST_PASSWORD": "secret"}
    return subprocess.run([sys.executable, "-m", "mailer", *args], capture_output=True, text=True, timeout=60,
                          env=env, cwd=cwd)


def test_version_and_help():
    assert mailer("--version").stdout.strip() == "mailer 0.1.0"
    out = mailer("--help").stdout
    for command in ("demo", "run", "plan", "status", "check"):
        assert command in out


def test_demo_offers_no_config_it_would_ignore():
    out = mailer("demo", "--help").stdout
    assert "--keep" in out and "--verbose" in out
    assert "--config" not in out and "no config file is read" in out


def test_bad_config_names_file_line_key_and_exits_2_without_traceback(tmp_path):
    text = config_text(managers=[("nate@acme.test", "Nate", "Europe/Berln")],
                       recruiters=[("rita@acme.test", "Rita Recruiter", None)])  # her mentor unlisted: refused too
    (tmp_path / "config.yaml").write_text(text)
    line = next(i for i, l in enumerate(text.splitlines(), 1) if "Europe/Berln" in l)
    result = mailer("run", "--once", "--config", str(tmp_path / "config.yaml"))
    assert result.returncode == 2
    assert f"config.yaml:{line}: managers[0].timezone: unknown time zone 'Europe/Berln'" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_config_file(tmp_path):
    result = mailer("status", "--config", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2 and "no such config file" in result.stderr and "Traceback" not in result.stderr
    assert f"start one with: mailer example-config -o {tmp_path / 'nope.yaml'}" in result.stderr  # a first-day user


def test_bad_now_is_a_usage_error(tmp_path):
    result = mailer("run", "--once", "--now", "next tuesday")
    assert result.returncode == 2 and "not an ISO-8601 time" in result.stderr


def seeded(tmp_path):
    (tmp_path / "config.yaml").write_text(config_text())
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        for i, name in enumerate(["Ann Able", "Bob Baker"]):
            store.add_submission(f"k{i}", "maria@acme.test", "rita@acme.test", name, "Engineer",
                                 f"Candidate: {name} – Engineer", f"m{i}@x", (),
                                 datetime(2026, 11, 23, 10 + i, tzinfo=timezone.utc))
    store.close()
    return str(tmp_path / "config.yaml")


def test_plan_lists_what_would_go_and_sends_nothing(tmp_path):
    cfg = seeded(tmp_path)
    early = mailer("plan", "--at", "2026-11-24T12:00Z", "--config", cfg)
    assert early.returncode == 0 and "Nothing due" in early.stdout
    due = mailer("plan", "--at", "2026-11-25T13:00Z", "--config", cfg)
    assert due.returncode == 0, due.stderr
    assert re.search(r"maria@acme\.test +digest +Ann Able, Bob Baker +Candidates waiting", due.stdout), due.stdout
    store = Store(tmp_path / "mailer.db")
    assert store.outbox() == []  # plan wrote nothing
    store.close()


def test_status_shows_age_in_business_hours_and_next_nudge(tmp_path):
    cfg = seeded(tmp_path)
    out = mailer("status", "--now", "2026-11-24T12:00Z", "--config", cfg)
    assert out.returncode == 0, out.stderr
    assert "Maria Manager <maria@acme.test>" in out.stdout
    assert "Ann Able" in out.stdout and "10.0" in out.stdout  # Mon 10:00 → Tue 12:00 London: 7 + 3 business hours
    assert "Wed 25 Nov 10:00 GMT: step 1 → maria@acme.test" in out.stdout


def test_check_reports_each_failure_and_exits_1(tmp_path):
    (tmp_path / "config.yaml").write_text(config_text(imap_port=9, smtp_port=9))  # nothing listens on port 9
    result = mailer("check", "--config", str(tmp_path / "config.yaml"))
    assert result.returncode == 1
    assert "ok   template followup_1" in result.stdout and "ok   template digest" in result.stdout
    assert "FAIL IMAP login" in result.stdout and "FAIL SMTP login" in result.stdout
    assert "Traceback" not in result.stderr


def test_status_without_a_database_says_so(tmp_path):
    (tmp_path / "config.yaml").write_text(config_text())
    result = mailer("status", "--config", str(tmp_path / "config.yaml"))
    assert result.returncode == 2 and "no state database at" in result.stderr
    assert not (tmp_path / "mailer.db").exists()


def test_unwritable_state_path_names_the_file(tmp_path):
    (tmp_path / "config.yaml").write_text(config_text() + "state: /proc/nope/mailer.db\n")
    result = mailer("run", "--once", "--config", str(tmp_path / "config.yaml"))
    assert result.returncode == 2 and "cannot open the state database /proc/nope/mailer.db" in result.stderr
    assert "Traceback" not in result.stderr and "bug in mailer" not in result.stderr


def test_quarantine_lists_and_retries_after_the_cause_is_fixed(tmp_path):
    from mailer.store import Store
    (tmp_path / "config.yaml").write_text(config_text())
    store = Store(tmp_path / "mailer.db")
    good = (b"From: rita@acme.test\r\nTo: maria@acme.test\r\nCc: mailer@acme.test\r\nMessage-ID: <q1@x>\r\n"
            b"Subject: Candidate: Jane Doe - SRE\r\n\r\nhi\r\n")
    with store.transaction():  # as if an older mailer had failed on it
        store.quarantine("q1@x", "INBOX", 7, "cannot handle: RuntimeError: old bug", good, datetime.now(timezone.utc))
    store.close()
    cfg = str(tmp_path / "config.yaml")
    listing = mailer("quarantine", "--config", cfg)
    assert listing.returncode == 0 and "q1@x" in listing.stdout and "old bug" in listing.stdout
    status = mailer("status", "--config", cfg)
    assert "1 mail(s) in quarantine" in status.stdout
    retried = mailer("quarantine", "--retry", "all", "--config", cfg)
    assert retried.returncode == 0 and retried.stdout.strip() == "1 submission"
    assert "Quarantine is empty." in mailer("quarantine", "--config", cfg).stdout
    assert mailer("quarantine", "--retry", "nope", "--config", cfg).returncode == 2


def test_status_shows_failing_addresses_absences_and_snoozes(tmp_path):
    from mailer.model import State
    from mailer.store import Store
    cfg = seeded(tmp_path)
    store = Store(tmp_path / "mailer.db")
    now = datetime(2026, 11, 24, 12, tzinfo=timezone.utc)
    with store.transaction():
        store.add_submission("k9", "nate@acme.test", "rita@acme.test", "Omar Haddad", "", "s", "m9@x", (), now)
        store.add_pause("nate@acme.test", now, datetime(2026, 12, 7, 14, tzinfo=timezone.utc), "ooo", None, "x")
        store.decide(1, State.OPEN, "snooze", datetime(2026, 12, 1, 9, tzinfo=timezone.utc))
        store.mark_failing("maria@acme.test", now, "550 5.1.1 no such user")
    store.close()
    out = mailer("status", "--now", "2026-11-24T12:00Z", "--config", cfg).stdout
    assert "Maria Manager <maria@acme.test>  (Europe/London) — ADDRESS FAILING: 550 5.1.1 no such user" in out
    assert "stopped: the address bounces" in out
    assert "— away until Mon 07 Dec 09:00" in out


def test_a_missing_secret_is_a_configuration_problem_at_start(tmp_path):
    (tmp_path / "config.yaml").write_text(config_text())
    env_less = {k: v for k, v in os.environ.items() if k != "MAILER_TEST_PASSWORD"}
    result = subprocess.run([sys.executable, "-m", "mailer", "run", "--once", "--config", str(tmp_path / "config.yaml")],
                            capture_output=True, text=True, timeout=60, env=env_less, cwd=ROOT)
    assert result.returncode == 2
    assert "imap.password_env: environment variable MAILER_TEST_PASSWORD is not set" in result.stderr


def test_times_without_an_offset_are_in_the_teams_time_zone(tmp_path):
    from mailer.cli.main import _instant, _local_time
    from mailer.config.load import parse
    text = config_text().replace("timezone: Europe/London", "timezone: America/New_York", 1)
    config = parse(text, tmp_path / "config.yaml")
    assert _local_time(_instant("2026-07-01T10:00"), config) == datetime(2026, 7, 1, 14, 0, tzinfo=timezone.utc)
    assert _local_time(_instant("2026-07-01T10:00Z"), config) == datetime(2026, 7, 1, 10, 0, tzinfo=timezone.utc)


def test_global_config_is_honoured_before_and_after_the_command(tmp_path):
    cfg = seeded(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()  # no ./config.yaml here: only the named file can be read
    for args in (("--config", cfg, "status", "--now", "2026-11-24T12:00Z"),
                 ("status", "--now", "2026-11-24T12:00Z", "--config", cfg)):
        result = mailer(*args, cwd=elsewhere)
        assert result.returncode == 0, result.stderr
        assert "Ann Able" in result.stdout and "Bob Baker" in result.stdout


def test_journal_takes_listed_names_and_refuses_an_unknown_mentor_instead_of_saying_no_answers(tmp_path):
    text = config_text(extra="mentorships:\n  - recruiter: rita@acme.test\n    mentor: maria@acme.test\n"
                             "    every: every monday at 10:00\n")
    (tmp_path / "config.yaml").write_text(text)
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        store.add_journal("rita@acme.test", "maria@acme.test", None, "What matters?", "Curiosity.",
                          datetime(2026, 11, 30, 12, tzinfo=timezone.utc), "k1")
    store.close()
    config = ("--config", str(tmp_path / "config.yaml"))
    by_names = mailer("journal", "rita recruiter", "--mentor", "Maria Manager", *config)
    assert by_names.returncode == 0 and "A: Curiosity." in by_names.stdout, by_names.stderr
    unknown = mailer("journal", "rita@acme.test", "--mentor", "Mario Manager", *config)
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert unknown.stderr.strip() == ("mailer journal: Mario Manager is not a listed manager (did you mean Maria "
                                      "Manager?); Rita Recruiter's mentors: Maria Manager (maria@acme.test)")
    # Nate is a listed manager, but not Rita's mentor: "no answers yet" read as if he were (found in a team's
    # month); with answers kept from a pair since taken out of the config, the journal shows them.
    not_hers = mailer("journal", "rita@acme.test", "--mentor", "nate@acme.test", *config)
    assert not_hers.returncode == 2 and not_hers.stdout == ""
    # "their mentors" read as Nate's own mentors (found in review): the recruiter is named.
    assert not_hers.stderr.strip() == ("mailer journal: nate@acme.test is not a mentor of Rita Recruiter; Rita "
                                       "Recruiter's mentors: Maria Manager (maria@acme.test)")
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        store.add_journal("rita@acme.test", "nate@acme.test", None, "What matters?", "Speed.",
                          datetime(2026, 11, 2, 12, tzinfo=timezone.utc), "k2")
    store.close()
    former = mailer("journal", "rita@acme.test", "--mentor", "nate@acme.test", *config)
    assert former.returncode == 0 and "A: Speed." in former.stdout, former.stderr


def test_the_journal_of_a_recruiter_who_left_the_config_can_still_be_read(tmp_path):
    """Tess left and was taken out of recruiters:; her mentor's answers are in the state, and handing them to her
    successor is the point of keeping them. An address with no journal at all is still refused."""
    (tmp_path / "config.yaml").write_text(config_text())
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        store.add_journal("tess@acme.test", "maria@acme.test", None, "What matters?", "Curiosity.",
                          datetime(2026, 11, 30, 12, tzinfo=timezone.utc), "k1")
    store.close()
    config = ("--config", str(tmp_path / "config.yaml"))
    left = mailer("journal", "tess@acme.test", *config)
    assert left.returncode == 0, left.stderr
    assert "Mentor journal of tess@acme.test" in left.stdout and "A: Curiosity." in left.stdout
    assert "not a listed recruiter" in left.stderr  # said, but not in the way of the export
    unknown = mailer("journal", "tina@acme.test", *config)
    assert unknown.returncode == 2 and "tina@acme.test is not a listed recruiter" in unknown.stderr


def test_the_journal_dates_an_answer_by_the_mentors_own_day(tmp_path):
    """Nate (New York) answered on Tuesday evening, 21:30 his time, which is Wednesday 02:30 UTC: his answer is
    Tuesday's, as the forward to the recruiter said ('answered your check-in on Tue 01 Dec')."""
    (tmp_path / "config.yaml").write_text(config_text())
    store = Store(tmp_path / "mailer.db")
    with store.transaction():
        store.add_journal("rita@acme.test", "nate@acme.test", None, "What matters?", "Curiosity.",
                          datetime(2026, 12, 2, 2, 30, tzinfo=timezone.utc), "k1")
    store.close()
    for fmt, line in (("text", "Tue 01 Dec 2026  Nate Newyork"), ("markdown", "## Tue 01 Dec 2026 · Nate Newyork"),
                      ("html", "<h2>Tue 01 Dec 2026 · Nate Newyork</h2>")):
        done = mailer("journal", "rita@acme.test", "--format", fmt, "--config", str(tmp_path / "config.yaml"))
        assert done.returncode == 0 and line in done.stdout, (done.stdout, done.stderr)


def test_run_dash_v_is_mailers_debug_and_leaves_the_libraries_quiet(monkeypatch):
    """`run` logs its decisions by default, so its -v is mailer's debug; imaplib's narration (the mail's text on
    the wire) takes -vv, as for every other command (found in a team's month: -v printed candidates' mail)."""
    import importlib
    import logging
    cli = importlib.import_module("mailer.cli.main")  # the module (mailer.cli exports its `main` function)
    levels = []
    monkeypatch.setattr(cli, "setup_logging", lambda verbose, libraries=None: levels.append((verbose, libraries)))
    monkeypatch.setitem(cli.COMMANDS, "run", lambda args: 0)
    monkeypatch.setitem(cli.COMMANDS, "status", lambda args: 0)
    for argv in (["-v", "run", "--once"], ["-vv", "run", "--once"], ["-vv", "status"], ["status"]):
        assert cli.main(argv) == 0
    assert levels == [(2, False), (3, True), (2, True), (0, False)]
    monkeypatch.undo()
    cli.setup_logging(2, libraries=False)
    assert logging.getLogger("imapclient.imaplib").getEffectiveLevel() == logging.WARNING
    cli.setup_logging(0)
