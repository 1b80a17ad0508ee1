"""`mailer run --once` while config.yaml holds an edit that does not load: the pass runs on the last good config.

A daemon refuses a bad edit and runs on with the config it had; cron's `run --once` starts afresh every time, so
without this one typo stopped every pass (nudges, digests, the mentor loop) until someone read cron's mail. The
last good config is the one a pass last ran on, recorded in the state (config/lastgood.py); each such pass says
which file, line and key to fix, and exits RAN_ON_LAST_GOOD. `mailer run` (the daemon's start) and `check` still
refuse the file: a start is when someone is there to fix it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mailer.config import lastgood
from mailer.config.load import ConfigSource
from mailer.errors import ConfigError

log = logging.getLogger("mailer")

RAN_ON_LAST_GOOD = 3  # the pass ran, on the last good config: config.yaml is refused until it is fixed


def source(path: Path, once: bool) -> tuple[ConfigSource, lastgood.Fallback | None]:
    """The config source for `run`: the file; or, for `--once` while the file does not load, the last good config
    recorded for this very file in the very state it names, with the refusal kept as the source's error (status and
    health show it as a refused edit). Without such a config the ConfigError stands, saying why: exit 2."""
    try:
        return ConfigSource(path), None
    except ConfigError as exc:
        if not once:
            raise
        kept = lastgood.fallback_to_run(path, exc.problems)  # or ConfigError: the problems and why no pass runs
    fallback_source = ConfigSource(path, initial=kept.config)
    fallback_source.text = kept.kept.text
    fallback_source.last_error = "\n".join(kept.problems)
    return fallback_source, kept


def warning(kept: lastgood.Fallback) -> list[str]:
    """What a cron job's mail says: the refused file's problems (file:line: key: what), and what ran instead."""
    tz = kept.config.default_calendar.tz
    name = kept.kept.path
    return ([f"{name} cannot be loaded; this pass runs on the last good config, loaded "
             f"{kept.kept.loaded_at.astimezone(tz):%a %d %b %H:%M %Z}:"]
            + [f"  {problem}" for problem in kept.problems]
            + [f"Fix {name.name}: every `run --once` runs on the last good config and exits {RAN_ON_LAST_GOOD} "
               f"until it loads (`mailer check` shows the same problems)."])
