"""A reply that quotes mailer's own mail under a quote header mailer's rules do not know keeps only the person's
words, end to end on real Dovecot + Postfix: a mentor's check-in answer in the journal, a manager's decision
above a follow-up quoted without marks (reading/knownquote.py, found through ingest.with_answered_mail)."""

from datetime import datetime, timedelta, timezone
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from mailworld import MailWorld

from mailer.model import State

pytestmark = pytest.mark.integration
run_pass = partial(MailWorld.tick, delivered=True)
BERLIN = ZoneInfo("Europe/Berlin")
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)   # the first follow-up (2 business days)


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN).astimezone(timezone.utc)


def text(msg) -> str:
    return msg.get_body(("plain",)).get_content().replace("\r\n", "\n")


def welsh_outlook(world, original, sender: str, words: str, when: datetime, to: list[str]) -> None:
    """A client writing its header block in Welsh (which mailer's header rules do not know) over the original's
    text, with no quote marks."""
    block = (f"Oddi wrth: {original['From']}\nAnfonwyd: Dydd Mawrth, 1 Rhagfyr 2026 10:00\nAt: {original['To']}\n"
             f"Pwnc: {original['Subject']}")
    refs = f"{original.get('References', '')} {original['Message-ID']}".strip()
    world.send(sender, to, subject="ATB: " + original["Subject"].removeprefix("Re: "), date=when, attachment=None,
               body=f"{words}\n\n{block}\n\n{text(original)}",
               headers={"In-Reply-To": original["Message-ID"], "References": refs})


def test_a_check_in_answer_under_an_unknown_header_is_kept_without_the_check_in(world):
    world.write_config(managers=[(world.addr("maria"), "Maria Manager", None),
                                 (world.addr("nadia"), "Nadia Neumann", "Europe/Berlin")],
                       extra=f"mentorships:\n  - recruiter: {world.addr('rita')}\n    mentor: {world.addr('nadia')}\n"
                             f"    every: every tuesday at 10:00\n    start: 2026-12-01\n")
    done = world.cli("run", "--once", "--now", berlin(2026, 12, 1, 10, 0).isoformat())
    assert done.returncode == 0, done.stdout + done.stderr
    [checkin] = world.wait_for(world.addr("nadia"), 1)
    welsh_outlook(world, checkin, world.addr("nadia"), "Ask them what they would undo in their last project.",
                  berlin(2026, 12, 2, 9, 0), [world.mailer, world.addr("rita")])
    world.delivered(world.mailer)
    done = world.cli("run", "--once", "--now", berlin(2026, 12, 2, 11, 0).isoformat())
    assert done.returncode == 0, done.stdout + done.stderr
    journal = world.cli("journal", world.addr("rita"))
    assert journal.returncode == 0, journal.stderr
    answer = journal.stdout.split("A: ", 1)[1]
    assert answer.strip() == "Ask them what they would undo in their last project."
    assert "Oddi wrth" not in journal.stdout and "Reply to all" not in journal.stdout


def test_a_managers_interview_above_a_follow_up_quoted_without_marks_stores_no_quoted_text(world):
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], subject="Candidate: Jane Doe – Backend",
               date=MON, sender_name="Rita Recruiter")
    daemon = world.daemon(MON)
    run_pass(world, daemon, WED, expect_mailer=1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    assert "gentle nudge" in text(followup)
    welsh_outlook(world, followup, world.addr("maria"), "interview", WED + timedelta(hours=1), [world.mailer])
    run_pass(world, daemon, WED + timedelta(hours=1, minutes=5), expect_mailer=3)
    [sub] = daemon.store.all_submissions()
    daemon.close()
    assert sub.state is State.ANSWERED and sub.decision == "interview"
    assert sub.reply_text == "interview"
