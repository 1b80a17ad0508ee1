"""Tests that share a machine (issue 15, item 7): unit tests start no servers, and the test stack's ports come
from the environment, from its DIR's stack.env, or are picked free."""

import importlib.util
import os
from pathlib import Path
import subprocess

from helpers import ROOT

spec = importlib.util.spec_from_file_location("mailstack", ROOT / "tests/integration/stack/mailstack.py")
mailstack = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mailstack)


def test_scripts_test_on_unit_tests_starts_no_mail_servers(tmp_path):
    stack_dir = tmp_path / "stack"
    # One pytest process (MAILER_TEST_WORKERS=0): four workers would each collect the file again, and how many
    # workers run has no say in whether servers start.
    env = {**os.environ, "MAILER_STACK_DIR": str(stack_dir), "PATH": "/usr/bin:/bin", "MAILER_TEST_WORKERS": "0"}
    result = subprocess.run(["bash", "scripts/test", "tests/unit/test_state_safety.py", "-q", "-p", "no:cacheprovider"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "mailstack" not in result.stdout and not stack_dir.exists()


def test_ports_come_from_the_environment_then_stack_env(tmp_path, monkeypatch):
    paths = mailstack.Paths(tmp_path)
    for name in mailstack.PORT_NAMES:
        monkeypatch.setattr(mailstack, name, getattr(mailstack, name))  # restored after the test
        monkeypatch.delenv(f"MAILER_STACK_{name}", raising=False)
    monkeypatch.delenv("MAILER_STACK_PORTS", raising=False)
    paths.env_file.write_text("IMAP_PORT=21143\nIMAPS_PORT=21993\nSMTP_PORT=21025\nSMTPS_PORT=21465\n")
    mailstack.choose_ports(paths, "status")
    assert (mailstack.IMAP_PORT, mailstack.SMTP_PORT) == (21143, 21025)
    monkeypatch.setenv("MAILER_STACK_SMTP_PORT", "22025")
    mailstack.choose_ports(paths, "status")
    assert (mailstack.IMAP_PORT, mailstack.SMTP_PORT) == (21143, 22025)


def test_auto_picks_four_distinct_free_ports_for_a_new_dir(tmp_path, monkeypatch):
    for name in mailstack.PORT_NAMES:
        monkeypatch.setattr(mailstack, name, getattr(mailstack, name))
        monkeypatch.delenv(f"MAILER_STACK_{name}", raising=False)
    monkeypatch.setenv("MAILER_STACK_PORTS", "auto")
    mailstack.choose_ports(mailstack.Paths(Path(tmp_path)), "start")
    ports = [getattr(mailstack, name) for name in mailstack.PORT_NAMES]
    assert len(set(ports)) == 4 and all(mailstack._port_free(p) for p in ports)
    assert 10143 not in ports
