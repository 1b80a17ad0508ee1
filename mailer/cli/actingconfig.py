"""Which config a command acts on: the file, or, while it holds an edit the running daemon refused, the last good
config the daemon recorded (mailer/config/lastgood.py), with the warning that says so and the daemon's health."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
import sys

from mailer.clock import SystemClock


def readable_config(args):
    """The config to act on, and None; or, while config.yaml holds an edit the running daemon refused, the last
    good config it recorded and the Fallback saying so (config/lastgood.py). Every command that reads or
    changes the state finds its config here; `check` and `run` load the file itself, as refusing it is their
    job. The refused file's problems are printed as any configuration problem is; without a recorded config
    they stop the command."""
    from mailer.config import lastgood
    from mailer.config.load import load
    from mailer.errors import ConfigError
    try:
        config = load(args.config)
    except ConfigError as exc:
        fallback = lastgood.fallback(args.config, exc.problems)
        if fallback is None:
            raise
    else:
        # An edit moving `state:` loads, but the daemon refused it and writes on where it was: its state is
        # found beside the file (the default) only, as for a file that does not parse.
        fallback = lastgood.fallback(args.config, [])
        if fallback is None:
            return config, None
        if config.state.exists() or fallback.config.state.resolve() == config.state.resolve():
            # A template edit the daemon refused is shown as a refused config edit: the daemon composes with the
            # templates it held before (templateset.py), and the files as they are do not render. Asked only
            # where a daemon ran on this file (a recorded config): rendering them all takes a third of a second.
            from mailer.templateset import vetted
            problems = vetted(config)[1]
            if not problems:
                return config, None
            fallback = replace(fallback, problems=tuple(problems))
        else:
            fallback = lastgood.moved_state(fallback, config.state)
    print("mailer: configuration problem:\n" + "\n".join(f"  {p}" for p in fallback.problems), file=sys.stderr)
    return fallback.config, fallback


def acting_config(args, consequence: str = ""):
    """readable_config for the commands that print no health (backup, close, journal, …): under a fallback the same
    warning status shows goes to standard error (standard output stays the command's own), then
    `consequence`: what acting on the last good config means for this command, when it means more than reading."""
    from mailer.cli.main import _local_time
    from mailer.store import Store
    config, fallback = readable_config(args)
    if fallback is not None:
        store = Store(config.state, must_exist=True, readable_if_unwritable=True)
        try:
            lines = health_view(config, store, _local_time(getattr(args, "now", None), config) or SystemClock().now(),
                                fallback)[1]
        finally:
            store.close()
        print("\n".join(lines + ([consequence] if consequence else [])), file=sys.stderr)
    return config, fallback


def health_view(config, store, now: datetime, fallback):
    """The daemon's health verdict, its process first (running only while the pid its state lock names lives),
    and, under a fallback, the warning above it. The refused edit is in the daemon's error too; it is left out
    of the verdict, which then says whether the mail itself still flows. Once the file is fixed the stored refusal
    is stale until the daemon's next pass reads it (never, while it is stopped): left out too, and said so."""
    from dataclasses import replace
    from mailer.config import lastgood
    from mailer.health import daemon_line, verdict
    from mailer.store.lock import daemon_process
    beats = store.beats()
    own = lastgood.without_config_error(beats)
    health = verdict(config, own, now, store.unwritable())
    line, running = daemon_line(*daemon_process(config.state), lastgood.last_beat(beats), now,
                                config.health_alert_after, config.default_calendar.tz)
    fixed = () if fallback or own == beats else (
        f"config: the edit the daemon refused is fixed in {config.path.name}; the daemon takes it at its next pass",)
    health = replace(health, lines=(line, *health.lines, *fixed))
    return health, (lastgood.notice(fallback, beats, now, health.ok, running) if fallback else [])
