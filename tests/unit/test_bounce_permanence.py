"""Permanent means "this mail did not arrive": a delay warning is temporary whatever its code, a give-up notice is
permanent whatever its code (README, "Bounces").

The reports are written for these tests after the plain-text templates the common servers send (Sendmail, Postfix,
Exim, qmail, Gmail, Exchange/Office 365, OpenSMTPD, Zoho), with invented names; no DSN part, so the words decide."""

import pytest

from mailer.reading.bounce import detect_bounce
from mailer.reading.parse import parse

WARNINGS = {
    "sendmail": ("Warning: could not send message for past 4 hours",
                 "    **********************************************\n"
                 "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                 "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                 "    **********************************************\n\n"
                 "The original message was received at Tue, 3 Mar 2026 06:02:11 GMT\n\n"
                 "   ----- Transcript of session follows -----\n"
                 "<dana.lee@example.net>... Deferred: Connection timed out with mx.example.net.\n"
                 "Warning: message still undelivered after 4 hours\n"
                 "Will keep trying until message is 5 days old\n"),
    "postfix": ("Delayed Mail (still being retried)",
                "This is the mail system at host out.acme.test.\n\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n"
                "Your message could not be delivered for more than 4 hour(s).\n"
                "It will be retried until it is 5 day(s) old.\n\n"
                "<dana.lee@example.net>: connect to mx.example.net[192.0.2.7]:25: Connection timed out\n"),
    "exim": ("Warning: message 1tXyZa-000Abc-7Q delayed 24 hours",
             "This message was created automatically by mail delivery software.\n"
             "A message that you sent has not yet been delivered to one or more of its\n"
             "recipients after more than 24 hours on the queue on out.acme.test.\n\n"
             "The address to which the message has not yet been delivered is:\n\n"
             "  dana.lee@example.net\n"
             "    Delay reason: SMTP error from remote mail server after RCPT TO:<dana.lee@example.net>:\n"
             "    452 4.2.2 Mailbox full\n\n"
             "No action is required on your part. Delivery attempts will continue for\n"
             "some time, and this warning may be repeated at intervals if the message\n"
             "remains undelivered. Eventually the mail delivery software will give up,\n"
             "and when that happens, the message will be returned to you.\n"),
    "gmail": ("Delivery Status Notification (Delay)",
              "This is an automatically generated Delivery Status Notification\n\n"
              "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
              "Delivery to the following recipient has been delayed:\n\n     dana.lee@example.net\n\n"
              "Message will be retried for 2 more day(s)\n\n"
              "Technical details of temporary failure:\n"
              "The error that the other server returned was: 450 4.2.2 <dana.lee@example.net>... Mailbox Full\n"),
    "exchange": ("Delivery delayed:Jane Doe for Backend",
                 "Delivery is delayed to these recipients or groups:\n\n"
                 "dana.lee@example.net (dana.lee@example.net)\n\n"
                 "Subject: Jane Doe for Backend\n\n"
                 "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                 "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 "
                 "minutes. You'll be notified if the message can't be delivered by that time.\n"),
    "opensmtpd": ("Delivery status notification: delayed",
                  "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
                  "    A message is delayed for more than 4 hours for the following\n    list of recipients:\n\n"
                  "dana.lee@example.net: 421 4.7.0 Try again later\n\n"
                  "    Please note that this is only a temporary failure report.\n"
                  "    The message is kept in the queue for up to 4 days.\n"
                  "    You DO NOT NEED to re-send the message to these recipients.\n"),
    "zoho": ("Mail Delivery Status Notification (Delay)",
             "This message was created automatically by mail delivery system.\n\n"
             "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
             "----- The following addresses had fatal errors -----\n"
             "[Status: Error, Address: <dana.lee@example.net>, ResponseCode 421, , Host not reachable.]\n\n"
             "Message will be retried for 4 more day(s)\n"),
}

GIVE_UPS = {
    "sendmail": ("Returned mail: Cannot send message for 5 days",
                 "The original message was received at Sat, 28 Feb 2026 06:02:11 GMT\n\n"
                 "   ----- The following addresses had permanent fatal errors -----\n"
                 "<dana.lee@example.net>\n\n"
                 "   ----- Transcript of session follows -----\n"
                 "<dana.lee@example.net>... Deferred: Connection timed out with mx.example.net.\n"
                 "Message could not be delivered for 5 days\nMessage will be deleted from queue\n"),
    "postfix": ("Undelivered Mail Returned to Sender",
                "This is the mail system at host out.acme.test.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "<dana.lee@example.net>: connect to mx.example.net[192.0.2.7]:25: Connection timed out\n"),
    "exim": ("Mail delivery failed: returning message to sender",
             "This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n"
             "  dana.lee@example.net\n    retry timeout exceeded\n"),
    "qmail": ("failure notice",
              "Hi. This is the qmail-send program at out.acme.test.\n"
              "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
              "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
              "<dana.lee@example.net>:\n"
              "I'm not going to try again; this message has been in the queue too long.\n"),
    "office365": ("Undeliverable: Jane Doe for Backend",
                  "Delivery has failed to these recipients or groups:\n\n"
                  "dana.lee@example.net (dana.lee@example.net)\n"
                  "The server has tried delivering this message, without success, and has stopped trying. "
                  "Try sending this message again later, or provide the following diagnostic text to your "
                  "system administrator.\n\n"
                  "Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'\n"),
    "gmail": ("Delivery Status Notification (Failure)",
              "This is an automatically generated Delivery Status Notification\n\n"
              "Delivery to the following recipient failed permanently:\n\n     dana.lee@example.net\n\n"
              "Technical details of permanent failure:\n"
              "Google tried to deliver your message, but it was rejected by the server for the recipient "
              "domain example.net by mx.example.net. [192.0.2.7].\n\n"
              "The error that the other server returned was:\n550 5.1.1 The email account does not exist.\n"),
}


def report(subject: str, text: str) -> bytes:
    return (f"From: Mail Delivery System <MAILER-DAEMON@out.acme.test>\nTo: rita@acme.test\nSubject: {subject}\n"
            f"Date: Tue, 03 Mar 2026 10:00:00 +0000\nMessage-ID: <r-{abs(hash(subject))}@out.acme.test>\n"
            f"Content-Type: text/plain; charset=us-ascii\n\n{text}").encode()


@pytest.mark.parametrize("server", sorted(WARNINGS))
def test_a_delay_warning_is_temporary_and_names_the_recipient(server):
    found = detect_bounce(parse(report(*WARNINGS[server])).parsed)
    assert found is not None and found.permanent is False
    assert found.addresses == {"dana.lee@example.net"}


@pytest.mark.parametrize("server", sorted(GIVE_UPS))
def test_a_give_up_notice_is_permanent_and_names_the_recipient(server):
    found = detect_bounce(parse(report(*GIVE_UPS[server])).parsed)
    assert found is not None and found.permanent is True
    assert found.addresses == {"dana.lee@example.net"}


REFUSED_UNTIL_CONFIRMED = """\
From: MAILER-DAEMON@out.acme.test (Mail Delivery System)
To: rita@acme.test
Subject: Undelivered Mail Returned to Sender
Message-ID: <r-2@out.acme.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

<dana.lee@example.net>: host mx.example.net said: 550 Your server requires confirmation. Visit
    https://mx.example.net/allow?ip=192.0.2.9 to confirm this mail server. (in reply to RCPT TO command)

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; out.acme.test

Final-Recipient: rfc822; dana.lee@example.net
Action: failed
Status: 5.0.0

--b--
"""

HELD_UNTIL_CONFIRMED = """\
From: Dana Lee <dana.lee@example.net>
To: rita@acme.test
Subject: Please confirm your message
Message-ID: <c-1@example.net>
Content-Type: text/plain

I am protected by a challenge-response system. Your message has been held and will be delivered once you
confirm that you are a real person: https://example.net/confirm?id=42
"""


def test_a_refusal_until_the_sender_server_confirms_is_a_bounce_but_a_held_challenge_is_not():
    # Refused at RCPT TO, the mail never arrives (permanent); held by a challenge/response system, it arrives once
    # the sender confirms (not a bounce: stopping mail to that live address would be wrong).
    refused = detect_bounce(parse(REFUSED_UNTIL_CONFIRMED.encode()).parsed)
    assert refused is not None and refused.permanent and refused.addresses == {"dana.lee@example.net"}
    assert detect_bounce(parse(HELD_UNTIL_CONFIRMED.encode()).parsed) is None


@pytest.mark.parametrize("gave_up", [
    "It could not be delivered: the destination was not reachable within the allowed queue period.",
    "I'm not going to try again; this message has been in the queue too long.",
    "Unable to deliver message after multiple retries, giving the message back to its sender.",
    "The server has tried delivering this message, without success, and has stopped trying.",
    "Delivery to this host has been failing for a long time; the message is returned to you.",
])
def test_a_report_of_a_delay_that_ended_in_giving_up_is_permanent(gave_up):
    # The words of Sisimai's "expired" table that say the server stopped (lib/Sisimai/Reason/Expired.pm); the report
    # also says the mail was delayed, which alone would make it a warning.
    text = f"Your message to dana.lee@example.net was delayed for 5 days.\n{gave_up}\n"
    found = detect_bounce(parse(report("Mail System Notification", text)).parsed)
    assert found is not None and found.permanent is True
    assert found.addresses == {"dana.lee@example.net"}


def test_a_person_writing_that_they_gave_up_or_that_something_expired_is_no_bounce():
    # The give-up words count as failure words only in mail that already looks like a server's (a daemon or null
    # sender, a report subject or structure): a manager's own words stay an answer.
    raw = ("From: Dana Lee <dana.lee@example.net>\nTo: rita@acme.test\nSubject: Re: Jane Doe for Backend\n"
           "Message-ID: <p1@example.net>\nIn-Reply-To: <s1@acme.test>\nContent-Type: text/plain\n\n"
           "I gave up on the first slot, the offer has expired after a week in the queue too long for us.\n"
           "Giving up is not an option: she has stopped trying elsewhere, so let's meet her on Friday.\n")
    assert detect_bounce(parse(raw.encode()).parsed) is None
