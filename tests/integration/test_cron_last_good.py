"""Under cron, a bad edit of config.yaml no longer stops the mail: each `run --once` runs on the last good config
the state recorded, says which file, line and key to fix, exits 3, and sends nothing twice (mailer/cli/runonce.py).
`check` still refuses the file; fixed, the file is taken at the next pass."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
DIGESTS = "digests:\n  recruiter: every monday at 08:00\n"


def at(*args) -> str:
    return datetime(*args, tzinfo=LON).astimezone(timezone.utc).isoformat()


def test_a_bad_edit_under_cron_runs_on_the_last_good_config_until_fixed(world):
    path = world.write_config(extra=DIGESTS)
    good = path.read_text()
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], subject="Candidate: Jane Doe – Backend",
               date=datetime(2026, 11, 23, 10, tzinfo=LON), sender_name="Rita Recruiter")
    world.wait_for(world.mailer, 1)
    first = world.cli("run", "--once", "--now", at(2026, 11, 23, 10, 5))
    assert first.returncode == 0, first.stderr
    assert len(world.wait_for(world.addr("maria"), 1)) == 1  # the submission itself

    path.write_text(good.replace("every monday at 08:00", "every tusday at 08:00"))  # journey2's typo
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "tusday" in text)
    check = world.cli("check")
    assert check.returncode == 2 and "did you mean 'tuesday'?" in check.stderr, check.stderr  # check unchanged

    nudge = world.cli("run", "--once", "--now", at(2026, 11, 25, 10, 5))  # the first nudge is due
    assert nudge.returncode == 3, nudge.stderr
    assert f"config.yaml:{line}: digests.recruiter:" in nudge.stderr and "runs on the last good config" in nudge.stderr
    assert "did you mean 'tuesday'?" in nudge.stderr
    assert "follow-ups queued: 1" in nudge.stdout and "mails sent: 1" in nudge.stdout, nudge.stdout
    assert len(world.wait_for(world.addr("maria"), 2)) == 2  # the nudge went, on the last good config

    again = world.cli("run", "--once", "--now", at(2026, 11, 25, 10, 10))
    assert again.returncode == 3 and "mails sent: 0" in again.stdout, (again.stdout, again.stderr)
    status = world.cli("status", "--now", at(2026, 11, 25, 10, 10))
    assert "last good config" in status.stdout and "tusday" in status.stderr + status.stdout
    assert len(world.settle(world.addr("maria"), 2)) == 2  # nothing sent twice

    path.write_text(good)
    fixed = world.cli("run", "--once", "--now", at(2026, 11, 25, 10, 15))
    assert fixed.returncode == 0 and "last good config" not in fixed.stderr, fixed.stderr
