"""`mailer report`: the team's figures from the state database (no mailbox access) as HTML, CSV or JSON."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
import sys

from mailer.config.settings import Config
from mailer.errors import MailerError
from mailer.report.collect import last_weeks
from mailer.store import Store

DEFAULT_WEEKS = 12
FORMATS = ("html", "csv", "json")


class ReportError(MailerError):
    """A report that cannot be made as asked (a bad period, an unwritable output file)."""


def parse_bound(text: str, config: Config, end: bool) -> datetime:
    """A date (YYYY-MM-DD, a whole day in the team's time zone: --until includes it) or an ISO-8601 time
    (without an offset, in the team's time zone)."""
    zone = config.default_calendar.tz
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        pass
    else:
        return datetime.combine(day + timedelta(days=1 if end else 0), time(), tzinfo=zone)
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ReportError(f"--{'until' if end else 'since'} {text!r}: not a date (2026-12-01) "
                          f"or an ISO-8601 time (2026-12-01T09:30)") from None
    return value if value.tzinfo else value.replace(tzinfo=zone)


def period(config: Config, since: str | None, until: str | None, now: datetime) -> tuple[datetime, datetime]:
    """[since, until): by default the last DEFAULT_WEEKS whole weeks (from a Monday) up to now. An --until after
    `now` (--now, or the clock) ends at now: the database holds nothing later, and a wait counted past now
    would be a wait that has not happened."""
    end = min(parse_bound(until, config, end=True), now) if until else now
    start = parse_bound(since, config, end=False) if since else last_weeks(config.default_calendar, end, DEFAULT_WEEKS)
    if start >= end:
        # Each bound as given: a date --until is the end of that day, and "--until 2026-11-02 00:00" for
        # "--until 2026-11-01" reads as if the wrong date had been taken.
        raise ReportError(f"the period is empty: --since {since or f'{start:%Y-%m-%d %H:%M}'} is not before "
                          f"--until {until or 'now'}")
    return start, end


def output_format(fmt: str | None, output: Path | None) -> str:
    """--format, else the --output file's suffix (.htm is html; no suffix, or no file, is html). Another suffix
    is refused: an HTML page written under report.pdf opens in nothing."""
    suffix = output.suffix.lstrip(".").lower() if output else ""
    if fmt or not suffix:
        return fmt or "html"
    if suffix in FORMATS or suffix == "htm":
        return "html" if suffix == "htm" else suffix
    raise ReportError(f"cannot tell a format from {output.name}: mailer writes html, csv or json; name the file "
                      f".html, .csv or .json, or give --format")


def run(config: Config, since: str | None, until: str | None, fmt: str | None, output: Path | None,
        now: datetime) -> int:
    from mailer.report import collect, html, rows
    fmt = output_format(fmt, output)
    start, end = period(config, since, until, now)
    store = Store(config.state, must_exist=True)
    try:
        report = collect.report(store, config, start, end)
    finally:
        store.close()
    if fmt == "html":
        text = html.page(report, config.default_calendar.tz, title=f"{config.from_name}: are managers answering?")
    else:
        zone = config.default_calendar.tz
        text = rows.to_csv(report, zone) if fmt == "csv" else rows.to_json(report, zone)
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"cannot write {output}: {exc.strerror}") from None
    print(f"wrote {output} ({fmt}: {len(report.managers)} managers, {len(report.weeks)} weeks, "
          f"{report.team.received} submissions)", file=sys.stderr)
    return 0
