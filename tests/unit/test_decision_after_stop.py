"""A manager's decision on a candidate whose follow-ups were already ended (the recruiter's `stop` or `forget`, the
manager's own `not mine`) leaves the submission closed, as a snooze does (test_snooze_after_stop.py): it is not
reopened as answered with no answer time, and the manager is told there is nothing to decide. Found in review:
Rita forgot Omar, Maria's "Jane yes, Omar no" made Omar answered/pass. The other candidate's decision stands."""

from __future__ import annotations

from datetime import datetime, timezone
from email import message_from_bytes, policy

import pytest

from mailer.model import State
from report_blind_judge import LON, t
from report_blind_world import World as OneThreadWorld, config_text
from test_digest_snooze import MARIA, RITA, World, mail

UTC = timezone.utc
PAIR = "Jane Doe & Omar Haddad – Backend Engineer"
AT = datetime(2026, 11, 30, 10, tzinfo=UTC)


def _confirm_lines(world: World) -> str:
    rows = world.store.db.execute("SELECT raw FROM outbox WHERE kind='confirm'").fetchall()
    return "\n".join(message_from_bytes(r["raw"], policy=policy.default).get_body(("plain",)).get_content()
                     for r in rows)


@pytest.mark.parametrize("answer", ["Jane yes, Omar no\n", "1 yes, 2 no\n", "interview Jane, pass on Omar\n"])
def test_a_decision_on_a_forgotten_candidate_leaves_it_closed(tmp_path, answer):
    world = World(tmp_path)
    world.read(mail(PAIR, "Two for you.\n", "<pair@acme.test>", AT), AT)
    forget_at = AT.replace(hour=11)
    world.read(mail("forget", "forget Omar Haddad\n", "<f@acme.test>", forget_at, to="mailer@acme.test"), forget_at)
    answer_at = AT.replace(hour=13)
    world.read(mail("Re: " + PAIR, answer, "<r@acme.test>", answer_at, frm=MARIA, to=RITA,
                    in_reply_to="<pair@acme.test>"), answer_at)
    subs = {s.candidate: s for s in world.store.all_submissions()}
    assert (subs["Omar Haddad"].state, subs["Omar Haddad"].decision) == (State.CLOSED, "forgotten")
    assert subs["Omar Haddad"].answered_at is None
    assert (subs["Jane Doe"].state, subs["Jane Doe"].decision) == (State.ANSWERED, "interview")
    said = _confirm_lines(world)
    assert "Omar Haddad: nothing to decide, its follow-ups were stopped (forgotten)" in said
    assert "Jane Doe: interview" in said
    world.store.close()


@pytest.mark.parametrize("decision", ["pass", "interview", "hired"])
def test_a_decision_after_the_recruiters_stop_in_its_own_thread_leaves_it_closed(tmp_path, decision):
    w = OneThreadWorld(tmp_path, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.recruiter_stop(t(LON, 2026, 11, 3, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 4, 10), "Ann Able", text=decision)
    sub = next(s for s in w.store.all_submissions() if s.candidate == "Ann Able")
    assert (sub.state, sub.decision, sub.answered_at) == (State.CLOSED, "stop", None)
    w.nudge_pass(t(LON, 2026, 11, 20, 10))
    assert "Ann Able: nothing to decide, its follow-ups were stopped (stop)" in "\n".join(
        w.bodies("confirm", "maria@acme.test"))
