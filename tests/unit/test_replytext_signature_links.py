"""A team line with its site in brackets under the closing and the signed name is the signature's
(mailer/reading/signaturelinks.py); a P.S. or a sentence of the person's pointing at a site stays."""

import pytest

from mailer.reading.replytext import trim_reply

QUOTE = "\n\nOn Mon, 3 Mar 2025 at 10:00, Recruiter <r@x.com> wrote:\n> Do you want to interview Anna?\n"


@pytest.mark.parametrize("team", ["Acme Recruiting (acme.example)", "JimmyIM development team <jimmyim.berlios.de>",
                                  "Blue-Sky Hiring [bluesky.example]"])
def test_a_team_line_naming_its_own_site_goes(team):
    assert trim_reply(f"Interview.\n\nRegards,\nJan\n{team}" + QUOTE) == "Interview.\n\nRegards,\nJan"


@pytest.mark.parametrize("mine", ["P.S. Pass on Ben (github.com)", "PS: her portfolio is great (anna.dev)",
                                  "Check her blog (anna.dev)", "P.S. interview Ben too (acme.example)"])
def test_a_postscript_or_a_sentence_pointing_at_a_site_stays(mine):
    body = f"Interview.\n\nThanks,\nJan\n{mine}"
    assert trim_reply(body + QUOTE) == body
