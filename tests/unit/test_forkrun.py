"""tests/forkrun.py runs `mailer` commands in processes forked from one that imported mailer: what the tests read
back (exit status, stdout, stderr, stdin, environment, a crash point's abrupt exit) is what a fresh `python -m
mailer` gives."""

import os
import subprocess
import sys

import pytest

from forkrun import run_mailer
from helpers import ROOT

FRESH = {**os.environ, "MAILER_TEST_FORK": "0"}


def fresh(args, env, **kw):
    return subprocess.run([sys.executable, "-m", "mailer", *args], capture_output=True, cwd=ROOT, env=env,
                          timeout=60, **kw)


@pytest.mark.parametrize("args", [["--version"], ["no-such-command"], ["classify", "--no-config", "--json", "-"]])
def test_a_forked_command_answers_as_a_fresh_process(args):
    mail = b"From: a@example.test\r\nTo: b@example.test\r\nSubject: Hi\r\n\r\nHello\r\n"
    forked = run_mailer(ROOT, args, dict(os.environ), input=mail, text=False)
    alone = fresh(args, dict(os.environ), input=mail)
    assert (forked.returncode, forked.stdout, forked.stderr) == (alone.returncode, alone.stdout, alone.stderr)


def test_each_fork_has_the_environment_it_was_given(tmp_path):
    for name in ("first.yaml", "second.yaml"):
        env = {**os.environ, "MAILER_CONFIG": str(tmp_path / name)}
        forked, alone = run_mailer(ROOT, ["check"], env), fresh(["check"], env, text=True)
        assert (forked.returncode, forked.stdout, forked.stderr) == (alone.returncode, alone.stdout, alone.stderr)
        assert name in forked.stderr and ({"first.yaml", "second.yaml"} - {name}).pop() not in forked.stderr


def test_a_command_that_runs_too_long_is_killed_and_raises(tmp_path):
    from helpers import make_config
    make_config(tmp_path, imap_port=9, smtp_port=9)  # nothing listens: the daemon keeps trying
    with pytest.raises(subprocess.TimeoutExpired):
        run_mailer(ROOT, ["run", "--config", str(tmp_path / "config.yaml")], dict(os.environ), timeout=3)
    assert run_mailer(ROOT, ["--version"], dict(os.environ)).returncode == 0  # the server answers the next one
