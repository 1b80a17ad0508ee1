"""A failing address is told in the refusing server's own words (reading/serverreply.py), never by the name of the
rule that recognised the report, and it is marked as failing wherever the digests list its manager."""

from datetime import datetime, timedelta, timezone
import email
import email.policy
from email.message import EmailMessage

import pytest

from helpers import config_text, make_config
from mailer.compose import environment
from mailer.config.load import parse
from mailer.effects import Effects
from mailer.model import Kind, OutgoingMail
from mailer.notices import NO_REASON
from mailer.reading.bounce import Bounce, detect_bounce
from mailer.reading.classify import Verdict
from mailer.reading.parse import parse as parse_mail
from mailer.reading.serverreply import server_words
from mailer.report import digest
from mailer.store import Store

NOW = datetime(2026, 11, 4, 16, 30, tzinfo=timezone.utc)
QUENTIN = "quentin@acme.example"


def postfix_text_report(reply_lines: str) -> bytes:
    """Postfix's plain-text report, as a relay without DSN parts sends it (journey2, Wed 4 Nov)."""
    msg = EmailMessage()
    msg["From"] = "Mail Delivery System <MAILER-DAEMON@mx.acme.example>"
    msg["To"], msg["Subject"] = "mailer@acme.example", "Undelivered Mail Returned to Sender"
    msg["Message-ID"], msg["Auto-Submitted"] = "<dsn1@mx.acme.example>", "auto-replied"
    msg.set_content("This is the mail system at host mx.acme.example.\n\nI'm sorry to have to inform you that your "
                    "message could not\nbe delivered to one or more recipients.\n\n" + reply_lines +
                    "\nOriginal message headers:\nMessage-ID: <f1@acme.example>\nSubject: Re: Candidate: Kim Nguyen\n")
    return bytes(msg)


def test_a_text_report_gives_the_smtp_reply_it_quotes_not_a_rule_name():
    raw = postfix_text_report(f"<{QUENTIN}>: host mx.acme.example said: 550 5.1.1 <{QUENTIN}>: Recipient address "
                              "rejected: User unknown\n")
    found = detect_bounce(email.message_from_bytes(raw, policy=email.policy.default))
    assert found is not None and found.permanent and QUENTIN in found.addresses
    assert found.diagnostic == f"550 5.1.1 <{QUENTIN}>: Recipient address rejected: User unknown"


@pytest.mark.parametrize("text, said", [
    # Postfix wraps a long reply over indented lines and names the SMTP stage: one line, without the stage
    ("<a@x.example>: host mx.x.example[192.0.2.1] said: 550 5.1.1 <a@x.example>:\n    Recipient address rejected: "
     "User unknown in local recipient table (in reply to RCPT TO command)\n",
     "550 5.1.1 <a@x.example>: Recipient address rejected: User unknown in local recipient table"),
    # a multi-line SMTP reply repeats its code on every line (Gmail)
    ("host gmail-smtp-in.l.google.com said:\n550-5.1.1 The email account that you tried to reach does not exist.\n"
     "550 5.1.1 Please try double-checking the recipient's email address.\n",
     "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
     "recipient's email address."),
    # Exim: the next recipient's paragraph is not more of this reply
    ("  a@x.example\n    host mx.x.example: 550 5.2.2 <a@x.example>... Mailbox Full\n  b@x.example\n"
     "    host mx.x.example: 550 no such user\n", "550 5.2.2 <a@x.example>... Mailbox Full"),
    # no reply quoted: the words beside the failed address
    ("The following recipients failed:\n  a@x.example: not listed in Domino Directory\n",
     "a@x.example: not listed in Domino Directory"),
    # a date beside the address (Exchange 2003) is no reason; a number in prose is no SMTP reply
    ("a@x.example on Thu, 29 Apr 2010 00:00:00 -0000\nYour message of 450 bytes could not be delivered.\n", ""),
])
def test_the_servers_words_are_read_whole_and_trimmed(text, said):
    assert server_words(text, {"a@x.example"}) == said


def test_the_returned_originals_text_is_not_the_servers_words():
    assert server_words("Delivery failed.\n\n----- Original message -----\n550 5.1.1 quoted by a person\n") == ""


def bounced_world(tmp_path):
    config = make_config(tmp_path, trust="dkim")
    store = Store(tmp_path / "x.db")
    with store.transaction():
        sub = store.add_submission("k", "maria@acme.test", "rita@acme.test", "Jane Doe", "", "Candidate: Jane Doe",
                                   "s1@x", (), NOW - timedelta(days=2))
        out = store.enqueue(OutgoingMail("f1", "f1@acme.test", "followup", "maria@acme.test", "manager",
                                         "mailer@acme.test", ("maria@acme.test", "mailer@acme.test"), b"x",
                                         "Re: Candidate: Jane Doe"), NOW)
        store.add_listing(out, [sub])
    return config, store


def apply_bounce(config, store, found: Bounce):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = ("mailer-daemon@x.test", "mailer@acme.test",
                                                                  "Undelivered Mail", "<b1@x>")
    msg.set_content("x")
    with store.transaction():
        Effects(store, config, environment(config.templates), parse_mail(bytes(msg)), NOW).apply(
            Verdict(Kind.BOUNCE, "bounce", bounce=found))


def notice_text(store) -> str:
    [row] = [r for r in store.outbox() if r.kind == "bounce_notice"]
    return email.message_from_bytes(row.raw, policy=email.policy.default).get_body(("plain",)).get_content()


def test_a_report_quoting_no_reply_says_so_and_never_names_the_rule(tmp_path):
    config, store = bounced_world(tmp_path)
    apply_bounce(config, store, Bounce(True, frozenset({"maria@acme.test"}), "<f1@acme.test>", "heuristic:subject"))
    assert store.failing() == {"maria@acme.test": NO_REASON}
    text = notice_text(store)
    assert "heuristic" not in text and "report gives no reason" in text, text
    store.close()


def test_the_notice_quotes_the_servers_words(tmp_path):
    config, store = bounced_world(tmp_path)
    said = "550 5.1.1 <maria@acme.test>: Recipient address rejected: User unknown"
    apply_bounce(config, store, Bounce(True, frozenset({"maria@acme.test"}), "<f1@acme.test>", "heuristic:subject",
                                       said))
    assert f"The receiving mail server said: {said}" in notice_text(store)
    store.close()


def test_the_digests_mark_a_failing_managers_address_wherever_they_list_it(tmp_path):
    text = config_text(extra="digests:\n  recruiter: every monday at 08:00\n  ops: every monday at 08:00\n"
                             "ops: [olga@acme.test]\n")
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "state.db")
    now = datetime(2026, 11, 30, 9, tzinfo=timezone.utc)
    said = "550 5.1.1 <nate@acme.test>: User unknown"
    with store.transaction():
        store.add_submission("k1", "nate@acme.test", "rita@acme.test", "Omar Haddad", "", "s", "m1@x", (),
                             now - timedelta(days=7))
        store.mark_failing("nate@acme.test", now - timedelta(days=3), said)
    [row] = digest.ops(store, config, now).variables["managers"]
    assert row["failing"] == said
    [group] = digest.recruiter(store, config, "rita@acme.test", now).variables["groups"]
    assert group["candidates"][0]["note"] == "address failing, no more nudges"
    from mailer.digests import DigestDue, compose_digest
    from mailer.mentoring.schedule import Slot
    mail, _ = compose_digest(store, config, environment(config.templates),
                             DigestDue("ops", "olga@acme.test", Slot(now.date(), now)), now)
    ops_text = email.message_from_bytes(mail.raw, policy=email.policy.default).get_body(("plain",)).get_content()
    assert f"ADDRESS FAILING, no nudges reach it: {said}" in ops_text
    store.close()


def test_a_reason_an_older_mailer_stored_as_a_rule_name_is_shown_without_it(tmp_path):
    store = Store(tmp_path / "x.db")
    with store.transaction():
        store.mark_failing("quentin@acme.test", NOW, "the receiving server refused it (heuristic:subject)")
        store.mark_failing("maria@acme.test", NOW, "550 5.1.1 user unknown (heuristic:subject)")  # a server's words
    assert store.failing() == {"quentin@acme.test": NO_REASON,
                               "maria@acme.test": "550 5.1.1 user unknown (heuristic:subject)"}
    store.close()
