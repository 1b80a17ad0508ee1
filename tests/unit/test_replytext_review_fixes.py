"""A manager's answer that this session's company-mail and list-archive rules took for a head, a tag, a signature
line or a contact (review 3 of round 7): a line ending in a date and time over an Outlook block, a command under
the quote above a webmail signature, a P.S. or a command under a name written with its extension, and a time
written "at 14.30". Each reply must keep its answer and its command; the mail the rules were written for (Lotus
Notes heads, "jm~" over a signature, Enron departments, archived "x at y.org" addresses) is still read as before.
Sentences are this file's own (mailer/reading/notesheads.py, signature.py, signerlines.py, replymarkers.py)."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from mailer.reading.commands import parse_commands
from mailer.reading.replytext import trim_reply

NOW = datetime(2026, 12, 7, 15, tzinfo=timezone.utc)
TZ = ZoneInfo("Europe/Berlin")


def verbs(text: str) -> list[str]:
    return [command.verb for command in parse_commands(text, NOW, TZ).commands]


# ---- 1. a person's line ending in a date and time over an Outlook block is no Lotus Notes head
OUTLOOK = ("\n\nFrom: Rita Recruiter <rita@acme.example>\nSent: Monday, November 30, 2026 9:00 AM\n"
           "To: Dana Lee <dana@acme.example>\nSubject: Candidate Omar Haddad\n\n"
           "Hi Dana,\nshall I book an interview with Omar next week, or do you pass?\nRita\n")
OUTLOOK_DE = ("\nVon: Rita Recruiter <rita@acme.example>\nGesendet: Montag, 30. November 2026 09:00\n"
              "An: Dana Lee <dana@acme.example>\nBetreff: Kandidat Omar Haddad\n\nHallo Dana,\nInterview oder nicht?\n")


@pytest.mark.parametrize("answer", [
    "Pass, we gave the job to someone else on 11/27/2026 16:45",  # "<sender> on <time>"'s shape
    "interview on 12/10/2026 14:00",
    "Interview\n12/10/2026 14:00",  # a name over a time, as Notes writes its head
    "Interview     12/10/2026 2:00 PM",  # a name, a gap and a time
    "Thanks Rita.\nPass, we gave the job to someone else on 11/27/2026 16:45",  # under a line of text too
])
def test_a_line_ending_in_a_time_over_an_outlook_block_is_the_answer(answer):
    assert trim_reply(answer + OUTLOOK) == answer


@pytest.mark.parametrize("answer, verb", [
    ("Pass, we gave the job to someone else on 11/27/2026 16:45", "pass"),
    ("Interview\n12/10/2026 14:00", "interview"),
])
def test_the_command_over_an_outlook_block_is_read(answer, verb):
    assert verbs(trim_reply(answer + OUTLOOK)) == [verb]


def test_a_time_over_a_german_outlook_block_is_the_answer():
    answer = "Ja, gerne\n10.12.2026 14:00"  # the day-first time Notes writes in German
    assert trim_reply(answer + OUTLOOK_DE) == answer


NOTES_TABLE = "To: Rita Recruiter/HOU/ACME@ACME\ncc:\nSubject: Re: Omar Haddad\n\nShall we meet him?\n\nRita\n"


def test_the_first_line_of_a_mail_is_never_a_notes_head():
    # nothing above it: the line over the To:/cc:/Subject: table is what the person wrote, not a sender's head
    answer = "Interview\n12/10/2026 14:00"
    assert trim_reply(f"{answer}\n\n{NOTES_TABLE}") == answer


def test_a_notes_head_under_the_answer_still_ends_it():
    body = f"Interview him on Thursday.\n\nDana\n\n\nRita Recruiter\n12/03/2026 05:20 PM\n{NOTES_TABLE}"
    assert trim_reply(body) == "Interview him on Thursday.\n\nDana"


# ---- 2. a command under the quote above a webmail signature is the inline answer, not a tag
@pytest.mark.parametrize("text, answer, separator", [
    ("My answer is below.\nThanks!\n\n> Shall we bring Omar in?", "Interview", "-- \nDana Lee\nGlobex Ltd"),
    ("Hi Rita, one line inline.\nBest,\n\n> Is he a fit for the team?", "pass", "-- \nDana"),
    ("Short one below.\nThanks,\n\n> Shall I write to him again?", "snooze 3d", "____\nDana Lee"),
    ("See below.\nCheers,\n\n> Do we go ahead with Omar?", "Yes", "-- \nDana Lee"),
])
def test_a_command_under_the_quote_above_a_signature_stays(text, answer, separator):
    # the quote and the command under it are the inline answer: both stay, the signature goes
    assert trim_reply(f"{text}\n{answer}\n{separator}") == f"{text}\n{answer}"


def test_a_word_under_the_quote_that_is_not_the_signers_tag_stays():
    body = "Notes inline.\nBest,\n\n> Which day suits you?\nThursday\n-- \nDana Lee\nGlobex Ltd"
    assert trim_reply(body).endswith("> Which day suits you?\nThursday")


SIGNED = ("Vale,\nme parece buena candidata, la vería el jueves.\n\nUn saludo\n\n\n> ¿La vemos esta semana?\n\n\n"
          "{tag}\n\n_______________________________\n\n    Dana Lee\n  Globex S.A.\n")


@pytest.mark.parametrize("tag", ["dl", "D.L.", "DL", "Dana", "dl~", "~dana", "-- dl"])
def test_the_signers_tag_under_the_quote_still_goes(tag):
    # the signer's initials, first name or a marked tag over the signature under the separator
    assert trim_reply(SIGNED.format(tag=tag)) == "Vale,\nme parece buena candidata, la vería el jueves.\n\nUn saludo"


# ---- 3. a P.S. or a command under a name written with its extension is the person's
@pytest.mark.parametrize("line", ["P.S. Pass on Omar", "PS: pass on Omar", "Snooze Omar 3d", "Interview Omar Monday",
                                  "Pass", "Call Omar Today"])
def test_a_postscript_or_command_under_a_name_with_extension_stays(line):
    body = f"Interview her Monday.\nSamuel x3-9890\n{line}"
    assert trim_reply(body) == body


@pytest.mark.parametrize("block", ["Globex Net Works _ Talent Data Management", "Senior Counsel, GNW",
                                   "Head of People\nGlobex Robotics", "Talent Team"])
def test_the_department_under_a_name_with_extension_still_goes(block):
    body = f"The room is booked.\n\nSamuel x3-9890\n{block}"
    assert trim_reply(body) == "The room is booked.\n\nSamuel x3-9890"


# ---- 4. a time written "at 14.30" is no archived address
@pytest.mark.parametrize("line", ["call at 14.30", "Meet at 10.30", "Lunch at 12.15"])
def test_a_time_under_a_signed_name_stays(line):
    body = f"Interview her.\nBest,\nDana\n{line}"
    assert trim_reply(body) == body


@pytest.mark.parametrize("address", ["dlee at globex.example", "dlee en globex.es", "d.lee at mail.globex.org"])
def test_an_archived_address_under_a_signed_name_is_still_signature(address):
    body = f"Interview her.\n\nBest,\nDana\nTalent Team\n{address}"
    assert trim_reply(body) == "Interview her.\n\nBest,\nDana"
