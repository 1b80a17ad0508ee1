"""The loop: `schedule` paces ticks (ingest → decide → send); signals stop it cleanly; config reloads live."""

from __future__ import annotations

from dataclasses import dataclass
import logging
import random
import signal
import threading

import schedule

from mailer.clock import Clock
from mailer.config.settings import Config
from mailer.config import lastgood
from mailer.config.load import ConfigSource
from mailer.decide import queue_due
from mailer.digests import queue_digests
from mailer.inbox import Inbox, InboxError
from mailer.ingest import IngestReport, ingest
from mailer.deliver import DeliveryReport, deliver
from mailer.exposure import world_readable_warnings
from mailer.errors import MailerError, StoreError
from mailer.guard import StateLost
from mailer.health import record_pass, record_start
from mailer.sdnotify import notify
from mailer.smtp import SmtpSession
from mailer.templateset import TemplateSource
from mailer.store import Store
from mailer.tls import plaintext_warnings
from mailer.trust import warn_if_unauthenticated

log = logging.getLogger(__name__)


RECONNECT_CAP_SECONDS = 300.0  # the longest wait between attempts while a server is unreachable


def reconnect_delay(failures: int, cap: float = RECONNECT_CAP_SECONDS, rng: random.Random | None = None) -> float:
    """Seconds to wait after `failures` failed passes in a row: 1, 2, 4 … up to `cap`, each shortened by a
    random part of up to a half (jitter), so many daemons behind one outage do not return in step.

    >>> 0.5 <= reconnect_delay(1) <= 1.0 and 150 <= reconnect_delay(30) <= 300
    True
    """
    full = min(cap, 2.0 ** min(max(failures, 1) - 1, 30))
    return full * (0.5 + 0.5 * (rng or random).random())


@dataclass
class TickReport:
    ingested: IngestReport | None = None
    queued: list[str] | None = None
    digests: list[str] | None = None  # weekly digests queued this pass
    delivered: DeliveryReport | None = None
    error: str | None = None


# What a pass queues once the inbox is read, in order; `mailer plan --day` (forecast.py) runs these same stages.
# Digests first: a manager's weekly list takes their one mail of the day, the nudges it repeats wait.
DECISION_STAGES = (("digests", lambda store, config, env, now: queue_digests(store, config, env, now)),
                   ("queued", lambda store, config, env, now: queue_due(store, config, env, now)))


def outage_kind(problem: str) -> str:
    """'read', 'send', … (the failing stage), with ' login' when the server refused the login."""
    stage = problem.split(":", 1)[0]
    return f"{stage} login" if ": login refused for " in problem else stage


class Daemon:
    """Owns the connections and the store; every decision takes `now` from the injected clock."""

    def __init__(self, source: ConfigSource, clock: Clock, store: Store | None = None,
                 inbox_factory=Inbox, session_factory=SmtpSession):
        self.source = source
        self.clock = clock
        # Before the state is opened: a template that does not render refuses the start, as a bad config does.
        self.templates = TemplateSource(source.current, clock.now())
        source.vet_templates = self.templates.vet  # a config edit is taken only with templates that render
        self.store = store or Store(source.current.state)
        self._inbox_factory = inbox_factory
        self._session_factory = session_factory
        self._inbox: Inbox | None = None
        self._inbox_config: Config | None = None
        self._outage: str | None = None
        self._outage_stages: tuple[str, ...] = ()  # which stages are failing; a change is logged, not a repeat
        self._remembered: Config | None = None  # the config last recorded in the state (_remember)
        self._failures = 0  # passes in a row with a failing stage: sets the reconnect backoff
        self._once = False  # `run --once`: one pass, then the process ends
        self.stop_event = threading.Event()

    @property
    def config(self) -> Config:
        return self.source.current

    def inbox(self) -> Inbox:
        config = self.source.refresh()
        if self._inbox is None or self._inbox_config is None or self._inbox_config.imap != config.imap:
            if self._inbox is not None:
                self._inbox.close()
            self._inbox, self._inbox_config = self._inbox_factory(config.imap), config
        return self._inbox

    def tick(self) -> TickReport:
        """One pass: read new mail, queue what is due, send what is queued. Never raises for outages.

        A failing stage is reported and the others still run, except that nothing is nudged while the inbox
        cannot be read (answers, confirmations and notices already queued still go).
        """
        if self.templates.refused_config_mended():  # a config edit refused for its templates: they changed since
            self.source.retry()
        config = self.source.refresh()
        report = TickReport()
        env = self.templates.refresh(config, self.clock.now())  # the last good templates, or a new set that renders
        problems = []

        def attempt(name: str, stage) -> bool:
            try:
                stage()
                return True
            except StateLost:
                raise  # not an outage: going on would forget every open candidate
            except Exception as exc:  # noqa: BLE001 - outages and bugs alike: report, keep the daemon alive
                if isinstance(exc, MailerError):
                    problems.append(f"{name}: {exc}")
                    log.debug("%s stage failed", name, exc_info=True)
                else:  # a bug: its traceback is logged once, at error level, then it counts as an outage
                    problems.append(f"{name}: internal error: {type(exc).__name__}: {exc}")
                    if problems[-1] not in (self._outage or ""):
                        log.error("%s stage failed with an internal error", name, exc_info=True)
                return False

        now = self.clock.now()
        read = attempt("read", lambda: setattr(report, "ingested", ingest(self.store, config, self.inbox(), env, now)))
        # Unread mail may hold the manager's answer: while the inbox cannot be read, nobody is nudged.
        if read:
            for name, stage in DECISION_STAGES:
                attempt(name, lambda stage=stage, name=name: setattr(report, name, stage(self.store, config, env,
                                                                                         self.clock.now())))
        attempt("send", lambda: setattr(report, "delivered", self._deliver(config, env, nudges=read)))
        report.error = "; ".join(problems) or None
        refused = self.source.last_error or self.templates.last_error
        if refused:  # a refused config or template edit: the daemon runs on, but status should say so
            report.error = "; ".join(filter(None, (report.error, f"config: {refused.splitlines()[0]}")))
        self._remember(config, now)
        try:
            told = record_pass(self.store, config, env, now, read,
                               len(report.delivered.sent) if report.delivered else 0, report.error)
        except StoreError as exc:  # a pass with nothing to record still fails here: the daemon must not look fine
            if str(exc) not in (report.error or ""):
                problems.append(f"state: {exc}")
                report.error = "; ".join(filter(None, (report.error, problems[-1])))
        except Exception:  # noqa: BLE001 - the heartbeat is for people; it must not stop the mail
            log.warning("could not store the heartbeat", exc_info=True)
        else:
            if told:  # the alert or all-clear goes now, not at the next pass (a cron's run --once: minutes later)
                self._send_ops_mail(config, env)
        # Every completed pass, an outage's too: the watchdog is for a daemon that hangs, and one waiting out a
        # refused login or a server that is down must keep its queue (the health alert tells ops of the outage).
        notify("WATCHDOG=1")
        # An outage is logged once, not every tick, nor again when only its wording changes ("refused",
        # then "reset", then "timed out"): the failing stages are what is compared, and whether a login was
        # refused, which ops must fix (a rotated password) where a dropped connection mends itself.
        stages = tuple(outage_kind(p) for p in problems)
        if report.error and self.stop_event.is_set():  # cut short by SIGTERM: no "will keep trying" before "stopped"
            log.warning("%s (stopping: what did not go out is sent at the next start)", report.error)
        elif report.error and stages != self._outage_stages:
            # `run --once` exits 1 after this pass: only the daemon keeps trying (a cron job's next run does).
            log.error("%s%s", report.error, "" if self._once else " (will keep trying)")
        elif not report.error and self._outage:
            log.info("recovered: %s", self._outage)
        self._outage, self._outage_stages = report.error, stages
        self._failures = self._failures + 1 if report.error else 0
        return report

    def _remember(self, config: Config, now) -> None:
        """The config this pass ran on, in the state once per load: while config.yaml holds an edit this daemon
        refused, status, check --health and plan read the state with it (config/lastgood.py)."""
        if config is self._remembered or self.source.text is None:
            return
        try:
            with self.store.transaction():
                lastgood.record(self.store, config.path, self.source.text, now)
            self._remembered = config
        except Exception:  # noqa: BLE001 - a help for people; an unwritable state is reported by the heartbeat
            log.debug("could not record the config in the state", exc_info=True)

    def _send_ops_mail(self, config: Config, env) -> None:
        try:
            self._deliver(config, env, nudges=False)
        except Exception:  # noqa: BLE001 - SMTP down too: the queued mail goes with the next pass's send stage
            log.debug("the mail to ops waits for the next pass", exc_info=True)

    def _deliver(self, config: Config, env, nudges: bool) -> DeliveryReport:
        with self._session_factory(config.smtp.server) as session:
            return deliver(self.store, config, session, self.clock.now(), self._inbox, env, nudges=nudges)

    def run(self) -> None:
        """Until SIGTERM/SIGINT: tick on the schedule, and early when IDLE reports new mail."""
        self._install_signals()
        scheduler = schedule.Scheduler()
        scheduler.every(self.config.poll_seconds).seconds.do(self.tick)
        log.info("mailer running: %s, inbox %s@%s, every %ss", self.config.path, self.config.imap.folder,
                 self.config.imap.server.host, self.config.poll_seconds)
        self.warn_at_start()
        record_start(self.store, self.clock.now())
        self.tick()
        notify("READY=1")
        while not self.stop_event.is_set():
            if self._failures:  # a server is out: try again after a capped, jittered backoff, not every poll
                # Capped at five polls too: a daemon polling every few seconds returns within seconds.
                cap = min(RECONNECT_CAP_SECONDS, 5 * max(self.config.poll_seconds, 1.0))
                self.stop_event.wait(reconnect_delay(self._failures, cap))
                if not self.stop_event.is_set():
                    self.tick()
                continue
            scheduler.run_pending()
            # IDLE is re-issued every imap.idle_renew seconds: a server that drops quiet connections silently
            # (Exchange Online) is found out then, and the next pass reconnects.
            wait = max(0.5, min(scheduler.idle_seconds or 1.0, self.config.imap.idle_renew))
            try:
                woke = self.inbox().wait(wait, self.stop_event)
            except InboxError as exc:
                if outage_kind(f"read: {exc}") not in self._outage_stages:
                    log.error("read: %s (will keep trying)", exc)
                self._outage, self._outage_stages = f"read: {exc}", (outage_kind(f"read: {exc}"),)
                self._failures += 1
                continue
            if woke and not self.stop_event.is_set():
                self.tick()  # IDLE said new mail came: handle it now rather than at the next poll
        self.close()
        log.info("mailer stopped")

    def warn_at_start(self) -> None:
        """What every start says, `run` and `run --once` alike: a cron job's log is where ops look too."""
        warn_if_unauthenticated(self.config)
        for line in plaintext_warnings(self.config.imap.server, self.config.smtp.server):
            log.warning(line)  # every start, like the trust warning: a password on the wire is worth repeating
        for line in world_readable_warnings(self.config):
            log.warning(line)  # likewise: a password or candidates' mail any local user can read
        for line in self.config.advice:
            log.warning("config: %s", line)  # what loads but does nothing: a cron log is read more than `check`

    def once(self) -> TickReport:
        """`mailer run --once`: the start's warnings, then one pass."""
        self.warn_at_start()
        self._once = True
        return self.tick()

    def _install_signals(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return

        def stop(signum, _frame):
            log.info("received %s: stopping after the current step", signal.Signals(signum).name)
            self.stop_event.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

    def close(self) -> None:
        if self._inbox is not None:
            self._inbox.close()
            self._inbox = None
        self.store.close()
