"""Mail that reads right, asserted on the real mail received (issue 15, items 5 and 6): the status mail's gist
of a reply, what a stand-in gets, times with their zone for people elsewhere, one voice and the same footer in
both parts, and a decision written as a sentence confirmed like a word."""

from datetime import datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from mailworld import MailWorld

from mailer.model import State

pytestmark = pytest.mark.integration
run = partial(MailWorld.tick, delivered=True)  # one pass, then every mail it sent is delivered
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)


def submit(world, manager="maria", subject="Candidate: Jane Doe – Backend Engineer"):
    return world.send(world.addr("rita"), [world.addr(manager)], [world.mailer], subject=subject, date=MON,
                      sender_name="Rita Recruiter")


def text(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def test_the_status_mail_quotes_what_the_manager_said_not_the_greeting(world):
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), 1)
    original = world.wait_for(world.addr("maria"), 1)[0]
    world.reply(original, world.addr("maria"), "Hi Rita,\n\nNot enough Go for this team, but great on systems.\n\n"
                "Thanks,\nMaria", to=[world.addr("rita"), world.mailer])
    run(world, daemon, MON + timedelta(minutes=10), 2)
    world.send(world.addr("rita"), [world.mailer], subject="status", body="status", attachment=None)
    run(world, daemon, MON + timedelta(minutes=20), 3)
    daemon.close()
    [report] = [m for m in world.messages(world.addr("rita")) if m["Subject"] == "Your open submissions"]
    body = text(report)
    assert 'Jane Doe: reply — "Not enough Go for this team, but great on systems."' in body
    assert "Hi Rita" not in body.split("Answered lately:")[1]


def test_a_stand_in_gets_role_recruiter_date_subject_resume_thread_and_their_name(world):
    path = world.authenticated()  # a proven out-of-office: only that may name a stand-in
    path.write_text(path.read_text() + "replies:\n  offer_to_delegate: true\n")
    submission_id = submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, WED, 1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    dana = world.addr("dana")
    world.send(world.addr("maria"), [world.mailer], subject="Automatic reply: " + followup["Subject"],
               body=f"I'm away this week. In urgent cases please contact Dana Delegate ({dana}).",
               date=WED + timedelta(minutes=5), attachment=None, sender_name="Maria Manager",
               headers={"Auto-Submitted": "auto-replied", "In-Reply-To": followup["Message-ID"],
                        "References": followup["Message-ID"]})
    run(world, daemon, WED + timedelta(minutes=30), 3)
    daemon.close()
    [offer] = world.wait_for(dana, 1)
    body = text(offer)
    assert offer["To"] == f"Dana Delegate <{dana}>" and body.startswith("Hi Dana,")
    assert "1. Jane Doe – Backend Engineer" in body
    assert "from Rita Recruiter, sent to Maria Manager on Mon 23 Nov 2026, résumé: Jane_Doe_Resume.pdf" in body
    assert 'the original mail: "Candidate: Jane Doe – Backend Engineer"' in body
    assert f"<{submission_id}>" in offer["References"]


def test_a_time_in_another_zone_says_which_zone(world):
    """A London recruiter hears when a New York manager's nudges resume in New York time, and is told so."""
    world.authenticated()  # a proven absence pauses until its return date
    submit(world, "nate", subject="Candidate: Omar Haddad – Data Engineer")
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), 1)
    original = world.wait_for(world.addr("nate"), 1)[0]
    world.send(world.addr("nate"), [world.mailer], subject="Out of Office: " + original["Subject"],
               body="I am out of the office until Friday 27 November.", date=MON + timedelta(minutes=6),
               attachment=None, headers={"Auto-Submitted": "auto-replied", "In-Reply-To": original["Message-ID"],
                                         "References": original["Message-ID"]})
    run(world, daemon, MON + timedelta(minutes=30), 2)
    daemon.close()
    [notice] = [m for m in world.messages(world.addr("rita")) if "is away" in m["Subject"]]
    assert "will resume Mon 30 Nov 09:00 America/New_York" in text(notice)


def test_a_decision_written_as_a_sentence_is_recorded_and_confirmed(world):
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, WED, 1)
    nudge = world.wait_for(world.addr("maria"), 2)[-1]
    nudge_text = text(nudge)
    assert "could you let Rita know" not in nudge_text
    assert "Sent by Acme Recruiting on behalf of Rita Recruiter. Reply to this mail as usual; Rita gets your answer." \
        in " ".join(nudge_text.split())
    world.reply(nudge, world.addr("maria"), "Interview please, sorry for the delay.", to=[world.mailer])
    run(world, daemon, WED + timedelta(minutes=10), 3)
    [sub] = daemon.store.all_submissions()
    daemon.close()
    assert (sub.state, sub.decision) == (State.ANSWERED, "interview")
    confirms = [m for m in world.messages(world.addr("maria")) if m["Subject"].startswith("Re:")
                and world.mailer in m["From"] and "noted" in text(m)]
    assert len(confirms) == 1 and "Jane Doe: interview" in text(confirms[0])
