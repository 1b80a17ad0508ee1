"""Refusals that are not RFC 3464 failures: a Sieve "reject" sent back as a disposition notification (RFC 5429;
Dovecot and Cyrus say "Automatically rejected mail"), a notice that the mail "did not reach the recipient", and a
filter's notice that it holds the mail and "will deliver it with delay" (temporary). Plus: an address such a
notice gives as its helpdesk ("please send comments to …") is not a failed recipient.

The notices are written for these tests in the shapes servers send, with invented names; the hard negatives are a
person's words about the same things."""

import pytest

from mailer.reading.bounce import detect_bounce
from mailer.reading.parse import parse


def mail(headers: str, body: str) -> bytes:
    return (headers.strip() + "\nTo: rita@acme.test\nDate: Tue, 24 Nov 2026 08:00:00 +0000\n"
            "Message-ID: <n1@mx.example.net>\n\n" + body).encode()


def sieve_reject(sender: str, subject: str, text: str, blank_after_boundary: bool = False) -> bytes:
    gap = "\n" if blank_after_boundary else ""  # a relay that puts a blank line after each boundary
    return (f"From: {sender}\nTo: rita@acme.test\nSubject: {subject}\nDate: Tue, 24 Nov 2026 08:00:00 +0000\n"
            "Message-ID: <rej1@mx.example.net>\nAuto-Submitted: auto-replied (rejected)\nPrecedence: bulk\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b9\"\n\n"
            f"--b9\n{gap}Content-Type: text/plain; charset=utf-8\n\n{text}\n"
            f"--b9\n{gap}Content-Type: message/disposition-notification\n\n"
            "Reporting-UA: mx.example.net; Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; dana.lee@example.net\n"
            "Original-Message-ID: <s1@acme.test>\nDisposition: automatic-action/MDN-sent-automatically; deleted\n\n"
            f"--b9\n{gap}Content-Type: message/rfc822\n\nFrom: rita@acme.test\nTo: dana.lee@example.net\n"
            "Subject: Jane Doe for Backend\nMessage-ID: <s1@acme.test>\n\nPlease have a look.\n--b9--\n").encode()


@pytest.mark.parametrize("sender, subject, text, gap", [
    ("Mail Delivery Subsystem <postmaster@mx.example.net>", "Automatically rejected mail",
     "Your message to <dana.lee@example.net> was automatically rejected:\nMailbox closed, please use jobs@.", False),
    ("Mail Delivery Subsystem <postmaster@mx.example.net>", "Automatically rejected mail", "", True),
    ("Cyrus <MAILER-DAEMON@imap.example.net>", "Automatically rejected mail",
     "Your message was automatically rejected by Sieve, a mail\nfiltering language.\n\nThe following reason was "
     "given:\nNo mail from this domain.", False),
    ("postmaster@mx.example.net", "Message rejected", "Your message to dana.lee@example.net was automatically "
     "rejected.", False),
])
def test_a_sieve_reject_is_a_permanent_bounce(sender, subject, text, gap):
    found = detect_bounce(parse(sieve_reject(sender, subject, text, gap)).parsed)
    assert found is not None and found.permanent, found
    assert found.addresses <= {"dana.lee@example.net"}


def test_a_sieve_reject_names_the_recipient_its_text_names():
    raw = sieve_reject("Mail Delivery Subsystem <postmaster@mx.example.net>", "Automatically rejected mail",
                       "Your message to <dana.lee@example.net> was automatically rejected:\nGone fishing.")
    assert detect_bounce(parse(raw).parsed).addresses == frozenset({"dana.lee@example.net"})


@pytest.mark.parametrize("raw", [
    # a person asking about a rejection, in their own words and under their own address
    mail("From: Dana Lee <dana.lee@example.net>\nSubject: Rejected mail?",
         "Rita, my message to Sam was automatically rejected, do you know why? Jane is a yes.\n"),
    mail("From: Dana Lee <dana.lee@example.net>\nSubject: Message rejected by the committee",
         "The budget message was rejected. Let's interview Jane anyway.\n"),
    # a read receipt from a person's own client, "deleted" without being read: delivered, not refused
    sieve_reject("Dana Lee <dana.lee@example.net>", "Not read: Jane Doe for Backend",
                 "Your message to dana.lee@example.net was deleted without being read."),
])
def test_a_persons_words_about_a_rejection_and_a_read_receipt_are_no_bounce(raw):
    assert detect_bounce(parse(raw).parsed) is None


@pytest.mark.parametrize("headers, body", [
    ("From: postmaster@mx.example.net\nSubject: Notification",
     "Your message did not reach some or all of the intended recipients.\n\n"
     "      Subject: Jane Doe for Backend\n      Sent: 24/11/2026 08:00\n\n"
     "The following recipient(s) cannot be reached:\n\n      dana.lee@example.net on 24/11/2026 08:01\n"),
    ("From: Postmaster <postmaster@mx.example.net>\nSubject: Blocked Message (RBL block)",
     "Message sent from your address:\n\nSubject: Jane Doe for Backend\nRecipient(s):\ndana.lee@example.net\n\n"
     "Did not reach the recipient. Reasons for block listed below.\n\nThe message was rejected by an RBL server.\n"),
])
def test_did_not_reach_the_recipient_from_a_daemon_is_a_permanent_bounce(headers, body):
    found = detect_bounce(parse(mail(headers, body)).parsed)
    assert found is not None and found.permanent, found
    assert found.addresses == frozenset({"dana.lee@example.net"})


@pytest.mark.parametrize("held", [
    "Message was suspected as SPAM and will be delivered to recipient with delay (about 12 AM or 4 PM).",
    "The message is held in quarantine and will be delivered later, after review.",
    "Your mail will be delivered to the recipient with a delay of up to 4 hours.",
])
def test_a_filter_holding_the_mail_for_later_delivery_is_a_temporary_bounce(held):
    body = ("Message sent from your address:\n\nSubject: Jane Doe for Backend\nRecipient(s):\ndana.lee@example.net\n\n"
            f"Did not reach the recipient yet.\n\n{held}\n\n"
            "Any help or comment please send to sysadmin@mx.example.net\n")
    found = detect_bounce(parse(mail("From: Postmaster <postmaster@mx.example.net>\nSubject: Blocked Message",
                                     body)).parsed)
    assert found is not None and not found.permanent, found
    assert found.addresses == frozenset({"dana.lee@example.net"})


@pytest.mark.parametrize("helpdesk", [
    "Any help or comment please send to helpdesk@mx.example.net",
    "If you have questions, write to it-help@mx.example.net.",
    "Please contact the mail administrator at admin@mx.example.net",
])
def test_the_notices_own_helpdesk_address_is_not_a_failed_recipient(helpdesk):
    body = ("Message sent from your address:\n\nSubject: Jane Doe for Backend\nRecipient(s):\n"
            f"dana.lee@example.net\n\nDid not reach the recipient: blocked by policy.\n{helpdesk}\n")
    found = detect_bounce(parse(mail("From: Postmaster <postmaster@mx.example.net>\nSubject: Blocked Message",
                                     body)).parsed)
    assert found is not None and found.addresses == frozenset({"dana.lee@example.net"})


@pytest.mark.parametrize("tail", [". Sorry.", ".", ", sorry."])
def test_prose_punctuation_after_a_failed_address_is_not_part_of_it(tail):
    body = ("This message was created automatically by mail delivery software.\n\n"
            f"A message that you sent could not be delivered to dana.lee@example.net{tail}\n")
    found = detect_bounce(parse(mail("From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
                                     "Subject: Mail delivery failed", body)).parsed)
    assert found is not None and found.addresses == frozenset({"dana.lee@example.net"})


@pytest.mark.parametrize("failed", [
    "We could not send mail to dana.lee@example.net: mailbox unavailable.",
    "Unable to deliver your message to dana.lee@example.net (user unknown).",
])
def test_a_failed_recipient_after_send_or_deliver_words_is_still_named(failed):
    body = f"This message was created automatically by mail delivery software.\n\n{failed}\n"
    found = detect_bounce(parse(mail("From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
                                     "Subject: Mail delivery failed", body)).parsed)
    assert found is not None and found.addresses == frozenset({"dana.lee@example.net"})


@pytest.mark.parametrize("words", [
    "My mail to Sam did not reach the recipient, it seems. Anyway, Jane is a yes.",
    "Your invite will be delivered to the recipients later, I'm told. Thursday works for Jane.",
])
def test_a_persons_words_about_delivery_are_no_bounce(words):
    assert detect_bounce(parse(mail("From: Dana Lee <dana.lee@example.net>\nSubject: Re: Jane Doe for Backend",
                                    words + "\n")).parsed) is None
