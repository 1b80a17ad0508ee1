"""The quote-structure rules, each with variants written for it and a person's look-alike lines that must stay
(tests/unit/quote_structure_shapes.py is the sweep they came from)."""

import pytest

from mailer.reading.replytext import trim_reply

NOTE = "Can you look at this one? She fits the data role.\n\nThanks,\nOmar"
FORWARDED = "From: Lee Park <lee@example.net>\nDate: Tue, 8 Dec 2026 09:00\nSubject: CV\n\nHello, my CV is attached.\n"


@pytest.mark.parametrize("marker", [
    "Начало переадресованного сообщения:", "Início da mensagem encaminhada:", "Välitetty viesti alkaa:",
    "Začátek přeposlané zprávy:", "Αρχή προωθημένου μηνύματος:", "以下是转发的邮件：", "전달된 메시지:",
    "転送されたメッセージ:", "Awal pesan yang diteruskan",
])
def test_apple_mails_forward_line_in_more_languages_ends_the_note(marker):
    assert trim_reply(f"{NOTE}\n\n{marker}\n\n{FORWARDED}") == NOTE
    assert trim_reply(f"{NOTE}\n{marker}\nHello, my CV is attached.\n") == NOTE


@pytest.mark.parametrize("marker", [
    "=========== Forwarded message ===========", "=== Original message ===",
    "========== Weitergeleitete Nachricht ==========", "====== 转发邮件 ======",
    "----- Forwarded by Omar Khan/HR/ACME on 08/12/2026 09:15 AM -----",
    "----- Weitergeleitet von Omar Khan/ACME am 08.12.2026 09:15 -----",
    "----- Forwarded message from Lee Park <lee@example.net> -----",
    "----- Forwarded message from lee@example.net ---------",
])
def test_equals_rules_and_named_forward_lines_end_the_note(marker):
    assert trim_reply(f"{NOTE}\n\n{marker}\n\nLee Park\n08.12.2026 09:00\n\nHello, my CV is attached.\n") == NOTE


@pytest.mark.parametrize("text", [
    "Agenda:\n=== Monday ===\ncall Jane\n=== Tuesday ===\npanel with Omar",
    "=== Notes from the call ===\nstrong on Go, weak on SQL",
    "Begin forwarded messages to the team only after the panel, please.",
    "She sent it on:\n--- forwarded by her manager last week, who liked it a lot and wants her ---\nso yes.",
    "Start of forwarded message: I never got it. Can you resend?",
])
def test_a_persons_headings_and_sentences_about_forwarding_stay(text):
    assert trim_reply(text) == text
    assert trim_reply(f"{text}\n\nOn Mon, Dec 7, 2026 at 10:12 AM Rita <rita@acme.example> wrote:\n> Hi\n") == text


@pytest.mark.parametrize("text", [
    "The sync failed:\n2026-12-07 10:12:15 UTC ERROR sync failed for jane@example.org\nCan you check?",
    "2026-12-08 10:00 UTC: Jane\n2026-12-09 14:00 UTC: Omar",
    "2026-12-08 10:00 GMT interview with jane@example.org\n2026-12-09 11:00 GMT panel",
    "Log:\n2026/12/07 10:12 UTC job 42 done @ worker-3",
])
def test_log_and_schedule_lines_that_open_with_an_iso_date_stay(text):
    assert trim_reply(text) == text
    assert trim_reply(f"{text}\n\nOn Mon, Dec 7, 2026 at 10:12 AM Rita <rita@acme.example> wrote:\n> Hi\n") == text


@pytest.mark.parametrize("header", [
    "2026-12-07 10:12 GMT+01:00 Rita Recruiter <rita@acme.example>:",
    "2026-12-07 10:12 GMT+01:00 Rita Recruiter",
    "2026/12/7 rita via Acme Hiring <rita@acme.example>",
    "2026-12-07 10:12 GMT+01:00 Rita Recruiter <rita@\nacme.example>:",
])
def test_gmails_old_iso_date_header_still_ends_the_text(header):
    assert trim_reply(f"Yes, interview her.\n\n{header}\n\n> Hi Maria,\n> here is Jane's CV.\n") == "Yes, interview her."


HEADER = "On Mon, Dec 7, 2026 at 10:12 AM Rita <rita@acme.example> wrote:"


@pytest.mark.parametrize("signature, postscript", [
    ("-- \nOmar Khan\nData Lead, Acme", "P.S. Lee can start in March."),
    ("--\nOmar", "PS: bring the laptop"),
    ("—\nOmar Khan | Acme\n+1 555 123 4567", "P.P.S. and the badge"),
    ("Sent from my iPhone", "ps. she speaks Polish too"),
    ("-- \nOmar", "P.D. Puede empezar en marzo."),
    ("-- \nOmar", "PS She can start in March, not before."),
])
def test_a_postscript_under_the_signature_is_kept_and_the_signature_between_dropped(signature, postscript):
    body = f"Yes, invite Lee.\n\n{signature}\n\n{postscript}"
    assert trim_reply(body) == f"Yes, invite Lee.\n\n{postscript}"
    assert trim_reply(f"{body}\n\n{HEADER}\n> Hi Omar\n") == f"Yes, invite Lee.\n\n{postscript}"


@pytest.mark.parametrize("body", [
    "Yes, invite Lee.\n\n-----Original Message-----\nFrom: Lee <lee@example.net>\nSent: Monday 10:12\n"
    "To: Omar <o@acme.example>\nSubject: CV\n\nP.S. my CV is attached",
    "Yes, invite Lee.\n\n---------- Forwarded message ---------\nP.S. my CV is attached",
    "Yes, invite Lee.\n\n-- \nOmar\n\n> P.S. my CV is attached",
    "Yes, invite Lee.\n\n-- \nOmar\n\n" + HEADER + "\n> P.S. my CV is attached",
    "Yes, invite Lee.\n\n-- \nOmar\nPSychology dept, room 4",
    "Yes, invite Lee.\n\n-- \nOmar Khan\nPS Consulting GmbH\n+49 30 1234567",
])
def test_a_postscript_of_the_quoted_or_forwarded_mail_is_not_taken(body):
    assert trim_reply(body) == "Yes, invite Lee."


@pytest.mark.parametrize("body, want", [
    ("\ufeffYes, invite Lee.\n\nThanks", "Yes, invite Lee.\n\nThanks"),
    ("Yes, invite Lee.\n\u200b\nThanks\n\n" + HEADER + "\n> Hi", "Yes, invite Lee.\n\nThanks"),
    ("Yes, invite Lee.\n\xa0 \nThanks", "Yes, invite Lee.\n\nThanks"),
    ("Yes, invite Lee.\n\u2060\ufeff\nThanks", "Yes, invite Lee.\n\nThanks"),
])
def test_a_byte_order_mark_and_invisible_blank_lines_are_no_text(body, want):
    assert trim_reply(body) == want


@pytest.mark.parametrize("name", ["Omar", "—Omar", "Omar Khan", "O. Khan"])
def test_a_signed_name_alone_under_the_quote_is_kept_and_the_quote_dropped(name):
    body = f"Yes, invite Lee.\n\n{HEADER}\n> Hi Omar,\n> here is Lee's CV.\n\n{name}\n"
    assert trim_reply(body) == f"Yes, invite Lee.\n\n{name}"


def test_an_answer_under_the_quote_still_keeps_the_quote():
    body = f"Yes, invite Lee.\n\n{HEADER}\n> Can you also see Ana?\n\nyes, Ana on Friday\n"
    assert "> Can you also see Ana?" in trim_reply(body)


@pytest.mark.parametrize("mark", ["|", ":"])
def test_a_trailing_quote_marked_with_a_bar_or_colon_goes(mark):
    body = f"Yes, invite Lee.\n\nOmar\n\n{mark} Hi Omar,\n{mark}\n{mark} here is Lee's CV.\n{mark} Rita\n"
    assert trim_reply(body) == "Yes, invite Lee.\n\nOmar"


@pytest.mark.parametrize("text", [
    "Slots:\n| Day | Time |\n| Tue | 10:00 |\n| Wed | 14:00 |",
    "Great call!\n:) really\n:D she was great",
    "Yes.\n\n| only one line with a bar",
    "Scores:\n: 4/5 on Go\n| 3/5 on SQL",
    "| Tue 10:00 Jane\n| Wed 14:00 Omar",
    "Slots that work:\n\n| Tue 10:00 Jane\n| Wed 14:00 Omar",
])
def test_a_persons_table_smileys_and_single_marked_lines_stay(text):
    assert trim_reply(text) == text
