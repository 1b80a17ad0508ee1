#!/usr/bin/env python3
"""Private Dovecot + Postfix mail stack on 127.0.0.1 for mailer's integration tests and CI.

    python tests/integration/stack/mailstack.py start|stop|status [--dir DIR] [--timeout S]

Everything (configs, TLS material, queue, mailboxes, logs, pid files) lives under DIR
(default /tmp/mst, or $MAILER_STACK_DIR). Nothing under /etc is changed; the only system-wide
change is creating the `vmail` system user when it is missing. Needs root, stdlib only.

  IMAP  127.0.0.1:10143  plaintext login allowed, STARTTLS offered
  IMAPS 127.0.0.1:10993  implicit TLS
  SMTP  127.0.0.1:10025  any domain accepted from loopback, STARTTLS offered, optional AUTH
  SMTPS 127.0.0.1:10465  implicit TLS (smtpd_tls_wrappermode)

Any user name (use a fresh address per test, e.g. t-<uuid>@example.test) logs in with
password "secret"; every recipient of every domain is delivered by Postfix over LMTP into the
Dovecot mailbox named by the full address. TLS: private CA at DIR/tls/ca.pem.
DIR/stack.env holds KEY=VALUE lines with the ports for tests. Other ports: MAILER_STACK_IMAP_PORT,
MAILER_STACK_IMAPS_PORT, MAILER_STACK_SMTP_PORT, MAILER_STACK_SMTPS_PORT, or MAILER_STACK_PORTS=auto for
free ones; a started DIR keeps its ports in stack.env, so status and stop find them.

Exit codes: start/stop 0 on success; status 0 iff both servers are up and healthy.
"""
from __future__ import annotations

import argparse
import contextlib
import errno
import fcntl
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = os.environ.get("MAILER_STACK_DIR") or "/tmp/mst"

HOST = "127.0.0.1"
IMAP_PORT = 10143
IMAPS_PORT = 10993
SMTP_PORT = 10025
SMTPS_PORT = 10465
PASSWORD = "secret"
MAX_USERIP_CONNECTIONS = 200
MAIL_USER = "vmail"
START_TIMEOUT = 20.0
SELF_CHECK_USER = "mailstack-selfcheck"
SELF_CHECK_DOMAIN = "selfcheck.invalid"
STOP_TIMEOUT = 15.0
# sun_path is 108 bytes incl. NUL; the deepest sockets are ~45 bytes below DIR
# (DIR/run/dovecot/token-login/tokenlogin, DIR/run/dovecot/replication-notify-fifo, ...).
SOCKET_SUFFIX_RESERVE = 45
SOCKET_PATH_MAX = 107

DOVECOT = "/usr/sbin/dovecot"
POSTFIX = "/usr/sbin/postfix"
OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"


class StackError(Exception):
    """A failure with a message meant for the person running the command."""


def log(msg: str) -> None:
    print(f"mailstack: {msg}", flush=True)


class Paths:
    def __init__(self, directory: str | os.PathLike[str]):
        d = Path(os.path.abspath(os.fspath(directory)))
        self.dir = d
        self.lock = d / ".mailstack.lock"
        self.env_file = d / "stack.env"
        self.logs = d / "log"
        self.dovecot_log = self.logs / "dovecot.log"
        self.dovecot_start_log = self.logs / "dovecot-start.log"
        self.postfix_log = self.logs / "postfix.log"
        self.postfix_start_log = self.logs / "postfix-start.log"
        self.dovecot_conf = d / "dovecot.conf"
        self.run = d / "run"
        self.dovecot_base = self.run / "dovecot"
        self.dovecot_pid = self.dovecot_base / "master.pid"
        self.lmtp_socket = self.dovecot_base / "lmtp-postfix"
        self.lib = d / "lib"
        self.dovecot_state = self.lib / "dovecot"
        self.mail = d / "mail"
        self.postfix_conf = d / "postfix"
        self.main_cf = self.postfix_conf / "main.cf"
        self.master_cf = self.postfix_conf / "master.cf"
        self.spool = d / "spool"
        self.postfix_pid = self.spool / "pid" / "master.pid"
        self.tls = d / "tls"
        self.ca_pem = self.tls / "ca.pem"
        self.ca_key = self.tls / "ca.key"
        self.server_pem = self.tls / "server.pem"
        self.server_key = self.tls / "server.key"
        self.dh_pem = self.tls / "dh.pem"


# --------------------------------------------------------------------------- helpers


def _tail(path: Path, lines: int = 40) -> str:
    try:
        data = path.read_bytes()[-64 * 1024 :]
    except OSError as exc:
        return f"    ({path}: {exc.strerror})"
    text = data.decode("utf-8", "replace").splitlines()[-lines:]
    if not text:
        return f"    ({path} is empty)"
    return "\n".join("    " + line for line in text)


def _log_tails(*paths: Path) -> str:
    return "\n".join(f"--- last lines of {p} ---\n{_tail(p)}" for p in paths)


def _run_logged(argv: list[str], logfile: Path, timeout: float = 60) -> int:
    """Run a command with stdout/stderr appended to logfile (never a pipe: daemons inherit it)."""
    logfile.parent.mkdir(parents=True, exist_ok=True)
    with open(logfile, "ab") as lf:
        lf.write(f"\n=== {time.strftime('%Y-%m-%d %H:%M:%S')} $ {' '.join(argv)}\n".encode())
        lf.flush()
        try:
            return subprocess.run(
                argv, stdin=subprocess.DEVNULL, stdout=lf, stderr=subprocess.STDOUT, timeout=timeout
            ).returncode
        except subprocess.TimeoutExpired:
            lf.write(f"=== timed out after {timeout}s\n".encode())
            return 124


def _openssl(*args: str) -> None:
    r = subprocess.run([OPENSSL, *args], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise StackError(f"openssl {' '.join(args[:2])} failed (exit {r.returncode}):\n{r.stderr.strip()}")


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _proc_comm(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return None


def _alive(pid: int | None) -> bool:
    if not pid or pid <= 0:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    state = stat.rsplit(")", 1)[-1].split()[0]
    return state not in ("Z", "X")


def _cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\0")
    except OSError:
        return []


def _environ(pid: int) -> dict[str, str]:
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes().decode("utf-8", "replace")
    except OSError:
        return {}
    return dict(item.split("=", 1) for item in raw.split("\0") if "=" in item)


def _all_pids() -> list[int]:
    return [int(n) for n in os.listdir("/proc") if n.isdigit()]


def _descendants(roots: list[int]) -> list[int]:
    """All live descendants of `roots` (from /proc/*/stat parent links)."""
    parent: dict[int, int] = {}
    for pid in _all_pids():
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 1 and fields[0] not in ("Z", "X"):
            parent[pid] = int(fields[1])
    found: list[int] = []
    todo = list(roots)
    while todo:
        cur = todo.pop()
        kids = [pid for pid, pp in parent.items() if pp == cur and pid not in found]
        found += kids
        todo += kids
    return found


def _children(ppid: int, comm: str) -> list[int]:
    found = []
    for pid in _all_pids():
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.find("(") + 1 : stat.rfind(")")]
        fields = stat[stat.rfind(")") + 2 :].split()
        if name == comm and len(fields) > 1 and fields[1] == str(ppid) and fields[0] not in ("Z", "X"):
            found.append(pid)
    return found


def dovecot_master_pids(p: Paths) -> list[int]:
    """Dovecot master processes started with -c DIR/dovecot.conf (pid file first, then /proc scan,
    which also finds a master whose DIR was deleted underneath it)."""
    conf = str(p.dovecot_conf)

    def ours(pid: int | None) -> bool:
        if not _alive(pid) or _proc_comm(pid) != "dovecot":  # type: ignore[arg-type]
            return False
        argv = _cmdline(pid)  # type: ignore[arg-type]
        return any(a == "-c" and i + 1 < len(argv) and argv[i + 1] == conf for i, a in enumerate(argv))

    pid = _read_pid(p.dovecot_pid)
    if ours(pid):
        return [pid]  # type: ignore[list-item]
    return [pid for pid in _all_pids() if ours(pid)]


def postfix_master_pids(p: Paths) -> list[int]:
    """Postfix master processes of this instance (MAIL_CONFIG=DIR/postfix in their environment)."""
    conf = str(p.postfix_conf)
    pid = _read_pid(p.postfix_pid)
    if _alive(pid) and _proc_comm(pid) == "master":  # type: ignore[arg-type]
        env = _environ(pid)  # type: ignore[arg-type]
        if not env or env.get("MAIL_CONFIG") == conf:  # (environ unreadable when not root: trust the pid file)
            return [pid]  # type: ignore[list-item]
    return [pid for pid in _all_pids()
            if _proc_comm(pid) == "master" and _alive(pid) and _environ(pid).get("MAIL_CONFIG") == conf]


def _port_owner(port: int) -> str:
    """Best effort: 'pid N (comm)' of whoever listens on TCP port, from /proc."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            cols = row.split()
            if len(cols) > 9 and cols[3] == "0A" and int(cols[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(cols[9])
    if not inodes:
        return ""
    for pid in _all_pids():
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                link = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if link.startswith("socket:[") and link[8:-1] in inodes:
                return f" (held by pid {pid} {_proc_comm(pid) or '?'}: {' '.join(_cmdline(pid)).strip()})"
    return ""


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return False
            raise
    return True


# --------------------------------------------------------------------------- health


def _client_tls_context(p: Paths) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(p.ca_pem))


def _probe(port: int, expect: bytes, bye: bytes, tls_ctx: ssl.SSLContext | None = None, timeout: float = 2.0) -> str | None:
    """None if the server on port greets with `expect`, else a reason."""
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as raw:
            raw.settimeout(timeout)
            sock: socket.socket = raw
            if tls_ctx is not None:
                sock = tls_ctx.wrap_socket(raw, server_hostname="localhost")
            greeting = b""
            while b"\n" not in greeting and len(greeting) < 4096:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                greeting += chunk
            with contextlib.suppress(OSError):
                sock.sendall(bye)
            if greeting.startswith(expect):
                return None
            return f"unexpected greeting {greeting[:80]!r}"
    except (OSError, ssl.SSLError) as exc:
        return f"{type(exc).__name__}: {exc}"


def health(p: Paths) -> dict[str, str | None]:
    """component -> None when healthy, else the reason."""
    res: dict[str, str | None] = {}
    d_pids = dovecot_master_pids(p)
    f_pids = postfix_master_pids(p)
    res["dovecot process"] = None if d_pids else "not running"
    res["postfix process"] = None if f_pids else "not running"
    try:
        ctx: ssl.SSLContext | None = _client_tls_context(p)
    except (OSError, ssl.SSLError) as exc:
        ctx = None
        ca_reason = f"no usable CA file {p.ca_pem}: {exc}"
    if d_pids:
        res[f"imap  {HOST}:{IMAP_PORT}"] = _probe(IMAP_PORT, b"* OK", b"a LOGOUT\r\n")
        res[f"imaps {HOST}:{IMAPS_PORT}"] = (
            _probe(IMAPS_PORT, b"* OK", b"a LOGOUT\r\n", ctx) if ctx else ca_reason
        )
        res["lmtp socket"] = None if p.lmtp_socket.is_socket() else f"{p.lmtp_socket} missing"
    if f_pids:
        # qmgr moves mail from the queue to the lmtp client; a broken one throttles and is absent.
        res["postfix qmgr"] = None if _children(f_pids[0], "qmgr") else "no qmgr process (see postfix.log)"
        res[f"smtp  {HOST}:{SMTP_PORT}"] = _probe(SMTP_PORT, b"220", b"QUIT\r\n")
        res[f"smtps {HOST}:{SMTPS_PORT}"] = (
            _probe(SMTPS_PORT, b"220", b"QUIT\r\n", ctx) if ctx else ca_reason
        )
    return res


def all_up(h: dict[str, str | None]) -> bool:
    return len(h) >= 8 and all(v is None for v in h.values())


# --------------------------------------------------------------------------- setup


def _render(template: str, values: dict[str, object]) -> str:
    text = (HERE / template).read_text()
    for key, val in values.items():
        text = text.replace(f"@@{key}@@", str(val))
    left = re.findall(r"@@[A-Z_]+@@", text)
    if left:
        raise StackError(f"{template}: unknown placeholders {sorted(set(left))}")
    return text


def rendered_configs(p: Paths) -> dict[Path, str]:
    values = {
        "DIR": p.dir,
        "PASSWORD": PASSWORD,
        "IMAP_PORT": IMAP_PORT,
        "IMAPS_PORT": IMAPS_PORT,
        "SMTP_PORT": SMTP_PORT,
        "SMTPS_PORT": SMTPS_PORT,
        "MAX_USERIP": MAX_USERIP_CONNECTIONS,
    }
    return {
        p.dovecot_conf: _render("dovecot.conf.in", values),
        p.main_cf: _render("postfix-main.cf.in", values),
        p.master_cf: _render("postfix-master.cf.in", values),
    }


def configs_current(rendered: dict[Path, str]) -> bool:
    for path, text in rendered.items():
        try:
            if path.read_text() != text:
                return False
        except OSError:
            return False
    return True


def preflight(p: Paths) -> None:
    if os.geteuid() != 0:
        raise StackError("must run as root (Dovecot/Postfix masters need it); try: sudo " + " ".join(sys.argv))
    missing = [b for b in (DOVECOT, POSTFIX, "/usr/sbin/postconf", OPENSSL) if not os.access(b, os.X_OK)]
    if not os.path.isdir("/usr/lib/dovecot/modules") or not os.access("/usr/lib/dovecot/lmtp", os.X_OK):
        missing.append("/usr/lib/dovecot/lmtp (dovecot-lmtpd)")
    if not os.access("/usr/lib/dovecot/imap", os.X_OK):
        missing.append("/usr/lib/dovecot/imap (dovecot-imapd)")
    if missing:
        raise StackError(
            f"missing: {', '.join(missing)}\n  install with: bash {HERE / 'install.sh'}"
        )
    for user in ("postfix", "dovecot", "dovenull"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            raise StackError(f"system user {user!r} missing (broken package install?); run: bash {HERE / 'install.sh'}")
    if len(str(p.dir)) + SOCKET_SUFFIX_RESERVE > SOCKET_PATH_MAX:
        raise StackError(
            f"--dir {p.dir} is too long ({len(str(p.dir))} bytes): unix socket paths under it would exceed "
            f"{SOCKET_PATH_MAX} bytes; use a directory of at most {SOCKET_PATH_MAX - SOCKET_SUFFIX_RESERVE} bytes"
        )
    # vmail (mail), postfix and dovenull must be able to traverse every ancestor of DIR.
    for anc in list(p.dir.parents)[::-1]:
        try:
            mode = anc.stat().st_mode
        except FileNotFoundError:
            break
        if not mode & 0o001:
            raise StackError(f"{anc} is not world-traversable (mode {oct(mode & 0o777)}); the vmail/postfix "
                             f"users could not reach {p.dir}. Pick another --dir (e.g. under /tmp).")


def ensure_mail_user() -> tuple[int, int]:
    try:
        pw = pwd.getpwnam(MAIL_USER)
    except KeyError:
        log(f"creating system user {MAIL_USER!r}")
        nologin = "/usr/sbin/nologin" if os.path.exists("/usr/sbin/nologin") else "/bin/false"
        if shutil.which("useradd"):
            argv = ["useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", nologin, MAIL_USER]
        else:
            argv = ["adduser", "--system", "--group", "--no-create-home", "--home", "/nonexistent",
                    "--shell", nologin, MAIL_USER]
        r = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        try:
            pw = pwd.getpwnam(MAIL_USER)
        except KeyError:
            raise StackError(f"could not create user {MAIL_USER!r}: {' '.join(argv)} -> {r.returncode} {r.stderr.strip()}")
    if pw.pw_uid == 0:
        raise StackError(f"user {MAIL_USER!r} has uid 0; Dovecot refuses to deliver mail as root")
    return pw.pw_uid, pw.pw_gid


def _mkdir(path: Path, mode: int = 0o755, uid: int = 0, gid: int = 0) -> None:
    path.mkdir(parents=True, exist_ok=True)
    os.chown(path, uid, gid)
    os.chmod(path, mode)


def ensure_tls(p: Paths) -> None:
    _mkdir(p.tls, 0o755)
    have = all(f.exists() for f in (p.ca_pem, p.ca_key, p.server_pem, p.server_key))
    if have:
        ok = subprocess.run([OPENSSL, "x509", "-checkend", "86400", "-noout", "-in", str(p.server_pem)],
                            stdin=subprocess.DEVNULL, capture_output=True, timeout=30).returncode == 0
        ok = ok and subprocess.run([OPENSSL, "verify", "-CAfile", str(p.ca_pem), str(p.server_pem)],
                                   stdin=subprocess.DEVNULL, capture_output=True, timeout=30).returncode == 0
        if ok:
            if not p.dh_pem.exists():
                _openssl("genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", "group:ffdhe2048", "-out", str(p.dh_pem))
            return
        log("TLS material expired or inconsistent: regenerating")
    log(f"generating private CA and localhost/127.0.0.1 server certificate in {p.tls}")
    old_umask = os.umask(0o077)
    try:
        _openssl("req", "-x509", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                 "-keyout", str(p.ca_key), "-out", str(p.ca_pem), "-days", "3650", "-sha256",
                 "-subj", "/O=mailer test stack/CN=mailer test stack CA",
                 "-addext", "basicConstraints=critical,CA:TRUE",
                 "-addext", "keyUsage=critical,keyCertSign,cRLSign",
                 "-addext", "subjectKeyIdentifier=hash")
        csr = p.tls / "server.csr"
        ext = p.tls / "server.ext"
        _openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                 "-keyout", str(p.server_key), "-out", str(csr), "-subj", "/O=mailer test stack/CN=localhost")
        ext.write_text(
            "basicConstraints=critical,CA:FALSE\n"
            "keyUsage=critical,digitalSignature,keyEncipherment\n"
            "extendedKeyUsage=serverAuth\n"
            "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
            "subjectKeyIdentifier=hash\n"
            "authorityKeyIdentifier=keyid,issuer\n"
        )
        _openssl("x509", "-req", "-in", str(csr), "-CA", str(p.ca_pem), "-CAkey", str(p.ca_key),
                 "-set_serial", "0x" + secrets.token_hex(16), "-days", "825", "-sha256",
                 "-extfile", str(ext), "-out", str(p.server_pem))
        csr.unlink()
        ext.unlink()
        if not p.dh_pem.exists():
            _openssl("genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", "group:ffdhe2048", "-out", str(p.dh_pem))
    finally:
        os.umask(old_umask)
    for f in (p.ca_pem, p.server_pem, p.dh_pem):
        os.chmod(f, 0o644)
    for f in (p.ca_key, p.server_key):
        os.chmod(f, 0o600)


def write_configs(p: Paths, rendered: dict[Path, str]) -> None:
    past = time.time() - 60  # Postfix re-reads a main.cf younger than a few seconds over and over
    for path, text in rendered.items():
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        os.utime(path, (past, past))


def write_env(p: Paths) -> None:
    env = {
        "STACK_DIR": p.dir,
        "IMAP_HOST": HOST,
        "IMAP_PORT": IMAP_PORT,
        "IMAPS_PORT": IMAPS_PORT,
        "SMTP_HOST": HOST,
        "SMTP_PORT": SMTP_PORT,
        "SMTPS_PORT": SMTPS_PORT,
        "CA_FILE": p.ca_pem,
        "PASSWORD": PASSWORD,
        "MAIL_ROOT": p.mail,
    }
    tmp = p.env_file.with_name("stack.env.tmp")
    tmp.write_text("".join(f"{k}={v}\n" for k, v in env.items()))
    os.chmod(tmp, 0o644)
    os.replace(tmp, p.env_file)


def prepare_dirs(p: Paths, uid: int, gid: int) -> None:
    _mkdir(p.dir, 0o755)
    for d in (p.logs, p.run, p.lib, p.postfix_conf, p.spool):
        _mkdir(d, 0o755)
    _mkdir(p.dovecot_state, 0o750)
    _mkdir(p.mail, 0o770, uid, gid)


@contextlib.contextmanager
def locked(p: Paths, timeout: float = 120.0):
    _mkdir(p.dir, 0o755)
    fd = os.open(p.lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StackError(f"another mailstack.py holds {p.lock} for more than {timeout:.0f}s")
                time.sleep(0.2)
        yield
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- start / stop


def _wait_gone(pids: list[int], timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pids = [x for x in pids if _alive(x)]
        if not pids:
            return []
        time.sleep(0.1)
    return [x for x in pids if _alive(x)]


def stop(p: Paths) -> None:
    """Stop this DIR's Postfix and Dovecot (found by pid file or /proc), wait until they and their
    children (which hold the listening sockets) are gone. Idempotent."""
    postfix = postfix_master_pids(p)
    dovecot = dovecot_master_pids(p)
    if not (postfix or dovecot):
        log(f"not running ({p.dir})")
        return
    family = _descendants(postfix + dovecot)
    comms = {pid: _proc_comm(pid) for pid in family + postfix + dovecot}
    if postfix:
        log(f"stopping postfix (master pid {', '.join(map(str, postfix))})")
        if p.main_cf.exists() and _read_pid(p.postfix_pid) in postfix:
            _run_logged([POSTFIX, "-c", str(p.postfix_conf), "stop"], p.postfix_start_log, timeout=STOP_TIMEOUT)
    if dovecot:
        # SIGTERM is what `dovecot stop` sends (that command then polls, which costs an extra second).
        log(f"stopping dovecot (master pid {', '.join(map(str, dovecot))})")
    for pid in postfix + dovecot:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    left = _wait_gone(postfix + dovecot, STOP_TIMEOUT)
    left += _wait_gone(family, 5)
    for pid in left:
        if _proc_comm(pid) == comms[pid]:  # still the same program (not a recycled pid)
            log(f"pid {pid} ({comms[pid]}) did not exit on SIGTERM: killing it")
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    _wait_gone(left, 3)
    log("stopped")


def _new_fatal_lines(marks: dict[Path, int]) -> list[str]:
    """Fatal errors written to the servers' logs since `marks` (file -> size before start)."""
    found = []
    for path, offset in marks.items():
        try:
            with open(path, "rb") as f:
                f.seek(offset)
                new = f.read(256 * 1024).decode("utf-8", "replace")
        except OSError:
            continue
        found += [line.strip() for line in new.splitlines() if " fatal: " in line or " Fatal: " in line]
    return found


def _fail(p: Paths, what: str, logs: list[Path]) -> StackError:
    return StackError(f"{what}\n{_log_tails(*logs)}")


def start(p: Paths, timeout: float) -> None:
    t0 = time.monotonic()
    preflight(p)
    with locked(p):
        uid, gid = ensure_mail_user()
        rendered = rendered_configs(p)
        h = health(p)
        if all_up(h):
            if configs_current(rendered):
                write_env(p)
                log(f"already running and healthy ({p.dir}); env in {p.env_file}")
                return
            log("running, but its configuration changed: restarting")
            stop(p)
        elif dovecot_master_pids(p) or postfix_master_pids(p):
            bad = ", ".join(f"{k}: {v}" for k, v in h.items() if v)
            log(f"partially running ({bad}): restarting")
            stop(p)

        for port in (IMAP_PORT, IMAPS_PORT, SMTP_PORT, SMTPS_PORT):
            give_up = time.monotonic() + 3  # a just-stopped server's children may still be exiting
            while not _port_free(port) and time.monotonic() < give_up:
                time.sleep(0.1)
            if not _port_free(port):
                raise StackError(f"port {HOST}:{port} is already in use by another process{_port_owner(port)}; "
                                 f"stop it (or the stack of another --dir) first")

        prepare_dirs(p, uid, gid)
        ensure_tls(p)
        write_configs(p, rendered)
        with contextlib.suppress(FileNotFoundError):
            p.env_file.unlink()

        log_marks = {f: (f.stat().st_size if f.exists() else 0) for f in (p.dovecot_log, p.postfix_log)}

        # ---- Dovecot
        rc = _run_logged([DOVECOT, "-c", str(p.dovecot_conf)], p.dovecot_start_log, timeout=30)
        if rc != 0:
            stop(p)
            raise _fail(p, f"dovecot failed to start (exit {rc})", [p.dovecot_start_log, p.dovecot_log])

        # ---- Postfix
        rc = _run_logged([POSTFIX, "-c", str(p.postfix_conf), "check"], p.postfix_start_log, timeout=60)
        if rc != 0:
            stop(p)
            raise _fail(p, f"postfix check failed (exit {rc})", [p.postfix_start_log, p.postfix_log])
        rc = _run_logged([POSTFIX, "-c", str(p.postfix_conf), "start"], p.postfix_start_log, timeout=60)
        if rc != 0:
            stop(p)
            raise _fail(p, f"postfix failed to start (exit {rc})", [p.postfix_start_log, p.postfix_log])

        # ---- wait until both accept connections (fail fast on a fatal error in their logs)
        t_spawn = time.monotonic()
        deadline = t0 + timeout
        while True:
            h = health(p)
            if all_up(h):
                break
            dead = [k for k in ("dovecot process", "postfix process") if h.get(k)]
            fatal = _new_fatal_lines(log_marks) if time.monotonic() - t_spawn > 2 else []
            if dead or fatal or time.monotonic() > deadline:
                bad = "; ".join(f"{k}: {v}" for k, v in h.items() if v)
                logs = []
                if any(k.startswith(("dovecot", "imap", "lmtp")) for k, v in h.items() if v):
                    logs += [p.dovecot_start_log, p.dovecot_log]
                if any(k.startswith(("postfix", "smtp")) for k, v in h.items() if v):
                    logs += [p.postfix_start_log, p.postfix_log]
                stop(p)
                why = ("a server died during start-up" if dead else
                       f"fatal errors logged: {fatal[0]}" if fatal else f"not healthy after {timeout:.0f}s")
                raise _fail(p, f"{why}: {bad}", logs or [p.dovecot_log, p.postfix_log])
            time.sleep(0.1)
        self_check(p, max(5.0, deadline - time.monotonic()), log_marks)
        write_env(p)
    log(f"started in {time.monotonic() - t0:.2f}s: IMAP {HOST}:{IMAP_PORT} (STARTTLS), IMAPS :{IMAPS_PORT}, "
        f"SMTP :{SMTP_PORT} (STARTTLS, AUTH), SMTPS :{SMTPS_PORT}; any user / password {PASSWORD!r}; "
        f"CA {p.ca_pem}; env {p.env_file}")


def self_check(p: Paths, timeout: float, log_marks: dict[Path, int]) -> None:
    """Send one message through smtpd -> qmgr -> lmtp -> Dovecot and wait for it in the Maildir."""
    import smtplib

    token = secrets.token_hex(8)
    rcpt = f"{SELF_CHECK_USER}@{SELF_CHECK_DOMAIN}"
    new_dir = p.mail / SELF_CHECK_DOMAIN / SELF_CHECK_USER / "Maildir" / "new"
    body = (f"From: mailstack <{rcpt}>\r\nTo: <{rcpt}>\r\nSubject: mailstack self-check {token}\r\n"
            f"\r\nself-check {token}\r\n")
    t0 = time.monotonic()
    fatal: list[str] = []
    try:
        with smtplib.SMTP(HOST, SMTP_PORT, timeout=10) as smtp:
            smtp.sendmail(rcpt, [rcpt], body)
    except (OSError, smtplib.SMTPException) as exc:
        stop(p)
        raise _fail(p, f"self-check: SMTP submission to {HOST}:{SMTP_PORT} failed: {exc}", [p.postfix_log])
    while time.monotonic() - t0 < timeout:
        with contextlib.suppress(OSError):
            for f in new_dir.iterdir():
                with contextlib.suppress(OSError):
                    if token.encode() in f.read_bytes():
                        f.unlink()
                        return
        fatal = _new_fatal_lines(log_marks)
        if fatal and time.monotonic() - t0 > 0.5:
            break
        time.sleep(0.05)
    logs = [p.postfix_log, p.dovecot_log]
    stop(p)
    why = f"fatal errors logged: {fatal[0]}" if fatal else f"not delivered within {timeout:.0f}s"
    raise _fail(p, f"self-check: a message to {rcpt} did not reach {new_dir}: {why}", logs)


def status(p: Paths) -> int:
    h = health(p)
    for k, v in h.items():
        print(f"  {k:28} {'ok' if v is None else v}")
    if all_up(h):
        log(f"up ({p.dir})")
        return 0
    log(f"down ({p.dir})")
    return 1


PORT_NAMES = ("IMAP_PORT", "IMAPS_PORT", "SMTP_PORT", "SMTPS_PORT")


def choose_ports(p: Paths, command: str) -> None:
    """The stack's four ports, in this order: $MAILER_STACK_<NAME> (a number each, or MAILER_STACK_PORTS=auto
    for free ones picked now); else those DIR/stack.env recorded when this DIR's stack started; else the
    defaults (10143, 10993, 10025, 10465). Several stacks in several DIRs can so share one machine."""
    recorded: dict[str, int] = {}
    with contextlib.suppress(OSError, ValueError):
        for line in p.env_file.read_text().splitlines():
            key, _, value = line.partition("=")
            if key.strip() in PORT_NAMES:
                recorded[key.strip()] = int(value)
    auto = os.environ.get("MAILER_STACK_PORTS", "").lower() == "auto" and command == "start" and not recorded
    picked = _free_ports(len(PORT_NAMES)) if auto else []
    for index, name in enumerate(PORT_NAMES):
        value = os.environ.get(f"MAILER_STACK_{name}") or (picked[index] if picked else recorded.get(name))
        if value is not None:
            globals()[name] = int(value)


def _free_ports(count: int) -> list[int]:
    """Ports the kernel has free on HOST now (held open together, so they differ)."""
    socks = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind((HOST, 0))
            socks.append(sock)
        return [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["start", "stop", "status"])
    ap.add_argument("--dir", default=DEFAULT_DIR, help=f"state directory (default {DEFAULT_DIR}; env MAILER_STACK_DIR)")
    ap.add_argument("--timeout", type=float, default=START_TIMEOUT, help="start: seconds to wait for health")
    args = ap.parse_args(argv)
    p = Paths(args.dir)
    choose_ports(p, args.command)
    try:
        if args.command == "start":
            start(p, args.timeout)
            return 0
        if args.command == "stop":
            if os.geteuid() != 0:
                raise StackError("must run as root")
            if p.dir.exists():
                with locked(p):
                    stop(p)
            else:
                stop(p)  # DIR removed under a running stack: still finds its processes via /proc
            return 0
        return status(p)
    except StackError as exc:
        print(f"mailstack: ERROR: {exc}", file=sys.stderr, flush=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
