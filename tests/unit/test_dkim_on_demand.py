"""`trust: dkim` checks a signature only when a verdict needs it, and downloads a mail's left-out attachments
for that check only when the sender could act (mailer/signedcopy.py)."""

from datetime import datetime, timezone

import pytest

from helpers import make_config
from mailer.compose import environment
from mailer.errors import InboxError
from mailer import signedcopy
from mailer.ingest import IngestReport, ingest_raw
from mailer.signedcopy import OnDemandVerdict
from mailer.reading.authres import AuthVerdict
from mailer.store import Store

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
DKIM = '{method: dkim, dkim_keys: {"sel._domainkey.acme.test": "v=DKIM1; k=rsa; p=AAAA"}}'


def sparse(sender: str, subject: str, mid: str, signer: str | None = "acme.test") -> bytes:
    """A mail as the IMAP edge rebuilds it: its PDF left on the server, marked (mailer/parts.py); signed by
    `signer` (None: unsigned). The signature is never verified here: `authenticate` is replaced."""
    signature = f"DKIM-Signature: v=1; a=rsa-sha256; d={signer}; s=sel; h=from; bh=x; b=y\r\n" if signer else ""
    return (f"{signature}From: {sender}\r\nTo: maria@acme.test\r\nCc: mailer@acme.test\r\nSubject: {subject}\r\n"
            f"Message-ID: <{mid}>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            "--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
            "--b\r\nContent-Type: application/pdf; name=Ada_Byron_CV.pdf\r\n"
            "Content-Disposition: attachment; filename=Ada_Byron_CV.pdf\r\n"
            "X-Mailer-Omitted: 150000 bytes not downloaded\r\n\r\n\r\n--b--\r\n").encode()


def run(tmp_path, raw: bytes, whole) -> tuple[Store, IngestReport]:
    config = make_config(tmp_path, trust=DKIM)
    store = Store(tmp_path / "x.db")
    report = IngestReport()
    with store.transaction():
        ingest_raw(store, config, environment(config.templates), raw, "INBOX", 1, NOW, report, whole=whole)
    return store, report


def test_a_strangers_mail_is_never_downloaded_whole_nor_its_signature_checked(tmp_path, monkeypatch):
    checks, downloads = [], []
    monkeypatch.setattr(signedcopy, "authenticate", lambda *a: checks.append(a) or AuthVerdict(True, "x"))
    store, report = run(tmp_path, sparse("news@vendor.example", "December offers", "n1@vendor.example"),
                        whole=lambda: downloads.append(1))
    assert report.kinds and "submission" not in report.kinds
    assert (downloads, checks) == ([], [])


def test_a_recruiters_submission_is_checked_on_the_whole_mail(tmp_path, monkeypatch):
    checked = []
    whole = b"the whole mail, as the server has it"
    monkeypatch.setattr(signedcopy, "authenticate", lambda raw, msg, trust: checked.append(raw) or AuthVerdict(True, "ok"))
    store, report = run(tmp_path, sparse("rita@acme.test", "Candidate: Ada Byron - Engineer", "s1@acme.test"),
                        whole=lambda: whole)
    assert report.kinds == {"submission": 1}
    assert checked == [whole]


@pytest.mark.parametrize("signer", [None, "evil.example"])
def test_without_a_signature_that_could_prove_from_nothing_is_downloaded(tmp_path, signer):
    downloads = []
    store, report = run(tmp_path, sparse("rita@acme.test", "Candidate: Ada Byron - Engineer", "s1@acme.test", signer),
                        whole=lambda: downloads.append(1))
    assert downloads == []
    assert report.kinds == {"ignored": 1}  # the header block alone says it is not proven
    [row] = store.db.execute("SELECT reason FROM messages").fetchall()
    assert ("no DKIM signature" if signer is None else "not aligned") in row["reason"]


def test_an_unproven_recruiter_is_not_acted_on(tmp_path, monkeypatch):
    monkeypatch.setattr(signedcopy, "authenticate", lambda *a: AuthVerdict(False, "signature does not verify"))
    store, report = run(tmp_path, sparse("rita@acme.test", "Candidate: Ada Byron - Engineer", "s1@acme.test"),
                        whole=lambda: b"whole")
    assert report.kinds == {"ignored": 1}
    assert store.open_submissions() == []


def test_the_server_going_away_during_the_download_quarantines_nothing(tmp_path):
    def gone():
        raise InboxError("IMAP 127.0.0.1:10143: connection reset")

    config = make_config(tmp_path, trust=DKIM)
    store = Store(tmp_path / "x.db")
    with pytest.raises(InboxError):
        with store.transaction():
            ingest_raw(store, config, environment(config.templates),
                       sparse("rita@acme.test", "Candidate: Ada Byron - Engineer", "s1@acme.test"), "INBOX", 1, NOW,
                       IngestReport(), whole=gone)
    assert not store.has_message("s1@acme.test")  # read again on the next pass, not kept as unreadable
    assert store.quarantined() == []


def test_the_verdict_is_worked_out_once_and_only_when_asked():
    calls = []
    verdict = OnDemandVerdict(lambda: calls.append(1) or AuthVerdict(False, "no DKIM signature"))
    assert calls == []
    assert (verdict.trusted, verdict.reason) == (False, "no DKIM signature")
    assert calls == [1]
