"""A list server that refuses a post sends a notice from its own robot about the mail it refused; for mailer that
mail reached no member, a permanent bounce naming the list (mailer/reading/listnotice.py). The notices below are
written for these tests in the shape of fml, Mailman 3, Sympa, LISTSERV and a loop guard, with invented names;
the negatives are people's mail and robots' mail that is no refusal."""

import pytest

from mailer.reading.bounce import detect_bounce
from mailer.reading.parse import parse

OUR_ID = "<c2f1.candidate-17@acme.test>"


def mail(headers: str, body: str) -> bytes:
    return (headers.strip() + "\nDate: Tue, 3 Mar 2026 09:00:00 +0000\nMessage-ID: <n1@lists.example.org>\n\n"
            + body).encode()


REFUSALS = {
    "fml non-member": (
        f"From: panel-admin@lists.example.org\nTo: rita@acme.test\nSubject: You are not member (panel ML)\n"
        f"References: {OUR_ID}\nX-MLServer: fml [fml 4.0.3 release]\nX-ML-Name: panel",
        "You are not a member of this mailing list <panel@lists.example.org>.\n\n"
        "If you know the general guide of this list, send the word guide to\n\n\tpanel-ctl@lists.example.org\n",
        {"panel@lists.example.org"}),
    "mailman 3 rejection": (
        f"From: hiring-owner@lists.acme-partner.test\nTo: rita@acme.test\n"
        f"Subject: Your message to hiring@lists.acme-partner.test was rejected\nIn-Reply-To: {OUR_ID}\n"
        "List-Id: <hiring.lists.acme-partner.test>\nX-Mailman-Version: 3.3.8",
        "Your message to the hiring@lists.acme-partner.test mailing-list was rejected for the following\n"
        "reasons:\n\nThe message is not from a list member\n\nThe original message as received by Mailman is "
        "attached.\n",
        {"hiring@lists.acme-partner.test"}),
    "sympa rejection": (
        f"From: sympa@lists.example.edu\nTo: rita@acme.test\nSubject: Message rejected\nReferences: {OUR_ID}",
        "Your message for list interview-panel@lists.example.edu has been rejected.\n"
        "You are not allowed to send messages to this list.\n",
        {"interview-panel@lists.example.edu"}),
    "listserv not authorised": (
        f"From: L-Soft list server at LISTS.EXAMPLE.COM <LISTSERV@LISTS.EXAMPLE.COM>\nTo: rita@acme.test\n"
        f"Subject: Re: Interview for Jane Doe\nIn-Reply-To: {OUR_ID}",
        "You are not authorized to send mail to the PANEL-L list from your rita@acme.test account.\n"
        "Please contact PANEL-L-request@LISTS.EXAMPLE.COM for help.\n",
        set()),
    "loop guard": (
        f"From: owner-panel@example.org\nTo: rita@acme.test\nSubject: Loop Alert (panel ML)\nReferences: {OUR_ID}\n"
        "X-ML-Name: panel",
        "Mail loop detected: your mail to <panel@example.org> was not distributed.\n\n"
        "Original mail as follows:\n\n   From: rita@acme.test\n   Subject: Interview for Jane Doe\n",
        {"panel@example.org"}),
}


@pytest.mark.parametrize("name", REFUSALS)
def test_a_list_servers_refusal_of_our_post_is_a_permanent_bounce_naming_the_list(name):
    headers, body, listed = REFUSALS[name]
    found = detect_bounce(parse(mail(headers, body)).parsed)
    assert found is not None and found.rule == "list:refused" and found.permanent
    assert {a.lower() for a in found.addresses} == {a.lower() for a in listed}  # never the list's own robots


def test_the_refused_post_attached_to_a_mailman_notice_is_not_read_for_the_refusal():
    # Structure decides where the words count: a refusal attached as message/rfc822 but a hold notice on top.
    raw = mail(f"From: hiring-owner@lists.acme-partner.test\nTo: rita@acme.test\nIn-Reply-To: {OUR_ID}\n"
               "List-Id: <hiring.lists.acme-partner.test>\nSubject: Your message awaits moderator approval\n"
               "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=X",
               "--X\nContent-Type: text/plain\n\nYour mail to 'hiring' is being held until the list moderator can "
               "review it for approval.\n\n--X\nContent-Type: message/rfc822\n\nFrom: rita@acme.test\n"
               "Subject: Interview\n\n" + "Filler line about the interview panel.\n" * 40
               + "You are not allowed to post to this list, Bob said.\n--X--\n")
    assert detect_bounce(parse(raw).parsed) is None


NOT_REFUSALS = {
    "mailman hold notice": (
        f"From: hiring-owner@lists.acme-partner.test\nTo: rita@acme.test\nIn-Reply-To: {OUR_ID}\n"
        "List-Id: <hiring.lists.acme-partner.test>\nX-Mailman-Version: 2.1.39\n"
        "Subject: Your message to hiring awaits moderator approval",
        "Your mail to 'hiring' with the subject\n\n    Interview for Jane Doe\n\nIs being held until the list "
        "moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a "
        "members-only list\n"),
    "a person's list post quoting a refusal": (
        f"From: Dana Lee <dana@example.net>\nTo: panel@lists.example.org\nIn-Reply-To: {OUR_ID}\n"
        "List-Id: <panel.lists.example.org>\nSubject: Re: Interview for Jane Doe",
        "Rita, your first mail got 'You are not allowed to post to this mailing list' - I added you now.\n"
        "Thursday at 10 works for me.\n\nDana\n"),
    "a recruiter forwarding a refusal with a question": (
        "From: Rita Recruiter <rita@acme.test>\nTo: ops@acme.test\n"
        "Subject: Fwd: Your message to hiring@lists.acme-partner.test was rejected",
        "Do you know why the panel list refuses us? Can we post there?\n\n---------- Forwarded message ---------\n"
        "From: hiring-owner@lists.acme-partner.test\n\nYour message to the hiring@lists.acme-partner.test "
        "mailing-list was rejected for the following reasons:\n\nThe message is not from a list member\n"),
    "a parcel that could not be delivered": (
        "From: Parcels <no-reply@parcels.example.com>\nTo: rita@acme.test\nSubject: Your delivery\n"
        f"References: {OUR_ID}\nList-Unsubscribe: <mailto:unsubscribe@parcels.example.com>",
        "Your parcel could not be delivered today: you are not a member of the pick-up programme.\n"
        "We will try again tomorrow.\n"),
    "a list's welcome message, about no mail of ours": (
        "From: mailman@lists.example.org\nTo: rita@acme.test\nSubject: Welcome to the \"panel\" mailing list\n"
        "List-Id: <panel.lists.example.org>",
        "Welcome to the panel mailing list! Note that you are not allowed to post until a moderator approves "
        "your first message.\n"),
}


@pytest.mark.parametrize("name", NOT_REFUSALS)
def test_peoples_mail_and_robots_other_notices_are_no_list_refusal(name):
    headers, body = NOT_REFUSALS[name]
    assert detect_bounce(parse(mail(headers, body)).parsed) is None
