"""A mentor away past their next check-in slot gets ONE check-in on their return day (the one held in the queue
while they were away), and the next regular slot after that as usual: on the real Dovecot + Postfix, with a
fault proxy in front of Postfix so the first check-in waits in the queue, and a kill -9 at the points where a
held check-in is composed again and sent (mailer/recheck.py, deliver.py)."""

from datetime import datetime, timezone

import pytest

from faultproxy import FaultProxy
from test_queued_recheck import CRASHED, outbox, run

pytestmark = pytest.mark.integration


@pytest.fixture
def smtp(mail_stack):
    proxy = FaultProxy(mail_stack.host, mail_stack.smtp_port)
    yield proxy
    proxy.close()


def checkins(world) -> list:
    return [m for m in world.messages(world.addr("olivia")) if "check-in" in (m["Subject"] or "")]


@pytest.mark.parametrize("crash_at", ["", "recheck_after_recompose", "send_after_smtp"])
def test_a_mentor_away_past_the_next_slot_gets_one_check_in_on_return_then_the_next_as_usual(world, smtp, crash_at):
    world.boundary = True  # the out-of-office pauses the mentor only when its sender is proven
    world.write_config(recruiters=[(world.addr("rita"), "Rita Recruiter", None)],
                       managers=[(world.addr("olivia"), "Olivia Owner", None)], smtp_port=smtp.port,
                       extra=f"mentorships:\n  - recruiter: {world.addr('rita')}\n    mentor: {world.addr('olivia')}\n"
                             f"    every: every tuesday at 10:00\n    start: 2026-12-01\n")
    smtp.set("cut")
    run(world, "2026-12-01T10:05Z", ok=False)  # Tuesday 1 Dec: the check-in is queued, SMTP refuses it
    world.send(world.addr("olivia"), [world.mailer], subject="Out of office", attachment=None,
               body="I am out of the office and back on Wednesday 9 December 2026.",
               headers={"Auto-Submitted": "auto-replied"}, date=datetime(2026, 12, 1, 11, 0, tzinfo=timezone.utc))
    world.wait_for(world.mailer, 1)
    smtp.set("pass")
    run(world, "2026-12-01T12:00Z")  # her absence is read: the check-in is held for her return
    run(world, "2026-12-08T10:05Z")  # Tuesday 8 Dec, her next slot: she is still away
    assert world.settle(world.addr("olivia"), 0, wait=0.5) == []

    # Wednesday 9 Dec at the cadence's time: the held check-in goes, and it is the only one that day.
    if crash_at:
        assert run(world, "2026-12-09T10:00Z", crash_at=crash_at, ok=False).returncode == CRASHED
    for now in ("2026-12-09T10:00Z", "2026-12-09T10:01Z", "2026-12-09T10:20Z", "2026-12-09T15:00Z",
                "2026-12-10T10:00Z", "2026-12-14T16:00Z"):  # 10:20: past resend_after, an unproven send goes again
        run(world, now)
    [held] = [r for r in outbox(world, "mentor_checkin") if r.key.endswith(":2026-12-01")]
    world.settle(world.addr("olivia"), 1)
    [first] = checkins(world)
    assert first["Message-ID"].strip("<>") == held.message_id and held.state == "sent"
    assert [r.key[-10:] for r in outbox(world, "mentor_checkin")] == ["2026-12-01"]  # 8 Dec: no mail of its own

    run(world, "2026-12-15T10:00Z")  # the next regular slot
    world.settle(world.addr("olivia"), 2)
    assert [r.key[-10:] for r in outbox(world, "mentor_checkin")] == ["2026-12-01", "2026-12-15"]
    assert len(checkins(world)) == 2
