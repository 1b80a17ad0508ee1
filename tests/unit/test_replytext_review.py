"""An adversarial review of the reply-text rules: a person's own words that look like a header, a signature, a
separator or a disclaimer stay; quotes above, below and between the answer are told from it (plain and HTML)."""

import email.message

import pytest

from mailer.reading.replytext import reply_text, trim_reply

HEADER = "On Mon, Dec 7, 2026 at 10:12 AM, Rita Recruiter <rita@acme.example> wrote:"
QUOTE = "> Hi Maria, here is Jane Doe's CV.\n> Reply \"interview\", \"pass\" or \"snooze 3d\".\n"


@pytest.mark.parametrize("text", [
    # header words whose values are no sender, recipient or date: a team, a time range, a salary range
    "Yes, forward it.\n\nFrom: Maria\nTo: the team\nPlease see Jane on Monday.",
    "interview\n\nFrom: Maria\nTo: the whole team\nSubject: Jane\nShe is great, let's meet her.",
    "pass\n\nFrom: 9:00\nTo: 17:00\nDate: 2026-12-09\n\nthat is when I'm free",
    "interview. The ad I posted:\n\nTitle: Senior Backend Engineer\nDate: 2026-12-01\nFrom: 80k\nTo: 95k\n\nThanks",
])
def test_header_words_in_a_persons_text_stay(text):
    assert trim_reply(text) == text
    assert trim_reply(f"{text}\n\n{HEADER}\n{QUOTE}") == text


def test_a_real_header_block_with_names_only_is_still_cut():
    block = "From: Rita Recruiter\nSent: Monday, December 7, 2026 10:12 AM\nTo: Maria Manager\nSubject: Jane Doe"
    assert trim_reply(f"Interview please.\n\n{block}\n\nHi Maria, pass or interview?\n") == "Interview please."
    block = "From: Rita Recruiter <rita@acme.example>\nTo: Maria Manager\nSubject: Jane Doe"
    assert trim_reply(f"Interview please.\n\n{block}\n\nHi Maria, pass or interview?\n") == "Interview please."
