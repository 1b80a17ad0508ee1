"""A mentor ends or pauses the check-ins by answering one, through a real Postfix and Dovecot and the daemon's
own passes: what the recruiter and the mentor get (once), what `mailer mentors` says, that no check-in follows
although config.yaml still lists the pair, and that ops restarts it. The stop is killed at each dangerous line:
nothing lost, nothing sent twice."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.integration
BERLIN = ZoneInfo("Europe/Berlin")
CRASHED = 86  # mailer.faults exit code


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN).astimezone(timezone.utc)


def setup(world):
    """Nadia (Berlin) mentors Rita every Tuesday at 10:00 from 1 December; Rita is in every Cc."""
    world.write_config(managers=[(world.addr("maria"), "Maria Manager", None),
                                 (world.addr("nadia"), "Nadia Neumann", "Europe/Berlin")],
                       extra=f"mentorships:\n  - recruiter: {world.addr('rita')}\n    mentor: {world.addr('nadia')}\n"
                             f"    every: every tuesday at 10:00\n    start: 2026-12-01\n")


def run(world, when: datetime, crash_at: str = ""):
    return world.cli("run", "--once", "--now", when.isoformat(), env={"MAILER_CRASH_AT": crash_at})


def passes(world, when: datetime) -> None:
    done = run(world, when)
    assert done.returncode == 0, done.stdout + done.stderr


def text(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def answer_first_checkin(world, words: str, when: datetime):
    passes(world, berlin(2026, 12, 1, 10, 0))
    [first] = world.wait_for(world.addr("nadia"), 1)
    world.send(world.addr("nadia"), [world.mailer], [world.addr("rita")], subject="Re: " + first["Subject"],
               sender_name="Nadia Neumann", body=f"{words}\n\nOn Tue, Rita wrote:\n> {first['Subject']}\n",
               attachment=None, headers={"In-Reply-To": first["Message-ID"], "References": first["Message-ID"]},
               date=when)
    world.delivered(world.mailer)
    return first


def mailer_said(world, who: str, count: int, subject_has: str):
    return [m for m in world.settle(world.addr(who), count) if subject_has in (m["Subject"] or "")
            and world.mailer in (m["From"] or "")]


def test_stop_ends_the_check_ins_tells_both_once_and_ops_restarts_them(world):
    setup(world)
    first = answer_first_checkin(world, "Please stop these check-ins, I'm moving to another team.",
                                 berlin(2026, 12, 2, 9, 0))
    passes(world, berlin(2026, 12, 2, 11, 0))
    passes(world, berlin(2026, 12, 2, 11, 5))
    # Rita: her copy of the check-in and of Nadia's answer, and mailer's notice; Nadia: the check-in, the confirmation.
    [told] = mailer_said(world, "rita", 3, "ended your mentoring check-ins")
    assert "I'm moving to another team" in text(told)
    assert f"mailer mentors --restart {world.addr('rita')} {world.addr('nadia')}" in text(told)
    [confirm] = mailer_said(world, "nadia", 2, "stopped")
    assert "no more check-ins" in text(confirm) and confirm["In-Reply-To"] == first["Message-ID"]

    passes(world, berlin(2026, 12, 8, 10, 0))  # config.yaml still lists the pair: no check-in
    passes(world, berlin(2026, 12, 15, 10, 0))
    assert len(world.settle(world.addr("nadia"), 2)) == 2
    shown = world.cli("mentors", "--now", berlin(2026, 12, 15, 12, 0).isoformat())
    assert "ended by the mentor on Wed 02 Dec" in shown.stdout, shown.stdout + shown.stderr
    status = world.cli("status", "--now", berlin(2026, 12, 15, 12, 0).isoformat())
    assert "ended by the mentor on Wed 02 Dec" in status.stdout, status.stdout + status.stderr

    restarted = world.cli("mentors", "--restart", world.addr("rita"), world.addr("nadia"),
                          "--now", berlin(2026, 12, 15, 12, 0).isoformat())
    assert restarted.returncode == 0 and "Wed 16 Dec 10:00" in restarted.stdout, restarted.stdout + restarted.stderr
    passes(world, berlin(2026, 12, 16, 10, 0))
    [*_, again] = world.wait_for(world.addr("nadia"), 3)
    assert "check-in" in again["Subject"]


@pytest.mark.parametrize("words", ["Not now, sorry. Pause the check-ins until 12 January.",
                                   "Gerade nicht, bitte die Check-ins bis 12. Januar pausieren."])
def test_pause_until_a_date_is_confirmed_once_and_the_check_ins_come_back_then(world, words):
    """"until 12 January" and "bis 12. Januar" name the same day: the check-ins come back on it."""
    setup(world)
    answer_first_checkin(world, words, berlin(2026, 12, 2, 9, 0))
    passes(world, berlin(2026, 12, 2, 11, 0))
    passes(world, berlin(2026, 12, 2, 11, 5))
    [confirm] = mailer_said(world, "nadia", 2, "paused until Tue 12 Jan")
    assert "The next one comes Tue 12 Jan 10:00" in text(confirm)
    assert world.addr("rita") in confirm["Cc"]
    shown = world.cli("mentors", "--now", berlin(2026, 12, 3, 12, 0).isoformat())
    assert "paused by the mentor until Tue 12 Jan" in shown.stdout, shown.stdout + shown.stderr
    for day in (berlin(2026, 12, 8, 10, 0), berlin(2026, 12, 15, 10, 0), berlin(2027, 1, 5, 10, 0)):
        passes(world, day)
    assert len(world.settle(world.addr("nadia"), 2)) == 2  # nothing during the pause
    passes(world, berlin(2027, 1, 12, 10, 0))
    [*_, back] = world.wait_for(world.addr("nadia"), 3)
    assert "check-in" in back["Subject"]


def test_leaving_next_month_with_words_that_go_on_is_advice_and_the_check_ins_go_on(world):
    setup(world)
    answer_first_checkin(world, "I'm leaving the company next month, let's make the most of it: ask about failure.",
                         berlin(2026, 12, 2, 9, 0))
    passes(world, berlin(2026, 12, 2, 11, 0))
    journal = world.cli("journal", world.addr("rita"))
    assert "let's make the most of it" in journal.stdout, journal.stdout + journal.stderr
    passes(world, berlin(2026, 12, 8, 10, 0))
    [*_, second] = world.wait_for(world.addr("nadia"), 2)
    assert "check-in" in second["Subject"]
    assert mailer_said(world, "rita", 3, "ended your mentoring check-ins") == []


@pytest.mark.parametrize("point", ["ingest_mid_batch", "ingest_after_commit", "send_after_smtp"])
@pytest.mark.parametrize("words, recruiter_told, confirmed", [
    ("stop", 1, "stopped"), ("pause until 12 January", 0, "paused until Tue 12 Jan")])
def test_a_stop_or_pause_killed_at_each_dangerous_line_is_kept_and_said_once(world, point, words, recruiter_told,
                                                                             confirmed):
    setup(world)
    answer_first_checkin(world, words, berlin(2026, 12, 2, 9, 0))
    crashed = run(world, berlin(2026, 12, 2, 11, 0), crash_at=point)
    assert crashed.returncode == CRASHED, crashed.stdout + crashed.stderr
    passes(world, berlin(2026, 12, 2, 11, 1))
    passes(world, berlin(2026, 12, 2, 11, 2))
    passes(world, berlin(2026, 12, 8, 10, 0))
    # Rita's three: her copies of the check-in and of the answer, and the notice (stop) or the confirmation's Cc
    assert len(mailer_said(world, "rita", 3, "ended your mentoring check-ins")) == recruiter_told
    assert len(mailer_said(world, "nadia", 2, confirmed)) == 1
    assert [m for m in world.messages(world.addr("nadia")) if "check-in" in (m["Subject"] or "")
            and "Check-ins with" not in m["Subject"]][1:] == []  # the first check-in only


def london(*args):
    return datetime(*args, tzinfo=timezone.utc)  # London is on UTC in winter


@pytest.mark.parametrize("crash_at_cancel", ["", "recheck_ask_before_commit"])
def test_a_mentor_ask_claimed_before_the_stop_is_never_sent_after_it_and_the_next_mentor_is_asked(world,
                                                                                                 crash_at_cancel):
    """Nadia's ask about Maria's silence is claimed, then the process dies before a byte goes; Nadia says "stop";
    the next pass (killed too, in one run, while cancelling) must not send it and asks Olga, the next mentor."""
    rita, nadia, olga = world.addr("rita"), world.addr("nadia"), world.addr("olga")
    world.write_config(recruiters=[(rita, "Rita Recruiter", None)],
                       managers=[(world.addr("maria"), "Maria Manager", None),
                                 (nadia, "Nadia Neumann", "Europe/Berlin"), (olga, "Olga Owner", None)],
                       steps=[("1 business day", "mentor_ask", "mentor", ("recruiter",))],
                       extra=f"mentorships:\n  - recruiter: {rita}\n    mentor: {nadia}\n"
                             f"    every: every tuesday at 10:00\n    start: 2026-12-01\n"
                             f"  - recruiter: {rita}\n    mentor: {olga}\n"
                             f"    every: every tuesday at 11:00\n    start: 2026-12-01\n")
    passes(world, london(2026, 12, 1, 11, 0))  # both first check-ins: Nadia's (10:00 Berlin) and Olga's
    world.wait_for(nadia, 1)
    world.wait_for(olga, 1)
    world.send(rita, [world.addr("maria")], [world.mailer], subject="Candidate: Jane Doe – Data Engineer",
               sender_name="Rita Recruiter", date=london(2026, 12, 1, 11, 30))
    world.delivered(world.mailer)
    passes(world, london(2026, 12, 1, 11, 35))
    crashed = run(world, london(2026, 12, 2, 12, 0), crash_at="send_after_claim")  # the ask to Nadia, claimed
    assert crashed.returncode == CRASHED, crashed.stdout + crashed.stderr
    [checkin] = world.messages(nadia)
    world.send(nadia, [world.mailer], [rita], subject="Re: " + checkin["Subject"], sender_name="Nadia Neumann",
               body="stop", attachment=None, date=london(2026, 12, 2, 12, 5),
               headers={"In-Reply-To": checkin["Message-ID"], "References": checkin["Message-ID"]})
    world.delivered(world.mailer)
    if crash_at_cancel:
        crashed = run(world, london(2026, 12, 2, 12, 30), crash_at=crash_at_cancel)
        assert crashed.returncode == CRASHED, crashed.stdout + crashed.stderr
    passes(world, london(2026, 12, 2, 12, 31))
    passes(world, london(2026, 12, 2, 12, 32))
    [*_, asked] = world.wait_for(olga, 2)
    assert "Your advice" in asked["Subject"] and "Jane Doe" in asked["Subject"]
    passes(world, london(2026, 12, 2, 13, 0))
    to_nadia = [m["Subject"] for m in world.settle(nadia, 2)]
    assert len(to_nadia) == 2 and not [s for s in to_nadia if "Your advice" in s], to_nadia  # check-in, confirmation
    assert len([m for m in world.settle(olga, 2) if "Your advice" in (m["Subject"] or "")]) == 1
