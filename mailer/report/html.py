"""Report → one self-contained HTML page: inline SVG charts, sortable tables, nothing fetched at view time."""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

import jinja2

from mailer.report import charts
from mailer.report.compare import MIN_EACH_SIDE
from mailer.report.figures import Report

_ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(str(Path(__file__).parent)),
                          autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def hours(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def floor_or(value: float | None, at_least: bool) -> str:
    """A median or p90: "≥ 85.0" when too many are still waiting for an estimate (a floor), else as `hours`."""
    return "–" if value is None else f"≥ {value:.1f}" if at_least else f"{value:.1f}"


def counts(figures) -> str:
    """How many a median is over: "3 answered, 4 waiting"."""
    return f"{figures.answered} answered, {figures.waiting} waiting"


def share(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def number(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def sort_key(value) -> str:
    """What the table sorts by: numbers as numbers, a missing figure last."""
    return "" if value is None else str(value)


_ENV.filters.update(hours=hours, share=share, number=number, sort_key=sort_key, counts=counts)
_ENV.globals.update(floor_or=floor_or)


def page(report: Report, zone: tzinfo, title: str = "mailer report") -> str:
    """The HTML page, charts inline as SVG; dates shown in `zone` (the team's time zone)."""
    drawn = [(chart, charts.svg_element(chart, report)) for chart in charts.CHARTS]
    mentoring_rows = [(row.name, row.manager, row.mentoring) for row in report.managers if row.mentoring]
    return _ENV.get_template("page.html.j2").render(
        report=report, charts=drawn, title=title, zone=zone, mentoring_rows=mentoring_rows,
        min_each_side=MIN_EACH_SIDE,
        since=report.since.astimezone(zone), until=report.until.astimezone(zone))
