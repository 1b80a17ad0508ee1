"""The manager's words as stored, and failure notices in a thread, end to end on real Dovecot + Postfix."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailer.model import State

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)


def submit(world):
    return world.send(world.addr("rita"), [world.addr("maria")], [world.mailer],
                      subject="Candidate: Jane Doe – Backend Engineer", date=MON, sender_name="Rita Recruiter")


def test_stored_answer_is_the_managers_words_without_wrapped_header_lost_quote_marks_or_signature(world):
    mid = submit(world)
    daemon = world.daemon(MON)
    world.tick(daemon, MON + timedelta(minutes=5), 1)
    body = ("Va bene, la vorrei conoscere. Mi mandi due date?\n\n"
            "Cordiali saluti\nMaria Manager\nHead of Engineering\nTel. +39 06 1234 5678\nhttps://acme.example\n\n"
            f"Il giorno lun 23 nov 2026 alle ore 10:00 Rita Recruiter <{world.addr('rita')}>\nha scritto:\n"
            "> Hi Maria, Jane would be great for the backend team and has run the payments platform at\n"
            "her last two companies for six years.\n> Résumé attached.\n")
    world.send(world.addr("maria"), [world.mailer, world.addr("rita")], subject="Re: Candidate: Jane Doe – Backend Engineer",
               body=body, headers={"In-Reply-To": f"<{mid}>", "References": f"<{mid}>"}, attachment=None)
    world.tick(daemon, MON + timedelta(hours=1), 2)
    [sub] = daemon.store.all_submissions()
    daemon.close()
    assert sub.state is State.ANSWERED
    assert sub.reply_text == "Va bene, la vorrei conoscere. Mi mandi due date?\n\nCordiali saluti\nMaria Manager"


def test_a_failure_notice_the_manager_forwards_in_the_thread_is_not_her_answer(world):
    mid = submit(world)
    daemon = world.daemon(MON)
    world.tick(daemon, MON + timedelta(minutes=5), 1)
    body = ("Begin forwarded message:\n\n> From: Mail Delivery Subsystem <MAILER-DAEMON>\n"
            "> Subject: Returned mail: see transcript for details\n>\n"
            "> ----- The following addresses had permanent fatal errors -----\n> <jane.doe@example.com>\n")
    world.send(world.addr("maria"), [world.mailer], subject="Fwd: Returned mail: see transcript for details",
               body=body, headers={"In-Reply-To": f"<{mid}>", "References": f"<{mid}>"}, attachment=None)
    world.tick(daemon, MON + timedelta(hours=1), 2)
    [sub] = daemon.store.all_submissions()
    daemon.close()
    assert sub.state is State.OPEN and sub.reply_text is None
