"""What one mail may cost: oversized headers quarantined with their start kept, oversized bodies read up to
the limit and recorded with that said, and the time budget that stops a runaway reader."""

from datetime import datetime, timezone
import email.policy
from email.message import EmailMessage
import time

import pytest

from helpers import make_config
from mailer.budget import OverBudget, time_budget
from mailer.compose import environment
from mailer.ingest import IngestReport, ingest_raw
from mailer.store import Store

NOW = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)


def submission(attachment_bytes: int = 30_000, junk_header: int = 0) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"] = "Rita <rita@acme.test>", "maria@acme.test", "mailer@acme.test"
    msg["Subject"], msg["Message-ID"] = "Candidate: Jane Doe – Backend Engineer", "<big@acme.test>"
    if junk_header:
        msg["X-Junk"] = " ".join("x" * 70 for _ in range(junk_header // 71))
    msg.set_content("Please look at Jane.")
    msg.add_attachment(b"%PDF" + b"\x00" * attachment_bytes, maintype="application", subtype="pdf",
                       filename="Jane_Doe_CV.pdf")
    return msg.as_bytes(policy=email.policy.SMTP)


@pytest.fixture
def ingest(tmp_path):
    config = make_config(tmp_path)
    store = Store(tmp_path / "x.db")

    def run(raw: bytes) -> IngestReport:
        report = IngestReport()
        with store.transaction():
            ingest_raw(store, config, environment(config.templates), raw, "INBOX", 7, NOW, report)
        return report
    yield run, store
    store.close()


def test_a_huge_attachment_is_read_up_to_the_limit_and_the_submission_still_counts(ingest):
    run, store = ingest
    report = run(submission(attachment_bytes=30_000_000))
    assert report.kinds == {"submission": 1}
    [sub] = store.all_submissions()
    assert sub.candidate == "Jane Doe"
    reason = store.db.execute("SELECT reason FROM messages WHERE key='big@acme.test'").fetchone()["reason"]
    assert "read up to 1024 KB (limits.max_body_kb)" in reason


def test_an_oversized_header_block_is_quarantined_with_its_headers_not_dropped(ingest):
    run, store = ingest
    raw = submission(junk_header=400_000)
    assert run(raw).kinds == {"quarantined": 1}
    [row] = store.quarantined()
    assert "header block over 256 KB" in row["reason"]
    kept = bytes(store.db.execute("SELECT raw FROM quarantine").fetchone()["raw"])
    assert kept.startswith(raw[:100]) and len(kept) <= 64 * 1024 + 4  # the start of its headers, not 400 KB


def test_the_time_budget_stops_a_runaway_reader():
    started = time.monotonic()
    with pytest.raises(OverBudget, match="limits.seconds_per_mail"):
        with time_budget(0.2):
            while True:
                pass
    assert time.monotonic() - started < 2
