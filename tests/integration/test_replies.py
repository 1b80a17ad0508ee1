"""Understanding replies end to end on real Dovecot + Postfix: OOO, bounces, commands, trust, odd threading."""

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
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)   # first follow-up (2 business days)
FRI = datetime(2026, 11, 27, 10, 0, tzinfo=LON)   # second follow-up, unless paused


def submit(world, manager="maria", subject="Candidate: Jane Doe – Backend Engineer", when=MON, headers=None):
    to = manager if "@" in manager else world.addr(manager)
    mid = world.send(world.addr("rita"), [to], [world.mailer], subject=subject, date=when, headers=headers,
                     sender_name="Rita Recruiter")
    return mid


def from_mailer(world, who):
    return [m for m in world.messages(world.addr(who)) if m["From"] and world.mailer in m["From"]]


def ooo(world, original, body, when):
    """An Exchange out-of-office answer to one of mailer's mails, with the headers Exchange really sets."""
    return world.send(world.addr("maria"), [world.mailer], subject="Automatic reply: " + original["Subject"],
                      body=body, date=when, attachment=None, sender_name="Maria Manager",
                      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                               "X-MS-Exchange-Inbox-Rules-Loop": world.addr("maria"),
                               "In-Reply-To": original["Message-ID"], "References": original["Message-ID"]})


def test_exchange_ooo_without_date_pauses_then_resumes_at_the_right_business_hour(world):
    world.authenticated()  # an out-of-office pauses nudges only when the sender is proven
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, WED, expect_mailer=1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    ooo(world, followup, "I am out of the office with limited access to email.", WED + timedelta(minutes=5))
    ooo(world, followup, "I am out of the office with limited access to email.", WED + timedelta(minutes=6))
    # No date: paused for the default 2 business days from when it was seen (Fri 10:30), then resumed.
    run(world, daemon, WED + timedelta(minutes=30), expect_mailer=4)
    assert run(world, daemon, FRI + timedelta(minutes=29)).queued == []
    assert len(run(world, daemon, FRI + timedelta(minutes=31)).queued) == 1
    daemon.close()
    notices = [m["Subject"] for m in from_mailer(world, "rita")]
    assert notices.count("Maria Manager is away") == 1  # told once per absence, not per auto-reply
    assert len(world.wait_for(world.addr("maria"), 3)) == 3
    assert all(not m["Subject"].startswith("Re: Automatic") for m in from_mailer(world, "maria"))  # never answered


def test_ooo_with_a_return_date_resumes_the_next_business_hour_after_it(world):
    world.authenticated()  # an out-of-office pauses nudges only when the sender is proven
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, WED, expect_mailer=1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    ooo(world, followup, "Thank you for your message. I am on annual leave and will be back on Monday, "
                         "7 December 2026. For urgent matters please contact Dana Delegate <dana@acme.test>.",
        WED + timedelta(minutes=5))
    run(world, daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert run(world, daemon, datetime(2026, 12, 4, 16, 0, tzinfo=LON)).queued == []
    assert len(run(world, daemon, datetime(2026, 12, 7, 9, 0, tzinfo=LON)).queued) == 1
    daemon.close()
    [notice] = [m for m in from_mailer(world, "rita") if "away" in m["Subject"]]
    text = notice.get_body(("plain",)).get_content()
    assert "Mon 07 Dec 09:00" in text and "dana@acme.test" in text


def test_a_bounced_followup_reaches_the_recruiter_and_stops_the_nudging(world):
    ghost = f"ghost-{world.tag}@bounce.test"  # the test Postfix accepts, then bounces, mail for bounce.test
    world.write_config(extra="company_domains: [acme.test, bounce.test]\n")  # so ghost may be a manager
    submit(world, manager=ghost)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    assert len(run(world, daemon, WED).delivered.sent) == 1
    # Postfix's DSN comes back to mailer (the envelope sender), next to mailer's own delivery copy.
    run(world, daemon, WED + timedelta(minutes=10), expect_mailer=3)
    assert ghost in daemon.store.failing()
    [notice] = [m for m in world.wait_for(world.addr("rita"), 2) if m["Subject"].startswith("Could not reach")]
    assert notice["Subject"] == f"Could not reach {ghost} about Jane Doe"
    assert "mailbox unavailable" in notice.get_body(("plain",)).get_content()
    assert run(world, daemon, datetime(2026, 12, 20, 10, 0, tzinfo=LON)).queued == []
    daemon.close()


def test_numbered_answer_to_a_grouped_nudge_records_each_decision(world):
    for i, name in enumerate(["Ann Able", "Bob Baker", "Cy Cole"]):
        submit(world, subject=f"Candidate: {name} – Engineer", when=MON + timedelta(minutes=i))
    daemon = world.daemon(MON)
    run(world, daemon, WED + timedelta(hours=1), expect_mailer=3)
    digest = world.wait_for(world.addr("maria"), 4)[-1]
    world.reply(digest, world.addr("maria"), "1 yes, 2 pass", to=[world.mailer, world.addr("rita")],
                date=WED + timedelta(hours=2))
    run(world, daemon, WED + timedelta(hours=3), expect_mailer=5)
    by_name = {s.candidate: s for s in daemon.store.all_submissions()}
    assert (by_name["Ann Able"].state, by_name["Ann Able"].decision) == (State.ANSWERED, "interview")
    assert (by_name["Bob Baker"].state, by_name["Bob Baker"].decision) == (State.ANSWERED, "pass")
    assert by_name["Cy Cole"].state is State.OPEN  # not mentioned: still waiting
    [confirm] = [m for m in from_mailer(world, "maria") if m["Subject"] == "Re: Candidates waiting for your answer"]
    text = confirm.get_body(("plain",)).get_content()
    assert "Ann Able: interview" in text and "Bob Baker: pass" in text and "Cy Cole" not in text
    # Next rung: only Cy Cole is left, in her own thread.
    run(world, daemon, FRI + timedelta(hours=2))
    daemon.close()
    assert from_mailer(world, "maria")[-1]["Subject"] == "Re: Candidate: Cy Cole – Engineer"


def test_spoofed_replies_change_nothing(world):
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    [sub_mail] = world.messages(world.addr("maria"))
    # Someone else writing "interview" in the thread is not the manager.
    world.reply(sub_mail, world.addr("mallory"), "interview", to=[world.mailer])
    run(world, daemon, MON + timedelta(minutes=10), expect_mailer=2)
    [sub] = daemon.store.all_submissions()
    assert sub.state is State.OPEN and sub.decision is None
    assert world.messages(world.addr("mallory")) == []  # and gets no answer
    daemon.close()


def test_required_authentication_rejects_a_forged_manager_and_accepts_the_real_one(world):
    path = world.write_config(trust=None)  # the old keys, which still work
    path.write_text(path.read_text() + "replies:\n  require_authenticated_senders: true\n  authserv_ids: [mx.acme.test]\n")
    good = {"Authentication-Results": "mx.acme.test; dkim=pass header.d=acme.test; dmarc=pass header.from=acme.test"}
    bad = {"Authentication-Results": "mx.acme.test; spf=fail smtp.mailfrom=acme.test; dmarc=fail header.from=acme.test"}
    submit(world, headers=good)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    [sub_mail] = world.messages(world.addr("maria"))
    forged = world.send(world.addr("maria"), [world.mailer], subject="Re: " + sub_mail["Subject"], body="pass",
                        headers={**bad, "In-Reply-To": sub_mail["Message-ID"]}, attachment=None)
    run(world, daemon, MON + timedelta(minutes=10), expect_mailer=2)
    [sub] = daemon.store.all_submissions()
    assert sub.state is State.OPEN and sub.decision is None
    assert "not authenticated" in daemon.store.db.execute(
        "SELECT reason FROM messages WHERE message_id=?", (forged,)).fetchone()["reason"]
    world.send(world.addr("maria"), [world.mailer], subject="Re: " + sub_mail["Subject"], body="pass",
               headers={**good, "In-Reply-To": sub_mail["Message-ID"]}, attachment=None)
    run(world, daemon, MON + timedelta(minutes=20), expect_mailer=3)
    assert daemon.store.all_submissions()[0].decision == "pass"
    daemon.close()


def test_status_by_email_lists_the_recruiters_open_submissions(world):
    submit(world, subject="Candidate: Jane Doe – Backend Engineer")
    submit(world, manager="nate", subject="Candidate: Omar Haddad – Data Engineer")
    submit(world, subject="Candidate: Ann Able – Designer")
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=3)
    ann = next(m for m in world.messages(world.addr("maria")) if "Ann Able" in m["Subject"])
    world.reply(ann, world.addr("maria"), "pass", to=[world.mailer, world.addr("rita")])
    run(world, daemon, MON + timedelta(minutes=10), expect_mailer=4)
    status = world.send(world.addr("rita"), [world.mailer], subject="status", body="status", attachment=None)
    assert world.wait_for_id(world.mailer, status)
    run(world, daemon, MON + timedelta(hours=5))
    daemon.close()
    [report] = [m for m in from_mailer(world, "rita") if m["Subject"] == "Your open submissions"]
    text = report.get_body(("plain",)).get_content()
    assert "Maria Manager:" in text and "Jane Doe – Backend Engineer: waiting" in text
    assert "Nate Newyork:" in text and "Omar Haddad" in text
    assert "Ann Able: pass" in text.split("Answered lately:")[1]
    assert "Ann Able" not in text.split("Answered lately:")[0]


def test_outlook_reply_without_in_reply_to_counts_by_thread_topic(world):
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    world.send(world.addr("maria"), [world.addr("rita")], [world.mailer], subject="RE: Candidate: Jane Doe – Backend Engineer",
               body="Happy to meet her.\n\n________________________________\nFrom: Rita Recruiter\nSent: Monday\n",
               headers={"Thread-Topic": "Candidate: Jane Doe – Backend Engineer", "Thread-Index": "AQHZabc123=="},
               attachment=None)
    run(world, daemon, MON + timedelta(hours=1), expect_mailer=2)
    [sub] = daemon.store.all_submissions()
    assert sub.state is State.ANSWERED and sub.reply_text.startswith("Happy to meet her.")
    daemon.close()


def test_reply_to_a_rewritten_message_id_still_matches(world):
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, WED, expect_mailer=1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    # Exchange Online rewrote the Message-ID on the way out and kept ours; mailer sees that in its copy.
    rewritten = f"<AM0PR{world.tag}@eurprd.prod.outlook.com>"
    raw = followup.as_bytes().replace(followup["Message-ID"].encode(), rewritten.encode(), 1)
    raw = f"X-Microsoft-Original-Message-ID: {followup['Message-ID']}\r\n".encode() + raw
    world.append(world.mailer, raw)
    run(world, daemon, WED + timedelta(minutes=5), expect_mailer=3)
    world.send(world.addr("maria"), [world.mailer], subject="RE: " + followup["Subject"], body="interview",
               headers={"In-Reply-To": rewritten, "References": rewritten}, attachment=None)
    run(world, daemon, WED + timedelta(minutes=10), expect_mailer=4)
    assert daemon.store.all_submissions()[0].decision == "interview"
    daemon.close()


def test_recruiter_forwarding_the_managers_answer_counts_as_the_managers(world):
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    body = ("FYI, Maria answered me directly.\n\n---------- Forwarded message ---------\n"
            f"From: Maria Manager <{world.addr('maria')}>\nDate: Tue, 24 Nov 2026 at 11:02\n"
            "Subject: Re: Candidate: Jane Doe – Backend Engineer\n"
            f"To: Rita Recruiter <{world.addr('rita')}>\n\nLet's interview her next week.\n")
    world.send(world.addr("rita"), [world.mailer], subject="Fwd: Re: Candidate: Jane Doe – Backend Engineer",
               body=body, attachment=None)
    run(world, daemon, MON + timedelta(days=1), expect_mailer=2)
    [sub] = daemon.store.all_submissions()
    assert sub.state is State.ANSWERED and "interview her next week" in sub.reply_text
    daemon.close()


def test_not_mine_tells_the_recruiter_and_stops(world):
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    [sub_mail] = world.messages(world.addr("maria"))
    world.reply(sub_mail, world.addr("maria"), "not mine - try Nate", to=[world.mailer])
    run(world, daemon, MON + timedelta(minutes=10), expect_mailer=2)
    [sub] = daemon.store.all_submissions()
    assert (sub.state, sub.decision) == (State.CLOSED, "not_mine")
    notice = [m for m in world.wait_for(world.addr("rita"), 1) if m["From"] and world.mailer in m["From"]]
    assert notice and "not theirs to review" in notice[0].get_body(("plain",)).get_content()
    assert "try Nate" in notice[0].get_body(("plain",)).get_content()
    assert run(world, daemon, datetime(2026, 12, 20, 10, tzinfo=LON)).queued == []
    daemon.close()


def test_snooze_holds_the_ladder_then_resumes(world):
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, WED, expect_mailer=1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    world.reply(followup, world.addr("maria"), "snooze 1w", to=[world.mailer], date=WED + timedelta(hours=1))
    run(world, daemon, WED + timedelta(hours=1, minutes=5), expect_mailer=3)
    sub = daemon.store.all_submissions()[0]
    assert sub.state is State.OPEN and sub.snoozed_until is not None
    assert run(world, daemon, datetime(2026, 12, 2, 10, 0, tzinfo=LON)).queued == []
    assert len(run(world, daemon, datetime(2026, 12, 2, 11, 10, tzinfo=LON)).queued) == 1
    daemon.close()


def test_recruiter_stop_in_the_thread_ends_nudging_and_confirms_once(world):
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    [sub_mail] = world.messages(world.addr("maria"))
    world.reply(sub_mail, world.addr("rita"), "stop", to=[world.mailer])
    run(world, daemon, MON + timedelta(minutes=10), expect_mailer=2)
    assert daemon.store.all_submissions()[0].state is State.CLOSED
    run(world, daemon, MON + timedelta(minutes=20))
    daemon.close()
    confirms = [m for m in from_mailer(world, "rita") if "follow-ups stopped" in m.get_body(("plain",)).get_content()]
    assert len(confirms) == 1


def test_an_unreadable_command_gets_one_help_reply_and_changes_nothing(world):
    for i, name in enumerate(["Ann Able", "Bob Baker"]):
        submit(world, subject=f"Candidate: {name} – Engineer", when=MON + timedelta(minutes=i))
    daemon = world.daemon(MON)
    run(world, daemon, WED + timedelta(hours=1), expect_mailer=2)
    digest = world.wait_for(world.addr("maria"), 3)[-1]
    world.reply(digest, world.addr("maria"), "1 yes, 5 pass", to=[world.mailer])
    run(world, daemon, WED + timedelta(hours=2), expect_mailer=4)
    run(world, daemon, WED + timedelta(hours=3))
    assert {s.decision for s in daemon.store.all_submissions()} == {None}
    daemon.close()
    helps = [m for m in from_mailer(world, "maria") if "couldn't act on your reply" in m.get_body(("plain",)).get_content()]
    assert len(helps) == 1 and "5" in helps[0].get_body(("plain",)).get_content()


def test_ooo_delegate_gets_the_waiting_candidates_and_their_answer_counts(world):
    path = world.authenticated()
    path.write_text(path.read_text() + "replies:\n  offer_to_delegate: true\n")
    submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, WED, expect_mailer=1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    dana = world.addr("dana")
    ooo(world, followup, f"I'm away this week. In urgent cases please contact Dana Delegate <{dana}>.",
        WED + timedelta(minutes=5))
    run(world, daemon, WED + timedelta(minutes=30), expect_mailer=3)
    [offer] = world.wait_for(dana, 1)
    assert offer["Subject"] == "Candidates waiting while Maria Manager is away"
    assert "1. Jane Doe" in offer.get_body(("plain",)).get_content()
    answer = world.reply(offer, dana, "1 interview", to=[world.mailer])
    assert world.wait_for_id(world.mailer, answer)
    run(world, daemon, WED + timedelta(hours=1))
    [sub] = daemon.store.all_submissions()
    assert (sub.state, sub.decision) == (State.ANSWERED, "interview")
    daemon.close()


def test_outlook_answer_to_a_grouped_nudge_without_thread_headers_uses_its_list(world):
    for i, name in enumerate(["Ann Able", "Bob Baker"]):
        submit(world, subject=f"Candidate: {name} – Engineer", when=MON + timedelta(minutes=i))
    daemon = world.daemon(MON)
    run(world, daemon, WED + timedelta(hours=1), expect_mailer=2)
    outlook = {"Thread-Topic": "Candidates waiting for your answer", "Thread-Index": "AQHZ=="}
    # Without the quoted list, "2" could mean a candidate of an older list: nothing is guessed.
    bare = world.send(world.addr("maria"), [world.mailer], subject="RE: Candidates waiting for your answer",
                      body="1 interview, 2 pass", attachment=None, headers=outlook)
    assert world.wait_for_id(world.mailer, bare)
    run(world, daemon, WED + timedelta(hours=2))
    assert {s.decision for s in daemon.store.all_submissions()} == {None}
    quoted = world.send(world.addr("maria"), [world.mailer], subject="RE: Candidates waiting for your answer",
                        body="1 interview, 2 pass\n\n________________________________\nFrom: Acme Recruiting\n"
                             "Subject: Candidates waiting for your answer\n\n  1. Ann Able – Engineer\n"
                             "  2. Bob Baker – Engineer\n", attachment=None, headers=outlook)
    assert world.wait_for_id(world.mailer, quoted)
    run(world, daemon, WED + timedelta(hours=3))
    decisions = {s.candidate: s.decision for s in daemon.store.all_submissions()}
    daemon.close()
    assert decisions == {"Ann Able": "interview", "Bob Baker": "pass"}
