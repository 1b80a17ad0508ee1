"""Robot-sender addresses as one rule each (review 5): a surname "Bounce" is a person's whatever joins it to the
given name, while a bounce collector's address stays a robot's; a recipient's address spelled inside a sender's
local part counts only as whole words of it.

The mails are written for these tests, with invented hosts and addresses."""

import pytest

from helpers import make_config
from mailer.model import Kind
from mailer.reading.machine import machine_signs
from mailer.reading.parse import parse
from robot_sign_mail import in_thread, mail


# ---- a surname "Bounce" and a bounce collector ----

@pytest.mark.parametrize("sender", [
    "Jane Bounce <jane_bounce@example.net>",
    "Jane Bounce <jane-bounce@example.net>",
    "John Bounce <john.bounce@example.net>",
    "\"Bounce, Jane\" <jane.bounce@example.net>",
    "Jane Q. Bounce <jane-bounce@example.net>",
])
def test_a_person_named_bounce_is_a_person_whatever_joins_the_names(tmp_path, sender):
    raw = mail(f"From: {sender}", body="Yes, let's meet her on Thursday.\n")
    assert machine_signs(parse(raw).parsed) is None
    assert in_thread(raw, make_config(tmp_path), manager=parse(raw).sender.email).kind is Kind.REPLY


@pytest.mark.parametrize("sender", [
    "Mail System <bounce@mailer.example.com>",         # with a display name: the collector rule reads it
    "bounce-4471@mail.example.com",
    "bounce+a1b2c3@em.example.com",
    "bounces+88@send.example.net",
    "hiring-team-bounces@lists.example.org",
    "automated-bounces+7F00-11AA@email.example.com",
    "mailer-bounce@example.com",                       # a collector's singular name, no display name
    "Acme Mailer <mailer-bounce@acme-news.example>",   # the display name is no person named Bounce
    "Trap Monitoring <monitor-bounce@traps.example.org>",
    "news.bounce@letters.example.com",                 # the "." spelling, no person's name over it
])
def test_a_bounce_collectors_address_stays_a_robots(tmp_path, sender):
    raw = mail(f"From: {sender}", body="Please find this period's figures below.\n")
    assert machine_signs(parse(raw).parsed) == "bounce-collector sender address"
    assert in_thread(raw, make_config(tmp_path), manager=parse(raw).sender.email).kind is Kind.IGNORED


@pytest.mark.parametrize("sender", ["bounces@lists.example.org", "bounce@mailer.example.com"])
def test_a_bare_bounce_mailbox_is_machine_mail(tmp_path, sender):
    # "bounce@" and "bounces@" alone are read as an MTA's own account, before the collector rule
    raw = mail(f"From: {sender}", body="Please find this period's figures below.\n")
    assert machine_signs(parse(raw).parsed) == "null or daemon sender"
    assert in_thread(raw, make_config(tmp_path), manager=parse(raw).sender.email).kind is Kind.IGNORED


@pytest.mark.parametrize("sender", [
    "Club Bouncer <club-bouncer@example.net>",   # a longer word
    "Bouncey Castle <bouncey@example.net>",
    "Dana Lee <dana.bounceback@example.net>",
])
def test_words_that_only_contain_bounce_are_no_collector(tmp_path, sender):
    raw = mail(f"From: {sender}", body="Yes, let's meet her on Thursday.\n")
    assert machine_signs(parse(raw).parsed) is None


# ---- a recipient's address spelled in a sender's local part ----

@pytest.mark.parametrize("sender, to", [
    ("Data Lee <xa=b.co@relay.example.net>", "To: a@b.co\n"),                  # "a=b.co" inside "xa=b.co"
    ("Jo Ann <joann=acme.test@relay.example.net>", "To: ann@acme.test\n"),     # "ann" inside "joann"
    ("Rita Other <rita=acme.test.example@relay.example.net>", "To: rita@acme.test\n"),  # another domain
])
def test_a_recipient_spelled_only_inside_a_longer_word_is_no_sign(sender, to):
    assert machine_signs(parse(mail(f"From: {sender}", to=to)).parsed) is None


@pytest.mark.parametrize("sender, to", [
    ("Alerts <alerts-rita=acme.test@notify.example.com>", "To: rita@acme.test\n"),
    ("rita=acme.test@notify.example.com", "To: rita@acme.test\n"),
    ("Replies <reply+rita=acme.test-77@em.example.com>", "To: rita@acme.test\n"),
    ("Desk <removes_a-AT-b.co@reporting.example.org>", "To: a@b.co\n"),
])
def test_a_recipient_spelled_as_whole_words_is_still_a_sign(sender, to):
    assert machine_signs(parse(mail(f"From: {sender}", to=to)).parsed) == "per-recipient sender address"
