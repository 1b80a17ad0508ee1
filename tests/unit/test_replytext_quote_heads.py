"""The head of a quote above the answer: a "[...]" where the replier cut the quote, a "From:/Date:" block as Mew
and other clients write their attribution, a quoted "-----Original Message-----" / Outlook block (the classes of
the real list mail in tests/data/replies/notmuch_corpus, written here in our own sentences)."""

import pytest

from mailer.reading.replytext import trim_reply

WROTE = "On Mon, Dec 7, 2026 at 10:12 AM, Rita Recruiter <rita@acme.example> wrote:"


@pytest.mark.parametrize("mark", ["[...]", "[…]", "[ ... ]", "[snip]", "<snip>", "[snipped]", "[schnipp]", "...",
                                  "…"])
def test_a_cut_mark_between_quoted_lines_is_part_of_the_quote(mark):
    body = (f"{WROTE}\n> Jane Doe applied for the Backend role.\n>\n{mark}\n> Could you see her on Tuesday or on "
            "Wednesday?\n\nTuesday at 10 works for me.\n\nMaria\n")
    assert trim_reply(body) == "Tuesday at 10 works for me.\n\nMaria"


def test_a_cut_mark_with_blank_lines_around_it_is_part_of_the_quote():
    body = f"{WROTE}\n> Here is Omar's CV.\n\n[...]\n\n> Is he a fit for the team?\n\nNot yet, pass for now.\n"
    assert trim_reply(body) == "Not yet, pass for now."


@pytest.mark.parametrize("body", [
    "Let me think about her.\n\n...\n\nOK, interview her on Tuesday.",  # the person's own pause
    "I read the CV.\n[...]\nShe looks strong, interview her.",           # not between two quoted lines
    "Interview her.\n\n[snip]\n\nThe rest of your list can wait.",
])
def test_a_cut_mark_in_the_persons_own_text_stays(body):
    assert trim_reply(body) == body


def test_a_cut_mark_under_the_quote_and_above_the_answer_is_not_taken_into_the_quote():
    got = trim_reply(f"{WROTE}\n> Can you see her on Tuesday?\n...\nyes, Tuesday")
    assert got.endswith("...\nyes, Tuesday")


@pytest.mark.parametrize("block", [
    "From: Rita Recruiter <rita@acme.example>\nDate: Mon, 7 Dec 2026 10:12:00 +0100",
    "From: Rita Recruiter <rita@acme.example>\nSubject: Jane Doe for Backend\nDate: Mon, 7 Dec 2026 10:12:00 +0100",
    "Von: Rita Recruiter <rita@acme.example>\nDatum: Mo., 7. Dez. 2026 10:12",
    "De : Rita Recruiter <rita@acme.example>\nDate : lun. 7 déc. 2026 10:12",
])
def test_a_header_block_above_the_quote_takes_the_quote_with_it(block):
    body = f"{block}\n\n> Can you see Jane Doe on Tuesday?\n> She is free all day.\n\nYes, Tuesday at 10 works.\n"
    assert trim_reply(body) == "Yes, Tuesday at 10 works."


def test_a_header_block_with_the_persons_text_under_it_keeps_the_text():
    body = "From: Rita Recruiter <rita@acme.example>\nDate: Mon, 7 Dec 2026 10:12:00 +0100\n\nInterview her, please.\n"
    assert trim_reply(body) == "Interview her, please."


@pytest.mark.parametrize("head", [
    "> -----Original Message-----\n> From: Rita Recruiter [mailto:rita@acme.example]\n"
    "> Sent: Monday, December 07, 2026 10:12 AM\n> To: Maria Manager\n> Subject: Jane Doe for Backend",
    "> From: Rita Recruiter [mailto:rita@acme.example]\n> Sent: Monday, December 07, 2026 10:12 AM\n"
    "> To: Maria Manager\n> Cc: Omar Haddad; Jane Smith; hiring@acme.example\n> Subject: Jane Doe for Backend",
    "> -----Ursprüngliche Nachricht-----\n> Von: Rita Recruiter [mailto:rita@acme.example]\n"
    "> Gesendet: Montag, 7. Dezember 2026 10:12\n> An: Maria Manager\n> Betreff: Jane Doe",
    "> -----Original Message-----\n>\n> Could you see her on Tuesday?",
])
def test_a_quoted_outlook_head_above_the_answer_goes_with_its_quote(head):
    body = f"{head}\n>\n> Could you see her on Tuesday?\n> Rita\n\nYes, Tuesday at 10.\n\nMaria\n"
    assert trim_reply(body) == "Yes, Tuesday at 10.\n\nMaria"


def test_a_quoted_outlook_head_under_the_answer_is_history():
    body = ("Yes, Tuesday at 10.\n\n> -----Original Message-----\n> From: Rita Recruiter [mailto:rita@acme.example]\n"
            "> Sent: Monday, December 07, 2026 10:12 AM\n> To: Maria Manager\n> Subject: Jane Doe\n>\n"
            "> Could you see her on Tuesday?\n")
    assert trim_reply(body) == "Yes, Tuesday at 10."


@pytest.mark.parametrize("quoted", [
    "> From: the look of her CV, she is senior.",          # a quoted sentence that opens like a header
    "> From: Maria\n> To: the team",                      # a person's own two lines, no date, no address
])
def test_a_quoted_line_that_only_looks_like_a_header_stays_the_answers_context(quoted):
    # (a quote with no header above the answer stays as its context, as the project's convention has it)
    got = trim_reply(f"{quoted}\n\nAgreed, interview her.\n")
    assert got.startswith(quoted.split("\n")[0]) and got.endswith("Agreed, interview her.")
