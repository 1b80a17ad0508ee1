"""An outage is logged once, but a new cause that needs ops to act is logged when it appears: a connection
dropped, then the server refusing the login after a password rotation, must not leave the journal saying only
"socket error: EOF" while status says "login refused"."""

from datetime import datetime, timezone
import logging

from helpers import make_config
from mailer.clock import FixedClock
from mailer.config.load import ConfigSource
from mailer.daemon import Daemon
from mailer.errors import InboxError

NOW = datetime(2026, 12, 9, 11, 0, tzinfo=timezone.utc)
EOF_ERROR = "IMAP 127.0.0.1:10143: socket error: EOF"
REFUSED = ("IMAP 127.0.0.1:10143: login refused for 'mailer@acme.test' (b'[AUTHENTICATIONFAILED]'): check "
           "imap.username and imap.password_file (/etc/mailer/imap.secret)")


class FailingInbox:
    """An inbox edge that fails each pass with the next error of a script (the IMAP edge has its own tests)."""
    errors: list[str] = []

    def __init__(self, settings):
        pass

    def count_own(self, folder, domain):
        raise InboxError(FailingInbox.errors.pop(0))

    def close(self):
        pass


class NoSmtp:
    def __init__(self, server):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_a_refused_login_after_a_dropped_connection_is_logged_and_its_repeats_are_not(tmp_path, caplog):
    make_config(tmp_path)
    daemon = Daemon(ConfigSource(tmp_path / "config.yaml"), FixedClock(NOW), inbox_factory=FailingInbox,
                    session_factory=NoSmtp)
    FailingInbox.errors = [EOF_ERROR, EOF_ERROR, REFUSED, REFUSED, REFUSED, EOF_ERROR]
    caplog.set_level(logging.INFO, logger="mailer")
    for _ in range(6):
        daemon.tick()
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors == [f"read: {EOF_ERROR} (will keep trying)", f"read: {REFUSED} (will keep trying)",
                      f"read: {EOF_ERROR} (will keep trying)"]
    daemon.close()


class StoppedSmtp(NoSmtp):
    """A send cut short: the daemon was told to stop while the server stalled."""

    def __enter__(self):
        from mailer.errors import SendFailure
        raise SendFailure("SMTP 127.0.0.1:10025: timed out", permanent=False, unreachable=True)


class QuietInbox(FailingInbox):
    def count_own(self, folder, domain):
        return 0

    def fetch_new(self, folder, state):
        return iter(())


def test_a_send_cut_short_by_a_stop_does_not_promise_to_keep_trying(tmp_path, caplog):
    """Found in an ops run: SIGTERM during a stalled SMTP connection logged "(will keep trying)" right before
    "mailer stopped"; the mail went back to the queue and went once at the next start."""
    make_config(tmp_path)
    daemon = Daemon(ConfigSource(tmp_path / "config.yaml"), FixedClock(NOW), inbox_factory=QuietInbox,
                    session_factory=StoppedSmtp)
    caplog.set_level(logging.INFO, logger="mailer")
    daemon.stop_event.set()
    daemon.tick()
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert said and all("will keep trying" not in line for line in said)
    assert any("stopping: what did not go out is sent at the next start" in line for line in said)
    daemon.close()
