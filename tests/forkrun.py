"""`mailer …` commands for the integration tests, each in its own process, forked from one that has already
imported mailer.

The integration tests start `mailer run --once` (and `plan`, `status`, `check`, …) a few hundred times, and a
fresh interpreter spends most of a short command on importing mailer (about 0.85 s of CPU, most of it compiling the
reading rules' regular expressions), as much as the pass itself. A fork of a process that has done that once is
still a process of its own: its own argv, environment, working directory, stdout and stderr, exit status, a crash
point's `os._exit(86)`, file locks held by its pid, and a kill. What it does not prove is that `python -m mailer`
imports and starts in a fresh interpreter: tests/unit/test_cli.py, test_wheel.py and the daemon, kill -9 and crash
tests that start `mailer` with subprocess still do that on every run.

One server per pytest worker, started on first use; it ends when its stdin closes (the worker exited).
MAILER_TEST_FORK=0 makes `run_mailer` start a fresh interpreter every time instead.
"""

from __future__ import annotations

import atexit
import json
import locale
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

# The server: reads one JSON request a line, forks, answers with the child's pid, then with its exit status.
# Only the child runs mailer; the server imports it once so that every child starts with it imported.
_SERVER = r"""
import json, os, sys, traceback
from mailer.cli.main import main as mailer_main
import mailer.daemon, mailer.cli.check, mailer.cli.status, mailer.cli.ops  # what the commands import when run
import mailer
main_file = os.path.join(os.path.dirname(mailer.__file__), "__main__.py")
requests, answers = sys.stdin, sys.stdout
for line in requests:
    req = json.loads(line)
    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(req["cwd"])
            os.environ.clear()
            os.environ.update(req["env"])
            null = os.open(req["stdin"] or os.devnull, os.O_RDONLY)
            out = os.open(req["stdout"], os.O_WRONLY)
            err = os.open(req["stderr"], os.O_WRONLY)
            os.dup2(null, 0), os.dup2(out, 1), os.dup2(err, 2)
            for fd in (null, out, err):
                os.close(fd)
            sys.argv = [main_file, *req["args"]]
            code = mailer_main()  # as mailer/__main__.py: sys.exit(main())
        except SystemExit as exc:
            code = exc.code
        except BaseException:
            traceback.print_exc()
            code = 1
        if code is None:
            code = 0
        elif not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            import logging
            logging.shutdown()
            os._exit(code)
    answers.write(json.dumps({"pid": pid}) + "\n")
    answers.flush()
    _, status = os.waitpid(pid, 0)
    answers.write(json.dumps({"status": os.waitstatus_to_exitcode(status)}) + "\n")
    answers.flush()
"""


class _Server:
    def __init__(self, root: Path):
        self.root = root
        self.proc: subprocess.Popen | None = None
        self.lock = threading.Lock()

    def _started(self) -> subprocess.Popen:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = subprocess.Popen([sys.executable, "-c", _SERVER], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=self.root,
                                         text=True, bufsize=1)
        return self.proc

    def run(self, args: list[str], env: dict, cwd: Path, timeout: float, given: bytes | None,
            text: bool) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "mailer", *args]
        with tempfile.TemporaryDirectory(prefix="forkrun-") as folder:
            out, err, stdin = Path(folder, "stdout"), Path(folder, "stderr"), Path(folder, "stdin")
            out.touch(), err.touch()
            if given is not None:
                stdin.write_bytes(given)
            proc = self._started()
            proc.stdin.write(json.dumps({"args": args, "env": env, "cwd": str(cwd), "stdout": str(out),
                                         "stderr": str(err), "stdin": str(stdin) if given is not None else None})
                            + "\n")
            proc.stdin.flush()
            started = proc.stdout.readline()
            if not started:
                raise RuntimeError(f"the mailer fork server ended; run it by hand: {sys.executable} -c '…' "
                                   f"(tests/forkrun.py), or set MAILER_TEST_FORK=0")
            pid = json.loads(started)["pid"]
            status, late = _answer(proc, timeout, lambda: os.kill(pid, signal.SIGKILL))
            if late:  # as subprocess.run(timeout=…): killed, then raised
                raise subprocess.TimeoutExpired(cmd, timeout, _read(out, text), _read(err, text))
            return subprocess.CompletedProcess(cmd, status, _read(out, text), _read(err, text))


def _answer(proc: subprocess.Popen, timeout: float, kill) -> tuple[int, bool]:
    """The child's exit status (negative: the signal that ended it), and whether it had to be killed because it
    did not end within `timeout` (its status is read all the same: the next command must not get it)."""
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    late = reader.is_alive()
    if late:
        kill()
        reader.join()
    return json.loads(got[0])["status"], late


def _read(path: Path, text: bool) -> str | bytes:
    # As subprocess.run(text=True) decodes: the locale's encoding, strict, universal newlines.
    raw = path.read_bytes()
    return raw.decode(locale.getpreferredencoding(False)).replace("\r\n", "\n").replace("\r", "\n") if text else raw


_servers: dict[Path, _Server] = {}


@atexit.register
def _stop_servers() -> None:
    """Close each server's stdin, so it ends its loop, and reap it."""
    for server in _servers.values():
        if server.proc is not None and server.proc.poll() is None:
            server.proc.stdin.close()
            try:
                server.proc.wait(10)
            except subprocess.TimeoutExpired:
                server.proc.kill()


def run_mailer(root: Path, args: list[str], env: dict, timeout: float = 60, input: str | bytes | None = None,
               text: bool = True) -> subprocess.CompletedProcess:
    """`python -m mailer ARGS` with `env` and `input` on stdin, from `root`, as subprocess.run(capture_output=True,
    text=…) returns it; forked from a server that has imported mailer (see the module's docstring)."""
    fresh = os.environ.get("MAILER_TEST_FORK") == "0"
    server = _servers.setdefault(Path(root), _Server(Path(root)))
    if fresh or not server.lock.acquire(blocking=False):  # busy: another thread's command is running
        return subprocess.run([sys.executable, "-m", "mailer", *args], capture_output=True, text=text,
                              timeout=timeout, env=env, cwd=root, input=input)
    given = input.encode(locale.getpreferredencoding(False)) if isinstance(input, str) else input
    try:
        return server.run(list(args), env, Path(root), timeout, given, text)
    finally:
        server.lock.release()
