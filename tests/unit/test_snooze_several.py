"""A bare snooze ("snooze until 20 December", "remind me next week") in a thread of several candidates holds them
all, as a note in words answers them all; a candidate already decided or closed keeps its state and the manager is
told. A bare decision word still asks which one (test_several_candidates.py). Through ingest_raw into a real store."""

from __future__ import annotations

from datetime import datetime, timezone
from email import message_from_bytes, policy

import pytest

from mailer.model import State
from test_digest_snooze import MARIA, RITA, World, mail

UTC = timezone.utc
PAIR = "Jane Doe & Omar Haddad – Backend Engineer"
AT = datetime(2026, 11, 30, 10, tzinfo=UTC)


def _world(tmp_path) -> World:
    world = World(tmp_path)
    world.read(mail(PAIR, "Two for you.\n", "<pair@acme.test>", AT), AT)
    return world


def _reply(world: World, text: str, n: int, hour: int) -> None:
    at = AT.replace(hour=hour)
    world.read(mail("Re: " + PAIR, text, f"<r{n}@acme.test>", at, frm=MARIA, to=RITA, in_reply_to="<pair@acme.test>"),
               at)


def _confirms(world: World) -> str:
    rows = world.store.db.execute("SELECT raw FROM outbox WHERE kind='confirm'").fetchall()
    return "\n".join(message_from_bytes(r["raw"], policy=policy.default).get_body(("plain",)).get_content()
                     for r in rows)


@pytest.mark.parametrize("text", ["snooze until 20 December\n", "Snooze 1w\n", "remind me next week\n"])
def test_a_bare_snooze_holds_every_candidate_of_the_thread(tmp_path, text):
    world = _world(tmp_path)
    _reply(world, text, 1, 12)
    subs = world.store.all_submissions()
    assert [(s.state, s.decision) for s in subs] == [(State.OPEN, "snooze")] * 2
    assert subs[0].snoozed_until is not None and subs[0].snoozed_until == subs[1].snoozed_until
    said = _confirms(world)
    assert "Jane Doe: snoozed until" in said and "Omar Haddad: snoozed until" in said
    world.store.close()


def test_a_decided_candidate_keeps_its_decision_under_a_bare_snooze(tmp_path):
    world = _world(tmp_path)
    _reply(world, "Omar: pass\n", 1, 12)
    _reply(world, "snooze 1w\n", 2, 13)
    states = {s.candidate: (s.state, s.decision) for s in world.store.all_submissions()}
    assert states == {"Jane Doe": (State.OPEN, "snooze"), "Omar Haddad": (State.ANSWERED, "pass")}
    assert "Omar Haddad: no follow-ups to snooze (pass)" in _confirms(world)
    world.store.close()


def test_a_bare_decision_word_still_decides_nobody(tmp_path):
    world = _world(tmp_path)
    _reply(world, "pass\n", 1, 12)
    assert {(s.state, s.decision) for s in world.store.all_submissions()} == {(State.OPEN, None)}
    world.store.close()
