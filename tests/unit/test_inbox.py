"""The IMAP edge's error handling, with a scripted fake client (unit level: the real server is in integration/)."""

import threading

import pytest
from imapclient.exceptions import IMAPClientError

from helpers import make_config
from mailer.inbox import Inbox, InboxError


class FakeClient:
    def __init__(self, fail_on=""):
        self.fail_on = fail_on
        self.closed = False

    def select_folder(self, folder, readonly=False):
        return {b"UIDVALIDITY": 7, b"UIDNEXT": 4, b"EXISTS": 3}

    def folder_status(self, folder, items):
        return {b"UIDVALIDITY": 7, b"UIDNEXT": 4}

    def noop(self):
        return (b"OK", [])

    def search(self, criteria):
        if self.fail_on == "search":
            raise IMAPClientError("connection lost")
        return [3, 1, 2]  # unordered, and "3:*" style answers include the newest even below the range

    def fetch(self, uids, items):
        if self.fail_on == "fetch":
            raise OSError("reset by peer")
        return {u: {b"BODY[]": b"From: a@x\r\n\r\n%d" % u} for u in uids if u != 2}  # 2 was expunged meanwhile

    def capabilities(self):
        return ()

    def logout(self):
        self.closed = True


def inbox_with(tmp_path, clients):
    config = make_config(tmp_path)
    made = []

    def factory(settings):
        made.append(clients.pop(0))
        return made[-1]
    return Inbox(config.imap, factory=factory), made


def test_errors_while_iterating_close_the_connection_and_the_next_call_reconnects(tmp_path):
    inbox, made = inbox_with(tmp_path, [FakeClient(fail_on="fetch"), FakeClient()])
    with pytest.raises(InboxError, match="reset by peer"):
        list(inbox.fetch_new("INBOX", None))
    assert made[0].closed and inbox.client is None
    batches = list(inbox.fetch_new("INBOX", (7, 1)))
    assert len(made) == 2
    assert [uid for b in batches for uid, _ in b.mails] == [3]  # 1 is already stored, 2 vanished
    assert batches[-1].high_uid == 3


def test_changed_uidvalidity_reads_everything_again(tmp_path):
    inbox, _ = inbox_with(tmp_path, [FakeClient()])
    batches = list(inbox.fetch_new("INBOX", (6, 3)))
    assert [uid for b in batches for uid, _ in b.mails] == [1, 3] and batches[0].uidvalidity == 7


def test_wait_without_idle_just_sleeps_and_stops_on_request(tmp_path):
    inbox, _ = inbox_with(tmp_path, [FakeClient()])
    stop = threading.Event()
    stop.set()
    assert inbox.wait(30, stop) is False
