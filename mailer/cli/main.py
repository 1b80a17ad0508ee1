"""Command line: arguments → config → daemon, plan, status, check, demo. Exit 0 on success, 1 on failure, 2 on bad input."""

from __future__ import annotations

import argparse
from datetime import datetime
import logging
import os
from pathlib import Path
import sys

from mailer import __version__
from mailer.cli.actingconfig import acting_config, health_view, readable_config
from mailer.cli.terminal import guard_terminals
from mailer.clock import FixedClock, OffsetClock, SystemClock, as_utc, parse_instant

log = logging.getLogger("mailer")

EXAMPLES = """\
commands:
  mailer demo                      play a scripted fortnight on an embedded mail stack (no setup)
  mailer run                       the daemon (stop with Ctrl-C or SIGTERM)
  mailer run --once                one sync + decide + send pass, for cron (exit 3: on the last good config)
  mailer plan --at 2026-12-01T09:00Z   what would be sent then, sends nothing
  mailer status                    open submissions per manager and their next nudge
  mailer check                     validate config, render templates, log in to IMAP and SMTP
  mailer classify --json FILE…     how mailer reads mail: kind, deciding rule, reply text, command
  mailer quarantine [--retry KEY]  mail mailer could not handle, and why; read it again after a fix
  mailer plan --day 2026-12-10     every mail that will go out that day, in each recipient's time
  mailer check --health            for monitors: exit 0 healthy, 1 unhealthy, 2 no state or a refused config
  mailer backup FILE               a consistent copy of the state, safe while mailer runs
  mailer init --fresh              start over on purpose with a new state (--adopt: mailer's address changed)
  mailer close 12 | forget NAME | address clear EMAIL   ops steering, confirmed to the recruiter
  mailer report --output r.html    are managers answering faster? figures and charts from the database
  mailer mentors                   mentorships, next check-ins, and who should be each recruiter's mentor
  mailer journal rita@acme.example what a recruiter's mentors answered, newest first
  mailer auth google               one-time Google consent for the google_user sign-in (prints a URL)
"""


def _instant(text: str) -> datetime:
    """ISO-8601; without an offset it is read later in the config's default time zone (see _local_time)."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO-8601 time: {text!r} (e.g. 2026-12-01T09:30 in the default "
                                         f"time zone, or 2026-12-01T09:30+01:00)") from None
    return value


def _local_time(value: datetime | None, config) -> datetime | None:
    """A time given without an offset means wall-clock time where the team is (defaults.timezone)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=config.default_calendar.tz)
    return as_utc(value)


def _common(default_config, default_verbose) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, default=default_config,
                        help="config file (default: $MAILER_CONFIG or ./config.yaml)")
    common.add_argument("-v", "--verbose", action="count", default=default_verbose,
                        help="more log detail (-vv for debug)")
    return common


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mailer", description="CC mailer on a candidate submission; it follows up "
                                "with hiring managers who stay silent.", epilog=EXAMPLES,
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                parents=[_common(default_config=None, default_verbose=0)])
    # The same options after the command; SUPPRESS keeps a value given before it ("mailer --config F status")
    # instead of the subcommand's default overwriting it.
    common = _common(default_config=argparse.SUPPRESS, default_verbose=argparse.SUPPRESS)
    p.add_argument("--version", action="version", version=f"mailer {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", parents=[common], help="run the daemon")
    run.add_argument("--once", action="store_true", help="one pass (sync, decide, send), then exit; while "
                     "config.yaml does not load, the pass runs on the last good config and exits 3")
    run.add_argument("--now", type=_instant, metavar="TIME",
                     help="pretend it is this time (simulation and tests); ISO-8601, e.g. 2026-12-01T09:30 "
                          "(in defaults.timezone) or 2026-12-01T09:30+01:00")

    plan = sub.add_parser("plan", parents=[common], help="list what would be sent, send nothing")
    plan.add_argument("--at", type=_instant, metavar="TIME",
                      help="at this time instead of now; ISO-8601, e.g. 2026-12-01T09:30 (in defaults.timezone)")
    plan.add_argument("--now", type=_instant, help=argparse.SUPPRESS)
    from mailer.cli import ops
    plan.add_argument("--day", type=ops.day, metavar="DATE",
                      help="every mail that will go out that day (in defaults.timezone), e.g. 2026-12-10")
    plan.add_argument("--until", type=ops.day, metavar="DATE", help="every mail from now to the end of DATE")

    status = sub.add_parser("status", parents=[common], help="open submissions per manager")
    status.add_argument("--now", type=_instant, metavar="TIME", help="as of this time (ISO-8601, as for run)")
    status.add_argument("--json", action="store_true", help="one JSON object: health, submissions, digests and "
                                                           "check-ins, quarantine")

    check = sub.add_parser("check", parents=[common], help="validate config and templates, try IMAP and SMTP logins")
    check.add_argument("--health", action="store_true",
                       help="only the running daemon's health, for monitors: exit 0 healthy, 1 unhealthy, 2 no state "
                            "or a refused config")
    check.add_argument("--now", type=_instant, help=argparse.SUPPRESS)
    ops.add_parsers(sub, common, _instant)

    classify = sub.add_parser("classify", parents=[common], help="how mailer reads mail files: kind, rule, reply text",
                              description="Classify mail as the daemon would, with the config (default ./config.yaml) "
                                          "and its database. FILE may be a message file, a Maildir, a folder of .eml "
                                          "files, an mbox, or - for standard input. With --no-config, or when there "
                                          "is no config file, nobody is known: a plain classification.")
    classify.add_argument("files", nargs="*", metavar="FILE", default=["-"])
    classify.add_argument("--json", action="store_true", help="one JSON object per message")
    classify.add_argument("--no-config", action="store_true",
                          help="a plain classification: ignore any config (nobody is known)")
    classify.add_argument("--now", type=_instant, help=argparse.SUPPRESS)

    quarantine = sub.add_parser("quarantine", parents=[common], help="mail mailer could not handle, and why")
    quarantine.add_argument("--retry", metavar="KEY", help="read a quarantined mail again (a key, or 'all')")
    quarantine.add_argument("--now", type=_instant, help=argparse.SUPPRESS)

    report = sub.add_parser("report", parents=[common], help="figures and charts from stored history (no mailbox)",
                            description="Per manager: submissions, median and p90 business hours to the first "
                                        "reply (those still waiting counted: \"≥\" when most still wait), share "
                                        "within the first rung's delay, nudges per answer, still waiting and the "
                                        "oldest wait; the team's weekly trend; before and since mentoring began; "
                                        "mentorships. Read from the state database only.")
    report.add_argument("--since", metavar="DATE", help="first day (YYYY-MM-DD in defaults.timezone, or an ISO time); "
                                                        "default: 12 weeks back from a Monday")
    report.add_argument("--until", metavar="DATE", help="last day, included (or an ISO time, excluded); default: now")
    report.add_argument("--format", choices=("html", "csv", "json"),
                        help="default: from the --output file's suffix, else html")
    report.add_argument("--output", type=Path, metavar="FILE", help="write here instead of standard output")
    report.add_argument("--now", type=_instant, metavar="TIME",
                        help="as of this time (ISO-8601, as for run): the default --until, and where the default "
                             "12 weeks end")
    auth = sub.add_parser("auth", parents=[common], help="one-time OAuth2 consent for a mailbox (google_user flow)",
                          description="Opens Google's consent page for the OAuth client named in the imap/smtp "
                                      "oauth2 block (flow: google_user) and stores the refresh token in the token "
                                      "cache next to the state database. See docs/google.md.")
    auth.add_argument("provider", choices=["google"])
    auth.add_argument("--authorize-url", default=None, help=argparse.SUPPRESS)  # a Google-compatible stand-in (tests)
    auth.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for the browser (default 600)")

    # The demo writes its own config and state: it takes no --config (one given before the command is ignored).
    verbose_only = argparse.ArgumentParser(add_help=False)
    verbose_only.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS,
                              help="more log detail (-vv for debug)")
    demo = sub.add_parser("demo", parents=[verbose_only], help="self-contained demo on an embedded mail stack",
                          description="A scripted fortnight of recruiters, managers and mentors on an embedded "
                                      "IMAP and SMTP server on loopback, with its own config and a SQLite state "
                                      "in a temporary folder: nothing to set up, and no config file is read.")
    demo.add_argument("--keep", type=Path, help="keep the demo's database and config in this folder")
    from mailer.cli.mentoring import add_parsers
    add_parsers(sub, common, _instant)  # journal, mentors
    return p


def setup_logging(verbose: int, libraries: bool | None = None) -> None:
    """`verbose` sets mailer's level (0 warnings, 1 decisions, 2 debug); `libraries` whether the libraries'
    own narration shows too (default: at debug)."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    libraries = verbose >= 2 if libraries is None else libraries
    # The offset in every timestamp: a log read in another zone (or across a DST change) is never ambiguous.
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
                        datefmt="%Y-%m-%d %H:%M:%S%z", stream=sys.stderr)
    # Libraries that narrate every message at INFO: their detail is only wanted when debugging (-vv).
    for name in ("flufl.bounce", "imapclient", "mail.log", "pymap", "dateparser"):
        logging.getLogger(name).setLevel(logging.DEBUG if libraries else logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command is None:
        parser().print_help()
        return 2
    args.config_named = args.config is not None or "MAILER_CONFIG" in os.environ
    args.config = args.config or Path(os.environ.get("MAILER_CONFIG", "config.yaml"))
    # `run` logs its decisions by default, so its -v is mailer's debug; the libraries' narration (imaplib's every
    # line on the wire, the mail's text included) still takes -vv, as for every other command.
    guard_terminals()  # before logging: its handler then writes through the guarded stderr
    setup_logging(args.verbose + (1 if args.command == "run" else 0), libraries=args.verbose >= 2)
    from mailer.errors import ConfigError, MailerError, StoreError, TemplateProblem
    try:
        return COMMANDS[args.command](args)
    except ConfigError as exc:
        print("mailer: configuration problem:\n" + "\n".join(f"  {p}" for p in exc.problems), file=sys.stderr)
        if not Path(args.config).exists():  # a first day: say how to start one, not only how to point at another
            print(f"  start one with: mailer example-config -o {args.config}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"mailer: {exc}", file=sys.stderr)
        return 2
    except TemplateProblem as exc:
        print(f"mailer: {exc}\n  (`mailer check` renders every template)", file=sys.stderr)
        return 1
    except MailerError as exc:  # an unreachable server, a failed send: one line, exit 1
        print(f"mailer: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `mailer classify … | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - a user sees one clear line; -vv shows where it came from
        log.error("internal error: %s: %s", type(exc).__name__, exc, exc_info=True)
        print(f"mailer: internal error: {type(exc).__name__}: {exc}\n"
              f"  (this is a bug in mailer; the traceback above is what to report)", file=sys.stderr)
        return 1


def _load(args):
    from mailer.config.load import ConfigSource
    return ConfigSource(args.config)


def cmd_run(args) -> int:
    from mailer.daemon import Daemon
    from mailer.cli import runonce
    source, kept = runonce.source(args.config, args.once)
    for line in runonce.warning(kept) if kept else ():
        log.warning("config: %s", line)
    servers = (source.current.imap.server, source.current.smtp.server)
    for secret in (*(s.password for s in servers), *(s.oauth2.client_secret for s in servers if s.oauth2)):
        secret.reveal()  # a missing variable or file is a configuration problem: say so now, exit 2
    from mailer.store.lock import StateLock
    now = _local_time(args.now, source.current)
    clock = (FixedClock(now) if args.once else OffsetClock(now)) if now else SystemClock()
    with StateLock(source.current.state):  # one daemon per state: a second one stops here, naming the first
        daemon = Daemon(source, clock)
        try:
            daemon.store.quick_check()
            if not args.once:
                daemon.run()
                return 0
            report = daemon.once()
        finally:
            daemon.close()
    error = report.error if not kept else (report.error or "").rpartition("; config: ")[0] or None
    if error:
        print(f"mailer: {error}", file=sys.stderr)
        return 1
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.ingested.kinds.items())) or "no new mail"
    d = report.delivered
    digests = f"; digests queued: {len(report.digests)}" if report.digests else ""
    print(f"read: {kinds}; follow-ups queued: {len(report.queued)}{digests}; mails sent: {len(d.sent)} "
          f"(retrying {len(d.retrying)}, failed {len(d.failed)})")
    return 1 if d.failed else runonce.RAN_ON_LAST_GOOD if kept else 0


def cmd_plan(args) -> int:
    from mailer.compose import environment
    from mailer.cli.status import plan_text
    from mailer.store import Store
    from mailer.cli.ops import plan_window_text, window
    config, fallback = readable_config(args)
    at = _local_time(args.at or args.now, config) or SystemClock().now()
    store = Store(config.state, must_exist=True, readable_if_unwritable=True)
    try:
        if fallback:  # on standard error: standard output stays the plan alone
            now = _local_time(args.now, config) or SystemClock().now()
            print("\n".join(health_view(config, store, now, fallback)[1]), file=sys.stderr)
        if args.day or args.until:
            print(plan_window_text(store, config, environment(config.templates), at, *window(args, config, at)))
            return 0
        print(plan_text(store, config, environment(config.templates), at))
    finally:
        store.close()
    return 0


def cmd_status(args) -> int:
    from mailer.cli.status import status
    from mailer.store import Store
    config, fallback = readable_config(args)
    store = Store(config.state, must_exist=True, readable_if_unwritable=True)
    now = _local_time(args.now, config) or SystemClock().now()
    try:
        # First: a daemon that cannot read its inbox shows here; so does a config.yaml it refused.
        health, warning = health_view(config, store, now, fallback)
        if getattr(args, "json", False):
            import json
            from mailer.cli.status import status_json
            from mailer.store.lock import daemon_process
            facts = status_json(store, config, now, health, daemon_process(config.state))
            facts["config"] = None if fallback is None else {
                "problems": list(fallback.problems), "last_good": str(fallback.kept.path),
                "last_good_loaded_at": fallback.kept.loaded_at.isoformat(), "lines": warning}
            print(json.dumps(facts, indent=2, ensure_ascii=False))
            return 0
        if warning:
            print("\n".join(warning) + "\n")
        print(f"mailer: {'healthy' if health.ok else 'UNHEALTHY'}\n" + "\n".join(f"  {x}" for x in health.lines) + "\n")
        print(status(store, config, now))
    finally:
        store.close()
    return 0


def cmd_check(args) -> int:
    from mailer.cli.check import run_checks
    if args.health:
        from mailer.cli.ops import health_exit
        return health_exit(args)
    return run_checks(_load(args).current)


def cmd_classify(args) -> int:
    from mailer.config.load import load
    from mailer.cli.classify import run
    if args.files == ["-"] and sys.stdin.isatty():
        print("mailer classify: name mail files, Maildirs or mboxes, or pipe a message in with '-'", file=sys.stderr)
        return 2
    config = None if args.no_config or not (args.config_named or args.config.exists()) else load(args.config)
    try:
        return run(args.files, config, args.json, _local_time(args.now, config) if config else
                   (parse_instant(args.now.isoformat()) if args.now else None))
    except FileNotFoundError as exc:
        print(f"mailer: {exc}", file=sys.stderr)
        return 2


RETRY_UNDER_FALLBACK = ("quarantine --retry reads the mail again with that last good config, the one the daemon "
                        "runs on: what it queues is sent by the daemon as if it had read it itself.")


def cmd_quarantine(args) -> int:
    from mailer.compose import environment
    from mailer.ingest import IngestReport, ingest_raw
    from mailer.cli.status import quarantine_text
    from mailer.store import Store
    config = acting_config(args, "" if not args.retry else RETRY_UNDER_FALLBACK)[0]
    store = Store(config.state, must_exist=True)
    try:
        if not args.retry:
            print(quarantine_text(store))
            return 0
        keys = [r["key"] for r in store.quarantined()] if args.retry == "all" else [args.retry]
        report = IngestReport()
        for key in keys:
            with store.transaction():
                found = store.release_quarantined(key)
                if found is None:
                    print(f"mailer: nothing in quarantine under {key!r}", file=sys.stderr)
                    return 2
                folder, uid, raw = found
                ingest_raw(store, config, environment(config.templates), raw, folder, uid,
                           _local_time(args.now, config) or SystemClock().now(), report)
        print(", ".join(f"{n} {k}" for k, n in sorted(report.kinds.items())) or "nothing read")
        return 1 if report.kinds.get("quarantined") else 0
    finally:
        store.close()


def cmd_report(args) -> int:
    from mailer.cli.report import ReportError, run
    config = acting_config(args)[0]
    try:
        return run(config, args.since, args.until, args.format, args.output,
                   _local_time(args.now, config) or SystemClock().now())
    except ReportError as exc:  # a period or output file that cannot be: a usage problem
        print(f"mailer report: {exc}", file=sys.stderr)
        return 2


def cmd_auth(args) -> int:
    from mailer.auth.google_consent import GOOGLE_AUTHORIZE, consent
    config = _load(args).current
    servers = [s for s in (config.imap.server, config.smtp.server) if s.oauth2 and s.oauth2.flow == "google_user"]
    if not servers:
        print("mailer auth google: neither imap nor smtp has an oauth2 block with 'flow: google_user' "
              "(see docs/google.md)", file=sys.stderr)
        return 2
    paste = (lambda: sys.stdin.readline()) if sys.stdin.isatty() else None
    who = consent(servers[0], args.authorize_url or GOOGLE_AUTHORIZE, args.timeout, pasted=paste)
    print(f"signed in as {who}; the refresh token is in {servers[0].oauth2.cache} (readable by mailer only)")
    return 0


def cmd_demo(args) -> int:
    from mailer.demo.scenario import run_demo
    return run_demo(keep=args.keep)


COMMANDS = {"run": cmd_run, "plan": cmd_plan, "status": cmd_status, "check": cmd_check, "demo": cmd_demo,
            "classify": cmd_classify, "quarantine": cmd_quarantine, "report": cmd_report, "auth": cmd_auth}
from mailer.cli.mentoring import COMMANDS as MENTORING_COMMANDS  # noqa: E402 - journal, mentors
COMMANDS.update(MENTORING_COMMANDS)
COMMANDS.update(__import__("mailer.cli.ops", fromlist=["COMMANDS"]).COMMANDS)
