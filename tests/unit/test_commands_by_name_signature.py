"""A one-line signature under answers by name ("Maria Manager | Head of Engineering | +1 555 0100") stands there as
the writer's name does: the answers still split. A line that is no signature, or names a candidate, still leaves
the reply to be read as before. The review's case goes through ingest_raw into a real store."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from mailer.reading.bynames import signature_line
from test_commands_by_name import decided
from test_digest_snooze import MARIA, RITA, World, mail

UTC = timezone.utc
OMAR_PASSES = {2: "pass"}
BOTH = {1: "interview", 2: "pass"}


@pytest.mark.parametrize("signature", [
    "Maria Manager | Head of Engineering | +1 555 0100",
    "Maria Manager | Head of Engineering | Acme Corp",
    "Maria Manager • VP Platform • maria@acme.test",
    "M: +44 20 7946 0000 | www.acme.test",
    "+49 30 1234567",
    "Tel.: +33 1 23 45 67 89 · maria@acme.test",
    "María José García · Directora de Ingeniería",
])
def test_a_signature_line_under_answers_by_name_leaves_them_split(signature):
    assert decided(f"Omar: pass.\n\n{signature}\n") == OMAR_PASSES
    assert decided(f"Interview Jane, pass on Omar.\n{signature}\n") == BOTH
    assert decided(f"Jane yes, Omar no\nThanks,\nMaria\n{signature}\n") == BOTH


@pytest.mark.parametrize("line", [
    "Jane | not sure yet, let me think",          # names a candidate, and hedges
    "The team | the budget | the timing all need thought",  # a sentence cut by bars, no name first
    "Pass | Interview",                           # command words, no contact: no one's name and title
    "Call me on +1 555 0100 about the other one.",  # a sentence holding a number
    "Jane Doe | +1 555 0100",                     # the candidate's own contact line
])
def test_lines_that_are_no_signature_still_leave_no_split(line):
    assert decided(f"Omar: pass.\n\n{line}\n") == {}  # read as before: words, for the recruiter to read


@pytest.mark.parametrize("line", ["Omar: pass.", "Thanks | see you Monday.", "We met on 12.03.2024", "no | yes"])
def test_an_answer_or_a_sentence_is_no_signature_line(line):
    assert not signature_line(line)


def test_the_reviews_case_through_the_store(tmp_path):
    """"Omar: pass." over a pipe signature decided both candidates "reply", and Jane's nudges stopped."""
    world = World(tmp_path)
    pair = "Jane Doe & Omar Haddad – Backend Engineer"
    at = datetime(2026, 11, 30, 10, tzinfo=UTC)
    world.read(mail(pair, "Two for you.\n", "<pair@acme.test>", at), at)
    world.read(mail("Re: " + pair, "Omar: pass.\n\nMaria Manager | Head of Engineering | +1 555 0100\n",
                    "<r@acme.test>", at.replace(hour=12), frm=MARIA, to=RITA, in_reply_to="<pair@acme.test>"),
               at.replace(hour=12))
    states = {s.candidate: (s.state.value, s.decision) for s in world.store.all_submissions()}
    assert states == {"Jane Doe": ("open", None), "Omar Haddad": ("answered", "pass")}
    world.store.close()
