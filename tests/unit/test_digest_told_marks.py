"""Each manager's answer is told in exactly one recruiter digest that went out, the first composed after mailer read
it (README "Weekly digests", mailer/digesttold.py): by what each digest stored as told with its content, not by a
window of time. Every mail goes through ingest_raw into a real store, every digest through queue_digests and
recheck_ready, with the clock injected; sending is the outbox's own claim and mark."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy

import pytest

from mailer import faults
from mailer.model import QueueState, State
from mailer.digests import queue_digests
from mailer.recheck import recheck_ready
from test_digest_snooze import MARIA, RITA, World, answered_lines, mail

UTC = timezone.utc
MON = datetime(2026, 12, 7, 9, tzinfo=UTC)  # Monday 09:00 (Europe/London business hours): a digest slot
WEEK = timedelta(days=7)
SENT_BEFORE = datetime(2026, 11, 30, 10, 30, tzinfo=UTC)
TUE = datetime(2026, 12, 1, 10, tzinfo=UTC)  # an answer a business day after the submissions
JANE, OMAR = 1, 2  # their submissions' ids


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    w.digest(datetime(2026, 11, 29, 10, tzinfo=UTC))  # Sunday: the recruiter's digests start
    w.submit("Jane Doe", "<jane@acme.test>")  # Mon 30 Nov 10:00
    w.submit("Omar Haddad", "<omar@acme.test>")
    w.digest(SENT_BEFORE)  # the slot of Mon 30 Nov, late: both waiting (a digest went before every test's)
    yield w
    w.store.close()


def answer(world: World, text: str, mid: str, about: str, written: datetime, read: datetime) -> None:
    world.read(mail("Re: Candidate", text, mid, written, frm=MARIA, to=RITA, in_reply_to=about), read)


def queue(world: World, at: datetime):
    """Queue the digest due at `at` without sending it; its outbox row."""
    [key] = queue_digests(world.store, world.config, world.env, at)
    return world.store.outbox_by_key(key)


def send(world: World, at: datetime) -> None:
    """One delivery pass's work on the recruiter's digest: checked again (composed afresh if it waited), claimed,
    sent."""
    recheck_ready(world.store, world.config, world.env, at)
    row = world.store.claim(at, ("digest_recruiter",))
    with world.store.transaction():
        world.store.mark_sent(row.id, at)


def told_by_sent(world: World) -> list[list[str]]:
    """The answered lines of every recruiter digest that went out after the fixture's, oldest first."""
    rows = [r for r in world.store.outbox(QueueState.SENT)
            if r.kind == "digest_recruiter" and r.created_at > SENT_BEFORE]
    return [answered_lines(message_from_bytes(r.raw, policy=policy.default).get_body(("plain",)).get_content()
                           .replace("\r\n", "\n")) for r in rows]


def marks(world: World) -> dict[str, list[int]]:
    """What the store says each digest told: outbox key → submission ids."""
    rows = world.store.db.execute("SELECT o.key, t.submission_id FROM digest_told t JOIN outbox o ON o.id=t.outbox_id "
                                  "ORDER BY o.key, t.submission_id").fetchall()
    found: dict[str, list[int]] = {}
    for r in rows:
        found.setdefault(r["key"], []).append(r["submission_id"])
    return found


def test_an_answer_read_in_a_later_pass_of_the_second_a_digest_was_composed_is_told_in_the_next(world):
    """The same-second edge: Monday's digest is composed at 09:00:00; Maria's "interview" is read by a later pass
    of that very second (a restart, a second pass). It is not in Monday's digest, so the next one tells it.
    Told by reading time in (since, until], it was never told."""
    first = world.digest(MON)
    assert answered_lines(first) == []
    answer(world, "interview\n", "<i@acme.test>", "<jane@acme.test>", written=MON - timedelta(minutes=1), read=MON)
    second = world.digest(MON + WEEK)
    assert second is not None and answered_lines(second) == [
        "- Jane Doe: Maria Manager answered after 5 business days (interview)"]
    assert answered_lines(world.digest(MON + 2 * WEEK)) == []


def test_a_decision_changed_in_the_second_a_digest_told_the_first_one_is_told_in_the_next(world):
    answer(world, "interview\n", "<i@acme.test>", "<omar@acme.test>", written=TUE, read=TUE)
    assert answered_lines(world.digest(MON)) == ["- Omar Haddad: Maria Manager answered after 1 business day "
                                                 "(interview)"]
    answer(world, "pass\n", "<p@acme.test>", "<omar@acme.test>", written=MON, read=MON)  # a later pass, same second
    second = world.digest(MON + WEEK)
    assert second is not None and answered_lines(second) == [
        "- Omar Haddad: Maria Manager answered after 5 business days (pass)"]


def test_an_answer_read_in_the_digests_own_pass_before_it_is_composed_is_told_in_it_and_never_again(world):
    answer(world, "interview\n", "<i@acme.test>", "<jane@acme.test>", written=MON - timedelta(hours=1), read=MON)
    assert len(answered_lines(world.digest(MON))) == 1
    answer(world, "interview, as I said\n", "<i2@acme.test>", "<jane@acme.test>", written=MON, read=MON)
    assert answered_lines(world.digest(MON + WEEK)) == []


def test_a_failed_digest_told_nothing_and_its_answers_go_in_the_next(world):
    answer(world, "pass\n", "<p@acme.test>", "<jane@acme.test>", written=TUE, read=TUE)
    row = queue(world, MON)
    assert marks(world) == {row.key: [JANE]}
    claimed = world.store.claim(MON, ("digest_recruiter",))
    with world.store.transaction():
        world.store.mark_failed(claimed.id, "550 mailbox unavailable")
    second = world.digest(MON + WEEK)
    assert answered_lines(second) == ["- Jane Doe: Maria Manager answered after 1 business day (pass)"]
    assert told_by_sent(world) == [["- Jane Doe: Maria Manager answered after 1 business day (pass)"]]


def test_a_digest_that_may_have_gone_counts_what_it_told(world):
    """Interrupted mid-send (in doubt): it may have reached Rita, so the next digest does not tell Jane again."""
    answer(world, "pass\n", "<p@acme.test>", "<jane@acme.test>", written=TUE, read=TUE)
    queue(world, MON)
    claimed = world.store.claim(MON, ("digest_recruiter",))
    with world.store.transaction():
        world.store.requeue_in_doubt(claimed.id, MON + timedelta(hours=1), "no answer after DATA")
    answer(world, "interview\n", "<i@acme.test>", "<omar@acme.test>", written=MON + WEEK - timedelta(hours=1),
           read=MON + WEEK - timedelta(hours=1))
    [key] = queue_digests(world.store, world.config, world.env, MON + WEEK)
    assert marks(world)[key] == [OMAR]


def test_a_superseded_digest_tells_nothing_and_the_next_tells_its_answers_once(world):
    """Queued Monday, never sent (mailer stopped); Jane's pass was in it, Omar's interview came after. The next
    slot's digest cancels it and tells both; what the cancelled one stored as told does not count."""
    answer(world, "pass\n", "<p@acme.test>", "<jane@acme.test>", written=TUE, read=TUE)
    stale = queue(world, MON)
    answer(world, "interview\n", "<i@acme.test>", "<omar@acme.test>", written=MON + timedelta(days=1),
           read=MON + timedelta(days=1))
    fresh = queue(world, MON + WEEK)
    assert world.store.outbox_by_key(stale.key).state is QueueState.CANCELLED
    assert marks(world) == {stale.key: [JANE], fresh.key: [JANE, OMAR]}
    send(world, MON + WEEK)
    assert told_by_sent(world) == [["- Jane Doe: Maria Manager answered after 1 business day (pass)",
                                    "- Omar Haddad: Maria Manager answered after 6 business days (interview)"]]


def test_a_digest_composed_again_at_sending_tells_what_is_untold_then_and_stores_that(world):
    answer(world, "pass\n", "<p@acme.test>", "<jane@acme.test>", written=TUE, read=TUE)
    row = queue(world, MON)
    answer(world, "interview\n", "<i@acme.test>", "<omar@acme.test>", written=MON + timedelta(hours=2),
           read=MON + timedelta(hours=2))
    send(world, MON + timedelta(hours=3))  # an SMTP outage held it: composed again before it goes
    assert marks(world) == {row.key: [JANE, OMAR]}
    assert [len(lines) for lines in told_by_sent(world)] == [2]
    assert world.digest(MON + WEEK) is None  # both told, none waiting


def test_a_crash_before_a_recomposition_commits_keeps_the_queued_content_and_its_marks_together(world, monkeypatch):
    answer(world, "pass\n", "<p@acme.test>", "<jane@acme.test>", written=TUE, read=TUE)
    row = queue(world, MON)
    answer(world, "interview\n", "<i@acme.test>", "<omar@acme.test>", written=MON + timedelta(hours=2),
           read=MON + timedelta(hours=2))

    def crash(name: str) -> None:
        if name == "recheck_before_commit":
            raise RuntimeError("killed")
    monkeypatch.setattr(faults, "point", crash)
    recheck_ready(world.store, world.config, world.env, MON + timedelta(hours=3))
    assert marks(world) == {row.key: [JANE]} and world.store.outbox_by_key(row.key).raw == row.raw
    monkeypatch.undo()
    send(world, MON + timedelta(hours=4))  # the next pass composes it again
    assert marks(world) == {row.key: [JANE, OMAR]}
    assert world.digest(MON + WEEK) is None  # both told, none waiting


def test_a_crash_before_a_digest_is_queued_leaves_its_answers_untold_for_the_retry(world, monkeypatch):
    answer(world, "pass\n", "<p@acme.test>", "<jane@acme.test>", written=TUE, read=TUE)

    def crash(name: str) -> None:
        if name == "digest_before_commit":
            raise RuntimeError("killed")
    monkeypatch.setattr(faults, "point", crash)
    assert queue_digests(world.store, world.config, world.env, MON) == []
    assert marks(world) == {} and [r.created_at for r in world.store.outbox() if r.kind == "digest_recruiter"] == [
        SENT_BEFORE]
    monkeypatch.undo()
    assert answered_lines(world.digest(MON + timedelta(minutes=1))) == [
        "- Jane Doe: Maria Manager answered after 1 business day (pass)"]


def test_a_close_after_a_told_answer_is_no_new_answer(world):
    """Maria answered Jane in words, read in the pass of Monday's digest, which told it; ops then close Jane
    (`mailer close`: the decision becomes "closed", no manager's word). The next digest tells nothing of Jane."""
    answer(world, "Spoke to the team, we will call her ourselves.\n", "<w@acme.test>", "<jane@acme.test>",
           written=MON - timedelta(hours=1), read=MON)
    assert [line.split(":")[0] for line in answered_lines(world.digest(MON))] == ["- Jane Doe"]
    with world.store.transaction():
        world.store.decide(JANE, State.CLOSED, "closed")  # as mailer/steer.py closes one
    assert answered_lines(world.digest(MON + WEEK)) == []
