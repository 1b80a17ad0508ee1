"""Benchmark: what mailer's reading of mail costs, as ratios against a measured floor.

  python bench/ingest.py            # in-process pipeline on the corpus (no servers needed)
  python bench/ingest.py --imap     # also: real IMAP ingest from the test stack vs a bare imapclient fetch

Floors: (1) `email.message_from_bytes` on the same messages — the least any reader must do;
(2) imapclient fetching the same UIDs with BODY.PEEK[] in the same batches — the least any IMAP reader must do.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timezone
import email
import email.policy
from pathlib import Path
import sys
import tempfile
import time
import uuid

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from helpers import config_text  # noqa: E402
from mailer.compose import environment  # noqa: E402
from mailer.config.load import parse as parse_config  # noqa: E402
from mailer.ingest import IngestReport, ingest_raw  # noqa: E402
from mailer.store import Store  # noqa: E402

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)


def corpus() -> list[bytes]:
    files = sorted(p for p in (ROOT / "tests" / "data").rglob("*") if p.suffix in (".eml", ".txt", ".msg")
                   and "trimmed" not in p.parts and p.stat().st_size < 200_000)
    return [p.read_bytes() for p in files]


def best_of(runs: int, func) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def pipeline(mails: list[bytes], runs: int) -> None:
    tmp = Path(tempfile.mkdtemp())
    (tmp / "config.yaml").write_text(config_text())
    config = parse_config((tmp / "config.yaml").read_text(), tmp / "config.yaml")
    env = environment(config.templates)

    def floor():
        for raw in mails:
            email.message_from_bytes(raw, policy=email.policy.default)

    def ours():
        store = Store(tmp / f"{uuid.uuid4().hex}.db")
        report = IngestReport()
        with store.transaction():
            for uid, raw in enumerate(mails, 1):
                ingest_raw(store, config, env, raw, "INBOX", uid, NOW, report)
        store.close()

    ours()  # warm imports and caches (dateparser, flufl) outside the measurement
    base, mine = best_of(runs, floor), best_of(runs, ours)
    n = len(mails)
    print(f"pipeline  {n} mails: parse floor {base / n * 1e3:.2f} ms/mail; mailer (parse + classify + "
          f"store) {mine / n * 1e3:.2f} ms/mail = {mine / base:.1f}× the floor ({n / mine:.0f} mails/s)")


def resume_submissions(count: int) -> list[bytes]:
    """What recruiters send: a listed recruiter's submission to a manager, CC mailer, with a 150 KB PDF."""
    from email.message import EmailMessage
    import random
    rng = random.Random(7)
    mails = []
    for i in range(count):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Cc"] = "Rita <rita@acme.test>", "maria@acme.test", "mailer@acme.test"
        msg["Subject"], msg["Message-ID"] = f"Candidate: Jane Doe{i} – Backend", f"<cv{i}@acme.test>"
        msg["Date"] = "Wed, 25 Nov 2026 09:00:00 +0000"
        msg.set_content(f"Hi Maria, Jane would be great for the backend team. Résumé attached.\n\nRita\n")
        msg.add_attachment(b"%PDF-1.4\n" + rng.randbytes(150_000), maintype="application", subtype="pdf",
                           filename=f"Jane_Doe{i}_CV.pdf")
        mails.append(bytes(msg))
    return mails


def known_quote(runs: int, replies: int = 200) -> None:
    """Replies to mailer's own mail (a follow-up quoted under a header block mailer's rules do not know), ingested
    against an outbox of 1,000 and of 20,000 sent mails: the lookup of the answered mail is one query on the
    outbox's unique Message-ID, so the cost per reply must not grow with the outbox; the reply's word-by-word cut
    runs on its text only."""
    from mailer.model import OutgoingMail
    tmp = Path(tempfile.mkdtemp())
    (tmp / "config.yaml").write_text(config_text())
    config = parse_config((tmp / "config.yaml").read_text(), tmp / "config.yaml")
    env = environment(config.templates)
    followup = ("Hi Maria,\n\nJust a gentle nudge on Jane Doe{n} for the Backend role, sent on Mon 23 Nov.\n"
                "A one-word reply is plenty: \"interview\", \"pass\", or \"snooze 3d\".\n\nThanks,\nRita Recruiter\n")

    def sent(n: int) -> OutgoingMail:
        raw = (f"From: Rita Recruiter via Acme <mailer@acme.test>\nTo: maria@acme.test\nSubject: Re: Candidate\n"
               f"Message-ID: <f{n}@acme.test>\n\n" + followup.format(n=n)).encode()
        return OutgoingMail(key=f"f{n}", message_id=f"f{n}@acme.test", kind="followup", manager="maria@acme.test",
                            audience="manager", envelope_from="mailer@acme.test", recipients=("maria@acme.test",),
                            raw=raw, subject="Re: Candidate")

    def reply(n: int) -> bytes:
        return (f"From: maria@acme.test\nTo: mailer@acme.test\nSubject: Re: Candidate\nMessage-ID: <r{n}@x>\n"
                f"In-Reply-To: <f{n}@acme.test>\nReferences: <s{n}@x> <f{n}@acme.test>\n\ninterview\n\n"
                f"Oddi wrth: Rita Recruiter <mailer@acme.test>\nAnfonwyd: 24 Tachwedd 2026 10:00\n\n"
                + followup.format(n=n)).encode()

    for size in (1_000, 20_000):
        path = tmp / f"outbox{size}.db"
        store = Store(path)
        with store.transaction():
            for n in range(size):
                store.enqueue(sent(n), NOW)
            for n in range(replies):  # the replied-to candidates, so each reply is read as the manager's answer
                m = n * (size // replies)
                store.add_submission(f"k{m}", "maria@acme.test", "rita@acme.test", f"Jane Doe{m}", "Backend",
                                     "Candidate", f"s{m}@x", (), NOW)
        store.close()
        mails = [reply(n * (size // replies)) for n in range(replies)]

        copies = []
        for _ in range(runs + 1):  # a fresh copy of the outbox for each run, made outside the measurement
            copies.append(tmp / f"run{uuid.uuid4().hex}.db")
            copies[-1].write_bytes(path.read_bytes())

        def ours():
            store = Store(copies.pop())
            report = IngestReport()
            with store.transaction():
                for uid, raw in enumerate(mails, 1):
                    ingest_raw(store, config, env, raw, "INBOX", uid, NOW, report)
            store.close()

        def lookups():
            store = Store(path)
            for n in range(replies):
                store.answered_mail((f"f{n * (size // replies)}@acme.test", f"s{n}@x"))
            store.close()

        ours()
        whole, lookup = best_of(runs, ours), best_of(runs, lookups)
        print(f"known-quote {replies} replies to mailer's follow-ups, outbox of {size:,} mails: ingest "
              f"{whole / replies * 1e3:.2f} ms/reply, of it the outbox lookup "
              f"{lookup / replies * 1e3:.3f} ms/reply")
    from dataclasses import replace
    from mailer.reading.knownquote import reply_words
    from mailer.reading.parse import parse
    parsed = [parse(reply(n)) for n in range(replies)]
    known = [replace(m, answers_own=sent(n).raw) for n, m in enumerate(parsed)]
    assert all(reply_words(m) == "interview" for m in known)
    rules = best_of(runs, lambda: [reply_words(m) for m in parsed])
    cut = best_of(runs, lambda: [reply_words(m) for m in known])
    print(f"known-quote reading a reply's words: replytext's rules {rules / replies * 1e3:.2f} ms/reply, with the "
          f"known-quote cut {cut / replies * 1e3:.2f} ms/reply")


def detectors(mails: list[bytes], runs: int) -> None:
    """The bounce and auto-reply detectors alone on résumé submissions, against parsing the same mails."""
    from mailer.reading.autoreply import detect_auto_reply
    from mailer.reading.bounce import detect_bounce
    parsed = [email.message_from_bytes(raw, policy=email.policy.default) for raw in mails]

    def floor():
        for raw in mails:
            email.message_from_bytes(raw, policy=email.policy.default)

    def ours():
        for msg in parsed:
            detect_bounce(msg)
            detect_auto_reply(msg)

    ours()
    base, mine = best_of(runs, floor), best_of(runs, ours)
    n = len(mails)
    print(f"detectors {n} submissions with a 150 KB résumé: parse floor {base / n * 1e3:.2f} ms/mail; bounce + "
          f"auto-reply detectors {mine / n * 1e3:.2f} ms/mail = {mine / base:.2f}× the floor")


def imap(mails: list[bytes], runs: int) -> None:
    sys.path.insert(0, str(ROOT / "tests" / "integration"))
    from imapclient import IMAPClient
    from stack.fixture import ensure_stack
    from mailer.inbox import Inbox
    from mailer.ingest import ingest

    stack = ensure_stack()
    tmp = Path(tempfile.mkdtemp())
    user = f"bench-{uuid.uuid4().hex[:8]}@acme.test"
    (tmp / "config.yaml").write_text(config_text(address=user, imap_port=stack.imap_port, smtp_port=stack.smtp_port))
    import os
    os.environ["MAILER_TEST_PASSWORD"] = stack.password
    config = parse_config((tmp / "config.yaml").read_text(), tmp / "config.yaml")
    env = environment(config.templates)
    with IMAPClient(stack.host, port=stack.imap_port, ssl=False) as client:
        client.login(user, stack.password)
        for raw in mails:
            client.append("INBOX", raw)

    def floor():
        with IMAPClient(stack.host, port=stack.imap_port, ssl=False, timeout=30) as client:
            client.login(user, stack.password)
            client.select_folder("INBOX", readonly=True)
            uids = sorted(client.search(["UID", "1:*"]))
            for start in range(0, len(uids), config.imap.batch):
                client.fetch(uids[start:start + config.imap.batch], ["BODY.PEEK[]"])

    def ours():
        store = Store(tmp / f"{uuid.uuid4().hex}.db")
        inbox = Inbox(config.imap)
        ingest(store, config, inbox, env, NOW)
        inbox.close()
        store.close()

    ours()
    base, mine = best_of(runs, floor), best_of(runs, ours)
    n = len(mails)
    print(f"imap      {n} mails from Dovecot: bare fetch floor {base:.2f} s; mailer ingest {mine:.2f} s "
          f"= {mine / base:.1f}× the floor ({n / mine:.0f} mails/s)")


def main() -> int:
    import logging
    logging.basicConfig(level=logging.ERROR)  # the corpus holds body-only files: their quarantine is expected
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--imap", action="store_true", help="also measure against the real IMAP test stack")
    args.add_argument("--runs", type=int, default=5)
    args.add_argument("--resumes", type=int, default=100, help="submissions with a 150 KB PDF to measure")
    opts = args.parse_args()
    mails = corpus()
    pipeline(mails, opts.runs)
    resumes = resume_submissions(opts.resumes)
    detectors(resumes, opts.runs)
    pipeline(resumes, opts.runs)
    known_quote(opts.runs)
    if opts.imap:
        imap(mails, max(1, opts.runs // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
