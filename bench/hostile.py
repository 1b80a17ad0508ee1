"""Benchmark: what hostile mail costs mailer, as ratios against an ordinary submission measured in the same run.

  python bench/hostile.py

Each case runs in a fresh process (so peak memory is its own): parse → classify → store through
ingest_raw, exactly as the daemon reads a mail. The floor is a submission with a 30 KB résumé. Issue 8
measured before the limits: 30 MB attachment 40 s / 417 MB, 400 KB header 13.5 s, 10 MB of quote lines 19 s.
"""

from __future__ import annotations

import email.policy
from email.message import EmailMessage
import json
from pathlib import Path
import subprocess
import sys
import tempfile

ROOT = Path(__file__).resolve().parent.parent
DKIM = ROOT / "tests" / "data" / "dkim"
# trust: dkim with the test key pinned (no DNS); cases named dkim_* run under it, the others unauthenticated.
DKIM_TRUST = ('{method: dkim, dkim_keys: {sel._domainkey.acme.test: "v=DKIM1; k=rsa; p=%s", '
              'sel._domainkey.evil.test: "v=DKIM1; k=rsa; p=%s"}}') % (((DKIM / "test-key.pub.b64").read_text().strip(),) * 2)

CASE = r"""
import json, sys, tempfile, time, tracemalloc
from datetime import datetime, timezone
from pathlib import Path
sys.path.insert(0, {tests!r}); sys.path.insert(0, {root!r})
from helpers import config_text
from mailer.compose import environment
from mailer.config.load import parse as parse_config
from mailer.ingest import IngestReport, ingest_raw
from mailer.store import Store

raw = Path({path!r}).read_bytes()
tmp = Path(tempfile.mkdtemp())
(tmp / "config.yaml").write_text(config_text(trust={trust!r}))
config = parse_config((tmp / "config.yaml").read_text(), tmp / "config.yaml")
env = environment(config.templates)

def once(name):
    store, report = Store(tmp / name), IngestReport()
    with store.transaction():
        # original: the whole mail, as the daemon passes it for trust: dkim (unused by the other methods)
        ingest_raw(store, config, env, raw, "INBOX", 1, datetime(2026, 11, 25, 10, tzinfo=timezone.utc), report,
                   original=raw)
    store.close()
    return report

start = time.perf_counter()
report = once("timed.db")
seconds = time.perf_counter() - start
tracemalloc.start()  # a second, untimed pass: memory allocated while reading it (tracemalloc slows it down)
once("traced.db")
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({{"seconds": seconds, "extra_mb": peak / 1e6, "mb": len(raw) / 1e6, "kinds": report.kinds}}))
"""


def mail(case: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Rita <rita@acme.test>"
    msg["To"] = "maria@acme.test"
    msg["Cc"] = "mailer@acme.test"
    msg["Subject"] = "Candidate: Jane Doe – Backend Engineer"
    msg["Message-ID"] = "<b1@acme.test>"
    if case == "header_400kb":
        msg["X-Junk"] = " ".join("x" * 70 for _ in range(5800))
    msg.set_content("> quoted line of an old thread\n" * 330_000 if case == "quotes_10mb" else "Please look at Jane.")
    size = 30_000_000 if "30mb" in case else 30_000
    msg.add_attachment(bytes(range(256)) * (size // 256), maintype="application", subtype="pdf",
                       filename="Jane_Doe_CV.pdf")
    raw = msg.as_bytes(policy=email.policy.SMTP)
    if case.startswith("dkim_"):  # signed with the test key: by the company (aligned) or by the attacker's domain
        import dkim
        domain = b"evil.test" if case.endswith("evil") else b"acme.test"
        raw = dkim.sign(raw, b"sel", domain, (DKIM / "test-key.pem").read_bytes(),
                        include_headers=[b"from", b"to", b"cc", b"subject"]) + raw
        if case.endswith("forged"):  # "signed by the company", but the body was changed after: fails late
            raw = raw.replace(b"Please look at Jane.", b"Please look at Eve!.")
    return raw


def run(case: str) -> dict:
    path = Path(tempfile.mkdtemp()) / f"{case}.eml"
    path.write_bytes(mail(case))
    trust = DKIM_TRUST if case.startswith("dkim_") else "unauthenticated"
    code = CASE.format(tests=str(ROOT / "tests"), root=str(ROOT), path=str(path), trust=trust)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    floor = min((run("floor") for _ in range(3)), key=lambda r: r["seconds"])
    print(f"floor: a submission with a 30 KB résumé: {floor['seconds'] * 1000:.0f} ms, "
          f"{floor['extra_mb']:.1f} MB allocated at peak")
    # dkim_*: under trust: dkim, the mail whole (a signature covers the attachment): the floor's mail signed by
    # the company, the same with 30 MB, 30 MB signed by the attacker's own domain (never verified), and 30 MB
    # whose company signature fails only once the body is hashed (the one case that still costs a full check).
    for case in ("attachment_30mb", "header_400kb", "quotes_10mb", "dkim_floor", "dkim_30mb", "dkim_30mb_evil",
                 "dkim_30mb_forged"):
        result = run(case)
        print(f"{case:16} {result['mb']:6.1f} MB mail: {result['seconds'] * 1000:7.0f} ms "
              f"({result['seconds'] / floor['seconds']:5.1f}× the floor), {result['extra_mb']:5.1f} MB at peak "
              f"({result['extra_mb'] / floor['extra_mb']:4.1f}×), "
              f"read as {', '.join(result['kinds'])}")


if __name__ == "__main__":
    main()
