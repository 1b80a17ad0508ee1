"""A YAML syntax error in ops' words: which line holds the mistake and what to write instead (pure).

PyYAML says "expected <block end>, but found '<block mapping start>'" for a key indented one space too few, and
reports `from_name:Acme` (no space after the colon) on the line after it. The common mistakes — indentation,
tabs, a missing space after a colon, a colon inside an unquoted value, an unclosed quote or bracket — are told
here at the line to fix; anything else keeps PyYAML's own words, at its own line.
"""

from __future__ import annotations

import re

import yaml

# A line's structure: its indentation, an optional "- " (a list item), then an unquoted key and its colon.
_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?:(?P<key>[^\s:#'\"\[\]{}&*!|>%@`][^:#]*?)(?P<colon>:)(?=\s|$))?"
                   r"(?P<rest>.*)$")
# `key:value` with no space after the colon: YAML reads the whole of it as text, not as a key.
_NO_SPACE = re.compile(r"^(?P<head> *(?:- +)?)(?P<key>[A-Za-z_][\w.-]*):(?P<value>[^\s/:][^#]*?)\s*(?:#.*)?$")
_INDENTATION = ("expected <block end>", "did not find expected key", "did not find expected '-' indicator")
_FLOW = {"while parsing a flow sequence": ("[", "]", "list"), "while parsing a flow mapping": ("{", "}", "mapping")}


def explain(text: str, exc: yaml.MarkedYAMLError) -> tuple[int, str]:
    """(line, message) for a PyYAML syntax error in `text`; the message starts with "YAML syntax: "."""
    lines = text.splitlines()
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 0
    problem = exc.problem or str(exc)
    told = _told(lines, exc, line, problem)
    if told:
        return told[0], f"YAML syntax: {told[1]}"
    return line, f"YAML syntax: {problem}" + (f" ({exc.context})" if exc.context else "")


def _told(lines: list[str], exc: yaml.MarkedYAMLError, line: int, problem: str) -> tuple[int, str] | None:
    context_line = exc.context_mark.line + 1 if exc.context_mark else None
    if "'\\t'" in problem or "\t" in problem:
        return line, _tab(lines, line, exc.problem_mark.column if exc.problem_mark else 0)
    if exc.context == "while scanning a quoted scalar" and context_line:
        return context_line, (f"the quote opened on this line is not closed: YAML read the rest of the file as "
                              f"its value; end it with the same quote mark ({_quote(lines, exc)})")
    opened = quote_ending_on(lines, line)
    if opened:
        return opened, (f"the quote opened on this line is not closed on it: YAML read the lines after it, up to "
                        f"line {line}, as its value; close it on this line")
    if exc.context in _FLOW and context_line:
        return context_line, _flow(exc.context, context_line, line)
    simple_key = context_line if exc.context == "while scanning a simple key" else None
    no_space = _missing_space(lines, simple_key or line, line)
    if no_space:
        return no_space
    if problem == "mapping values are not allowed here":
        return line, _colon(lines, line, exc.problem_mark.column)
    if problem.startswith(_INDENTATION) and 0 < line <= len(lines):
        return line, _indentation(lines, line)
    return None


def _tab(lines: list[str], line: int, column: int) -> str:
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    before = text[:column]
    if not before.strip():
        return "this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces"
    key = before.rstrip().rstrip(":").strip().lstrip("- ").strip()
    if before.rstrip().endswith(":"):
        return f"a tab after '{key}:': YAML needs a space after the colon; replace the tab with a space"
    return "a tab character here: YAML allows only spaces between its parts; replace the tab with spaces"


def _quote(lines: list[str], exc: yaml.MarkedYAMLError) -> str:
    mark = exc.context_mark
    text = lines[mark.line] if mark.line < len(lines) else ""
    return f"{text[mark.column:mark.column + 1]} at column {mark.column + 1}"


def _flow(context: str, opened: int, line: int) -> str:
    start, end, kind = _FLOW[context]
    if opened == line:
        return f"this {start}…{end} {kind} is not well formed: separate its items with ', ' and end it with {end}"
    return f"the {start} opened on this line is not closed: end the {kind} with {end} on the same line"


def _missing_space(lines: list[str], first: int, last: int) -> tuple[int, str] | None:
    """`key:value` on a line from `first` (or the content line before `last`) to `last`: YAML reads it as
    text and only notices on a later line. Only a line whose space, once added, clears the error (or moves it past
    `last`) is blamed: `- AW:Abwesenheit` in a list, or `password: abc:def`, is valid text, and the mistake is
    elsewhere."""
    failing = _syntax_error_line(lines)
    if failing is None:
        return None  # the text parses: the error is not a syntax one (a duplicate key), no colon explains it
    start = min(first, _previous_content(lines, last) or last)
    for number in range(max(start, 1), min(last, len(lines)) + 1):
        found = _NO_SPACE.match(lines[number - 1])
        if not found:
            continue
        key, value = found.group("key"), found.group("value").strip()
        fixed = f"{found.group('head')}{key}: {value}"
        after = _syntax_error_line(lines[:number - 1] + [fixed] + lines[number:])
        if after is None or after > failing:
            return number, (f"'{key}:{value}' needs a space after the colon: write "
                            f"'{found.group('head').lstrip()}{key}: {value}'")
    return None


def _syntax_error_line(lines: list[str]) -> int | None:
    """The line (1-based) where YAML's parser stops on these lines, or None when they parse."""
    try:
        yaml.compose("\n".join(lines) + "\n", Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark.line + 1 if mark else 0
    except yaml.YAMLError:
        return 0
    return None


def _colon(lines: list[str], line: int, column: int) -> str:
    """"mapping values are not allowed here": a second ': ' in a value, or a key indented under a line that
    already has its value."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    parts = _LINE.match(text)
    own_colon = len(parts.group("indent")) + len(parts.group("dash") or "") + len(parts.group("key") or "")
    if column > own_colon and parts.group("key"):
        return (f"the value of '{parts.group('key').strip()}:' holds ': ', which YAML reads as another key: put "
                f"the value in quotes")
    above = _previous_content(lines, line)
    if above:
        parent = _LINE.match(lines[above - 1])
        return (f"'{(parts.group('key') or text.strip()).strip()}:' is indented further than "
                f"'{(parent.group('key') or '').strip()}:' on line {above}, which already has a value: line it up "
                f"with '{(parent.group('key') or '').strip()}:' ({_spaces(_key_column(parent))})")
    return "this line is indented, but it is the first of the file: start it at the left margin"


def _indentation(lines: list[str], line: int) -> str:
    """A line whose indentation matches none of the blocks open above it: name the key it most likely belongs
    with (the nearest column; on a tie, the nearer line) and its indentation."""
    parts = _LINE.match(lines[line - 1])
    dash = bool(parts.group("dash"))
    column = len(parts.group("indent")) if dash else _key_column(parts)
    what = f"- {(parts.group('key') or '').strip()}" if dash else (parts.group("key") or "").strip()
    candidates = []  # (column, line, shown)
    lowest = None
    for number in range(line - 1, 0, -1):
        above = _LINE.match(lines[number - 1])
        if not _is_content(lines[number - 1]):
            continue
        indent = len(above.group("indent"))
        if lowest is not None and indent > lowest:
            continue  # inside a block that ended above the line: not one it can belong to
        lowest = indent if lowest is None else min(lowest, indent)
        key = (above.group("key") or "").strip()
        if dash and above.group("dash"):
            candidates.append((indent, number, f"- {key}"))
        elif not dash and above.group("colon") and key:
            candidates.append((_key_column(above), number, key))
        if indent == 0:
            break
    if not candidates:
        return f"'{what}:' is indented {_spaces(column)}, but no block above it is: start it at the left margin"
    best = min(candidates, key=lambda c: (abs(c[0] - column), -c[1]))
    return (f"'{what}:' is indented {_spaces(column)}, which lines it up with no key above it: indent it "
            f"{_spaces(best[0])} to line it up with '{best[2]}:' on line {best[1]}")


def _spaces(count: int) -> str:
    return "at the left margin" if count == 0 else f"{count} space{'' if count == 1 else 's'}"


def _key_column(parts: re.Match) -> int:
    return len(parts.group("indent")) + len(parts.group("dash") or "")


def _is_content(text: str) -> bool:
    return bool(text.strip()) and not text.lstrip().startswith("#")


def _previous_content(lines: list[str], line: int) -> int | None:
    return next((n for n in range(line - 1, 0, -1) if _is_content(lines[n - 1])), None)


def quote_ending_on(lines: list[str], line: int) -> int | None:
    """The line where a quoted value ending on `line` opened, when it spans several lines: an unclosed quote
    swallows the lines after it, and YAML fails only where that text ends, far from the mistake."""
    opened = None
    try:
        for token in yaml.scan("\n".join(lines) + "\n", Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken) and token.style in ('"', "'") and \
                    token.end_mark.line + 1 == line and token.start_mark.line + 1 < line:
                opened = token.start_mark.line + 1
    except yaml.YAMLError:
        pass
    return opened
