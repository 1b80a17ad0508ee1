"""A template that fails, said in ops' words: the file and line to fix, and a field that is not there named with
the variable it was asked of and the fields it has.

jinja2 said "'dict object' has no attribute 'candiate'" for `{{ item.candiate }}`: Python's words, and no word of
`item`. The fields a template sees are dicts (compose.context), so the missing one is named with the dict's keys,
and the variable it was asked of is read back from the template's own line.
"""

from __future__ import annotations

from collections.abc import Mapping
import re

import jinja2
from jinja2.utils import missing


class Missing(jinja2.StrictUndefined):
    """StrictUndefined (a typo fails `mailer check`, not a manager's mail) whose error names what is there."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint:
            return self._undefined_hint
        if self._undefined_obj is missing:
            return f"there is no variable {self._undefined_name!r}"
        if isinstance(self._undefined_obj, Mapping):
            fields = ", ".join(str(key) for key in self._undefined_obj) or "none"
            return f"has no field {self._undefined_name!r} (fields: {fields})"
        return f"has no field {self._undefined_name!r} (it is {_kind(self._undefined_obj)})"


def _kind(value: object) -> str:
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    return "a list" if isinstance(value, (list, tuple)) else type(value).__name__


def describe(env: jinja2.Environment, name: str, exc: jinja2.TemplateError) -> str:
    """'template followup_1: /…/followup_1.txt.j2:4: `item` has no field 'candiate' (fields: number, …)'."""
    place, line = _place(env, exc)
    said = str(exc)
    field = re.match(r"has no field '([^']+)'", said)
    if field:
        asked = _asked_of(line, field.group(1))
        said = f"`{asked}` {said}" if asked else f"a variable {said}"
    return f"template {name}: {place}{said}"


def _asked_of(line: str, field: str) -> str:
    """The variable `field` was asked of on this template line: `item` in "{{ item.candiate }}" or
    "{{ item['candiate'] }}"; '' when the line does not show it (a field asked of through a filter)."""
    found = re.search(rf"([A-Za-z_][\w.]*)\s*(?:\.{re.escape(field)}\b|\[\s*['\"]{re.escape(field)}['\"]\s*\])",
                      line)
    return found.group(1) if found else ""


def _place(env: jinja2.Environment, exc: jinja2.TemplateError) -> tuple[str, str]:
    """(`/…/followup_1.txt.j2:2: `, that line's text) for a template error: the file and line ops must fix. A
    syntax error carries them; an error while rendering (an undefined variable) is found in the traceback: the
    template's compiled frame, whose line jinja2 maps back to the template's (make_module does not rewrite the
    traceback itself)."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename and exc.lineno:
        return f"{exc.filename}:{exc.lineno}: ", ""
    place, line = "", ""
    tb = exc.__traceback__
    while tb is not None:
        template = tb.tb_frame.f_globals.get("__jinja_template__")  # as jinja2.debug finds it
        if template is not None and template.filename:
            lineno = template.get_corresponding_lineno(tb.tb_lineno)
            place, line = f"{template.filename}:{lineno}: ", _line(env, template.name, lineno)
        elif "__jinja_exception__" in tb.tb_frame.f_globals:  # a frame render() rewrote: the template's own line
            filename = tb.tb_frame.f_code.co_filename
            place, line = f"{filename}:{tb.tb_lineno}: ", _line(env, _name_of(env, filename), tb.tb_lineno)
        tb = tb.tb_next
    return place, line


def _name_of(env: jinja2.Environment, filename: str) -> str | None:
    """'followup_1.txt.j2' for '/etc/mailer/templates/followup_1.txt.j2', as the loader names it."""
    for folder in getattr(env.loader, "searchpath", ()):
        prefix = str(folder).rstrip("/") + "/"
        if filename.startswith(prefix):
            return filename[len(prefix):]
    return None


def _line(env: jinja2.Environment, name: str | None, lineno: int) -> str:
    try:
        source = env.loader.get_source(env, name)[0] if env.loader and name else ""
    except (jinja2.TemplateNotFound, UnicodeDecodeError, OSError):
        return ""
    lines = source.splitlines()
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ""
