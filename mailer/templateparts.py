"""Which parts a mail of one kind carries when ops changed the words of only one of its two templates.

Each kind has a text template (<kind>.txt.j2) and an HTML one (<kind>.html.j2), and an operator's folder overrides
the shipped ones file by file. Ops who edited followup_1.txt.j2 alone saw `mailer check` pass and the follow-up go
out with their words in the text part and the shipped words in the HTML part, the one Outlook and Gmail show. So
when one part's files (the template and every file it includes or extends) differ from the shipped ones and the
other part's do not, the changed words win in both:
- the text changed, the HTML shipped: the mail goes as text only;
- the HTML changed, the text shipped: its text part is the HTML's words (the subject still comes from the .txt.j2).
A file copied unchanged into the operator's folder is the shipped one: only words that differ count. With a single
template folder (no shipped one behind it) nothing is overridden and both parts go as written.
"""

from __future__ import annotations

from pathlib import Path
import weakref

import jinja2
import jinja2.meta

BOTH, TEXT_ONLY, FROM_HTML = "both", "text only", "text from the HTML"

_decided: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # env → {kind: (parts, changed files)}


def parts_for(env: jinja2.Environment, kind: str) -> tuple[str, tuple[str, ...]]:
    """(BOTH, TEXT_ONLY or FROM_HTML, the files of the changed part that differ from the shipped ones)."""
    per_env = _decided.setdefault(env, {})
    if kind not in per_env:
        text = _changed(env, f"{kind}.txt.j2")
        html = _changed(env, f"{kind}.html.j2")
        per_env[kind] = (TEXT_ONLY, text) if text and not html else (FROM_HTML, html) if html and not text \
            else (BOTH, ())
    return per_env[kind]


def explained(env: jinja2.Environment, kind: str) -> str:
    """What `mailer check` says of a kind whose parts are not both sent as written ('' when they are)."""
    parts, changed = parts_for(env, kind)
    files = ", ".join(changed)
    if parts == TEXT_ONLY:
        return (f"sent as text only: your {files} changes its words and {kind}.html.j2 is the shipped one; "
                f"edit {kind}.html.j2 too to send HTML")
    if parts == FROM_HTML:
        return (f"its text part is made from the HTML: your {files} changes its words and {kind}.txt.j2 is the "
                f"shipped one; edit {kind}.txt.j2 too to write the text part yourself")
    return ""


def _changed(env: jinja2.Environment, name: str) -> tuple[str, ...]:
    """The files of this template's tree whose words differ from the shipped ones."""
    shipped_folder = _shipped_folder(env)
    if shipped_folder is None:
        return ()
    changed, seen, todo = [], set(), [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            source = env.loader.get_source(env, current)[0]
        except (jinja2.TemplateNotFound, UnicodeDecodeError, OSError):
            continue  # rendering says what is wrong with it
        if source != _shipped_source(env, shipped_folder, current):
            changed.append(current)
        try:
            todo += [ref for ref in jinja2.meta.find_referenced_templates(env.parse(source)) if ref]
        except jinja2.TemplateSyntaxError:
            continue
    return tuple(sorted(changed))


def _shipped_folder(env: jinja2.Environment) -> Path | None:
    """The last folder searched: the shipped templates behind the operator's (config.templates' order)."""
    folders = list(getattr(env.loader, "searchpath", ()))
    return Path(folders[-1]) if len(folders) > 1 else None


def _shipped_source(env: jinja2.Environment, folder: Path, name: str) -> str | None:
    held = getattr(env.loader, "shipped_source", None)  # a running daemon's snapshot (templateset.py)
    if held is not None:
        return held(name)
    try:
        return (folder / name).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
