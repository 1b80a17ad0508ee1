"""Shared test helpers: config text for a test's people and servers."""

from __future__ import annotations

from pathlib import Path
import textwrap

from mailer.config.settings import Config

from mailer.config.load import parse

ROOT = Path(__file__).resolve().parent.parent


def config_text(address="mailer@acme.test", imap_port=10143, smtp_port=10025, host="127.0.0.1",
                recruiters=None, managers=None, steps=None, extra="", group="per_manager", folder="INBOX",
                copy_to_self=True, security="none", poll_every="1 second",
                trust: str | None = "unauthenticated") -> str:
    """`trust`: the test stack's Postfix stamps no Authentication-Results, so tests that are not about
    sender authentication say so explicitly (None: leave the key out, i.e. mailer's safe default)."""
    recruiters = recruiters or [("rita@acme.test", "Rita Recruiter", "maria@acme.test")]
    managers = managers or [("maria@acme.test", "Maria Manager", None), ("nate@acme.test", "Nate Newyork", "America/New_York")]
    steps = steps or [("2 business days", "followup_1", "manager", ()),
                      ("2 business days", "followup_2", "manager", ("recruiter",)),
                      ("3 business days", "mentor_ask", "mentor", ("recruiter",))]
    lines = [f"address: {address}", "from_name: Acme Recruiting", f"templates: {ROOT / 'templates'}",
             "imap:", f"  host: {host}", f"  port: {imap_port}", f"  security: {security}", f"  username: {address}",
             "  password_env: MAILER_TEST_PASSWORD", f"  folder: {folder}", "  timeout: 10 seconds",
             "  start_from: all",  # tests send mail before the first pass
             "smtp:", f"  host: {host}", f"  port: {smtp_port}", "  security: none", "  timeout: 10 seconds",
             f"  copy_to_self: {'true' if copy_to_self else 'false'}", "  resend_after: 10 minutes",
             f"poll_every: {poll_every}",
             *([f"trust: {trust}"] if trust else []),
             "defaults:", "  timezone: Europe/London",
             "  business_hours: {days: [mon, tue, wed, thu, fri], start: '09:00', end: '17:00'}",
             "  holidays: {country: GB, subdivision: ENG}",
             "recruiters:"]
    for email, name, mentor in recruiters:
        lines += [f"  - email: {email}", f"    name: {name}"] + ([f"    mentor: {mentor}"] if mentor else [])
    lines.append("managers:")
    for email, name, tz, *country in managers:
        lines += [f"  - email: {email}", f"    name: {name}"] + ([f"    timezone: {tz}"] if tz else [])
        if country:  # this manager's public holidays instead of the defaults'
            lines.append(f"    holidays: {{country: {country[0]}}}")
    lines += ["followups:", f"  group: {group}", "  steps:"]
    for after, template, to, cc in steps:
        lines += [f"    - after: {after}", f"      template: {template}", f"      to: {to}"]
        if cc:
            lines.append(f"      cc: [{', '.join(cc)}]")
    return "\n".join(lines) + "\n" + textwrap.dedent(extra)


def make_config(tmp_path: Path, **kw) -> Config:
    path = tmp_path / "config.yaml"
    path.write_text(config_text(**kw))
    return parse(path.read_text(), path)


def sent_now(store, keys: list[str], at) -> list[str]:
    """Mark these queued mails sent at `at`, as the pass that queued them sends them when SMTP is up (a mail
    still queued takes each day it waits under the one-a-day cap: mailer/pacing.py); returns the keys."""
    with store.transaction():
        for key in keys:
            store.mark_sent(store.outbox_by_key(key).id, at)
    return keys


def warnings_at_start(config_path: Path, caplog) -> list[str]:
    """What `mailer run` logs as warnings when it starts on `config_path` and makes one pass (which fails: the test
    configs point at port 9, where nothing listens). The daemon runs in a thread of its own: the store's SQLite
    connection belongs to it, and that leaves pytest's signal handlers alone."""
    from datetime import datetime, timezone
    import logging
    import threading

    from mailer.clock import FixedClock
    from mailer.config.load import ConfigSource
    from mailer.daemon import Daemon

    def run():
        daemon = Daemon(ConfigSource(config_path), FixedClock(datetime(2026, 11, 23, 10, tzinfo=timezone.utc)))
        daemon.stop_event.set()  # one pass, then stop
        daemon.run()

    with caplog.at_level(logging.WARNING, logger="mailer"):
        thread = threading.Thread(target=run)
        thread.start()
        thread.join(timeout=60)
    assert not thread.is_alive()
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name == "mailer.daemon"]
