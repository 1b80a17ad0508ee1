"""Company-mail shapes the fourth Enron sample of tests/data/replies showed, which the reader already gets right and
which must stay right while other reply rules change: a Notes head indented with spaces over its To:/cc:/Subject:
table, "From: X on <date> <time> CDT" over its table, a name line two blank lines under the text, initials at the
end of the text's own line, a line to a second person under the signer's name, and a quoted-printable body whose
tabs and line ends came as =09 and =20. Sentences are this file's own, in the shapes of that mail; the hard
negatives are a person's own lines that look like a head, a signature or a table."""

from email import message_from_bytes, policy

import pytest

from mailer.reading.replytext import reply_text, trim_reply

ANSWER = "Priya can take the Tuesday panel; Tom covers Thursday."
TABLE = "To: Dana Lee/HOU/ACME@ACME\ncc:  \nSubject: analyst interviews\n\nWho covers the panels next week?\n"


@pytest.mark.parametrize("head", [
    "   Dana Lee                04/09/2001 04:35 PM\n\n",          # space-indented name and time on one line
    "From: Dana Lee on 10/20/2000 01:42 PM CDT\n",                 # "From: X on <time> <zone>"
    "Dana Lee@ACME\n01/16/2001 01:50 PM\n",                       # the sender's Notes name over the time
])
def test_a_notes_head_over_its_table_is_history(head):
    body = f"{ANSWER}\n\nThanks,\nKay\n\n\n\n\n\n{head}{TABLE}"
    assert trim_reply(body) == f"{ANSWER}\n\nThanks,\nKay"


def test_a_name_two_blank_lines_under_the_text_is_kept():
    body = f"Monday 4/10 works for the panel.\n\n\nVince\n\n\n\n\n\nDana Lee@ACME\n04/05/2000 02:55 PM\n{TABLE}"
    assert trim_reply(body) == "Monday 4/10 works for the panel.\n\n\nVince"


def test_initials_at_the_end_of_the_text_line_are_kept():
    body = ("Same thought here after the shortlist went out.  Will add her to the next round. thx. kd\n\n"
            " -----Original Message-----\nFrom: \tLee, Dana  \nSent:\tWednesday, September 12, 2001 11:11 AM\n"
            "To:\tDenne, Kim\nSubject:\tshortlist\n\nShould Paula be on the list?\n")
    assert trim_reply(body) == ("Same thought here after the shortlist went out.  Will add her to the next round. "
                                "thx. kd")


def test_a_line_to_a_second_person_under_the_name_is_the_persons_text():
    text = ("FYI,\nSkip the offer letter for the Dallas candidate.  Call me with questions.\n\nThank you,\nClaudia\n\n"
            "Wendi:  Please add Albert to the interview panel list.")
    body = f"\n{text}\n\n\n -----Original Message-----\nFrom: \tLee, Dana  \nSent:\tThursday, October 04, 2001 6:04 PM\n" \
           "To:\tClark, Claudia\nSubject:\tOffers 10-4-01\n\nOffers attached.\n"
    assert trim_reply(body) == text


@pytest.mark.parametrize("body", [
    # the person's own schedule written in a head's shape, with nothing quoted under it
    "Here is who sits where on Friday:\n\n   Dana Lee                10:00 AM\n   Tom Hale                11:30 AM\n\n"
    "Thanks,\nKay",
    # a "From: ... on ..." sentence the person writes
    "From: the recruiters on Monday we heard the offer went out.\n\nKay",
    # a title-like line the person writes as a sentence under the name, asking something
    "Works for me.\n\nKay\n\nDana:  can you book the room for 2pm?",
])
def test_the_persons_own_lines_in_those_shapes_stay(body):
    assert trim_reply(body) == body


def test_a_quoted_printable_notes_forward_is_read_as_its_decoded_text():
    raw = (b"From: kay@acme.example\r\nTo: dana@acme.example\r\nSubject: FW: panel notes\r\nMime-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=ANSI_X3.4-1968\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           b"Please see the panel notes below that Tom typed up after the interview with =\r\nthe=20\r\n"
           b"Dallas candidate.\r\n\r\n"
           b"----- Forwarded by Kay Mann/NA/Acme on 01/10/2001 09:22 AM -----\r\n\r\n"
           b"=09Tom Hale\r\n=0901/10/2001 09:01 AM\r\n=09=09=20\r\n=09=09 To: Kay Mann/NA/Acme@ACME\r\n"
           b"=09=09 cc:=20\r\n=09=09 Subject: panel notes\r\n\r\nStrong on analysis, weak on the case study.\r\n")
    message = message_from_bytes(raw, policy=policy.default)
    # "=20" keeps the space Notes wrote before its line end; as in the corpus check, whitespace is not judged
    assert reply_text(message).split() == ("Please see the panel notes below that Tom typed up after the interview "
                                           "with the Dallas candidate.").split()
