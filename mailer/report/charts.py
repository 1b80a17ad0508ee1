"""The report's trend charts, drawn with matplotlib: SVG to inline in the HTML page, PNG to inline in a mail.

matplotlib's object API (a `Figure` of its own, never pyplot's global state) with the Agg renderer needs no
display and no network; SVG keeps the page self-contained and sharp at any zoom, and mail clients that
refuse SVG all show PNG.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Callable

from mailer.report.figures import Report

_STYLE = {"svg.hashsalt": "mailer-report", "svg.fonttype": "none", "font.size": 9,
          "axes.spines.top": False, "axes.spines.right": False}
_BLUE, _ORANGE, _GREY = "#2f6db5", "#e07b24", "#9aa5b1"


@dataclass(frozen=True)
class Chart:
    key: str    # the element id in the page, the Content-ID in a mail
    title: str
    draw: Callable[[Report, object], None]


def _weeks(report: Report, ax) -> range:
    """Every week of the period on the x axis, even those without a point (autoscaling would drop them)."""
    positions = range(len(report.weeks))
    ax.set_xticks(list(positions), [row.week.strftime("%d %b") for row in report.weeks])
    ax.set_xlim(-0.6, len(report.weeks) - 0.4)
    return positions


def _headroom(ax, values: list[float | None], floor: float) -> None:
    """The y axis from 0 to a fifth above the highest value (at least `floor`): autoscaling ends the axis at the
    highest point, and a lone week's point was drawn cut in half against the top edge."""
    top = max((v for v in values if v is not None), default=0.0)
    ax.set_ylim(0, max(top * 1.2, floor))


def _legend_above(ax, handles, labels) -> None:
    """The legend on the title's line, right of it, outside the plot: placed "best" inside, it sat on the only
    week with data (the last one, where a short period's points are) and hid its markers."""
    ax.legend(handles, labels, frameon=False, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=len(labels),
              borderaxespad=0.2, handlelength=1.8, columnspacing=1.2)


def _reply_time(report: Report, ax) -> None:
    """Estimates joined by lines; a week whose median or p90 is only a floor (too many still waiting: its slow
    answers have not come yet) is an open upward triangle off the line, so a recent week cannot read as the
    fastest; each week with candidates waiting says how many; the first mentorship's start is a dashed line."""
    positions = list(_weeks(report, ax))
    weeks = report.weeks
    # A week without replies has no point: NaN leaves a gap in the line instead of a false zero.
    pick = lambda values, keep: [v if v is not None and k else float("nan")  # noqa: E731
                                 for v, k in zip(values, keep)]
    medians = [row.figures.median_hours for row in weeks]
    p90s = [row.figures.p90_hours for row in weeks]
    median_floor = [row.figures.median_at_least for row in weeks]
    p90_floor = [row.figures.p90_at_least for row in weeks]
    # A week of one reply (or of close ones) puts the two points on each other: the 90th percentile is a larger
    # hollow square, the median a smaller dot drawn last, so the dot sits inside the square and both show.
    ax.plot(positions, pick(p90s, [not f for f in p90_floor]), marker="s", markersize=9, markerfacecolor="white",
            markeredgewidth=1.6, color=_ORANGE, linestyle="--", label="90th percentile")
    ax.plot(positions, pick(medians, [not f for f in median_floor]), marker="o", markersize=5, color=_BLUE,
            label="median", zorder=3)
    # One legend entry for both floors (the colour tells which): five entries did not fit beside the title.
    floors = "≥ still waiting"
    if any(p90_floor):
        ax.plot(positions, pick(p90s, p90_floor), marker="^", markersize=9, markerfacecolor="white",
                markeredgewidth=1.6, color=_ORANGE, linestyle="none", label="_" if any(median_floor) else floors)
    if any(median_floor):
        ax.plot(positions, pick(medians, median_floor), marker="^", markersize=7, markerfacecolor="white",
                markeredgewidth=1.6, color=_BLUE, linestyle="none", label=floors, zorder=3)
    ax.set_ylabel("business hours to first reply")
    _headroom(ax, [*medians, *p90s], floor=1.0)
    for p, row in zip(positions, weeks):
        if row.figures.waiting:
            ax.text(p, 0, f"{row.figures.waiting} waiting", ha="center", va="bottom", fontsize=7, color=_GREY)
    _mentoring_began(report, ax)
    handles, labels = ax.get_legend_handles_labels()
    order = [labels.index(label) for label in ("median", "90th percentile", floors) if label in labels]
    _legend_above(ax, [handles[i] for i in order], [labels[i] for i in order])  # the median first, as before


def _mentoring_began(report: Report, ax) -> None:
    """A dashed line where the first mentorship began, inside its week (each week's point stands for the whole
    week, Monday at its left edge), so "faster since mentoring?" can be read off the trend."""
    if report.mentoring_began_day is None or not report.weeks:
        return
    x = (report.mentoring_began_day - report.weeks[0].week).days / 7 - 0.5
    ax.axvline(x, color=_GREY, linestyle=":", linewidth=1.2)
    ax.text(x, ax.get_ylim()[1], " mentoring began", ha="left", va="top", fontsize=7, color=_GREY)


def _within_sla(report: Report, ax) -> None:
    """A bar per week with its share written on it; a week with nothing to count says "no data". A missing bar
    alone read the same as 0% (a week whose every answer came late), and drawing such a week as 0 was false."""
    positions = _weeks(report, ax)
    measured = [(p, 100 * row.figures.within_sla) for p, row in zip(positions, report.weeks)
                if row.figures.within_sla is not None]
    ax.bar([p for p, _ in measured], [share for _, share in measured], color=_BLUE)
    for p, share in measured:
        ax.annotate(f"{share:.0f}%", (p, share), xytext=(0, 2), textcoords="offset points", ha="center",
                    va="bottom", fontsize=7)
    for p, row in zip(positions, report.weeks):
        if row.figures.within_sla is None:
            ax.text(p, 2, "no data", ha="center", va="bottom", fontsize=7, color=_GREY)
    ax.set_ylabel(f"% answered within {report.sla or 'the first rung'}")
    ax.set_ylim(0, 112)  # room for the label above a full bar
    ax.set_yticks([0, 20, 40, 60, 80, 100])


def _volume(report: Report, ax) -> None:
    positions = _weeks(report, ax)
    ax.bar([p - 0.2 for p in positions], [row.figures.received for row in report.weeks], width=0.4,
           color=_GREY, label="received")
    ax.bar([p + 0.2 for p in positions], [row.figures.answered for row in report.weeks], width=0.4,
           color=_BLUE, label="answered")
    ax.set_ylabel("submissions")
    _headroom(ax, [row.figures.received for row in report.weeks], floor=1.0)
    ax.yaxis.get_major_locator().set_params(integer=True)  # submissions are counted: no "2.5" on the axis
    _legend_above(ax, *ax.get_legend_handles_labels())


CHARTS = (
    Chart("chart-reply-time", "Time to first reply, per week of submission", _reply_time),
    Chart("chart-within-sla", "Share answered within the first rung's delay", _within_sla),
    Chart("chart-volume", "Submissions received and answered", _volume),
)


def figure(chart: Chart, report: Report):
    """The chart drawn on a matplotlib Figure of its own, laid out as the page and the mail show it."""
    import matplotlib
    from matplotlib.figure import Figure  # imported here: only the report and digests pay for matplotlib

    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(7.5, 2.8), dpi=100, layout="constrained")
        ax = fig.add_subplot()
        chart.draw(report, ax)
        ax.set_title(chart.title, loc="left", fontsize=10)
        if len(report.weeks) > 8:
            ax.tick_params(axis="x", labelrotation=45)
    return fig


def render(chart: Chart, report: Report, fmt: str) -> bytes:
    """The chart as `fmt` ("svg" or "png") bytes."""
    import matplotlib

    fig = figure(chart, report)
    with matplotlib.rc_context(_STYLE):  # the SVG settings apply when it is written
        out = BytesIO()
        fig.savefig(out, format=fmt, metadata={"Date": None} if fmt == "svg" else {"Software": None})
    return out.getvalue()


def svg_element(chart: Chart, report: Report) -> str:
    """The chart as an <svg> element to inline in HTML (without the XML prolog)."""
    text = render(chart, report, "svg").decode("utf-8")
    return text[text.index("<svg"):]
