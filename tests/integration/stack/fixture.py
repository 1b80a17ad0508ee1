"""Session-scoped pytest fixture ``mail_stack``: the private Dovecot + Postfix stack on 127.0.0.1.

Use it from a conftest.py or a test module::

    from stack.fixture import mail_stack  # noqa: F401  (tests/integration is on sys.path)

The fixture runs ``mailstack.py status``; when the stack is down it runs ``mailstack.py start`` (needs
root and the packages from install.sh), then returns a :class:`MailStack` read from DIR/stack.env.
It leaves the stack running at the end of the session (the next run reuses it; CI ends it, or run
``python tests/integration/stack/mailstack.py stop``). DIR is $MAILER_STACK_DIR or /tmp/mst.

Rule of the stack: ANY user name logs in with the password ``secret``; every recipient of every
domain lands in the Dovecot mailbox of that full address, so use a fresh address per test
(:meth:`MailStack.new_address`).
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

MAILSTACK = Path(__file__).resolve().with_name("mailstack.py")
DEFAULT_DIR = "/tmp/mst"


@dataclasses.dataclass(frozen=True)
class MailStack:
    host: str
    imap_port: int
    imaps_port: int
    smtp_port: int
    smtps_port: int
    ca_file: str
    password: str
    dir: str

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts only the stack's private CA (verifies localhost/127.0.0.1)."""
        return ssl.create_default_context(cafile=self.ca_file)

    def queued_for(self, addresses) -> set[str] | None:
        """Those of `addresses` that this stack's Postfix still holds mail for (accepted, not yet handed to
        Dovecot); None when the queue cannot be read (no postqueue, or it refused)."""
        postqueue = shutil.which("postqueue") or "/usr/sbin/postqueue"
        try:
            listed = subprocess.run([postqueue, "-j"], env={**os.environ, "MAIL_CONFIG": str(Path(self.dir, "postfix"))},
                                    stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            return None
        if listed.returncode != 0:
            return None
        wanted = {a.lower() for a in addresses}
        return {r.get("address", "").lower() for line in listed.stdout.splitlines() if line.strip()
                for r in json.loads(line).get("recipients", [])} & wanted

    @staticmethod
    def new_address(prefix: str = "t", domain: str = "example.test") -> str:
        """A fresh address, hence a fresh empty mailbox: ``<prefix>-<uuid hex>@<domain>``."""
        return f"{prefix}-{uuid.uuid4().hex}@{domain}"


def stack_dir() -> str:
    return os.environ.get("MAILER_STACK_DIR") or DEFAULT_DIR


def _mailstack(command: str, directory: str, timeout: float = 120) -> tuple[int, str]:
    # Output goes to a temporary file, not a pipe: nothing that may outlive the call holds our pipe.
    with tempfile.TemporaryFile() as out:
        rc = subprocess.run(
            [sys.executable, str(MAILSTACK), command, "--dir", directory],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, timeout=timeout,
        ).returncode
        out.seek(0)
        return rc, out.read().decode("utf-8", "replace")


def load_stack(directory: str | None = None) -> MailStack:
    """Read DIR/stack.env (written by ``mailstack.py start``) into a MailStack."""
    directory = directory or stack_dir()
    env: dict[str, str] = {}
    for line in Path(directory, "stack.env").read_text().splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            env[key.strip()] = value.strip()
    return MailStack(
        host=env["IMAP_HOST"],
        imap_port=int(env["IMAP_PORT"]),
        imaps_port=int(env["IMAPS_PORT"]),
        smtp_port=int(env["SMTP_PORT"]),
        smtps_port=int(env["SMTPS_PORT"]),
        ca_file=env["CA_FILE"],
        password=env["PASSWORD"],
        dir=env.get("STACK_DIR", directory),
    )


def ensure_stack(directory: str | None = None) -> MailStack:
    """Start the stack unless ``status`` says it is up; raise RuntimeError with the script's output."""
    directory = directory or stack_dir()
    rc, out = _mailstack("status", directory)
    if rc != 0 or not Path(directory, "stack.env").exists():
        rc, out = _mailstack("start", directory)
        if rc != 0:
            raise RuntimeError(
                f"could not start the mail stack (python {MAILSTACK} start --dir {directory}, exit {rc}); "
                f"on a new machine run: bash {MAILSTACK.with_name('install.sh')}\n{out}"
            )
    return load_stack(directory)


@pytest.fixture(scope="session")
def mail_stack() -> MailStack:
    try:
        return ensure_stack()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
