"""The provider's send-rate limit (smtp.max_per_minute, from provider profiles): counted from stored send times,
so the rest of the queue waits for the next pass rather than being refused by the provider."""

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from test_outbox import smtp_server  # noqa: F401  (a real aiosmtpd server on loopback)

from helpers import make_config
from mailer.deliver import deliver
from mailer.model import OutgoingMail
from mailer.smtp import SmtpSession
from mailer.store import Store

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)


def test_no_more_than_max_per_minute_then_the_rest_next_minute(tmp_path, smtp_server):  # noqa: F811
    handler, port = smtp_server()
    config = make_config(tmp_path, smtp_port=port)
    config = replace(config, smtp=replace(config.smtp, max_per_minute=2))
    store = Store(tmp_path / "x.db")
    with store.transaction():
        for n in range(5):
            store.enqueue(OutgoingMail(f"k{n}", f"m{n}@acme.test", "notice", "", "notice", "mailer@acme.test",
                                       ("rita@acme.test",), b"Subject: hi\r\n\r\nhello\r\n", "hi"), NOW)
    sent = []
    for now in (NOW, NOW + timedelta(seconds=30), NOW + timedelta(seconds=61), NOW + timedelta(seconds=122)):
        with SmtpSession(config.smtp.server) as session:
            sent.append(len(deliver(store, config, session, now).sent))
    assert sent == [2, 0, 2, 1]
    assert len(handler.accepted) == 5
    store.close()
