"""Exchange rewriting the Message-ID of mailer's mail: read back from Sent (by SPECIAL-USE) on the real Dovecot.

The test plays Exchange Online. Exchange files mail submitted over SMTP AUTH in Sent Items itself, and when it
gives the mail a Message-ID of its own, the recipients get that one, so their replies' In-Reply-To and References
name only it. Here the test puts that Sent copy in Dovecot's Sent folder (flagged \\Sent) with a new Message-ID
and without X-Microsoft-Original-Message-ID (a copy that kept it is the easy case), then the manager answers it.
"""

from datetime import datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from faultproxy import FaultProxy
from mailworld import MailWorld

from mailer.model import State

pytestmark = pytest.mark.integration
run = partial(MailWorld.tick, delivered=True)  # one pass, then every mail it sent is delivered
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)


def exchange_files_with_a_new_id(world, mail, new_id: str) -> None:
    raw = mail.as_bytes().replace(mail["Message-ID"].encode(), new_id.encode(), 1)
    world.append(world.mailer, raw, folder="Sent")


def followup_sent(world, provider, **kw):
    world.write_config(extra=f"provider: {provider}\n", **kw)
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], sender_name="Rita Recruiter",
               subject="Candidate: Jane Doe – Backend Engineer", date=MON)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    run(world, daemon, WED, expect_mailer=1)
    followup = world.wait_for(world.addr("maria"), 2)[-1]
    assert daemon.store.outbox_by_message_id(followup["Message-ID"].strip("<>")) is not None
    return daemon, followup


@pytest.mark.parametrize("provider", ["microsoft365", "generic"])
def test_a_reply_quoting_only_the_id_exchange_gave_mailers_mail_is_the_answer(world, provider):
    daemon, followup = followup_sent(world, provider)
    rewritten = f"<AM0PR04MB{world.tag.upper()}@eurprd04.prod.outlook.com>"
    exchange_files_with_a_new_id(world, followup, rewritten)
    run(world, daemon, WED + timedelta(minutes=5), expect_mailer=2)  # mailer's own delivery copy came back

    world.send(world.addr("maria"), [world.mailer], subject="RE: " + followup["Subject"], body="interview",
               headers={"In-Reply-To": rewritten, "References": rewritten}, attachment=None,
               sender_name="Maria Manager")
    run(world, daemon, WED + timedelta(minutes=10), expect_mailer=3)
    [sub] = daemon.store.all_submissions()
    if provider == "microsoft365":
        assert sub.state is State.ANSWERED and sub.decision == "interview"
    else:  # the control: without reading Sent back, nothing ties the new id to mailer's mail
        assert sub.state is State.OPEN and sub.decision is None
    daemon.close()


def test_sent_is_read_past_a_watermark_not_again_each_pass_on_the_one_imap_connection(world, mail_stack):
    counting = FaultProxy(mail_stack.host, mail_stack.imap_port)  # passes bytes through, counts connections
    daemon, followup = followup_sent(world, "microsoft365", imap_port=counting.port)
    rewritten = f"<DB9PR08MB{world.tag.upper()}@eurprd08.prod.outlook.com>"
    exchange_files_with_a_new_id(world, followup, rewritten)
    run(world, daemon, WED + timedelta(minutes=5), expect_mailer=2)
    original = followup["Message-ID"].strip("<>")
    assert daemon.store.resolve_aliases((rewritten.strip("<>"),)) == (rewritten.strip("<>"), original)
    state = daemon.store.folder_state("sent-copies:Sent")
    assert state is not None and state[1] >= 1

    # Forget what was learnt: a pass that re-read the folder would learn it again; one past the watermark does not.
    with daemon.store.transaction():
        daemon.store.db.execute("DELETE FROM aliases")
    run(world, daemon, WED + timedelta(minutes=10), expect_mailer=2)
    assert daemon.store.resolve_aliases((rewritten.strip("<>"),)) == (rewritten.strip("<>"),)

    # A later copy is read: the watermark moves on, it does not stop.
    other = f"<VI1PR09MB{world.tag.upper()}@eurprd09.prod.outlook.com>"
    exchange_files_with_a_new_id(world, followup, other)
    run(world, daemon, WED + timedelta(minutes=15), expect_mailer=2)
    assert daemon.store.resolve_aliases((other.strip("<>"),)) == (other.strip("<>"), original)
    assert daemon.store.folder_state("sent-copies:Sent")[1] > state[1]
    # Reading Sent shares the inbox's connection: five passes, one IMAP connection (the other is SMTP's).
    assert counting.connections == 1
    daemon.close()
    counting.close()


def test_check_says_sent_is_read_back(world):
    world.write_config(extra="provider: microsoft365\n")
    done = world.cli("check")
    assert ("ok   Sent folder: microsoft365 files sent mail in 'Sent' itself (mailer adds no copy); mailer reads it "
            "back for Message-IDs the server replaced") in done.stdout, done.stdout


def test_without_reading_sent_a_replys_references_still_name_the_rewritten_mail(world):
    """No Sent copy to read (another provider, or Exchange filed none): the manager's reply says which mail it
    answers by its References, mailer's own References plus the new Message-ID."""
    daemon, followup = followup_sent(world, "generic")
    rewritten = f"<AS8PR07MB{world.tag.upper()}@eurprd07.prod.outlook.com>"
    world.send(world.addr("maria"), [world.mailer], subject="RE: " + followup["Subject"], body="pass",
               headers={"In-Reply-To": rewritten, "References": f"{followup['References']} {rewritten}"},
               attachment=None, sender_name="Maria Manager")
    run(world, daemon, WED + timedelta(minutes=10), expect_mailer=3)
    [sub] = daemon.store.all_submissions()
    assert sub.decision == "pass"
    assert daemon.store.resolve_aliases((rewritten.strip("<>"),)) == (rewritten.strip("<>"),
                                                                     followup["Message-ID"].strip("<>"))
    daemon.close()
