"""A running daemon takes a valid edit of its templates and refuses an invalid one, composing on with the last good
templates it holds in memory, as it does for config.yaml (found by the blind config sweep: templates were read from
the files at every render, so one bad save made every follow-up of that kind fail, pass after pass).
IMAP and SMTP are stand-ins here; the edges have their own tests on the real stack."""

from datetime import datetime, timedelta, timezone
import json
import logging
import os
import shutil
import subprocess
import sys

import pytest

from helpers import ROOT, config_text
from mailer.clock import FixedClock
from mailer.config.load import ConfigSource
from mailer.daemon import Daemon
from mailer.errors import ConfigError

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


def break_line(path, number, text):
    lines = path.read_text().splitlines()
    lines[number - 1] = text
    path.write_text("\n".join(lines) + "\n")


def test_a_valid_template_edit_is_taken_at_the_next_pass(tmp_path):
    daemon, clock, folder, _ = started(tmp_path)
    try:
        daemon.tick()
        edited = folder / "followup_1.txt.j2"
        edited.write_text(edited.read_text().replace("A GOOD NUDGE", "AN EDITED NUDGE"))
        submit(daemon, "k1", "Ann Able")
        assert daemon.tick().error is None
        assert len(Smtp.sent) == 1 and "AN EDITED NUDGE" in bodies()[0]
    finally:
        daemon.close()


def test_a_refused_edit_is_logged_once_stays_in_the_health_and_a_fix_clears_it(tmp_path, caplog):
    daemon, clock, folder, _ = started(tmp_path)
    try:
        daemon.tick()
        broken = folder / "followup_1.txt.j2"
        good = broken.read_text()
        break_line(broken, 3, "Hi {{ manager.nickname }},")  # renders, but names no variable mailer has
        with caplog.at_level(logging.ERROR, logger="mailer.templateset"):
            errors = [daemon.tick().error for _ in range(3)]
        assert all(e and e.startswith("config: template followup_1: ") and f"{broken}:3: " in e for e in errors)
        assert [r.getMessage().count(f"{broken}:3") for r in caplog.records] == [1]
        assert daemon.templates.current.at == T0  # the set composing is still the one taken at the start
        broken.write_text(good)
        clock.set(T0 + timedelta(minutes=5))
        assert daemon.tick().error is None and daemon.templates.last_error is None
        assert daemon.templates.current.at == T0 + timedelta(minutes=5)
    finally:
        daemon.close()


def test_a_latin1_save_and_a_text_without_subject_are_refused(tmp_path):
    daemon, clock, folder, _ = started(tmp_path)
    try:
        text = folder / "followup_1.txt.j2"
        good = text.read_text()
        text.write_bytes(good.replace("Thanks", "Merci, à bientôt").encode("latin-1"))
        assert "not UTF-8 text (byte 0xe0" in daemon.tick().error
        text.write_text(good.replace('{% set subject = "Re: " ~ thread_subject %}', ""))
        assert "followup_1.txt.j2 must set a subject" in daemon.tick().error
        submit(daemon, "k1", "Ann Able")
        assert daemon.tick().error and len(Smtp.sent) == 1 and "A GOOD NUDGE" in bodies()[0]
    finally:
        daemon.close()


def test_a_start_with_a_broken_template_is_refused_as_a_bad_config(tmp_path):
    folder = own_templates(tmp_path)
    path = write_config(tmp_path, folder)
    break_line(folder / "followup_1.txt.j2", 3, "{% if %}")
    with pytest.raises(ConfigError) as refused:
        Daemon(ConfigSource(path), FixedClock(T0), inbox_factory=Inbox, session_factory=Smtp)
    assert [f"{folder / 'followup_1.txt.j2'}:3: " in p for p in refused.value.problems] == [True]
    assert not (tmp_path / "mailer.db").exists()  # refused before the state is opened or created
    out = subprocess.run([sys.executable, "-m", "mailer", "--config", str(path), "run", "--once"],
                         capture_output=True, text=True, timeout=60, cwd=ROOT,
                         env={**os.environ, "MAILER_TEST_PASSWORD": "secret"})
    assert out.returncode == 2 and "configuration problem" in out.stderr
    assert f"{folder / 'followup_1.txt.j2'}:3: " in out.stderr and "Traceback" not in out.stderr


def test_a_config_edit_moving_templates_to_a_folder_with_a_bad_template_is_refused_as_a_whole(tmp_path):
    daemon, clock, folder, path = started(tmp_path)
    try:
        daemon.tick()
        other = tmp_path / "other"
        shutil.copytree(folder, other)
        break_line(other / "followup_1.txt.j2", 3, "{{ item.candidate | nosuchfilter }}")
        path.write_text(path.read_text().replace(f"templates: {folder}", f"templates: {other}")
                        .replace("from_name: Acme Recruiting", "from_name: Acme Talent"))
        error = daemon.tick().error
        assert error and f"{other / 'followup_1.txt.j2'}:3" in error
        assert daemon.config.templates[0] == folder and daemon.config.from_name == "Acme Recruiting"
        assert daemon.tick().error == error  # tried once: nothing changed since
        # Fixing the template is enough: config.yaml, unchanged, is tried again with it and taken.
        (other / "followup_1.txt.j2").write_text((folder / "followup_1.txt.j2").read_text())
        assert daemon.tick().error is None
        assert daemon.config.templates[0] == other and daemon.config.from_name == "Acme Talent"
    finally:
        daemon.close()


def test_status_json_shows_a_refused_template_edit_as_config_problems(tmp_path):
    daemon, clock, folder, path = started(tmp_path)
    try:
        submit(daemon, "k1", "Ann Able")
        daemon.tick()
    finally:
        daemon.close()
    break_line(folder / "followup_1.txt.j2", 3, "{% if %}")
    out = subprocess.run([sys.executable, "-m", "mailer", "--config", str(path), "status", "--json", "--now",
                          T0.isoformat()], capture_output=True, text=True, timeout=60, cwd=ROOT,
                         env={**os.environ, "MAILER_TEST_PASSWORD": "secret"})
    assert out.returncode == 0, out.stderr
    refused = json.loads(out.stdout)["config"]
    assert [f"{folder / 'followup_1.txt.j2'}:3: " in p for p in refused["problems"]] == [True]
    assert refused["lines"][0].startswith(f"WARNING: the templates of {path} do not render")


def test_the_set_taken_is_in_memory_the_operators_files_over_the_shipped_ones(tmp_path):
    from mailer.config.load import load
    from mailer.templateset import TemplateSource
    folder = own_templates(tmp_path)
    config = load(write_config(tmp_path, folder))
    source = TemplateSource(config, T0)
    loader = source.current.env.loader
    assert loader.sources["followup_1.txt.j2"][1] == str(folder / "followup_1.txt.j2")  # the operator's
    assert loader.sources["followup_2.txt.j2"][1] == str(ROOT / "templates" / "followup_2.txt.j2")  # shipped
    # Removed from the operator's folder: the shipped one renders, so the set with it is taken, as the README says.
    (folder / "followup_1.txt.j2").unlink()
    env = source.refresh(config, T0 + timedelta(minutes=1))
    assert source.last_error is None and source.current.at == T0 + timedelta(minutes=1)
    assert env.loader.sources["followup_1.txt.j2"][1] == str(ROOT / "templates" / "followup_1.txt.j2")
    # Unchanged folders: nothing is read or rendered again, the same set composes.
    assert source.refresh(config, T0 + timedelta(minutes=2)) is env
