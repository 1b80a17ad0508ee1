"""Company mail as Lotus Notes and company signatures write it (the Enron sample of tests/data/replies): the sender and
sent-time lines Notes puts above the quoted mail's To:/cc:/Subject: table, a "Forwarded by" rule the client wrapped
over two lines, and a signer's line that carries an extension or is signed with a dash. Sentences are this file's
own, in the shapes of that mail (mailer/reading/notesheads.py, mailer/reading/signerlines.py)."""

import pytest

from mailer.reading.replytext import trim_reply

ANSWER = "Thursday at 10 works for me. I'll book the small room.\n\nPriya"
TABLE = "To: Priya Raman/HOU/ACME@ACME\ncc: Tom Hale/HOU/ACME@ACME\nSubject: Re: panel for the analyst role\n"
QUOTED = "\nCan you sit on the panel for the analyst candidate this week?\n\nTom\n"


@pytest.mark.parametrize("head", [
    "Tom Hale\n03/14/2001 09:12 AM\n",  # name over the sent time
    "Tom Hale@ACME\n03/14/2001 09:12 AM\n",  # Notes' "Name@DOMAIN"
    "\tTom Hale\n\tSent by: Tom Hale\n\t03/14/2001 09:12 AM\n\t\t\n",  # tab-indented, with "Sent by:"
    '"Hale, Tom" <tom.hale@partner.example> on 03/14/2001 09:12:45 AM\n',  # Internet mail: sender "on" time
    "tom.hale@partner.example on 14.03.2001 09:12\nPlease respond to <tom.hale@partner.example>\n",  # day first, 24h
    "Tom Hale   03/14/2001 09:12 AM\n\n",  # sender and time on one line, a gap between
    "Tom Hale @ ACME                03/14/2001 09:12 AM\n",
])
def test_a_notes_head_over_the_quoted_table_is_not_the_answer(head):
    body = f"{ANSWER}\n\n\n\n{head}{TABLE}{QUOTED}"
    assert trim_reply(body) == ANSWER


def test_a_forwarded_by_rule_wrapped_over_two_lines_ends_the_note():
    body = ("Looks like a fit for the desk. Can you call her this week?\n\nkd\n"
            "---------------------- Forwarded by Karla Dunn/HOU/ACME on 05/18/2001 \n"
            "07:02 PM ---------------------------\n\n\nJane Roe <jane.roe@example.com> on 05/18/2001 01:28:43 PM\n"
            "To: karla.dunn@acme.example\ncc:\nSubject: my resume\n\nPlease find my resume attached.\n")
    assert trim_reply(body) == "Looks like a fit for the desk. Can you call her this week?\n\nkd"


def test_a_time_written_in_the_answer_stays():
    # a date and time on a line of its own, with no To:/cc:/Subject: table under it, is the person's
    body = "The interview is set for\n03/14/2001 09:12 AM\nin room 32C2.\n\nPriya"
    assert trim_reply(body) == body


def test_a_sentence_naming_a_time_above_the_table_stays():
    # "… on 03/14/2001 at 9" is a sentence: no bare "on" right before the time at the line's end
    body = (f"She can start on 03/14/2001 at 9 if the offer goes out today.\n\nPriya\n\n"
            f"Tom Hale\n03/13/2001 05:20 PM\n{TABLE}{QUOTED}")
    assert trim_reply(body) == "She can start on 03/14/2001 at 9 if the offer goes out today.\n\nPriya"


@pytest.mark.parametrize("signer, block", [
    ("-Grace", "x8321"),
    ("--Stinson", "x3-4791"),
    ("- Rob", "ext. 2231\n(713) 555-0142"),
])
def test_the_extension_under_a_dash_signed_name_is_signature(signer, block):
    body = f"The 1pm interview will be in the Cascade room.\n\n{signer}\n{block}\n"
    assert trim_reply(body) == f"The 1pm interview will be in the Cascade room.\n\n{signer}"


@pytest.mark.parametrize("signer, block", [
    ("Samuel x3-9890 (GCP Team)", "Acme Net Works _ Global Data Management"),
    ("Jane Doe ext. 2231", "Senior Recruiter\nAcme Robotics"),
])
def test_the_department_under_a_name_with_its_extension_is_signature(signer, block):
    body = f"Any changes will be highlighted in blue.\n\nBest regards\n\n{signer}\n{block}\n"
    assert trim_reply(body) == f"Any changes will be highlighted in blue.\n\nBest regards\n\n{signer}"


def test_a_sentence_under_a_dash_signed_name_stays():
    body = "Room changed to 32C2.\n\n-Grace\nCall me at x8321 if you need me.\n"
    assert trim_reply(body) == body.strip()


def test_a_list_of_dash_names_stays():
    body = "Who is on the panel:\n\n-Grace\n-Omar\nx8321 is the room phone\n"
    assert trim_reply(body) == body.strip()


def test_a_sentence_under_a_name_with_extension_stays():
    body = "Call the desk.\n\nSamuel x3-9890 (GCP Team)\nhe knows the deal and can confirm it today.\n"
    assert trim_reply(body) == body.strip()


def test_a_lower_case_line_with_an_extension_is_no_signer():
    body = "Who covers the desk?\n\ncall me x8321\nAcme Trading Floor\n"
    assert trim_reply(body) == body.strip()


@pytest.mark.parametrize("body", [
    "The patch is fine, apply it.[1]\n\n-Carl\n\n[1] http://example.org/notes",
    "Looks good to me.\n\n-Carl\n[*] http://example.org/x",
    "Applied, thanks.\n\n- Jiang\nhttp://example.org/tree",
])
def test_footnotes_and_links_under_a_dash_signed_name_stay(body):
    # the reply labels keep footnotes written under a name signed with a dash (tests/data/replies/README.md)
    assert trim_reply(body) == body
