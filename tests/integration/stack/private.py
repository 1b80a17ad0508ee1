"""A private Dovecot + Postfix for one test module, for faults the shared stack (/tmp/mst) must never see:
Dovecot stopped and started again under a running daemon.

The same stack as the shared one (tests/integration/stack/mailstack.py `start`, so the same configs, TLS
material and self-check), in its own temporary directory on free loopback ports; `stop()` ends both servers
and removes the directory. Only this stack's processes are touched: they are found by their own config path.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from stack import mailstack
from stack.fixture import MAILSTACK, MailStack, load_stack


class PrivateStack:
    """start() → a running stack; stop_dovecot() / start_dovecot() for the fault; stop() at the end."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="mst-", dir="/tmp"))  # short: unix socket paths live under it
        os.chmod(self.dir, 0o755)  # vmail, postfix and dovenull must reach it
        self.paths = mailstack.Paths(self.dir)
        self.mail_stack: MailStack | None = None

    def start(self, timeout: float = 120) -> MailStack:
        env = {**os.environ, "MAILER_STACK_PORTS": "auto"}
        for name in mailstack.PORT_NAMES:  # a port pinned for the shared stack must not leak in here
            env.pop(f"MAILER_STACK_{name}", None)
        log = self.dir / "start.out"
        with open(log, "wb") as out:  # a file, never a pipe: the servers inherit it
            rc = subprocess.run([sys.executable, str(MAILSTACK), "start", "--dir", str(self.dir)], env=env,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, timeout=timeout).returncode
        if rc != 0:
            text = log.read_text(errors="replace")
            self.stop()
            raise RuntimeError(f"private mail stack did not start (exit {rc}):\n{text}")
        self.mail_stack = load_stack(str(self.dir))
        return self.mail_stack

    def stop_dovecot(self) -> None:
        """SIGTERM to this stack's Dovecot master, as `dovecot stop` sends; waits until its processes are gone.
        Postfix keeps running: mail that arrives now waits in its queue."""
        masters = mailstack.dovecot_master_pids(self.paths)
        assert masters, f"no Dovecot running for {self.dir}"
        family = mailstack._descendants(masters)
        comms = {pid: mailstack._proc_comm(pid) for pid in masters + family}
        for pid in masters:
            os.kill(pid, signal.SIGTERM)
        left = mailstack._wait_gone(masters, mailstack.STOP_TIMEOUT)
        # auth and stats stay while Postfix holds a connection to them; a service manager ends the whole group
        left += mailstack._wait_gone(family, 2)
        for pid in left:
            if mailstack._proc_comm(pid) == comms[pid]:  # still that process, not a recycled pid
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        assert not mailstack._wait_gone(left, 5), f"Dovecot processes {left} did not exit"

    def start_dovecot(self, timeout: float = 20) -> None:
        """Dovecot again with the same config; returns once it greets on IMAP."""
        argv = [mailstack.DOVECOT, "-c", str(self.paths.dovecot_conf)]
        rc = mailstack._run_logged(argv, self.paths.dovecot_start_log, timeout=30)
        assert rc == 0, mailstack._log_tails(self.paths.dovecot_start_log, self.paths.dovecot_log)
        deadline = time.monotonic() + timeout
        while (why := mailstack._probe(self.mail_stack.imap_port, b"* OK", b"a LOGOUT\r\n")) is not None:
            assert time.monotonic() < deadline, f"Dovecot not back on IMAP: {why}"
            time.sleep(0.1)

    def stop(self) -> None:
        mailstack.stop(self.paths)
        shutil.rmtree(self.dir, ignore_errors=True)
