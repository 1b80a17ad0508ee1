"""Message → Verdict (submission, reply, command, auto-reply, bounce, own, ignored) by an ordered rule table (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
import re
from typing import Mapping, Sequence

from mailer.reading import autoreply, replytext
from mailer.reading.authres import check_sender
from mailer.reading.commands import DEFAULT_WORDS, parse_commands
from mailer.config.settings import Config
from mailer.model import Address, Kind, Message, State, Submission
from mailer.reading.candidate import calendar_invitation, nameless_resumes, new_candidates, thread_reading
from mailer.reading.candidatewords import CandidateWords, candidate_words
from mailer.reading.freshsubject import fresh_candidate
from mailer.reading.knownquote import reply_words
from mailer.reading.ownsignoff import without_own_sign_off
from mailer.reading.machinerules import bounce, complaint, machine_mail, spam
from mailer.reading.several import several_candidates
from mailer.reading.parse import addresses, base_subject
from mailer.reading.text import FORWARD_SUBJECT_RE
from mailer.reading.verdict import Context, Rule, Verdict

# Context and Verdict live in verdict.py so machinerules builds verdicts without importing this module; callers
# keep reading them from here, with the rule table.
__all__ = ["Context", "Verdict", "Rule", "RULES", "NEEDS_TRUST", "classify", "speaks_for"]


def own_mail(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    if ctx.own_message or config.is_self(msg.sender.email):
        return Verdict(Kind.OWN, "sent by mailer itself")
    return None


def ambiguous_sender(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    if msg.sender_ambiguous:
        return Verdict(Kind.IGNORED, "the From header names more than one address: nobody can be sure who wrote it")
    return None


def _answered(msg: Message, config: Config, ctx: Context) -> tuple[Submission, ...]:
    """The tracked submissions this mail would answer if it is a person's: as threaded_reply and
    off_thread_reply find them (thread headers, else the sender's open ones by subject or candidate)."""
    sender = speaks_for(config, ctx.delegates, msg.sender.email)
    if msg.in_reply_to or msg.references:
        return tuple(s for s in (*ctx.listed, *ctx.in_thread) if s.manager == sender)
    open_subs = tuple(s for s in ctx.of_sender if s.state is State.OPEN and s.manager == sender)
    if ctx.listed or not open_subs:
        return tuple(s for s in ctx.listed if s.manager == sender)
    return _by_candidate(open_subs, msg.header("Thread-Topic") or msg.subject, msg.body_text)


def _candidate_words(msg: Message, config: Config, ctx: Context) -> CandidateWords:
    """What names the candidate of the submission this mail answers (none for a mail that answers none)."""
    answered = _answered(msg, config, ctx)
    return candidate_words((s.candidate for s in answered), (s.role for s in answered), msg.sender.name)


def auto_reply(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    patterns = (*autoreply.DEFAULT_SUBJECT_PATTERNS, *config.replies.auto_reply_subjects)
    rule = (autoreply.detect_auto_reply(msg.parsed, patterns, _candidate_words(msg, config, ctx))
            if msg.parsed is not None else None)
    if not rule:
        return None
    text = f"{msg.subject}\n{msg.body_text}"
    delegate = autoreply.ooo_delegate(msg.body_text)
    if delegate and delegate.lower() == msg.sender.email:
        delegate = None  # "contact me at …" names the sender, not a stand-in
    manager = config.canonical_manager(msg.sender.email)
    affected = tuple(s.id for s in (*ctx.in_thread, *ctx.of_sender) if s.manager == manager and s.state is State.OPEN)
    return Verdict(Kind.AUTO_REPLY, f"auto-reply ({rule})", answers=tuple(dict.fromkeys(affected)),
                   return_date=autoreply.ooo_return_date(text, msg.date or ctx.now, msg.parsed),
                   delegate=delegate.lower() if delegate else None)


def _words(config: Config) -> dict[str, tuple[str, ...]]:
    return {verb: (*DEFAULT_WORDS.get(verb, ()), *config.replies.words.get(verb, ()))
            for verb in {*DEFAULT_WORDS, *config.replies.words}}


def _spoken(msg: Message, config: Config, ctx: Context, role: str, text: str, items: int | None,
            kind: Kind, reason: str, answers: tuple[int, ...], manager: str = "", names: tuple[str, ...] = ()) -> Verdict:
    """A verdict for words a person wrote, with any commands in them (`names`: the numbered ones', by name too)."""
    tz = config.calendar_for(manager or msg.sender.email).tz
    now = ctx.now or msg.date or datetime.now(timezone.utc)  # the daemon always passes now; classify may not
    parsed = parse_commands(text, now, tz, role=role, items=items, words=_words(config), names=names)
    if kind is Kind.OTHER_REPLY and (parsed.commands or parsed.problem):
        kind, reason = Kind.COMMAND, "command from the submitting recruiter"
    return Verdict(kind, reason, answers=answers, speaker=role, reply_text=text, commands=parsed.commands,
                   problem=parsed.problem)


def speaks_for(config: Config, delegates: dict[str, str], sender: str) -> str:
    """The manager this sender answers for: themself (or an alias) first; only a person who is not a listed
    manager or recruiter stands in for the absent manager who named them."""
    if config.manager(sender) is not None or sender in config.recruiters:
        return config.canonical_manager(sender)
    return delegates.get(sender) or config.canonical_manager(sender)


def threaded_reply(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    if not ctx.in_thread:
        return None
    text = reply_words(msg, _words(config))
    mine = tuple(s.id for s in ctx.in_thread if s.recruiter == msg.sender.email)
    if mine and (FORWARD_SUBJECT_RE.match(msg.subject) or _FORWARD_MARK.search(msg.body_text)):
        forwarded = forwarded_reply(msg, config, ctx)  # the manager's answer, forwarded inside the thread
        if forwarded is not None:
            return forwarded
    if mine and _new_submission_in_thread(msg, config, ctx):
        verdict = submission(msg, config, ctx)
        reading = thread_reading(msg, ctx.in_thread, config.candidate_patterns)  # another candidate's CV: the file says who
        return replace(verdict, reading=reading, candidates=()) if verdict is not None and reading else verdict
    if mine:  # the submitting recruiter writing in the thread: never the manager's answer
        return _spoken(msg, config, ctx, "recruiter", text, None, Kind.OTHER_REPLY,
                       "the recruiter wrote in the thread (not an answer)", mine)
    sender = speaks_for(config, ctx.delegates, msg.sender.email)
    listed = tuple(s for s in ctx.listed if s.manager == sender)
    answering = tuple(s for s in (listed or ctx.in_thread) if s.manager == sender)
    answered = tuple(s.id for s in answering)
    if answered:
        how = "the thread's manager" if sender == config.canonical_manager(msg.sender.email) else "the manager's delegate"
        # Several candidates in the thread (one mail naming them all) are numbered in the order they were submitted.
        items = len(listed) if ctx.listed else len(answered) if len(answered) > 1 else None
        return _spoken(msg, config, ctx, "manager", text, items, Kind.REPLY, f"reply from {how}", answered, sender,
                       tuple(s.candidate for s in answering) if items == len(answering) else ())
    return Verdict(Kind.OTHER_REPLY, f"in a tracked thread, but {msg.sender.email} is not its manager")


_FORWARD_MARK = re.compile(r"^\s*(-{2,}\s*(forwarded message|original message|weitergeleitete nachricht|message transféré|"
                           r"mensaje reenviado)|begin forwarded message:|_{10,})", re.IGNORECASE | re.MULTILINE)
_FROM_LINE = re.compile(r"^\s*\*?(from|von|de|da|van|från)\*?\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)


def _forwarded(msg: Message, words: Mapping[str, Sequence[str]]) -> tuple[Address, str] | None:
    """(original sender, original text) of a forwarded mail: an attached message, or an inline block."""
    if msg.parsed is not None:
        for part in msg.parsed.walk():
            if part.get_content_type() == "message/rfc822" and part.get_payload():
                inner = part.get_payload()[0]
                found = addresses([str(inner.get("From", ""))])
                if found:
                    text = replytext.reply_text(inner)
                    return found[0], without_own_sign_off(text, found[0].name, found[0].email, words=words)
    marker = _FORWARD_MARK.search(msg.body_text)
    if marker is None and not FORWARD_SUBJECT_RE.match(msg.subject):
        return None  # a quoted "From:" line alone is not a forward (a new submission may quote older mail)
    line = _FROM_LINE.search(msg.body_text, marker.end() if marker else 0)
    if not line:
        return None
    value = line.group(2).replace("[mailto:", "<").replace("]", ">")
    found = addresses([value])
    if not found:
        return None
    rest = msg.body_text[line.end():]
    body = rest.split("\n\n", 1)[1] if "\n\n" in rest else rest  # past the forwarded header block
    return found[0], without_own_sign_off(replytext.trim_reply(body), found[0].name, found[0].email, words=words)


def _new_submission_in_thread(msg: Message, config: Config, ctx: Context) -> bool:
    """A recruiter writing in a tracked thread to another *listed* manager, or with another candidate's CV or subject.

    Only listed managers count: a reply-all that thanks the manager's scheduler is not a submission to them."""
    thread_managers = {s.manager for s in ctx.in_thread}
    if any(config.manager(a.email) is not None and config.canonical_manager(a.email) not in thread_managers
           for a in msg.to):
        return True
    return bool(new_candidates(msg, ctx.in_thread) or fresh_candidate(msg, ctx.in_thread, config.candidate_patterns))


def _by_candidate(subs: tuple[Submission, ...], subject: str, text: str) -> tuple[Submission, ...]:
    base = base_subject(subject)
    same = tuple(s for s in subs if base_subject(s.subject) == base)
    if same:
        return same
    haystack = f"{subject}\n{text[:3000]}"
    return tuple(s for s in subs if s.candidate and
                 re.search(rf"(?<!\w){re.escape(s.candidate)}(?!\w)", haystack, re.IGNORECASE))


def forwarded_reply(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    """A recruiter forwards the manager's answer to mailer: it counts as the manager's."""
    if config.recruiter(msg.sender.email) is None:
        return None
    if any(a.email not in (config.address, msg.sender.email) and a.email not in config.recruiters for a in msg.to):
        return None  # addressed to someone else too: a new submission that quotes older mail, not a forward
    found = _forwarded(msg, _words(config))
    if found is None or not ctx.of_recruiter:  # the recruiter's open submissions, read only for a real forward
        return None
    original, text = found
    manager = config.canonical_manager(original.email)
    matches = _by_candidate(tuple(s for s in ctx.of_recruiter if s.manager == manager), msg.subject, msg.body_text)
    if not matches:
        return None
    return _spoken(msg, config, ctx, "manager", text, None, Kind.REPLY,
                   f"the recruiter forwarded {original.email}'s answer", tuple(s.id for s in matches), manager)


def off_thread_reply(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    """A manager's mail without threading headers: matched by subject (or Outlook's Thread-Topic) or candidate."""
    if msg.in_reply_to or msg.references:
        return None
    sender = speaks_for(config, ctx.delegates, msg.sender.email)
    open_subs = tuple(s for s in ctx.of_sender if s.state is State.OPEN and s.manager == sender)
    if not open_subs:
        return None
    text = reply_words(msg, _words(config))
    if ctx.listed:  # same subject as their latest grouped mail: its numbered list applies
        mine = tuple(s for s in ctx.listed if s.manager == sender)
        return _spoken(msg, config, ctx, "manager", text, len(ctx.listed), Kind.REPLY,
                       "reply matched to the manager's latest grouped mail by subject (no threading headers)",
                       tuple(s.id for s in mine), sender, tuple(s.candidate for s in mine))
    matches = _by_candidate(open_subs, msg.header("Thread-Topic") or msg.subject, text)
    if not matches:
        return None
    return _spoken(msg, config, ctx, "manager", text, None, Kind.REPLY,
                   "reply matched by manager and subject or candidate (no threading headers)",
                   tuple(s.id for s in matches), sender)


def submission(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    sender = msg.sender.email
    recruiter = config.recruiter(sender) if not (config.manager(sender) and sender not in config.recruiters) else None
    if recruiter is None:
        return None
    if nameless_resumes(msg, config.candidate_patterns) > 1:  # one submission under the subject would merge them all
        return Verdict(Kind.IGNORED, "several résumés and no candidate named in the subject or the file names: "
                                     "send one candidate per mail, or name them in the subject", recruiter=recruiter.email)
    if calendar_invitation(msg):  # an interview the recruiter's calendar sent to every attendee, mailer among them
        return Verdict(Kind.IGNORED, "a calendar invitation from a recruiter, not a submission", recruiter=recruiter.email)
    visible = {a.email for a in (*msg.to, *msg.cc)}
    bcc = config.address not in visible
    others = [a.email for a in msg.to if not config.is_own_address(a.email) and a.email != sender
              and a.email not in config.recruiters]
    if not others:
        return None  # to mailer (and recruiters) only: maybe a command
    others = list(dict.fromkeys(others))
    refused = tuple(a for a in others if not config.may_manage(a))
    managers = list(dict.fromkeys(config.canonical_manager(a) for a in others if config.may_manage(a)))
    limit = config.limits.managers_per_submission
    if len(managers) > limit:  # nobody sends one candidate to dozens of managers; a forger would
        return Verdict(Kind.IGNORED, f"from a recruiter to {len(managers)} possible managers, more than "
                                     f"limits.managers_per_submission ({limit}): none tracked",
                       recruiter=recruiter.email, refused=tuple(others))
    if not managers:
        return Verdict(Kind.IGNORED, f"from a recruiter, but {', '.join(others[:5])}"
                                     f"{' …' if len(others) > 5 else ''} cannot become a manager (not listed"
                                     f"{', not at a company domain' if config.unknown_managers == 'track' else ''})",
                       recruiter=recruiter.email, refused=refused)
    named = {config.canonical_manager(a.email): a.name for a in msg.to}
    several = tuple(several_candidates(msg.subject, msg.attachments, config.candidate_patterns))
    listed = f" of {len(several)} candidates: {', '.join(n for n, _ in several)}" if several else ""
    return Verdict(Kind.SUBMISSION, "submission" + listed + (" (mailer in BCC)" if bcc else ""),
                   managers=tuple(managers), manager_names=tuple(named.get(m, "") for m in managers),
                   recruiter=recruiter.email, bcc=bcc, refused=refused, candidates=several)


def recruiter_command(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    """A recruiter writes to mailer itself: `status`, `forget <candidate>` …; anything else gets help."""
    if config.recruiter(msg.sender.email) is None or config.address not in {a.email for a in (*msg.to, *msg.cc)}:
        return None
    text = reply_words(msg, _words(config))
    first = text if text.strip() else msg.subject  # "status" in the subject line alone is fine too
    verdict = _spoken(msg, config, ctx, "recruiter", first, None, Kind.COMMAND, "command from a recruiter",
                      tuple(s.id for s in ctx.of_recruiter))
    if not verdict.commands and not verdict.problem:
        return Verdict(Kind.COMMAND, "a recruiter wrote to mailer without a command", speaker="recruiter",
                       reply_text=text, problem="I found no command in it (and no hiring manager in To to make it "
                                                "a submission)")
    return verdict


def nobody(msg: Message, config: Config, ctx: Context) -> Verdict | None:
    return Verdict(Kind.IGNORED, f"{msg.sender.email} is neither a listed recruiter nor a manager in a tracked thread")


# Top to bottom; the first rule that answers decides. Feedback reports and bounces come before auto-replies
# because many also carry Auto-Submitted; spam and all machine mail come before replies, as none of it is an answer
# (spam also before auto-replies: a notice a filter called spam pauses nobody). Reports come before the ambiguous
# From too: a report acts only about mail mailer sent (its returned Message-ID), whoever its From names, so a DSN
# whose MTA wrote two From fields is still read, while a person's mail naming two senders is never acted on.
RULES: tuple[Rule, ...] = (own_mail, complaint, bounce, ambiguous_sender, spam, auto_reply, machine_mail,
                           threaded_reply, forwarded_reply, off_thread_reply, submission, recruiter_command, nobody)
NEEDS_TRUST = (  # kinds that act only for a proven sender
    Kind.SUBMISSION, Kind.REPLY, Kind.COMMAND, Kind.AUTO_REPLY)


def classify(msg: Message, config: Config, ctx: Context, rules: tuple[Rule, ...] = RULES) -> Verdict:
    for rule in rules:
        verdict = rule(msg, config, ctx)
        if verdict is not None:
            break
    else:
        raise AssertionError("the last rule always answers")
    trust = ctx.sender_auth
    if trust is None and config.replies.require_authenticated_senders:
        trust = check_sender(msg.parsed, config.replies.authserv_ids, msg.sender.email)
    if verdict.kind is Kind.OTHER_REPLY and not verdict.speaker:
        # Never acted on, but a stranger may be offered as the manager's alias: only a proven one.
        return replace(verdict, sender_proven=trust is not None and trust.trusted)
    if (verdict.kind in NEEDS_TRUST or verdict.refused) and trust is not None:
        if not trust.trusted:
            return Verdict(Kind.IGNORED, f"{verdict.kind.value} from {msg.sender.email} not acted on: sender not "
                                         f"authenticated ({trust.reason})")
    return verdict
