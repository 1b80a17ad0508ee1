"""A signature with no closing above it: the signed name and job title on one line, address, phone and link lines
under it (Outlook's and Gmail's company signatures). The name line is kept, the lines under it are dropped."""

import pytest

from mailer.reading.replytext import trim_reply

ANSWER = "Yes, let's interview her on Tuesday. Friday works too."


@pytest.mark.parametrize("signer, block", [
    ("Jane Doe, Head of People", "Acme Robotics GmbH\nFriedrichstr. 12, 10117 Berlin\n+49 30 1234567"),
    ("Jane Doe | Talent Acquisition Lead", "T: +1 (415) 555-0199 | M: +1 (415) 555-0142\nwww.acme.example"),
    ("Omar Khan – Senior Recruiter", "omar.khan@acme.example\nwww.acme.example | Careers | Blog"),
    ("Maria Lopez, VP Engineering", "12 Harbour Road, Leith EH6 6LX\nhttps://acme.example/careers"),
])
def test_address_phone_and_link_lines_under_a_name_and_title_are_cut(signer, block):
    assert trim_reply(f"{ANSWER}\n\n{signer}\n{block}\n") == f"{ANSWER}\n\n{signer}"


def test_a_blank_line_between_the_name_and_its_address_block_changes_nothing():
    body = f"{ANSWER}\n\nJane Doe, Head of People\n\n46 Market Street, Springfield 12345\nP: 800-555-0100 | C: 818-555-0123\n"
    assert trim_reply(body) == f"{ANSWER}\n\nJane Doe, Head of People"


def test_a_candidate_named_after_an_unfinished_line_keeps_their_contact():
    body = "Please also look at\n\nOmar Khan, Data Engineer\nomar.khan@example.com\n+1 555 123 4567\n"
    assert trim_reply(body) == body.strip()


def test_sentences_under_a_name_and_title_are_the_persons_own():
    body = f"{ANSWER}\n\nJane Doe, Head of People\ncall her on 555 123 4567 tomorrow\nShe is free after 3.\n"
    assert trim_reply(body) == body.strip()


def test_a_shortlist_of_names_and_titles_with_a_link_stays():
    body = ("Here is my shortlist for Friday.\n\nMaria Lopez, Backend Engineer\nOmar Khan, Data Engineer\n"
            "https://ats.acme.example/shortlist/42\n")
    assert trim_reply(body) == body.strip()

