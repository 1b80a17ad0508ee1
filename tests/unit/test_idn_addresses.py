"""A manager at an internationalised domain (a company at bücher.example) gets mail: the domain goes out in
its ASCII form in the To field and in the SMTP envelope. Before, the field held an RFC 2047 word inside the
address (no domain a mail program can read) and smtplib refused to send the address at all."""

from datetime import datetime, timedelta, timezone
import email
import email.policy

from test_outbox import smtp_server  # noqa: F401  (a real aiosmtpd server on loopback)

from helpers import make_config
from mailer.compose import Thread, compose, environment
from mailer.deliver import deliver
from mailer.model import Due, DueItem, State, Submission
from mailer.smtp import SmtpSession
from mailer.store import Store

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
IDN, ASCII = "maria@bücher.example", "maria@xn--bcher-kva.example"


def followup(config):
    sub = Submission(1, IDN, "rita@acme.test", "Jane Doe", "Backend", "Candidate: Jane Doe", "s1@acme.test", (),
                     NOW - timedelta(days=4), State.OPEN, manager_name="Maria Müller")
    due = Due("manager", IDN, IDN, (DueItem(sub, 0, timedelta(hours=20)),))
    return compose(config, environment(config.templates), due, Thread(sub.subject, ("s1@acme.test",)), "inst", NOW)


def test_the_to_field_holds_the_domains_ascii_form(tmp_path):
    mail = followup(make_config(tmp_path))
    msg = email.message_from_bytes(mail.raw, policy=email.policy.default)
    assert all(b < 128 for b in mail.raw)
    assert [a.addr_spec for a in msg["To"].addresses] == [ASCII]
    assert msg["To"].addresses[0].display_name == "Maria Müller"
    assert mail.recipients[0] == IDN  # stored as people wrote it; converted where it is sent


def test_the_smtp_envelope_carries_the_ascii_form(tmp_path, smtp_server):  # noqa: F811
    handler, port = smtp_server()
    config = make_config(tmp_path, smtp_port=port)
    store = Store(tmp_path / "x.db")
    with store.transaction():
        store.enqueue(followup(config), NOW)
    with SmtpSession(config.smtp.server) as session:
        report = deliver(store, config, session, NOW)
    assert len(report.sent) == 1, report
    assert handler.accepted == [("mailer@acme.test", [ASCII, "mailer@acme.test"])]
    store.close()


def test_a_domain_with_sharp_s_keeps_its_own_ascii_form_not_another_registrants():
    """IDNA 2008 (UTS #46): "straße.de" is xn--strae-oqa.de; the IDNA 2003 codec would send to strasse.de."""
    from mailer.wireaddress import ascii_address

    assert ascii_address("maria@straße.de") == "maria@xn--strae-oqa.de"
    assert ascii_address("x@faß.de") == "x@xn--fa-hia.de"
    assert ascii_address("maria@bücher.example") == "maria@xn--bcher-kva.example"
    assert ascii_address("m@bad..domäin") == "m@bad..domäin"  # no valid form: left for SMTP to refuse
