"""The blind report sweep's judge: a case is a history built through mailer's public path (report_blind_world.py)
and the figures it should give, computed by hand from README's "Are managers answering faster?" table and
"Weekly digests" before the code was read or run; a Check is one figure against its hand computation. The cases
live in report_blind_calendar, _period, _answers, _ladder and _digests; report_blind_shapes.CASES holds them all.

Default calendar (defaults): Europe/London, Mon–Fri 09:00–17:00, GB/ENG holidays. Default ladder: first rung
`2 business days` (the SLA), then 2 and 3 business days. 2 Nov 2026 is a Monday; London is UTC+0 from 25 Oct 2026
to 28 Mar 2027 and UTC+1 in summer. A case whose comment says "Written after reading the code" is not blind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
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
    if text in ("true", "false"):
        return text == "true"
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



LOU = (Manager(MARIA, "Maria Manager"), Manager("lou@acme.test", "Lou Angeles", "America/Los_Angeles"))

