"""The spine end to end on real Dovecot + Postfix: submission → silence → follow-up → reply stops it."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.model import State

pytestmark = pytest.mark.integration
NY = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")


def ny(*args):
    return datetime(*args, tzinfo=NY).astimezone(timezone.utc)


def lon(*args):
    return datetime(*args, tzinfo=LON).astimezone(timezone.utc)


def submit(world, manager="nate", when=None, subject="Candidate: Jane Doe – Senior Backend Engineer", **kw):
    return world.send(world.addr("rita"), [world.addr(manager)], [world.mailer], subject=subject,
                      date=when, sender_name="Rita Recruiter", **kw)


def test_submission_recorded_once_even_after_resync(world):
    submit(world, when=ny(2026, 11, 25, 10, 0))
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(ny(2026, 11, 25, 10, 5))
    daemon.tick()
    daemon.tick()
    [sub] = daemon.store.all_submissions()
    assert (sub.manager, sub.recruiter, sub.candidate, sub.role) == (
        world.addr("nate"), world.addr("rita"), "Jane Doe", "Senior Backend Engineer")
    # The server renumbers the folder (new UIDVALIDITY): everything is read again, nothing recorded twice.
    with daemon.store.transaction():
        daemon.store.set_folder_state("INBOX", 1, 0)
    report = daemon.tick()
    assert report.ingested.duplicates == 1
    assert len(daemon.store.all_submissions()) == 1
    daemon.close()


def test_followup_on_the_right_business_day_in_managers_zone_across_holiday_and_weekend(world):
    # Nate works in New York with US holidays: Thanksgiving (Thu 26 Nov) and the weekend don't count.
    world.write_config(managers=[(world.addr("maria"), "Maria Manager", None),
                                 (world.addr("nate"), "Nate Newyork", "America/New_York", "US")])
    original = submit(world, when=ny(2026, 11, 25, 10, 0))
    world.wait_for(world.mailer, 1)
    for now in (ny(2026, 11, 25, 10, 1), ny(2026, 11, 27, 16, 0), ny(2026, 11, 30, 9, 59)):
        daemon = world.daemon(now)
        assert daemon.tick().queued == []
        daemon.close()
    # The submission itself is the only mail Nate has.
    assert len(world.settle(world.addr("nate"), 1)) == 1

    daemon = world.daemon(ny(2026, 11, 30, 10, 0))
    report = daemon.tick()
    assert len(report.delivered.sent) == 1
    daemon.close()
    inbox = world.wait_for(world.addr("nate"), 2)
    followup = inbox[-1]
    assert followup["Subject"] == "Re: Candidate: Jane Doe – Senior Backend Engineer"
    assert followup["In-Reply-To"] == f"<{original}>"
    assert f"<{original}>" in followup["References"]
    assert followup["Auto-Submitted"] == "auto-generated"
    assert followup["From"].addresses[0].addr_spec == world.mailer
    assert followup["From"].addresses[0].display_name == "Rita Recruiter via Acme Recruiting"
    assert {a.addr_spec for a in followup["Reply-To"].addresses} == {world.addr("rita"), world.mailer}
    assert followup.get_content_type() == "multipart/alternative"
    assert "Jane Doe" in followup.get_body(("plain",)).get_content()


def test_outside_business_hours_nothing_until_they_open(world):
    submit(world, manager="maria", when=lon(2026, 11, 23, 16, 30))  # Monday 16:30 London
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(lon(2026, 11, 25, 17, 5))  # due Wed 16:30; it is 17:05, closed
    daemon.tick()
    assert daemon.tick().queued == []
    daemon.clock.set(lon(2026, 11, 26, 8, 59))
    assert daemon.tick().queued == []
    daemon.clock.set(lon(2026, 11, 26, 9, 0))
    assert len(daemon.tick().delivered.sent) == 1
    daemon.close()
    assert len(world.wait_for(world.addr("maria"), 2)) == 2


@pytest.mark.parametrize("style", ["gmail", "outlook"])
def test_a_human_reply_stops_the_nudging(world, style):
    submit(world, manager="maria", when=lon(2026, 11, 23, 10, 0))
    [original] = world.wait_for(world.addr("maria"), 1)
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(lon(2026, 11, 24, 11, 0))
    daemon.tick()
    world.reply(original, world.addr("maria"), "Looks strong. What notice period does she have?",
                to=[world.addr("rita")], cc=[world.mailer], style=style, date=lon(2026, 11, 24, 11, 30))
    world.wait_for(world.mailer, 2)
    daemon.clock.set(lon(2026, 11, 24, 12, 0))
    daemon.tick()
    [sub] = daemon.store.all_submissions()
    assert sub.state is State.ANSWERED
    # 10:00 Mon → 11:30 Tue London = 7 h Monday + 2.5 h Tuesday of business time.
    assert daemon.store.response_seconds(sub.id) == pytest.approx(9.5 * 3600)
    daemon.clock.set(lon(2026, 12, 10, 12, 0))
    assert daemon.tick().queued == []
    daemon.close()
    assert world.from_mailer(world.addr("maria")) == []


def test_reply_to_a_followup_also_stops_the_ladder(world):
    submit(world, manager="maria", when=lon(2026, 11, 23, 10, 0))
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(lon(2026, 11, 25, 10, 0))
    assert len(daemon.tick().delivered.sent) == 1
    [followup] = world.wait_for(world.addr("maria"), 2)[1:]
    world.reply(followup, world.addr("maria"), "pass", to=[world.addr("rita"), world.mailer])
    world.wait_for(world.mailer, 3)  # submission, own delivery copy, reply
    daemon.clock.set(lon(2026, 11, 30, 10, 0))
    report = daemon.tick()
    assert report.queued == [] and daemon.store.all_submissions()[0].state is State.ANSWERED
    daemon.close()


def test_several_due_candidates_get_one_grouped_mail_and_digests_thread(world):
    for i, name in enumerate(["Ann Able", "Bob Baker", "Cy Cole"]):
        submit(world, manager="maria", when=lon(2026, 11, 23, 10 + i, 0), subject=f"Candidate: {name} – Engineer")
    world.wait_for(world.mailer, 3)
    daemon = world.daemon(lon(2026, 11, 25, 13, 0))
    report = daemon.tick()
    assert len(report.delivered.sent) == 1
    mails = world.wait_for(world.addr("maria"), 4)
    digest = mails[-1]
    text = digest.get_body(("plain",)).get_content()
    assert digest["Subject"] == "Candidates waiting for your answer"
    assert "1. Ann Able – Engineer" in text and "2. Bob Baker" in text and "3. Cy Cole" in text
    assert "from Rita Recruiter" in text
    # Next rung two business days later: again one mail, continuing the same per-manager conversation.
    daemon.clock.set(lon(2026, 11, 27, 13, 0))
    assert len(daemon.tick().delivered.sent) == 1
    second = world.wait_for(world.addr("maria"), 5)[-1]
    assert second["In-Reply-To"] == digest["Message-ID"]
    daemon.close()


def test_restart_between_steps_sends_nothing_twice(world):
    submit(world, manager="maria", when=lon(2026, 11, 23, 10, 0))
    world.wait_for(world.mailer, 1)
    for _ in range(3):  # three restarts at the same moment
        daemon = world.daemon(lon(2026, 11, 25, 10, 0))
        daemon.tick()
        daemon.close()
    # And a clock jump far ahead: only the next rung goes, not all the missed ones.
    daemon = world.daemon(lon(2027, 1, 20, 10, 0))
    daemon.tick()
    daemon.close()
    daemon = world.daemon(lon(2027, 1, 20, 11, 0))
    daemon.tick()
    daemon.close()
    mails = world.settle(world.addr("maria"), 3)
    assert [m["Subject"] for m in mails].count("Re: Candidate: Jane Doe – Senior Backend Engineer") == 2
    assert len(mails) == 3


def test_mail_from_an_unknown_sender_is_ignored(world):
    world.send(world.addr("mallory"), [world.addr("maria")], [world.mailer], date=lon(2026, 11, 23, 10, 0))
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(lon(2026, 12, 3, 10, 0))
    report = daemon.tick()
    assert report.ingested.kinds == {"ignored": 1}
    assert daemon.store.all_submissions() == [] and report.queued == []
    daemon.close()


def test_bcc_submission_is_tracked(world, caplog):
    world.send(world.addr("rita"), [world.addr("maria")], bcc=[world.mailer], date=lon(2026, 11, 23, 10, 0))
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(lon(2026, 11, 23, 10, 5))
    with caplog.at_level("INFO"):
        daemon.tick()
    assert len(daemon.store.all_submissions()) == 1
    assert "BCC" in caplog.text and "reply-all" in caplog.text
    daemon.close()


def test_mentor_ask_ends_the_ladder(world):
    submit(world, manager="nate", when=ny(2026, 11, 23, 10, 0))
    world.wait_for(world.mailer, 1)
    daemon = world.daemon(ny(2026, 11, 25, 10, 0))
    for day in (ny(2026, 11, 25, 10, 0), ny(2026, 11, 27, 10, 0), ny(2026, 12, 2, 10, 0), ny(2026, 12, 30, 10, 0)):
        daemon.clock.set(day)
        daemon.tick()
    daemon.close()
    assert len(world.settle(world.addr("nate"), 3)) == 3  # the submission and two follow-ups
    # Rita's mentor is Maria: the last rung asks her, in a mentor's voice, copying Rita.
    [ask] = world.settle(world.addr("maria"), 1)
    assert ask["Subject"] == "Your advice: Nate Newyork hasn't answered on Jane Doe"
    assert world.addr("rita") in ask["Cc"]
    assert "As my mentor" in ask.get_body(("plain",)).get_content()
