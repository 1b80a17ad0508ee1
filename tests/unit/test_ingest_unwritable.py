"""A batch the state cannot store (a full disk) is read again on every pass until it can: its decision lines
("submission #1 …") are logged once, when they are stored, not on every pass as if each had been."""

from datetime import datetime, timezone
import logging

from helpers import make_config
from mailer.compose import environment
from mailer.errors import StateUnwritable
from mailer.inbox import Batch
from mailer.ingest import ingest
from mailer.store import Store

NOW = datetime(2026, 12, 9, 11, 0, tzinfo=timezone.utc)
SUBMISSION = (b"From: Rita Recruiter <rita@acme.test>\r\nTo: Maria Manager <maria@acme.test>\r\n"
              b"Cc: mailer@acme.test\r\nMessage-ID: <sub1@acme.test>\r\nDate: Wed, 09 Dec 2026 10:00:00 +0000\r\n"
              b"Subject: Candidate: Jane Doe - Backend\r\n\r\nHi Maria, Jane for the team.\r\n")


class OneMailInbox:
    """The inbox edge's two calls ingest makes, holding one submission (the IMAP edge has its own tests)."""

    def count_own(self, folder, domain):
        return 0

    def fetch_new(self, folder, known):
        if known is None:
            yield Batch(uidvalidity=7, mails=((1, SUBMISSION),), high_uid=1)


def test_a_batch_that_cannot_be_stored_logs_its_submission_once_when_it_finally_is(tmp_path, monkeypatch, caplog):
    config = make_config(tmp_path)
    store, env = Store(tmp_path / "mailer.db"), environment(config.templates)
    stored_folder_state = Store.set_folder_state

    def disk_full(self, *args):
        raise StateUnwritable(f"cannot write the state database {self.path}: database or disk is full")
    monkeypatch.setattr(Store, "set_folder_state", disk_full)  # the batch's last write, before its COMMIT
    caplog.set_level(logging.INFO, logger="mailer")
    for _ in range(3):  # three passes while the disk is full
        try:
            ingest(store, config, OneMailInbox(), env, NOW)
        except StateUnwritable:
            pass
    assert store.all_submissions() == []
    assert [r.getMessage() for r in caplog.records if "Jane Doe" in r.getMessage()] == []
    monkeypatch.setattr(Store, "set_folder_state", stored_folder_state)  # room again
    ingest(store, config, OneMailInbox(), env, NOW)
    assert [s.candidate for s in store.all_submissions()] == ["Jane Doe"]
    lines = [r.getMessage() for r in caplog.records if "Jane Doe" in r.getMessage()]
    assert len(lines) == 1 and lines[0].startswith("submission #1 Jane Doe")
    store.close()
