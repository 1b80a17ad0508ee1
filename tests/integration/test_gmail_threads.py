"""Gmail's thread id (X-GM-THRID) as an extra thread key, on the real Dovecot behind a proxy that offers X-GM-EXT-1.

What is real: Postfix delivers, Dovecot stores and serves every byte mailer reads. What is emulated: Gmail's
extension (gmailproxy.py assigns the thread ids). So these tests prove mailer's side (asks for X-GM-THRID only
when offered, stores it, matches by it), not Gmail's own threading rules.
"""

from datetime import datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from gmailproxy import GmailProxy
from mailworld import MailWorld

from mailer.model import State

pytestmark = pytest.mark.integration
run = partial(MailWorld.tick, delivered=True)  # one pass, then every mail it sent is delivered
LON = ZoneInfo("Europe/London")
MON = datetime(2026, 11, 23, 10, 0, tzinfo=LON)
WED = datetime(2026, 11, 25, 10, 0, tzinfo=LON)


@pytest.fixture
def gmail(world, mail_stack):
    """mailer reads its inbox through the proxy; people send and read mail on Dovecot and Postfix directly."""
    proxy = GmailProxy(mail_stack.host, mail_stack.imap_port, world.mailer, mail_stack.password)
    world.write_config(imap_port=proxy.port)
    yield proxy
    proxy.close()


def submit(world, candidate="Jane Doe"):
    return world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], sender_name="Rita Recruiter",
                      subject=f"Candidate: {candidate} – Backend Engineer", date=MON)


def stripped_reply(world, body):
    """A manager's answer as a new mail: no In-Reply-To, no References, another subject (a client that drops
    them, a reply written from the phone's contact card)."""
    return world.send(world.addr("maria"), [world.mailer], subject="Quick note", body=body, attachment=None,
                      sender_name="Maria Manager")


@pytest.mark.parametrize("same_gmail_thread", [True, False])
def test_a_reply_without_threading_headers_counts_when_gmail_threads_it_with_the_submission(world, gmail,
                                                                                            same_gmail_thread):
    submission = submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    assert gmail.answered >= 1  # mailer asked for X-GM-THRID because the server offered X-GM-EXT-1
    assert daemon.store.conversation(f"gm:{gmail.thread_id(submission)}") == (submission,)

    reply = stripped_reply(world, "Happy to meet her next week, Tuesday works.")
    if same_gmail_thread:
        gmail.join(reply, thread_of=submission)
    run(world, daemon, MON + timedelta(hours=1), expect_mailer=2)
    [sub] = daemon.store.all_submissions()
    if same_gmail_thread:
        assert sub.state is State.ANSWERED and sub.reply_text.startswith("Happy to meet her")
    else:  # the control: without Gmail's thread nothing ties this mail to Jane Doe
        assert sub.state is State.OPEN and sub.answered_at is None
    daemon.close()


def test_a_numbered_answer_in_the_gmail_thread_of_mailers_grouped_nudge_decides_each_candidate(world, gmail):
    submit(world, "Jane Doe")
    submit(world, "Omar Haddad")
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=2)
    run(world, daemon, WED, expect_mailer=2)
    [nudge] = [m for m in world.messages(world.addr("maria")) if m["From"] and world.mailer in m["From"]]
    assert "Jane Doe" in nudge.get_body(("plain",)).get_content() and "Omar Haddad" in str(nudge)
    # mailer's own copy of the nudge comes back through the proxy and joins the nudge's Gmail thread
    run(world, daemon, WED + timedelta(minutes=5), expect_mailer=3)
    listed = {s.candidate: s.id for s in daemon.store.all_submissions()}
    text = nudge.get_body(("plain",)).get_content()
    first = "Jane Doe" if text.index("Jane Doe") < text.index("Omar Haddad") else "Omar Haddad"

    reply = stripped_reply(world, "1 yes, 2 pass")
    gmail.join(reply, thread_of=nudge["Message-ID"])
    run(world, daemon, WED + timedelta(hours=1), expect_mailer=4)
    decisions = {s.candidate: s.decision for s in daemon.store.all_submissions()}
    second = ({"Jane Doe", "Omar Haddad"} - {first}).pop()
    assert decisions == {first: "interview", second: "pass"}, (decisions, listed)
    daemon.close()


def test_archiving_in_gmail_loses_nothing_and_mailer_changes_no_flag(world, gmail):
    """Gmail's archive takes the Inbox label off: over IMAP the mail leaves INBOX and stays in All Mail."""
    submission = submit(world)
    daemon = world.daemon(MON)
    run(world, daemon, MON + timedelta(minutes=5), expect_mailer=1)
    with world.imap(world.mailer) as client:
        if not client.folder_exists("All Mail"):
            client.create_folder("All Mail")
        client.select_folder("INBOX")
        client.move(client.search(["HEADER", "Message-ID", submission]), "All Mail")
        assert client.search("ALL") == []

    reply = stripped_reply(world, "Happy to meet her next week.")
    gmail.join(reply, thread_of=submission)
    world.wait_for(world.mailer, 1)
    run(world, daemon, MON + timedelta(hours=1), expect_mailer=1)
    [sub] = daemon.store.all_submissions()
    assert sub.state is State.ANSWERED and sub.reply_text.startswith("Happy to meet her")
    with world.imap(world.mailer) as client:  # read with BODY.PEEK on a read-only folder: still unread
        for folder in ("INBOX", "All Mail"):
            client.select_folder(folder, readonly=True)
            flags = client.get_flags(client.search("ALL"))
            assert flags and all(b"\\Seen" not in f for f in flags.values()), (folder, flags)
    daemon.close()
