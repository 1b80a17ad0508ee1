"""Weekly digests end to end on the real Dovecot + Postfix: `mailer run --once --now T` over several weeks.

Mondays at 08:00 for recruiters and ops (London, 9–17: they go at 09:00), 09:00 for Maria, who opted in;
Nate did not. Rita submits Jane (to Maria) and Omar (to Nate), Sam submits Bob (to Maria); Tess has nothing.
Olivia mentors Rita, with a check-in every Tuesday at 10:00 from 1 December.
"""

from datetime import datetime, timezone
import re

import pytest

from mailer.model import State
from mailer.store import Store
from toldonce import check_told_once

pytestmark = pytest.mark.integration
CRASHED = 86
DIGESTS = """
digests:
  recruiter: every monday at 08:00
  manager: every monday at 09:00
  ops: every monday at 08:00
"""


def setup(world) -> None:
    world.write_config(recruiters=[(world.addr("rita"), "Rita Recruiter", None), (world.addr("sam"), "Sam Sourcer", None),
                                   (world.addr("tess"), "Tess Talent", None)],
                       managers=[(world.addr("maria"), "Maria Manager", None),
                                 (world.addr("nate"), "Nate Newyork", "America/New_York"),
                                 (world.addr("olivia"), "Olivia Mentor", None)],
                       extra=DIGESTS + f"ops: [{world.addr('olga')}]\n"
                             f"mentorships:\n  - recruiter: {world.addr('rita')}\n    mentor: {world.addr('olivia')}\n"
                             f"    every: every tuesday at 10:00\n    start: 2026-12-01\n")
    path = world.tmp / "config.yaml"
    maria = f"  - email: {world.addr('maria')}\n    name: Maria Manager\n"
    text = path.read_text()
    assert maria in text
    path.write_text(text.replace(maria, maria + "    digest: true\n"))
    rita, sam = world.addr("rita"), world.addr("sam")
    when = datetime(2026, 11, 26, 10, 0, tzinfo=timezone.utc)  # Thursday
    world.send(rita, [world.addr("maria")], [world.mailer], subject="Candidate: Jane Doe – Backend", date=when)
    world.send(rita, [world.addr("nate")], [world.mailer], subject="Candidate: Omar Haddad – Data", date=when)
    # Maria's list is numbered in the order mailer read her candidates: Jane must arrive before Bob,
    # or under load Postfix may deliver them the other way round and "1 pass" would name Bob.
    assert len(world.wait_for(world.mailer, 2)) == 2
    world.send(sam, [world.addr("maria")], [world.mailer], subject="Candidate: Bob Baker – Frontend", date=when)
    world.wait_for(world.mailer, 3)
    run(world, "2026-11-26T10:30Z")


def run(world, now: str, crash_at: str = "", expect: int = 0):
    done = world.cli("run", "--once", "--now", now, env={"MAILER_CRASH_AT": crash_at})
    assert done.returncode == expect, done.stdout + done.stderr
    return done


def digests(world, who: str) -> list:
    return [m for m in world.messages(world.addr(who)) if m["Auto-Submitted"] == "auto-generated"
            and m["Subject"].startswith(("Your week", "Team report"))]


def text(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def waiting_part(msg) -> str:
    """The recruiter digest's "still waiting" section."""
    body = text(msg)
    return body.split("Answered since")[0]


def test_weekly_digests_over_several_weeks(world):
    setup(world)
    run(world, "2026-11-30T08:30Z")  # Monday, before business hours: nothing yet
    assert digests(world, "rita") == []
    # `plan --at` shows what that pass will send, digests included, named as `plan --day` names them.
    planned = world.cli("plan", "--at", "2026-11-30T09:05Z")
    assert planned.returncode == 0, planned.stderr
    for who, kind in (("rita", "digest_recruiter"), ("sam", "digest_recruiter"), ("olga", "digest_ops"),
                      ("maria", "digest_manager")):
        assert re.search(rf"{re.escape(world.addr(who))} +{kind} ", planned.stdout), planned.stdout
    run(world, "2026-11-30T09:05Z")
    run(world, "2026-11-30T09:20Z")  # again the same morning: nothing twice

    world.wait_for(world.addr("rita"), 1)
    [rita1] = digests(world, "rita")
    assert "Jane Doe" in text(rita1) and "Omar Haddad" in text(rita1) and "Bob Baker" not in text(rita1)
    assert "Maria Manager" in text(rita1) and "Nate Newyork" in text(rita1)
    assert "with Olivia Mentor: Tue 01 Dec 10:00" in text(rita1)
    [sam1] = digests(world, "sam")
    assert "Bob Baker" in text(sam1) and "Jane Doe" not in text(sam1)
    # Maria opted in: her own pending candidates, numbered; Nate did not.
    [maria1] = [m for m in world.wait_for(world.addr("maria"), 3) if m["Subject"].startswith("Your week")]
    assert re.search(r"1\. Jane Doe.*\n.*\n\s*2\. Bob Baker", text(maria1))
    assert maria1["Subject"] == "Your week: 2 candidates waiting for you"
    assert digests(world, "nate") == []

    # The ops digest: the chart inline as a cid: image in the HTML, the report page attached.
    [ops1] = world.wait_for(world.addr("olga"), 1)
    assert ops1["Subject"] == "Team report: 3 submissions in 12 weeks, 3 waiting"
    related = next(p for p in ops1.walk() if p.get_content_type() == "multipart/related")
    html = related.get_body(("html",)).get_content()
    image = next(p for p in related.iter_parts() if p.get_content_type() == "image/png")
    assert f'src="cid:{image["Content-ID"].strip("<>")}"' in html
    assert image.get_content()[:8] == b"\x89PNG\r\n\x1a\n" and len(image.get_content()) > 5000
    [attached] = list(ops1.iter_attachments())
    assert attached.get_content_type() == "text/html" and attached.get_filename() == "report-2026-11-30.html"
    assert "<svg" in attached.get_content() and "Maria Manager" in attached.get_content()

    # Maria answers her digest by number: Jane passes, Bob keeps waiting.
    world.reply(maria1, world.addr("maria"), "1 pass", to=[world.mailer])
    world.wait_for(world.mailer, 3 + 4 + 1)  # the three submissions, copies of the four digests, her reply
    run(world, "2026-11-30T11:00Z")
    store = Store(world.tmp / "mailer.db")
    subs = {s.candidate: s for s in store.all_submissions()}
    assert (subs["Jane Doe"].state, subs["Jane Doe"].decision) == (State.ANSWERED, "pass")
    assert subs["Bob Baker"].state is State.OPEN
    store.close()

    # Tuesday: Olivia's check-in, and her answer goes to Rita's journal.
    run(world, "2026-12-01T10:05Z")
    [checkin] = world.wait_for(world.addr("olivia"), 1)
    world.reply(checkin, world.addr("olivia"), "Ask Nate's team lead to weigh in.", to=[world.mailer])
    world.wait_for(world.mailer, 3 + 4 + 1 + 1 + 1)  # …, the check-in's copy, her answer
    run(world, "2026-12-01T12:00Z")

    # Week two: Rita's list has lost Jane (answered this week, and how fast); Maria's has only Bob.
    run(world, "2026-12-07T09:05Z")
    rita2 = digests(world, "rita")[1]
    assert "Jane Doe" not in waiting_part(rita2) and "Omar Haddad" in waiting_part(rita2)
    assert "Jane Doe: Maria Manager answered after" in text(rita2) and "(pass)" in text(rita2)
    assert "Olivia Mentor, asked" in text(rita2) and "Ask Nate's team lead to weigh in." in text(rita2)
    assert "with Olivia Mentor: Tue 08 Dec 10:00" in text(rita2)
    maria2 = [m for m in world.messages(world.addr("maria")) if m["Subject"].startswith("Your week")][1]
    assert re.search(r"1\. Bob Baker", text(maria2)) and "Jane Doe" not in text(maria2)

    # Two Mondays missed (the daemon was down): one digest for the latest slot, not two. Nate answered on Omar
    # in the first missed week: the digest reports everything since the last one, not only the last 7 days.
    omar = next(m for m in world.messages(world.addr("nate")) if m["Subject"] == "Candidate: Omar Haddad – Data")
    inbox = len(world.messages(world.mailer))
    world.reply(omar, world.addr("nate"), "interview", to=[world.addr("rita")], cc=[world.mailer],
                date=datetime(2026, 12, 9, 15, 0, tzinfo=timezone.utc))
    world.wait_for(world.mailer, inbox + 1)
    run(world, "2026-12-21T09:05Z")
    run(world, "2026-12-21T09:30Z")
    assert len(digests(world, "rita")) == 3 and len(digests(world, "sam")) == 3
    rita3 = digests(world, "rita")[2]
    assert "Answered since Mon 07 Dec:" in text(rita3), text(rita3)
    assert "Omar Haddad: Nate Newyork answered after" in text(rita3) and "Jane Doe" not in text(rita3)
    assert digests(world, "tess") == []  # nothing to say, ever: no mail
    assert len(world.settle(world.addr("olga"), 3)) == 3
    store = Store(world.tmp / "mailer.db")
    check_told_once(store)
    store.close()


@pytest.mark.parametrize("point", ["digest_before_commit", "send_after_claim", "send_after_smtp"])
def test_a_crash_between_composing_and_sending_neither_loses_nor_doubles_a_digest(world, point):
    setup(world)
    run(world, "2026-11-30T09:05Z", crash_at=point, expect=CRASHED)
    run(world, "2026-11-30T09:06Z")
    run(world, "2026-11-30T09:30Z")  # past resend_after: an unconfirmed send would go again now
    run(world, "2026-11-30T09:31Z")
    for who in ("rita", "sam"):
        assert len([m for m in world.settle(world.addr(who), 1) if m["Subject"].startswith("Your week")]) == 1, who
    assert len([m for m in world.settle(world.addr("maria"), 3) if m["Subject"].startswith("Your week")]) == 1
    assert len(world.settle(world.addr("olga"), 1)) == 1
    store = Store(world.tmp / "mailer.db")
    rows = [r for r in store.outbox() if r.kind.startswith("digest_")]
    assert len(rows) == 4 and {r.state for r in rows} == {"sent"}
    store.close()


def test_a_mentor_with_a_manager_digest_gets_one_mail_a_day_across_downtime(world):
    """Maria gets her manager digest on Mondays at 11:00 and mentors Sam with check-ins on Mondays at 10:00. The
    check-in gives way to the digest due later that day and goes on Tuesday. Then mailer is down for almost two
    weeks and back on a Monday at 09:05: last week's digest and check-in wait for today's, so Maria gets one
    digest at 11:00 and one check-in on Tuesday, not two of each within hours."""
    world.write_config(recruiters=[(world.addr("rita"), "Rita Recruiter", None),
                                   (world.addr("sam"), "Sam Sourcer", None)],
                       managers=[(world.addr("maria"), "Maria Manager", None)],
                       steps=[("20 business days", "followup_1", "manager", ())],
                       extra="digests:\n  manager: every monday at 11:00\n"
                             f"mentorships:\n  - recruiter: {world.addr('sam')}\n    mentor: {world.addr('maria')}\n"
                             f"    every: every monday at 10:00\n    start: 2026-11-30\n")
    path = world.tmp / "config.yaml"
    maria = f"  - email: {world.addr('maria')}\n    name: Maria Manager\n"
    path.write_text(path.read_text().replace(maria, maria + "    digest: true\n"))
    world.send(world.addr("sam"), [world.addr("maria")], [world.mailer], subject="Candidate: Bob Baker – Frontend",
               date=datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc))
    world.wait_for(world.mailer, 1)
    for now in ("2026-11-30T09:30Z", "2026-11-30T10:00Z", "2026-11-30T11:00Z", "2026-12-01T10:00Z",
                "2026-12-14T09:05Z", "2026-12-14T10:00Z", "2026-12-14T11:00Z", "2026-12-15T10:00Z"):
        run(world, now)
    mine = [m for m in world.settle(world.addr("maria"), 4) if m["From"] and world.mailer in m["From"]]
    sent = [(m["Date"][:16], "digest" if m["Subject"].startswith("Your week") else "check-in") for m in mine]
    assert sent == [("Mon, 30 Nov 2026", "digest"), ("Tue, 01 Dec 2026", "check-in"),
                    ("Mon, 14 Dec 2026", "digest"), ("Tue, 15 Dec 2026", "check-in")]


def test_a_digest_composed_again_after_an_smtp_outage_is_not_repeated_by_the_next_one(world):
    """SMTP is down when Monday's digests are queued at 09:05: they wait. Nate answers on Omar at 11:05; at 11:10
    SMTP is back and Rita's digest, composed again from the state then, tells it. The next Monday's digest starts
    where that one ended, so it does not tell it again (it started from 09:05, when the first was queued)."""
    setup(world)
    path = world.tmp / "config.yaml"
    working = path.read_text()
    smtp = f"smtp:\n  host: {world.stack.host}\n  port: {world.stack.smtp_port}\n"
    assert smtp in working
    path.write_text(working.replace(smtp, f"smtp:\n  host: {world.stack.host}\n  port: 9\n"))  # nothing listens
    run(world, "2026-11-30T09:05Z", expect=1)  # "send: cannot reach 127.0.0.1:9 (will keep trying)"
    path.write_text(working)
    store = Store(world.tmp / "mailer.db")
    assert [r.state for r in store.outbox() if r.key.startswith(f"digest-recruiter:{world.addr('rita')}")] == ["queued"]
    store.close()
    omar = next(m for m in world.messages(world.addr("nate")) if m["Subject"] == "Candidate: Omar Haddad – Data")
    inbox = len(world.messages(world.mailer))
    world.reply(omar, world.addr("nate"), "interview", to=[world.addr("rita")], cc=[world.mailer],
                date=datetime(2026, 11, 30, 11, 5, tzinfo=timezone.utc))
    world.wait_for(world.mailer, inbox + 1)
    run(world, "2026-11-30T11:10Z")
    world.wait_for(world.addr("rita"), 2)  # Nate's answer, and her digest
    [rita1] = digests(world, "rita")
    assert "Omar Haddad: Nate Newyork answered after" in text(rita1), text(rita1)
    run(world, "2026-12-07T09:05Z")
    world.wait_for(world.addr("rita"), 3)
    rita2 = digests(world, "rita")[1]
    assert "Omar Haddad" not in text(rita2) and "Jane Doe" in waiting_part(rita2), text(rita2)


def test_an_answer_read_in_a_later_pass_of_the_second_a_digest_was_composed_is_told_in_the_next_one(world):
    """Monday's digests are composed and sent by a pass at 09:05:00; Nate's "interview" comes in and a second pass
    in that very second (`--now` the same: a restart, or passes sharing a second) reads it. No digest told it, so
    the next Monday's does, once. Told by when it was read after the previous digest's composition, it never was."""
    setup(world)
    rita = world.addr("rita")
    run(world, "2026-11-30T09:05Z")
    world.wait_for(rita, 1)
    [rita1] = digests(world, "rita")
    assert "Omar Haddad" in waiting_part(rita1) and "Nate Newyork answered" not in text(rita1), text(rita1)
    omar = next(m for m in world.messages(world.addr("nate")) if m["Subject"] == "Candidate: Omar Haddad – Data")
    inbox = len(world.messages(world.mailer))
    world.reply(omar, world.addr("nate"), "interview", to=[rita], cc=[world.mailer],
                date=datetime(2026, 11, 30, 9, 4, tzinfo=timezone.utc))
    world.wait_for(world.mailer, inbox + 1)
    run(world, "2026-11-30T09:05Z")  # the same second: the answer is read after the digest was composed
    store = Store(world.tmp / "mailer.db")
    assert [s.state for s in store.all_submissions() if s.candidate == "Omar Haddad"] == [State.ANSWERED]
    store.close()
    run(world, "2026-12-07T09:05Z")
    world.wait_for(rita, 3)  # her first digest, Nate's answer, her second digest
    rita2 = digests(world, "rita")[1]
    assert "Omar Haddad: Nate Newyork answered after" in text(rita2), text(rita2)
    run(world, "2026-12-14T09:05Z")
    world.wait_for(rita, 4)
    rita3 = digests(world, "rita")[2]
    assert "Omar Haddad" not in text(rita3) and "Jane Doe" in waiting_part(rita3), text(rita3)
    store = Store(world.tmp / "mailer.db")
    check_told_once(store)
    store.close()


def test_the_digests_say_what_a_manager_wrote_and_who_makes_people_wait(world):
    """journey2: Rita's digest read "Jane Doe: Maria Manager answered after 1 business day (reply)" when Maria
    had asked a question, to mailer only; ops' "slowest first" and Maria's own trend counted the answered alone.
    Maria answers Jane on Friday in words; Bob (hers) and Omar (Nate's) wait. Monday's digests, as mailed."""
    setup(world)
    jane = next(m for m in world.messages(world.addr("maria")) if m["Subject"] == "Candidate: Jane Doe – Backend")
    world.reply(jane, world.addr("maria"), "Hi Rita,\n\nCan you check her notice period?\n\nThanks,\nMaria",
                to=[world.mailer], date=datetime(2026, 11, 27, 10, 0, tzinfo=timezone.utc))
    world.wait_for(world.mailer, 4)
    run(world, "2026-11-27T10:30Z")
    run(world, "2026-11-30T09:05Z")
    run(world, "2026-11-30T09:20Z")  # again the same morning: nothing twice

    [rita] = digests(world, "rita")
    assert 'Jane Doe: Maria Manager answered after 1 business day: "Can you check her notice period?"' in \
        text(rita), text(rita)
    # Ops: Nate's Omar waited Thu 09:00 → Mon 04:05 New York, 16 h, no answer; Maria answered Jane in 8 h and Bob
    # waits 15 h: exactly half answered by the latest answer, the rest waiting, so the median is at least that answer,
    # 8 h (README: a floor is never below the latest answer; survival.py). Nate is the slower; both are floors.
    [ops] = world.settle(world.addr("olga"), 1)
    lines = [ln.strip() for ln in text(ops).splitlines() if ln.strip().startswith("- ")]
    assert lines[0].startswith("- Nate Newyork") and "median at least 16.0 business hours (0 answered, 1 waiting" \
        in lines[0], lines
    assert lines[1].startswith("- Maria Manager") and "median at least 8.0 business hours (1 answered, 1 waiting" \
        in lines[1], lines
    [maria] = [m for m in world.messages(world.addr("maria")) if m["Subject"].startswith("Your week")]
    assert "over the last 4 weeks: at least 8.0 business hours (1 answered, 1 still waiting, the oldest for " \
           "2 business days)" in " ".join(text(maria).split()), text(maria)
