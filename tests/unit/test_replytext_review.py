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


# Found by tests/unit/test_replytext_properties.py: a short answer right above a header that does not open with "On"
@pytest.mark.parametrize("text, header", [
    ("1 yes, 2 pass", "\nRita Recruiter <rita@acme.example> escreveu no dia segunda, 7/12/2026 à(s) 10:12:\n"),
    ("interview", "man. 7. des. 2026 kl. 10:12 skrev Rita Recruiter <rita@acme.example>:"),
    ("1 yes, 2 pass", "man. 7. des. 2026 kl. 10:12 skrev Rita Recruiter\n<rita@acme.example>:"),
    ("On Monday, Jane wrote: she can start in May.", "man. 7. des. 2026 kl. 10:12 skrev Rita <rita@acme.example>:"),
    ("interview", "\nDne 07. 12. 26 v\n10:12 Rita Recruiter napsal(a):\n"),
    ("interview", "\nDen 2026-12-07 kl.\n10:12, skrev Rita Recruiter:\n"),
    ("interview", "\nRita Recruiter/ACME\nschrieb am 07.12.2026 10:12:15:\n"),
    ("interview", "\n山田太郎 (<taro.yamada@example.co.jp>) erabiltzaileak hau\nidatzi zuen (2026 abe. 7 al. (10:12)):"),
])
def test_a_short_answer_right_above_a_quote_header_is_kept_whole(text, header):
    assert trim_reply(f"{text}\n{header}\n> Hi Maria, here is Jane Doe's CV.\n> Rita\n") == text


def test_a_one_word_answer_between_quoted_sentences_is_no_rewrapped_quote():
    body = ("> Can you see Jane on Monday, or would Tuesday suit you better this week.\ninterview\n"
            "> And should I also send you Omar's CV?\nyes please\n")
    assert [x for x in trim_reply(body).split("\n") if not x.startswith(">")] == ["interview", "yes please"]


def test_an_html_reply_written_between_quoted_parts_keeps_both_answers():
    html = ('<div>Hi Rita,</div><blockquote type="cite"><div>On Dec 7, 2026, at 10:12, Rita Recruiter '
            '&lt;rita@acme.example&gt; wrote:</div><div>Can you see Jane Doe?</div></blockquote><div>interview</div>'
            '<blockquote type="cite"><div>And Omar?</div></blockquote><div>pass on him</div>')
    msg = email.message.EmailMessage()
    msg.set_content(html, subtype="html")
    got = reply_text(msg)
    assert [x for x in got.split("\n") if x.strip() and not x.startswith(">")] == ["Hi Rita,", "interview",
                                                                                   "pass on him"]
