"""Company mail heads the general rules miss (the second Enron sample of tests/data/replies): a Lotus Notes table whose
recipient list is wrapped over many lines or holds no address, the company line at the top of Notes' boxed head,
GroupWise's ">>> … >>>" attribution, a "Forwarded by" rule whose dashes went to a line of their own, and a phone
number alone under the name that ends the text. Sentences are this file's own, in the shapes of that mail
(mailer/reading/companyheads.py)."""

import pytest

from mailer.reading.replytext import trim_reply

ANSWER = "Priya can take the Tuesday panel; I'll sit in on Thursday."
QUOTED = "\n\nWho covers the analyst interviews next week?\n\nTom\n"


@pytest.mark.parametrize("recipients", [
    # Notes wraps a long To: list at about 80 characters, without indenting the wrapped lines
    "To: Ann Lee/HOU/ACME@ACME, Bob Stone/HOU/ACME@ACME, Carla \nDiaz/HOU/ACME@ACME, Dan Ng/HOU/ACME@ACME, Eve "
    "Moss/HOU/ACME@ACME, \nFrank Ruiz/HOU/ACME@ACME, Gina Park/HOU/ACME@ACME, Hal Yu/HOU/ACME@ACME\n",
    # addresses rather than Notes names, and a wrapped cc: as well
    "To: ann.lee@acme.example, bob.stone@acme.example, carla.diaz@acme.example, \ndan.ng@acme.example, "
    "eve.moss@acme.example, frank.ruiz@acme.example, \ngina.park@acme.example\ncc: Hal Yu/HOU/ACME@ACME, Ivy "
    "Chen/HOU/ACME@ACME, Jon \nKay/HOU/ACME@ACME\n",
    # no address and no date in the table at all
    "To: undisclosed-recipients:;\n",
])
def test_a_notes_table_with_long_or_bare_recipients_is_history(recipients):
    body = f"{ANSWER}\n\n\n\nTom Hale\n03/14/2001 09:12 AM\n{recipients}cc:  \nSubject: analyst interviews{QUOTED}"
    assert trim_reply(body) == ANSWER


def test_the_table_under_an_internet_sender_and_time_line_is_history():
    body = (f"{ANSWER}\n\n\n\nrecruiting@agency.example on 12/06/2000 12:35:43 AM\nTo: undisclosed-recipients:;\n"
            f"cc:  \nSubject: .{QUOTED}")
    assert trim_reply(body) == ANSWER


def test_to_cc_subject_lines_the_person_writes_stay():
    # no Notes head (a sent time) above them: the person's own memo layout
    body = ("Here is the note I plan to send, tell me if it reads well:\n\nTo: all interviewers, hiring managers, "
            "\nthe recruiting team/HR, and the panel leads\ncc: Tom\nSubject: new interview slots\n\n"
            "Slots open on Monday.")
    assert trim_reply(body) == body


def test_a_sentence_under_a_time_line_is_no_table():
    body = (f"Her last interview was\n03/14/2001 09:12 AM\nTo: be honest, it went well.\n"
            f"Subject: to the reference, we can make an offer.")
    assert trim_reply(body) == body


@pytest.mark.parametrize("company", [
    "Acme Capital Management",
    "Acme North America Corp.",
    "Northwind Trading & Logistics Inc.",
])
def test_the_company_line_of_a_boxed_notes_head_is_history(company):
    body = (f"{ANSWER}\n\n\n   \n\t{company}\n\t\n\tFrom:  Tom Hale                           "
            f"12/04/2000 08:51 AM\n\t\n\nTo: Priya Raman/HOU/ACME@ACME\ncc:  \nSubject: interviews{QUOTED}")
    assert trim_reply(body) == ANSWER


def test_a_closing_line_above_a_boxed_head_stays():
    # the person's own last line sits right above the box, not after a blank line: it is no company line
    body = (f"{ANSWER}\n\tMany Thanks From Priya\n\t\n\tFrom:  Tom Hale                           "
            f"12/04/2000 08:51 AM\n\t\n\nTo: Priya Raman/HOU/ACME@ACME\ncc:  \nSubject: interviews{QUOTED}")
    assert trim_reply(body) == f"{ANSWER}\n\tMany Thanks From Priya"


@pytest.mark.parametrize("attribution", [
    '>>> "Hale, Tom" <tom.hale@partner.example> 01/02/01 11:12AM >>>',
    ">>> <tom.hale@partner.example> 2/16/01 10:41:43 am >>>",
    ">>> Tom Hale 03/14/2001 9:05 >>>",
])
def test_a_groupwise_attribution_opens_the_unquoted_history(attribution):
    body = f"Thanks,\nPriya\n\n{attribution}\nPriya:\n\nWho covers the analyst interviews next week?\n\nTom Hale\n"
    assert trim_reply(body) == "Thanks,\nPriya"


def test_lines_that_only_open_with_three_marks_stay():
    # a doubly quoted reply line and a Python prompt are no GroupWise attribution: no sent time, no closing ">>>"
    body = "Try this:\n\n>>> offers_sent(2001, 3)\n12\n\nSo twelve offers went out in March."
    assert trim_reply(body) == body


@pytest.mark.parametrize("rule", [
    "---------------------- Forwarded by Priya Raman/HOU/ACME on 11/16/2000 08:35 AM \n---------------------------",
    "---------------------- Forwarded by Priya Raman/HOU/ACME on 11/16/2000 \n08:35 AM ---------------------------",
])
def test_a_forwarded_by_rule_wrapped_anywhere_ends_the_note(rule):
    body = (f"Please forward this to the panel.\n\nPriya\n{rule}\n\n\nTom Hale\n11/14/2000 04:52 PM\n"
            f"To: Priya Raman/HOU/ACME@ACME\ncc:\nSubject: panel{QUOTED}")
    assert trim_reply(body) == "Please forward this to the panel.\n\nPriya"


@pytest.mark.parametrize("phone", ["503/464-7927", "(713) 853-5620", "713.853.4305", "Tel: 713-853-4305"])
def test_a_phone_alone_under_the_closing_name_is_signature(phone):
    body = f"Please tell the panel the room changed to 32C2.\n\n\nPriya Raman\n{phone}\n"
    assert trim_reply(body) == "Please tell the panel the room changed to 32C2.\n\n\nPriya Raman"
    signed = f"Please tell the panel the room changed to 32C2.\n\nThanks,\nPriya\n{phone}\n"
    assert trim_reply(signed) == "Please tell the panel the room changed to 32C2.\n\nThanks,\nPriya"


def test_a_phone_number_the_person_gives_stays():
    announced = "Her referee can take calls this week:\n\nJane Doe\n503/464-7927"
    assert trim_reply(announced) == announced
    explained = "Call this number for the gate:\n503/464-7927\n\nPriya"
    assert trim_reply(explained) == explained
    followed = "The agency's contact is\n\nJane Doe\n503/464-7927\n\nand she expects your call."
    assert trim_reply(followed) == followed


def test_a_date_alone_under_the_closing_name_is_no_phone_number():
    from mailer.reading.replytext import trim_reply
    assert trim_reply("Sounds good, start her then.\n\nThanks,\nTom\n12/14/2026\n").endswith("Tom\n12/14/2026")
    assert trim_reply("Sounds good.\n\nThanks,\nTom\n503/464-7927\n") == "Sounds good.\n\nThanks,\nTom"
