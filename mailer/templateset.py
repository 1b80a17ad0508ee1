"""The templates a running daemon composes with: their sources held in memory, taken only when every template the
config uses renders with sample data (as `mailer check` renders them, templatecheck.py).

jinja2 read templates from the files at each render: one bad save (a syntax error, an unknown variable, a file
saved as Latin-1, a .txt.j2 no longer setting `subject`) made every mail of that kind fail to compose, pass after
pass, with no good copy left. Now a change in the template folders (their files' names, sizes and modification
times, looked at once per pass) is tried first and refused as a whole, like a bad edit of config.yaml: one log
line per problem, once per edit, the refusal in the daemon's health, and the last good sources still compose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import logging
import os
from pathlib import Path

import jinja2

from mailer.compose import environment
from mailer.config.settings import Config
from mailer.errors import ConfigError
from mailer.templatecheck import template_problems
from mailer.templateparts import explained

log = logging.getLogger(__name__)

Stamp = tuple  # ((folder, ((relative name, size, mtime_ns), …) or None when the folder is unreadable), …)


def _files(folder: Path):
    """The files of a template folder, as jinja2 names them ('layouts/_base.html.j2'); not Python's own."""
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or name.endswith((".py", ".pyc")):
                continue
            path = Path(top) / name
            yield path.relative_to(folder).as_posix(), path


def stamp(folders: tuple[Path, ...]) -> Stamp:
    """Cheap enough for every pass: a stat per file, no reading."""
    found = []
    for folder in folders:
        try:
            entries = []
            for name, path in _files(folder):
                st = path.stat()
                entries.append((name, st.st_size, st.st_mtime_ns))
            found.append((str(folder), tuple(entries)))
        except OSError:
            found.append((str(folder), None))
    return tuple(found)


class SnapshotLoader(jinja2.BaseLoader):
    """Template sources read once, the first folder that has a name winning (an operator's folder over the shipped
    one, as FileSystemLoader does). Errors still name the file and line: each source keeps its file name."""

    def __init__(self, folders: tuple[Path, ...]):
        self.searchpath = [str(folder) for folder in folders]  # compose.render names it when a template is missing
        self.sources: dict[str, tuple[bytes, str]] = {}
        self.shipped: dict[str, bytes] = {}  # the last folder's own files: which kinds ops changed (templateparts.py)
        for index, folder in enumerate(reversed(folders)):  # the first folder read last, so its files win
            try:
                for name, path in _files(folder):
                    try:
                        self.sources[name] = (path.read_bytes(), str(path))
                    except OSError:
                        self.sources.pop(name, None)
            except OSError:
                continue
            if index == 0 and len(folders) > 1:
                self.shipped = {name: data for name, (data, _path) in self.sources.items()}

    def get_source(self, environment, template):
        if template not in self.sources:
            raise jinja2.TemplateNotFound(template)
        data, filename = self.sources[template]
        # Undecodable bytes raise here, at render, where compose.render says "not UTF-8 text" as it always did.
        return data.decode("utf-8"), filename, lambda: True  # held in memory: never stale

    def shipped_source(self, name: str) -> str | None:
        """The shipped file's words, as read with the rest (None: no such file, or not UTF-8)."""
        try:
            return self.shipped[name].decode("utf-8") if name in self.shipped else None
        except UnicodeDecodeError:
            return None

    def list_templates(self):
        return sorted(self.sources)


def vetted(config: Config) -> tuple[jinja2.Environment, list[str]]:
    """The config's templates read into memory, and what keeps them from being used (empty: they may be)."""
    env = environment(config.templates, SnapshotLoader(config.templates))
    return env, template_problems(config, env)


@dataclass(frozen=True)
class Taken:
    config: Config  # the config they were rendered for (its steps and digests say which templates it uses)
    stamp: Stamp
    env: jinja2.Environment
    at: datetime


def _tell_parts(env: jinja2.Environment) -> None:
    """One log line per kind that goes out otherwise than written (ops changed one of its parts: templateparts.py),
    as `mailer check` says it, each time a set is taken."""
    for name in env.loader.list_templates():
        kind = name.removesuffix(".txt.j2")
        if kind != name and not kind.startswith("_") and (note := explained(env, kind)):
            log.info("template %s: %s", kind, note)


class TemplateSource:
    """The last good templates of a running daemon; a changed folder is tried and taken, or refused (loudly)."""

    def __init__(self, config: Config, now: datetime):
        before = stamp(config.templates)  # taken before reading: an edit during the read is seen next pass
        env, problems = vetted(config)
        if problems:  # a start refuses, as on a bad config.yaml (`mailer run` exits 2 with these lines)
            raise ConfigError(problems)
        self.current = Taken(config, before, env, now)
        _tell_parts(env)
        self._looked_at = (config, before)  # what the last refresh tried: a refused edit is tried only once
        self._pending: tuple[Config, Stamp, jinja2.Environment] | None = None
        self._refused_with: tuple[tuple[Path, ...], Stamp] | None = None  # a config edit refused for its templates
        self.last_error: str | None = None

    def vet(self, config: Config) -> list[str]:
        """ConfigSource's hook for a new config.yaml: the problems of the templates it would compose with (a
        `templates:` moved to a folder with a bad template refuses the edit as a whole). Passing sets are held
        for the next refresh, which then need not render them again."""
        before = stamp(config.templates)
        env, problems = vetted(config)
        self._pending = None if problems else (config, before, env)
        self._refused_with = (config.templates, before) if problems else None
        return problems

    def refused_config_mended(self) -> bool:
        """Whether the templates a refused config edit was refused for have changed since: config.yaml itself
        has not, so the daemon tries it again (ConfigSource.retry) rather than waiting for its next save."""
        if self._refused_with is None:
            return False
        folders, then = self._refused_with
        if stamp(folders) == then:
            return False
        self._refused_with = None
        return True

    def refresh(self, config: Config, now: datetime) -> jinja2.Environment:
        """The environment to compose with this pass: a new set when the folders or the config changed and every
        template renders, else the last good one."""
        now_stamp = stamp(config.templates)
        if self._looked_at[0] is config and self._looked_at[1] == now_stamp:
            return self.current.env
        self._looked_at = (config, now_stamp)
        pending, self._pending = self._pending, None
        if pending and pending[0] is config and pending[1] == now_stamp:
            env, problems = pending[2], []
        else:
            env, problems = vetted(config)
        if problems:
            self.last_error = "\n".join(problems)
            for problem in problems:
                log.error("template change refused, still composing with the templates taken %s: %s",
                          f"{self.current.at:%Y-%m-%d %H:%M %Z}", problem)
            return self.current.env
        if self.last_error:
            log.info("templates fixed: composing with them from now on")
        elif config is self.current.config:
            log.info("templates reloaded from %s", ", ".join(str(folder) for folder in config.templates))
        self.current, self.last_error = Taken(config, now_stamp, env, now), None
        _tell_parts(env)
        return env
