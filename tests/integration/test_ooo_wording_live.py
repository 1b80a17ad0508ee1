"""What an out-of-office notice tells the recruiter, and how the nudge after the absence reads, on the real Postfix
+ Dovecot (journey2, finding 7): the manager is "back" on their first business day (never a Saturday), a resume
before that date says why in plain words (`trust: unauthenticated` caps an unproven absence), and the first nudge
after the absence acknowledges it instead of asking for an answer "today"."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)  # the first follow-up (2 business days)
DATED = "I am out of the office until Friday 4 December with limited access to email."


def text_of(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def test_the_notice_gives_the_first_day_back_and_why_nudges_resume_sooner_and_the_next_nudge_says_so(world):
    world.write_config()  # trust: unauthenticated, as journey2 ran: an out-of-office pauses 2 business days at most
    daemon = world.daemon(MON)
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=MON, sender_name="Rita Recruiter",
               subject="Candidate: Jane Doe – Backend Engineer")
    world.tick(daemon, MON + timedelta(minutes=30), expect_mailer=1)
    world.tick(daemon, WED, delivered=True)
    nudge = world.wait_for(world.addr("maria"), 2)[-1]
    assert "today" not in text_of(nudge)  # the first rung never asked for today
    world.send(world.addr("maria"), [world.mailer], subject="Automatic reply: " + nudge["Subject"], body=DATED,
               attachment=None, date=WED + timedelta(minutes=5),
               headers={"Auto-Submitted": "auto-replied", "In-Reply-To": nudge["Message-ID"],
                        "References": nudge["Message-ID"]})
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3, delivered=True)

    [notice] = [m for m in world.settle(world.addr("rita"), 1) if " is away" in (m["Subject"] or "")]
    said = " ".join(text_of(notice).split())
    # "until Friday 4 December": she is back on Monday 7 December, her first business day after it.
    assert "back Mon 07 Dec" in notice["Subject"] and "is back Mon 07 Dec" in said, said
    assert "will resume Fri 27 Nov" in said, said  # two business days: the unauthenticated cap
    assert "That is before the date it gives: nothing proves the out-of-office came from Maria Manager" in said
    assert "trust: unauthenticated" in said

    until = daemon.store.pauses()[world.addr("maria")]
    world.tick(daemon, until + timedelta(hours=1), delivered=True)  # the second rung, right after the pause
    second = world.wait_for(world.addr("maria"), 3)[-1]
    body = " ".join(text_of(second).split())
    assert "I know you have been out of the office since Wed 25 Nov" in body, body
    assert "today" not in body, body
    daemon.close()
