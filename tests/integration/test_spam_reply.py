"""Issue 12 item 4 on the real Postfix + Dovecot: mail stamped as spam in a candidate's thread, under the manager's
address but with nothing to prove it (`trust: unauthenticated`), is no answer and the ladder goes on; the same reply
with a filter's "No" verdict answers; and a reply the trust method proves counts whatever a filter guessed of it.

The test stack runs no spam filter, so the stamp is written into the mail as a filter on the way would add it
(SpamAssassin's fields); what is tested is how mailer reads it after Postfix and Dovecot delivered it.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailer.model import State

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)   # first follow-up (2 business days)
FRI = datetime(2026, 11, 27, 10, 0, tzinfo=LON)   # second follow-up, unless answered


def reply_in_thread(world, followup, stamp: dict) -> str:
    mid = followup["Message-ID"].strip()
    return world.send(world.addr("maria"), [world.mailer], subject="Re: " + followup["Subject"].removeprefix("Re: "),
                      body="Interview please.", date=WED + timedelta(minutes=5), attachment=None,
                      headers={"In-Reply-To": mid, "References": mid, **stamp})


def start(world, proven: bool = False):
    if proven:
        world.authenticated()  # the boundary stamps Maria's mail: DKIM and DMARC passed
    daemon = world.daemon(MON)
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=MON, sender_name="Rita Recruiter",
               subject="Candidate: Jane Doe – Backend Engineer")
    world.tick(daemon, WED, expect_mailer=1)
    return daemon, world.wait_for(world.addr("maria"), 2)[-1]


def test_a_reply_stamped_as_spam_is_no_answer_and_the_ladder_goes_on(world):
    daemon, followup = start(world)
    mid = reply_in_thread(world, followup, {"X-Spam-Flag": "YES",
                                            "X-Spam-Status": "Yes, score=9.1 required=5.0 tests=BAYES_99"})
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    row = daemon.store.db.execute("SELECT kind, reason FROM messages WHERE message_id=?", (mid,)).fetchone()
    assert row["kind"] == "ignored" and row["reason"].startswith("spam (X-Spam-Flag: YES)")
    [sub] = daemon.store.all_submissions()
    assert sub.state is State.OPEN and sub.decision is None
    assert len(world.tick(daemon, FRI).queued) == 1  # the second follow-up still goes
    daemon.close()


def test_a_proven_reply_counts_whatever_a_filter_guessed(world):
    daemon, followup = start(world, proven=True)
    reply_in_thread(world, followup, {"X-Spam-Flag": "YES",
                                      "X-Spam-Status": "Yes, score=5.4 required=5.0 tests=URIBL_BLOCKED"})
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    [sub] = daemon.store.all_submissions()
    assert sub.state is not State.OPEN and sub.decision == "interview"
    assert world.tick(daemon, FRI).queued == []
    daemon.close()


def test_the_same_reply_a_filter_passed_is_the_answer(world):
    daemon, followup = start(world)
    reply_in_thread(world, followup, {"X-Spam-Flag": "NO", "X-Spam-Status": "No, score=-0.1 required=5.0"})
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    [sub] = daemon.store.all_submissions()
    assert sub.state is not State.OPEN and sub.decision == "interview"
    assert world.tick(daemon, FRI).queued == []
    daemon.close()
