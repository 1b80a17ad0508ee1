"""A team or company line with its web site as a bare host in brackets ("Recruiting team <jobs.acme.example>") under
a closing and the signed name is the signature's link line: the class of the real mail in
tests/data/replies/berlios_lists4, written here in our own sentences. A sentence with a bracketed site stays."""

import pytest

from mailer.reading.replytext import trim_reply

TEXT = "Tuesday at ten works for the interview."


@pytest.mark.parametrize("line", [
    "Acme recruiting team <jobs.acme.example>",
    "Acme Recruiting (acme.example.com)",
    "Ekipa za zaposlovanje Acme <kariera.acme.example.si>",
    "Personalabteilung der Acme GmbH [acme-gmbh.example.de]",
])
def test_a_team_line_with_its_bracketed_site_under_the_name_goes(line):
    for closing in ("Best regards,", "Viele Grüße", "Cordialement,", "Saludos,"):
        body = f"{TEXT}\n\n{closing}\nJane Doe\n{line}\n"
        assert trim_reply(body) == f"{TEXT}\n\n{closing}\nJane Doe"


def test_a_sentence_with_a_bracketed_site_under_the_name_stays():
    body = f"{TEXT}\n\nBest regards,\nJane Doe\nsee the schedule at <jobs.acme.example>"
    assert trim_reply(body) == body


def test_a_bracketed_site_in_the_text_stays():
    body = "The schedule is on our site <jobs.acme.example>.\n\nBest regards,\nJane"
    assert trim_reply(body) == body


def test_a_link_with_a_path_is_left_to_the_other_rules():
    # a pasted page link under the name is no bare site; this rule leaves it alone
    body = f"{TEXT}\n\nBest regards,\nJane Doe\nSchedule <jobs.acme.example/slots>"
    assert trim_reply(body).startswith(f"{TEXT}\n\nBest regards,\nJane Doe")


def test_without_a_closing_the_line_stays():
    body = f"{TEXT}\nJane Doe\nAcme recruiting team <jobs.acme.example>"
    assert trim_reply(body) == body


QUOTE = "\n\nOn Mon, 3 Mar 2025 at 10:00, Recruiter <r@x.com> wrote:\n> Do you want to interview Anna?\n"


@pytest.mark.parametrize("team", ["Acme Recruiting (acme.example)", "JimmyIM development team <jimmyim.berlios.de>",
                                  "Blue-Sky Hiring [bluesky.example]"])
def test_a_team_line_naming_its_own_site_goes(team):
    assert trim_reply(f"Interview.\n\nRegards,\nJan\n{team}" + QUOTE) == "Interview.\n\nRegards,\nJan"


@pytest.mark.parametrize("mine", ["P.S. Pass on Ben (github.com)", "PS: her portfolio is great (anna.dev)",
                                  "Check her blog (anna.dev)", "P.S. interview Ben too (acme.example)",
                                  "Pass – see Docs (docs.example.org)"])
def test_a_postscript_or_a_sentence_pointing_at_a_site_stays(mine):
    body = f"Interview.\n\nThanks,\nJan\n{mine}"
    assert trim_reply(body + QUOTE) == body
