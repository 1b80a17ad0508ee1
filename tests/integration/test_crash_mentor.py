"""Nothing lost, nothing sent twice for the mentor half: invitations, answers, check-ins on their cadence, the
journal, weekly digests, escalations and managers' commands, while a real daemon is SIGKILLed at random moments
over weeks, with the clock jumping back and forward between rounds (tests/integration/crashmonth.py)."""

from collections import Counter, defaultdict
from datetime import date, timedelta
import random

import pytest

from crashmonth import (LON, People, SUBMISSIONS, configure, decided_at, killed_run, lon, outbox_keys, run_once, setup,
                        state_path, still_due)
from mailer.store import Store
from toldonce import check_told_once

pytestmark = pytest.mark.integration
PEOPLE = ("rita", "sam", "maria", "nate", "omar")
# Monday 30 November 2026 to January: first nudges, invitations, check-in slots (Tuesdays in New York, Wednesdays and
# every other Thursday in London), Monday digests; SMTP down on 7 December (the digests wait two days) and from 15
# December, when the clock also goes back a day, to 16 December; then two weeks forward. (time, SMTP down)
ROUNDS = ((lon(2026, 11, 30, 15, 7), False), (lon(2026, 12, 1, 15, 7), False), (lon(2026, 12, 7, 15, 7), True),
          (lon(2026, 12, 9, 15, 7), False), (lon(2026, 12, 15, 15, 37), True), (lon(2026, 12, 14, 15, 37), True),
          (lon(2026, 12, 16, 15, 7), False), (lon(2026, 12, 31, 15, 7), False))
SLOTTED = ("mentor-checkin:", "digest-")  # outbox keys ending with the slot's day


def one_round(world, people: People, now, rng: random.Random | None, smtp_down: bool = False,
              kills: int = 2) -> set[str]:
    """The daemon at `now`: killed (with `rng`: crashmonth.killed_run), then restarted at once at the same time (as
    systemd restarts it); the keys it queued must be exactly those its uninterrupted passes queue from the same
    state. Then everyone answers what they got. Returns the keys queued."""
    # The restart's time, at which the uninterrupted passes decide too: the killed daemon's clock runs on from
    # `now` until it dies (under 5 s), so anything it queued is due by then.
    restart = now + timedelta(seconds=5)
    planned = decided_at(world, restart)
    before = outbox_keys(state_path(world))
    if rng is not None:
        killed_run(world, now, rng, kills)
    done = run_once(world, restart)
    assert done.returncode == 0 or (smtp_down and done.returncode == 1), done.stdout + done.stderr
    made = outbox_keys(state_path(world)) - before
    assert made == planned, f"at {now}: queued but not due {sorted(made - planned)}, due but lost {sorted(planned - made)}"
    assert still_due(world, restart) == []  # and nothing the daemon's plan calls due is left undone
    world.delivered(*(world.addr(who) for who in PEOPLE), world.mailer)
    people.answer(now + timedelta(minutes=30))
    return made


def slot_day(key: str) -> date:
    return date.fromisoformat(key.rpartition(":")[2])


def never_again(before: set[str], made: set[str], now) -> None:
    """Never a repeat, whichever way the clock went: a check-in or digest queued now is for a slot after every slot
    its pair or person used before (a slot is used once, by the latest mail standing for it)."""
    for key in made:
        if key.startswith(SLOTTED):
            head = key.rpartition(":")[0]
            used = [slot_day(k) for k in before if k.startswith(head + ":")]
            assert all(day < slot_day(key) for day in used), (now, key, sorted(used))


def month_under_kills(world, rounds, seed: int, kills: int) -> None:
    setup(world)
    rng = random.Random(seed)
    # Omar pauses the check-ins in his second answer, Nate stops them in his third.
    people = People(world, ends={"omar": ("snooze 2w", 2), "nate": ("Please stop these check-ins.", 3)})
    expected: set[str] = set()
    # After the killed rounds, clean passes well after the last, then past the resend window: what a kill left
    # claimed goes once; the last reads the answers to what went before it.
    final = weekday_afternoon(max(now for now, _ in rounds) + timedelta(days=6))
    clean = (final, *(final + timedelta(minutes=m) for m in (11, 12, 13)))
    for now, smtp_down, killing in [*((now, down, rng) for now, down in rounds), *((now, False, None) for now in clean)]:
        configure(world, smtp_down)
        made = one_round(world, people, now, killing, smtp_down, kills)
        never_again(expected, made, now)
        expected |= made
    check_exact(world, people, expected)


def weekday_afternoon(after):
    """The first weekday from `after` at 15:07 in London, 10:07 in New York: everyone's business hours, so nothing
    the clean passes find queued waits for them."""
    day = after.astimezone(LON).date()
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return lon(day.year, day.month, day.day, 15, 7)


def check_exact(world, people: People, expected: set[str]) -> None:
    store = Store(state_path(world))
    try:
        rows = store.outbox()
        # in the order they were queued (the store lists them by slot)
        checkins = {(r.recruiter, r.mentor): sorted(store.checkins(r.recruiter, r.mentor), key=lambda c: c.id)
                    for r in store.mentorships()}
        journals = {who: store.journal(world.addr(who)) for who in ("rita", "sam")}
        mentorships = {(r.recruiter, r.mentor): r for r in store.mentorships()}
        candidates = sorted(s.candidate for s in store.all_submissions())
        check_told_once(store)  # each manager's answer in exactly one recruiter digest that went out
    finally:
        store.close()
    assert candidates == sorted(c for _, _, c in SUBMISSIONS)  # no submission lost
    assert {r.key for r in rows} == expected  # everything queued was due, by the daemon's own decision
    assert {r.state for r in rows} <= {"sent", "cancelled"}, [(r.key, r.state) for r in rows if r.state not in
                                                            ("sent", "cancelled")]  # nothing stuck
    by_key = {r.key: r for r in rows}
    # Each pair's check-ins and each person's digests: one per slot, slots only ever later (never a repeat).
    for pair, held in checkins.items():
        days = [c.slot for c in held]
        assert days == sorted(set(days)), (pair, days)
    per_person = defaultdict(list)
    for r in sorted(rows, key=lambda r: r.id):
        if r.key.startswith("digest-"):
            per_person[r.key.rpartition(":")[0]].append(slot_day(r.key))
    for person, days in per_person.items():
        assert days == sorted(set(days)), (person, days)
    assert any(k.startswith("digest-manager:") for k in by_key) and any(k.startswith("digest-recruiter:") for k in by_key)
    # Nothing sent twice, nothing lost: every mail a person got from mailer has its own Message-ID and a sent row,
    # and every sent row reached each of its people.
    sent = [r for r in rows if r.state == "sent"]
    for who in PEOPLE:
        address = world.addr(who)
        received = [m["Message-ID"].strip("<>") for m in world.from_mailer(address)]
        assert len(received) == len(set(received)), (who, Counter(received).most_common(3))
        assert set(received) == {r.message_id for r in sent if address in r.recipients}, who
    # Every advice a mentor gave is in the recruiter's journal once; the pause and the stop are not advice.
    kept = [e.answer for entries in journals.values() for e in entries]
    for mentor, words in people.advice:
        assert sum(words in answer for answer in kept) == 1, (mentor, words, kept)
    assert len(kept) == len(people.advice), kept
    # The mentors' own words took effect: Maria and Nate said yes to the invitation once it came; Nate, if he came
    # to answer his third check-in, stopped them (none after it), and Omar, if he came to answer his second, paused
    # them.
    a = world.addr
    assert mentorships[(a("sam"), a("maria"))].state.value == "active" or "maria" not in people.accepted
    stopped = people.said("nate")
    assert mentorships[(a("rita"), a("nate"))].state.value == "ended" if stopped else \
        mentorships[(a("rita"), a("nate"))].state.value == "active" or "nate" not in people.accepted
    if stopped:
        assert len(checkins[(a("rita"), a("nate"))]) == 3
    assert (mentorships[(a("rita"), a("omar"))].paused_until is not None) == people.said("omar")
    assert any("Your advice" in r.subject for r in sent)  # a manager stayed silent: the ladder asked a mentor


def test_a_month_of_the_mentor_half_under_random_kills(world):
    month_under_kills(world, ROUNDS, seed=2026, kills=2)


def soak_rounds(seed: int, until=lon(2027, 1, 9), most: int = 40) -> list:
    """A round on most days from 30 November to `until` (at most `most` of them), at a random time of the London
    day; now and then the clock goes back a day or two, or jumps a week forward; SMTP is down now
    and then, for a round (longer outages end in mail given up after deliver.BACKOFF, by design). (time, SMTP down)"""
    rng = random.Random(seed)
    rounds, now = [], lon(2026, 11, 30, 8, 0)
    while now < until and len(rounds) < most:
        step = rng.choice([timedelta(days=1)] * 8 + [timedelta(days=-rng.randint(1, 2)), timedelta(days=7)])
        now = max(lon(2026, 11, 30, 8, 0), now + step)
        day = now.astimezone(LON).date()
        rounds.append((lon(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59)), rng.random() < 0.15))
    return rounds


@pytest.mark.slow
@pytest.mark.parametrize("seed", [7, 99])
def test_mentor_half_kill_soak(world, seed):
    """Opt-in (--run-slow): a round on most days over six weeks (at most 40), each killed three times (about 3
    minutes per seed)."""
    month_under_kills(world, soak_rounds(seed), seed=seed, kills=3)
