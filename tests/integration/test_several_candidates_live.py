"""A recruiter's mail naming two candidates, end to end on real Dovecot + Postfix: each is a submission in the
mail's thread; their follow-up is one grouped nudge listing them numbered; the manager's numbered answer to it
decides each, and a note in words in the recruiter's thread answers both."""

from datetime import datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from mailworld import MailWorld

from mailer.model import State

pytestmark = pytest.mark.integration
run = partial(MailWorld.tick, delivered=True)
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)  # two business days later: the first follow-up
SUBJECT = "Jane Doe & Omar Haddad – Backend Engineer"


def submit_pair(world) -> str:
    return world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], subject=SUBJECT, date=MON,
                      body="Hi Maria, two strong backend people, CVs attached.", attachment="Jane_Doe_CV.pdf",
                      sender_name="Rita Recruiter")


def from_mailer(world, who):
    return [m for m in world.messages(world.addr(who)) if m["From"] and world.mailer in m["From"]]


def test_two_candidates_in_one_mail_get_one_numbered_nudge_and_a_numbered_answer_decides_each(world):
    mid = submit_pair(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    subs = daemon.store.all_submissions()
    assert [(s.candidate, s.role, s.message_id) for s in subs] == [("Jane Doe", "Backend Engineer", mid),
                                                                   ("Omar Haddad", "Backend Engineer", mid)]
    run(world, daemon, WED, expect_mailer=1)
    [nudge] = from_mailer(world, "maria")
    text = nudge.get_body(("plain",)).get_content()
    assert "1. Jane Doe – Backend Engineer" in text and "2. Omar Haddad – Backend Engineer" in text
    world.reply(nudge, world.addr("maria"), "1 interview, 2 pass", to=[world.mailer, world.addr("rita")],
                date=WED + timedelta(hours=1))
    run(world, daemon, WED + timedelta(hours=1), expect_mailer=3)  # the pair, the nudge's copy, the answer
    assert {s.candidate: (s.state, s.decision) for s in daemon.store.all_submissions()} == {
        "Jane Doe": (State.ANSWERED, "interview"), "Omar Haddad": (State.ANSWERED, "pass")}
    daemon.close()
    [confirmation] = [m for m in from_mailer(world, "maria") if m["Message-ID"] != nudge["Message-ID"]]
    said = confirmation.get_body(("plain",)).get_content()
    assert "Jane Doe: interview" in said and "Omar Haddad: pass" in said


def test_a_note_in_the_recruiters_thread_answers_both(world):
    submit_pair(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    [pair] = [m for m in world.messages(world.addr("maria")) if m["Subject"] == SUBJECT]
    world.reply(pair, world.addr("maria"), "Thanks Rita, I'll read both CVs tomorrow and come back to you.",
                to=[world.addr("rita")], cc=[world.mailer], date=MON + timedelta(hours=2))
    run(world, daemon, MON + timedelta(hours=2), expect_mailer=2)
    assert {s.candidate: s.state for s in daemon.store.all_submissions()} == {"Jane Doe": State.ANSWERED,
                                                                              "Omar Haddad": State.ANSWERED}
    assert run(world, daemon, WED).queued == []  # nobody is nudged
    daemon.close()


def test_an_answer_by_name_in_the_recruiters_thread_decides_each(world):
    """"Interview Jane, pass on Omar" under the recruiter's own mail: each named candidate gets its decision, and
    the manager one confirmation naming both."""
    submit_pair(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    [pair] = [m for m in world.messages(world.addr("maria")) if m["Subject"] == SUBJECT]
    world.reply(pair, world.addr("maria"), "Hi Rita,\n\nInterview Jane, pass on Omar.\n\nThanks,\nMaria",
                to=[world.addr("rita")], cc=[world.mailer], date=MON + timedelta(hours=2))
    run(world, daemon, MON + timedelta(hours=2), expect_mailer=2)  # the pair and the confirmation
    assert {s.candidate: (s.state, s.decision) for s in daemon.store.all_submissions()} == {
        "Jane Doe": (State.ANSWERED, "interview"), "Omar Haddad": (State.ANSWERED, "pass")}
    assert run(world, daemon, WED).queued == []  # nobody is nudged
    daemon.close()
    [confirmation] = [m for m in from_mailer(world, "maria") if m["Subject"] != SUBJECT]
    said = confirmation.get_body(("plain",)).get_content()
    assert "Jane Doe: interview" in said and "Omar Haddad: pass" in said
