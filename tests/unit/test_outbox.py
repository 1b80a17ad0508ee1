"""Sending against a real SMTP server on loopback (aiosmtpd) that misbehaves on purpose."""

import asyncio
from datetime import datetime, timedelta, timezone
import socket
import time

from aiosmtpd.controller import Controller
import pytest

from helpers import make_config
from mailer.compose import environment
from mailer.model import OutgoingMail
from mailer.deliver import deliver
from mailer.smtp import SmtpSession
from mailer.store import Store

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)


class Handler:
    def __init__(self, refuse=None, delay=0.0):
        self.refuse = refuse or {}   # address → SMTP reply
        self.delay = delay
        self.accepted: list[tuple[str, list[str]]] = []

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.accepted.append((envelope.mail_from, list(envelope.rcpt_tos)))
        await asyncio.sleep(self.delay)
        return "250 OK"


@pytest.fixture
def smtp_server():
    started = []

    def start(**kw):
        handler = Handler(**kw)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        started.append(controller)
        return handler, port

    yield start
    for controller in started:
        controller.stop()


def setup(tmp_path, port, recipients=("maria@acme.test", "rita@acme.test", "mailer@acme.test")):
    config = make_config(tmp_path, smtp_port=port)
    config = config.__class__(**{**config.__dict__, "smtp": config.smtp.__class__(
        **{**config.smtp.__dict__, "server": config.smtp.server.__class__(**{**config.smtp.server.__dict__, "timeout": 0.5})})})
    store = Store(tmp_path / "x.db")
    with store.transaction():
        store.enqueue(OutgoingMail("k1", "m1@acme.test", "followup", "maria@acme.test", "manager", "mailer@acme.test",
                                   recipients, b"Subject: hi\r\n\r\nhello\r\n", "hi"), NOW)
    return config, store


def test_no_answer_after_the_message_is_uncertain_and_never_blindly_resent(tmp_path, smtp_server):
    handler, port = smtp_server(delay=1.5)  # takes the message, answers after the client gave up
    config, store = setup(tmp_path, port)
    with SmtpSession(config.smtp.server) as session:
        report = deliver(store, config, session, NOW)
    assert report.sent == [] and store.outbox()[0].state == "sending"
    with SmtpSession(config.smtp.server) as session:  # a pass inside resend_after sends nothing
        deliver(store, config, session, NOW + timedelta(minutes=5))
    time.sleep(1.6)
    assert len(handler.accepted) == 1
    assert store.outbox()[0].state == "sending"


def test_temporary_refusal_of_one_recipient_retries_only_that_one(tmp_path, smtp_server):
    handler, port = smtp_server(refuse={"maria@acme.test": "451 4.3.0 try again later"})
    config, store = setup(tmp_path, port)
    with SmtpSession(config.smtp.server) as session:
        deliver(store, config, session, NOW, env=environment(config.templates))
    [row] = store.outbox()
    assert handler.accepted == [("mailer@acme.test", ["rita@acme.test", "mailer@acme.test"])]
    assert row.state == "queued" and row.recipients == ("maria@acme.test",)
    handler.refuse.clear()
    with SmtpSession(config.smtp.server) as session:
        deliver(store, config, session, NOW + timedelta(minutes=2), env=environment(config.templates))
    assert handler.accepted[-1] == ("mailer@acme.test", ["maria@acme.test"])
    assert store.outbox("sent")[0].message_id == "m1@acme.test"


def test_permanent_refusal_of_the_manager_marks_the_address_failing(tmp_path, smtp_server):
    handler, port = smtp_server(refuse={"maria@acme.test": "550 5.1.1 no such user"})
    config, store = setup(tmp_path, port)
    with SmtpSession(config.smtp.server) as session:
        deliver(store, config, session, NOW, env=environment(config.templates))
    assert "maria@acme.test" in store.failing()
    assert "550 5.1.1 no such user" in store.failing()["maria@acme.test"]


def test_a_row_that_cannot_be_sent_fails_alone(tmp_path, smtp_server):
    handler, port = smtp_server()
    config, store = setup(tmp_path, port, recipients=("mariä@acme.test",))
    with store.transaction():
        store.enqueue(OutgoingMail("k2", "m2@acme.test", "followup", "mo@acme.test", "manager", "mailer@acme.test",
                                   ("mo@acme.test",), b"Subject: ok\r\n\r\nok\r\n", "ok"), NOW)  # London hours
    with SmtpSession(config.smtp.server) as session:
        report = deliver(store, config, session, NOW)
    assert report.failed == ["k1"] and report.sent == ["k2"]
    assert "cannot send" in store.outbox("failed")[0].last_error


def test_a_queued_nudge_waits_for_business_hours_and_is_cancelled_if_answered_meanwhile(tmp_path, smtp_server):
    from mailer.model import State
    handler, port = smtp_server()
    config, store = setup(tmp_path, port)
    with store.transaction():
        sub_id = store.add_submission("k", "maria@acme.test", "rita@acme.test", "Jane", "", "s", "s@x", (), NOW)
        store.add_listing(store.outbox()[0].id, [sub_id])
    saturday = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
    with SmtpSession(config.smtp.server) as session:
        assert deliver(store, config, session, saturday).sent == []
    row = store.outbox()[0]
    assert row.state == "queued" and row.attempts == 0 and handler.accepted == []
    with store.transaction():
        store.decide(sub_id, State.ANSWERED, "interview")
    monday = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)
    with SmtpSession(config.smtp.server) as session:
        assert deliver(store, config, session, monday).sent == []
    assert store.outbox()[0].state == "cancelled" and handler.accepted == []


def test_a_partly_delivered_nudge_is_never_cancelled_and_counts_for_its_manager(tmp_path, smtp_server):
    from mailer.model import State
    handler, port = smtp_server(refuse={"rita@acme.test": "452 4.2.2 mailbox full"})
    config, store = setup(tmp_path, port)
    with store.transaction():
        sub_id = store.add_submission("k", "maria@acme.test", "rita@acme.test", "Jane", "", "s", "s@x", (), NOW)
        store.add_listing(store.outbox()[0].id, [sub_id])
    with SmtpSession(config.smtp.server) as session:
        deliver(store, config, session, NOW, env=environment(config.templates))
    assert handler.accepted[0][1] == ["maria@acme.test", "mailer@acme.test"]  # Maria has it
    with store.transaction():
        store.decide(sub_id, State.ANSWERED, "interview")  # she answers while Rita's copy waits
    handler.refuse.clear()
    with SmtpSession(config.smtp.server) as session:
        deliver(store, config, session, NOW + timedelta(minutes=2), env=environment(config.templates))
    [row] = store.outbox()
    assert row.state == "sent" and handler.accepted[-1][1] == ["rita@acme.test"]  # finished, not cancelled
    assert list(store.nudges_since(NOW - timedelta(days=1), now=NOW)) == ["maria@acme.test"]  # the cap still sees Maria


def test_every_queue_state_the_sql_writes_is_named_in_the_enum():
    """The outbox's states live in one str Enum (QueueState); the SQL may only use those names."""
    import re
    from pathlib import Path
    from mailer.model import QueueState
    sql = Path(__file__).resolve().parents[2].joinpath("mailer/store/outbox.py").read_text()
    written = set(re.findall(r"state\s*!?=\s*'(\w+)'", sql))
    assert written and written <= {s.value for s in QueueState}
    assert "cancelled" in written  # the state the old comment forgot


def test_an_outbox_row_is_the_outgoing_mail_it_holds(tmp_path):
    from mailer.model import OutgoingMail, QueueState
    store = Store(tmp_path / "x.db")
    original = OutgoingMail("k", "m1@x", "followup", "maria@x", "manager", "mailer@x", ("maria@x",), b"raw", "Re: s")
    with store.transaction():
        store.enqueue(original, NOW)
    [row] = store.outbox(QueueState.QUEUED)
    assert isinstance(row, OutgoingMail) and row.state is QueueState.QUEUED
    assert OutgoingMail(**{f: getattr(row, f) for f in OutgoingMail.__dataclass_fields__}) == original


def record_own_copy(store, message_id):
    with store.transaction():
        store.record_message(message_id, message_id, "INBOX", 7, "mailer@acme.test", "hi", NOW, NOW, "own",
                             "sent by mailer itself")


def test_a_mail_whose_delivery_copy_is_already_in_the_inbox_is_not_sent_again(tmp_path, smtp_server):
    """A state restored from a backup queues the same mail (same key, same Message-ID) again; its copy, read back
    from the inbox, proves it went out."""
    handler, port = smtp_server()
    config, store = setup(tmp_path, port)
    record_own_copy(store, "m1@acme.test")
    with SmtpSession(config.smtp.server) as session:
        report = deliver(store, config, session, NOW)
    assert handler.accepted == [] and report.sent == []
    assert store.outbox()[0].state == "sent"


def test_a_copy_under_a_relays_message_id_counts_as_the_mail_gone_out(tmp_path, smtp_server):
    handler, port = smtp_server()
    config, store = setup(tmp_path, port)
    record_own_copy(store, "rewritten@relay.test")
    with store.transaction():
        store.add_alias("rewritten@relay.test", "m1@acme.test")
    with SmtpSession(config.smtp.server) as session:
        deliver(store, config, session, NOW)
    assert handler.accepted == [] and store.outbox()[0].state == "sent"


def test_a_retry_for_refused_recipients_goes_out_although_the_copy_came_back(tmp_path, smtp_server):
    """The copy to mailer got through with the first try; the recipient refused for now still gets the mail."""
    handler, port = smtp_server(refuse={"maria@acme.test": "451 try later"})
    config, store = setup(tmp_path, port)
    with SmtpSession(config.smtp.server) as session:
        deliver(store, config, session, NOW)
    record_own_copy(store, "m1@acme.test")
    handler.refuse = {}
    with SmtpSession(config.smtp.server) as session:
        deliver(store, config, session, NOW + timedelta(hours=1))
    assert handler.accepted[-1][1] == ["maria@acme.test"]
    assert store.outbox()[0].state == "sent"
