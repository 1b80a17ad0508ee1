"""The alert that the inbox cannot be read, and the all-clear after it, go out in the pass that queues them:
run from cron as `run --once` every 15 minutes, waiting for the next pass's send stage told ops a pass late.
Found in an ops run. The IMAP edge is a stand-in here (its own tests use the real Dovecot); SMTP too."""

from datetime import datetime, timedelta, timezone

from helpers import make_config
from mailer.clock import FixedClock
from mailer.config.load import ConfigSource
from mailer.daemon import Daemon
from mailer.errors import InboxError, SendFailure

T0 = datetime(2026, 12, 9, 11, 0, tzinfo=timezone.utc)


class Inbox:
    """Up or down, as the test says; up, it holds no mail."""
    down = False

    def __init__(self, settings):
        pass

    def close(self):
        pass

    def __getattr__(self, name):
        if Inbox.down:
            def fail(*args, **kwargs):
                raise InboxError("IMAP 127.0.0.1:10143: socket error: EOF")
            return fail
        return {"count_own": lambda *a: 0, "fetch_new": lambda *a: iter(()), "close": lambda: None}.get(
            name, lambda *a, **k: None)


class Smtp:
    """Records what is sent; refuses everything while `down`."""
    sent: list[bytes] = []
    down = False

    def __init__(self, server):
        pass

    def __enter__(self):
        if Smtp.down:
            raise SendFailure("SMTP 127.0.0.1:10025: connection refused", permanent=False, unreachable=True)
        return self

    def __exit__(self, *exc):
        return False

    def send(self, sender, recipients, raw):
        Smtp.sent.append(raw)
        return {}


def subjects() -> list[str]:
    return [next(line for line in raw.decode().splitlines() if line.startswith("Subject:")) for raw in Smtp.sent]


def test_the_alert_and_the_all_clear_go_in_the_pass_that_queues_them(tmp_path):
    make_config(tmp_path, extra="ops: [olga@acme.test]\nhealth:\n  alert_after: 30 minutes\n")
    clock = FixedClock(T0)
    daemon = Daemon(ConfigSource(tmp_path / "config.yaml"), clock, inbox_factory=Inbox, session_factory=Smtp)
    Smtp.sent, Smtp.down, Inbox.down = [], False, False
    daemon.tick()
    Inbox.down = True
    for minutes in (15, 30):
        clock.set(T0 + timedelta(minutes=minutes))
        daemon.tick()
    assert subjects() == []  # down for 15 minutes of the 30
    clock.set(T0 + timedelta(minutes=45))
    daemon.tick()
    assert subjects() == ["Subject: mailer cannot read its inbox"]  # this pass, not the next
    Inbox.down = False
    clock.set(T0 + timedelta(minutes=60))
    daemon.tick()
    assert subjects() == ["Subject: mailer cannot read its inbox", "Subject: mailer reads its inbox again"]
    daemon.close()


def test_with_smtp_down_too_the_alert_waits_in_the_queue_and_goes_once(tmp_path):
    make_config(tmp_path, extra="ops: [olga@acme.test]\nhealth:\n  alert_after: 30 minutes\n")
    clock = FixedClock(T0)
    daemon = Daemon(ConfigSource(tmp_path / "config.yaml"), clock, inbox_factory=Inbox, session_factory=Smtp)
    Smtp.sent, Smtp.down, Inbox.down = [], True, True
    for minutes in (0, 15, 30, 45):
        clock.set(T0 + timedelta(minutes=minutes))
        daemon.tick()  # never raises: both edges are outages
    assert subjects() == []
    Smtp.down = False
    for minutes in (60, 75):
        clock.set(T0 + timedelta(minutes=minutes))
        daemon.tick()
    assert subjects() == ["Subject: mailer cannot read its inbox"]
    daemon.close()
