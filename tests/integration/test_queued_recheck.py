"""Digests and check-ins held in the queue by an SMTP outage are checked again before they go (mailer/recheck.py),
on the real Dovecot + Postfix with a fault proxy in front of Postfix: `mailer run --once --now T` queues the
mail while SMTP refuses every connection, the state changes meanwhile, SMTP comes back, and what is sent is
what the state says then: a manager digest lists only what still waits (and its numbers answer right), one
with nothing left is cancelled with its reason, a check-in waits for the mentor's return and one whose
mentorship ended never goes. A kill -9 right after the re-composition still sends it once."""

from datetime import datetime, timezone
import re

import pytest

from faultproxy import FaultProxy
from mailer.model import State
from mailer.store import Store

pytestmark = pytest.mark.integration
CRASHED = 86


@pytest.fixture
def smtp(mail_stack):
    proxy = FaultProxy(mail_stack.host, mail_stack.smtp_port)
    yield proxy
    proxy.close()


def run(world, now: str, crash_at: str = "", ok: bool = True):
    done = world.cli("run", "--once", "--now", now, env={"MAILER_CRASH_AT": crash_at})
    assert done.returncode != CRASHED or crash_at, done.stdout + done.stderr
    if ok:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def text(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def weekly(world, who: str) -> list:
    return [m for m in world.messages(world.addr(who)) if (m["Subject"] or "").startswith("Your week")]


def outbox(world, kind: str) -> list:
    store = Store(world.tmp / "mailer.db")
    try:
        return [r for r in store.outbox() if r.kind == kind]
    finally:
        store.close()


def manager_digest_world(world, smtp) -> dict:
    """Maria (London, 9-17) opted in to a Monday 09:00 digest; Rita sent her Jane, Bob and Kim on Thursday."""
    world.write_config(recruiters=[(world.addr("rita"), "Rita Recruiter", None)],
                       managers=[(world.addr("maria"), "Maria Manager", None)], smtp_port=smtp.port,
                       extra="digests:\n  manager: every monday at 09:00\n")
    path = world.tmp / "config.yaml"
    maria = f"  - email: {world.addr('maria')}\n    name: Maria Manager\n"
    path.write_text(path.read_text().replace(maria, maria + "    digest: true\n"))
    when = datetime(2026, 11, 26, 10, 0, tzinfo=timezone.utc)  # Thursday
    # The digest numbers candidates in the order mailer read them: each must arrive before the next is sent,
    # or under load Postfix may deliver Kim before Bob and the numbered list changes order.
    for count, name in enumerate(("Jane Doe", "Bob Baker", "Kim Lee"), 1):
        world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], subject=f"Candidate: {name} – Backend",
                   date=when, attachment=None)
        assert len(world.wait_for(world.mailer, count)) == count
    run(world, "2026-11-26T10:30Z")
    return {m["Subject"].split(": ", 1)[1].split(" –")[0]: m for m in world.wait_for(world.addr("maria"), 3)}


def answer(world, submission, words: str, date: str, expect: int) -> None:
    world.reply(submission, world.addr("maria"), words, to=[world.addr("rita")], cc=[world.mailer],
                date=datetime.fromisoformat(date))
    world.wait_for(world.mailer, expect)


def test_a_manager_digest_held_by_an_outage_lists_only_what_still_waits_and_its_numbers_answer_right(world, smtp):
    subs = manager_digest_world(world, smtp)
    smtp.set("cut")
    run(world, "2026-11-30T09:05Z", ok=False)  # Monday: the digest is queued, SMTP refuses it
    [row] = outbox(world, "digest_manager")
    assert row.state == "queued" and row.attempts == 1 and "Jane Doe" in row.raw.decode()
    answer(world, subs["Jane Doe"], "Interview please, sorry for the delay", "2026-11-30T10:00:00+00:00", 4)
    run(world, "2026-11-30T10:10Z", ok=False)  # read while SMTP is still out: Jane is answered, nothing goes
    assert weekly(world, "maria") == []

    smtp.set("pass")
    run(world, "2026-11-30T10:30Z")
    world.wait_for(world.addr("maria"), 5)  # the three submissions, the confirmation for Jane, the digest
    [digest] = weekly(world, "maria")
    assert digest["Subject"] == "Your week: 2 candidates waiting for you"
    assert "Jane Doe" not in text(digest)
    assert re.search(r"1\. Bob Baker.*\n.*\n\s*2\. Kim Lee", text(digest))
    assert digest["Message-ID"].strip("<>") == row.message_id  # the same mail, composed again
    [sent] = outbox(world, "digest_manager")
    assert sent.state == "sent" and "Jane Doe" not in sent.raw.decode()

    # Her "1 pass" means the first candidate she read: Bob, not Jane.
    world.reply(digest, world.addr("maria"), "1 pass", to=[world.mailer])
    world.wait_for(world.mailer, 6)  # the submissions, her answer, the digest's copy, this reply
    run(world, "2026-11-30T11:00Z")
    store = Store(world.tmp / "mailer.db")
    state = {s.candidate: (s.state, s.decision) for s in store.all_submissions()}
    store.close()
    assert state["Bob Baker"] == (State.ANSWERED, "pass")
    assert state["Jane Doe"][1] == "interview" and state["Kim Lee"][0] is State.OPEN


def test_a_manager_digest_with_nothing_left_is_cancelled_with_its_reason(world, smtp):
    subs = manager_digest_world(world, smtp)
    smtp.set("cut")
    run(world, "2026-11-30T09:05Z", ok=False)
    for n, name in enumerate(("Jane Doe", "Bob Baker", "Kim Lee"), 1):
        answer(world, subs[name], "Let's pass on this one, thanks", f"2026-11-30T10:0{n}:00+00:00", 3 + n)
    smtp.set("pass")
    run(world, "2026-11-30T10:30Z")
    run(world, "2026-11-30T11:30Z")
    world.settle(world.addr("maria"), 4)
    assert weekly(world, "maria") == []
    [row] = outbox(world, "digest_manager")
    assert row.state == "cancelled" and "nothing of theirs waits any more" in row.last_error


@pytest.mark.parametrize("point", ["recheck_before_commit", "recheck_after_recompose", "send_after_smtp"])
def test_a_recomposed_digest_goes_once_under_kill_9(world, smtp, point):
    subs = manager_digest_world(world, smtp)
    smtp.set("cut")
    run(world, "2026-11-30T09:05Z", ok=False)
    answer(world, subs["Jane Doe"], "Interview please", "2026-11-30T10:00:00+00:00", 4)
    smtp.set("pass")
    assert run(world, "2026-11-30T10:30Z", crash_at=point, ok=False).returncode == CRASHED
    run(world, "2026-11-30T10:31Z")
    run(world, "2026-11-30T10:50Z")  # past resend_after: an unconfirmed send would go again now
    run(world, "2026-11-30T10:51Z")
    digests = [m for m in world.settle(world.addr("maria"), 5) if m["Subject"].startswith("Your week")]
    assert len(digests) == 1 and "Jane Doe" not in text(digests[0]) and "Bob Baker" in text(digests[0])
    assert [r.state for r in outbox(world, "digest_manager")] == ["sent"]


def test_check_ins_held_by_an_outage_wait_for_the_mentors_return_and_an_ended_mentorship_sends_none(world, smtp):
    world.boundary = True  # the out-of-office below pauses the mentor only when its sender is proven
    pairs = {("rita", "olivia"), ("sam", "paula")}

    def configure(active):
        lines = ["mentorships:"]
        for recruiter, mentor in sorted(active):
            lines += [f"  - recruiter: {world.addr(recruiter)}", f"    mentor: {world.addr(mentor)}",
                      "    every: every tuesday at 10:00", "    start: 2026-12-01"]
        world.write_config(recruiters=[(world.addr("rita"), "Rita Recruiter", None),
                                       (world.addr("sam"), "Sam Sourcer", None)],
                           managers=[(world.addr("olivia"), "Olivia Owner", None),
                                     (world.addr("paula"), "Paula Partner", None)],
                           smtp_port=smtp.port, extra="\n".join(lines) + "\n")

    configure(pairs)
    smtp.set("cut")
    run(world, "2026-12-01T10:05Z", ok=False)  # Tuesday: both check-ins queued, SMTP refuses them
    assert {r.person for r in outbox(world, "mentor_checkin")} == {world.addr("olivia"), world.addr("paula")}

    # Meanwhile Olivia goes away until Thursday, and Sam's mentorship with Paula is taken out of the config.
    world.send(world.addr("olivia"), [world.mailer], subject="Out of office", attachment=None,
               body="I am out of the office and back on Thursday 3 December 2026.",
               headers={"Auto-Submitted": "auto-replied"}, date=datetime(2026, 12, 1, 11, 0, tzinfo=timezone.utc))
    world.wait_for(world.mailer, 1)
    configure(pairs - {("sam", "paula")})
    smtp.set("pass")
    run(world, "2026-12-01T12:00Z")
    run(world, "2026-12-02T10:05Z")
    run(world, "2026-12-03T09:59Z")
    assert world.settle(world.addr("olivia"), 0, wait=0.5) == [] and world.messages(world.addr("paula")) == []
    rows = {r.person: r for r in outbox(world, "mentor_checkin")}
    assert rows[world.addr("paula")].state == "cancelled"
    assert "the mentorship was removed from the config" in rows[world.addr("paula")].last_error
    assert rows[world.addr("olivia")].state == "queued"

    run(world, "2026-12-03T10:00Z")  # her return day, at the cadence's time
    [checkin] = world.wait_for(world.addr("olivia"), 1)
    assert "check-in" in checkin["Subject"] and checkin["Message-ID"].strip("<>") == rows[world.addr("olivia")].message_id
    run(world, "2026-12-03T15:00Z")
    assert len(world.settle(world.addr("olivia"), 1)) == 1 and world.messages(world.addr("paula")) == []
