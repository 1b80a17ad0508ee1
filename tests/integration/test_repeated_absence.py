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
