"""A manager answering from another address (a personal mail) in the candidate's thread, on the real Postfix +
Dovecot: the reply is not counted (the follow-ups go on), and the submitting recruiter is told once per
submission, with the address and the config key that would make it count. A mail outside the thread, or
from someone under another name, tells nobody (mailer/otheraddress.py)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailer.model import State

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)  # the first follow-up is due (2 business days)


def told(world) -> list:
    return [m for m in world.messages(world.addr("rita")) if "may have answered" in (m["Subject"] or "")]


def test_a_reply_from_the_managers_other_address_is_not_counted_and_the_recruiter_is_told_once(world):
    daemon = world.daemon(MON)
    personal = "maria.manager@gmail.test"
    for name in ("Jane Doe", "Bob Baker"):
        world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=MON, sender_name="Rita Recruiter",
                   subject=f"Candidate: {name} – Backend Engineer")
    world.tick(daemon, MON + timedelta(minutes=5), expect_mailer=2)
    jane, bob = sorted(world.wait_for(world.addr("maria"), 2), key=lambda m: "Bob" in m["Subject"])

    # From her personal address, in Jane's thread; then again, and a colleague under another name in Bob's.
    world.reply(jane, personal, "Interview please!", to=[world.addr("rita")], cc=[world.mailer],
                date=MON + timedelta(minutes=30))
    world.tick(daemon, MON + timedelta(hours=1), expect_mailer=3, delivered=True)
    world.reply(jane, personal, "Any news? I said interview.", to=[world.addr("rita")], cc=[world.mailer],
                date=MON + timedelta(hours=2))
    world.reply(bob, "sam.scheduler@acme.test", "Thanks, I will find a slot.", to=[world.addr("rita")],
                cc=[world.mailer], date=MON + timedelta(hours=2))
    # And a free-floating mail about Bob from her personal address: no In-Reply-To or References.
    world.send(personal, [world.mailer], subject="Re: Candidate: Bob Baker – Backend Engineer",
               body="Pass on Bob.", attachment=None, date=MON + timedelta(hours=2))
    world.tick(daemon, MON + timedelta(hours=3), expect_mailer=6, delivered=True)

    world.settle(world.addr("rita"), 1)
    [notice] = told(world)
    assert notice["Subject"].strip() == f"Maria Manager may have answered on Jane Doe from {personal}"
    body = notice.get_body(("plain",)).get_content()
    assert f"- email: {world.addr('maria')}" in body and f"aliases: [{personal}]" in body
    assert "did not count it" in body
    subs = {s.candidate: s for s in daemon.store.all_submissions()}
    assert subs["Jane Doe"].state is State.OPEN and subs["Bob Baker"].state is State.OPEN  # never acted on
    # The ladder goes on: both are nudged as if nobody had answered.
    assert len(world.tick(daemon, WED).queued) == 1  # one grouped mail to Maria for both candidates
    assert [r.kind for r in daemon.store.outbox()].count("other_address") == 1
    daemon.close()


def test_a_reply_to_a_grouped_nudge_is_one_notice_and_only_a_proven_sender_gets_the_alias_snippet(world):
    # A company whose receiving server stamps its verdict: her gmail reply proven, a lookalike's not.
    world.authenticated(extra=f"ops: [{world.addr('olga')}]\n")
    daemon = world.daemon(MON)
    for name in ("Jane Doe", "Bob Baker", "Li Wei"):
        world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=MON, sender_name="Rita Recruiter",
                   subject=f"Candidate: {name} – Backend Engineer")
    world.tick(daemon, MON + timedelta(minutes=5), expect_mailer=3)
    assert len(world.tick(daemon, WED, delivered=True).queued) == 1  # one grouped nudge listing all three
    nudge = [m for m in world.messages(world.addr("maria")) if m["From"] and world.mailer in m["From"]][-1]

    proven, lookalike = "maria.manager@gmail.test", "maria.manager@gmai1.test"
    mid = world.reply(nudge, proven, "1 and 3: interview. 2: no.", to=[world.mailer], date=WED + timedelta(minutes=20))
    assert world.wait_for_id(world.mailer, mid)
    world.tick(daemon, WED + timedelta(minutes=30), delivered=True)
    [notice] = told(world)
    for name in ("Jane Doe", "Bob Baker", "Li Wei"):
        assert name in notice["Subject"]
    body = " ".join(notice.get_body(("plain",)).get_content().split())
    # Rita cannot change the config: she is told to ask ops, who have their own copy with the change to make.
    assert f"aliases: [{proven}]" not in body and "ask ops (they have this notice too) to add it" in body
    assert "still does not count" in body
    [copy] = [m for m in world.wait_for(world.addr("olga"), 1) if "may have answered" in (m["Subject"] or "")]
    ops_body = copy.get_body(("plain",)).get_content()
    assert "has this notice too" in ops_body
    assert f"aliases: [{proven}]" in ops_body and "rather than replacing it" in ops_body

    # The lookalike domain, unproven (no verdict stamped): told, but offered no config change.
    mid = world.send(lookalike, [world.mailer], subject="Re: " + nudge["Subject"], body="Interview all three.",
                     attachment=None, date=WED + timedelta(hours=1), stamp=None,
                     headers={"In-Reply-To": nudge["Message-ID"], "References": nudge["Message-ID"]})
    assert world.wait_for_id(world.mailer, mid)
    world.tick(daemon, WED + timedelta(hours=1, minutes=10), delivered=True)
    notices = told(world)
    assert len(notices) == 2
    [doubtful] = [m for m in notices if lookalike in m["Subject"]]
    text = doubtful.get_body(("plain",)).get_content()
    assert f"aliases: [{lookalike}]" not in text and "could not verify" in text
    assert [r.kind for r in daemon.store.outbox()].count("other_address") == 4  # two each to Rita and ops
    assert all(s.state is State.OPEN for s in daemon.store.all_submissions())  # never counted
    daemon.close()
