"""Blind report sweep cases: reply time in each manager's calendar: hours, zones, holidays, DST, a backlog read late
(see report_blind_judge.py)."""

from __future__ import annotations

from datetime import datetime

from report_blind_judge import (BER, DXB, KOL, LA, LON, MARIA, NY, SYD, case, hours_case, one_reply, report_checks,
                                t)
from report_blind_world import Manager, World, config_text


def _backlog_submission(w: World, sent: datetime, read: datetime, name: str) -> None:
    """A submission the recruiter sent at `sent` (its Date) that mailer read only at `read` (it was down)."""
    from email.utils import format_datetime
    mid = f"late-{name.split()[0].lower()}@acme.test"
    raw = w._mail("Rita Recruiter <rita@acme.test>", MARIA, f"Candidate: {name} – Backend Engineer",
                  f"Hi, {name} would be great for the team.", sent, mid, cc="mailer@acme.test")
    assert w._read(raw, read) == {"submission": 1}
    w.names[name] = mid
    assert format_datetime(sent)



@case("business time")
def weekend_fri_16_to_mon_10(tmp):
    # README's own example: Fri 16:00 → Mon 10:00 in a 9–17 week = 1 + 1 = 2 h. Within 16 h: yes.
    return hours_case(tmp, t(LON, 2026, 11, 6, 16), t(LON, 2026, 11, 9, 10), 2.0, within=1.0)



@case("business time")
def mon_10_to_wed_12_over_the_sla(tmp):
    # Mon 7 + Tue 8 + Wed 3 = 18 h > 16 h (2 business days): not within.
    return hours_case(tmp, t(LON, 2026, 11, 2, 10), t(LON, 2026, 11, 4, 12), 18.0, within=0.0)



@case("business time")
def reply_after_hours_counts_to_the_days_end(tmp):
    # Mon 10:00 → Mon 19:30: the business day ends at 17:00 = 7 h.
    return hours_case(tmp, t(LON, 2026, 11, 2, 10), t(LON, 2026, 11, 2, 19, 30), 7.0)



@case("business time")
def reply_on_saturday(tmp):
    # Fri 10:00 → Sat 11:00: Fri 7 h, Saturday none = 7 h.
    return hours_case(tmp, t(LON, 2026, 11, 6, 10), t(LON, 2026, 11, 7, 11), 7.0)



@case("business time")
def submission_on_sunday(tmp):
    # Sun 22 Nov 14:00 → Mon 23 Nov 11:30: the clock starts Mon 09:00 = 2.5 h. The week is the one of Mon 16 Nov
    # (Monday to Sunday, by the day it arrived); the week of 23 Nov is listed, empty.
    w = one_reply(tmp, t(LON, 2026, 11, 22, 14), t(LON, 2026, 11, 23, 11, 30))
    return report_checks(w, "2026-11-16", "2026-11-29", managers={MARIA: {"median_hours": 2.5}},
                         weeks={"2026-11-16": {"received": 1, "answered": 1, "median_hours": 2.5},
                                "2026-11-23": {"received": 0, "answered": 0, "median_hours": None}})



@case("business time")
def reply_before_business_hours_start(tmp):
    # Berlin (UTC+1 in Nov), default 9–17: submitted Tue 07:00 Berlin, answered 08:30 Berlin, before the day
    # starts = 0 h.
    m = (Manager("bert@acme.test", "Bert Berliner", "Europe/Berlin"),)
    return hours_case(tmp, t(BER, 2026, 11, 10, 7), t(BER, 2026, 11, 10, 8, 30), 0.0, managers=m)



@case("business time")
def submission_before_hours_clock_starts_at_nine(tmp):
    # Berlin: submitted Tue 07:30 London = 08:30 Berlin, answered 09:15 London = 10:15 Berlin: 09:00–10:15 = 1.25 h.
    m = (Manager("bert@acme.test", "Bert Berliner", "Europe/Berlin"),)
    return hours_case(tmp, t(LON, 2026, 11, 10, 7, 30), t(LON, 2026, 11, 10, 9, 15), 1.25, managers=m)



@case("time zones")
def los_angeles_manager(tmp):
    # LA (UTC−8 in Nov): Mon 17:00 London = 09:00 LA; reply Mon 23:30 London = 15:30 LA = 6.5 h.
    m = (Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"),)
    return hours_case(tmp, t(LON, 2026, 11, 9, 17), t(LON, 2026, 11, 9, 23, 30), 6.5, managers=m)



@case("time zones")
def kolkata_manager_ten_to_six(tmp):
    # Kolkata +05:30, hours 10:00–18:00: Wed 05:00 London = 10:30 IST → Thu 06:00 London = 11:30 IST:
    # Wed 7.5 + Thu 1.5 = 9 h.
    m = (Manager("kavya@acme.test", "Kavya Kolkata", "Asia/Kolkata", ("10:00", "18:00")),)
    return hours_case(tmp, t(LON, 2026, 11, 11, 5), t(LON, 2026, 11, 12, 6), 9.0, managers=m)



@case("time zones")
def kolkata_sla_is_two_of_her_days(tmp):
    # Kolkata 10:00–18:30 (8.5 h days): Mon 12:00 IST → Wed 11:30 IST = 6.5 + 8.5 + 1.5 = 16.5 h; the first rung
    # (2 business days, counted as the ladder does: to Wed 12:00) has not run out: within = 1.0.
    m = (Manager("kavya@acme.test", "Kavya Kolkata", "Asia/Kolkata", ("10:00", "18:30")),)
    return hours_case(tmp, t(KOL, 2026, 11, 9, 12), t(KOL, 2026, 11, 11, 11, 30), 16.5, managers=m, within=1.0)



@case("holidays")
def kolkata_gandhi_jayanti(tmp):
    # Kolkata 10–18 with IN holidays: Thu 1 Oct 17:00 → Mon 5 Oct 11:00: Thu 1 h, Fri 2 Oct holiday, Mon 1 h = 2 h.
    m = (Manager("kavya@acme.test", "Kavya Kolkata", "Asia/Kolkata", ("10:00", "18:00"), holidays="{country: IN}"),)
    return hours_case(tmp, t(KOL, 2026, 10, 1, 17), t(KOL, 2026, 10, 5, 11), 2.0, managers=m)



@case("DST")
def sydney_across_dst_start(tmp):
    # Sydney DST starts Sun 4 Oct 2026 (+10 → +11). Fri 2 Oct 16:00 → Mon 5 Oct 10:00 local, GB holidays:
    # 1 + 1 = 2 h.
    m = (Manager("syd@acme.test", "Sid Sydney", "Australia/Sydney"),)
    return hours_case(tmp, t(SYD, 2026, 10, 2, 16), t(SYD, 2026, 10, 5, 10), 2.0, managers=m)



@case("holidays")
def sydney_reply_on_labour_day(tmp):
    # The same with AU/NSW holidays: Mon 5 Oct is Labour Day, the reply on it adds nothing: 1 h.
    m = (Manager("syd@acme.test", "Sid Sydney", "Australia/Sydney", holidays="{country: AU, subdivision: NSW}"),)
    return hours_case(tmp, t(SYD, 2026, 10, 2, 16), t(SYD, 2026, 10, 5, 10), 1.0, managers=m)



@case("DST")
def london_autumn_back(tmp):
    # Fri 23 Oct 16:00 BST → Mon 26 Oct 10:00 GMT (clocks back Sun 25 Oct): 1 + 1 = 2 h.
    return hours_case(tmp, t(LON, 2026, 10, 23, 16), t(LON, 2026, 10, 26, 10), 2.0)



@case("DST")
def london_spring_forward(tmp):
    # Fri 27 Mar 16:30 GMT → Mon 30 Mar 09:30 BST (clocks forward Sun 29 Mar): 0.5 + 0.5 = 1 h.
    return hours_case(tmp, t(LON, 2026, 3, 27, 16, 30), t(LON, 2026, 3, 30, 9, 30), 1.0, since="2026-03-01")



@case("DST")
def la_autumn_back(tmp):
    # LA clocks back Sun 1 Nov: Fri 30 Oct 15:00 PDT → Mon 2 Nov 11:00 PST: 2 + 2 = 4 h.
    m = (Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"),)
    return hours_case(tmp, t(LA, 2026, 10, 30, 15), t(LA, 2026, 11, 2, 11), 4.0, managers=m)



@case("DST")
def la_spring_forward_while_london_is_not(tmp):
    # LA forward Sun 8 Mar (London not until 29 Mar): Fri 6 Mar 16:00 PST → Mon 9 Mar 10:00 PDT: 1 + 1 = 2 h.
    m = (Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"),)
    return hours_case(tmp, t(LA, 2026, 3, 6, 16), t(LA, 2026, 3, 9, 10), 2.0, managers=m, since="2026-03-01")



@case("holidays")
def company_day_off_from_config(tmp):
    # Maria with a company day off Tue 17 Nov: Mon 16 Nov 15:00 → Wed 18 Nov 10:00: 2 + 0 + 1 = 3 h.
    m = (Manager(MARIA, "Maria Manager", holidays="{country: GB, subdivision: ENG, dates: [2026-11-17]}"),)
    return hours_case(tmp, t(LON, 2026, 11, 16, 15), t(LON, 2026, 11, 18, 10), 3.0, managers=m)



@case("holidays")
def reply_on_boxing_day_substitute(tmp):
    # Thu 24 Dec 16:00 → Mon 28 Dec 11:00: Thu 1 h; Fri 25 Christmas, Mon 28 the Boxing Day substitute: 1 h.
    return hours_case(tmp, t(LON, 2026, 12, 24, 16), t(LON, 2026, 12, 28, 11), 1.0)



@case("business time")
def sunday_to_thursday_week(tmp):
    # Dubai, Sun–Thu 08:00–16:00: Fri 20 Nov 12:00 → Sun 22 Nov 10:00: Fri and Sat are not business days: 2 h.
    m = (Manager("dina@acme.test", "Dina Dubai", "Asia/Dubai", ("08:00", "16:00"), "[sun, mon, tue, wed, thu]"),)
    return hours_case(tmp, t(DXB, 2026, 11, 20, 12), t(DXB, 2026, 11, 22, 10), 2.0, managers=m)



@case("backlog")
def submission_read_after_a_weekend_down(tmp):
    # Rita sent Ann Fri 6 Nov 10:00; mailer was down and read it Mon 9 Nov 10:00; Maria answered Mon 11:00. The
    # submission is Friday's: Fri 7 + Mon 2 = 9 h (README: "from the submission"; mailer's reading time would say 1).
    w = World(tmp, config_text())
    _backlog_submission(w, t(LON, 2026, 11, 6, 10), t(LON, 2026, 11, 9, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 9, 11), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-15", managers={MARIA: {"answered": 1, "median_hours": 9.0}},
                         weeks={"2026-11-02": {"received": 1}, "2026-11-09": {"received": 0}})



@case("DST")
def sydney_across_dst_end_and_easter(tmp):
    # Sydney DST ends Sun 5 Apr 2026 (+11 → +10); GB holidays Good Friday 3 Apr and Easter Monday 6 Apr:
    # Thu 2 Apr 16:00 AEDT → Tue 7 Apr 10:00 AEST = 1 + 1 = 2 h.
    m = (Manager("syd@acme.test", "Sid Sydney", "Australia/Sydney"),)
    return hours_case(tmp, t(SYD, 2026, 4, 2, 16), t(SYD, 2026, 4, 7, 10), 2.0, managers=m, since="2026-03-01",
                      until="2026-04-30")



@case("holidays")
def los_angeles_thanksgiving_across_utc_midnight(tmp):
    # LA with US holidays: Wed 25 Nov 16:00 PST (Thu 00:00 UTC) → Fri 27 Nov 10:00 PST: Wed 1, Thanksgiving 0,
    # Fri 1 = 2 h.
    m = (Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles", holidays="{country: US}"),)
    return hours_case(tmp, t(LA, 2026, 11, 25, 16), t(LA, 2026, 11, 27, 10), 2.0, managers=m)



@case("business time")
def half_hour_start_in_new_york(tmp):
    # New York 08:30–17:00: Fri 6 Nov 16:45 → Mon 9 Nov 08:45 = 0.25 + 0.25 = 0.5 h.
    m = (Manager("nate@acme.test", "Nate Newyork", "America/New_York", ("08:30", "17:00")),)
    return hours_case(tmp, t(NY, 2026, 11, 6, 16, 45), t(NY, 2026, 11, 9, 8, 45), 0.5, managers=m)



@case("business time")
def reply_inside_the_la_day_after_utc_midnight(tmp):
    # LA: Mon 9 Nov 16:00 PST → 16:30 PST (Tue 00:30 UTC): 0.5 h.
    m = (Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"),)
    return hours_case(tmp, t(LA, 2026, 11, 9, 16), t(LA, 2026, 11, 9, 16, 30), 0.5, managers=m)



@case("time zones")
def unlisted_manager_tracked_with_the_defaults(tmp):
    # Written after reading the code, not blind.
    # Ann to ursula@acme.test (not listed, company domain: tracked) Fri 6 Nov 16:00 London, answered Mon 9 Nov
    # 10:00: the defaults' calendar, 2 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 6, 16), "Ann Able", manager="ursula@acme.test")
    w.reply(t(LON, 2026, 11, 9, 10), "Ann Able", sender="ursula@acme.test")
    return report_checks(w, "2026-11-02", "2026-11-15", managers={"ursula@acme.test": {
        "received": 1, "answered": 1, "median_hours": 2.0}})

