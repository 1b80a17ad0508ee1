"""The report's charts say what they measure: a week with nothing to count is labelled, not drawn as 0%."""

from datetime import datetime, timedelta, timezone
import re

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
