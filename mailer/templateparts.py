"""Which parts a mail of one kind carries when ops changed the words of only one of its two templates.

Each kind has a text template (<kind>.txt.j2) and an HTML one (<kind>.html.j2), and an operator's folder overrides
the shipped ones file by file. Ops who edited followup_1.txt.j2 alone saw `mailer check` pass and the follow-up go
out with their words in the text part and the shipped words in the HTML part, the one Outlook and Gmail show. So
when one part's files (the template and every file it includes or extends) differ from the shipped ones and the
other part's do not, the changed words win in both:
- the text changed, the HTML shipped: the mail goes as text only;
- the HTML changed, the text shipped: its text part is the HTML's words (the subject still comes from the .txt.j2).
Only words count: a file copied unchanged, or changed in its markup, styles or spacing alone (a darker colour in
_layout.html.j2), is the shipped one. With a single template folder (no shipped one behind it) nothing is
overridden and both parts go as written. When the changed words lie in a shared file (_footer.txt.j2), ops are
told the file of the other part that says the same words (_layout.html.j2): editing it sends both parts again in
every kind that shares them, where editing each kind's own template would not carry the footer's words.
"""

from __future__ import annotations

from pathlib import Path
import re
import weakref

import jinja2
import jinja2.meta

from mailer.reading.text import html_to_text

BOTH, TEXT_ONLY, FROM_HTML = "both", "text only", "text from the HTML"

_decided: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # env → {kind: (parts, changed files)}
_SAID = {TEXT_ONLY: ("sent as text only", "HTML", "to send HTML"),  # (how it goes, the other part, why edit it)
         FROM_HTML: ("its text part is made from the HTML", "text", "to write the text part yourself")}
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_SAID_IN_TAGS = re.compile(r"""\b(?:href|alt|title)\s*=\s*("[^"]*"|'[^']*')""", re.IGNORECASE)
_PLACE = re.compile("\uf8f0(\\d+)\uf8f1")  # a Jinja tag's place while read as HTML (not \ue000: html_to_text drops it)


def parts_for(env: jinja2.Environment, kind: str) -> tuple[str, tuple[str, ...]]:
    """(BOTH, TEXT_ONLY or FROM_HTML, the files of the changed part whose words differ from the shipped ones)."""
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
    if parts == BOTH:
        return ""
    outcome, other_part, goal = _SAID[parts]
    own, other = (f"{kind}.txt.j2", f"{kind}.html.j2")[::1 if parts == TEXT_ONLY else -1]
    said = {name: _counterpart(env, name, other) for name in changed if name != own}  # a shared file's twin
    to_edit = list(dict.fromkeys(said.get(name) or other for name in changed))
    shared = [name for name in changed if said.get(name)]
    which = f", which {'says' if len(to_edit) == 1 else 'say'} the same in {other_part}," if shared else ""
    note = (f"{outcome}: your {', '.join(changed)} {'changes its' if len(changed) == 1 else 'change their'} words "
            f"and {', '.join(to_edit)}{which} {'is the shipped one' if len(to_edit) == 1 else 'are the shipped ones'}; "
            f"edit {' and '.join(to_edit)} too {goal}")
    others = sorted({k for name in shared for k in _kinds_sharing(env, name, parts)} - {kind})
    if others:
        note += f"; the same holds for {', '.join(others)}, which share {' and '.join(shared)}"
    return note


def words(name: str, source: str) -> str:
    """What a template says, as a reader sees it: for HTML its visible text and where its links go and what its
    images say (other markup, styles and the head dropped); for both, the Jinja tags kept as written and the
    spacing collapsed. Two sources with the same words make mails
    that read the same."""
    tags: list[str] = []

    def hold(found: re.Match) -> str:
        tag = found.group(0)
        if tag.startswith("{#"):
            return ""  # a comment is not sent
        tags.append(" ".join(tag[2:-2].strip("-+").split()))
        return f" \uf8f0{len(tags) - 1}\uf8f1 "

    held = _JINJA.sub(hold, source)
    if name.endswith(".html.j2"):  # a Jinja tag inside markup (a style) goes with it; a link or an image's words stay
        held = " ".join([html_to_text(held), *(value[1:-1] for value in _SAID_IN_TAGS.findall(held))])
    return " ".join(_PLACE.sub(lambda found: "{" + tags[int(found.group(1))] + "}", held).split())


def _changed(env: jinja2.Environment, name: str) -> tuple[str, ...]:
    """The files of this template's tree whose words differ from the shipped ones."""
    shipped_folder = _shipped_folder(env)
    if shipped_folder is None:
        return ()
    changed = []
    for current, source in _tree(env, name):
        shipped = _shipped_source(env, shipped_folder, current)
        if shipped is None or words(current, source) != words(current, shipped):
            changed.append(current)
    return tuple(sorted(changed))


def _tree(env: jinja2.Environment, name: str) -> list[tuple[str, str]]:
    """(file, source) of a template and of every file it includes or extends, as the environment finds them."""
    found, seen, todo = [], set(), [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            source = env.loader.get_source(env, current)[0]
        except (jinja2.TemplateNotFound, UnicodeDecodeError, OSError):
            continue  # rendering says what is wrong with it
        found.append((current, source))
        try:
            todo += [ref for ref in jinja2.meta.find_referenced_templates(env.parse(source)) if ref]
        except jinja2.TemplateSyntaxError:
            continue
    return found


def _counterpart(env: jinja2.Environment, shared: str, other: str) -> str | None:
    """The file of the other part's tree (not its own template) that says most of what the shipped `shared` file
    says, when it says at least half of it: the footer's words live in _footer.txt.j2 and in _layout.html.j2."""
    folder = _shipped_folder(env)
    mine = set(words(shared, _shipped_source(env, folder, shared) or "").split()) if folder else set()
    if not mine:
        return None
    overlap = {name: len(mine & set(words(name, source).split())) for name, source in _tree(env, other)
               if name != other}
    best = max(overlap, key=lambda name: (overlap[name], name), default=None)
    return best if best and overlap[best] * 2 >= len(mine) else None


def _kinds_sharing(env: jinja2.Environment, shared: str, parts: str) -> list[str]:
    """The kinds that go out the same way because of the same shared file."""
    kinds = [name.removesuffix(".txt.j2") for name in env.loader.list_templates()
             if name.endswith(".txt.j2") and not name.startswith("_")]
    return [kind for kind in kinds if parts_for(env, kind)[0] == parts and shared in parts_for(env, kind)[1]]


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
