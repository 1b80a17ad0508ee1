"""A running daemon takes a valid edit of its templates and refuses an invalid one, composing on with the last good
templates it holds in memory, as it does for config.yaml (found by the blind config sweep: templates were read from
the files at every render, so one bad save made every follow-up of that kind fail, pass after pass).
IMAP and SMTP are stand-ins here; the edges have their own tests on the real stack."""

from datetime import datetime, timedelta, timezone
import logging
import shutil

from helpers import ROOT, config_text
from mailer.clock import FixedClock
from mailer.config.load import ConfigSource
from mailer.daemon import Daemon

T0 = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)  # a Thursday: Monday's submissions are due a nudge


class Inbox:
    """Up, holding no mail."""

    def __init__(self, settings):
        pass

    def __getattr__(self, name):
        return {"count_own": lambda *a: 0, "fetch_new": lambda *a: iter(())}.get(name, lambda *a, **k: None)


class Smtp:
    sent: list[bytes] = []

    def __init__(self, server):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def send(self, sender, recipients, raw):
        Smtp.sent.append(raw)
        return {}


def bodies() -> list[str]:
    return [raw.decode("utf-8", "replace") for raw in Smtp.sent]


def own_templates(tmp_path):
    """An operator's folder holding its own followup_1 (the shipped folder behind it has the rest)."""
    folder = tmp_path / "mytemplates"
    folder.mkdir()
    for suffix in (".txt.j2", ".html.j2"):
        shutil.copy(ROOT / "templates" / f"followup_1{suffix}", folder / f"followup_1{suffix}")
    text = (folder / "followup_1.txt.j2").read_text()
    (folder / "followup_1.txt.j2").write_text(text.replace("Just a gentle nudge", "A GOOD NUDGE"))
    return folder


def write_config(tmp_path, folder):
    path = tmp_path / "config.yaml"
    path.write_text(config_text().replace(f"templates: {ROOT / 'templates'}", f"templates: {folder}"))
    return path


def submit(daemon, key, candidate, day=23):
    with daemon.store.transaction():
        daemon.store.add_submission(key, "maria@acme.test", "rita@acme.test", candidate, "Engineer",
                                    f"Candidate: {candidate} – Engineer", f"{key}@x", (),
                                    datetime(2026, 11, day, 10, tzinfo=timezone.utc))


def started(tmp_path):
    folder = own_templates(tmp_path)
    path = write_config(tmp_path, folder)
    Smtp.sent = []
    clock = FixedClock(T0)
    daemon = Daemon(ConfigSource(path), clock, inbox_factory=Inbox, session_factory=Smtp)
    return daemon, clock, folder, path


def test_a_broken_followup_template_is_refused_and_the_last_good_one_still_composes(tmp_path, caplog):
    daemon, clock, folder, _ = started(tmp_path)
    try:
        submit(daemon, "k1", "Ann Able")
        report = daemon.tick()
        assert report.error is None and len(Smtp.sent) == 1 and "A GOOD NUDGE" in bodies()[0]

        broken = folder / "followup_1.txt.j2"
        lines = broken.read_text().splitlines()
        lines[2] = "Hi {{ manager.first_name }, {% if %}"  # a Jinja syntax error on line 3
        broken.write_text("\n".join(lines) + "\n")
        submit(daemon, "k2", "Bob Baker")
        clock.set(T0 + timedelta(days=1))  # Friday: Maria's one mail a day from mailer went on Thursday
        with caplog.at_level(logging.ERROR):
            report = daemon.tick()
        # The follow-up goes, with the last good text; the refused edit is reported with its file and line.
        assert len(Smtp.sent) == 2 and "A GOOD NUDGE" in bodies()[1] and "Bob Baker" in bodies()[1]
        assert report.error and f"{broken}:3" in report.error
        assert sum(f"{broken}:3" in r.getMessage() for r in caplog.records) == 1
    finally:
        daemon.close()
