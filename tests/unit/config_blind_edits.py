"""How the blind config sweep edits the shipped config.yaml (config_blind_cases.py), and what it expects.

An edit names lines of the shipped file by number (1-based, as an editor shows them), so the line a refusal must
name was written down with the edit, before mailer was run on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

Edit = Callable[[list[str]], list[str]]


@dataclass(frozen=True)
class Accept:
    """The edit is taken; `holds` (on the reloaded Config) says what changed, when it matters."""
    holds: Callable | None = None


@dataclass(frozen=True)
class Refuse:
    """The edit is refused with a message naming config.yaml, one of `lines` and one of `keys` (None: any key)."""
    lines: tuple[int, ...]
    keys: tuple[str, ...] | None


@dataclass(frozen=True)
class Either:
    """Taking it (with `holds` true) and refusing it (at `lines`, naming `keys`) are both right; anything else is not:
    e.g. a string taken character by character where a list goes, a traceback, a refusal on another line."""
    holds: Callable | None
    lines: tuple[int, ...]
    keys: tuple[str, ...] | None


@dataclass(frozen=True)
class Case:
    name: str
    edit: Edit | None
    expect: object                               # Accept | Refuse | Either
    reload_expect: object | None = None          # when the running daemon must judge differently (state:, address:)
    data: bytes | None = None                    # the whole file, as bytes (encodings, BOM)
    files: dict[str, str] = field(default_factory=dict)   # other files next to config.yaml (templates)


def refuse(line, key) -> Refuse:
    lines = line if isinstance(line, tuple) else (line,)
    keys = key if isinstance(key, tuple) or key is None else (key,)
    return Refuse(lines, keys)


def either(holds, line, key) -> Either:
    return Either(holds, *(lambda r: (r.lines, r.keys))(refuse(line, key)))


_KEY_LINE = re.compile(r"^(\s*(?:- )?[^\s:#][^:#]*:)(.*)$")


def val(n: int, value: str) -> Edit:
    """Line n keeps its key and indentation and gets `value` (its trailing comment goes)."""
    def edit(lines):
        match = _KEY_LINE.match(lines[n - 1])
        assert match, f"line {n} has no key: {lines[n - 1]!r}"
        return lines[:n - 1] + [f"{match.group(1)} {value}".rstrip()] + lines[n:]
    return edit


def key(n: int, new_key: str) -> Edit:
    """Line n's key is renamed (a typo)."""
    def edit(lines):
        match = _KEY_LINE.match(lines[n - 1])
        assert match, f"line {n} has no key"
        head = match.group(1)
        indent = re.match(r"^(\s*(?:- )?)", head).group(1)
        return lines[:n - 1] + [f"{indent}{new_key}:{match.group(2)}"] + lines[n:]
    return edit


def line(n: int, *text: str) -> Edit:
    """Line n replaced by these lines (none: deleted)."""
    return lambda lines: lines[:n - 1] + list(text) + lines[n:]


def ins(n: int, *text: str) -> Edit:
    """These lines inserted before line n: the first becomes line n."""
    return lambda lines: lines[:n - 1] + list(text) + lines[n - 1:]


def cut(first: int, last: int, *text: str) -> Edit:
    """Lines first..last replaced by these lines."""
    return lambda lines: lines[:first - 1] + list(text) + lines[last:]


def app(*text: str) -> Edit:
    """Lines appended at the end (the shipped file has 217: the first becomes line 218)."""
    return lambda lines: lines + list(text)


def both(*edits: Edit) -> Edit:
    """Edits applied in order, each on the previous one's result (later line numbers are the result's)."""
    def edit(lines):
        for one in edits:
            lines = one(lines)
        return lines
    return edit


def whole(text: str) -> Edit:
    return lambda _lines: text.splitlines()
