"""Every template a config uses, rendered with sample data: what `mailer check` reports line by line, and what a
running daemon asks of a template edit (or a config edit) before it takes it (mailer/templateset.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import jinja2

from mailer.compose import Envelope, Thread, compose, compose_notice
from mailer.config.settings import Config
from mailer.errors import TemplateProblem
from mailer.model import NOTICE_SAMPLES, Due, DueItem, State, Submission
from mailer.templateparts import explained


def sample_dues(config: Config) -> list[Due]:
    """One due mail per step template, plus a grouped one for the digest."""
    now = datetime.now(timezone.utc)
    recruiter = next(iter(config.recruiters), f"recruiter@{config.domain}")
    manager = config.managers[0].email if config.managers else f"manager@{config.domain}"
    subs = [Submission(i, manager, recruiter, name, "Senior Backend Engineer", f"Candidate: {name}", f"s{i}@x",
                       (), now - timedelta(days=3), State.OPEN) for i, name in ((1, "Jane Doe"), (2, "Zoë Ødegård"))]
    dues = [Due(step.to, f"{step.to}@{config.domain}", manager, (DueItem(subs[0], index, timedelta(hours=20)),))
            for index, step in enumerate(config.followups.steps)]
    dues.append(Due("manager", manager, manager, tuple(DueItem(s, 0, timedelta(hours=20)) for s in subs)))
    # Also as a recruiter without a mentor would see them (a template that assumes one fails here, not live).
    no_mentor = next((r.email for r in config.recruiters.values() if not r.mentor), f"nomentor@{config.domain}")
    lone = Submission(3, manager, no_mentor, "Ann Able", "", "Candidate: Ann Able", "s3@x", (),
                      now - timedelta(days=3), State.OPEN)
    dues += [Due(step.to, f"{step.to}@{config.domain}", manager, (DueItem(lone, index, timedelta(hours=20)),))
             for index, step in enumerate(config.followups.steps) if step.to != "mentor"]
    return dues


def sample_renders(config: Config, env: jinja2.Environment) -> list[tuple[bool, str, str]]:
    """(ok, "template <name>", the subject or the problem) for each template the config uses, once each: the
    follow-up steps and the manager digest, every notice, and the digests the config turns on."""
    now = datetime.now(timezone.utc)
    outcomes: list[tuple[bool, str, str]] = []
    rendered: dict[str, str | TemplateProblem] = {}  # one line per template, however many samples it renders
    for due in sample_dues(config):
        name = config.followups.digest_template if due.grouped else config.followups.steps[due.step].template
        if isinstance(rendered.get(name), TemplateProblem):
            continue  # its first problem is the one reported
        try:
            rendered.setdefault(name, compose(config, env, due, Thread("Candidate: Jane Doe", ("s1@x",)), "check",
                                              now).subject)
        except TemplateProblem as exc:
            rendered[name] = exc
    outcomes += [(not isinstance(outcome, TemplateProblem), f"template {name}", _said(env, name, outcome))
                 for name, outcome in rendered.items()]
    for name, variables in NOTICE_SAMPLES.items():
        outcomes.append(_notice(config, env, name, name, "notice",
                                {"thread_subject": "Candidate: Jane Doe", **variables}, now))
    from mailer.report.digest import SAMPLES as DIGEST_SAMPLES
    for audience in ("recruiter", "manager", "ops"):
        if getattr(config.digests, audience) is None:
            continue
        name = f"digest_{audience}"
        ok, what, detail = _notice(config, env, name, name, audience, DIGEST_SAMPLES[name], now)
        outcomes.append((ok, what, f"{detail} ({getattr(config.digests, audience)})" if ok else detail))
    return outcomes


def _notice(config: Config, env, name: str, kind: str, audience: str, variables: dict,
            now: datetime) -> tuple[bool, str, str]:
    envelope = Envelope(key=f"check:{name}", kind=kind, manager="", audience=audience,
                        sender_name=config.from_name, to=f"someone@{config.domain}")
    try:
        subject = compose_notice(config, env, name, envelope, variables, "check", now).subject
    except TemplateProblem as exc:
        return False, f"template {name}", _said(env, name, exc)
    return True, f"template {name}", _said(env, name, subject)


def _said(env: jinja2.Environment, name: str, outcome: str | TemplateProblem) -> str:
    """The subject, and how the mail goes when ops changed one of its parts only; or the problem without the
    "template <name>: " the check's line already begins with ("FAIL template followup_1: template followup_1: …")."""
    if isinstance(outcome, TemplateProblem):
        return str(outcome).removeprefix(f"template {name}: ")
    note = explained(env, name)
    return f"{outcome} ({note})" if note else outcome


def template_problems(config: Config, env: jinja2.Environment) -> list[str]:
    """What keeps a running daemon from taking these templates: one line per failing template, naming its file
    and line where jinja2 knows them."""
    # The log line names the template once: "template followup_1: /…/followup_1.txt.j2:3: unexpected '}'" (a
    # problem that says "template followup_1.txt.j2 not found" names it already).
    return [detail if detail.startswith("template ") else f"{what}: {detail}"
            for ok, what, detail in sample_renders(config, env) if not ok]
