"""The mentor loop end to end on real Dovecot + Postfix, over simulated weeks with `run --once --now T`:
check-ins on the cadence in the mentor's zone, threaded, rotating questions, the journal, out-of-office,
invitations (yes, no, silence), and the mentor ask going to a mentorship's mentor."""

from datetime import datetime, timezone
import email.utils
from zoneinfo import ZoneInfo

import pytest

from mailer.mentoring.bank import shipped_questions

pytestmark = pytest.mark.integration
BERLIN = ZoneInfo("Europe/Berlin")
LON = ZoneInfo("Europe/London")


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN).astimezone(timezone.utc)


def lon(*args):
    return datetime(*args, tzinfo=LON).astimezone(timezone.utc)


def setup(world, pairs, recruiters=None, **kw):
    """Rita (escalation mentor Maria) and Sam (none); Maria in London, Nadia in Berlin, Omar in London."""
    lines = ["mentorships:"]
    for recruiter, mentor, every, start, invite in pairs:
        lines += [f"  - recruiter: {world.addr(recruiter)}", f"    mentor: {world.addr(mentor)}",
                  f"    every: {every}", f"    invite: {'true' if invite else 'false'}"]
        lines += [f"    start: {start}"] if start else []
    world.write_config(recruiters=recruiters or [(world.addr("rita"), "Rita Recruiter", world.addr("maria")),
                                                 (world.addr("sam"), "Sam Sourcer", None)],
                       managers=[(world.addr("maria"), "Maria Manager", None),
                                 (world.addr("nadia"), "Nadia Mentor", "Europe/Berlin"),
                                 (world.addr("omar"), "Omar Owner", None),
                                 (world.addr("nate"), "Nate Newyork", "America/New_York")],
                       extra="\n".join(lines) + "\n", **kw)


def run(world, when: datetime) -> str:
    result = world.cli("run", "--once", "--now", when.isoformat())
    assert result.returncode == 0, result.stderr
    return result.stdout


def text(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def checkins(world, who="nadia"):
    return [m for m in world.from_mailer(world.addr(who)) if "check-in" in m["Subject"]]


def test_checkins_on_cadence_threaded_rotating_with_journal_ooo_and_jump(world):
    world.boundary = True  # the out-of-office below pauses the mentor only when its sender is proven
    setup(world, [("rita", "nadia", "every 2 weeks on tuesday at 10:00", "2026-12-01", False)])
    nadia, rita = world.addr("nadia"), world.addr("rita")

    run(world, berlin(2026, 12, 1, 9, 59))
    assert world.settle(nadia, 0, wait=0.5) == []  # one minute early in Berlin: nothing
    run(world, berlin(2026, 12, 1, 10, 0))
    [first] = world.wait_for(nadia, 1)
    sent_at = email.utils.parsedate_to_datetime(first["Date"]).astimezone(BERLIN)
    assert (sent_at.date().isoformat(), sent_at.hour, sent_at.minute) == ("2026-12-01", 10, 0)
    assert first["From"].addresses[0].display_name == "Rita Recruiter via Acme Recruiting"
    assert first["From"].addresses[0].addr_spec == world.mailer
    assert [a.addr_spec for a in first["Cc"].addresses] == [rita]
    assert first["Auto-Submitted"] == "auto-generated"
    assert first.get_content_type() == "multipart/alternative"
    assert "check-in" in first["Subject"]
    assert shipped_questions()[0] in text(first)
    assert world.wait_for_id(rita, first["Message-ID"])  # the recruiter has it too

    # Nadia answers mailer alone (dropping Rita), quoting the check-in below her words.
    world.reply(first, nadia, "Curiosity beats credentials: look for side projects.", to=[world.mailer],
                date=berlin(2026, 12, 2, 9, 0))
    world.delivered(world.mailer)  # its own delivery copy and Nadia's answer are in its inbox
    run(world, berlin(2026, 12, 2, 11, 0))
    forwarded = [m for m in world.wait_for(rita, 2) if "advice" in (m["Subject"] or "")]
    assert forwarded and "Curiosity beats credentials" in text(forwarded[0])
    journal = world.cli("journal", rita)
    assert journal.returncode == 0, journal.stderr
    assert "Curiosity beats credentials: look for side projects." in journal.stdout
    assert shipped_questions()[0] in journal.stdout
    assert "wrote:" not in journal.stdout and "> " not in journal.stdout  # quoted history stripped

    run(world, berlin(2026, 12, 8, 10, 30))  # the off week of "every 2 weeks"
    assert len(checkins(world)) == 1
    # The daemon was off for a month: the missed slots of 15 and 29 Dec collapse into one check-in.
    run(world, berlin(2027, 1, 12, 11, 0))
    second = world.wait_for(nadia, 2)[-1]
    assert len(checkins(world)) == 2
    assert second["In-Reply-To"] == first["Message-ID"]
    assert shipped_questions()[1] in text(second) and shipped_questions()[0] not in text(second)
    assert "Curiosity beats credentials" in text(second)  # "last time you told me …"

    # An out-of-office reply to the check-in: the next slot (Tue 26 Jan) waits for the return day, same time.
    world.send(nadia, [world.mailer], subject="Out of office: " + second["Subject"],
               body="I am out of the office and back on Thursday 28 January 2027.", attachment=None,
               headers={"Auto-Submitted": "auto-replied", "In-Reply-To": second["Message-ID"]})
    world.delivered(world.mailer)  # the out-of-office is in mailer's inbox
    run(world, berlin(2027, 1, 20, 12, 0))
    run(world, berlin(2027, 1, 26, 10, 0))
    run(world, berlin(2027, 1, 28, 9, 59))
    assert len(checkins(world)) == 2
    run(world, berlin(2027, 1, 28, 10, 0))
    third = world.wait_for(nadia, 3)[-1]
    assert len(checkins(world)) == 3
    day = email.utils.parsedate_to_datetime(third["Date"]).astimezone(BERLIN)
    assert (day.date().isoformat(), day.hour) == ("2027-01-28", 10)
    assert first["Message-ID"] in third["References"] and second["Message-ID"] in third["References"]
    run(world, berlin(2027, 1, 28, 15, 0))  # the same slot is never sent twice
    assert len(world.settle(nadia, 3)) == 3


def test_invited_mentor_gets_one_invitation_and_checkins_only_after_yes(world):
    setup(world, [("rita", "omar", "every week on monday at 09:00", None, True)])
    omar, rita = world.addr("omar"), world.addr("rita")
    run(world, lon(2026, 11, 30, 10, 0))
    run(world, lon(2026, 11, 30, 11, 0))
    [invitation] = world.settle(omar, 1)
    assert invitation["Subject"] == "Would you be my mentor?"
    assert "every week" in text(invitation)
    run(world, lon(2026, 12, 7, 9, 30))  # a Monday, but no yes yet
    assert len(world.settle(omar, 1)) == 1

    world.reply(invitation, omar, "Happy to, Rita! Mondays suit me.", to=[world.mailer], cc=[rita],
                date=lon(2026, 12, 7, 11, 0))
    world.delivered(world.mailer)  # Omar's yes is in mailer's inbox
    run(world, lon(2026, 12, 7, 12, 0))
    told = [m for m in world.wait_for(rita, 2) if "said yes" in (m["Subject"] or "")]
    assert told and "Happy to, Rita!" in text(told[0])
    mentors = world.cli("mentors", "--now", lon(2026, 12, 7, 12, 0).isoformat())
    assert mentors.returncode == 0, mentors.stderr
    assert "active" in mentors.stdout and "Mon 14 Dec 09:00" in mentors.stdout

    run(world, lon(2026, 12, 14, 9, 0))
    [_, checkin] = world.wait_for(omar, 2)
    assert "check-in" in checkin["Subject"]
    run(world, lon(2026, 12, 14, 9, 30))
    assert len(world.settle(omar, 2)) == 2  # one invitation, one check-in: nothing twice


def test_a_no_and_two_weeks_of_silence_each_tell_the_recruiter_once(world):
    setup(world, [("rita", "omar", "every week on monday at 09:00", None, True),
                  ("rita", "nadia", "every week on monday at 09:00", None, True)])
    omar, nadia, rita = world.addr("omar"), world.addr("nadia"), world.addr("rita")
    run(world, lon(2026, 11, 30, 10, 0))
    [invitation] = world.wait_for(omar, 1)
    world.wait_for(nadia, 1)
    world.reply(invitation, omar, "Sorry, I can't take this on right now.", to=[world.mailer],
                date=lon(2026, 11, 30, 15, 0))
    world.wait_for(world.mailer, 3)
    run(world, lon(2026, 12, 1, 10, 0))
    run(world, lon(2026, 12, 14, 9, 0))  # under two weeks of silence for Nadia; Omar declined
    run(world, lon(2026, 12, 14, 16, 0))  # two weeks: Rita hears about Nadia
    run(world, lon(2026, 12, 21, 10, 0))
    notices = [m for m in world.settle(rita, 4) if "mentor" in (m["Subject"] or "") and
               m["From"].addresses[0].display_name == "Acme Recruiting"]
    assert sorted(m["Subject"] for m in notices) == ["Nadia Mentor has not answered your mentoring invitation",
                                                     "Omar Owner said no to mentoring"]
    assert len(world.settle(omar, 1)) == 1 and len(world.messages(nadia)) == 1  # no check-ins for either


def test_the_mentor_ask_goes_to_the_mentorship_mentor_in_the_candidates_thread(world):
    # Sam has no recruiters[].mentor; his active mentorship with Nadia makes her the one to ask.
    setup(world, [("sam", "nadia", "every month on the first monday at 09:00", "2026-11-01", False)],
          steps=[("1 business hours", "followup_1", "manager", ()),
                 ("1 business hours", "mentor_ask", "mentor", ("recruiter",))])
    sam, nadia = world.addr("sam"), world.addr("nadia")
    run(world, berlin(2026, 11, 2, 9, 0))  # first Monday of November: the check-in starts the mentorship
    [checkin] = world.wait_for(nadia, 1)
    original = world.send(sam, [world.addr("maria")], [world.mailer], subject="Candidate: Ola Nordmann – QA",
                          date=lon(2026, 11, 24, 9, 0))
    world.wait_for(world.mailer, 2)
    for when in (lon(2026, 11, 24, 9, 30), lon(2026, 11, 24, 11, 0), lon(2026, 11, 25, 12, 0)):
        run(world, when)
    ask = world.wait_for(nadia, 2)[-1]
    assert "Your advice" in ask["Subject"] and "Ola Nordmann" in ask["Subject"]
    assert f"<{original}>" in ask["References"]
    assert checkin["Message-ID"] not in (ask["References"] or "")  # never in the check-in thread
