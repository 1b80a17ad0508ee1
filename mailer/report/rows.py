"""Report → flat rows: CSV with one row per manager, JSON with the same rows plus the weeks and mentorships."""

from __future__ import annotations

import csv
from dataclasses import asdict
from datetime import datetime, tzinfo
import io
import json

from mailer.report.compare import Split
from mailer.report.figures import Figures, Report

MANAGER_COLUMNS = ("manager", "name", "since", "until", "received", "answered", "median_hours", "p90_hours",
                   "within_sla", "sla_counted", "nudges_per_answer", "waiting", "median_at_least", "p90_at_least",
                   "oldest_wait_hours", "change_since_mentoring")


def _figures(f: Figures) -> dict:
    rounded = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(f).items()}
    return rounded


def stamp(when: datetime, zone: tzinfo) -> str:
    """A time as the files write it: in the team's zone, to the second. The period's start is a local midnight
    and its end by default "now" in UTC with microseconds: written as they came, one row read
    "2026-09-21T00:00:00+01:00" beside "2026-12-08T02:14:35.937980+00:00"."""
    return when.astimezone(zone).replace(microsecond=0).isoformat()


def manager_rows(report: Report, zone: tzinfo) -> list[dict]:
    """One dict per manager, keyed by MANAGER_COLUMNS; `within_sla` is a share (0–1), hours are business hours,
    times in `zone` (the team's time zone). A median or p90 with `…_at_least` true is a floor (too many still
    waiting for an estimate); `change_since_mentoring` says in words how the median since the first mentorship
    began compares with before it ("" when none began in the period)."""
    period = {"since": stamp(report.since, zone), "until": stamp(report.until, zone)}
    return [{"manager": row.manager, "name": row.name, **period, **_figures(row.figures),
             "change_since_mentoring": row.mentoring.change.words if row.mentoring else ""}
            for row in report.managers]


def _split(split: Split | None) -> dict | None:
    if split is None:
        return None
    return {"before": _figures(split.before), "since": _figures(split.since), "change_hours": split.change.hours,
            "change": split.change.words, "enough_to_tell": split.change.enough}


# A cell a spreadsheet would take for a formula (OWASP "CSV injection"): a manager's name is read from the
# display name a recruiter's mail gave, and "=HYPERLINK(…)" or "@SUM(…)" there runs when the file is opened.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(value):
    """A text cell a spreadsheet shows as written: one starting like a formula gets a leading apostrophe. A flag is
    written as JSON writes it (true, false), not as Python's True."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def to_csv(report: Report, zone: tzinfo) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=MANAGER_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in manager_rows(report, zone):
        writer.writerow({k: "" if v is None else _inert(v) for k, v in row.items()})
    return out.getvalue()


def to_json(report: Report, zone: tzinfo) -> str:
    return json.dumps({
        "since": stamp(report.since, zone), "until": stamp(report.until, zone), "sla": report.sla,
        "team": _figures(report.team),
        "mentoring_began": stamp(report.mentoring_began, zone) if report.mentoring_began else None,
        "team_mentoring": _split(report.team_mentoring),
        "managers": [{**row, "mentoring": _split(m.mentoring)}
                     for row, m in zip(manager_rows(report, zone), report.managers)],
        "weeks": [{"week": row.week.isoformat(), **_figures(row.figures)} for row in report.weeks],
        "mentorships": [{"recruiter": m.recruiter, "recruiter_name": m.recruiter_name, "mentor": m.mentor,
                         "mentor_name": m.mentor_name, "state": m.state, "ended": m.ended,
                         "started_at": stamp(m.started_at, zone),
                         "checkins_sent": m.checkins_sent, "checkins_answered": m.checkins_answered,
                         "replies_as_mentor": m.replies_as_mentor, "median_as_mentor": m.median_as_mentor,
                         "replies_before": m.replies_before,
                         "median_before": m.median_before, "median_others": m.median_others,
                         "change_vs_before": m.change_vs_before, "change": m.change.words,
                         "enough_to_tell": m.change.enough,
                         "before": _figures(m.before), "as_mentor": _figures(m.as_mentor),
                         "others": _figures(m.others)} for m in report.mentorships],
    }, indent=2, ensure_ascii=False) + "\n"
