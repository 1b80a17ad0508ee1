"""Health you can see: the daemon's heartbeat after each pass, one alert mail when the inbox has gone unread
too long, and the verdict that `mailer status` opens with and `mailer check --health` exits by (pure but for
the two store-writing functions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import logging

import jinja2

from mailer.compose import Envelope
from mailer.config.settings import Config
from mailer.notices import queue_notice
from mailer.store import Store
from mailer.store.health import ALERTED, ERROR, READ, SEND, Beat
from mailer.store.lock import ELSEWHERE, RUNNING

log = logging.getLogger(__name__)

STARTED = "started"  # when the daemon last started: the reference for "unread since" before any read


@dataclass(frozen=True)
class Health:
    ok: bool
    lines: tuple[str, ...]  # for people: the last read, the last send, any error


def record_start(store: Store, now: datetime) -> None:
    with store.transaction():
        store.beat(STARTED, now)


def record_pass(store: Store, config: Config, env: jinja2.Environment, now: datetime, read_ok: bool, sent: int,
                error: str | None) -> bool:
    """Store the heartbeat of one pass and, once reading the inbox has failed for `health.alert_after`, queue
    the one alert of this outage to ops (through the outbox: SMTP may well still work). True when a mail to ops
    (the alert, or the all-clear after it) was queued, for the caller to send it in this pass."""
    with store.transaction():
        if read_ok:
            store.beat(READ, now)
        if sent:
            store.beat(SEND, now, f"{sent} mail(s)")
        store.error_now(now, error)
        beats = store.beats()
        if read_ok and ALERTED in beats:  # ops were told of the outage: tell them it is over, once
            _tell_recovered(store, config, env, now, beats[ALERTED])
            return True
        # Counted from the first failed read of this outage, not from the last good one: a daemon started
        # after a long stop (or a clock jump) gets alert_after to recover before anyone is alarmed.
        failing_since = beats[ERROR].at if not read_ok and ERROR in beats else None
        if failing_since is None or now - failing_since < config.health_alert_after:
            return False
        alerted = beats.get(ALERTED)
        if alerted is not None and alerted.at >= failing_since:
            return False  # this outage has been told already
        unread_since = _unread_since(beats) or failing_since
        store.beat(ALERTED, now, error or "")
        store.event(now, "health_alert", f"inbox unread since {unread_since:%Y-%m-%d %H:%M} UTC: {error}")
        for person in config.ops or tuple(config.recruiters):
            envelope = Envelope(key=f"health:{failing_since.isoformat()}:{person}", kind="health_alert", manager="",
                                audience="notice", sender_name=config.from_name, to=person, reply_to=())
            queue_notice(store, config, env, "health_alert", envelope, {
                "error": error or "unknown", "since": _when(config, person, unread_since),
                "alert_after": _duration(config.health_alert_after.total_seconds()),
                "inbox": f"{config.imap.folder} of {config.address}", "thread_subject": "", "recovered": False,
                "to_ops": bool(config.ops)}, now)  # recruiters alerted for want of ops forward it
        # Queued, not sent: SMTP may be down too. The delivery pass logs "sent health:…" when it really goes.
        log.error("the inbox has not been read since %s: an alert to ops is queued (%s)", unread_since.isoformat(),
                  ", ".join(config.ops or tuple(config.recruiters)))
        return True


def _tell_recovered(store: Store, config: Config, env: jinja2.Environment, now: datetime, alerted: Beat) -> None:
    """The inbox is read again after an outage ops were alerted to: without this mail the alert was the last word,
    and ops had to poll `mailer status` to learn that it was over. The next outage alerts afresh."""
    people = config.ops or tuple(config.recruiters)
    for person in people:
        envelope = Envelope(key=f"health-recovered:{alerted.at.isoformat()}:{person}", kind="health_alert", manager="",
                            audience="notice", sender_name=config.from_name, to=person, reply_to=())
        queue_notice(store, config, env, "health_alert", envelope, {
            "error": alerted.detail or "unknown", "since": _when(config, person, now),
            "alert_after": _duration(config.health_alert_after.total_seconds()),
            "inbox": f"{config.imap.folder} of {config.address}", "thread_subject": "", "recovered": True,
            "to_ops": bool(config.ops)}, now)
    store.forget_beat(ALERTED)
    store.event(now, "health_recovered", f"inbox read again after the outage alerted at {alerted.at:%Y-%m-%d %H:%M} UTC")
    log.info("the inbox is read again: the all-clear to ops is queued (%s)", ", ".join(people))


def _unread_since(beats: dict[str, Beat]) -> datetime | None:
    """Since when the inbox has gone unread: the last good read, or the start if it never read."""
    read, started = beats.get(READ), beats.get(STARTED)
    if read is not None and (started is None or read.at >= started.at):
        return read.at
    return started.at if started is not None else (read.at if read else None)


def verdict(config: Config, beats: dict[str, Beat], now: datetime, unwritable: str | None = None) -> Health:
    """Healthy unless the daemon reports an error now, the state cannot be written (`unwritable` says why: the
    daemon cannot store that error), or its inbox has gone unread for `health.alert_after`."""
    tz = config.default_calendar.tz
    fmt = lambda at: f"{at.astimezone(tz):%a %d %b %H:%M %Z} ({_ago((now - at).total_seconds())})"  # noqa: E731
    read, send, error, started = beats.get(READ), beats.get(SEND), beats.get(ERROR), beats.get(STARTED)
    lines = [f"last inbox read: {fmt(read.at) if read else 'never'}",
             f"last mail sent:  {fmt(send.at) if send else 'never'}"]
    ok = True
    if error is not None:
        ok = False
        lines.append(f"ERROR since {fmt(error.at)}: {error.detail}")
    if unwritable is not None:
        ok = False
        lines.append(f"UNHEALTHY: {unwritable}")
    since = _unread_since(beats)
    if since is None:
        ok = False
        lines.append("the daemon has never run on this state (`mailer run`)")
    elif now - since >= config.health_alert_after:
        ok = False
        lines.append(f"UNHEALTHY: the inbox has not been read for {_duration((now - since).total_seconds())} "
                     f"(health.alert_after: {_duration(config.health_alert_after.total_seconds())})")
    if started is not None and read is None and error is None and ok:
        lines.append("started, no inbox read yet")
    return Health(ok, tuple(lines))


def _when(config: Config, person: str, at: datetime) -> str:
    cal = config.calendar_for(person)
    return at.astimezone(cal.tz).strftime("%a %d %b %H:%M ") + cal.tz.key


def _ago(seconds: float) -> str:
    """A time past, or one ahead of this clock (a state written under `--now` later than today, as the demo's)."""
    return f"{_duration(seconds)} ago" if seconds >= 0 else f"in {_duration(-seconds)}, ahead of this clock"


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{minutes // 1440} days"


def daemon_line(process: str, holder, last: datetime | None, now: datetime, alert_after, tz) -> tuple[str, bool]:
    """What status and check --health say of the daemon's process, and whether to call it running.

    `process` and `holder` come from the state's lock file (store.lock.daemon_process): a live pid there is a
    running daemon, a dead one (or a released lock) a stopped one, whatever its last heartbeat. A pid written on
    another host cannot be checked from here: a sign of life within `alert_after` is all there is to go on.
    """
    # "last pass at never" reads as a glitch on a first day: say there was none.
    since = f"last pass at {last.astimezone(tz):%a %d %b %H:%M %Z}" if last else "no pass yet"
    if process == RUNNING:
        return f"daemon: running (pid {holder.pid})", True
    if process == ELSEWHERE:
        recent = last is not None and now - last < alert_after
        return (f"daemon: pid {holder.pid} on {holder.host}, not checked from this host; {since}"
                + ("" if recent else " (no sign of life within health.alert_after)"), recent)
    return f"daemon: stopped ({since})", False
