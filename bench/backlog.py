"""Benchmark: a real backlog in the test Dovecot, as ratios against floors measured in the same run.

  python bench/backlog.py                              # all sections, default sizes (about 15 min on 2 cores)
  python bench/backlog.py --only backlog --sizes 2000  # one section
  python bench/backlog.py --only profile --sizes 300   # cProfile of an in-process ingest: top entries
  python bench/backlog.py --only split --sizes 2000    # where an in-process ingest's time goes, per mail

Sections:
  backlog  mailboxes of N mails (70% submissions with a ~150 KB PDF résumé, 20% replies, 10% auto-replies), read by
           `mailer run --once` (a subprocess: wall time and peak RSS from wait4) vs the floor, a bare imapclient
           FETCH BODY.PEEK[] of the same UIDs in batches of 50. Growth and RSS ratios come from the same runs.
  idle     a pass with no new mail on a 100,000-mail folder vs a 100-mail folder (median of repeated passes).
  split    an in-process ingest with wall-clock timers (no profiler overhead) around each stage: IMAP (the
           imapclient calls: server wait and response parsing), rebuilding sparse mails (parts.py), parse, trust,
           context (store reads), classify, store writes and effects, commits; "other" is the rest.
  latency  a reply appended to a running daemon's inbox (IDLE): seconds until it is recorded, p50 and p95.

Mail is loaded fast, not through SMTP: written as Maildir files straight into the stack's mail folder when this
process may (root, the test stack's layout), else with IMAP APPEND in bulk (MULTIAPPEND).
"""

from __future__ import annotations

import argparse
import base64
import cProfile
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
import io
import itertools
import os
from pathlib import Path
import pstats
import pwd
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Iterable, Iterator
import uuid

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "integration"))
sys.path.insert(0, str(ROOT))

from imapclient import IMAPClient  # noqa: E402

from helpers import config_text  # noqa: E402
from stack.fixture import ensure_stack  # noqa: E402
from stages import Stopwatch, TimedCommits  # noqa: E402

NOW = datetime(2026, 11, 25, 15, tzinfo=timezone.utc)  # a Wednesday: nothing is due an hour after submitting
RECRUITERS = [(f"rec{i}@acme.test", f"Rec{i} Recruiter", None) for i in range(5)]
MANAGERS = [(f"mgr{i}@acme.test", f"Mgr{i} Manager", None) for i in range(50)]
FIRST = ["Jane", "Omar", "Li", "Kwame", "Ana", "Priya", "Tom", "Eva", "Noah", "Mia", "Ivan", "Sara"]
LAST = ["Doe", "Haddad", "Wei", "Mensah", "Silva", "Patel", "Berg", "Novak", "Kim", "Rossi", "Petrov", "Costa"]
BLOBS = [b"%PDF-1.4\n" + random.Random(i).randbytes(150_000) for i in range(16)]  # résumé-sized, incompressible


def backlog_mails(n: int, seed: int = 1, signed: bool = False) -> Iterator[bytes]:
    """n mails a mailer inbox receives: submissions with a PDF, managers' replies in thread, out-of-office.
    `signed`: each with a DKIM signature of acme.test (the key in tests/data/dkim), as a signing server adds.

    Generated one at a time: a child forked from a process holding 2 GB of mail would report that as its
    own peak RSS."""
    rnd = random.Random(seed)
    sent = []
    date = format_datetime(NOW - timedelta(hours=1))
    for i in range(n):
        mid = f"<bench-{seed}-{i}@acme.test>"
        roll = rnd.random()
        if roll < 0.7 or not sent:
            recruiter, manager = rnd.choice(RECRUITERS)[0], rnd.choice(MANAGERS)[0]
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            # A third name the candidate only in the résumé's file name.
            subject = f"Candidate: {first} {last} {i} – Engineer" if i % 3 else "A strong candidate for you"
            pdf = base64.encodebytes(BLOBS[i % len(BLOBS)]).decode()
            body = (f"From: {recruiter}\r\nTo: {manager}\r\nCc: mailer@acme.test\r\nSubject: {subject}\r\n"
                    f"Date: {date}\r\nMessage-ID: {mid}\r\nMIME-Version: 1.0\r\n"
                    f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n"
                    f"Content-Type: multipart/alternative; boundary=a{i}\r\n\r\n--a{i}\r\n"
                    f"Content-Type: text/plain; charset=utf-8\r\n\r\nHi, {first} would be great for the team. "
                    f"Résumé attached.\r\n--a{i}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                    f"<p>Hi, {first} would be great for the team. Résumé attached.</p>\r\n--a{i}--\r\n"
                    f"--b{i}\r\nContent-Type: application/pdf; name={first}_{last}_{i}_CV.pdf\r\n"
                    f"Content-Disposition: attachment; filename={first}_{last}_{i}_CV.pdf\r\n"
                    f"Content-Transfer-Encoding: base64\r\n\r\n{pdf}\r\n--b{i}--\r\n")
            sent.append((mid, manager, subject))
        elif roll < 0.9:
            parent, manager, subject = rnd.choice(sent)
            body = (f"From: {manager}\r\nTo: {rnd.choice(RECRUITERS)[0]}\r\nCc: mailer@acme.test\r\n"
                    f"Subject: Re: {subject}\r\nDate: {date}\r\nMessage-ID: {mid}\r\nIn-Reply-To: {parent}\r\n"
                    f"References: {parent}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                    f"Thanks, let's talk next week.\r\n\r\n> Hi, a candidate for you\r\n")
        else:
            parent, manager, subject = rnd.choice(sent)
            body = (f"From: {manager}\r\nTo: mailer@acme.test\r\nSubject: Automatic reply: {subject}\r\n"
                    f"Date: {date}\r\nMessage-ID: {mid}\r\nIn-Reply-To: {parent}\r\nAuto-Submitted: auto-replied\r\n"
                    f"Content-Type: text/plain; charset=utf-8\r\n\r\nI am out of the office until Monday.\r\n")
        yield dkim_signed(body.encode()) if signed else body.encode()


DKIM_DATA = ROOT / "tests" / "data" / "dkim"


def dkim_signed(raw: bytes) -> bytes:
    import dkim
    key = (DKIM_DATA / "test-key.pem").read_bytes()
    return dkim.sign(raw, b"sel", b"acme.test", key, canonicalize=(b"relaxed", b"relaxed"),
                     include_headers=[b"from", b"to", b"cc", b"subject", b"message-id"]) + raw


def small_mails(n: int) -> Iterator[bytes]:
    return ((f"From: someone{i % 97}@example.test\r\nTo: mailer@acme.test\r\nSubject: note {i}\r\n"
             f"Message-ID: <small-{i}@example.test>\r\n\r\nhello\r\n").encode() for i in range(n))


class Mailbox:
    """A fresh user of the test stack, with its mail loaded fast."""

    def __init__(self, stack, label: str):
        self.stack = stack
        self.user = f"bench-{label}-{uuid.uuid4().hex[:6]}@acme.test"
        self.tmp = Path(tempfile.mkdtemp(prefix=f"bench-{label}-"))

    def client(self) -> IMAPClient:
        client = IMAPClient(self.stack.host, port=self.stack.imap_port, ssl=False, timeout=120)
        client.login(self.user, self.stack.password)
        return client

    def load(self, mails: Iterable[bytes]) -> str:
        mails = iter(mails)
        with self.client() as client:
            client.select_folder("INBOX")  # Dovecot creates the Maildir
        maildir = Path(os.environ.get("MAIL_ROOT", "/tmp/mst/mail")) / "acme.test" / self.user.split("@")[0] / "Maildir"
        if os.geteuid() == 0 and (maildir / "cur").is_dir():
            owner = pwd.getpwnam("vmail")
            stamp = int(time.time())
            count = 0
            for i, raw in enumerate(mails):
                count += 1
                # Dovecot numbers new files in name order: the stamp and counter keep the list's order.
                path = maildir / "cur" / f"{stamp}.M{i:07d}P{os.getpid()}.bench,S={len(raw)}:2,S"
                path.write_bytes(raw)
                os.chown(path, owner.pw_uid, owner.pw_gid)
            how = "Maildir files"
        else:
            count = 0
            with self.client() as client:
                for chunk in iter(lambda: list(itertools.islice(mails, 500)), []):
                    client.multiappend("INBOX", [{"msg": m, "flags": (rb"\Seen",)} for m in chunk])
                    count += len(chunk)
            how = "IMAP MULTIAPPEND"
        with self.client() as client:
            assert client.select_folder("INBOX")[b"EXISTS"] == count  # Dovecot has indexed them all
        return how

    def config(self, start_from: str = "all", poll: str = "5 minutes", trust: str = "unauthenticated") -> Path:
        if trust == "dkim":  # the key the mails are signed with, pinned: no DNS
            record = "v=DKIM1; k=rsa; p=" + (DKIM_DATA / "test-key.pub.b64").read_text().strip()
            trust = '{method: dkim, dkim_keys: {"sel._domainkey.acme.test": "%s"}}' % record
        text = config_text(address=self.user, imap_port=self.stack.imap_port, smtp_port=self.stack.smtp_port,
                           recruiters=RECRUITERS, managers=MANAGERS, poll_every=poll, trust=trust)
        path = self.tmp / "config.yaml"
        path.write_text(text.replace("  start_from: all", f"  start_from: {start_from}"))
        return path


def floor_fetch(box: Mailbox, quiet: bool = False) -> float:
    """Seconds for a bare FETCH BODY.PEEK[] of every mail in batches of 50. `quiet`: without imaplib formatting
    repr() of each response for imapclient's debug logger (what mailer's IMAP edge does, inbox.quiet_imaplib):
    the least any reader must do. Not quiet: imapclient as it ships, the floor of rounds 1-3."""
    start = time.perf_counter()
    with box.client() as client:
        if quiet:
            client._imap.debug = 0  # as inbox.quiet_imaplib does; set here so the bench also runs on older mailers
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["UID", "1:*"]))
        for at in range(0, len(uids), 50):
            client.fetch(uids[at:at + 50], ["BODY.PEEK[]"])
    return time.perf_counter() - start


def mailer_once(config: Path, env: dict) -> tuple[float, float, str, float]:
    """(seconds, peak RSS in MB, output, CPU seconds) of one `mailer run --once` in a fresh process. The CPU
    seconds (user + system, from wait4) hardly move when other jobs share the cores; wall time does."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mailer", "run", "--once", "--now", NOW.isoformat(),
                             "--config", str(config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"mailer run --once failed:\n{out}")
    return seconds, usage.ru_maxrss / 1024, out.strip().splitlines()[-1], usage.ru_utime + usage.ru_stime


def section_backlog(stack, sizes: list[int], env: dict, trust: str = "unauthenticated") -> None:
    print(f"trust: {trust}")
    print(f"{'mails':>7} {'loaded by':>17} {'floor s':>8} {'quiet floor s':>14} {'mailer s':>9} {'ms/mail':>8} "
          f"{'floor/mailer':>13} {'quiet/mailer':>13} {'RSS MB':>7} {'CPU ms/mail':>12} {'floor CPU ms/mail':>18}")
    per_mail, rss = {}, {}
    for n in sizes:
        box = Mailbox(stack, f"b{n}")
        how = box.load(backlog_mails(n, signed=trust == "dkim"))
        cpu_start = time.process_time()
        floor = floor_fetch(box)
        floor_cpu = time.process_time() - cpu_start
        quiet = floor_fetch(box, quiet=True)
        seconds, peak, summary, cpu = mailer_once(box.config(trust=trust), env)
        per_mail[n], rss[n] = seconds / n * 1e3, peak
        print(f"{n:>7} {how:>17} {floor:>8.2f} {quiet:>14.2f} {seconds:>9.2f} {per_mail[n]:>8.2f} "
              f"{floor / seconds:>12.2f}× {quiet / seconds:>12.2f}× {peak:>7.0f} {cpu / n * 1e3:>12.2f} "
              f"{floor_cpu / n * 1e3:>18.2f}   ({summary})", flush=True)
    low, high = min(sizes), max(sizes)
    if low != high:
        print(f"growth: {per_mail[high]:.2f} ms/mail at {high} vs {per_mail[low]:.2f} at {low} = "
              f"{per_mail[high] / per_mail[low]:.2f}× (1.0 is linear); peak RSS {rss[high]:.0f} MB vs "
              f"{rss[low]:.0f} MB = {rss[high] / rss[low]:.2f}×")


def section_idle(stack, big: int, env: dict) -> None:
    from mailer.config.load import load
    from mailer.compose import environment
    from mailer.inbox import Inbox
    from mailer.ingest import ingest
    from mailer.store import Store

    medians = {}
    for n in (100, big):
        box = Mailbox(stack, f"idle{n}")
        how = box.load(small_mails(n))
        config = load(box.config(start_from="new"))
        store = Store(box.tmp / "mailer.db")
        inbox = Inbox(config.imap)
        templates = environment(config.templates)
        ingest(store, config, inbox, templates, NOW)  # first run: start_from=new leaves the folder's mail alone
        times = []
        for _ in range(25):
            start = time.perf_counter()
            report = ingest(store, config, inbox, templates, NOW)
            times.append(time.perf_counter() - start)
            assert report.seen == 0
        inbox.close()
        store.close()
        medians[n] = statistics.median(times)
        print(f"idle pass on {n:>6} mails ({how}): median {medians[n] * 1e3:.2f} ms of 25", flush=True)
    print(f"idle pass: {big} vs 100 mails = {medians[big] / medians[100]:.2f}×")


def section_latency(stack, rounds: int, env: dict) -> None:
    box = Mailbox(stack, "idle-latency")
    box.load(backlog_mails(1))
    config = box.config(poll="10 minutes")  # only IDLE can wake it in time
    daemon = subprocess.Popen([sys.executable, "-m", "mailer", "run", "--config", str(config)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = box.tmp / "mailer.db"
    try:
        wait_for(lambda: recorded(db, "bench-1-0@acme.test"), 60)
        delays = []
        with box.client() as client:
            for i in range(rounds):
                time.sleep(0.5)  # the daemon is back in IDLE
                mid = f"latency-{i}-{uuid.uuid4().hex[:6]}@acme.test"
                raw = (f"From: mgr0@acme.test\r\nTo: mailer@acme.test\r\nSubject: Re: Candidate\r\n"
                       f"Message-ID: <{mid}>\r\nIn-Reply-To: <bench-1-0@acme.test>\r\n\r\nnoted {i}\r\n").encode()
                start = time.perf_counter()
                client.append("INBOX", raw)
                wait_for(lambda: recorded(db, mid), 30)
                delays.append(time.perf_counter() - start)
    finally:
        daemon.terminate()
        daemon.wait(30)
    delays.sort()
    p95 = delays[max(0, int(round(0.95 * len(delays))) - 1)]
    print(f"reply recorded after delivery with IDLE: p50 {statistics.median(delays):.2f} s, p95 {p95:.2f} s, "
          f"max {delays[-1]:.2f} s over {rounds} replies")


def recorded(db: Path, key: str) -> bool:
    if not db.exists():
        return False
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT 1 FROM messages WHERE key = ?", (key,)).fetchone() is not None
    except sqlite3.OperationalError:
        return False


def wait_for(check, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the daemon")
        time.sleep(0.02)


def section_profile(stack, n: int, env: dict, trust: str = "unauthenticated") -> None:
    from mailer.config.load import load
    from mailer.compose import environment
    from mailer.inbox import Inbox
    from mailer.ingest import ingest
    from mailer.store import Store

    box = Mailbox(stack, f"prof{n}")
    box.load(backlog_mails(n, signed=trust == "dkim"))
    config = load(box.config(trust=trust))
    store, inbox = Store(box.tmp / "mailer.db"), Inbox(config.imap)
    profile = cProfile.Profile(time.process_time)  # CPU time: other jobs on the cores do not inflate it
    profile.enable()
    ingest(store, config, inbox, environment(config.templates), NOW)
    profile.disable()
    print(f"trust: {trust}")
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(order).print_stats(25)
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[:6000])


def section_split(stack, n: int, trust: str) -> None:
    from imapclient import IMAPClient as Client
    from mailer import ingest as ingest_module, parts
    try:  # where the DKIM check is called from (ingest itself before mailer/signedcopy.py: "before" figures)
        from mailer import signedcopy as checker
    except ImportError:
        checker = ingest_module
    from mailer.config.load import load
    from mailer.compose import environment
    from mailer.inbox import Inbox
    from mailer.store import Store
    from mailer.store.db import Store as DbStore

    box = Mailbox(stack, f"split{n}")
    box.load(backlog_mails(n, signed=trust == "dkim"))
    config = load(box.config(trust=trust))
    store, inbox = Store(box.tmp / "mailer.db"), Inbox(config.imap)
    watch = Stopwatch()
    for name in ("fetch", "search", "select_folder", "folder_status", "noop", "login"):
        watch.wrap(Client, name, "IMAP")
    watch.wrap(parts, "assemble", "rebuild sparse mail")
    watch.wrap(parts, "plan", "rebuild sparse mail")
    watch.wrap(ingest_module, "parse", "parse")
    watch.wrap(checker, "authenticate", "trust")
    watch.wrap(ingest_module, "context_for", "context (store reads)")
    watch.wrap(ingest_module, "classify", "classify")
    watch.wrap(ingest_module, "mentor_reply", "store writes + effects")
    watch.wrap(ingest_module.Effects, "apply", "store writes + effects")
    watch.wrap(DbStore, "record_message", "store writes + effects")
    watch.wrap(DbStore, "has_message", "context (store reads)")
    store.db = TimedCommits(store.db, watch)
    start, cpu = time.perf_counter(), time.process_time()
    report = ingest_module.ingest(store, config, inbox, environment(config.templates), NOW)
    total, cpu = time.perf_counter() - start, time.process_time() - cpu
    inbox.close()
    store.close()
    print(f"in-process ingest of {n} mails, trust: {trust}: {total:.2f} s, {total / n * 1e3:.2f} ms per mail "
          f"({dict(sorted(report.kinds.items()))}); CPU {cpu / n * 1e3:.2f} ms per mail")
    for stage, seconds in sorted(watch.spent.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<24} {seconds / n * 1e3:7.3f} ms per mail  {seconds / total:6.1%}")
    other = total - sum(watch.spent.values())
    print(f"  {'other':<24} {other / n * 1e3:7.3f} ms per mail  {other / total:6.1%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("backlog", "idle", "latency", "profile", "split"), action="append")
    parser.add_argument("--sizes", default="500,1000,2000,10000", help="backlog sizes (comma-separated)")
    parser.add_argument("--idle-size", type=int, default=100_000)
    parser.add_argument("--trust", default="unauthenticated",
                        help="trust methods for the backlog and split sections, comma-separated (unauthenticated,dkim)")
    parser.add_argument("--rounds", type=int, default=20, help="replies timed in the latency section")
    opts = parser.parse_args()
    stack = ensure_stack()
    env = {**os.environ, "MAILER_TEST_PASSWORD": stack.password, "PYTHONPATH": str(ROOT)}
    os.environ["MAILER_TEST_PASSWORD"] = stack.password
    sizes = [int(s) for s in opts.sizes.split(",")]
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start; "
          f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC", flush=True)
    sections = opts.only or ["backlog", "idle", "latency"]
    if "backlog" in sections:
        for trust in opts.trust.split(","):
            section_backlog(stack, sizes, env, trust)
    if "idle" in sections:
        section_idle(stack, opts.idle_size, env)
    if "latency" in sections:
        section_latency(stack, opts.rounds, env)
    if "split" in sections:
        for trust in opts.trust.split(","):
            section_split(stack, sizes[0], trust)
    if "profile" in sections:
        for trust in opts.trust.split(","):
            section_profile(stack, sizes[0], env, trust)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
