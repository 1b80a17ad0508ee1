"""Property-based fuzzing (hypothesis): mutated real mail through parse → classify → store never crashes,
always ends recorded (a message row or the quarantine), and stays within the per-mail time budget, under each
`trust:` method (unauthenticated, a server's stamp, mailer's own DKIM check on signed seeds).

The default suite runs a short sweep; `--run-slow` runs 10,000 mutated messages.
"""

from __future__ import annotations

from datetime import datetime, timezone
import time

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from corpus import CORPUS, DATA
import dkim
from helpers import make_config
from mailer.compose import environment
from mailer.ingest import IngestReport, ingest_raw
from mailer.store import Store

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)
SHORT, LONG = 400, 10_000


def seeds() -> list[bytes]:
    found = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".eml", ".txt", ".msg")
                   and 0 < p.stat().st_size < 40_000)
    own = [
        b"From: Rita Recruiter <rita@acme.test>\r\nTo: Maria <maria@acme.test>, x@acme.test\r\nCc: mailer@acme.test\r\n"
        b"Subject: Candidate: Jane Doe - Backend\r\nMessage-ID: <s1@acme.test>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHi Maria\r\n"
        b"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=Jane_Doe_CV.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQ=\r\n--b--\r\n",
        b"From: Maria <maria@acme.test>\r\nTo: mailer@acme.test\r\nSubject: Re: Candidate: Jane Doe - Backend\r\n"
        b"In-Reply-To: <s1@acme.test>\r\nReferences: <s1@acme.test>\r\nMessage-ID: <r1@acme.test>\r\n\r\n"
        b"1 interview, 2 snooze 99999999d\r\n\r\nOn Mon, Rita wrote:\r\n> Hi Maria\r\n",
        b"From: rita@acme.test\r\nTo: mailer@acme.test\r\nSubject: status\r\nAuto-Submitted: no\r\n\r\nforget Jane Doe\r\n",
    ]
    # The own seeds once more, DKIM-signed by acme.test (the fuzz config for `trust: dkim` pins the key), so
    # mutations reach the signature check and what it proves, not only its "no signature" answer.
    key = (DATA / "dkim" / "test-key.pem").read_bytes()
    heads = [b"from", b"to", b"cc", b"subject", b"message-id", b"in-reply-to", b"references"]
    signed = [dkim.sign(raw, b"sel", b"acme.test", key, include_headers=heads) + raw for raw in own]
    return own + signed + [p.read_bytes() for p in found[::max(1, len(found) // 150)]]


RECORD = "v=DKIM1; k=rsa; p=" + (DATA / "dkim" / "test-key.pub.b64").read_text().strip()
SEEDS = seeds()
NASTY = [b"\r\n", b"\n\n", b"\x00", b"\xff\xfe", b"=?utf-8?q?=0D=0ABcc:_x?=", b"=?utf-8?b?", b"<", b">", b"\"",
         b"Content-Type: multipart/mixed; boundary=\"\"\r\n", b"Content-Transfer-Encoding: base64\r\n",
         b"From: a@b, c@d\r\n", b"Authentication-Results: mx.acme.test; dmarc=pass\r\n", b"--b\r\n", b"(((((",
         b"Date: Mon, 99 Foo 99999 99:99:99 +9999\r\n", b"charset=\"x-unknown\"", b"\t", b" " * 1000,
         b"snooze 1e308d ", b"A" * 20_000, "Zoë Ødegård 自動返信".encode()]

mutation = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(0, 255)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.sampled_from(NASTY)),
    st.tuples(st.just("bytes"), st.floats(0, 1), st.binary(min_size=1, max_size=40)),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 400)),
    st.tuples(st.just("truncate"), st.floats(0, 1), st.just(0)),
    st.tuples(st.just("repeat"), st.floats(0, 1), st.integers(2, 50)),
)


def mutate(raw: bytes, ops) -> bytes:
    for op, where, arg in ops:
        at = int(where * len(raw))
        if op == "flip" and raw:
            raw = raw[:at] + bytes([arg]) + raw[at + 1:]
        elif op in ("insert", "bytes"):
            raw = raw[:at] + arg + raw[at:]
        elif op == "delete":
            raw = raw[:at] + raw[at + arg:]
        elif op == "truncate":
            raw = raw[:at]
        elif op == "repeat":  # a line many times: duplicate headers, deep quoting
            start = raw.rfind(b"\n", 0, at) + 1
            end = raw.find(b"\n", at)
            line = raw[start:end + 1 if end >= 0 else len(raw)]
            raw = raw[:start] + line * arg + raw[start:]
    return raw


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    (tmp / "stamped").mkdir()
    (tmp / "dkim").mkdir()
    configs = [make_config(tmp, trust="unauthenticated", extra="replies:\n  offer_to_delegate: true\n"),
               make_config(tmp / "stamped", trust="{method: authentication-results, authserv_ids: [mx.acme.test]}"),
               make_config(tmp / "dkim", trust="{method: dkim, dkim_keys: {sel._domainkey.acme.test: '%s'}}" % RECORD)]
    store = Store(tmp / "fuzz.db")
    yield configs, store, environment(configs[0].templates)
    store.close()


def check(world, seed: int, ops, which: int, uid: list[int]) -> None:
    configs, store, env = world
    config = configs[which]
    raw = mutate(SEEDS[seed % len(SEEDS)], ops)
    uid[0] += 1
    report = IngestReport()
    started = time.perf_counter()
    with store.transaction():
        ingest_raw(store, config, env, raw, "INBOX", uid[0], NOW, report)  # must not raise
    elapsed = time.perf_counter() - started
    assert report.seen == 1 and report.duplicates + sum(report.kinds.values()) == 1
    assert elapsed < config.limits.seconds_per_mail + 1.0, f"{elapsed:.1f}s for one mail"


def sweep(examples: int):
    uid = [0]

    @settings(max_examples=examples, deadline=None, database=None, derandomize=examples == SHORT,
              suppress_health_check=list(HealthCheck))
    @given(seed=st.integers(0, 10_000), ops=st.lists(mutation, min_size=1, max_size=6), which=st.integers(0, 2))
    def run(world, seed, ops, which):
        check(world, seed, ops, which, uid)
    return run


def test_mutated_mail_never_crashes_the_pipeline(world):
    sweep(SHORT)(world)
    kinds = dict(world[1].db.execute("SELECT kind, COUNT(*) FROM messages GROUP BY kind").fetchall())
    # The mutations reach every part of the pipeline, not only the parser's refusals.
    assert {"quarantined", "submission", "ignored"} <= set(kinds) and len(kinds) >= 5, kinds


def test_the_signed_seeds_reach_the_proven_path_of_the_dkim_config(world):
    """Else the third config would only ever fuzz "no DKIM signature"."""
    from mailer.reading.parse import parse
    from mailer.trust import authenticate
    dkim_config = world[0][2]
    signed = [raw for raw in SEEDS if raw.startswith(b"DKIM-Signature:")]
    assert len(signed) == 3 and all(authenticate(raw, parse(raw), dkim_config.trust).trusted for raw in signed)


@pytest.mark.slow
def test_ten_thousand_mutated_messages_never_crash_the_pipeline(world):
    sweep(LONG)(world)
