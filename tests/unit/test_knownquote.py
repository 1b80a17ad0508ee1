"""A reply that quotes mailer's own mail keeps only the person's words, whatever quoted it (knownquote.py).

Every original here is mailer's real mail, composed from the shipped templates (a check-in, a follow-up, an
invitation); every reply is written here the way a client we do not know would quote it. The reply goes through
replytext first, as in the daemon, then the known-quote cut."""

from dataclasses import replace
from datetime import datetime, timezone
from email.message import EmailMessage
import email.policy
import textwrap

import pytest

from helpers import make_config
from mailer.cli.check import sample_dues
from mailer.compose import Envelope, Thread, compose, compose_notice, environment
from mailer.model import NOTICE_SAMPLES
from mailer.reading.knownquote import KnownMail, known_mail, reply_words, without_known_quote
from mailer.reading.parse import parse
from mailer.reading.replytext import trim_reply

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def sent(tmp_path_factory):
    """mailer's own mail, as the outbox stores it: name → raw bytes."""
    config = make_config(tmp_path_factory.mktemp("kq"))
    env = environment(config.templates)
    mails = {}
    for name in ("mentor_checkin", "mentor_invitation"):
        envelope = Envelope(key=f"t:{name}", kind=name, manager="", audience="mentoring",
                            sender_name="Rita Recruiter via Acme Recruiting", to="nadia@example.com")
        mails[name] = compose_notice(config, env, name, envelope, NOTICE_SAMPLES[name], "t", NOW).raw
    due = next(d for d in sample_dues(config) if not d.grouped and d.audience == "manager")
    mails["followup"] = compose(config, env, due, Thread("Candidate: Jane Doe", ("s1@x",)), "t", NOW).raw
    return mails


def plain(raw: bytes) -> str:
    """The mail's text part, without the "--" footer a client's quote would carry too."""
    return known_mail(raw).texts[0].rstrip("\n")


def body(raw: bytes) -> str:
    """The mail's text above its "--" footer (what a person sees as the message)."""
    return plain(raw).split("\n--\n")[0].rstrip()


def quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def read(reply: str, raw: bytes) -> str:
    """The daemon's reading: replytext's rules, then the cut of the known mail."""
    return without_known_quote(trim_reply(reply), known_mail(raw))


# --------------------------------------------------------------------------------------- the original is cut
def test_a_quote_with_marks_under_a_header_in_a_language_replytext_does_not_know(sent):
    original = plain(sent["mentor_checkin"])
    reply = "Curiosity, mostly.\n\nRita Recruiter kirjutas teisipäeval\n" + quoted(original) + "\n\nNadia"
    assert read(reply, sent["mentor_checkin"]) == "Curiosity, mostly.\n\nNadia"
    assert "Rita Recruiter kirjutas" in trim_reply(reply)  # what replytext alone left in the journal


@pytest.mark.parametrize("block", [
    "Lähettäjä: Rita Recruiter via Acme Recruiting <mailer@acme.test>\nLähetetty: tiistai 1. joulukuuta 2026 10.00\n"
    "Vastaanottaja: Nadia Mentor <nadia@example.com>\nAihe: Mentoring check-in",
    "Kimden: Rita Recruiter via Acme Recruiting <mailer@acme.test>\nGönderildi: 1 Aralık 2026 Salı 10:00\n"
    "Kime: Nadia Mentor <nadia@example.com>\nKonu: Mentoring check-in",
    "Από: Rita Recruiter via Acme Recruiting <mailer@acme.test>\nΑποστολή: Τρίτη, 1 Δεκεμβρίου 2026 10:00 πμ\n"
    "Προς: Nadia Mentor <nadia@example.com>\nΘέμα: Mentoring check-in",
    "差出人: Rita Recruiter via Acme Recruiting <mailer@acme.test>\n送信日時: 2026年12月1日 10:00\n"
    "宛先: Nadia Mentor <nadia@example.com>\n件名: Mentoring check-in",
    # Welsh and Icelandic: blocks replytext's header rules do not know at all
    "Oddi wrth: Rita Recruiter <mailer@acme.test>\nAnfonwyd: Dydd Mawrth, 1 Rhagfyr 2026 10:00\n"
    "At: Nadia Mentor <nadia@example.com>\nPwnc: Mentoring check-in",
    "________________________________\nFrá: Rita Recruiter <mailer@acme.test>\nSent: 1. desember 2026 10:00\n"
    "Til: Nadia <nadia@example.com>\nEfni: Mentoring check-in",
], ids=["fi", "tr", "el", "ja", "cy", "is"])
def test_no_marks_under_an_outlook_block_in_any_language(sent, block):
    reply = f"Curiosity, mostly. Ask what they built.\n\n{block}\n\n{plain(sent['mentor_checkin'])}"
    assert read(reply, sent["mentor_checkin"]) == "Curiosity, mostly. Ask what they built."
    # the cut alone, without replytext's rules in front of it, finds the block and the copy too
    assert without_known_quote(reply, known_mail(sent["mentor_checkin"])) == "Curiosity, mostly. Ask what they built."


def test_welsh_and_icelandic_blocks_are_what_replytext_left(sent):
    """The two blocks above that make the cut necessary: replytext keeps them and the check-in under them."""
    for block in ("Oddi wrth: Rita Recruiter <mailer@acme.test>\nAnfonwyd: Dydd Mawrth, 1 Rhagfyr 2026 10:00\n"
                  "At: Nadia Mentor <nadia@example.com>\nPwnc: Mentoring check-in",
                  "Frá: Rita Recruiter <mailer@acme.test>\nSent: 1. desember 2026 10:00\nTil: Nadia <nadia@example.com>"
                  "\nEfni: Mentoring check-in"):
        left = trim_reply(f"Curiosity.\n\n{block}\n\n{plain(sent['mentor_checkin'])}")
        assert "What makes a great hire on your team?" in left


def test_a_quote_re_wrapped_at_60_columns(sent):
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in body(sent["mentor_checkin"]).split("\n\n"))
    assert max(map(len, wrapped.split("\n"))) <= 60 and wrapped != body(sent["mentor_checkin"])
    reply = f"Projects first, still.\n\nPada 1 Des, Rita menulis\n\n{quoted(wrapped)}"
    assert read(reply, sent["mentor_checkin"]) == "Projects first, still."
    reply = f"Projects first, still.\n\n{wrapped}"  # and without marks
    assert read(reply, sent["mentor_checkin"]) == "Projects first, still."


def test_an_html_reply_quoting_the_html_part(sent):
    """An HTML-only reply whose client quotes mailer's HTML part in a plain <div> under a header in its own
    language: the HTML turned to text is cut by the words of mailer's HTML part."""
    source = email.message_from_bytes(sent["mentor_checkin"], policy=email.policy.default)
    html = source.get_body(("html",)).get_content()
    inner = html.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Nadia <nadia@example.com>", "mailer@acme.test", "Re: check-in"
    msg["In-Reply-To"] = "<checkin@acme.test>"
    msg.set_content(f"<html><body><div>Hire for <b>judgement</b>, teach the rest.</div><br>"
                    f"<div><b>Oddi wrth:</b> Rita Recruiter &lt;mailer@acme.test&gt;<br><b>Anfonwyd:</b> 1 Rhagfyr "
                    f"2026 10:00<br><b>Pwnc:</b> check-in</div><div>{inner}</div></body></html>", subtype="html")
    parsed = parse(msg.as_bytes())
    assert "What makes a great hire" in reply_words(parsed)  # not known: replytext's reading alone
    assert reply_words(replace(parsed, answers_own=sent["mentor_checkin"])) == "Hire for judgement, teach the rest."


def test_only_the_first_paragraph_quoted(sent):
    first = body(sent["mentor_invitation"]).split("\n\n")[:2]  # "Hi Nadia," and the invitation's paragraph
    reply = "Happy to! Tuesdays work best.\n\nRita skrev:\n" + "\n\n".join(first)
    assert read(reply, sent["mentor_invitation"]) == "Happy to! Tuesdays work best."


def test_the_copy_above_the_answer_with_no_mark(sent):
    """Top-quoting by a client that puts the history first and writes no mark at all."""
    reply = f"{body(sent['followup'])}\n\ninterview\n\nMaria"
    assert read(reply, sent["followup"]) == "interview\n\nMaria"


def test_the_copy_below_the_answer_with_no_header_at_all(sent):
    reply = f"pass - too junior for this role\n\n{plain(sent['followup'])}"
    assert read(reply, sent["followup"]) == "pass - too junior for this role"


# --------------------------------------------------------------------------------------- the person's words stay
def test_one_sentence_of_the_prompt_repeated_in_the_answer_is_kept(sent):
    """One line is no copy: the person may well repeat the question to answer it."""
    reply = ("What makes a great hire on your team?\nSomeone who asks why before how.\n\n"
             "Reply to all when it suits you; a few lines are plenty. Well, here are more than a few.")
    assert read(reply, sent["mentor_checkin"]) == trim_reply(reply)
    assert "What makes a great hire on your team?" in read(reply, sent["mentor_checkin"])


def test_inline_answers_under_each_quoted_part_read_as_replytext_reads_them(sent):
    """The journal keeps an inline answer with the quoted part it answers, marked "> " (replytext's reading):
    the known-quote cut changes none of it."""
    original = body(sent["mentor_checkin"]).split("\n\n")
    head, figures = "\n\n".join(original[:4]), original[4]
    reply = (f"{quoted(head)}\n\nSomeone who asks why before how.\n\n{quoted(figures)}\n\nThanks, happy to help."
             f"\n\n{quoted(chr(10).join(original[5:]))}")
    today = trim_reply(reply)
    assert ">   What makes a great hire on your team?" in today and "Someone who asks why" in today
    assert read(reply, sent["mentor_checkin"]) == today


def test_a_reply_to_a_mail_not_in_the_outbox_is_read_as_before(sent):
    reply = f"Curiosity.\n\nOddi wrth: Rita\nAnfonwyd: 1 Rhagfyr 2026 10:00\n\n{plain(sent['mentor_checkin'])}"
    msg = parse(f"From: Nadia <nadia@example.com>\nTo: mailer@acme.test\nSubject: Re: x\n"
                f"In-Reply-To: <someone-else@acme.test>\n\n{reply}".encode())
    assert msg.answers_own is None and reply_words(msg) == trim_reply(reply)


def test_a_reply_that_is_all_copy_has_no_words(sent):
    """Nothing of the person's: the journal keeps nothing ("the mentor answered a check-in without words of their
    own"), a manager's reply is an answer without text and without a command (nudging stops, as for an empty reply)."""
    assert read(f"Oddi wrth: Rita\nAnfonwyd: 1 Rhagfyr 2026 10:00\n\n{plain(sent['followup'])}", sent["followup"]) == ""


def test_a_different_mail_of_mailer_is_no_copy(sent):
    """The cut reads the mail the reply answers, not all of mailer's wording: a follow-up quoted under a reply to
    the check-in stays."""
    reply = f"Curiosity.\n\n{body(sent['followup'])}"
    assert read(reply, sent["mentor_checkin"]) == trim_reply(reply)


def test_an_empty_known_mail_changes_nothing():
    assert without_known_quote("interview\n\nHi Maria,\nJust a gentle nudge", KnownMail(())) == \
        "interview\n\nHi Maria,\nJust a gentle nudge"


def test_the_persons_own_labelled_lines_and_sign_off_above_the_copy_stay(sent):
    """"Label: value" lines of the person's own (a time and a room) are no header block unless they stand right
    above the copy; a sign-off right above it stays too."""
    reply = f"interview\nWhen: Tuesday 10:00\nWhere: room 4\n\nBest,\nMaria\n\n{plain(sent['followup'])}"
    assert read(reply, sent["followup"]) == "interview\nWhen: Tuesday 10:00\nWhere: room 4\n\nBest,\nMaria"
    reply = "interview\nWhen: Tuesday 10:00\nWhere: room 4"
    assert read(reply, sent["followup"]) == reply


def test_a_header_left_at_the_end_when_replytext_cut_the_quote_under_it(sent):
    """replytext cut the quote but not a header in a language it does not know: one naming the known mail's
    sender goes too; the person's own last line naming someone else stays."""
    reply = f"interview\n\nRita Recruiter kirjutas teisipäeval\n{quoted(plain(sent['followup']))}"
    assert "kirjutas" in trim_reply(reply) and read(reply, sent["followup"]) == "interview"
    assert read("interview\n\nPriya will join us at 10", sent["followup"]) == "interview\n\nPriya will join us at 10"


def test_a_sender_name_in_encoded_words_is_read_for_its_attribution():
    known = known_mail(b"From: =?utf-8?q?Ren=C3=A9e_R=C3=A9cruteur?= via Acme <m@acme.test>\n\n"
                       b"Hi Maria,\nJust a gentle nudge on Jane Doe for the Backend role, sent on Mon 23 Nov.\n")
    assert "Renée Récruteur" in known.senders
    reply = ("interview\n\nRenée Récruteur kirjutas teisipäeval\n> Hi Maria,\n> Just a gentle nudge on Jane Doe for the "
             "Backend role, sent on Mon 23 Nov.")
    assert without_known_quote(reply, known) == "interview"
