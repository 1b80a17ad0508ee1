"""The demo's last words name a command this shell can run (scripts/demo installs mailer in .venv, not on PATH),
and a kept demo's status is asked as of its last pass: its mail stack stopped with it, and at the real time
status said UNHEALTHY, "not read for 19 h"."""

from pathlib import Path

from mailer.demo.scenario import ending, mailer_command


def test_the_command_is_the_venvs_entry_point_when_mailer_is_not_on_path(tmp_path):
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "mailer").write_text("#!/bin/sh\n")
    python = str(tmp_path / ".venv" / "bin" / "python")
    assert mailer_command(python, None, tmp_path) == ".venv/bin/mailer"
    assert mailer_command(python, None, Path("/elsewhere")) == str(tmp_path / ".venv" / "bin" / "mailer")
    assert mailer_command(python, str(tmp_path / ".venv" / "bin" / "mailer"), tmp_path) == "mailer"
    assert mailer_command("/usr/bin/python3", None, tmp_path) == "/usr/bin/python3 -m mailer"


def test_a_kept_demo_is_read_as_of_its_last_pass_and_says_its_stack_stopped():
    text = ending(Path("/tmp/d"), 7.5, ".venv/bin/mailer")
    assert "the demo's mail stack has stopped" in text
    assert ".venv/bin/mailer status --config /tmp/d/config.yaml --now 2026-12-07T07:00Z" in text
    assert "`mailer status" not in text


def test_an_unkept_demo_says_how_to_keep_it_with_the_runnable_command():
    assert "`.venv/bin/mailer demo --keep DIR`" in ending(None, 7.5, ".venv/bin/mailer")
