"""A device's name with a possessive names a company, not the sender's device: "Sent by Motorola's recruiter last
week too." is the person's line, and the lines under it are read (appwords.APP_LINE_RE, which applies wherever a line
stands and cuts all below). The app's own lines naming the same devices are still cut."""

import pytest

from mailer.reading.replytext import trim_reply


@pytest.mark.parametrize("body", [
    "Yes.\nSent by Motorola's recruiter last week too.\nInterview her Monday, not Tuesday.",
    "Pass.\nSent on Samsung's careers page in March, same CV.\nNot enough Go for us.",
    "Interview.\nSent via Xiaomi’s agency before, they asked 90k.\nLet's offer less.",
    "Yes please\nSent with OnePlus's referral bonus form, I think.\nCall me about it.",
    "No.\nSent by Huawei's HR in 2024 as well.\nShe wanted to relocate then too.",
])
def test_a_possessive_device_line_and_the_lines_under_it_stay(body):
    assert trim_reply(body + "\n") == body


@pytest.mark.parametrize("body, kept", [
    ("Yes.\n\nSent from my Motorola\n", "Yes."),
    ("Pass\n\nSent from my OnePlus\n", "Pass"),
    ("Interview.\nSent from my Xiaomi Redmi Note\n", "Interview."),
    ("Yes\n\nSent from my Samsung Galaxy smartphone.\n", "Yes"),
    ("Interview her.\n\nSent from my iPhone\n", "Interview her."),
])
def test_the_apps_own_lines_are_still_cut(body, kept):
    assert trim_reply(body) == kept
