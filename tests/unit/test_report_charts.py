"""The report's charts say what they measure: a week with nothing to count is labelled, not drawn as 0%."""

from datetime import datetime, timedelta, timezone
import re

import pytest

from helpers import make_config
from mailer.report.charts import CHARTS, svg_element
from mailer.report.figures import SubmissionRecord, build

MON = datetime(2026, 11, 2, 0, 0, tzinfo=timezone.utc)  # London = UTC in winter


def test_the_within_sla_chart_labels_each_share_and_each_week_without_data(tmp_path):
    """Found in a team's month: the week whose two answers both came late (0%) and the weeks with no
    submissions at all looked the same, an empty slot, and a week without data was drawn as a zero bar."""
    config = make_config(tmp_path)
    late = [SubmissionRecord(manager="maria@acme.test", recruiter="rita@acme.test",
                             submitted_at=MON + timedelta(hours=10 + i), answered_at=MON + timedelta(days=4, hours=i),
                             closed_at=None, nudges=1, manager_name="Maria Manager") for i in range(2)]
    on_time = SubmissionRecord(manager="maria@acme.test", recruiter="rita@acme.test",
                               submitted_at=MON + timedelta(weeks=2, hours=10),
                               answered_at=MON + timedelta(weeks=2, hours=12), closed_at=None, nudges=0,
                               manager_name="Maria Manager")
    report = build([*late, on_time], [], MON, MON + timedelta(weeks=4), config.calendar_for, config.default_calendar,
                   config.followups.steps[0].after)
    chart = next(c for c in CHARTS if c.key == "chart-within-sla")
    labels = re.findall(r"<text[^>]*>([^<]+)</text>", svg_element(chart, report))
    # Weeks of 2 Nov (both late), 9 Nov (none), 16 Nov (on time), 23 Nov (none): shares first, then the gaps.
    weekly = [label for label in labels if label.endswith("%") or label == "no data"]
    assert weekly == ["0%", "100%", "no data", "no data"], labels


def test_the_median_is_drawn_over_the_90th_percentile(tmp_path):
    """Found in a team's month: a week with one reply has median = p90, and the p90's square, drawn last, hid
    the median's dot; the median's line is the one that must show."""
    config = make_config(tmp_path)
    one = SubmissionRecord(manager="maria@acme.test", recruiter="rita@acme.test", submitted_at=MON + timedelta(hours=10),
                           answered_at=MON + timedelta(hours=12), closed_at=None, nudges=0, manager_name="Maria")
    report = build([one], [], MON, MON + timedelta(weeks=1), config.calendar_for, config.default_calendar,
                   config.followups.steps[0].after)
    svg = svg_element(next(c for c in CHARTS if c.key == "chart-reply-time"), report)
    from mailer.report.charts import _BLUE, _ORANGE
    # SVG paints in document order: the median's blue line (and dot) must come after the p90's orange one.
    assert svg.index(_BLUE) > svg.index(_ORANGE)


# ---------------------------------------------------------------- layout: headroom, legend, markers
# Found in a user-journey review (chromium screenshot of the demo's report): the only week with replies (median
# 46.8 h, p90 47.5 h) was drawn against the top edge, cut in half; the legend, placed "best" inside the plot, sat
# beside it; and the p90's square hid under the median's dot. Checked for 1, 2 and 12 weeks of data.

def weeks_report(weeks: int, points: dict[int, tuple[float, float]]):
    """A report of `weeks` weeks to 7 Dec 2026, with (median, p90) reply hours in the weeks `points` names."""
    from datetime import date
    from mailer.report.figures import Figures, Report, WeekRow

    def figures(point):
        if point is None:
            return Figures(0, 0, None, None, None, 0, None, 0)
        return Figures(5, 4, point[0], point[1], 0.2, 5, 1.0, 1)

    start = date(2026, 12, 7) - timedelta(weeks=weeks - 1)
    rows = tuple(WeekRow(start + timedelta(weeks=i), figures(points.get(i))) for i in range(weeks))
    since = datetime(start.year, start.month, start.day, tzinfo=timezone.utc)
    return Report(since, since + timedelta(weeks=weeks), "2 business days", figures((46.8, 47.5)), (), rows, ())


SHAPES = {  # weeks: the week of data the review saw, at the end of 1, 2 and 12 weeks; and 12 weeks all with data
    "1 week": weeks_report(1, {0: (46.8, 47.5)}),
    "2 weeks": weeks_report(2, {0: (12.0, 30.0), 1: (46.8, 47.5)}),
    "12 weeks, one with data": weeks_report(12, {9: (46.8, 47.5)}),
    "12 weeks of data": weeks_report(12, {i: (5.0 + 4 * i, 8.0 + 6 * i) for i in range(12)}),
}


def drawn(key, report):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from mailer.report.charts import figure
    fig = figure(next(c for c in CHARTS if c.key == key), report)
    FigureCanvasAgg(fig).draw()  # lays the figure out (constrained layout), as saving it does
    return fig, fig.axes[0]


@pytest.mark.parametrize("shape", SHAPES)
def test_the_highest_reply_time_has_room_above_it(shape):
    report = SHAPES[shape]
    _, ax = drawn("chart-reply-time", report)
    highest = max(row.figures.p90_hours for row in report.weeks if row.figures.p90_hours is not None)
    bottom, top = ax.get_ylim()
    assert bottom == 0 and top >= 1.1 * highest, (top, highest)


@pytest.mark.parametrize("shape", SHAPES)
def test_the_highest_bar_of_the_volume_chart_has_room_above_it(shape):
    report = SHAPES[shape]
    _, ax = drawn("chart-volume", report)
    assert ax.get_ylim()[1] >= 1.1 * max(row.figures.received for row in report.weeks)


@pytest.mark.parametrize("key", ["chart-reply-time", "chart-volume"])
@pytest.mark.parametrize("shape", SHAPES)
def test_a_legend_is_never_over_the_plot(shape, key):
    """Outside the plotting area altogether, so no data can ever be under it, whatever the weeks hold."""
    fig, ax = drawn(key, SHAPES[shape])
    renderer = fig.canvas.get_renderer()
    legend, plot = ax.get_legend().get_window_extent(renderer), ax.get_window_extent(renderer)
    assert legend.y0 >= plot.y1 - 1 or legend.x0 >= plot.x1 - 1, (legend, plot)
    assert fig.bbox.contains(legend.x0, legend.y0) and fig.bbox.contains(legend.x1 - 1, legend.y1 - 1)


def _near(image, centre, colour, radius=12, tolerance=60) -> int:
    """How many pixels within `radius` of `centre` are close to `colour` (a "#rrggbb")."""
    want = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    x0, y0 = centre
    return sum(1 for x in range(x0 - radius, x0 + radius + 1) for y in range(y0 - radius, y0 + radius + 1)
               if sum(abs(a - b) for a, b in zip(image.getpixel((x, y))[:3], want)) <= tolerance)


@pytest.mark.parametrize("shape", ["1 week", "12 weeks, one with data"])
def test_a_median_on_its_90th_percentile_shows_both_markers(shape):
    """One reply in a week: median = p90, the two markers on one spot. Both colours must show there, each over
    a good share of its marker: the p90's square was a few corner pixels around the median's dot."""
    from io import BytesIO
    from PIL import Image
    from mailer.report.charts import _BLUE, _ORANGE
    one = weeks_report(1 if shape == "1 week" else 12, {0 if shape == "1 week" else 9: (30.0, 30.0)})
    fig, ax = drawn("chart-reply-time", one)
    out = BytesIO()
    fig.savefig(out, format="png")
    image = Image.open(out).convert("RGB")
    x, y = ax.transData.transform((0 if shape == "1 week" else 9, 30.0))
    centre = (round(x), image.height - round(y))  # display coordinates count from the bottom
    assert _near(image, centre, _BLUE) >= 12 and _near(image, centre, _ORANGE) >= 40, \
        (_near(image, centre, _BLUE), _near(image, centre, _ORANGE))
