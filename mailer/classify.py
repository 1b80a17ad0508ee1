"""Message → Verdict (submission, reply, auto-reply, bounce, own, ignored) by an ordered rule table (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from mailer.config import Config
from mailer.model import Kind, Message, State, Submission
from mailer.parse import base_subject


@dataclass(frozen=True)
class Context:
    """What the store knows that bears on this message, fetched before the rules run."""

    in_thread: tuple[Submission, ...]        # submissions the message's thread headers point at
    of_sender: tuple[Submission, ...]        # submissions whose manager is the sender (subject fallback)
    own_message: bool                        # its Message-ID is one mailer sent


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    reason: str
    managers: tuple[str, ...] = ()   # submission: one submission per manager
    recruiter: str = ""
    bcc: bool = False
    answers: tuple[int, ...] = ()    # reply: the submissions it answers


Rule = Callable[[Message, Config, Context], "Verdict | None"]


def own_mail(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    if ctx.own_message or config.is_self(msg.sender.email):
        return Verdict(Kind.OWN, "sent by mailer itself")
    return None


def bounce(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    from mailer import bounce as detector  # optional until issue 3's detectors are wired in
    found = detector.detect_bounce(msg.parsed) if msg.parsed is not None else None
    if found is None:
        return None
    return Verdict(Kind.BOUNCE, f"bounce ({found.rule})")


def auto_reply(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    from mailer import autoreply as detector
    rule = detector.detect_auto_reply(msg.parsed) if msg.parsed is not None else None
    return Verdict(Kind.AUTO_REPLY, f"auto-reply ({rule})") if rule else None


def threaded_reply(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    if not ctx.in_thread:
        return None
    sender = config.canonical_manager(msg.sender.email)
    answered = tuple(s.id for s in ctx.in_thread if s.manager == sender)
    if answered:
        return Verdict(Kind.REPLY, "reply from the thread's manager", answers=answered)
    return Verdict(Kind.OTHER_REPLY, f"in a tracked thread, but {msg.sender.email} is not its manager")


def subject_reply(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    """Only for mail without threading headers: same manager, same subject as an open submission."""
    if msg.in_reply_to or msg.references:
        return None
    subject = base_subject(msg.subject)
    answered = tuple(s.id for s in ctx.of_sender if s.state is State.OPEN and base_subject(s.subject) == subject)
    if answered:
        return Verdict(Kind.REPLY, "reply matched by manager and subject (no threading headers)", answers=answered)
    return None


def submission(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    sender = msg.sender.email
    recruiter = config.recruiter(sender) if not (config.manager(sender) and sender not in config.recruiters) else None
    if recruiter is None:
        return None
    visible = {a.email for a in (*msg.to, *msg.cc)}
    bcc = config.address not in visible
    managers = []
    for addr in (a.email for a in msg.to):
        if addr in (config.address, sender) or addr in config.recruiters:
            continue
        if config.manager(addr) is None and config.unknown_managers == "ignore":
            continue
        managers.append(config.canonical_manager(addr))
    if not managers:
        return Verdict(Kind.IGNORED, "from a recruiter, but no hiring manager in To")
    return Verdict(Kind.SUBMISSION, "submission" + (" (mailer in BCC)" if bcc else ""),
                   managers=tuple(dict.fromkeys(managers)), recruiter=recruiter.email, bcc=bcc)


def nobody(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    return Verdict(Kind.IGNORED, f"{msg.sender.email} is neither a listed recruiter nor a manager in a tracked thread")


# Top to bottom; the first rule that answers decides. Bounces come before auto-replies because many
# bounces also carry Auto-Submitted: auto-replied; both come before replies, as neither is an answer.
RULES: tuple[Rule, ...] = (own_mail, bounce, auto_reply, threaded_reply, subject_reply, submission, nobody)


def classify(msg: Message, config: Config, ctx: Context, rules: tuple[Rule, ...] = RULES) -> Verdict:
    for rule in rules:
        verdict = rule(msg, config, ctx)
        if verdict is not None:
            return verdict
    raise AssertionError("the last rule always answers")
