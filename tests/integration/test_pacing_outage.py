"""One mail a day per manager after an SMTP outage, on the real Dovecot + Postfix: `mailer run --once --now T`.

Found in a user-journey review: Maria's Monday digest was queued while SMTP was down; the pass that sent it the
next morning also sent the step-1 nudge about the same candidate, in the same minute, because the daily cap counted
the digest on the day it was queued. The digest takes the day it goes; the nudge goes the next business day.
"""

from datetime import datetime, timezone

import pytest

from mailer.store import Store

pytestmark = pytest.mark.integration


def run(world, now: str, expect: int = 0):
    done = world.cli("run", "--once", "--now", now)
    assert done.returncode == expect, done.stdout + done.stderr
    return done


def test_a_digest_held_overnight_by_smtp_goes_alone_and_the_nudge_it_repeats_waits_a_day(world):
    world.write_config(extra="digests:\n  manager: every monday at 09:00\n")
    path = world.tmp / "config.yaml"
    maria = f"  - email: {world.addr('maria')}\n    name: Maria Manager\n"
    working = path.read_text().replace(maria, maria + "    digest: true\n")
    path.write_text(working)
    # Thursday: Rita sends Omar to Maria; step 1 falls due Monday 10:00.
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], subject="Candidate: Omar Haddad – Data",
               date=datetime(2026, 11, 26, 10, 0, tzinfo=timezone.utc))
    world.wait_for(world.mailer, 1)
    run(world, "2026-11-26T10:30Z")
    smtp = f"smtp:\n  host: {world.stack.host}\n  port: {world.stack.smtp_port}\n"
    assert smtp in working
    path.write_text(working.replace(smtp, f"smtp:\n  host: {world.stack.host}\n  port: 9\n"))  # nothing listens
    down = run(world, "2026-11-30T09:05Z", expect=1)  # Monday: the digest is queued and cannot go
    run(world, "2026-11-30T14:00Z", expect=1)  # still down; the digest holds Monday, the nudge waits
    path.write_text(working)  # SMTP is back overnight
    run(world, "2026-12-01T09:05Z")
    store = Store(world.tmp / "mailer.db")
    sent = sorted((r.sent_at.date().isoformat(), r.kind) for r in store.outbox("sent") if r.person == world.addr("maria"))
    store.close()
    assert sent == [("2026-12-01", "digest_manager")], sent  # on main: the step-1 nudge went with it
    run(world, "2026-12-01T15:00Z")
    run(world, "2026-12-02T09:05Z")  # Wednesday: the nudge, nothing lost
    mine = [m for m in world.settle(world.addr("maria"), 2) if m["From"] and world.mailer in m["From"]]
    got = sorted((m["Date"][:16], "digest" if m["Subject"].startswith("Your week") else "nudge") for m in mine)
    assert got == [("Tue, 01 Dec 2026", "digest"), ("Wed, 02 Dec 2026", "nudge")], got
    store = Store(world.tmp / "mailer.db")
    assert [r.kind for r in store.outbox() if r.person == world.addr("maria")] == ["digest_manager", "followup"]
    store.close()
    # `run --once` exits 1 after its one pass: it does not promise to keep trying (the daemon does).
    assert "send: cannot reach" in down.stderr and "will keep trying" not in down.stderr, down.stderr[-600:]
