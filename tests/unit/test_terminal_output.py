"""A candidate's name read from a subject may hold terminal escape sequences (retitle the window, clear the
screen, erase the line above): `mailer status` on a terminal shows them as a visible mark; into a pipe or a
file it writes what is stored."""

from datetime import datetime, timezone
import os
import pty
import subprocess
import sys

from helpers import ROOT, make_config
from mailer.cli.terminal import visible
from mailer.store import Store

ESCAPES = "\x1b]0;PWNED\x07\x1b[2K\x9b2J\r"


def state_with_hostile_candidate(tmp_path):
    config = make_config(tmp_path, extra=f"state: {tmp_path / 'state.db'}\n")
    store = Store(config.state)
    with store.transaction():
        store.add_submission("k1", "maria@acme.test", "rita@acme.test", f"Jane {ESCAPES}Doe", "", "s", "m1@x", (),
                             datetime(2026, 11, 30, 9, tzinfo=timezone.utc))
    store.close()
    return tmp_path / "config.yaml"


def run_status(config, terminal: bool) -> bytes:
    command = [sys.executable, "-m", "mailer", "status", "--config", str(config)]
    if not terminal:
        return subprocess.run(command, capture_output=True, cwd=ROOT, timeout=60).stdout
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdout=follower, stderr=follower, cwd=ROOT)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed its side
            break
        if not chunk:
            break
        out += chunk
    process.wait(timeout=60)
    os.close(leader)
    return out


def test_escape_sequences_from_mail_are_shown_not_obeyed_on_a_terminal(tmp_path):
    out = run_status(state_with_hostile_candidate(tmp_path), terminal=True).decode()
    assert "Jane" in out and "PWNED" in out  # the name is listed, its escapes as marks
    assert not set("\x1b\x07\x9b") & set(out)


def test_into_a_pipe_status_writes_what_is_stored(tmp_path):
    out = run_status(state_with_hostile_candidate(tmp_path), terminal=False).decode()
    assert "\x1b]0;PWNED" in out


def test_visible_keeps_tabs_and_newlines():
    assert visible("a\tb\nc\x1b[2Kd\re") == "a\tb\nc\ufffd[2Kd\ufffde"
