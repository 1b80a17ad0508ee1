"""A manager's "snooze" on a candidate whose follow-ups were already ended (the recruiter's `stop`, `forget`, the
manager's `not mine`) must not start the nudging again: the submission stays closed and the manager is told there is
nothing to snooze. On an open or answered one a snooze still holds (and later restarts) the ladder. Found by the blind
report sweep: Rita stops Ann, Maria's later "snooze 1w" reopened her, nudges started again and the report counted
her still waiting. Nor does a snooze after the manager's own decision (interview, pass, hired) erase it: found by the
names-blind sweep, where "interview" then "snooze 1w" put Jane back on the digest's waiting list and the interview
was never told; an answer in words or a hold may still be snoozed."""

from report_blind_judge import LON, t
from report_blind_world import World, config_text

from mailer.model import State


def _state(w: World, candidate: str):
    return next(s for s in w.store.all_submissions() if s.candidate == candidate)


def test_a_snooze_after_the_recruiters_stop_leaves_it_closed(tmp_path):
    w = World(tmp_path, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.recruiter_stop(t(LON, 2026, 11, 3, 10), "Ann Able")
    assert _state(w, "Ann Able").state is State.CLOSED
    w.reply(t(LON, 2026, 11, 4, 10), "Ann Able", text="snooze 1w")
    sub = _state(w, "Ann Able")
    assert sub.state is State.CLOSED and sub.decision == "stop" and sub.snoozed_until is None
    sent = w.nudge_pass(t(LON, 2026, 11, 20, 10))  # weeks later: the confirmations go, no nudge
    assert sent and {r.kind for r in sent} == {"confirm"}
    confirm = w.bodies("confirm", "maria@acme.test")
    assert confirm and "Ann Able: no follow-ups to snooze (stop)" in confirm[-1]


def test_a_snooze_on_an_open_or_answered_candidate_still_holds_the_ladder(tmp_path):
    w = World(tmp_path, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.reply(t(LON, 2026, 11, 3, 10), "Bob Baker", text="Let me think about him over the weekend.")
    assert _state(w, "Bob Baker").state is State.ANSWERED
    for name in ("Ann Able", "Bob Baker"):
        w.reply(t(LON, 2026, 11, 3, 11), name, text="snooze 1w")
        sub = _state(w, name)
        assert sub.state is State.OPEN and sub.decision == "snooze" and sub.snoozed_until is not None


def test_a_snooze_after_the_managers_decision_leaves_the_decision(tmp_path):
    w = World(tmp_path, config_text())
    for name, decision in (("Ann Able", "interview"), ("Bob Baker", "pass"), ("Cara Cole", "hired")):
        w.submit(t(LON, 2026, 11, 2, 10), name)
        w.reply(t(LON, 2026, 11, 3, 10), name, text=decision)
        w.reply(t(LON, 2026, 11, 4, 10), name, text="snooze 1w")
        sub = _state(w, name)
        assert (sub.state, sub.decision, sub.snoozed_until) == (State.ANSWERED, decision, None), name
    assert not [r for r in w.nudge_pass(t(LON, 2026, 11, 20, 10)) if r.kind != "confirm"]  # never nudged again
    assert "Ann Able: no follow-ups to snooze (interview)" in "\n".join(w.bodies("confirm", "maria@acme.test"))


def test_a_hold_may_still_be_snoozed(tmp_path):
    w = World(tmp_path, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 3, 10), "Ann Able", text="hold")
    w.reply(t(LON, 2026, 11, 4, 10), "Ann Able", text="snooze 1w")
    sub = _state(w, "Ann Able")
    assert sub.state is State.OPEN and sub.decision == "snooze" and sub.snoozed_until is not None
