"""One mail's failure is its own: quarantined with the reason, its half-done writes undone, the batch goes on."""

from datetime import datetime, timezone

from helpers import make_config
from mailer import actions
from mailer.compose import environment
from mailer.ingest import IngestReport, ingest_raw
from mailer.store import Store

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


def submission(n):
    return (f"From: rita@acme.test\r\nTo: maria@acme.test\r\nCc: mailer@acme.test\r\nMessage-ID: <s{n}@x>\r\n"
            f"Subject: Candidate: Person{n} Test – Role\r\n\r\nhi\r\n").encode()


def test_an_effect_that_raises_quarantines_only_its_mail(tmp_path, monkeypatch):
    config = make_config(tmp_path)
    store = Store(tmp_path / "x.db")
    real = actions.Effects.submission

    def flaky(self, verdict):
        real(self, verdict)  # writes the submission row first...
        if "Person2" in self.msg.subject:
            raise RuntimeError("boom")  # ...then fails

    monkeypatch.setattr(actions.Effects, "submission", flaky)
    report = IngestReport()
    with store.transaction():
        for uid in (1, 2, 3):
            ingest_raw(store, config, environment(config.templates), submission(uid), "INBOX", uid, NOW, report)
    assert report.kinds == {"submission": 2, "quarantined": 1}
    assert sorted(s.candidate for s in store.all_submissions()) == ["Person1 Test", "Person3 Test"]
    [row] = store.quarantined()
    assert row["key"] == "s2@x" and "RuntimeError: boom" in row["reason"]
