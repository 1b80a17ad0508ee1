"""A listed manager's or recruiter's own From outranks what only their Reply-To or display name says (review 5):
a CRM or ticket desk that sets a per-recipient Reply-To, or a client that shows "Root" as the name, on a listed
person's address is no robot; the same signs on anyone else's mail, and a robot's own From, still are.

The mails are written for these tests, with invented hosts and addresses."""

import pytest

from helpers import make_config
from mailer.model import Kind
from mailer.reading.machine import machine_signs
from mailer.reading.parse import parse
from robot_sign_mail import in_thread, mail


# ---- a listed sender's Reply-To and display name ----

@pytest.mark.parametrize("reply_to", [
    "Maria via Tracker <reply-rita=acme.test@crm.example.com>",   # a CRM's per-recipient reply address
    "reply+rita=acme.test@tickets.example.net",                   # a ticket desk's, "+" and "="
    "answers_rita_at_acme.test@inbound.example.org",              # "_at_" spelling
    "jira+mailer=acme.test@acme.atlassian.example",               # spells mailer's own address (in Cc)
])
def test_a_listed_managers_reply_is_heard_whatever_reply_to_spells(tmp_path, reply_to):
    raw = mail(f"From: Maria Manager <maria@acme.test>\nReply-To: {reply_to}")
    verdict = in_thread(raw, make_config(tmp_path))
    assert verdict.kind is Kind.REPLY and verdict.answers == (1,)


def test_a_listed_recruiters_mail_with_such_a_reply_to_is_hers(tmp_path):
    raw = mail("From: Rita Recruiter <rita@acme.test>\nReply-To: ats-maria=acme.test@mail.ats.example",
               to="To: Maria Manager <maria@acme.test>\nCc: mailer@acme.test\n", body="Any news on Jane?\n")
    verdict = in_thread(raw, make_config(tmp_path))
    assert verdict.kind is Kind.OTHER_REPLY and verdict.speaker == "recruiter"


@pytest.mark.parametrize("headers", [
    # the same Reply-To from a sender nobody listed: a mass mailing's, as before
    "From: Tracker Notifications <notify@crm.example.com>\nReply-To: reply-rita=acme.test@crm.example.com",
    # a listed manager's name over a per-recipient From: the From itself is the robot's
    "From: Maria Manager <reply-rita=acme.test@crm.example.com>",
])
def test_a_per_recipient_address_still_marks_other_senders(tmp_path, headers):
    raw = mail(headers)
    sender = parse(raw).sender.email
    verdict = in_thread(raw, make_config(tmp_path), manager=sender)
    assert verdict.kind is Kind.IGNORED and "per-recipient" in verdict.reason


@pytest.mark.parametrize("name", ["Root", "Charlie Root", "ROOT  USER", "root"])
def test_a_listed_manager_whose_client_shows_a_system_accounts_name_is_heard(tmp_path, name):
    raw = mail(f"From: {name} <maria@acme.test>")
    verdict = in_thread(raw, make_config(tmp_path))
    assert verdict.kind is Kind.REPLY and verdict.answers == (1,)


@pytest.mark.parametrize("headers", [
    "From: Root <dana@example.net>",           # the name on a stranger's address: a script's, as before
    "From: Charlie Root <reports@bsd1.example.org>",
    "From: Maria Manager <root@acme.test>",    # a system account's address: no person writes from it
])
def test_a_system_account_still_marks_other_senders(tmp_path, headers):
    raw = mail(headers)
    verdict = in_thread(raw, make_config(tmp_path), manager=parse(raw).sender.email)
    assert verdict.kind is Kind.IGNORED and "system account" in verdict.reason


def test_a_listed_managers_other_machine_signs_still_count(tmp_path):
    # only the Reply-To is set aside: an MTA's failure stamp on the same mail is still no answer
    raw = mail("From: Maria Manager <maria@acme.test>\nReply-To: reply-rita=acme.test@crm.example.com\n"
               "X-Failed-Recipients: jane@example.net")
    assert in_thread(raw, make_config(tmp_path)).kind is not Kind.REPLY
