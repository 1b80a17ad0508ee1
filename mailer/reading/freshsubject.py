"""A recruiter's mail in a tracked thread whose subject, written afresh, submits another candidate (pure).

A client keeps In-Reply-To when the recruiter answers the manager's mail and types a new subject over it
("Candidate: Omar Haddad – Data Engineer"): the stale thread header must not swallow Omar into Jane's thread."""

from __future__ import annotations

import re

from mailer.model import Message, Submission, candidate_key
from mailer.reading.candidate import candidate_and_role, strip_noise
from mailer.reading.text import PREFIX_RE

_TAGS = re.compile(r"^\s*(?:\[[^\]]*\]\s*)+")  # "[EXTERNAL] Re: …": a gateway's tag before the reply's prefix


def fresh_candidate(msg: Message, in_thread: tuple[Submission, ...], patterns: tuple[re.Pattern, ...]) -> str:
    """The candidate a subject without a reply or forward prefix names by a submission pattern, when that name is
    no thread candidate's (some word of it is not theirs: "Jane Smith" in Jane Doe's thread is someone else); ""
    otherwise.

    In Jane Doe's thread, "Candidate: Omar Haddad – Data Engineer" gives "Omar Haddad"; "Re: Candidate: Omar Haddad" is the thread's own subject carried along (""), "Interview scheduling – Jane Doe"
    names the thread's candidate (""), and "quick question" names no one (no pattern reads a name in it)."""
    subject = msg.subject or ""
    if PREFIX_RE.match(_TAGS.sub("", subject)):
        return ""
    name, _ = candidate_and_role(subject, (), patterns)
    if not name or name == strip_noise(subject):
        return ""  # the whole subject is the fallback "name": no pattern found one
    words = {w for w in candidate_key(name).split() if len(w) > 1}
    # Another candidate, unless every word of the name is one thread candidate's ("Jane", "Jane Doe" in Jane Doe's
    # thread); a shared first or last name ("Jane Smith", "Omar Doe") is someone else.
    named = [{w for w in candidate_key(s.candidate).split() if len(w) > 1} for s in in_thread]
    return name if words and not any(words <= known for known in named) else ""
