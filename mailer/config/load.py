"""config.yaml → frozen, validated settings. Every error names file:line: key.path and the bad value."""

from __future__ import annotations

from datetime import timedelta
import importlib.resources
import logging
from pathlib import Path
import re
from typing import Any, Callable

from mailer.config import guards, yamlsource
from mailer.config.advice import advice
from mailer.config.guards import domain_list, index_managers, listed_mentor
from mailer.model import NOTICE_SAMPLES
from mailer.config.settings import (DEFAULT_CANDIDATE_PATTERNS, Config, ConfigError, Followups, ImapSettings, Manager, Recruiter, Replies, Secret,
                                    Server, SmtpSettings, Step)
from mailer.workdays import Calendar, parse_delay
from mailer.config.yamlsource import BAD, Node, Reader
from mailer.config.providers import PROFILES
from mailer.config.servers import mail_servers
from mailer.config.mentorships import digests as parse_digests, parse_mentorships, questions_list
from mailer.config.calendars import calendar as parse_calendar
from mailer.config.fixedkeys import refused_edit

__all__ = ["Config", "ConfigError", "ConfigSource", "Followups", "ImapSettings", "Manager", "Recruiter", "Replies",
           "Secret", "Server", "SmtpSettings", "Step", "ROOT", "DEFAULT_CANDIDATE_PATTERNS", "load", "load_with_text", "parse", "shipped_templates"]

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent.parent  # the checkout in an editable install; never needed at run time


# --------------------------------------------------------------------------- sections

def _followups(node: Node) -> Followups | Any:
    node.mapping(("steps", "group", "digest_template", "max_per_manager_per_day"), required=("steps",))
    steps = []
    for item in node.child("steps").items():
        if not item.mapping(("after", "template", "to", "cc"), required=("after", "template")):
            continue
        cc = []
        for role in item.child("cc").items():
            value = role.choice(("recruiter", "manager", "mentor"))
            if value is not BAD:
                cc.append(value)
        steps.append(Step(after=item.child("after").delay(), template=item.child("template").text(required=True),
                          to=item.child("to").choice(("manager", "recruiter", "mentor"), default="manager"),
                          cc=tuple(cc)))
    if not steps and node.child("steps").value is not None:
        node.child("steps").fail("needs at least one step")
    for index, step in enumerate(steps[:-1]):
        if step.to == "mentor":
            node.child("steps").child(index).fail("only the last step may go to the mentor")
    return Followups(
        steps=tuple(steps),
        group=node.child("group").choice(("per_manager", "per_candidate"), default="per_manager"),
        digest_template=node.child("digest_template").text(default="digest"),
        max_per_manager_per_day=node.child("max_per_manager_per_day").number(1, 1, 24, integer=True),
    )


_TOP = ("address", "from_name", "state", "templates", "imap", "smtp", "poll_every", "defaults", "recruiters",
        "recruiter_domains", "managers", "unknown_managers", "followups", "candidate_patterns", "replies", "ops",
        "mentorships", "mentor_questions", "digests", "trust", "limits", "company_domains",
        "provider", "health")
_VERBS = ("interview", "pass", "hold", "hired", "snooze", "not_mine", "stop", "status", "done", "forget")


def _replies(node: Node) -> Replies | Any:
    node.mapping(("auto_reply_subjects", "words", "ooo_default_pause", "offer_to_delegate",
                  "require_authenticated_senders", "authserv_ids"))
    subjects = tuple(x for x in (item.text(required=True) for item in node.child("auto_reply_subjects").items())
                     if x is not BAD)
    words: dict[str, tuple[str, ...]] = {}
    words_node = node.child("words")
    if words_node.value is not None and words_node.mapping(_VERBS):
        for verb in words_node.value:
            if verb in _VERBS:
                values = [i.text(required=True) for i in words_node.child(verb).items()]
                words[verb] = tuple(v.lower() for v in values if v is not BAD)
    pause = node.child("ooo_default_pause")
    ids = tuple(x.lower() for x in (i.text(required=True) for i in node.child("authserv_ids").items()) if x is not BAD)
    required = node.child("require_authenticated_senders").flag(False)
    if required is True and not ids:
        node.child("authserv_ids").fail("require_authenticated_senders needs the authserv-id of your own receiving "
                                        "mail server (the first word of its Authentication-Results header), "
                                        "or 'microsoft' for Microsoft 365")
    return Replies(subjects, words, pause.delay() if pause.value is not None else parse_delay("2 business days"),
                   node.child("offer_to_delegate").flag(False), required, ids)


def _health(node: Node) -> timedelta:
    """health.alert_after: how long the inbox may go unread before ops hear of it (at least a minute)."""
    node.mapping(("alert_after",))
    after = node.child("alert_after")
    if after.value is None:
        return timedelta(minutes=30)
    seconds = after.seconds(1800.0)
    if isinstance(seconds, (int, float)) and seconds < 60:
        after.fail("must be at least 1 minute (e.g. '30 minutes')")
        return timedelta(minutes=30)
    return timedelta(seconds=seconds) if isinstance(seconds, (int, float)) else timedelta(minutes=30)


def parse(text: str, path: Path) -> Config:
    """Validate config text. Raises ConfigError listing every problem found."""
    reader = Reader(str(path))  # as the user named it: with several config.yaml around, the right one
    try:
        data = yamlsource.load(text)
    except yamlsource.YamlError as exc:
        reader.problem(exc.line, "", exc.message)
        raise ConfigError(reader.problems) from None
    root = Node(reader, data, "", 1)
    if data is None or not isinstance(data, dict):
        reader.problem(1, "", "the file must be a mapping of settings (see the sample config.yaml)")
        raise ConfigError(reader.problems)
    root.mapping(_TOP, required=("address", "imap", "smtp", "followups"))
    address = root.child("address").email()
    base_dir = path.resolve().parent

    defaults = root.child("defaults")
    defaults.mapping(("timezone", "business_hours", "holidays"))
    default_calendar = parse_calendar(defaults, None)

    recruiters: dict[str, Recruiter] = {}
    mentor_nodes = []
    for item in root.child("recruiters").items():
        if not item.mapping(("email", "name", "mentor"), required=("email",)):
            continue
        rec = Recruiter(item.child("email").email(), item.child("name").text(default=""),
                        item.child("mentor").email(required=False))
        mentor_nodes.append((item.child("mentor"), rec.mentor))
        if isinstance(rec.email, str):
            if rec.email in recruiters:
                item.child("email").fail(f"recruiter {rec.email} is listed twice")
            recruiters[rec.email] = rec
    domains = domain_list(root.child("recruiter_domains"))

    managers: list[Manager] = []
    entries: list[tuple[Manager, Node]] = []
    for item in root.child("managers").items():
        if not item.mapping(("email", "name", "aliases", "timezone", "business_hours", "holidays", "digest"),
                            required=("email",)):
            continue
        aliases = tuple(a.email() for a in item.child("aliases").items())
        calendar = parse_calendar(item, default_calendar if isinstance(default_calendar, Calendar) else None)
        manager = Manager(item.child("email").email(), item.child("name").text(default=""), aliases, calendar,
                          digest=item.child("digest").flag(False))
        managers.append(manager)
        entries.append((manager, item))
    by_address = index_managers(entries)
    for mentor_node, mentor in mentor_nodes:
        listed_mentor(mentor_node, mentor, by_address)

    patterns = []
    for item in root.child("candidate_patterns").items():
        value = item.text(required=True)
        try:
            compiled = re.compile(value, re.IGNORECASE) if value is not BAD else None
        except re.error as exc:
            item.fail(f"not a valid regular expression: {exc}")
            continue
        if compiled is not None and "name" not in compiled.groupindex:
            item.fail("the pattern needs a (?P<name>…) group")
        elif compiled is not None:
            patterns.append(compiled)
    if root.child("candidate_patterns").value is None:
        patterns = [re.compile(p, re.IGNORECASE) for p in DEFAULT_CANDIDATE_PATTERNS]

    provider = root.child("provider").choice(tuple(PROFILES), default="generic")
    state = root.child("state").text(default="mailer.db")
    state_path = (base_dir / state) if isinstance(state, str) else Path("mailer.db")
    imap, smtp = mail_servers(root, provider, state_path, address)

    followups = _followups(root.child("followups"))
    templates_dir = root.child("templates").text()
    own = (base_dir / templates_dir) if isinstance(templates_dir, str) else _default_templates(base_dir)
    templates = ((own,) if own is not None else ()) + (shipped_templates(),)
    where = " or ".join(str(folder) for folder in templates)
    if own is not None and not own.is_dir():
        root.child("templates").fail(f"no template folder at {own}")
    elif isinstance(followups, Followups):
        for index, step in enumerate(followups.steps):
            missing = _missing_template(templates, step.template)
            if isinstance(step.template, str) and missing:
                root.child("followups").child("steps").child(index).child("template").fail(
                    f"no template {missing} in {where}")
        for name in (followups.digest_template, *NOTICE_SAMPLES):
            missing = _missing_template(templates, name)
            if isinstance(name, str) and missing and name == followups.digest_template:
                root.child("followups").child("digest_template").fail(f"no template {missing} in {where}")
            elif isinstance(name, str) and missing:
                root.child("templates").fail(f"no template {missing} in {where} (mailer needs it to send {name} mail)")

    digests = parse_digests(root.child("digests"))
    for audience in ("recruiter", "manager", "ops"):
        missing = _missing_template(templates, f"digest_{audience}")
        if getattr(digests, audience) is not None and missing:
            root.child("digests").child(audience).fail(f"no template {missing} in {where}")

    config = Config(
        path=path,
        address=address,
        from_name=root.child("from_name").text(default="mailer"),
        state=state_path,
        templates=templates,
        imap=imap,
        smtp=smtp,
        poll_seconds=root.child("poll_every").seconds(60.0, low=1.0),
        default_calendar=default_calendar,
        recruiters=recruiters,
        recruiter_domains=frozenset(domains),
        managers=tuple(managers),
        unknown_managers=root.child("unknown_managers").choice(("track", "ignore"), default="track"),
        followups=followups,
        candidate_patterns=tuple(patterns),
        replies=_replies(root.child("replies")),
        ops=tuple(x for x in (i.email() for i in root.child("ops").items()) if x is not BAD),
        health_alert_after=_health(root.child("health")),
        digests=digests,
        _by_address=by_address,
        mentorships=parse_mentorships(root.child("mentorships"),
                                      lambda a: a in recruiters or a.rpartition("@")[2] in domains,
                                      lambda a: by_address[a].email if a in by_address else None),
        mentor_questions=questions_list(root.child("mentor_questions")),
        trust=guards.trust(root),
        limits=guards.limits(root.child("limits")),
        company_domains=guards.company_domains(root.child("company_domains"), address),
        advice=advice(root, address, digests),
    )
    guards.refuse_own_people(root, address, recruiters)
    if reader.problems:
        raise ConfigError(reader.problems)
    return config


def _missing_template(folders: tuple[Path, ...], name: str) -> str | None:
    for suffix in (".txt.j2", ".html.j2"):
        if not any((folder / f"{name}{suffix}").is_file() for folder in folders):
            return f"{name}{suffix}"
    return None


def _default_templates(base_dir: Path) -> Path | None:
    """A templates/ folder next to the config overrides the shipped templates even without a `templates:` key."""
    local = base_dir / "templates"
    return local if local.is_dir() else None


def shipped_templates() -> Path:
    """The templates inside the installed package: templates/ of the checkout in an editable install,
    mailer/_templates in a wheel (see setup.py). A real folder either way: wheels install unzipped."""
    return Path(str(importlib.resources.files("mailer._templates")))


def load(path: Path | str) -> Config:
    return load_with_text(path)[0]


def load_with_text(path: Path | str) -> tuple[Config, str]:
    """The config and the text it was parsed from: the daemon keeps that text in its state (config/lastgood.py)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such config file (pass --config PATH or set MAILER_CONFIG)"]) from None
    except UnicodeDecodeError as exc:
        raise ConfigError([yamlsource.not_utf8(path, path.read_bytes(), exc)]) from None
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read: {exc}"]) from None
    return parse(text, path), text


class ConfigSource:
    """Keeps the last good config; a changed file is reloaded, and refused (loudly) if invalid."""

    def __init__(self, path: Path | str, initial: Config | None = None):
        self.path = Path(path)
        # `text`: what `current` was parsed from (None when handed a Config), recorded by the daemon in its state.
        self.current, self.text = (initial, None) if initial else load_with_text(self.path)
        self._stamp = self._read_stamp()
        self.last_error: str | None = None
        # Set by a running daemon (templateset.TemplateSource.vet): the problems of the templates a new config
        # would compose with; any refuses the edit as a whole.
        self.vet_templates: Callable[[Config], list[str]] | None = None

    def _read_stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def retry(self) -> None:
        self._stamp = None  # the file as it is is tried again at the next refresh

    def refresh(self) -> Config:
        """Reload if the file changed; keep the last good config when the new one is bad."""
        stamp = self._read_stamp()
        if stamp == self._stamp:
            return self.current
        self._stamp = stamp
        try:
            fresh, text = load_with_text(self.path)
        except ConfigError as exc:
            self.last_error = str(exc)
            log.error("config change refused, still running on the last good config:\n%s", exc)
            return self.current
        refused = refused_edit(self.path, self.current, fresh)
        if not refused and self.vet_templates is not None:
            refused = "\n".join(self.vet_templates(fresh)) or None
        if refused:
            self.last_error = refused
            log.error("config change refused, still running on the last good config:\n%s", self.last_error)
            return self.current
        self.current, self.text = fresh, text
        self.last_error = None
        log.info("config reloaded from %s", self.path)
        return self.current
