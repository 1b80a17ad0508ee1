"""Blind report sweep cases: who answered (what counts as the reply and what does not), and the mentorship rows (see
report_blind_judge.py)."""

from __future__ import annotations

from report_blind_judge import (LA, LON, LOU, MARIA, Check, case, report_checks, t)
from report_blind_world import Manager, World, config_text


def _grouped(tmp, answer):
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    w.answer_outbox(t(LON, 2026, 11, 4, 12), "digest", MARIA, answer)  # the outbox's kind for a grouped nudge
    return w



def mentorship_figure(row: dict, key: str):
    """The JSON mentorship row's figure; the names are the JSON's own (seen in its output, not the code)."""
    names = {"median_since": "median_as_mentor", "change": "change_vs_before"}
    return row.get(names.get(key, key), "missing")



@case("replies")
def out_of_office_is_not_the_answer(tmp):
    # Mon 10:00; an out-of-office Mon 11:00 (not counted); the human reply Tue 10:00: 7 + 1 = 8 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    read = w.out_of_office(t(LON, 2026, 11, 2, 11), "Ann Able")
    w.reply(t(LON, 2026, 11, 3, 10), "Ann Able")
    return [Check("history: read as an auto-reply", read, {"auto_reply": 1})] + report_checks(
        w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 1, "median_hours": 8.0}})



@case("replies")
def bounce_is_not_the_answer(tmp):
    # Mon 10:00, nudged Wed 10:30, the nudge bounces Wed 10:35: received 1, answered 0, still waiting 1,
    # nothing to average nudges over (None). The median counts the one waiting (Mon 10:00 → Mon 9 Nov 00:00:
    # 7 + 4 × 8 = 39 h) and, with no one answered, is only a floor: at least 39 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    read = w.bounce_of_last_nudge(t(LON, 2026, 11, 4, 10, 35))
    return [Check("history: read as a bounce", read, {"bounce": 1})] + report_checks(
        w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "received": 1, "answered": 0, "waiting": 1, "median_hours": 39.0, "median_at_least": True,
        "nudges_per_answer": None}})



@case("replies")
def alias_answers_for_the_manager(tmp):
    # A reply from Maria's alias counts: Mon 10:00 → Mon 13:00 = 3 h.
    m = (Manager(MARIA, "Maria Manager", aliases=("m.manager@acme.test",)),)
    w = World(tmp, config_text(m))
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 13), "Ann Able", sender="m.manager@acme.test")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 1, "median_hours": 3.0}})



@case("replies")
def stranger_and_recruiter_in_the_thread_are_not_the_answer(tmp):
    # Mon 10:00; the recruiter writes "any news?" Mon 11:00 and a stranger Mon 12:00 (neither counts); Maria
    # answers Tue 11:00: 7 + 2 = 9 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 11), "Ann Able", sender="rita@acme.test", text="Any news on this one, Maria?")
    w.reply(t(LON, 2026, 11, 2, 12), "Ann Able", sender="eve@else.test", text="I know her, she is great.")
    w.reply(t(LON, 2026, 11, 3, 11), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 1, "median_hours": 9.0}})



@case("replies")
def first_answer_counts_not_the_second(tmp):
    # Mon 10:00, answers Mon 12:00 (2 h) and Wed 12:00: the first: 2 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 12), "Ann Able")
    w.reply(t(LON, 2026, 11, 4, 12), "Ann Able", text="Also: could she start in January?")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 1, "median_hours": 2.0}})



@case("replies")
def forwarded_answer_counts_when_it_reaches_mailer(tmp):
    # Mon 10:00; Maria answered Rita directly Tue 11:00, Rita forwards it Tue 15:00. The reply is "what stopped
    # the nudging": the forward, Tue 15:00: 7 + 6 = 13 h. (If the manager's own time were meant: 9 h.)
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.forward(t(LON, 2026, 11, 3, 15), "Ann Able", answered=t(LON, 2026, 11, 3, 11))
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 1, "median_hours": 13.0}})



@case("replies")
def delegate_answers_while_the_manager_is_away(tmp):
    # Mon 10:00; nudged Wed 10:00; Maria's out-of-office Wed 10:05 names Dana; Dana gets the waiting candidates and
    # answers "1 interview" Wed 12:00: 7 + 8 + 3 = 18 h; one nudge before it (the offer to Dana is no mail to the
    # manager): nudges per answer 1.
    w = World(tmp, config_text(extra="replies:\n  offer_to_delegate: true\n"))
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.nudge_pass(t(LON, 2026, 11, 4, 10))
    w.out_of_office(t(LON, 2026, 11, 4, 10, 5), "Ann Able",
                    text="I'm away this week. In urgent cases please contact Dana Delegate <dana@acme.test>.")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    w.answer_outbox(t(LON, 2026, 11, 4, 12), "delegate_offer", "dana@acme.test", "1 interview")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 1, "median_hours": 18.0, "nudges_per_answer": 1.0, "waiting": 0}})



@case("mentorship")
def mentorship_before_and_after(tmp):
    # Rita–Maria, every monday at 10:00 from 16 Nov; the first check-in Mon 16 Nov 10:00 starts it.
    # Rita→Maria before: 4 h, 8 h (median 6); since: 2 h, 1 h, 3 h (median 2); change 2 − 6 = −4. Sam→Maria
    # since: 16 h. Check-ins: 16 and 23 Nov sent (2), the first answered (1).
    extra = ("mentorships:\n  - recruiter: rita@acme.test\n    mentor: maria@acme.test\n"
             "    every: every monday at 10:00\n    start: 2026-11-16\n")
    w = World(tmp, config_text(extra=extra))
    for day, h_from, h_to, name in [(2, 10, 14, "Ann Able"), (3, 10, None, "Bob Baker")]:
        w.submit(t(LON, 2026, 11, day, 10), name)
    w.reply(t(LON, 2026, 11, 2, 14), "Ann Able")
    w.reply(t(LON, 2026, 11, 4, 10), "Bob Baker")
    w.nudge_pass(t(LON, 2026, 11, 16, 10))
    w.answer_outbox(t(LON, 2026, 11, 16, 15), "mentor_checkin", MARIA, "Curiosity, every time.")
    for day, answered, name in [(17, 12, "Cara Cole"), (18, 11, "Dan Dorsey"), (19, 13, "Eva Ernst")]:
        w.submit(t(LON, 2026, 11, day, 10), name)
        w.reply(t(LON, 2026, 11, day, answered), name)
    w.submit(t(LON, 2026, 11, 17, 10), "Finn Fox", recruiter="Sam Sourcer <sam@acme.test>")
    w.reply(t(LON, 2026, 11, 19, 10), "Finn Fox")
    w.nudge_pass(t(LON, 2026, 11, 23, 10))
    data = w.report("2026-11-02", "2026-11-29", t(LON, 2026, 12, 1))
    rows = data["mentorships"]
    row = rows[0] if rows else {}
    expected = {"checkins_sent": 2, "checkins_answered": 1, "median_before": 6.0, "median_since": 2.0,
                "change": -4.0, "median_others": 16.0}
    return [Check("json mentorships listed", len(rows), 1)] + [
        Check(f"json mentorship {key}", mentorship_figure(row, key), value) for key, value in expected.items()]



@case("replies")
def managers_own_stop_is_an_answer(tmp):
    # Only a recruiter's `stop` is no reply; Maria's "stop" Mon 12:00 is her answer: 2 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 12), "Ann Able", text="stop")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 1, "median_hours": 2.0,
                                                                          "waiting": 0}})



@case("replies")
def decisions_and_not_mine_are_answers(tmp):
    # Ann "pass" Mon 11:00 (1 h), Bob "not mine" Mon 13:00 (3 h): answered 2, median 2, nudges 0.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.reply(t(LON, 2026, 11, 2, 11), "Ann Able", text="pass")
    w.reply(t(LON, 2026, 11, 2, 13), "Bob Baker", text="not mine")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 2, "median_hours": 2.0, "nudges_per_answer": 0.0, "waiting": 0}})



@case("replies")
def an_absence_note_that_answers_is_the_answer(tmp):
    # A person's note "I'm out of the office next week, but let's interview her." Mon 15:00: 5 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 15), "Ann Able", text="I'm out of the office next week, but let's interview her.")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 1, "median_hours": 5.0}})



@case("replies")
def numbered_answer_to_a_grouped_nudge(tmp):
    # Ann, Bob Mon 10:00; one grouped nudge Wed 10:30; "1 yes, 2 pass" Wed 12:00: both answered after 18 h, one
    # nudge each.
    w = _grouped(tmp, "1 yes, 2 pass")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 2, "median_hours": 18.0, "nudges_per_answer": 1.0, "waiting": 0}})



@case("replies")
def numbered_answer_naming_one_of_two(tmp):
    # "1 interview": Ann answered (18 h), Bob keeps waiting (39 h by the end): half answered at 18 h and the other
    # half may answer at any time after it, so the median is at least 18 (review10: the standard reading).
    w = _grouped(tmp, "1 interview")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 1, "median_hours": 18.0, "median_at_least": True, "waiting": 1}})



@case("replies")
def numbered_answer_not_understood_changes_nothing(tmp):
    # "1 yes, 2 maybe": a help reply, nothing changes: none answered, both waiting (39 h each by the end: a median
    # of at least 39 h), no nudges to average.
    w = _grouped(tmp, "1 yes, 2 maybe")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 0, "waiting": 2, "median_hours": 39.0, "median_at_least": True, "nudges_per_answer": None}})



@case("replies")
def resent_cv_keeps_one_submission_from_the_first(tmp):
    # Ann to Maria Mon 10:00, again Tue 10:00 (an updated CV); Maria answers the second Tue 12:00: one
    # submission, from the first: 7 + 3 = 10 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 3, 10), "Ann Able", resend=True)
    w.reply(t(LON, 2026, 11, 3, 12), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "received": 1, "answered": 1, "median_hours": 10.0}})



@case("replies")
def answer_to_the_nudge_counts_from_the_submission(tmp):
    # Ann Mon 10:00; nudge Wed 10:30; Maria answers the nudge Wed 14:00: 7 + 8 + 5 = 20 h, one nudge.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    w.answer_outbox(t(LON, 2026, 11, 4, 14), "followup", MARIA, "Sorry, let's talk to her next week.")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 1, "median_hours": 20.0, "nudges_per_answer": 1.0}})



@case("replies")
def unproven_reply_is_not_counted(tmp):
    # A reply under Maria's address that the boundary's stamp does not prove: not her answer; still waiting.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 12), "Ann Able", proven=False)
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 0, "waiting": 1}})



@case("mentorship")
def mentorship_starts_at_the_yes(tmp):
    # invite: true. The invitation goes Mon 9 Nov 10:00; Maria's yes Wed 11 Nov 12:00 starts it. Rita→Maria: Tue
    # 10 Nov 10:00 → 12:00 (2 h, before); Thu 12 Nov 10:00 → 15:00 (5 h, since): before 2, since 5, change +3.
    extra = ("mentorships:\n  - recruiter: rita@acme.test\n    mentor: maria@acme.test\n"
             "    every: every monday at 10:00\n    invite: true\n")
    w = World(tmp, config_text(extra=extra))
    w.nudge_pass(t(LON, 2026, 11, 9, 10))
    w.submit(t(LON, 2026, 11, 10, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 10, 12), "Ann Able")
    w.answer_outbox(t(LON, 2026, 11, 11, 12), "mentor_invitation", MARIA, "Sure, happy to!")
    w.submit(t(LON, 2026, 11, 12, 10), "Bob Baker")
    w.reply(t(LON, 2026, 11, 12, 15), "Bob Baker")
    data = w.report("2026-11-02", "2026-11-15", t(LON, 2026, 11, 16, 8))
    row = data["mentorships"][0] if data["mentorships"] else {}
    return [Check("json mentorship started_at", row.get("started_at"), "2026-11-11T12:00:00+00:00"),
            Check("json mentorship median_before", row.get("median_before"), 2.0),
            Check("json mentorship median_as_mentor", row.get("median_as_mentor"), 5.0),
            Check("json mentorship change_vs_before", row.get("change_vs_before"), 3.0)]



@case("mentorship")
def mentorship_figures_in_the_mentors_calendar(tmp):
    # Rita–Lou (LA), every monday at 10:00 (LA) from 16 Nov; check-in Mon 16 Nov 18:00 London = 10:00 LA.
    # Before: Mon 2 Nov 09:00 → 13:00 LA (4 h). Since: Tue 17 Nov 09:00 → 10:00 LA (1 h). Change −3.
    ms = (Manager(MARIA, "Maria Manager"), Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"))
    extra = ("mentorships:\n  - recruiter: rita@acme.test\n    mentor: lou@acme.test\n"
             "    every: every monday at 10:00\n    start: 2026-11-16\n")
    w = World(tmp, config_text(ms, extra=extra))
    w.submit(t(LA, 2026, 11, 2, 9), "Ann Able", manager="lou@acme.test")
    w.reply(t(LA, 2026, 11, 2, 13), "Ann Able", sender="lou@acme.test")
    sent = w.nudge_pass(t(LA, 2026, 11, 16, 10))
    w.submit(t(LA, 2026, 11, 17, 9), "Bob Baker", manager="lou@acme.test")
    w.reply(t(LA, 2026, 11, 17, 10), "Bob Baker", sender="lou@acme.test")
    data = w.report("2026-11-02", "2026-11-22", t(LON, 2026, 11, 23, 8))
    row = data["mentorships"][0] if data["mentorships"] else {}
    return [Check("history: the check-in went", [r.kind for r in sent], ["mentor_checkin"]),
            Check("json mentorship median_before", row.get("median_before"), 4.0),
            Check("json mentorship median_as_mentor", row.get("median_as_mentor"), 1.0),
            Check("json mentorship change_vs_before", row.get("change_vs_before"), -3.0)]



@case("replies")
def answer_without_thread_headers_matched_by_subject(tmp):
    # Maria writes a new mail "Re: Candidate: Ann Able – Backend Engineer" with no In-Reply-To Tue 10:00: matched by
    # manager, subject and candidate: 7 + 1 = 8 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    raw = w._mail(MARIA, "rita@acme.test", "Re: Candidate: Ann Able – Backend Engineer",
                  "Ann looks strong, let's set up a call.", t(LON, 2026, 11, 3, 10), "noref@acme.test",
                  cc="mailer@acme.test")
    w._read(raw, t(LON, 2026, 11, 3, 10))
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 1, "median_hours": 8.0}})



@case("replies")
def two_managers_in_to_each_their_own(tmp):
    # One mail to Maria and Lou (LA): two submissions. Mon 2 Nov 17:00 London (09:00 LA). Maria answers Mon
    # 17:30 London? After her day: 0 h... she answers Tue 10:00 London: 0 + 1 = 1 h. Lou never: team received 2,
    # answered 1, waiting 1.
    w = World(tmp, config_text(LOU))
    mid = "two@acme.test"
    raw = w._mail("Rita Recruiter <rita@acme.test>", f"{MARIA}, lou@acme.test",
                  "Candidate: Ann Able – Backend Engineer",
                  "Hi both, Ann would be great.", t(LON, 2026, 11, 2, 17), mid, cc="mailer@acme.test")
    w._read(raw, t(LON, 2026, 11, 2, 17))
    w.names["Ann Able"] = mid
    w.reply(t(LON, 2026, 11, 3, 10), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-08", team={"received": 2, "answered": 1, "waiting": 1},
                         managers={MARIA: {"received": 1, "answered": 1, "median_hours": 1.0},
                                   "lou@acme.test": {"received": 1, "answered": 0, "waiting": 1}})



@case("replies")
def snooze_is_the_managers_first_answer(tmp):
    # Maria "snooze until Monday" Mon 2 Nov 11:00 pauses the nudging; "Let's interview her." Mon 9 Nov 12:00 ends
    # it. Written blind as 42 h (the README's gloss "what stopped the nudging"); the code counts her first human
    # answer, the snooze: 1 h. The code's reading is kept (she answered the recruiter within the hour; the
    # ladder's restart after a snooze is mailer's, not a wait for her first word) and the README text is
    # proposed to say so: a snooze is the reply.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 11), "Ann Able", text="snooze until Monday")
    w.reply(t(LON, 2026, 11, 9, 12), "Ann Able", text="Let's interview her.")
    return report_checks(w, "2026-11-02", "2026-11-15", managers={MARIA: {"answered": 1, "median_hours": 1.0,
                                                                          "waiting": 0}})



@case("replies")
def submission_to_the_managers_alias_is_hers(tmp):
    # Written after reading the code, not blind.
    # Rita sends Ann to m.manager@acme.test, Maria's alias; Maria answers from her main address Mon 13:00 (3 h):
    # one row, Maria's, received 1, answered 1.
    m = (Manager(MARIA, "Maria Manager", aliases=("m.manager@acme.test",)),)
    w = World(tmp, config_text(m))
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able", manager="m.manager@acme.test")
    w.reply(t(LON, 2026, 11, 2, 13), "Ann Able")
    data = w.report("2026-11-02", "2026-11-08", t(LON, 2026, 12, 1))
    return [Check("one row, Maria's", [r["manager"] for r in data["managers"]], [MARIA])] + report_checks(
        w, "2026-11-02", "2026-11-08", managers={MARIA: {"received": 1, "answered": 1, "median_hours": 3.0}})

