"""Commands for the person running mailer: example-config, init, backup, close, forget, address clear, check --health,
plan --day."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
import getpass
from pathlib import Path
import sys

from mailer.clock import SystemClock


def add_parsers(sub, common: argparse.ArgumentParser, instant) -> None:
    example = sub.add_parser("example-config", parents=[common],
                             help="print the documented example config.yaml to start from (mailer example-config > config.yaml)")
    example.add_argument("--output", "-o", type=Path, metavar="FILE", help="write it to FILE (never over an existing one)")

    init = sub.add_parser("init", parents=[common], help="create the state database (--fresh: start over on purpose)")
    init.add_argument("--fresh", action="store_true",
                      help="start over on purpose: mail already in the inbox will not be matched to a lost state")
    init.add_argument("--adopt", action="store_true",
                      help="mailer's address changed: this state now belongs to the config's address")

    backup = sub.add_parser("backup", parents=[common], help="copy the state database, safe while mailer runs")
    backup.add_argument("file", type=Path, metavar="FILE")

    for name, what in (("close", "stop the follow-ups of submissions (by id)"),
                       ("forget", "stop tracking a candidate (by name or id)")):
        p = sub.add_parser(name, parents=[common], help=what)
        p.add_argument("targets", nargs="+", metavar="ID" if name == "close" else "NAME|ID")
        p.add_argument("--by", help="who is doing this, for the log and the recruiter's mail (default: the config's ops: address)")
        p.add_argument("--now", type=instant, help=argparse.SUPPRESS)

    address = sub.add_parser("address", parents=[common], help="failing addresses: `address clear EMAIL`")
    address.add_argument("action", choices=["clear"])
    address.add_argument("email", metavar="EMAIL")
    address.add_argument("--by", help="who is doing this (default: the config's ops: address)")
    address.add_argument("--now", type=instant, help=argparse.SUPPRESS)


def _by(args, config) -> str:
    return args.by or default_by(config.ops, getpass.getuser())


def default_by(ops: tuple[str, ...], login: str) -> str:
    """Who acted, when --by is not given, as the log and the recruiter's mail say it: the configured ops address
    (the shell login on a server is "root" or a service account, which tells the recruiter nothing).

    >>> default_by(("ops@acme.example",), "root"), default_by((), "root"), default_by((), "omar")
    ('ops (ops@acme.example)', 'ops', 'ops (omar)')
    """
    if ops:
        return f"ops ({', '.join(ops)})"
    return "ops" if login in ("root", "mailer", "") else f"ops ({login})"


def _now(args, config) -> datetime:
    from mailer.cli.main import _local_time
    return _local_time(getattr(args, "now", None), config) or SystemClock().now()


def example_config_text() -> str:
    """The repository's config.yaml, every key documented: shipped in the wheel as mailer/example-config.yaml
    (setup.py), read from the checkout in an editable install."""
    from importlib import resources
    shipped = resources.files("mailer").joinpath("example-config.yaml")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parents[2] / "config.yaml").read_text(encoding="utf-8")


def cmd_example_config(args) -> int:
    text = example_config_text()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        with open(args.output, "x", encoding="utf-8") as out:  # "x": an operator's edited config is never replaced
            out.write(text)
    except FileExistsError:
        print(f"mailer: {args.output} already exists; not replaced (choose another name, or move it away)",
              file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"mailer: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"wrote {args.output}: edit address, imap, smtp, recruiters and managers, then "
          f"`mailer check --config {args.output}`")
    return 0


def cmd_init(args) -> int:
    from mailer.config.load import load
    from mailer.guard import FRESH_START, MAILBOX
    from mailer.store import Store
    from mailer.store.lock import StateLock
    config = load(args.config)
    with StateLock(config.state):
        existed = config.state.exists()
        store = Store(config.state, replace_empty=args.fresh)
        try:
            if args.fresh:
                has_history = store.all_submissions() or store.folder_state(config.imap.folder)
                if has_history:
                    print(f"mailer: {config.state} already holds mailer's state ({len(store.all_submissions())} "
                          f"submissions); --fresh never empties a real state. Move it away first if you mean it.",
                          file=sys.stderr)
                    return 2
                with store.transaction():
                    store.set_meta(FRESH_START, SystemClock().now().isoformat(timespec="seconds"))
                print(f"{config.state}: a fresh state; mailer will start reading {config.imap.folder} without "
                      f"matching its earlier mail to a lost state (imap.start_from: {config.imap.start_from})")
            elif args.adopt:
                before = store.meta(MAILBOX)
                with store.transaction():
                    store.set_meta(MAILBOX, config.address.casefold())
                print(f"{config.state}: now the state of {config.address}'s mailer"
                      + (f" (it was {before}'s)" if before and before != config.address.casefold() else ""))
            elif existed:
                print(f"{config.state}: ready (it existed)")
            else:
                # The first pass, not this command, marks where reading starts: mail CC'd between the two is
                # left alone with start_from: new, so say so while ops can still start mailer at once.
                later = ("; mail already in {0} when mailer first runs is left alone (imap.start_from: new): "
                         "start mailer now".format(config.imap.folder) if config.imap.start_from == "new" else "")
                print(f"{config.state}: created{later}")
        finally:
            store.close()
    return 0


def cmd_backup(args) -> int:
    from mailer.cli.actingconfig import acting_config
    from mailer.store import Store
    config = acting_config(args)[0]  # the state the daemon writes: a backup is wanted most before a fix
    store = Store(config.state, must_exist=True, readable_if_unwritable=True)
    try:
        store.quick_check()
        store.backup(args.file)
    finally:
        store.close()
    print(f"backed up {config.state} to {args.file} (restore: stop mailer, copy it to {config.state}, "
          f"remove {config.state.name}-wal and -shm, start mailer)")
    return 0


def steer_consequence(command: str, config_path: Path) -> str:
    """What close, forget and address clear do under a refused config.yaml: they write the state and queue the
    recruiter's confirmation mail, composed with the last good config (from_name, templates), which the daemon
    running on that same config then sends."""
    return (f"`mailer {command}` acts on that last good config, not on the refused edit of {config_path.name}: "
            f"the recruiter's confirmation mail is composed with it now and sent on the daemon's next pass.")


def _steer(args, act) -> int:
    from mailer.cli.actingconfig import acting_config
    from mailer.compose import environment
    from mailer.steer import NotFound
    from mailer.store import Store
    command = "address clear" if args.command == "address" else args.command
    config = acting_config(args, steer_consequence(command, Path(args.config)))[0]
    store = Store(config.state, must_exist=True)
    try:
        for line in act(store, config, environment(config.templates), _now(args, config)):
            print(line)
    except NotFound as exc:
        print(f"mailer: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return 0


def cmd_close(args) -> int:
    from mailer.typednames import is_id
    from mailer.steer import close, find_all
    named = " ".join(t for t in args.targets if not is_id(t))
    if named:
        print(f"mailer: close takes submission ids (e.g. 12 or #12, see `mailer status`), not {named!r}; "
              f"to stop tracking a candidate by name: mailer forget {named!r}", file=sys.stderr)
        return 2
    return _steer(args, lambda store, config, env, now: close(
        store, config, env, find_all(store, args.targets), _by(args, config), now))


def cmd_forget(args) -> int:
    from mailer.steer import close, find_all
    return _steer(args, lambda store, config, env, now: close(
        store, config, env, find_all(store, args.targets), _by(args, config), now, action="forgotten"))


def cmd_address(args) -> int:
    from mailer.steer import clear_address
    return _steer(args, lambda store, config, env, now: [clear_address(store, config, env, args.email, _by(args, config), now)])


def health_exit(args) -> int:
    """`mailer check --health`: 0 healthy, 1 unhealthy (an error now, or the inbox unread too long), 2 while
    config.yaml is refused: ops must fix it, though the output says whether the daemon still sends."""
    from mailer.cli.actingconfig import health_view, readable_config
    from mailer.store import Store
    config, fallback = readable_config(args)
    store = Store(config.state, must_exist=True, readable_if_unwritable=True)
    try:
        health, warning = health_view(config, store, _now(args, config), fallback)
    finally:
        store.close()
    verdict = "healthy" if health.ok else "UNHEALTHY"
    if fallback:
        verdict = f"CONFIG REFUSED (exit 2); the daemon itself: {verdict}"
    print("\n".join(warning + [verdict]) + "\n" + "\n".join(f"  {line}" for line in health.lines))
    return 2 if fallback else 0 if health.ok else 1


def window(args, config, now: datetime) -> tuple[datetime, datetime]:
    """--day DATE: that day in the ops zone (from now if it is today); --until DATE: now to the end of that day."""
    tz = config.default_calendar.tz
    day = args.day or args.until
    start = datetime.combine(args.day, time(0), tzinfo=tz) if args.day else now
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz) - timedelta(seconds=1)
    return max(start, now), end


def plan_window_text(store, config, env, now: datetime, start: datetime, end: datetime) -> str:
    from mailer.forecast import forecast
    tz = config.default_calendar.tz
    planned = [p for p in forecast(store, config, env, now, end) if p.at >= start]
    head = (f"{start.astimezone(tz):%a %d %b %Y %H:%M} to {end.astimezone(tz):%a %d %b %Y %H:%M} {tz.key}, "
            f"if no mail comes in (nothing is sent by plan)")
    if not planned:
        return f"Nothing will be sent from {head}."
    return f"{len(planned)} mail(s) from {head}:\n" + planned_table(config, planned)


def planned_table(config, planned) -> str:
    """The forecast's mails as `plan --day` and `plan --at` both show them: when (in defaults.timezone and in the
    recipient's own zone), to whom, the kind of mail, the candidates it lists, its subject."""
    from mailer.cli.status import table
    tz = config.default_calendar.tz
    rows = []
    for p in planned:
        their = config.calendar_for(p.to).tz
        local = f"{p.at.astimezone(their):%a %d %b %H:%M} {their.key}" if their.key != tz.key else "(same)"
        rows.append([f"{p.at.astimezone(tz):%a %d %b %H:%M}", local, p.to, p.kind, ", ".join(p.candidates) or "-",
                     p.subject])
    return table(rows, [f"time ({tz.key})", "their time", "to", "kind", "candidates", "subject"])


def day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (e.g. 2026-12-10)") from None


COMMANDS = {"example-config": cmd_example_config, "init": cmd_init, "backup": cmd_backup, "close": cmd_close, "forget": cmd_forget, "address": cmd_address}
