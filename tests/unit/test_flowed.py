"""format=flowed bodies read as their writer's lines (mailer/reading/flowed.py), and reply text read through it."""

from email.message import EmailMessage

import pytest

from mailer.reading.flowed import is_flowed, unflow
from mailer.reading.replytext import reply_text


@pytest.mark.parametrize("text, want", [
    ("Yes, let's \ninterview her.\n", "Yes, let's interview her.\n"),
    ("> Hi Maria, here is \n> Jane's CV.\n", "> Hi Maria, here is Jane's CV.\n"),
    (">> Any \n>> news?\n> Sure.\n", ">> Any news?\n> Sure.\n"),
    (" From Monday on.\n", "From Monday on.\n"),
    ("She has \n >5 years of Go.\n", "She has >5 years of Go.\n"),
    ("Thanks,\n-- \nMaria\n", "Thanks,\n-- \nMaria\n"),
    ("a \n> b\n", "a \n> b\n"),  # a soft break never joins across quote depths
    ("plain\nlines\n", "plain\nlines\n"),
])
def test_soft_breaks_join_and_stuffing_goes(text, want):
    assert unflow(text) == want


def test_delsp_drops_the_space_before_a_soft_break():
    assert unflow("火曜日に面接 \nしましょう。\n", delsp=True) == "火曜日に面接しましょう。\n"
    assert unflow("Tues \nday\n", delsp=False) == "Tues day\n"


def mail(body: str, **params: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "Maria <maria@acme.example>", "Re: Jane"
    msg.set_content(body)
    for key, value in params.items():
        msg.set_param(key, value)
    return msg


def test_only_a_flowed_part_is_unflowed():
    assert is_flowed(mail("x", format="flowed", delsp="yes")) == (True, True)
    assert is_flowed(mail("x")) == (False, False)
    body = "Yes, she has \n >5 years of Go, so interview her.\n\nOn Mon, Dec 7, 2026 at 10:12 AM Rita \n" \
           "<rita@acme.example> wrote:\n> Hi Maria, here is \n> Jane's CV.\n"
    assert reply_text(mail(body, format="flowed")) == "Yes, she has >5 years of Go, so interview her."
