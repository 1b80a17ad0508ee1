"""A state mailer cannot write (a read-only file or folder, a full disk) is an outage told in words, once, naming
the file: not a traceback per pass, not a submission quarantined for the database's fault, not a daemon that
looks healthy. The daemon's own pass against the real Dovecot + Postfix; the state is made read-only the way
SQLite reports a read-only file (SQLITE_READONLY, through `PRAGMA query_only`), as a test cannot rely on
chattr or on permissions when it runs as root."""

from datetime import datetime, timezone
import logging
from zoneinfo import ZoneInfo

import pytest


pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")


def lon(*args):
    return datetime(*args, tzinfo=LON).astimezone(timezone.utc)


def test_an_unwritable_state_is_one_clear_outage_and_the_mail_waits_in_the_inbox(world, caplog):
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], subject="Candidate: Zoë Ångström – SRE",
               sender_name="Rita Recruiter")
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(lon(2026, 11, 23, 10, 0))
    daemon.store.db.execute("PRAGMA query_only=ON")  # every write now fails as on a read-only file
    caplog.set_level(logging.INFO)
    for minute in (1, 2):
        daemon.clock.set(lon(2026, 11, 23, 10, minute))
        report = daemon.tick()
        assert report.error is not None and "cannot write the state database" in report.error
        assert str(world.tmp / "mailer.db") in report.error and "writable" in report.error
    logged = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not any(r.exc_info for r in logged)  # words, no traceback
    assert sum("cannot write the state database" in r.getMessage() for r in logged) == 1  # once per outage
    assert not any("quarantined" in r.getMessage() for r in caplog.records)

    daemon.store.db.execute("PRAGMA query_only=OFF")  # fixed: the mail is read now, as the submission it is
    daemon.clock.set(lon(2026, 11, 23, 10, 3))
    report = daemon.tick()
    assert report.error is None and report.ingested.kinds == {"submission": 1}
    assert daemon.store.quarantined() == []
    daemon.close()

