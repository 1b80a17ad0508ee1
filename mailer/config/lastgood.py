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
import os
from pathlib import Path
import re

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


_STATE_LINE = re.compile(r"^state[ \t]*:.*$", re.M)  # a top-level `state:`: at column 0, whatever breaks the YAML
_STATE_KEY = re.compile(r"""(?:^|[\s{,])["']?state["']?[ \t]*:""", re.M)  # `state:` anywhere, quoted or in {…}


def named_state(path: Path) -> tuple[Path | None, str]:
    """The state config.yaml names, resolved as the loader resolves it, even while the file does not load; or None
    and why, when the file cannot tell. A YAML syntax error leaves its `state:` known only when it is one line at
    column 0 that parses alone (then it is a top-level key whatever is broken elsewhere), or when the file has no
    `state` key anywhere (then it is mailer.db beside the file, the default)."""
    from mailer.config import yamlsource
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, f"{path} cannot be read ({exc})"
    try:
        root = yamlsource.load(text)
    except YamlError:
        root = _state_alone(text)
        if root is None:
            return None, f"{path} does not parse, so which state it names is not known"
    state = root.get("state") if isinstance(root, dict) else None
    if isinstance(root, dict) and "state" in root and not (isinstance(state, str) and state.strip()):
        return None, f"{path}: its state: is not a file name"
    named = state.strip() if isinstance(state, str) and state.strip() else "mailer.db"
    return (path.parent / named).resolve(), ""


def _state_alone(text: str) -> dict | None:
    """The `state:` of YAML that does not parse, as a mapping ({} for none), or None when it cannot be told. Whole
    comment lines are left out: a `# state: old.db` kept from before names nothing."""
    from mailer.config import yamlsource
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    if not _STATE_KEY.search(text):
        return {}
    lines = _STATE_LINE.findall(text)
    if len(lines) != 1 or len(_STATE_KEY.findall(text)) != 1:
        return None
    try:
        root = yamlsource.load(lines[0])
    except YamlError:
        return None
    return root if isinstance(root, dict) else None


def state_candidates(path: Path) -> list[Path]:
    """Where the state of a config that does not load may be, for the commands that only read it: the state the
    file names (named_state), then `mailer.db` next to the file, the default, where a daemon that refused an edit
    moving `state:` still writes."""
    named = named_state(path)[0]
    return list(dict.fromkeys([*([named] if named else []), (path.parent / "mailer.db").resolve()]))


def foreign(kept_state: Path, read_from: Path) -> str:
    """Why a config recorded in the database `read_from` must not be run on: its `state:` is another database
    ("" when it is this very one, by resolved path and by file identity). A copied state carries the record of the
    state it was copied from, which names the original: a pass on it would not know what the live state sent."""
    kept_state, read_from = Path(kept_state).resolve(), Path(read_from).resolve()
    if kept_state == read_from and kept_state.is_file() and os.path.samefile(kept_state, read_from):
        return ""
    return (f"the last good config recorded in {read_from} runs on state {kept_state}, not on {read_from}: "
            f"not used, as a pass would run on a state other than the one it was recorded in")


def _search(path: Path, problems: list[str], states: list[Path]) -> tuple[Fallback | None, list[str]]:
    """The first usable last good config for this very file among `states`, or None and why each was not."""
    from mailer.config.load import parse
    from mailer.store import Store
    why = []
    for state in states:
        if not state.is_file():
            why.append(f"no state at {state}")
            continue
        try:
            store = Store(state, must_exist=True)
        except StoreError as exc:
            why.append(f"{state}: {exc}")
            continue
        try:
            kept = recorded(store)
        except Exception:  # noqa: BLE001 - a state too old for a meta table or damaged: no fallback, the error stands
            kept = None
        finally:
            store.close()
        if kept is None or kept.path != path.resolve():
            why.append(f"no last good config of {path.resolve()} recorded in {state}")
            continue
        try:
            config = parse(kept.text, kept.path)
        except ConfigError:  # e.g. its templates folder is gone since: only the refused file's error is shown
            why.append(f"the last good config recorded in {state} no longer loads")
            continue
        reason = foreign(config.state, state)
        if reason:
            why.append(reason)
            continue
        return Fallback(config, kept, tuple(problems)), why
    return None, why


def fallback(path: Path, problems: list[str]) -> Fallback | None:
    """The last good config the daemon recorded for this very file, parsed again, to read the state with; None
    when there is none (no state found, never recorded, recorded for another file, no longer loadable itself, or
    recorded in a database its `state:` does not name)."""
    path = Path(path)
    return _search(path, problems, state_candidates(path))[0]


def fallback_to_run(path: Path, problems: list[str]) -> Fallback:
    """The last good config a pass may run on (`run --once`): recorded in the very state the file names and naming
    that state itself. Raises ConfigError (exit 2) with the file's problems and why no pass runs, naming the paths,
    rather than send again from a state ops have left what the live one sent."""
    path = Path(path)
    named, unknown = named_state(path)
    found, why = _search(path, problems, [named]) if named else (None, [unknown])
    if found is None:
        raise ConfigError([*problems, *(f"no pass on the last good config: {reason}" for reason in why)])
    return found


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
