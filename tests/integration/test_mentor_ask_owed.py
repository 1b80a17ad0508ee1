"""A mentor ask that found no mentor is owed, not lost (journey2 finding 3), on the real stack and under kills: Rita
has no mentor when Jane's ladder reaches its mentor rung, so it is skipped; ops then configures Maria as Rita's mentor
(`invite: false`), and the daemon, SIGKILLed at a crash point and at random moments and restarted at once, sends Maria
exactly one ask about Jane, in Rita's voice, whatever the kills left, and no later pass sends another."""

from datetime import timedelta
import random

import pytest

from crashmonth import killed_run, lon, outbox_keys, run_once, state_path
from mailer.store import MentorshipState, Store

pytestmark = pytest.mark.integration
STEPS = [("1 business day", "mentor_ask", "mentor", ("recruiter",))]


def configure(world, mentor: bool) -> None:
    a = world.addr
    extra = (f"mentorships:\n  - recruiter: {a('rita')}\n    mentor: {a('maria')}\n"
             f"    every: every friday at 10:00\n    invite: false\n") if mentor else ""
    world.write_config(recruiters=[(a("rita"), "Rita Recruiter", None)], steps=STEPS, extra=extra,
                       managers=[(a("maria"), "Maria Manager", None), (a("nate"), "Nate Newyork", None)])


def asks(world) -> set[str]:
    return {k for k in outbox_keys(state_path(world)) if k.startswith("mentor:")}


@pytest.mark.parametrize("seed", [3, 11])
def test_an_ask_skipped_for_want_of_a_mentor_goes_exactly_once_when_one_is_configured(world, seed):
    a = world.addr
    configure(world, mentor=False)
    world.send(a("rita"), [a("nate")], [world.mailer], subject="Candidate: Jane Doe – Engineer",
               date=lon(2026, 11, 30, 10, 0))
    world.wait_for(world.mailer, 1)
    assert run_once(world, lon(2026, 11, 30, 11, 0)).returncode == 0
    assert run_once(world, lon(2026, 12, 1, 12, 0)).returncode == 0  # the rung is due: nobody to ask
    assert asks(world) == set()
    configure(world, mentor=True)  # ops gives Rita a mentor
    now = lon(2026, 12, 1, 14, 0)
    killed_run(world, now, random.Random(seed), kills=2)
    done = run_once(world, now + timedelta(seconds=5))
    assert done.returncode == 0, done.stdout + done.stderr
    for later in (now + timedelta(minutes=20), now + timedelta(days=1)):
        assert run_once(world, later).returncode == 0
    assert asks(world) == {f"mentor:{a('maria')}:1.0.0"}
    world.delivered(a("maria"))
    got = [m for m in world.from_mailer(a("maria")) if "Jane Doe" in m["Subject"]]
    assert len(got) == 1, [m["Subject"] for m in got]
    store = Store(state_path(world))
    try:
        [pair] = store.mentorships()
        assert pair.state is MentorshipState.ACTIVE and pair.started_at is not None
        assert pair.started_at <= now + timedelta(seconds=5)
    finally:
        store.close()
