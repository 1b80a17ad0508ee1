"""config.yaml's `mentorships:`, `mentor_questions:` and `digests:` (one cadence language) → frozen Mentorship settings, with file:line errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from mailer.config.yamlsource import BAD, Node
from mailer.config.settings import Digests
from mailer.mentoring.schedule import Schedule, parse_schedule


@dataclass(frozen=True)
class Mentorship:
    """A recruiter and one of their mentors (a listed manager), and how often mailer prompts a check-in."""

    recruiter: str
    mentor: str
    every: Schedule            # in the mentor's time zone and business calendar
    start: date | None         # first possible check-in date; None: from when mailer first sees the pair
    invite: bool               # ask first; check-ins start after a yes
    questions: tuple[str, ...]  # the pair's own questions; empty: the shipped bank plus mentor_questions


def schedule(node: Node) -> Schedule | Any:
    """A cadence anywhere in the config (check-ins, digests): refused with the offending text and the forms."""
    return node.parsed(parse_schedule)


def digests(node: Node) -> Digests:
    """`digests: {recruiter: every monday at 08:00, manager: …, ops: …}`, each optional; the same language."""
    node.mapping(("recruiter", "manager", "ops"))
    found = {audience: schedule(node.child(audience)) for audience in ("recruiter", "manager", "ops")
             if node.child(audience).value is not None}
    return Digests(**{audience: value for audience, value in found.items() if value is not BAD})


def parse_mentorships(node: Node, is_recruiter: Callable[[str], bool],
                      canonical_manager: Callable[[str], str | None]) -> tuple[Mentorship, ...]:
    """`is_recruiter(address)`: a listed recruiter (or one of an allowed domain); `canonical_manager(address)`:
    the listed manager's main address for it, or None when it is not a listed manager."""
    result: list[Mentorship] = []
    seen: set[tuple[str, str]] = set()
    for item in node.items():
        if not item.mapping(("recruiter", "mentor", "every", "start", "invite", "questions"),
                            required=("recruiter", "mentor", "every")):
            continue
        recruiter = item.child("recruiter").email()
        mentor = item.child("mentor").email()
        if isinstance(recruiter, str) and not is_recruiter(recruiter):
            recruiter = item.child("recruiter").fail(f"{recruiter} is not a listed recruiter (add them under "
                                                     f"recruiters:, or take this mentorship out if they left)")
        if isinstance(mentor, str):
            listed = canonical_manager(mentor)
            if listed is None:
                mentor = item.child("mentor").fail(f"{mentor} is not a listed manager: a mentor must be listed under "
                                                   f"managers: (mailer needs their time zone, hours and holidays), "
                                                   f"or take this mentorship out if they left")
            elif isinstance(recruiter, str) and listed == recruiter:
                mentor = item.child("mentor").fail(f"{recruiter} cannot be their own mentor")
            else:
                mentor = listed
        if isinstance(recruiter, str) and isinstance(mentor, str):
            if (recruiter, mentor) in seen:
                item.fail(f"{recruiter} and {mentor} are paired twice")
            seen.add((recruiter, mentor))
        every = schedule(item.child("every"))
        start = _date(item.child("start"))
        invite = item.child("invite").flag(False)
        questions = questions_list(item.child("questions"))
        if BAD in (recruiter, mentor, every, start, invite):
            continue
        result.append(Mentorship(recruiter, mentor, every, start, invite, questions))
    return tuple(result)


def questions_list(node: Node) -> tuple[str, ...]:
    """Each question as written. One with no letter in it (`[...]`, "…", "-") is a placeholder left in from an
    example: YAML reads `[...]` as the question "...", which a mentor would be asked, so it is refused."""
    values = [_question(item) for item in node.items()]
    return tuple(v for v in values if v is not BAD)


def _question(node: Node) -> str | Any:
    text = node.text(required=True)
    if text is BAD or any(char.isalpha() for char in text):
        return text
    return node.fail(f"{text!r} is a placeholder, not a question: write the question itself (e.g. \"What is your team "
                     f"building next quarter?\"), or leave the key out to use the shipped questions")


def _date(node: Node) -> date | None | Any:
    if node.value is None:
        return None
    if isinstance(node.value, date):
        return node.value
    try:
        return date.fromisoformat(str(node.value).strip())
    except ValueError:
        return node.fail(f"expected a date like 2026-12-08, got {node.value!r}")
