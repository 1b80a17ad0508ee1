"""An undated out-of-office that keeps coming back is ONE absence (mailer/absences.py), on the real Postfix +
Dovecot: each nudge after the `ooo_default_pause` draws the same auto-reply; the pause runs on from the
latest notice, and the recruiter is told once, not once per auto-reply."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailer.model import State

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)  # first follow-up (2 business days)
UNDATED = "I am currently out of the office with limited access to email. I will reply as soon as I can."


def auto_reply(world, nudge, when: datetime) -> str:
    return world.send(world.addr("maria"), [world.mailer], subject="Automatic reply: " + nudge["Subject"],
                      body=UNDATED, attachment=None, date=when,
                      headers={"Auto-Submitted": "auto-replied", "In-Reply-To": nudge["Message-ID"],
                               "References": nudge["Message-ID"]})


def away_notices(world) -> list:
    return [m for m in world.messages(world.addr("rita")) if " is away" in (m["Subject"] or "")]


def test_an_undated_absence_that_repeats_is_one_absence_told_once(world):
    # A proven sender (the absence pauses for the whole ooo_default_pause), and a ladder of manager nudges only.
    world.authenticated(steps=[("2 business days", "followup_1", "manager", ()),
                               ("2 business days", "followup_2", "manager", ()),
                               ("2 business days", "followup_2", "manager", ())])
    daemon = world.daemon(MON)
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=MON, sender_name="Rita Recruiter",
               subject="Candidate: Jane Doe – Backend Engineer")
    world.tick(daemon, MON + timedelta(minutes=30), expect_mailer=1)
    mailer_mail, now = 1, WED
    for round_ in range(3):  # a nudge, her auto-reply; the pause ends; the next nudge draws it again …
        report = world.tick(daemon, now, delivered=True)
        assert len(report.queued) == 1, (round_, now)  # the nudge that resumes after the pause
        nudge = world.wait_for(world.addr("maria"), 2 + round_)[-1]
        auto_reply(world, nudge, now + timedelta(minutes=5))
        mailer_mail += 2  # mailer's own copy of its nudge, and her auto-reply
        world.tick(daemon, now + timedelta(minutes=30), expect_mailer=mailer_mail, delivered=True)
        [sub] = daemon.store.all_submissions()
        assert sub.state is State.OPEN  # never an answer
        until = daemon.store.pauses()[world.addr("maria")]
        # The pause runs from the latest notice: two business days after it (Wed → Fri → Tue → Thu).
        assert until >= now + timedelta(days=2) and until <= now + timedelta(days=5), (round_, until)
        assert world.tick(daemon, until - timedelta(minutes=1)).queued == []  # nobody nudged while away
        now = until + timedelta(minutes=1)
    notices = world.settle(world.addr("rita"), 1)
    assert len(away_notices(world)) == 1, [m["Subject"] for m in notices]  # told once, not three times
    rows = daemon.store.db.execute("SELECT COUNT(*) FROM pauses WHERE manager=?", (world.addr("maria"),)).fetchone()
    assert rows[0] == 1
    daemon.close()


def test_a_recruiter_whose_candidate_came_in_during_the_absence_is_told_when_it_runs_on(world):
    # Rita's candidate draws the out-of-office; Sam submits to Maria while she is away. The auto-reply that the
    # resuming nudge draws continues the same absence: Sam hears of it then, once; Rita is not told again.
    world.authenticated()
    daemon = world.daemon(MON)
    jane = world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=MON,
                      sender_name="Rita Recruiter", subject="Candidate: Jane Doe – Backend Engineer")
    assert world.wait_for_id(world.mailer, jane)
    world.tick(daemon, MON + timedelta(minutes=30))
    world.tick(daemon, WED, delivered=True)
    nudge = world.wait_for(world.addr("maria"), 2)[-1]
    assert world.wait_for_id(world.mailer, auto_reply(world, nudge, WED + timedelta(minutes=5)))
    world.tick(daemon, WED + timedelta(minutes=30), delivered=True)
    assert len(away_notices(world)) == 1  # Rita, about Jane

    thu = WED + timedelta(days=1)
    omar = world.send(world.addr("sam"), [world.addr("maria")], [world.mailer], date=thu,
                      sender_name="Sam Sourcer", subject="Candidate: Omar Haddad – Data Engineer")
    assert world.wait_for_id(world.mailer, omar)
    world.tick(daemon, thu + timedelta(minutes=5), delivered=True)
    until = daemon.store.pauses()[world.addr("maria")]
    report = world.tick(daemon, until + timedelta(minutes=1), delivered=True)  # Jane's nudge resumes
    assert len(report.queued) == 1
    nudge = [m for m in world.messages(world.addr("maria")) if "Jane Doe" in (m["Subject"] or "")][-1]
    assert world.wait_for_id(world.mailer, auto_reply(world, nudge, until + timedelta(minutes=5)))
    world.tick(daemon, until + timedelta(minutes=30), delivered=True)

    rows = daemon.store.db.execute("SELECT COUNT(*) FROM pauses WHERE manager=?", (world.addr("maria"),)).fetchone()
    assert rows[0] == 1  # the same absence, run on
    [told_sam] = [m for m in world.settle(world.addr("sam"), 1) if " is away" in (m["Subject"] or "")]
    text = told_sam.get_body(("plain",)).get_content()
    assert "Omar Haddad" in text and "Jane Doe" not in text
    assert "later if the out-of-office keeps answering" in text
    assert len(away_notices(world)) == 1  # Rita: still only the first notice
    daemon.close()
