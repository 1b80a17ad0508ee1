"""Report → flat rows: CSV with one row per manager, JSON with the same rows plus the weeks and mentorships."""

from __future__ import annotations

import csv
from dataclasses import asdict
import io
import json

from mailer.report.figures import Figures, Report

MANAGER_COLUMNS = ("manager", "name", "since", "until", "received", "answered", "median_hours", "p90_hours",
                   "within_sla", "sla_counted", "nudges_per_answer", "waiting")


def _figures(f: Figures) -> dict:
    rounded = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in asdict(f).items()}
    return rounded


def manager_rows(report: Report) -> list[dict]:
    """One dict per manager, keyed by MANAGER_COLUMNS; `within_sla` is a share (0–1), hours are business hours."""
    period = {"since": report.since.isoformat(), "until": report.until.isoformat()}
    return [{"manager": row.manager, "name": row.name, **period, **_figures(row.figures)} for row in report.managers]


# A cell a spreadsheet would take for a formula (OWASP "CSV injection"): a manager's name is read from the
# display name a recruiter's mail gave, and "=HYPERLINK(…)" or "@SUM(…)" there runs when the file is opened.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(value):
    """A text cell a spreadsheet shows as written: one starting like a formula gets a leading apostrophe."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=MANAGER_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in manager_rows(report):
        writer.writerow({k: "" if v is None else _inert(v) for k, v in row.items()})
    return out.getvalue()


def to_json(report: Report) -> str:
    return json.dumps({
        "since": report.since.isoformat(), "until": report.until.isoformat(), "sla": report.sla,
        "team": _figures(report.team),
        "managers": manager_rows(report),
        "weeks": [{"week": row.week.isoformat(), **_figures(row.figures)} for row in report.weeks],
        "mentorships": [{"recruiter": m.recruiter, "mentor": m.mentor, "state": m.state,
                         "started_at": m.started_at.isoformat(), "checkins_sent": m.checkins_sent,
                         "checkins_answered": m.checkins_answered, "replies_as_mentor": m.replies_as_mentor,
                         "median_as_mentor": m.median_as_mentor, "replies_before": m.replies_before,
                         "median_before": m.median_before, "median_others": m.median_others,
                         "change_vs_before": m.change_vs_before} for m in report.mentorships],
    }, indent=2, ensure_ascii=False) + "\n"
