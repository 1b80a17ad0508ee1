"""YAML → values that remember their line, read through typed accessors that record every problem.

PyYAML reads unquoted `10:30` as the sexagesimal integer 630 and `no` as False. Ops write times and
words unquoted, so this loader keeps `HH:MM` as text; the validator reports anything else it did not expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time, timedelta
import difflib
import re
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from mailer.config.yamlsyntax import explain
from mailer.workdays import parse_delay
from mailer.errors import YamlError


class LineDict(dict):
    """A mapping that knows the line of each key (1-based)."""

    lines: dict
    line: int


class LineList(list):
    lines: list
    line: int


class _Loader(yaml.SafeLoader):
    pass


# Drop the implicit int/float resolvers that accept base-60 ("10:30" → 630), then re-add them without it.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0o[0-7_]+|[-+]?[0-9][0-9_]*|[-+]?0x[0-9a-fA-F_]+)$"),
    list("-+0123456789"),
)


def _construct_int(loader: "_Loader", node: yaml.ScalarNode) -> int:
    # YAML 1.1 reads 020 as octal 16; ops writing `mails_per_person_per_day: 020` mean twenty (YAML 1.2 agrees).
    text = loader.construct_scalar(node).replace("_", "")
    sign, digits = (-1, text[1:]) if text.startswith("-") else (1, text.lstrip("+"))
    for prefix, base in (("0b", 2), ("0o", 8), ("0x", 16)):
        if digits.lower().startswith(prefix):
            return sign * int(digits[2:], base)
    return sign * int(digits, 10)


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."),
)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    result = LineDict()
    result.lines = {}
    result.line = node.start_mark.line + 1
    # `<<: *anchor` (a merge key) brings the anchor's keys in first; the keys written here may override them.
    written = sum(1 for key_node, _ in node.value if key_node.tag != "tag:yaml.org,2002:merge")
    loader.flatten_mapping(node)
    merged = len(node.value) - written
    seen = set()
    for index, (key_node, value_node) in enumerate(node.value):
        key = loader.construct_object(key_node, deep=True)
        if index >= merged:
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.lines = [child.start_mark.line + 1 for child in node.value]
    result.line = node.start_mark.line + 1
    return result


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    # A date-shaped value that is no date (2026-13-08, 2026-02-30) stays text, so the key that reads it
    # reports it with its line; PyYAML itself would raise a bare ValueError out of the loader.
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load(text: str):
    """Parse YAML text; raises YamlError(line, message) on a syntax error, told in ops' words (yamlsyntax)."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except yaml.MarkedYAMLError as exc:
        raise YamlError(*explain(text, exc)) from None
    except yaml.reader.ReaderError as exc:  # a NUL or other control character: name its line, not its offset
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else 0
        char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        raise YamlError(line, f"YAML syntax: the control character U+{char:04X} is not allowed in YAML") from None
    except yaml.YAMLError as exc:
        raise YamlError(0, f"YAML syntax: {exc}") from None


# ------------------------------------------------------------------ typed reading with problems collected

class Reader:
    """Walks the loaded YAML, collecting every problem instead of stopping at the first."""

    def __init__(self, filename: str):
        self.filename = filename
        self.problems: list[str] = []
        # Paths whose absence is already told (a missing required key, or a misspelt key that meant it): one
        # mistake gets one message, not a second "is required" when the value is read.
        self.told_missing: set[str] = set()

    def problem(self, line: int, path: str, message: str) -> None:
        where = f"{self.filename}:{line}" if line else self.filename
        self.problems.append(f"{where}: {path}: {message}" if path else f"{where}: {message}")


BAD = object()  # a value that failed validation; the problem is already recorded


@dataclass
class Node:
    reader: Reader
    value: Any
    path: str
    line: int
    present: bool = False  # the key is written in the file (its value may still be empty)

    def fail(self, message: str) -> Any:
        self.reader.problem(self.line, self.path, message)
        return BAD

    def child(self, key: str | int) -> "Node":
        path = f"{self.path}[{key}]" if isinstance(key, int) else (f"{self.path}.{key}" if self.path else key)
        lines = getattr(self.value, "lines", None)
        if isinstance(key, int):
            line = lines[key] if lines else self.line
            return Node(self.reader, self.value[key], path, line)
        present = isinstance(self.value, dict) and key in self.value
        line = lines.get(key, self.line) if (lines and present) else self.line
        return Node(self.reader, self.value.get(key) if present else None, path, line, present)

    def mapping(self, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> bool:
        if self.value is None:
            self.value = LineDict()
            self.value.lines = {}
        if not isinstance(self.value, dict):
            self.fail(f"expected a mapping (key: value lines), got {show(self.value)}")
            return False
        meant = set()
        for key in self.value:
            if key not in allowed:
                hint = difflib.get_close_matches(str(key), allowed, n=1)
                extra = f"; did you mean '{hint[0]}'?" if hint else f"; known keys: {', '.join(allowed)}"
                if isinstance(key, bool):  # "yes:" as a key ("the yes words"): YAML has made it true, on its own line
                    spelled = "yes, on or true" if key else "no, off or false"
                    line = getattr(self.value, "lines", {}).get(key, self.line)
                    Node(self.reader, None, f"{self.path}.{str(key).lower()}", line).fail(
                        f"unknown key (YAML reads an unquoted {spelled} as {str(key).lower()}){extra}")
                    continue
                self.child(str(key)).fail(f"unknown key '{key}'{extra}")
                meant.update(hint)
        # A section not written because its key is misspelt (`folowups:`) is told once, as the unknown key: not
        # again as a missing `steps:` at line 1.
        misspelt = not self.present and self.path in self.reader.told_missing
        for key in required if not misspelt else ():
            if self.value.get(key) not in (None, ""):
                continue
            if key in self.value:  # written, with nothing after the colon: told at its own line
                self.child(key).fail("is empty: it needs a value")
            elif key not in meant:
                self.fail(f"missing required key '{key}'")
            self.reader.told_missing.add(self.child(key).path)
        for key in meant:
            self.reader.told_missing.add(self.child(key).path)
        return True

    def items(self) -> list["Node"]:
        if self.value is None:
            return []
        if not isinstance(self.value, list):
            self.fail(f"expected a list (lines starting with '- '), got {show(self.value)}")
            return []
        return [self.child(i) for i in range(len(self.value))]

    def text(self, default: str | None = None, required: bool = False) -> Any:
        if self.value is None or self.value == "":
            if required:
                return BAD if self.path in self.reader.told_missing else self.fail("is required")
            if self.present and default:
                return self.empty(default)
            return default
        if isinstance(self.value, bool):
            return self.fail(f"expected text, got {self.value!r} (YAML reads yes/no/on/off as booleans: quote it)")
        if isinstance(self.value, (dict, list)):
            return self.fail(f"expected text, got {show(self.value)}")
        return str(self.value).strip()

    def empty(self, default: Any) -> Any:
        """A key written with no value where a default would silently take its place: a value deleted by
        mistake, not a choice (to choose the default, take the line out)."""
        return self.fail(f"is empty: write a value, or take the line out to use the default ({default})")

    def number(self, default: float, low: float, high: float, integer: bool = False) -> Any:
        if self.value is None:
            return default
        if isinstance(self.value, bool) or not isinstance(self.value, (int, float)):
            return self.fail(f"expected a number, got {show(self.value)}")
        if not low <= self.value <= high or (integer and self.value != int(self.value)):
            kind = "a whole number" if integer else "a number"
            return self.fail(f"expected {kind} from {low:g} to {high:g}, got {self.value!r}")
        return int(self.value) if integer else float(self.value)

    def flag(self, default: bool) -> Any:
        if self.value is None:
            return default
        if not isinstance(self.value, bool):
            return self.fail(f"expected true or false, got {show(self.value)}")
        return self.value

    def choice(self, options: tuple[str, ...], default: str | None = None) -> Any:
        value = self.text(default=default, required=default is None)
        if value is BAD:
            return value
        if value not in options:
            return self.fail(f"expected one of {', '.join(options)}, got {value!r}")
        return value

    def email(self, required: bool = True) -> Any:
        value = self.text(required=required)
        if value is BAD or value is None:
            return value
        if not re.fullmatch(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+", value):
            return self.fail(f"not an email address: {value!r}")
        return value.lower()

    def clock_time(self, default: time) -> Any:
        if isinstance(self.value, int) and not isinstance(self.value, bool):
            return self.fail(f"expected a time like \"09:30\", got {self.value!r} (write times in quotes)")
        value = self.text()
        if value is BAD:
            return value
        if value is None:
            return default
        match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", value)
        if not match:
            return self.fail(f"expected a time like \"09:30\" (24-hour), got {value!r}")
        return time(int(match.group(1)), int(match.group(2)))

    def zone(self, default: ZoneInfo | None) -> Any:
        value = self.text()
        if value is BAD:
            return value
        if value is None:
            return self.empty(default) if self.present and default is not None else default
        try:
            return ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            hint = zone_hint(value)
            return self.fail(f"unknown time zone {value!r}" + (f"; did you mean '{hint}'?" if hint else ""))

    def parsed(self, parse: Callable[[str], Any]) -> Any:
        """parse(the text here), or BAD with the parser's ValueError as the problem at this key."""
        value = self.text(required=True)
        if value is BAD:
            return value
        try:
            return parse(value)
        except ValueError as exc:
            return self.fail(str(exc))

    def delay(self) -> Any:
        return self.parsed(parse_delay)

    def seconds(self, default: float, low: float = 0.001) -> Any:
        """A plain duration in seconds, at least `low`. Zero is never meant: a zero poll interval hangs the
        scheduler in a busy loop that even SIGTERM cannot stop, and a zero timeout makes sockets non-blocking."""
        if self.value is None:
            return default
        if isinstance(self.value, (int, float)) and not isinstance(self.value, bool):
            found = float(self.value)
        else:
            try:
                delay = parse_delay(str(self.value))
            except ValueError as exc:
                return self.fail(str(exc))
            if delay.unit.startswith("business"):
                return self.fail("use plain time here (seconds, minutes, hours), not business time")
            found = timedelta(**{delay.unit: delay.amount}).total_seconds()
        if found < low:
            return self.fail(f"expected at least {low:g} second{'s' if low != 1 else ''}, got {self.value!r}")
        return found


def show(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def zone_hint(value: str) -> str | None:
    import zoneinfo
    matches = difflib.get_close_matches(value, sorted(zoneinfo.available_timezones()), n=1)
    return matches[0] if matches else None


def not_utf8(path, data: bytes, error: UnicodeDecodeError) -> str:
    """`config.yaml:8: from_name: not UTF-8 …`: a line pasted from a Windows editor, named with its key."""
    line = data.count(b"\n", 0, error.start) + 1
    text = data.splitlines()[line - 1].decode("utf-8", "replace") if data.splitlines() else ""
    key = re.match(r"\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:", text)
    where = f"{path}:{line}: " + (f"{key.group(1)}: " if key else "")
    return (f"{where}not UTF-8 text (byte {data[error.start]:#04x}, as Windows-1252 or Latin-1 writes "
            f"{data[error.start:error.start + 1].decode('cp1252', 'replace')!r}): save the file as UTF-8")
