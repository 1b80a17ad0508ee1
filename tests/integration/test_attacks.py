"""Issue 8's attacks, each over the real Postfix + Dovecot: forged senders, forged stamps, forged absences,
mail loops and oversized mail. Each failed on the code before `trust:` and `limits:` existed.

The test plays the company's receiving server (MailWorld.authenticated): it stamps each mail with its
Authentication-Results above its own Received field, then hands it to the test Postfix. An attacker controls
everything below that Received field, including fields that look like our server's stamp.
"""

import email.policy
import email.utils
from datetime import datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from mailer.model import State

pytestmark = pytest.mark.integration
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)
FORGED_PASS = "mx.acme.test; dkim=pass header.d=acme.test; dmarc=pass header.from=acme.test"
SERVER_FAIL = "spf=fail smtp.mailfrom=evil.test; dkim=none; dmarc=fail header.from=acme.test"


def submit(world, when=MON, **kw):
    return world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], date=when,
                      subject="Candidate: Jane Doe – Backend Engineer", sender_name="Rita Recruiter", **kw)


def reason_of(daemon, message_id):
    return daemon.store.db.execute("SELECT kind, reason FROM messages WHERE message_id=?", (message_id,)).fetchone()


def thousand(world):
    return [f"victim{i}-{world.tag}@{'acme.test' if i % 2 else f'elsewhere{i}.test'}" for i in range(1000)]


def forged_recruiter_to(world, victims, stamp):
    """One mail forged From the recruiter, To 1,000 people, Cc mailer; only mailer is a real recipient."""
    msg = EmailMessage()
    msg["From"] = f"Rita Recruiter <{world.addr('rita')}>"
    msg["To"] = ", ".join(victims)
    msg["Cc"] = world.mailer
    msg["Subject"] = "Candidate: Jane Doe – see https://evil.test/cv"
    msg["Message-ID"] = f"<forged-{world.tag}@evil.test>"
    msg["Date"] = email.utils.format_datetime(MON)
    msg["Authentication-Results"] = FORGED_PASS  # below the boundary's Received: already there on arrival
    msg.set_content("Please look at this candidate: https://evil.test/cv")
    world.send_raw(world.addr("rita"), [world.mailer], msg.as_bytes(policy=email.policy.SMTP), stamp)
    return msg["Message-ID"].strip("<>")


def test_forged_recruiter_to_a_thousand_addresses_sends_nothing(world):
    world.authenticated()
    mid = forged_recruiter_to(world, thousand(world), SERVER_FAIL)
    daemon = world.daemon(MON)
    world.tick(daemon, MON + timedelta(minutes=5), expect_mailer=1)
    world.tick(daemon, WED, expect_mailer=1)
    assert daemon.store.all_submissions() == []
    assert daemon.store.outbox() == []  # not a nudge, not a notice: nothing to anyone
    assert "not authenticated" in reason_of(daemon, mid)["reason"]
    daemon.close()


def test_a_thousand_managers_in_one_mail_are_refused_even_unauthenticated(world):
    world.write_config(trust="unauthenticated")
    forged_recruiter_to(world, thousand(world), None)
    daemon = world.daemon(MON)
    world.tick(daemon, MON + timedelta(minutes=5), expect_mailer=1)
    world.tick(daemon, WED, expect_mailer=1)
    assert daemon.store.all_submissions() == []
    [told] = daemon.store.outbox()  # the recruiter hears once; none of the 1,000 hear anything
    assert told.recipients[0] == world.addr("rita") and told.kind == "ignored_managers"
    daemon.close()
    [mail] = world.wait_for(world.addr("rita"), 1)
    assert "at most 10 managers" in mail.get_body(("plain",)).get_content()


def test_a_stranger_in_to_is_never_tracked_and_the_recruiter_is_told_once(world):
    world.write_config(trust="unauthenticated")
    outsider, own_sub = f"someone-{world.tag}@gmail.test", world.mailer.replace("@", "+x@")
    world.send(world.addr("rita"), [world.addr("maria"), outsider, own_sub, world.addr("sam")], [world.mailer],
               date=MON, subject="Candidate: Jane Doe – Backend Engineer")
    daemon = world.daemon(MON)
    world.tick(daemon, MON + timedelta(minutes=5), expect_mailer=1)
    assert [s.manager for s in daemon.store.all_submissions()] == [world.addr("maria")]
    world.tick(daemon, MON + timedelta(minutes=10))
    daemon.close()
    [told] = world.wait_for(world.addr("rita"), 1)
    text = told.get_body(("plain",)).get_content()
    assert outsider in text and "Maria Manager" in text and own_sub not in text


@pytest.mark.parametrize("server_stamp", [SERVER_FAIL, None], ids=["server-says-fail", "server-stamps-nothing"])
def test_forged_stamp_below_the_servers_is_ignored_and_a_forged_stop_leaves_the_candidate_open(world, server_stamp):
    world.authenticated()
    submit(world)
    daemon = world.daemon(MON)
    world.tick(daemon, MON + timedelta(minutes=5), expect_mailer=1)
    [sub] = daemon.store.all_submissions()
    # No threading headers needed before: the candidate's name and "stop" closed it. Now: not proven.
    forged = world.send(world.addr("maria"), [world.mailer], subject="Jane Doe", body="stop", attachment=None,
                        headers={"Authentication-Results": FORGED_PASS}, stamp=server_stamp)
    forget = world.send(world.addr("rita"), [world.mailer], subject="forget", body="forget Jane Doe",
                        attachment=None, headers={"Authentication-Results": FORGED_PASS}, stamp=server_stamp)
    world.tick(daemon, MON + timedelta(minutes=10), expect_mailer=3)
    [sub] = daemon.store.all_submissions()
    assert (sub.state, sub.decision) == (State.OPEN, None)
    for mid in (forged, forget):
        row = reason_of(daemon, mid)
        assert row["kind"] == "ignored" and "not authenticated" in row["reason"]
    assert daemon.store.outbox() == []  # and no answer to either
    # The real manager, stamped by the server, still can.
    world.send(world.addr("maria"), [world.mailer], subject="Jane Doe", body="stop", attachment=None)
    world.tick(daemon, MON + timedelta(minutes=15), expect_mailer=4)
    assert daemon.store.all_submissions()[0].state is State.CLOSED
    daemon.close()


def ooo(world, original, body, when, stamp=True):
    return world.send(world.addr("maria"), [world.mailer], subject="Automatic reply: " + original["Subject"],
                      body=body, date=when, attachment=None, stamp=stamp,
                      headers={"Auto-Submitted": "auto-replied", "In-Reply-To": original["Message-ID"],
                               "References": original["Message-ID"], "Authentication-Results": FORGED_PASS})


EIGHT_WEEKS = ("I am away until 18 January 2027. For anything urgent contact Eve <eve-{tag}@acme.test> "
               "or <eve@gmail.com>.")


def test_forged_out_of_office_pauses_nobody(world):
    world.authenticated()
    submit(world)
    daemon = world.daemon(MON)
    world.tick(daemon, WED, expect_mailer=1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    forged = ooo(world, followup, EIGHT_WEEKS.format(tag=world.tag), WED + timedelta(minutes=5), stamp=SERVER_FAIL)
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert daemon.store.pauses() == {} and daemon.store.delegates(WED) == {}
    assert "not authenticated" in reason_of(daemon, forged)["reason"]
    # The second nudge is queued as if nothing had come.
    assert len(world.tick(daemon, datetime(2026, 11, 27, 10, 0, tzinfo=LON)).queued) == 1
    daemon.close()


def test_unauthenticated_out_of_office_pauses_briefly_and_names_no_delegate(world):
    path = world.write_config(trust="unauthenticated")
    path.write_text(path.read_text() + "replies:\n  offer_to_delegate: true\n")
    submit(world)
    daemon = world.daemon(MON)
    world.tick(daemon, WED, expect_mailer=1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    ooo(world, followup, EIGHT_WEEKS.format(tag=world.tag), WED + timedelta(minutes=5))
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    until = daemon.store.pauses()[world.addr("maria")]
    assert until <= datetime(2026, 11, 27, 10, 30, tzinfo=LON)  # 2 business days, not eight weeks
    assert daemon.store.delegates(WED) == {}
    assert not [r for r in daemon.store.outbox() if r.kind == "delegate_offer"]
    daemon.close()


@pytest.mark.parametrize("stand_in", ["eve-{tag}@gmail.com", "eve-{tag}@evil.test"], ids=["public-provider", "stranger"])
def test_a_proven_out_of_office_names_no_stand_in_outside_the_company(world, stand_in):
    """Even the real manager's out-of-office (proven) makes no delegate of an address at a public mail provider
    (even one ops listed as a company domain) or at a domain that is not the company's: a delegate's answer
    counts as the manager's and they are sent the waiting candidates."""
    path = world.authenticated()
    path.write_text(path.read_text() + "company_domains: [acme.test, gmail.com]\nreplies:\n  offer_to_delegate: true\n")
    submit(world)
    daemon = world.daemon(MON)
    world.tick(daemon, WED, expect_mailer=1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    stranger = stand_in.format(tag=world.tag)
    proven = world.send(world.addr("maria"), [world.mailer], subject="Automatic reply: " + followup["Subject"],
                        body=f"I'm away this week. In urgent cases please contact Eve <{stranger}>.",
                        date=WED + timedelta(minutes=5), attachment=None,
                        headers={"Auto-Submitted": "auto-replied", "In-Reply-To": followup["Message-ID"]})
    world.tick(daemon, WED + timedelta(minutes=30), expect_mailer=3)
    assert reason_of(daemon, proven)["kind"] == "auto_reply"
    assert world.addr("maria") in daemon.store.pauses()  # proven: the absence itself is believed
    assert daemon.store.delegates(WED + timedelta(minutes=30)) == {}
    assert not [r for r in daemon.store.outbox() if r.kind == "delegate_offer"]
    daemon.close()


def test_an_auto_responder_without_rfc_3834_headers_gets_a_bounded_number_of_answers(world):
    world.write_config(trust="unauthenticated")
    daemon = world.daemon(MON)
    rita = world.addr("rita")
    for round_ in range(12):  # each round: the responder writes, mailer may answer, the responder answers that
        mid = world.send(rita, [world.mailer], subject=f"Re: Thanks ({round_})", attachment=None,
                         body="Thank you for your email. I will get back to you as soon as possible.")
        assert world.wait_for_id(world.mailer, mid)
        world.tick(daemon, MON + timedelta(minutes=round_ + 1))
    helps = [r for r in daemon.store.outbox() if r.kind == "help"]
    assert len(helps) == 5  # limits.answers_in_a_row; then the loop is cut
    loops = daemon.store.db.execute("SELECT COUNT(*) FROM events WHERE kind='loop'").fetchone()[0]
    daemon.close()
    assert loops == 12 - 5


def test_check_tries_the_trust_method_on_real_mail_in_the_inbox(world):
    world.authenticated()
    assert "no mail in INBOX to try it on yet" in world.cli("check").stdout
    mid = world.send(world.addr("rita"), [world.mailer], subject="status", body="status", attachment=None)
    assert world.wait_for_id(world.mailer, mid)
    result = world.cli("check")
    assert result.returncode == 0, result.stdout
    assert f"ok   trust on real mail: newest mail from {world.addr('rita')}" in result.stdout
    assert "proven (dmarc=pass" in result.stdout
    # The same inbox under dkim: the recruiter's real mail is unsigned, so mailer would ignore them. Said.
    world.write_config(trust="dkim")
    result = world.cli("check")
    assert result.returncode == 1
    assert "FAIL trust on real mail" in result.stdout and "no DKIM signature" in result.stdout


def test_check_says_what_unauthenticated_allows(world):
    result = world.cli("check")
    assert result.returncode == 0, result.stdout
    assert "warn trust: trust: unauthenticated — anyone who writes From: a recruiter" in result.stdout
