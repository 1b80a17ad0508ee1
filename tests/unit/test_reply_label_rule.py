"""The annotators' label-correction rule for reply text (tests/reply_label_rule.py): a header-less quote that opens
the body, right above the person's words, belongs to the label; a quote under its own header does not."""

from reply_label_rule import corrected, opening_quote

ANSWER = "Yes, Tuesday works.\n\nDana"


def test_a_header_less_quote_above_the_answer_is_put_back_at_the_label_head():
    body = "> Can you meet him on Tuesday?\n\nYes, Tuesday works.\n\nDana\n"
    assert corrected(body, ANSWER) == "> Can you meet him on Tuesday?\n\n" + ANSWER


def test_leading_blank_lines_and_a_quote_of_several_lines_are_one_quote():
    body = "\n\n> Can you meet him\n> on Tuesday?\n>\n> Rita\n\nYes, Tuesday works.\n"
    assert opening_quote(body) == ("> Can you meet him\n> on Tuesday?\n>\n> Rita", "Yes, Tuesday works.")


def test_a_wrapped_line_that_lost_its_mark_stays_inside_the_quote():
    body = "> a long quoted line that the client\nwrapped here\n> and the quote goes on\n\nAcked.\n"
    assert opening_quote(body) == ("> a long quoted line that the client\nwrapped here\n> and the quote goes on",
                                   "Acked.")


def test_a_nested_quote_ending_in_a_colon_is_not_taken_for_a_header():
    body = "> > it fails to build, I get this:\n>\n> Fixed already.\n\nStill broken here.\n"
    assert corrected(body, "Still broken here.") is not None


def test_a_quote_under_its_own_header_is_history_and_left_out():
    for head in ("> On Mon, 6 Jan 2020, Rita wrote:", "> Am 06.01.2020 schrieb Rita:",
                 "> -----Original Message-----", "> From: Rita Recruiter [mailto:rita@acme.test]",
                 "> Von: Rita Recruiter"):
        body = f"{head}\n> Can you meet him on Tuesday?\n\nYes, Tuesday works.\n"
        assert corrected(body, "Yes, Tuesday works.") is None, head


def test_nothing_changes_when_the_body_opens_with_the_person_or_the_label_already_has_the_quote():
    assert corrected("Yes, Tuesday works.\n\n> Can you meet him?\n", "Yes, Tuesday works.") is None
    body = "> Can you meet him on Tuesday?\n\nYes, Tuesday works.\n"
    assert corrected(body, "> Can you meet him on Tuesday?\n\nYes, Tuesday works.") is None


def test_a_label_that_does_not_start_under_the_quote_is_left_for_a_person_to_read():
    body = "> Can you meet him on Tuesday?\n\nOn Mon, Rita wrote:\n> earlier\n\nYes.\n"
    assert corrected(body, "Yes.") is None


def test_a_body_that_is_only_a_quote_has_no_opening_quote():
    assert opening_quote("> only quoted\n>\n") is None
