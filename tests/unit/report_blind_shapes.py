"""A blind sweep of `mailer report` and the weekly digests: histories built through mailer's public path
(report_blind_world.py) and the figure each should give, computed by hand from README's "Are managers answering
faster?" table and "Weekly digests" before the code was read or run. Each expectation's comment is the hand
computation. Times are local to the zone named; London is UTC+0 from 25 Oct 2026 to 28 Mar 2027 and UTC+1 in summer.

Default calendar (defaults): Europe/London, Mon–Fri 09:00–17:00, GB/ENG holidays. Default ladder: first rung
`2 business days` (the SLA), then 2 and 3 business days. 2 Nov 2026 is a Monday."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

from report_blind_world import Manager, World, config_text

LON, LA, BER = ZoneInfo("Europe/London"), ZoneInfo("America/Los_Angeles"), ZoneInfo("Europe/Berlin")
KOL, SYD, NY, DXB = (ZoneInfo("Asia/Kolkata"), ZoneInfo("Australia/Sydney"), ZoneInfo("America/New_York"),
                     ZoneInfo("Asia/Dubai"))
MARIA = "maria@acme.test"
NAMES = ["Ann Able", "Bob Baker", "Cara Cole", "Dan Dorsey", "Eva Ernst", "Finn Fox", "Gia Grant", "Hal Hume",
         "Ida Irwin", "Jon Jarvis", "Kim Kowalski", "Lea Lund"]


def t(zone, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=zone)


@dataclass
class Check:
    figure: str
    got: object
    expected: object

    @property
    def right(self) -> bool:
        if isinstance(self.expected, float) and isinstance(self.got, (int, float)) and not isinstance(self.got, bool):
            return abs(self.got - self.expected) < 0.051
        return self.got == self.expected


@dataclass
class Case:
    name: str
    family: str
    build: Callable[[Path], list[Check]]


CASES: list[Case] = []


def case(family: str):
    def register(fn):
        CASES.append(Case(fn.__name__, family, fn))
        return fn
    return register


FIGURES = ("received", "answered", "median_hours", "p90_hours", "within_sla", "sla_counted", "nudges_per_answer",
           "waiting")


def _number(text):
    if text in ("", None):
        return None
    value = float(text)
    return int(value) if value == int(value) and "." not in text else value


def report_checks(w: World, since: str, until: str, team: dict | None = None, managers: dict | None = None,
                  weeks: dict | None = None, now: datetime | None = None, csv: bool = True) -> list[Check]:
    """The JSON report's team, manager and week figures against the hand computation; the CSV manager rows
    against the same expectation."""
    now = now or t(LON, 2027, 2, 1, 12)
    data = w.report(since, until, now)
    checks = []
    for key, value in (team or {}).items():
        checks.append(Check(f"json team {key}", data["team"].get(key), value))
    rows = {r["manager"]: r for r in data["managers"]}
    for address, figures in (managers or {}).items():
        for key, value in figures.items():
            checks.append(Check(f"json {address} {key}", rows.get(address, {}).get(key), value))
    by_week = {r["week"]: r for r in data["weeks"]}
    for week, figures in (weeks or {}).items():
        if figures is None:
            checks.append(Check(f"json week {week} listed", week in by_week, False))
            continue
        checks.append(Check(f"json week {week} listed", week in by_week, True))
        for key, value in figures.items():
            checks.append(Check(f"json week {week} {key}", by_week.get(week, {}).get(key), value))
    if csv and managers:
        csv_rows = {r["manager"]: r for r in w.report(since, until, now, "csv")}
        for address, figures in managers.items():
            for key, value in figures.items():
                got = _number(csv_rows.get(address, {}).get(key)) if address in csv_rows else "missing"
                checks.append(Check(f"csv {address} {key}", got, value))
    return checks


def one_reply(tmp, submitted, replied, managers=None, **kw):
    """One submission to Maria (or the first manager given), one human reply."""
    ms = managers or (Manager(MARIA, "Maria Manager"),)
    w = World(tmp, config_text(ms, **kw))
    w.submit(submitted, "Ann Able", manager=ms[0].email)
    w.reply(replied, "Ann Able", sender=ms[0].email)
    return w


def hours_case(tmp, submitted, replied, expected_hours, managers=None, since="2026-09-01", until="2027-01-31",
               within=None, **kw):
    w = one_reply(tmp, submitted, replied, managers, **kw)
    address = (managers or (Manager(MARIA, "Maria Manager"),))[0].email
    figures = {"received": 1, "answered": 1, "median_hours": expected_hours, "p90_hours": expected_hours,
               "waiting": 0}
    if within is not None:
        figures["within_sla"] = within
    return report_checks(w, since, until, managers={address: figures})


# ---------------------------------------------------------------- reply time: calendars, zones, DST, holidays

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
    # Sydney DST starts Sun 4 Oct 2026 (+10 → +11). Fri 2 Oct 16:00 → Mon 5 Oct 10:00 local, GB holidays: 1 + 1 = 2 h.
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


# ---------------------------------------------------------------- period edges

@case("period")
def period_edges_in_defaults_timezone_summer(tmp):
    # --since 2026-07-06 --until 2026-07-12 in London (BST): Mon 6 Jul 00:30 BST and Sun 12 Jul 23:30 BST are
    # in; Sun 5 Jul 23:30 BST and Mon 13 Jul 00:15 BST are not: received 2, none answered, both still waiting.
    w = World(tmp, config_text())
    for when, name in [(t(LON, 2026, 7, 5, 23, 30), "Ann Able"), (t(LON, 2026, 7, 6, 0, 30), "Bob Baker"),
                       (t(LON, 2026, 7, 12, 23, 30), "Cara Cole"), (t(LON, 2026, 7, 13, 0, 15), "Dan Dorsey")]:
        w.submit(when, name)
    return report_checks(w, "2026-07-06", "2026-07-12", now=t(LON, 2026, 8, 1),
                         team={"received": 2, "answered": 0, "waiting": 2},
                         weeks={"2026-07-06": {"received": 2}, "2026-06-29": None, "2026-07-13": None})


@case("period")
def period_edges_new_york_defaults(tmp):
    # defaults.timezone America/New_York (UTC−5): --since 2026-11-09 --until 2026-11-15. Mon 9 Nov 03:00 UTC is
    # Sun 8 Nov 22:00 NY: out; Mon 16 Nov 04:30 UTC is Sun 15 Nov 23:30 NY: in (week of Mon 9 Nov).
    w = World(tmp, config_text(zone="America/New_York"))
    w.submit(t(ZoneInfo("UTC"), 2026, 11, 9, 3), "Ann Able")
    w.submit(t(ZoneInfo("UTC"), 2026, 11, 16, 4, 30), "Bob Baker")
    return report_checks(w, "2026-11-09", "2026-11-15", team={"received": 1, "waiting": 1},
                         weeks={"2026-11-09": {"received": 1}, "2026-11-02": None, "2026-11-16": None})


@case("period")
def reply_after_until_is_not_counted(tmp):
    # Thu 5 Nov 10:00, answered Mon 9 Nov 09:30; period 2–8 Nov: received 1, answered 0, still waiting 1; the
    # delay (to Mon 10:00) had not run out by the end (Mon 00:00) and it was not answered in time: not counted,
    # within None.
    w = one_reply(tmp, t(LON, 2026, 11, 5, 10), t(LON, 2026, 11, 9, 9, 30))
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "received": 1, "answered": 0, "median_hours": None, "waiting": 1, "within_sla": None, "sla_counted": 0}})


@case("period")
def reply_inside_a_longer_period(tmp):
    # The same history to 9 Nov: answered, Thu 7 + Fri 8 + Mon 0.5 = 15.5 h ≤ 16: within 1/1.
    w = one_reply(tmp, t(LON, 2026, 11, 5, 10), t(LON, 2026, 11, 9, 9, 30))
    return report_checks(w, "2026-11-02", "2026-11-09", managers={MARIA: {
        "received": 1, "answered": 1, "median_hours": 15.5, "waiting": 0, "within_sla": 1.0, "sla_counted": 1}})


@case("period")
def until_as_iso_time_is_excluded(tmp):
    # --until 2026-11-04T12:00:00+00:00 (an ISO time, excluded): a reply at Wed 12:00 exactly is not before the
    # end; at 11:59 it is. Two submissions Mon 10:00: Ann answered 11:59 (17.98 h), Bob at 12:00. answered 1.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.reply(t(LON, 2026, 11, 4, 11, 59), "Ann Able")
    w.reply(t(LON, 2026, 11, 4, 12, 0), "Bob Baker")
    return report_checks(w, "2026-11-02", "2026-11-04T12:00:00+00:00",
                         managers={MARIA: {"received": 2, "answered": 1, "waiting": 1}})


# ---------------------------------------------------------------- median and p90

def spread(tmp, hours: list[float]):
    """One submission per value to Maria, Mon 2 Nov 09:00 (and on), each answered after that many business hours:
    up to 8 h on Monday, the rest from Tue 09:00."""
    w = World(tmp, config_text())
    for i, h in enumerate(hours):
        name = NAMES[i]
        w.submit(t(LON, 2026, 11, 2, 9), name)
        answered = t(LON, 2026, 11, 2, 9) + timedelta(hours=h) if h < 8 else t(LON, 2026, 11, 3, 9) + timedelta(hours=h - 8)
        w.reply(answered, name)
    return w


def median_case(tmp, hours, median, p90):
    w = spread(tmp, hours)
    return report_checks(w, "2026-11-02", "2026-11-15", managers={MARIA: {
        "answered": len(hours), "median_hours": median, "p90_hours": p90}},
        team={"median_hours": median, "p90_hours": p90})


@case("median")
def median_of_two(tmp):
    # 2 and 6: median (2+6)/2 = 4; p90 nearest rank ceil(0.9·2) = 2nd = 6.
    return median_case(tmp, [6, 2], 4.0, 6.0)


@case("median")
def median_of_three(tmp):
    # 1, 5, 9: median 5; p90 rank ceil(2.7) = 3rd = 9.
    return median_case(tmp, [9, 1, 5], 5.0, 9.0)


@case("median")
def median_of_four(tmp):
    # 1, 2, 4, 10: median (2+4)/2 = 3; p90 rank ceil(3.6) = 4th = 10.
    return median_case(tmp, [10, 4, 1, 2], 3.0, 10.0)


@case("median")
def p90_of_nine(tmp):
    # 1..9: median 5; p90 rank ceil(8.1) = 9th = 9.
    return median_case(tmp, list(range(9, 0, -1)), 5.0, 9.0)


@case("median")
def p90_of_ten(tmp):
    # 1..10: median 5.5; p90 rank ceil(9.0) = 9th = 9.
    return median_case(tmp, list(range(1, 11)), 5.5, 9.0)


@case("median")
def p90_of_eleven(tmp):
    # 1..11: median 6; p90 rank ceil(9.9) = 10th = 10.
    return median_case(tmp, list(range(11, 0, -1)), 6.0, 10.0)


@case("median")
def team_median_over_two_managers(tmp):
    # Maria (London) 1 h and 3 h; Lou (LA) 8 h. Per manager: Maria median 2, p90 3; Lou 8, 8. Team: 1, 3, 8:
    # median 3, p90 rank 3 = 8. Lou: Mon 09:00 LA → Mon 17:00 LA = 8 h.
    ms = (Manager(MARIA, "Maria Manager"), Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"))
    w = World(tmp, config_text(ms))
    w.submit(t(LON, 2026, 11, 2, 9), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 9), "Bob Baker")
    w.submit(t(LA, 2026, 11, 2, 9), "Cara Cole", manager="lou@acme.test")
    w.reply(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 12), "Bob Baker")
    w.reply(t(LA, 2026, 11, 2, 17), "Cara Cole", sender="lou@acme.test")
    return report_checks(w, "2026-11-02", "2026-11-08", team={"received": 3, "median_hours": 3.0, "p90_hours": 8.0},
                         managers={MARIA: {"median_hours": 2.0, "p90_hours": 3.0},
                                   "lou@acme.test": {"median_hours": 8.0, "p90_hours": 8.0}})


# ---------------------------------------------------------------- who answered

@case("replies")
def out_of_office_is_not_the_answer(tmp):
    # Mon 10:00; an out-of-office Mon 11:00 (not counted); the human reply Tue 10:00: 7 + 1 = 8 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    read = w.out_of_office(t(LON, 2026, 11, 2, 11), "Ann Able")
    w.reply(t(LON, 2026, 11, 3, 10), "Ann Able")
    return [Check("history: read as an auto-reply", read, {"auto_reply": 1})] + report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 1, "median_hours": 8.0}})


@case("replies")
def bounce_is_not_the_answer(tmp):
    # Mon 10:00, nudged Wed 10:30, the nudge bounces Wed 10:35: received 1, answered 0, still waiting 1,
    # nothing to average nudges over (None).
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    read = w.bounce_of_last_nudge(t(LON, 2026, 11, 4, 10, 35))
    return [Check("history: read as a bounce", read, {"bounce": 1})] + report_checks(
        w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "received": 1, "answered": 0, "waiting": 1, "median_hours": None, "nudges_per_answer": None}})


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


# ---------------------------------------------------------------- within SLA, still waiting

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
    w = World(tmp, config_text(steps=(("3 days", "followup_1", "manager"), ("2 business days", "followup_2", "manager"))))
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


# ---------------------------------------------------------------- nudges per answer

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


# ---------------------------------------------------------------- weeks

@case("weeks")
def empty_week_is_listed(tmp):
    # Period 2–22 Nov: Ann in week 2 Nov (2 h), Bob in week 16 Nov (3 h); week 9 Nov listed with nothing.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 12), "Ann Able")
    w.submit(t(LON, 2026, 11, 17, 10), "Bob Baker")
    w.reply(t(LON, 2026, 11, 17, 13), "Bob Baker")
    return report_checks(w, "2026-11-02", "2026-11-22", weeks={
        "2026-11-02": {"received": 1, "median_hours": 2.0},
        "2026-11-09": {"received": 0, "answered": 0, "median_hours": None, "within_sla": None, "waiting": 0},
        "2026-11-16": {"received": 1, "median_hours": 3.0}})


@case("weeks")
def answer_in_a_later_week_belongs_to_the_week_received(tmp):
    # Ann Fri 6 Nov 16:00, answered Mon 9 Nov 10:00 (2 h): week of 2 Nov answered 1, week of 9 Nov received 0.
    w = one_reply(tmp, t(LON, 2026, 11, 6, 16), t(LON, 2026, 11, 9, 10))
    return report_checks(w, "2026-11-02", "2026-11-15", weeks={
        "2026-11-02": {"received": 1, "answered": 1, "median_hours": 2.0},
        "2026-11-09": {"received": 0, "answered": 0}})


# ---------------------------------------------------------------- mentorship

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


def mentorship_figure(row: dict, key: str):
    """The JSON mentorship row's figure; the names are the JSON's own (seen in its output, not the code)."""
    names = {"median_since": "median_as_mentor", "change": "change_vs_before"}
    return row.get(names.get(key, key), "missing")


# ---------------------------------------------------------------- digests

RECRUITER_DIGEST = "digests:\n  recruiter: every monday at 08:00\n"


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


def _gap_world(tmp, cadence=RECRUITER_DIGEST):
    w = World(tmp, config_text(extra=cadence))
    w.digest_pass(t(LON, 2026, 10, 30, 12))
    w.submit(t(LON, 2026, 10, 29, 10), "Hal Hume")  # open throughout: every digest has something to say
    return w


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


def trend_numbers(body: str):
    """(recent, earlier) hours from the manager digest's trend sentence, read as numbers."""
    m = re.search(r"median time to a first answer[^:]*: ([\d.]+)[^(]*\((\d+) answered\)(?:, against ([\d.]+))?", body)
    if not m:
        return None
    return (float(m.group(1)), int(m.group(2)), float(m.group(3)) if m.group(3) else None)


@case("digests")
def manager_digest_four_weeks_against_four_before(tmp):
    # Maria's digest Mon 30 Nov 09:00. Last 4 weeks (2–29 Nov): 2 h, 4 h, 8 h: median 4 (3 answered). The 4 before
    # (5 Oct–1 Nov): 10 h, 16 h: median 13. 1 Sep (1 h) in neither. Vera (Wed 25 Nov) waits: the digest lists her.
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
            Check("trend (recent, answered, earlier)", trend_numbers(last), (4.0, 3, 13.0))]


@case("html")
def html_report_is_written(tmp):
    # Presence only: the page names the manager and the week.
    w = one_reply(tmp, t(LON, 2026, 11, 2, 10), t(LON, 2026, 11, 2, 12))
    page = w.report("2026-11-02", "2026-11-08", t(LON, 2026, 12, 1), "html")
    return [Check("html names the manager", "Maria Manager" in page, True),
            Check("html is one page with an svg", page.count("<svg") >= 1 and "<html" in page.lower(), True)]


# ================================================================ second batch (written before the first ran
# through the code's figures was looked at beyond its counts)

@case("period")
def until_on_the_day_clocks_go_back(tmp):
    # --since 2026-10-19 --until 2026-10-25: Sunday 25 Oct has 25 hours (BST → GMT). Sun 25 Oct 23:30 GMT is in,
    # Mon 26 Oct 00:15 GMT out, Mon 19 Oct 00:15 BST (Sun 18 Oct 23:15 UTC) in: received 2, week 19 Oct 2.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 10, 19, 0, 15), "Ann Able")
    w.submit(t(LON, 2026, 10, 25, 23, 30), "Bob Baker")
    w.submit(t(LON, 2026, 10, 26, 0, 15), "Cara Cole")
    return report_checks(w, "2026-10-19", "2026-10-25", team={"received": 2},
                         weeks={"2026-10-19": {"received": 2}, "2026-10-26": None})


@case("period")
def one_day_period_on_the_day_clocks_go_forward(tmp):
    # --since 2026-03-29 --until 2026-03-29 (23 hours): Sun 00:30 GMT in, Sun 23:30 BST in, Sat 28 Mar 23:30 GMT out.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 3, 28, 23, 30), "Ann Able")
    w.submit(t(LON, 2026, 3, 29, 0, 30), "Bob Baker")
    w.submit(t(LON, 2026, 3, 29, 23, 30), "Cara Cole")
    return report_checks(w, "2026-03-29", "2026-03-29", team={"received": 2}, now=t(LON, 2026, 4, 30))


@case("period")
def default_period_is_twelve_weeks_from_a_monday(tmp):
    # No --since/--until, now Wed 25 Nov 12:00: the last 12 weeks from a Monday up to now: weeks 7 Sep … 23 Nov
    # (12 listed). Mon 7 Sep 10:00 is in; Sun 6 Sep 23:00 is not; Tue 24 Nov 10:00 is in: received 2.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 9, 6, 23), "Ann Able")
    w.submit(t(LON, 2026, 9, 7, 10), "Bob Baker")
    w.submit(t(LON, 2026, 11, 24, 10), "Cara Cole")
    data = w.report(None, None, t(LON, 2026, 11, 25, 12))
    weeks = [r["week"] for r in data["weeks"]]
    return [Check("default period: weeks listed", len(weeks), 12),
            Check("default period: first week", weeks[0] if weeks else None, "2026-09-07"),
            Check("default period: last week", weeks[-1] if weeks else None, "2026-11-23"),
            Check("default period: received", data["team"]["received"], 2)]


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


def _grouped(tmp, answer):
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker")
    w.nudge_pass(t(LON, 2026, 11, 4, 10, 30))
    w.answer_outbox(t(LON, 2026, 11, 4, 12), "digest", MARIA, answer)  # the outbox's kind for a grouped nudge
    return w


@case("replies")
def numbered_answer_to_a_grouped_nudge(tmp):
    # Ann, Bob Mon 10:00; one grouped nudge Wed 10:30; "1 yes, 2 pass" Wed 12:00: both answered after 18 h, one
    # nudge each.
    w = _grouped(tmp, "1 yes, 2 pass")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 2, "median_hours": 18.0, "nudges_per_answer": 1.0, "waiting": 0}})


@case("replies")
def numbered_answer_naming_one_of_two(tmp):
    # "1 interview": Ann answered (18 h), Bob keeps waiting.
    w = _grouped(tmp, "1 interview")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 1, "median_hours": 18.0, "waiting": 1}})


@case("replies")
def numbered_answer_not_understood_changes_nothing(tmp):
    # "1 yes, 2 maybe": a help reply, nothing changes: none answered, both waiting, no nudges to average.
    w = _grouped(tmp, "1 yes, 2 maybe")
    return report_checks(w, "2026-11-02", "2026-11-08", managers={MARIA: {
        "answered": 0, "waiting": 2, "median_hours": None, "nudges_per_answer": None}})


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
        w, "2026-11-02", "2026-11-08", managers={MARIA: {"answered": 2, "median_hours": 26.0, "nudges_per_answer": 1.0}})


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


@case("median")
def team_median_with_a_silent_manager(tmp):
    # Maria answers Ann in 2 h; Lou (LA) never answers Bob: team answered 1, median 2, waiting 1; Lou's median none.
    ms = (Manager(MARIA, "Maria Manager"), Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"))
    w = World(tmp, config_text(ms))
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 2, 10), "Bob Baker", manager="lou@acme.test")
    w.reply(t(LON, 2026, 11, 2, 12), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-08",
                         team={"received": 2, "answered": 1, "median_hours": 2.0, "waiting": 1},
                         managers={"lou@acme.test": {"received": 1, "answered": 0, "median_hours": None, "waiting": 1}})


@case("weeks")
def week_is_the_defaults_timezone_day(tmp):
    # Lou (LA) gets Ann Sun 8 Nov 20:00 LA = Mon 9 Nov 04:00 London: the week of 9 Nov (defaults.timezone).
    ms = (Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"),)
    w = World(tmp, config_text(ms))
    w.submit(t(LA, 2026, 11, 8, 20), "Ann Able", manager="lou@acme.test")
    return report_checks(w, "2026-11-02", "2026-11-15",
                         weeks={"2026-11-02": {"received": 0}, "2026-11-09": {"received": 1, "waiting": 1}})


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


LOU = (Manager(MARIA, "Maria Manager"), Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"))


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
    return [Check("answered line", line and line.split(" answered ", 1)[-1], "after 1 business day (reply)")]


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


MANAGER_DIGEST = "digests:\n  manager: every monday at 09:00\n"


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
    # digest Mon 30 Nov 09:00 LA lists Cara (Wed 25 Nov): last 4 weeks median 7 (2 answered), none before.
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
    return [Check("trend (recent, answered, earlier)", trend_numbers(bodies[-1]) if bodies else None, (7.0, 2, None))]


@case("digests")
def ops_digest_is_the_report_in_short(tmp):
    # Olga (ops), Mon 9 Nov 09:00, last 12 weeks: Ann (Mon 6 Jul, answered) is older; Bob (Mon 2 Nov 10:00 → Tue
    # 10:00, 8 h) and Cara (open, delay run out): 2 submissions, 1 answered, 1 waiting; median 8, p90 8, 50% within.
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
            Check("ops: median and p90", "Median time to a first answer 8.0 business hours (90th percentile 8.0 "
                                         "business hours); 50% answered within" in body, True)]


# ================================================================ third batch: backlogs, odd threading, edges

def _backlog_submission(w: World, sent: datetime, read: datetime, name: str) -> None:
    """A submission the recruiter sent at `sent` (its Date) that mailer read only at `read` (it was down)."""
    from email.utils import format_datetime
    mid = f"late-{name.split()[0].lower()}@acme.test"
    raw = w._mail("Rita Recruiter <rita@acme.test>", MARIA, f"Candidate: {name} – Backend Engineer",
                  f"Hi, {name} would be great for the team.", sent, mid, cc="mailer@acme.test")
    assert w._read(raw, read) == {"submission": 1}
    w.names[name] = mid
    assert format_datetime(sent)


@case("backlog")
def submission_read_after_a_weekend_down(tmp):
    # Rita sent Ann Fri 6 Nov 10:00; mailer was down and read it Mon 9 Nov 10:00; Maria answered Mon 11:00. The
    # submission is Friday's: Fri 7 + Mon 2 = 9 h (README: "from the submission"; mailer's reading time would say 1).
    w = World(tmp, config_text())
    _backlog_submission(w, t(LON, 2026, 11, 6, 10), t(LON, 2026, 11, 9, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 9, 11), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-15", managers={MARIA: {"answered": 1, "median_hours": 9.0}},
                         weeks={"2026-11-02": {"received": 1}, "2026-11-09": {"received": 0}})


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
    raw = w._mail("Rita Recruiter <rita@acme.test>", f"{MARIA}, lou@acme.test", "Candidate: Ann Able – Backend Engineer",
                  "Hi both, Ann would be great.", t(LON, 2026, 11, 2, 17), mid, cc="mailer@acme.test")
    w._read(raw, t(LON, 2026, 11, 2, 17))
    w.names["Ann Able"] = mid
    w.reply(t(LON, 2026, 11, 3, 10), "Ann Able")
    return report_checks(w, "2026-11-02", "2026-11-08", team={"received": 2, "answered": 1, "waiting": 1},
                         managers={MARIA: {"received": 1, "answered": 1, "median_hours": 1.0},
                                   "lou@acme.test": {"received": 1, "answered": 0, "waiting": 1}})


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


@case("weeks")
def since_mid_week_lists_that_week(tmp):
    # --since 2026-11-04 (Wed) --until 2026-11-10 (Tue): weeks 2 Nov and 9 Nov listed; Ann (Tue 3 Nov) is before
    # the period; Bob (Thu 5 Nov) and Cara (Tue 10 Nov) in: week 2 Nov received 1, week 9 Nov received 1.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 3, 10), "Ann Able")
    w.submit(t(LON, 2026, 11, 5, 10), "Bob Baker")
    w.submit(t(LON, 2026, 11, 10, 10), "Cara Cole")
    return report_checks(w, "2026-11-04", "2026-11-10", team={"received": 2},
                         weeks={"2026-11-02": {"received": 1}, "2026-11-09": {"received": 1}, "2026-10-26": None,
                                "2026-11-16": None})


@case("weeks")
def empty_period(tmp):
    # No submissions at all, 2–15 Nov: both weeks listed, received 0; team received 0, median none.
    w = World(tmp, config_text())
    return report_checks(w, "2026-11-02", "2026-11-15", team={"received": 0, "answered": 0, "median_hours": None,
                                                              "within_sla": None, "waiting": 0},
                         weeks={"2026-11-02": {"received": 0}, "2026-11-09": {"received": 0}})


@case("weeks")
def reply_before_the_period_of_a_submission_before_it(tmp):
    # Ann Fri 30 Oct, answered Mon 2 Nov 10:00 (inside the period 2–8 Nov): she arrived before the period: not
    # received, not answered in it.
    w = one_reply(tmp, t(LON, 2026, 10, 30, 10), t(LON, 2026, 11, 2, 10))
    return report_checks(w, "2026-11-02", "2026-11-08", team={"received": 0, "answered": 0, "median_hours": None})


@case("weeks")
def week_rows_have_their_own_figures(tmp):
    # Week 2 Nov: Ann 2 h after a nudge? no: Ann Mon 10:00 → Mon 12:00 (2 h, within, 0 nudges). Week 9 Nov: Bob
    # Mon 9 Nov 10:00, nudged Wed 11 Nov 10:30, answered Wed 12:00 (18 h, not within, 1 nudge).
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 12), "Ann Able")
    w.submit(t(LON, 2026, 11, 9, 10), "Bob Baker")
    w.nudge_pass(t(LON, 2026, 11, 11, 10, 30))
    w.reply(t(LON, 2026, 11, 11, 12), "Bob Baker")
    return report_checks(w, "2026-11-02", "2026-11-15", weeks={
        "2026-11-02": {"median_hours": 2.0, "within_sla": 1.0, "nudges_per_answer": 0.0},
        "2026-11-09": {"median_hours": 18.0, "within_sla": 0.0, "nudges_per_answer": 1.0}},
        team={"median_hours": 10.0, "within_sla": 0.5, "nudges_per_answer": 0.5})


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


@case("output")
def output_suffix_decides_and_pdf_is_refused(tmp):
    # --output r.csv without --format gives CSV (a header row with "manager"); r.pdf is refused (non-zero, no file).
    import contextlib
    import io as _io
    from mailer.cli.main import main
    w = one_reply(tmp, t(LON, 2026, 11, 2, 10), t(LON, 2026, 11, 2, 12))
    codes = []
    for name in ("r.csv", "r.pdf"):
        with contextlib.redirect_stdout(_io.StringIO()), contextlib.redirect_stderr(_io.StringIO()):
            codes.append(main(["report", "--config", str(w.path), "--since", "2026-11-02", "--until", "2026-11-08",
                               "--output", str(tmp / name)]))
    csv_text = (tmp / "r.csv").read_text() if (tmp / "r.csv").exists() else ""
    return [Check("csv by suffix", (codes[0], csv_text.split(",", 1)[0]), (0, "manager")),
            Check("pdf refused", (codes[1] != 0, (tmp / "r.pdf").exists()), (True, False))]


@case("html")
def html_week_with_nothing_says_no_data(tmp):
    # The within-SLA chart writes "no data" on a week with nothing to count (week 9 Nov).
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able")
    w.reply(t(LON, 2026, 11, 2, 12), "Ann Able")
    page = w.report("2026-11-02", "2026-11-15", t(LON, 2026, 12, 1), "html")
    return [Check("html: no data on the empty week", "no data" in page, True)]


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


# ================================================================ found after reading the code (not blind): a
# decision after the submission was closed

@case("waiting")
def manager_decision_after_the_recruiters_stop(tmp):
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


# ================================================================ digest timing, from the README's "Weekly digests"
# (written after reading report/digest.py, before reading digests.py or digestplan.py)

@case("digests")
def recruiter_digest_waits_for_business_hours(tmp):
    # Slot Mon 08:00; Rita's day is 9–17: a pass at 08:00 sends nothing, the one at 09:00 sends it.
    w = _gap_world(tmp)
    early = w.digest_pass(t(LON, 2026, 11, 2, 8))
    on_time = w.digest_pass(t(LON, 2026, 11, 2, 9))
    return [Check("08:00 / 09:00 passes", (len(early), len(on_time)), (0, 1))]


@case("digests")
def digest_key_added_on_wednesday_waits_for_monday(tmp):
    # First seen configured Wed 4 Nov 12:00 (Hal waiting): Monday 2 Nov's slot is not sent late; Mon 9 Nov's is.
    w = World(tmp, config_text(extra=RECRUITER_DIGEST))
    w.submit(t(LON, 2026, 10, 29, 10), "Hal Hume")
    wednesday = w.digest_pass(t(LON, 2026, 11, 4, 12))
    thursday = w.digest_pass(t(LON, 2026, 11, 5, 12))
    monday = w.digest_pass(t(LON, 2026, 11, 9, 9))
    return [Check("Wed / Thu / Mon passes", (len(wednesday), len(thursday), len(monday)), (0, 0, 1))]


@case("digests")
def missed_slot_waits_for_the_same_days_slot(tmp):
    # every weekday at 16:00: Monday's goes Mon 16:00; mailer is down until Wed 10:00: Tuesday's missed slot waits
    # for Wednesday's at 16:00 (one digest, at its time), not one at 10:00 and another at 16:00.
    w = _gap_world(tmp, "digests:\n  recruiter: every weekday at 16:00\n")
    monday = w.digest_pass(t(LON, 2026, 11, 2, 16))
    morning = w.digest_pass(t(LON, 2026, 11, 4, 10))
    afternoon = w.digest_pass(t(LON, 2026, 11, 4, 16))
    return [Check("Mon 16:00 / Wed 10:00 / Wed 16:00", (len(monday), len(morning), len(afternoon)), (1, 0, 1))]


@case("digests")
def manager_digest_not_while_her_address_bounces(tmp):
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


@case("replies")
def submission_to_the_managers_alias_is_hers(tmp):
    # Rita sends Ann to m.manager@acme.test, Maria's alias; Maria answers from her main address Mon 13:00 (3 h):
    # one row, Maria's, received 1, answered 1.
    m = (Manager(MARIA, "Maria Manager", aliases=("m.manager@acme.test",)),)
    w = World(tmp, config_text(m))
    w.submit(t(LON, 2026, 11, 2, 10), "Ann Able", manager="m.manager@acme.test")
    w.reply(t(LON, 2026, 11, 2, 13), "Ann Able")
    data = w.report("2026-11-02", "2026-11-08", t(LON, 2026, 12, 1))
    return [Check("one row, Maria's", [r["manager"] for r in data["managers"]], [MARIA])] + report_checks(
        w, "2026-11-02", "2026-11-08", managers={MARIA: {"received": 1, "answered": 1, "median_hours": 3.0}})


@case("time zones")
def unlisted_manager_tracked_with_the_defaults(tmp):
    # Ann to ursula@acme.test (not listed, company domain: tracked) Fri 6 Nov 16:00 London, answered Mon 9 Nov
    # 10:00: the defaults' calendar, 2 h.
    w = World(tmp, config_text())
    w.submit(t(LON, 2026, 11, 6, 16), "Ann Able", manager="ursula@acme.test")
    w.reply(t(LON, 2026, 11, 9, 10), "Ann Able", sender="ursula@acme.test")
    return report_checks(w, "2026-11-02", "2026-11-15", managers={"ursula@acme.test": {
        "received": 1, "answered": 1, "median_hours": 2.0}})


@case("digests")
def recruiter_domains_get_a_digest_only_with_open_submissions(tmp):
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
