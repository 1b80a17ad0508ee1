"""Hostile shapes beside the sizes test_budget.py covers: each is read (bounded by the body limit) or
quarantined with its reason, and the next mail of the same batch is still read. Sizes are chosen so each
case reads in well under a second here; bench/hostile.py measures what they cost."""

import base64
from datetime import datetime, timezone

import pytest

from helpers import make_config
from mailer.compose import environment
from mailer.ingest import IngestReport, ingest_raw
from mailer.store import Store

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)
HEAD = (b"From: Rita <rita@acme.test>\r\nTo: maria@acme.test\r\nCc: mailer@acme.test\r\n"
        b"Subject: Candidate: Jane Doe - Backend\r\nDate: Wed, 25 Nov 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n")
PLEA = b"Content-Type: text/plain\r\n\r\nPlease look at Jane.\r\n"


def many_parts(n=5000) -> bytes:
    parts = b"".join(b"--B\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(n))
    return HEAD + b"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n" + PLEA + parts + b"--B--\r\n"


def nested_messages(depth=300) -> bytes:
    inner = PLEA
    for _ in range(depth):
        inner = b"Content-Type: message/rfc822\r\n\r\nFrom: a@b.test\r\nSubject: fwd\r\n" + inner
    return HEAD + inner


def nested_multiparts(depth=150) -> bytes:
    inner = PLEA
    for i in range(depth):
        inner = (b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) + inner +
                 b"\r\n--b%d--\r\n" % i)
    return HEAD + inner


def repetitive_base64_text() -> bytes:
    """700 KB of one letter after "Please look at Jane.": compresses to nothing, decodes to the full size."""
    text = base64.encodebytes(b"Please look at Jane.\r\n" + b"A" * 700_000)
    return HEAD + b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n" + text


def one_huge_header_line() -> bytes:
    return HEAD + b"X-Filler: " + b"a" * 1_000_000 + b"\r\n" + PLEA


@pytest.fixture
def ingest(tmp_path):
    config = make_config(tmp_path)
    store = Store(tmp_path / "x.db")
    env = environment(config.templates)
    uids = iter(range(1, 100))

    def run(raw: bytes) -> IngestReport:
        report = IngestReport()
        with store.transaction():
            ingest_raw(store, config, env, raw, "INBOX", next(uids), NOW, report)
        return report
    yield run, store
    store.close()


@pytest.mark.parametrize("shape", [many_parts, nested_messages, nested_multiparts, repetitive_base64_text])
def test_a_deep_or_many_parted_mail_is_read_and_the_next_one_too(ingest, shape):
    run, store = ingest
    report = run(shape().replace(b"Subject:", b"Message-ID: <hostile@acme.test>\r\nSubject:", 1))
    kind, = report.kinds
    if kind == "quarantined":
        [row] = store.quarantined()
        assert row["reason"]  # kept for a human, with why
    else:
        assert kind == "submission"
    after = HEAD.replace(b"Jane Doe", b"Omar Haddad") + b"Message-ID: <next@acme.test>\r\n" + PLEA
    assert run(after).kinds == {"submission": 1}


def test_a_one_megabyte_header_line_is_quarantined_with_its_reason(ingest):
    run, store = ingest
    assert run(one_huge_header_line()).kinds == {"quarantined": 1}
    [row] = store.quarantined()
    assert "header block over 256 KB (limits.max_header_kb)" in row["reason"]
    assert len(bytes(store.db.execute("SELECT raw FROM quarantine").fetchone()["raw"])) <= 64 * 1024 + 4
