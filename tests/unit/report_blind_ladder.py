"""Blind report sweep cases: within SLA, still waiting and nudges per answer (see report_blind_judge.py)."""

from __future__ import annotations

from report_blind_judge import (LA, LON, LOU, MARIA, Check, case, hours_case, report_checks, t)
from report_blind_world import Manager, World, config_text


@case("sla")
def stop_before_the_delay_is_left_out(tmp):
    # All Mon 2 Nov 10:00 (delay runs out Wed 10:00). Ann: stop Tue 10:00 (left out). Bob: answered Tue 10:00
    # (8 h, within). Cara: open at the end (delay ran out: counted, not within). Dan: stop Thu 10:00 (after the
    # delay ran out, unanswered: counted, not within). within 1/3; counted 3; waiting: Cara only.
    w = World(tmp, config_text())
    for name in ("Ann Able", "Bob Baker", "Cara Cole", "Dan Dorsey"):
        w.submit(t(LON, 2026, 11, 2, 10), name)
    w.recruiter_stop(t(LON, 2026, 11, 3, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 3, 10), "Bob Baker")
    w.recruiter_stop(t(LON, 2026, 11, 5, 10), "Dan Dorsey")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "received": 4, "answered": 1, "within_sla": 1 / 3, "sla_counted": 3, "waiting": 1}})



@case("sla")
def calendar_days_first_rung(tmp):
    # First rung "3 days" (calendar): Fri 6 Nov 10:00 + 3 days = Mon 9 Nov 10:00. Ann answered Mon 09:30
    # (within; 7 + 0.5 = 7.5 h), Bob Mon 10:30 (not; 8.5 h): within 1/2, median 8.
    w = World(tmp, config_text(steps=(("3 days", "followup_1", "manager"),
                                      ("2 business days", "followup_2", "manager"))))
    w.submit(t(LON, 2026, 11, 6, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 6, 10), "Bob Baker")
    w.reply(t(LON, 2026, 11, 9, 9, 30), "Ann Able")
    w.reply(t(LON, 2026, 11, 9, 10, 30), "Bob Baker")
    return report_checks(w, "2026-11-02", "2026-11-15", managers={MARIA: {
        "within_sla": 0.5, "sla_counted": 2, "median_hours": 8.0}})



@case("sla")
def one_business_day_in_los_angeles(tmp):
    # LA, first rung 1 business day: Mon 16:00 LA → Tue 15:30 LA = 1 + 6.5 = 7.5 h, before Tue 16:00: within.
    m = (Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"),)
    return hours_case(tmp, t(LA, 2026, 11, 9, 16), t(LA, 2026, 11, 10, 15, 30), 7.5, managers=m, within=1.0,
                      steps=(("1 business day", "followup_1", "manager"),))



@case("waiting")
def still_waiting_excludes_answered_stopped_forgotten(tmp):
    # Period 2–8 Nov. Ann answered; Bob stopped; Cara forgotten ("forget Cara Cole"); Dan open; Eva answered after
    # the end (waiting at the end); Finn submitted after the end (not received). received 5, answered 1, waiting 2.
    w = World(tmp, config_text())
    for name in ("Ann Able", "Bob Baker", "Cara Cole", "Dan Dorsey", "Eva Ernst"):
        w.submit(t(LON, 2026, 11, 3, 10), name)
    w.submit(t(LON, 2026, 11, 10, 10), "Finn Fox")
    w.reply(t(LON, 2026, 11, 3, 12), "Ann Able")
    w.recruiter_stop(t(LON, 2026, 11, 3, 13), "Bob Baker")
    w.recruiter_forget(t(LON, 2026, 11, 3, 14), "Cara Cole")
    w.reply(t(LON, 2026, 11, 10, 12), "Eva Ernst")
    return report_checks(w, "2026-11-02", "2026-11-08", team={"received": 5, "answered": 1, "waiting": 2},
                         managers={MARIA: {"received": 5, "answered": 1, "waiting": 2}})



@case("nudges")
def grouped_nudges_count_per_candidate(tmp):
    # Ann Mon 10:00, Bob Mon 10:05. Grouped nudge Wed 10:30 lists both; Bob answers Thu 12:00; second rung Fri
    # 11:00 (2 business days after Wed 10:30) lists Ann; Ann answers Fri 12:00. Nudges: Ann 2, Bob 1: 1.5.
    # Ann 7+8+8+8+3 = 34 h, Bob 6.92+8+8+3 = 25.92 h: median 29.96.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10, 5), "Bob Baker")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    w.reply(t(LON, 2026, 11, 5, 12), "Bob Baker")
    w.nudge_pass(t(LON, 2026, 11, 6, 11))
    w.reply(t(LON, 2026, 11, 6, 12), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 2, "nudges_per_answer": 1.5, "median_hours": 29.958}})



@case("nudges")
def mentor_ask_is_no_nudge(tmp):
    # Rungs: 1 business day to Maria, then 1 business day to Rita's mentor Nate (New York). Mon 10:00; nudge Tue
    # 10:30; mentor ask Wed 15:00 London (10:00 in New York, inside Nate's hours); Maria answers Wed 16:00
    # (7 + 8 + 7 = 22 h): 1 nudge, not 2; within 0 (8 h rung).
    ms = (Manager(MARIA, "Maria Manager"), Manager("nate@acme.test", "Nate Newyork", "America/New_York"))
    w = World(tmp, config_text(ms, steps=(("1 business day", "followup_1", "manager"),
                                          ("1 business day", "mentor_ask", "mentor")),
                               recruiters=(("rita@acme.test", "Rita Recruiter", "nate@acme.test"),)))
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    first = w.nudge_pass(t(LON, 2026, 11, 3, 10, 30))
    ask = w.nudge_pass(t(LON, 2026, 11, 4, 15))
    w.reply(t(LON, 2026, 11, 4, 16), "Ann Able")
    checks = [Check("history: a nudge to Maria then an ask to Nate", ([r.recipients[0] for r in first],
                                                                   [r.recipients[0] for r in ask]),
                    ([MARIA], ["nate@acme.test"]))]
    return checks + report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 1, "median_hours": 22.0, "nudges_per_answer": 1.0, "within_sla": 0.0}})



@case("nudges")
def manager_digest_counts_as_a_nudge(tmp):
    # First rung 5 business days (no ladder nudge yet). Maria's digest (every monday at 09:00) Mon 9 Nov 09:00
    # lists Ann (Tue 3 Nov 10:00); Maria answers Mon 11:00: 7+8+8+8+2 = 33 h; 1 nudge (the digest).
    m = (Manager(MARIA, "Maria Manager", digest=True),)
    w = World(tmp, config_text(m, steps=(("5 business days", "followup_1", "manager"),),
                               extra="digests:\n  manager: every monday at 09:00\n"))
    w.digest_pass(t(LON, 2026, 11, 2, 8))  # mailer first sees the digest configured
    w.submit(t(LON, 2026, 11, 3, 10), "Ann Able")
    sent = w.digest_pass(t(LON, 2026, 11, 9, 9))
    w.reply(t(LON, 2026, 11, 9, 11), "Ann Able")
    checks = [Check("history: the manager digest went", [r.kind for r in sent], ["digest_manager"])]
    return checks + report_checks(w, "2026-11-02", "2026-11-15", managers={MARIA: {
        "answered": 1, "median_hours": 33.0, "nudges_per_answer": 1.0}})



@case("nudges")
def nudge_after_the_reply_is_not_counted(tmp):
    # Ann Mon 10:00 and Bob Mon 10:00; Ann answered Wed 09:30 (15.5 h) before the Wed 10:30 nudge, which lists
    # Bob only; Bob answers Wed 12:00. Nudges: Ann 0, Bob 1: 0.5.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.reply(t(LON, 2026, 11, 4, 9, 30), "Ann Able")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    w.reply(t(LON, 2026, 11, 4, 12), "Bob Baker")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 2, "nudges_per_answer": 0.5}})



@case("sla")
def sunday_submission_delay_counted_from_monday(tmp):
    # Sun 15 Nov 14:00: the ladder's 2 business days run Mon 09:00 → Tue 17:00. Ann answered Tue 16:30 (15.5 h,
    # within), Bob Wed 09:30 (16.5 h, not): within 0.5, median 16.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 15, 14), "Ann Able")
    w.submit(t(LON, 2026, 11, 15, 14), "Bob Baker")
    w.reply(t(LON, 2026, 11, 17, 16, 30), "Ann Able")
    w.reply(t(LON, 2026, 11, 18, 9, 30), "Bob Baker")
    return report_checks(w, "2026-11-09", "2026-11-22", managers={MARIA: {
        "within_sla": 0.5, "sla_counted": 2, "median_hours": 16.0}})



@case("sla")
def delay_over_christmas_not_run_out(tmp):
    # Wed 23 Dec 10:00, no answer. 2 business days: Wed 7 h + Thu 24 Dec 8 h, Fri 25 and Mon 28 (Boxing Day
    # substitute) holidays, + 1 h → Tue 29 Dec 10:00. Period 21–28 Dec ends Tue 00:00: not run out, not counted.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 12, 23, 10), "Ann Able")
    return report_checks(w, "2026-12-21", "2026-12-28", managers={MARIA: {
        "received": 1, "answered": 0, "waiting": 1, "within_sla": None, "sla_counted": 0}})



@case("nudges")
def nudge_still_queued_did_not_go_out(tmp):
    # Ann Mon 10:00; a nudge queued Wed 10:30 but SMTP is down; Maria answers Wed 12:00: it never went out
    # before the reply: 0 nudges per answer.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30), hold=True)
    w.reply(t(LON, 2026, 11, 4, 12), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 1, "nudges_per_answer": 0.0}})



@case("nudges")
def nudges_of_unanswered_submissions_are_not_averaged(tmp):
    # Ann, Bob Mon 10:00; grouped nudge Wed 10:30; Ann answers Wed 12:00; Bob's second rung Fri 11:00. Averaged
    # over the answered (Ann: 1): 1.0.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    w.reply(t(LON, 2026, 11, 4, 12), "Ann Able")
    w.nudge_pass(t(LON, 2026, 11, 6, 11))
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 1, "waiting": 1, "nudges_per_answer": 1.0}})



@case("nudges")
def single_nudges_per_candidate(tmp):
    # group: per_candidate, up to 5 a day: Ann and Bob (Mon 10:00) each get their own nudge Wed 10:30; both
    # answer Thu 12:00 (26 h): 1 nudge per answer.
    w = World(tmp, config_text(group="per_candidate", extra="") .replace(
        "  group: per_candidate\n", "  group: per_candidate\n  max_per_manager_per_day: 5\n"))
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    sent = w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    w.reply(t(LON, 2026, 11, 5, 12), "Ann Able")
    w.reply(t(LON, 2026, 11, 5, 12), "Bob Baker")
    return [Check("history: two single nudges", len(sent), 2)] + report_checks(
        w, "2026-11-02", "2026-11-08",
        managers={MARIA: {"answered": 2, "median_hours": 26.0, "nudges_per_answer": 1.0}})



@case("nudges")
def manager_digest_counts_only_for_what_it_lists(tmp):
    # First rung 5 business days. Ann and Bob Tue 3 Nov 10:00; Bob answered Fri 6 Nov 10:00; Maria's digest Mon
    # 9 Nov 09:00 lists Ann only; Ann answered Mon 11:00. Nudges: Ann 1, Bob 0: 0.5.
    m = (Manager(MARIA, "Maria Manager", digest=True),)
    w = World(tmp, config_text(m, steps=(("5 business days", "followup_1", "manager"),),
                               extra="digests:\n  manager: every monday at 09:00\n"))
    w.digest_pass(t(LON, 2026, 11, 2, 8))
    w.submit(t(LON, 2026, 11, 3, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 3, 10), "Bob Baker")
    w.reply(t(LON, 2026, 11, 6, 10), "Bob Baker")
    w.digest_pass(t(LON, 2026, 11, 9, 9))
    w.reply(t(LON, 2026, 11, 9, 11), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-15", managers={MARIA: {"answered": 2, "nudges_per_answer": 0.5}})



@case("waiting")
def stop_after_the_period_still_waiting_at_its_end(tmp):
    # Ann Mon 2 Nov; the recruiter's stop Tue 10 Nov; period 2–8 Nov: still waiting at its end: 1.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.recruiter_stop(t(LON, 2026, 11, 10, 10), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"received": 1, "waiting": 1}})



@case("waiting")
def closed_by_ops_is_not_waiting(tmp):
    # Ann Mon 2 Nov; `mailer close` Tue 3 Nov: closed, not waiting; not answered.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.close(t(LON, 2026, 11, 3, 10), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"received": 1, "answered": 0, "waiting": 0}})



@case("nudges")
def team_nudges_average_over_all_answers(tmp):
    # Maria: Ann answered before any nudge (0), Bob after the grouped nudge Wed 10:30 (1). Lou (LA): Cara Mon 2 Nov
    # 09:00 LA, nudged Wed 09:30 LA and Fri 09:30 LA, answered Fri 12:00 LA (2). Team: (0 + 1 + 2) / 3 = 1.0
    # (not the mean of the managers' 0.5 and 2).
    w = World(tmp, config_text(LOU))
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.submit(t(LA, 2026, 11, 2, 9), "Cara Cole", manager="lou@acme.test")
    w.reply(t(LON, 2026, 11, 3, 10), "Ann Able")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    w.reply(t(LON, 2026, 11, 4, 12), "Bob Baker")
    w.nudge_pass(t(LA, 2026, 11, 4, 9, 30))
    w.nudge_pass(t(LA, 2026, 11, 6, 9, 30))
    w.reply(t(LA, 2026, 11, 6, 12), "Cara Cole", sender="lou@acme.test")
    return report_checks(w, "2026-11-02", "2026-11-08", team={"answered": 3, "nudges_per_answer": 1.0},
                         managers={MARIA: {"nudges_per_answer": 0.5}, "lou@acme.test": {"nudges_per_answer": 2.0}})



@case("waiting")
def manager_decision_after_the_recruiters_stop(tmp):
    # Written after reading the code, not blind.
    # Ann Mon 2 Nov 10:00; Rita's stop Tue 10:00 closes it (Maria answered by phone); Maria's "pass" Wed 11:00
    # comes after the nudging had stopped: not the reply (answered 0), and the submission was closed on Tuesday:
    # not still waiting, and closed by its recruiter before its delay (Wed 10:00): left out of within-SLA.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.recruiter_stop(t(LON, 2026, 11, 3, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 4, 11), "Ann Able", text="pass")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "received": 1, "answered": 0, "waiting": 0, "sla_counted": 0, "within_sla": None}})



@case("waiting")
def manager_decision_after_ops_closed_it(tmp):
    # Written after reading the code, not blind.
    # Ann and Bob Mon 2 Nov 10:00; `mailer close` Thu 5 Nov 10:00 for Ann (after her delay ran out); Maria's
    # "interview" on Ann Fri 11:00. Ann: closed Thursday, counted for SLA (delay ran out first), not within, not
    # waiting. Bob open: waiting. waiting 1, counted 2, within 0.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.close(t(LON, 2026, 11, 5, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 6, 11), "Ann Able", text="interview")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "received": 2, "answered": 0, "waiting": 1, "sla_counted": 2, "within_sla": 0.0}})



@case("waiting")
def snooze_then_stop_closes_at_the_stop(tmp):
    # Written after reading the code, not blind.
    # Ann Mon 2 Nov 10:00; Rita snoozes her Mon 11:00 ("snooze 3d"), stops her Fri 6 Nov 10:00; period 2–5 Nov:
    # still waiting at its end (the stop came after); period 2–8 Nov: not waiting.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    raw = w._mail("rita@acme.test", "mailer@acme.test", "Re: Candidate: Ann Able – Backend Engineer", "snooze 3d",
                  t(LON, 2026, 11, 2, 11), "snz@acme.test",
                  headers=f"In-Reply-To: <{w.names['Ann Able']}>\r\nReferences: <{w.names['Ann Able']}>\r\n")
    w._read(raw, t(LON, 2026, 11, 2, 11))
    w.recruiter_stop(t(LON, 2026, 11, 6, 10), "Ann Able")
    return (report_checks(w, "2026-11-02", "2026-11-05", managers={MARIA: {"waiting": 1}})
            + report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"waiting": 0}}))



@case("waiting")
def snooze_stop_then_decision_closes_at_the_stop(tmp):
    # Written after reading the code, not blind.
    # Rita snoozes Ann Mon 11:00, stops her Thu 5 Nov 10:00; Maria's "pass" Mon 9 Nov 10:00. Period 2–4 Nov: still
    # waiting; 2–6 Nov: closed Thursday (not the snooze, not Monday's pass): not waiting; counted for SLA (its delay,
    # Wed 10:00, ran out before the stop), not within.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    raw = w._mail("rita@acme.test", "mailer@acme.test", "Re: Candidate: Ann Able – Backend Engineer", "snooze 1d",
                  t(LON, 2026, 11, 2, 11), "snz@acme.test",
                  headers=f"In-Reply-To: <{w.names['Ann Able']}>\r\nReferences: <{w.names['Ann Able']}>\r\n")
    w._read(raw, t(LON, 2026, 11, 2, 11))
    w.recruiter_stop(t(LON, 2026, 11, 5, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 9, 10), "Ann Able", text="pass")
    return (report_checks(w, "2026-11-02", "2026-11-04", managers={MARIA: {"waiting": 1, "answered": 0}})
            + report_checks(w, "2026-11-02", "2026-11-06", managers={MARIA: {
                "waiting": 0, "answered": 0, "sla_counted": 1, "within_sla": 0.0}}))

