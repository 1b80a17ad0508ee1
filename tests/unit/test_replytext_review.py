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


@pytest.mark.parametrize("text", [
    "This email is confidential: please don't forward it, but yes, interview her.",
    "This message is intended for Rita only: pass, she is too junior.",
    "Diese E-Mail ist vertraulich, aber ja: Interview.",
])
def test_a_persons_sentence_that_opens_like_a_disclaimer_stays(text):
    assert trim_reply(text) == text
    assert trim_reply(f"{text}\n\n{HEADER}\n{QUOTE}") == text


@pytest.mark.parametrize("disclaimer", [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received\n"
    "it in error, please notify the sender and delete it.",
    "This message may contain confidential information. If you are not the intended recipient, any use is prohibited.",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie\n"
    "bitte sofort den Absender und vernichten Sie diese Mail.",
])
def test_a_real_disclaimer_under_the_text_is_still_cut(disclaimer):
    assert trim_reply(f"Interview please.\n\nMaria\n\n{disclaimer}\n") == "Interview please.\n\nMaria"


@pytest.mark.parametrize("text", [
    "Please also consider her referee:\nJohn Roe, PhD\nAcme Labs\njohn@roe.example",
    "Interview. Also invite this one:\n\nOmar\nOmar Haddad\nomar@haddad.example",
])
def test_a_contact_block_the_text_announces_is_no_signature(text):
    assert trim_reply(text) == text


def test_a_signature_block_without_a_closing_is_still_cut():
    assert trim_reply("Interview please.\n\nJohn Doe, FCLS\nAcme Labs\n555-941-0697") == "Interview please.\n\nJohn Doe, FCLS"


@pytest.mark.parametrize("text", [
    "Interview\n—\nshe's great, and Omar too if he is free.",
    "Interview her.\n* * *\nnext point: can we also see Omar on Tuesday?",
])
def test_a_lone_dash_or_spaced_rule_between_sentences_is_no_signature(text):
    assert trim_reply(text) == text


@pytest.mark.parametrize("text, want", [
    ("Interview please.\n—\nRyan", "Interview please."),
    ("Interview please.\n—\nMaria Manager\nHead of Engineering\n+49 30 1234567", "Interview please."),
    ("Interview please.\n* * *\nMaria", "Interview please."),
    (f"Interview please.\n—\nRyan\n\n{HEADER}\n{QUOTE}", "Interview please."),
])
def test_a_lone_dash_above_a_signature_still_ends_the_text(text, want):
    assert trim_reply(text) == want
