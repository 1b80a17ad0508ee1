"""Blind report sweep cases: the recruiter, manager and ops digests: what each tells, and when it goes (see
report_blind_judge.py)."""

from __future__ import annotations

import re

from report_blind_judge import (LA, LON, LOU, MARIA, NAMES, Check, case, t)
from report_blind_world import Manager, World, config_text


RECRUITER_DIGEST = "digests:\n  recruiter: every monday at 08:00\n"



MANAGER_DIGEST = "digests:\n  manager: every monday at 09:00\n"



def answered_in(body: str) -> list[str]:
    if "Answered since" not in body:
        return []
    part = body.split("Answered since", 1)[1].split("\n\n", 2)
    text = "\n".join(part[:2])
    return [n for n in NAMES if f"- {n}:" in text]



def waiting_in(body: str) -> list[str]:
    if "Still waiting" not in body:
        return []
    part = body.split("Still waiting", 1)[1].split("Answered since", 1)[0]
    return [n for n in NAMES if f"- {n}" in part]



def _gap_world(tmp, cadence=RECRUITER_DIGEST):
    w = World(tmp, config_text(extra=cadence))
    w.digest_pass(t(LON, 2026, 10, 30, 12))
    w.submit(t(LON, 2026, 10, 29, 10), "Hal Hume")  # open throughout: every digest has something to say
    return w



def trend_numbers(body: str):
    """(recent, answered, earlier) from the manager digest's trend sentence, read as numbers; a floor ("at least
    14.0 business hours") as ("≥", 14.0)."""
    m = re.search(r"median time to a first answer[^:]*: (at least )?([\d.]+)[^(]*\((\d+) answered[^)]*\)"
                  r"(?:, against (at least )?([\d.]+))?", body)
    if not m:
        return None

    def value(floor, number):
        return None if number is None else ("≥", float(number)) if floor else float(number)
    return (value(m.group(1), m.group(2)), int(m.group(3)), value(m.group(4), m.group(5)))



@case("digests")
def recruiter_digest_first_looks_back_one_week(tmp):
    # Seen configured Fri 30 Oct (nothing then). Ann (Thu 29 Oct) answered Fri 30 Oct 10:00: before the one-week
    # look-back; Bob (Mon 2 Nov) answered Tue 3 Nov: in the first digest, Mon 9 Nov 09:00 (08:00 waits for
    # business hours); Cara open: waiting. Cara answered Wed 11 Nov: in the second (16 Nov), Bob not again.
    w = World(tmp, config_text(extra=RECRUITER_DIGEST))
    early = w.digest_pass(t(LON, 2026, 10, 30, 12))
    w.submit(t(LON, 2026, 10, 29, 10), "Ann Able")
    w.reply(t(LON, 2026, 10, 30, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.reply(t(LON, 2026, 11, 3, 10), "Bob Baker")
    w.submit(t(LON, 2026, 11, 2, 10), "Cara Cole")
    first = w.digest_pass(t(LON, 2026, 11, 9, 9))
    w.reply(t(LON, 2026, 11, 11, 10), "Cara Cole")
    second = w.digest_pass(t(LON, 2026, 11, 16, 9))
    bodies = w.bodies("digest_recruiter", "rita@acme.test")
    return [Check("nothing on the day first seen", len(early), 0),
            Check("digests sent", len(bodies), 2),
            Check("first: answered", answered_in(bodies[0]) if bodies else None, ["Bob Baker"]),
            Check("first: waiting", waiting_in(bodies[0]) if bodies else None, ["Cara Cole"]),
            Check("second: answered", answered_in(bodies[1]) if len(bodies) > 1 else None, ["Cara Cole"]),
            Check("second: passes", (len(first), len(second)), (1, 1))]



@case("digests")
def recruiter_digest_after_six_weeks_is_capped_at_five(tmp):
    # Digest Mon 2 Nov 09:00 (Hal waiting). Ann (answered Tue 3 Nov) and Bob (Wed 11 Nov); next pass Mon 14 Dec
    # 09:00: since max(2 Nov 09:00, 14 Dec − 5 weeks = 9 Nov 09:00): Bob only.
    w = _gap_world(tmp)
    w.digest_pass(t(LON, 2026, 11, 2, 9))
    for name, day in (("Ann Able", 3), ("Bob Baker", 11)):
        w.submit(t(LON, 2026, 11, 2, 10), name)
        w.reply(t(LON, 2026, 11, day, 10), name)
    w.digest_pass(t(LON, 2026, 12, 14, 9))
    bodies = w.bodies("digest_recruiter", "rita@acme.test")
    return [Check("digests sent", len(bodies), 2),
            Check("after six weeks: answered", answered_in(bodies[-1]) if bodies else None, ["Bob Baker"])]



@case("digests")
def recruiter_digest_after_a_skipped_week(tmp):
    # Digest Mon 2 Nov; no pass on 9 Nov; Mon 16 Nov: since 2 Nov 09:00: Ann (Tue 3 Nov) and Bob (Tue 10 Nov).
    w = _gap_world(tmp)
    w.digest_pass(t(LON, 2026, 11, 2, 9))
    for name, day in (("Ann Able", 3), ("Bob Baker", 10)):
        w.submit(t(LON, 2026, 11, 2, 10), name)
        w.reply(t(LON, 2026, 11, day, 10), name)
    w.digest_pass(t(LON, 2026, 11, 16, 9))
    bodies = w.bodies("digest_recruiter", "rita@acme.test")
    return [Check("digests sent", len(bodies), 2),
            Check("after a skipped week: answered", answered_in(bodies[-1]) if bodies else None,
                  ["Ann Able", "Bob Baker"])]



@case("digests")
def recruiter_digest_every_two_weeks_tells_each_answer_once(tmp):
    # every 2 weeks on monday at 08:00, passes every Monday 09:00 from 2 to 30 Nov: digests 14 days apart; Ann
    # (answered Tue 3 Nov), Bob (Tue 10 Nov) and Cara (Tue 17 Nov) each told exactly once by 30 Nov.
    w = _gap_world(tmp, "digests:\n  recruiter: every 2 weeks on monday at 08:00\n")
    for name, day in (("Ann Able", 3), ("Bob Baker", 10), ("Cara Cole", 17)):
        w.submit(t(LON, 2026, 11, 2, 10), name)
    days = []
    for monday in (2, 9, 16, 23, 30):
        for name, day in (("Ann Able", 3), ("Bob Baker", 10), ("Cara Cole", 17)):
            if day == monday - 6:
                w.reply(t(LON, 2026, 11, day, 10), name)
        if w.digest_pass(t(LON, 2026, 11, monday, 9)):
            days.append(monday)
    bodies = w.bodies("digest_recruiter", "rita@acme.test")
    told = [n for b in bodies for n in answered_in(b)]
    gaps = {b - a for a, b in zip(days, days[1:])}
    return [Check("every 2 weeks: gaps in days", gaps, {14}),
            Check("each answer told once", sorted(told), ["Ann Able", "Bob Baker", "Cara Cole"])]



@case("digests")
def manager_digest_four_weeks_against_four_before(tmp):
    # Maria's digest Mon 30 Nov 09:00. Last 4 weeks (2–29 Nov): 2 h, 4 h, 8 h, and Gia waiting since Wed 25 Nov
    # (23 h by then): of four, the middle two are 4 and 8: median 6 (3 answered; over the answered alone it read
    # 4). The 4 before (5 Oct–1 Nov): 10 h, 16 h: median 13. 1 Sep (1 h) in neither. The digest lists Gia.
    m = (Manager(MARIA, "Maria Manager", digest=True),)
    w = World(tmp, config_text(m, steps=(("20 business days", "followup_1", "manager"),),
                               extra="digests:\n  manager: every monday at 09:00\n"))
    w.digest_pass(t(LON, 2026, 8, 31, 8))
    history = [("Ann Able", t(LON, 2026, 9, 1, 10), t(LON, 2026, 9, 1, 11)),
               ("Bob Baker", t(LON, 2026, 10, 6, 10), t(LON, 2026, 10, 7, 12)),
               ("Cara Cole", t(LON, 2026, 10, 13, 10), t(LON, 2026, 10, 15, 10)),
               ("Dan Dorsey", t(LON, 2026, 11, 3, 10), t(LON, 2026, 11, 3, 12)),
               ("Eva Ernst", t(LON, 2026, 11, 10, 10), t(LON, 2026, 11, 10, 14)),
               ("Finn Fox", t(LON, 2026, 11, 17, 10), t(LON, 2026, 11, 18, 10))]
    for name, sent, answered in history:
        w.submit(sent, name)
        w.reply(answered, name)
    w.submit(t(LON, 2026, 11, 25, 10), "Gia Grant")
    w.digest_pass(t(LON, 2026, 11, 30, 9))
    bodies = w.bodies("digest_manager", MARIA)
    last = bodies[-1] if bodies else ""
    return [Check("manager digest sent on 30 Nov", bool(bodies) and "Gia Grant" in last, True),
            Check("trend (recent, answered, earlier)", trend_numbers(last), (6.0, 3, 13.0)),
            Check("trend: the one waiting is counted", "(3 answered, 1 still waiting, the oldest for 3 business days)"
                  in " ".join(last.split()), True)]



@case("digests")
def recruiter_digest_waits_in_the_managers_business_days(tmp):
    # Lou (LA) got Ann Mon 2 Nov 09:00 LA; Rita's digest Mon 9 Nov 09:00 London (01:00 LA): Mon–Fri of Lou's
    # week = 5 business days ("waiting 5 business days"; in London's calendar it would be 4).
    w = World(tmp, config_text(LOU, extra=RECRUITER_DIGEST))
    w.digest_pass(t(LON, 2026, 10, 30, 12))
    w.submit(t(LA, 2026, 11, 2, 9), "Ann Able", manager="lou@acme.test")
    w.digest_pass(t(LON, 2026, 11, 9, 9))
    bodies = w.bodies("digest_recruiter", "rita@acme.test")
    line = next((ln for ln in (bodies[0] if bodies else "").splitlines() if "Ann Able" in ln), None)
    return [Check("waiting line", line and line.split(": ", 1)[-1], "waiting 5 business days")]



@case("digests")
def recruiter_digest_answer_after_in_the_managers_calendar(tmp):
    # Lou (LA): Ann Mon 2 Nov 09:00 LA, answered 17:00 LA: 8 h = "after 1 business day" (London's calendar: 0).
    w = World(tmp, config_text(LOU, extra=RECRUITER_DIGEST))
    w.digest_pass(t(LON, 2026, 10, 30, 12))
    w.submit(t(LA, 2026, 11, 2, 9), "Ann Able", manager="lou@acme.test")
    w.reply(t(LA, 2026, 11, 2, 17), "Ann Able", sender="lou@acme.test")
    w.digest_pass(t(LON, 2026, 11, 9, 9))
    bodies = w.bodies("digest_recruiter", "rita@acme.test")
    line = next((ln for ln in (bodies[0] if bodies else "").splitlines() if "Ann Able" in ln), None)
    return [Check("answered line", line and line.split(" answered ", 1)[-1],
                  'after 1 business day: "I will have a look at the CV and come back to you with questions."')]



@case("digests")
def recruiter_digest_with_nothing_to_say_sends_nothing(tmp):
    # Ann answered Mon 5 Oct, more than a week before the first slot (Mon 9 Nov): nothing waiting, nothing new.
    w = World(tmp, config_text(extra=RECRUITER_DIGEST))
    w.digest_pass(t(LON, 2026, 10, 30, 12))
    w.submit(t(LON, 2026, 10, 5, 10), "Ann Able")
    w.reply(t(LON, 2026, 10, 5, 12), "Ann Able")
    sent = w.digest_pass(t(LON, 2026, 11, 9, 9))
    return [Check("digests sent", len(sent), 0)]



@case("digests")
def recruiter_digest_next_checkin_in_her_time(tmp):
    # Rita–Lou (LA) every tuesday at 10:00 from 17 Nov: Rita's digest Mon 16 Nov 09:00 London names the next
    # check-in Tue 17 Nov 18:00 London, with Lou's 10:00 beside it.
    extra = (RECRUITER_DIGEST + "mentorships:\n  - recruiter: rita@acme.test\n    mentor: lou@acme.test\n"
             "    every: every tuesday at 10:00\n    start: 2026-11-17\n")
    w = World(tmp, config_text(LOU, extra=extra))
    w.digest_pass(t(LON, 2026, 11, 13, 12))
    w.submit(t(LON, 2026, 11, 13, 10), "Ann Able")
    w.digest_pass(t(LON, 2026, 11, 16, 9))
    bodies = w.bodies("digest_recruiter", "rita@acme.test")
    line = next((ln for ln in (bodies[0] if bodies else "").splitlines() if "with Lou" in ln), "")
    return [Check("next check-in: London time", "Tue 17 Nov 18:00" in line, True),
            Check("next check-in: Lou's time beside it", "10:00" in line, True)]



@case("digests")
def manager_digest_lists_only_waiting_candidates(tmp):
    # Maria's digest Mon 9 Nov: Ann answered, Bob stopped by Rita, Cara open: the list is Cara only.
    m = (Manager(MARIA, "Maria Manager", digest=True),)
    w = World(tmp, config_text(m, steps=(("20 business days", "followup_1", "manager"),), extra=MANAGER_DIGEST))
    w.digest_pass(t(LON, 2026, 11, 2, 8))
    for name in ("Ann Able", "Bob Baker", "Cara Cole"):
        w.submit(t(LON, 2026, 11, 3, 10), name)
    w.reply(t(LON, 2026, 11, 3, 12), "Ann Able")
    w.recruiter_stop(t(LON, 2026, 11, 3, 13), "Bob Baker")
    w.digest_pass(t(LON, 2026, 11, 9, 9))
    bodies = w.bodies("digest_manager", MARIA)
    listed = [n for n in NAMES if bodies and f". {n}" in bodies[-1]]
    return [Check("manager digest lists", listed, ["Cara Cole"])]



@case("digests")
def manager_digest_not_while_away(tmp):
    # Maria's out-of-office Wed 4 Nov "back on Monday 16 November": no digest Mon 9 Nov.
    m = (Manager(MARIA, "Maria Manager", digest=True),)
    w = World(tmp, config_text(m, steps=(("20 business days", "followup_1", "manager"),), extra=MANAGER_DIGEST))
    w.digest_pass(t(LON, 2026, 11, 2, 8))
    w.submit(t(LON, 2026, 11, 3, 10), "Ann Able")
    w.out_of_office(t(LON, 2026, 11, 4, 10), "Ann Able",
                    text="I am on annual leave and will be back on Monday, 16 November 2026.")
    sent = w.digest_pass(t(LON, 2026, 11, 9, 9))
    return [Check("no manager digest while away", [r.kind for r in sent if r.kind.startswith("digest")], [])]



@case("digests")
def manager_digest_trend_in_her_calendar(tmp):
    # Lou (LA, digest): Ann Mon 2 Nov 09:00 → 15:00 LA (6 h); Bob Tue 3 Nov 09:00 → Wed 4 Nov 09:00 LA (8 h); her
    # digest Mon 30 Nov 09:00 LA lists Cara (Wed 25 Nov, waiting 7 h that day and more since): of 6, 8 and Cara's
    # wait the middle one is 8: last 4 weeks median 8 (2 answered; 7 over the answered alone), none before.
    m = (Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles", digest=True),)
    w = World(tmp, config_text(m, steps=(("20 business days", "followup_1", "manager"),), extra=MANAGER_DIGEST))
    w.digest_pass(t(LA, 2026, 10, 26, 8))
    w.submit(t(LA, 2026, 11, 2, 9), "Ann Able", manager="lou@acme.test")
    w.reply(t(LA, 2026, 11, 2, 15), "Ann Able", sender="lou@acme.test")
    w.submit(t(LA, 2026, 11, 3, 9), "Bob Baker", manager="lou@acme.test")
    w.reply(t(LA, 2026, 11, 4, 9), "Bob Baker", sender="lou@acme.test")
    w.submit(t(LA, 2026, 11, 25, 10), "Cara Cole", manager="lou@acme.test")
    w.digest_pass(t(LA, 2026, 11, 30, 9))
    bodies = w.bodies("digest_manager", "lou@acme.test")
    return [Check("trend (recent, answered, earlier)", trend_numbers(bodies[-1]) if bodies else None, (8.0, 2, None))]



@case("digests")
def ops_digest_is_the_report_in_short(tmp):
    # Olga (ops), Mon 9 Nov 09:00, last 12 weeks: Ann (Mon 6 Jul, answered) is older; Bob (Mon 2 Nov 10:00 → Tue
    # 10:00, 8 h) and Cara (open, delay run out; Mon 10:00 → Mon 9 Nov 09:00 = 39 h): 2 submissions, 1 answered,
    # 1 waiting; half answered at 8 h and Cara may answer any time after: median at least 8 (review10: not the
    # middle of 8 and Cara's wait so far, which a longer wait could lower), p90 at least 39; 50% within.
    w = World(tmp, config_text(extra=RECRUITER_DIGEST.replace("recruiter", "ops") + "ops: [olga@acme.test]\n"))
    w.digest_pass(t(LON, 2026, 10, 30, 12))
    w.submit(t(LON, 2026, 7, 6, 10), "Ann Able")
    w.reply(t(LON, 2026, 7, 6, 12), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.reply(t(LON, 2026, 11, 3, 10), "Bob Baker")
    w.submit(t(LON, 2026, 11, 2, 10), "Cara Cole")
    w.digest_pass(t(LON, 2026, 11, 9, 9))
    bodies = w.bodies("digest_ops", "olga@acme.test")
    body = " ".join((bodies[-1] if bodies else "").split())
    return [Check("ops: counts", "2 submissions, 1 answered, 1 still waiting" in body, True),
            Check("ops: median and p90", "Median time to a first answer at least 8.0 business hours (90th "
                                         "percentile at least 39.0 business hours); 50% answered within" in body,
                  True)]



@case("digests")
def recruiter_digest_after_downtime_goes_once(tmp):
    # Digest Mon 2 Nov (Hal waiting); mailer down until Wed 18 Nov 10:00: one digest then (the latest slot's,
    # 16 Nov), telling Ann (answered Tue 3 Nov) and Bob (Tue 10 Nov); the pass Thu 19 Nov sends nothing more.
    w = _gap_world(tmp)
    w.digest_pass(t(LON, 2026, 11, 2, 9))
    for name, day in (("Ann Able", 3), ("Bob Baker", 10)):
        w.submit(t(LON, 2026, 11, 2, 10), name)
        w.reply(t(LON, 2026, 11, day, 10), name)
    late = w.digest_pass(t(LON, 2026, 11, 18, 10))
    again = w.digest_pass(t(LON, 2026, 11, 19, 10))
    bodies = w.bodies("digest_recruiter", "rita@acme.test")
    return [Check("after downtime: digests in the two passes", (len(late), len(again)), (1, 0)),
            Check("after downtime: answered", answered_in(bodies[-1]) if bodies else None, ["Ann Able", "Bob Baker"])]



@case("digests")
def recruiter_digest_that_waited_tells_what_came_meanwhile(tmp):
    # Mon 9 Nov 09:00 the digest is queued (SMTP down: held); Bob is answered Mon 10:00; it goes Mon 11:00, composed
    # again at sending: Bob is in it. The next digest (16 Nov) reports from that composition: Bob not again;
    # Cara (answered Tue 10 Nov) in it.
    w = _gap_world(tmp)
    w.digest_pass(t(LON, 2026, 11, 2, 9))
    for name in ("Bob Baker", "Cara Cole"):
        w.submit(t(LON, 2026, 11, 3, 10), name)
    from mailer.digests import queue_digests
    w.held.update(queue_digests(w.store, w.config, w.env, t(LON, 2026, 11, 9, 9)))
    w._sent(t(LON, 2026, 11, 9, 9))
    w.reply(t(LON, 2026, 11, 9, 10), "Bob Baker")
    w.send_held(t(LON, 2026, 11, 9, 11))
    w.reply(t(LON, 2026, 11, 10, 10), "Cara Cole")
    w.digest_pass(t(LON, 2026, 11, 16, 9))
    bodies = w.bodies("digest_recruiter", "rita@acme.test")
    return [Check("digests sent", len(bodies), 3),
            Check("the one that waited: answered", answered_in(bodies[1]) if len(bodies) > 1 else None, ["Bob Baker"]),
            Check("the next: answered", answered_in(bodies[2]) if len(bodies) > 2 else None, ["Cara Cole"])]



@case("digests")
def recruiter_digest_waits_for_business_hours(tmp):
    # Written after reading the code, not blind.
    # Slot Mon 08:00; Rita's day is 9–17: a pass at 08:00 sends nothing, the one at 09:00 sends it.
    w = _gap_world(tmp)
    early = w.digest_pass(t(LON, 2026, 11, 2, 8))
    on_time = w.digest_pass(t(LON, 2026, 11, 2, 9))
    return [Check("08:00 / 09:00 passes", (len(early), len(on_time)), (0, 1))]



@case("digests")
def digest_key_added_on_wednesday_waits_for_monday(tmp):
    # Written after reading the code, not blind.
    # First seen configured Wed 4 Nov 12:00 (Hal waiting): Monday 2 Nov's slot is not sent late; Mon 9 Nov's is.
    w = World(tmp, config_text(extra=RECRUITER_DIGEST))
    w.submit(t(LON, 2026, 10, 29, 10), "Hal Hume")
    wednesday = w.digest_pass(t(LON, 2026, 11, 4, 12))
    thursday = w.digest_pass(t(LON, 2026, 11, 5, 12))
    monday = w.digest_pass(t(LON, 2026, 11, 9, 9))
    return [Check("Wed / Thu / Mon passes", (len(wednesday), len(thursday), len(monday)), (0, 0, 1))]



@case("digests")
def missed_slot_waits_for_the_same_days_slot(tmp):
    # Written after reading the code, not blind.
    # every weekday at 16:00: Monday's goes Mon 16:00; mailer is down until Wed 10:00: Tuesday's missed slot waits
    # for Wednesday's at 16:00 (one digest, at its time), not one at 10:00 and another at 16:00.
    w = _gap_world(tmp, "digests:\n  recruiter: every weekday at 16:00\n")
    monday = w.digest_pass(t(LON, 2026, 11, 2, 16))
    morning = w.digest_pass(t(LON, 2026, 11, 4, 10))
    afternoon = w.digest_pass(t(LON, 2026, 11, 4, 16))
    return [Check("Mon 16:00 / Wed 10:00 / Wed 16:00", (len(monday), len(morning), len(afternoon)), (1, 0, 1))]



@case("digests")
def manager_digest_not_while_her_address_bounces(tmp):
    # Written after reading the code, not blind.
    # Maria's nudge bounces Wed 4 Nov (first rung 2 days); no digest Mon 9 Nov though Ann waits.
    m = (Manager(MARIA, "Maria Manager", digest=True),)
    w = World(tmp, config_text(m, extra=MANAGER_DIGEST))
    w.digest_pass(t(LON, 2026, 11, 2, 8))
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    read = w.bounce_of_last_nudge(t(LON, 2026, 11, 4, 10, 35))
    sent = w.digest_pass(t(LON, 2026, 11, 9, 9))
    return [Check("history: read as a bounce", read, {"bounce": 1}),
            Check("history: her address failing", MARIA in w.store.failing(), True),
            Check("no manager digest to a failing address", [r.kind for r in sent if r.kind == "digest_manager"], [])]



@case("digests")
def recruiter_domains_get_a_digest_only_with_open_submissions(tmp):
    # Written after reading the code, not blind.
    # recruiter_domains [talent.test]: tom@talent.test (Ann open) gets Monday's digest; tia@talent.test (Bob,
    # answered three weeks before) gets none.
    w = World(tmp, config_text(extra=RECRUITER_DIGEST + "recruiter_domains: [talent.test]\n"))
    w.digest_pass(t(LON, 2026, 10, 30, 12))
    w.submit(t(LON, 2026, 10, 12, 10), "Bob Baker", recruiter="Tia Talent <tia@talent.test>")
    w.reply(t(LON, 2026, 10, 12, 12), "Bob Baker")
    w.submit(t(LON, 2026, 11, 3, 10), "Ann Able", recruiter="Tom Talent <tom@talent.test>")
    sent = w.digest_pass(t(LON, 2026, 11, 9, 9))
    return [Check("digest recipients", sorted(r.recipients[0] for r in sent if r.kind == "digest_recruiter"),
                  ["tom@talent.test"])]

