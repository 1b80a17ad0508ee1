"""Attachments a client wrote into the body as text, Lotus Notes' "(See attached file: …)" notices and a uuencoded
file between "begin 644 name" and "end", are no part of the reply (the eighth real sample of tests/data/replies, RT's
users' mail; mailer/reading/inlineattachments.py). Sentences are this file's own; the hard negatives are a person's
own words about attached files and uuencode, code that begins and ends, and a notice between the person's
paragraphs, which marks where they put the file and stays."""

import binascii
from email.message import EmailMessage

import pytest

from mailer.reading.replytext import reply_text, trim_reply

TEXT = "Hi Rita,\n\nHere is the signed offer letter for Jane Doe. Legal approved the start date."
SIGNED = f"{TEXT}\n\nRegards,\nDana"


def uuencoded(name: str, data: bytes) -> str:
    """A file as uuencode writes it: "begin 644 name", 45-byte lines, the empty line "`" and "end"."""
    lines = [binascii.b2a_uu(data[i:i + 45], backtick=True).decode().rstrip("\n") for i in range(0, len(data), 45)]
    return "\n".join([f"begin 644 {name}", *lines, "`", "end"])


PICTURE = uuencoded("portrait.jpg", bytes(range(256)) * 3)


@pytest.mark.parametrize("notice", [
    "(See attached file: offer_jane_doe.pdf)",
    "(See attached file: offer_jane_doe.pdf)(See attached file: start_date_memo.doc)",
    "(Embedded image moved to file: pic03211.jpg)",
    "  (See attached file: Offer Letter - Jane Doe.pdf)  ",
])
def test_a_notes_attachment_notice_under_the_name_is_dropped(notice):
    assert trim_reply(f"{SIGNED}\n\n{notice}\n") == SIGNED


def test_a_notice_whose_file_name_holds_parentheses_is_left_as_written():
    # "(signed)" closes the notice early; rather keep a line of Notes' than cut one that might be the person's
    body = f"{SIGNED}\n\n(See attached file: Offer (signed).pdf)"
    assert trim_reply(body) == body


def test_a_notice_between_the_persons_paragraphs_is_kept_as_written():
    # it marks where the person put the file, as the Enron tuning label of such a mail keeps it
    body = ("Rita,\n\nThe panel's scorecard is attached.\n\n(See attached file: scorecard.xls)\n\n"
            "Let me know if the panel needs more from me.\n\nThanks\nDana")
    assert trim_reply(body) == body


def test_a_notice_under_the_name_and_above_the_quoted_history_is_dropped():
    body = (f"{SIGNED}\n\n(See attached file: offer_jane_doe.pdf)\n\n\n\n"
            "Rita Recruiter@ACME\n12/07/2026 10:12 AM\n\nTo:   Dana Manager/ACME@ACME\ncc:\n"
            "Subject:  Jane Doe offer\n\nCan you send the signed letter?\n")
    assert trim_reply(body) == SIGNED


def test_a_long_run_of_notices_goes_under_the_name_and_stays_between_paragraphs():
    # thousands of notices: each is judged by the first line under the run, as a single notice is
    run = "(See attached file: a.pdf)\n" * 3000
    assert trim_reply(f"{SIGNED}\n\n{run}") == SIGNED
    between = f"Rita,\n\nThe scorecards are attached.\n\n{run}\nLet me know.\n\nDana"
    assert trim_reply(between) == between


def test_the_german_notice_is_dropped():
    body = ("Hallo Rita,\n\nanbei der Lebenslauf von Jane.\n\nGruß\nDana\n\n"
            "(Siehe angehängte Datei: Lebenslauf_Jane.pdf)")
    assert trim_reply(body) == "Hallo Rita,\n\nanbei der Lebenslauf von Jane.\n\nGruß\nDana"


def test_a_uuencoded_picture_under_the_closing_is_dropped_with_notes_lines_about_it():
    body = (f"{SIGNED}\n\n(See attached file: portrait.jpg)\n\n(UUEncoded file named: portrait.jpg follows)\n"
            f"(Its format is: JPEG File Interchange )\n\n{PICTURE}\n\n")
    assert trim_reply(body) == SIGNED


def test_text_written_under_a_uuencoded_file_is_kept():
    body = f"Her portfolio, as she sent it:\n\n{PICTURE}\n\nI liked the second project most.\n\nDana"
    assert " ".join(trim_reply(body).split()) == "Her portfolio, as she sent it: I liked the second project most. Dana"


def test_the_quote_under_a_notice_is_still_history():
    body = ("Fine by me, Tuesday works.\n\n(See attached file: panel.doc)\n\n"
            "On Mon, 7 Dec 2026 at 10:12, Rita Recruiter <rita@acme.example> wrote:\n"
            "> Can Jane Doe meet the panel on Tuesday?\n")
    assert trim_reply(body) == "Fine by me, Tuesday works."


def test_a_whole_notes_mail_loses_its_uuencoded_attachment():
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Dana Manager <dana@acme.example>", "rita@acme.example", "Re: Jane Doe"
    msg.set_content(f"{SIGNED}\n\n(See attached file: portrait.jpg)\n\n{PICTURE}\n")
    assert reply_text(msg) == SIGNED


@pytest.mark.parametrize("body", [
    # a person's words about an attachment: no Notes colon-and-parenthesis notice
    "Please see the attached file: I marked the open questions in red.\n\nDana",
    "Her portfolio is attached (see attached file for the second project).\n\nDana",
    "(See attached file list below)\n- cv.pdf\n- portfolio.pdf",
    # a person explaining uuencode: the lines under "begin 644" are words, with lower-case letters
    "To decode it, the file must start with this line:\nbegin 644 report.txt\nand finish with a line that reads\nend",
    # Pascal's begin/end around code
    "The check she wrote in the exercise:\nbegin\n  if score > 70 then hire := true;\nend\n\nNeat.",
    # "begin 644 name" over two uuencode-like lines that no "end" closes
    "begin 644 notes.txt\nMAY BE LATE\nSEE YOU THERE\n\nDana",
])
def test_a_persons_own_lines_about_files_and_begin_end_are_kept(body):
    assert trim_reply(body) == body
