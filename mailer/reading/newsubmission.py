"""What a recruiter's mail to a manager is, beyond its subject: a calendar invitation (no submission), several
résumés that name no one (no submission: one under the subject would merge them), another candidate's résumé in a
tracked thread (a new submission, named by the file). Pure."""

from __future__ import annotations

import re

from mailer.model import Message, Submission, candidate_key
from mailer.reading.candidate import candidate_and_role, name_from_filename, resume_like, strip_noise


def new_candidates(msg: Message, in_thread: tuple[Submission, ...]) -> list[str]:
    """Names of attached résumés that are none of the thread's candidates, in any word order ("Doe Jane")."""
    known = [set(candidate_key(s.candidate).split()) for s in in_thread]
    names = dict.fromkeys(n for n in map(name_from_filename, msg.attachments) if n)
    return [n for n in names if not any(set(candidate_key(n).split()) <= k or k <= set(candidate_key(n).split())
                                        for k in known if k)]


def thread_reading(msg: Message, in_thread: tuple[Submission, ...], patterns: tuple[re.Pattern, ...]) -> tuple[str, str] | None:
    """(candidate, role) of a new submission in a tracked thread when its one new résumé names someone its subject
    does not (the thread's subject still names the thread's candidate); None: read the subject as usual."""
    new = new_candidates(msg, in_thread)
    if len(new) != 1:
        return None
    name, _ = candidate_and_role(msg.subject, (), patterns)
    return None if set(candidate_key(name).split()) == set(candidate_key(new[0]).split()) else (new[0], "")


def nameless_resumes(msg: Message, patterns: tuple[re.Pattern, ...]) -> int:
    """How many résumés a mail carries that name no one, when its subject names no one either (0 otherwise)."""
    cvs = [f for f in msg.attachments if resume_like(f)]
    if len(cvs) < 2 or any(name_from_filename(f) for f in cvs):
        return 0
    name, _ = candidate_and_role(msg.subject, (), patterns)
    return len(cvs) if name == strip_noise(msg.subject) else 0


def calendar_invitation(msg: Message) -> bool:
    """A text/calendar part (iCalendar REQUEST, CANCEL, REPLY) or an attached .ics: what calendar clients send."""
    parts = msg.parsed.walk() if msg.parsed is not None else ()
    return any(p.get_content_type() == "text/calendar" for p in parts) or any(
        f.lower().endswith(".ics") for f in msg.attachments)
