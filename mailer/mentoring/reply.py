"""What a reply in a mentorship's thread says, before anything is stored: whose it is (the mentor, the recruiter,
someone else, or an unproven sender) and what it decides (an invitation's yes / no / question; a check-in
answer's stop, pause or advice). inbound.py acts on it inside the ingest transaction; `mailer classify` shows
it (`describe`) without acting, so both read a mail the same way. Reads the store, writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mailer.config.settings import Config
from mailer.mentoring.answers import read_invitation_reply
from mailer.mentoring.checkinreply import CheckinReply, read_checkin_reply
from mailer.mentoring.loop import local_day, restart_hint
from mailer.model import Kind, Message
from mailer.reading.knownquote import reply_words
from mailer.reading.ownsignoff import without_own_sign_off
from mailer.reading.authres import AuthVerdict, check_sender
from mailer.reading.classify import Verdict
from mailer.store import Store
from mailer.store.mentoring import MentoringMail

# Verdicts the mentor loop leaves to the rest of mailer: its own mail, bounces, out-of-office (which pauses the
# mentor like any manager), and a recruiter's new submission.
NOT_OURS = (Kind.OWN, Kind.BOUNCE, Kind.AUTO_REPLY, Kind.SUBMISSION, Kind.QUARANTINED)


@dataclass(frozen=True)
class MentorReply:
    """`sender`: "unproven", "recruiter", "other" (not this thread's mentor) or "mentor". For the mentor:
    `invitation` ("yes", "no", "question") answers an invitation; for a check-in, `answer` is their words without
    their sign-off, `said` a stop or pause (None: advice), `to_confirmation` an answer to mailer's confirmation."""

    about: MentoringMail
    sender: str
    text: str = ""
    why_unproven: str = ""
    invitation: str = ""
    answer: str = ""
    said: CheckinReply | None = None
    to_confirmation: bool = False


def read_mentor_reply(store: Store, config: Config, msg: Message, verdict: Verdict, now: datetime,
                      sender_auth: AuthVerdict | None = None) -> MentorReply | None:
    """The reply's reading if `msg` answers an invitation or a check-in, else None (not the mentor loop's)."""
    if verdict.kind in NOT_OURS or msg.sender_ambiguous:
        return None
    about = store.mentoring_mail(msg.thread_ids)
    if about is None:
        return None
    trust = sender_auth
    if trust is None and config.replies.require_authenticated_senders:
        trust = check_sender(msg.parsed, config.replies.authserv_ids, msg.sender.email)
    if trust is not None and not trust.trusted:
        return MentorReply(about, "unproven", why_unproven=trust.reason)
    sender = config.canonical_manager(msg.sender.email)
    if sender == about.recruiter:
        return MentorReply(about, "recruiter")
    text = reply_words(msg)
    if sender != about.mentor:
        return MentorReply(about, "other", text)
    if about.checkin is None:
        return MentorReply(about, "mentor", text, invitation=read_invitation_reply(text, config.replies.words))
    # The mentor's own sign-off is no part of the advice: the next check-in quotes the answer back to them.
    # reply_words cut one signed with the From's name; here also one signed with the name ops listed.
    answer = without_own_sign_off(text, msg.sender.name, msg.sender.email, config.manager_name(about.mentor))
    answer = answer.strip()[:5000]
    said = read_checkin_reply(answer, now, config.calendar_for(about.mentor).tz) if answer else None
    nearest = msg.thread_ids[:1]
    confirmation = store.outbox_by_message_id(nearest[0]) if nearest else None
    return MentorReply(about, "mentor", text, answer=answer, said=said,
                       to_confirmation=confirmation is not None and confirmation.kind == "mentor_change")


def describe(reply: MentorReply, config: Config) -> str:
    """What the daemon does with such a reply, in words for `mailer classify` ("mailer would: …")."""
    mentor, recruiter = config.manager_name(reply.about.mentor), _name(config, reply.about.recruiter)
    if reply.sender == "unproven":
        return f"nothing: a reply in a mentoring thread from an unproven sender ({reply.why_unproven})"
    if reply.sender == "recruiter":
        return "nothing: the recruiter wrote in their own mentoring thread"
    if reply.sender == "other":
        return (f"nothing: the sender is not this thread's mentor ({mentor}); if the name says it may be their "
                f"other address, {recruiter} gets its words and the aliases: line, once")
    if reply.about.checkin is None:
        return {"yes": f"mentoring: {mentor} says yes to mentoring {recruiter}; check-ins start the day after",
                "no": f"mentoring: {mentor} says no to mentoring {recruiter}; {recruiter} is told",
                "question": f"mentoring: a question about the invitation, forwarded to {recruiter}"}[reply.invitation]
    if not reply.answer:
        return "nothing: a check-in answer without words of their own"
    if reply.said is not None and reply.said.verb == "stop":
        return (f"mentoring: {mentor} ends the check-ins with {recruiter} ({recruiter} told, {mentor} confirmed; "
                f"restart: {restart_hint(reply.about.recruiter, reply.about.mentor)})")
    if reply.said is not None:
        day = local_day(config, reply.about.mentor, reply.said.until)
        return (f"mentoring: {mentor} pauses the check-ins with {recruiter} until {day}"
                f"{'' if reply.said.dated else ' (no date given: four weeks)'}; {mentor} confirmed, {recruiter} in Cc")
    if reply.to_confirmation:
        return "nothing: an answer to mailer's confirmation of a stop or pause (not advice)"
    return f"mentoring: kept in {recruiter}'s journal, the answer to \"{reply.about.checkin.question}\""


def _name(config: Config, address: str) -> str:
    recruiter = config.recruiter(address)
    return recruiter.name if recruiter and recruiter.name else address
