"""The config a running daemon last loaded, kept in its state.

A running daemon refuses a bad edit of config.yaml and goes on with the config it had. While the file holds that
edit, `status`, `check --health` and `plan` cannot parse it, yet the daemon is sending: they read the state
through the config the daemon really runs on, recorded here, instead of showing only the error.

The text itself is kept (not a digest of it): parsed again with the same path it is exactly the daemon's config,
relative `state:` and `templates:` included. config.yaml holds no secrets by design: inline `password` and
`client_secret` are refused (passwords come from password_env / password_file), so a config that loaded has none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
import json
from pathlib import Path

from mailer.config.settings import Config
from mailer.errors import ConfigError, StoreError, YamlError
from mailer.store.health import ERROR, READ, SEND, Beat

LAST_GOOD = "config_last_good"  # meta row: JSON {"path", "text", "loaded_at"}
STARTED = "started"  # health.STARTED; not imported: health.py imports the notices, far more than this needs


@dataclass(frozen=True)
class LastGood:
    path: Path  # the config file it was read from, absolute
    text: str
    loaded_at: datetime  # when the daemon first ran a pass on it


@dataclass(frozen=True)
class Fallback:
    """What to read the state with while config.yaml is refused: the last good config and why."""

    config: Config
    kept: LastGood
    problems: tuple[str, ...]  # the refused file's file:line: key problems


def record(store, path: Path, text: str, now: datetime) -> None:
    """Called inside a transaction by the daemon whenever it runs a pass on a config it has not recorded. The same
    text for the same file keeps its first time: a `run --once` on the last good config loads it afresh each pass,
    and "loaded …" must still say when it was taken."""
    kept = recorded(store)
    if kept is not None and kept.text == text and kept.path == Path(path).resolve():
        return
    store.set_meta(LAST_GOOD, json.dumps({"path": str(Path(path).resolve()), "text": text,
                                          "loaded_at": now.isoformat()}))


def recorded(store) -> LastGood | None:
    raw = store.meta(LAST_GOOD)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        return LastGood(Path(data["path"]), data["text"], datetime.fromisoformat(data["loaded_at"]))
    except (ValueError, KeyError, TypeError):
        return None  # written by something else: no fallback rather than a wrong one


def state_candidates(path: Path) -> list[Path]:
    """Where the state of a config that does not load may be. Its own `state:` when the YAML still parses and
    names one (relative to the file, as the loader reads it), then `mailer.db` next to the file, the default.
    A file that cannot be read or parsed at all leaves only the default."""
    from mailer.config import yamlsource
    found = []
    try:
        root = yamlsource.load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YamlError):
        root = None
    state = root.get("state") if isinstance(root, dict) else None
    if isinstance(state, str) and state.strip():
        found.append(path.parent / state.strip())
    found.append(path.parent / "mailer.db")
    return list(dict.fromkeys(found))


def fallback(path: Path, problems: list[str]) -> Fallback | None:
    """The last good config the daemon recorded for this very file, parsed again; None when there is none
    (no state found, never recorded, recorded for another file, or no longer loadable itself)."""
    from mailer.config.load import parse
    from mailer.store import Store
    path = Path(path)
    for state in state_candidates(path):
        if not state.is_file():
            continue
        try:
            store = Store(state, must_exist=True)
        except StoreError:
            continue
        try:
            kept = recorded(store)
        except Exception:  # noqa: BLE001 - a state too old for a meta table or damaged: no fallback, the error stands
            kept = None
        finally:
            store.close()
        if kept is None or kept.path != path.resolve():
            continue
        try:
            config = parse(kept.text, kept.path)
        except ConfigError:  # e.g. its templates folder is gone since: only the refused file's error is shown
            continue
        return Fallback(config, kept, tuple(problems))
    return None


def moved_state(fb: Fallback, moved_to: Path) -> Fallback:
    """A file that loads but moves `state:` where no database is: the running daemon refused that too."""
    return replace(fb, problems=(f"{fb.kept.path}: state: no database at {moved_to}; a running mailer keeps "
                                 f"{fb.config.state}. To move it: stop mailer, move the file (with its -wal), "
                                 f"start it",))


def without_config_error(beats: dict[str, Beat]) -> dict[str, Beat]:
    """The daemon's heartbeat without the refused edit: the daemon appends it last to its current error
    ("read: …; config: …", daemon.tick), and it is reported apart, so what remains is the daemon's own health."""
    error = beats.get(ERROR)
    if error is None:
        return beats
    rest = "" if error.detail.startswith("config: ") else error.detail.rpartition("; config: ")[0] or error.detail
    beats = dict(beats)
    if rest:
        beats[ERROR] = Beat(error.at, rest)
    else:
        del beats[ERROR]
    return beats


def last_beat(beats: dict[str, Beat]) -> datetime | None:
    """The daemon's latest sign of life: its start, a good read, a send."""
    times = [beats[name].at for name in (STARTED, READ, SEND) if name in beats]
    return max(times) if times else None


def notice(fb: Fallback, beats: dict[str, Beat], now: datetime, healthy: bool, running: bool) -> list[str]:
    """What ops read above status and health while config.yaml is refused. `healthy`: the daemon's own verdict,
    the refused edit left out; `running`: its process lives (health.daemon_running)."""
    tz = fb.config.default_calendar.tz
    when = lambda at: f"{at.astimezone(tz):%a %d %b %H:%M %Z}"  # noqa: E731
    name = fb.kept.path
    alive = last_beat(beats)
    templates = fb.problems and all(p.startswith("template ") for p in fb.problems)  # templateset.py refused them
    what = f"the templates of {name} do not render" if templates else f"{name} cannot be loaded"
    lines = [f"WARNING: {what} (configuration problem above); shown below is the state as "
             f"read with the last good config, loaded by the daemon {when(fb.kept.loaded_at)}."]
    if running:
        lines.append("The daemon is running on that last good config: "
                     + ("mail still flows." if healthy else "it also reports a problem of its own (below)."))
        lines.append(f"Fix {name.name}: a valid edit is taken on the next pass; a restart would refuse this one.")
    else:
        lines.append(f"The daemon is stopped (last pass at {when(alive) if alive else 'never'}), and `mailer run` "
                     f"refuses to start on {name.name} as it is. Fix it first.")
    return lines
