"""Replies in a mentorship's threads → stored changes: the invitation's yes / no / question, and check-in answers
into the journal (forwarded to the recruiter when the mentor dropped them from Cc).

Runs inside the ingest transaction of the mail, like effects.py; each mail it queues has a key derived from its
cause, so it is queued at most once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
import logging

import jinja2

from mailer.compose import Envelope, person
from mailer.config.settings import Config
from mailer.reading.ownsignoff import without_own_sign_off
from mailer.mentoring.checkinreply import CheckinReply
from mailer.mentoring.loop import FIGURES_WINDOW, checkin_time, local_day, restart_hint, snapshot
from mailer.mentoring.plan import MentorSnapshot, PairView, anchor, checkin_slot
from mailer.mentoring.reply import MentorReply, read_mentor_reply
from mailer.mentoring.suggest import not_to_suggest, suggestions
from mailer.model import Kind, Message
from mailer.notices import queue_notice
from mailer.otheraddress import known, may_be, own_domains
from mailer.reading.authres import AuthVerdict
from mailer.reading.classify import Verdict
from mailer.store import Store
from mailer.store.mentoring import EndReason, MentoringMail

log = logging.getLogger(__name__)

def mentor_reply(store: Store, config: Config, env: jinja2.Environment, msg: Message, verdict: Verdict,
                 now: datetime, sender_auth: AuthVerdict | None = None) -> Verdict | None:
    """If `msg` answers an invitation or a check-in, act on it and return its verdict; else None (not ours).
    `sender_auth` is the config's trust method on this mail (what classify read): an answer, a no, or the end
    of an absence acts only for a proven sender, as everywhere else. The reading is reply.py's, which
    `mailer classify` shows."""
    reply = read_mentor_reply(store, config, msg, verdict, now, sender_auth)
    if reply is None:
        return None
    about = reply.about
    if reply.sender == "unproven":
        return Verdict(Kind.IGNORED, f"mentoring reply from {msg.sender.email} not acted on: sender not "
                                     f"authenticated ({reply.why_unproven})")
    if reply.sender == "recruiter":
        return Verdict(Kind.MENTORING, "the recruiter wrote in their mentoring thread (nothing to do)")
    if reply.sender == "other":
        if _other_address(store, config, env, msg, about, reply.text, sender_auth is not None or
                          config.replies.require_authenticated_senders, now):
            return Verdict(Kind.IGNORED, f"in a mentoring thread, from {msg.sender.email}, which may be "
                                         f"{config.manager_name(about.mentor)}'s other address: not kept, the "
                                         f"recruiter told")
        return Verdict(Kind.IGNORED, f"in a mentoring thread, but {msg.sender.email} is not its mentor")
    when = min(msg.date, now) if msg.date else now
    if store.end_pause(about.mentor, now):
        store.event(now, "back", f"{config.manager_name(about.mentor)} wrote in: absence over")
    if about.checkin is None:
        return _invitation_answer(store, config, env, msg, about, reply.text, reply.invitation, when, now)
    return _checkin_answer(store, config, env, msg, reply, when, now)


def _tell_recruiter(store: Store, config: Config, env: jinja2.Environment, about: MentoringMail, key: str,
                    template: str, variables: dict, now: datetime) -> None:
    envelope = Envelope(key=key, kind=template, manager=about.mentor, audience="notice", sender_name=config.from_name,
                        to=about.recruiter, reply_to=(config.address,))
    queue_notice(store, config, env, template, envelope, variables, now)


def _other_address(store: Store, config: Config, env: jinja2.Environment, msg: Message, about: MentoringMail,
                   text: str, proven: bool, now: datetime) -> bool:
    """An answer under the mentor's name from an address mailer does not know for them (their phone's Gmail):
    not theirs by proof, so not in the journal, but the recruiter gets its words and the alias that would make
    such answers count, once per address (as otheraddress.py does in a candidate's thread). False when the
    sender is someone else, or someone mailer knows."""
    mentor = config.manager_name(about.mentor)
    sender = msg.sender.email
    if known(config, store, sender, now) or not may_be(mentor, about.mentor, msg.sender.name or "", sender,
                                                       own_domains(config, about.mentor)):
        return False
    words = without_own_sign_off(text, msg.sender.name, sender, mentor).strip()[:5000]
    _tell_recruiter(store, config, env, about, f"mentor-other-address:{about.recruiter}:{about.mentor}:{sender}",
                    "mentor_notice", {"outcome": "other_address", "mentor": mentor, "mentor_email": about.mentor,
                                      "address": sender, "about": "invitation" if about.checkin is None else "check-in",
                                      "words": words, "proven": proven, "invited": "", "starts": ""}, now)
    store.event(now, "other_address", f"{sender} answered in {person(config, about.recruiter)['name']}'s mentoring "
                                      f"thread under {mentor}'s name; not kept, the recruiter told")
    return True


def _invitation_answer(store: Store, config: Config, env: jinja2.Environment, msg: Message, about: MentoringMail,
                       text: str, outcome: str, when: datetime, now: datetime) -> Verdict:
    mentor, recruiter = person(config, about.mentor)["name"], person(config, about.recruiter)["name"]
    row = next((r for r in store.mentorships() if (r.recruiter, r.mentor) == (about.recruiter, about.mentor)), None)
    invited = local_day(config, about.recruiter, row.invited_at if row and row.invited_at else now)
    variables = {"mentor": mentor, "words": text.strip()[:2000], "invited": invited, "starts": ""}
    if outcome == "question":
        store.note_question(about.recruiter, about.mentor, now)  # an answer: no "has not answered" notice later
        _tell_recruiter(store, config, env, about, f"mentor-question:{msg.key}", "mentor_notice",
                        {**variables, "outcome": "question"}, now)
        store.event(now, "mentor_question", f"{mentor} asked {recruiter} about mentoring: {text.strip()[:200]}")
        return Verdict(Kind.MENTORING, "the mentor asked a question about the invitation (forwarded to the recruiter)")
    accepted = outcome == "yes"
    # Dated when mailer read it: check-ins start the day after, never at a slot that passed before the yes was seen.
    if not store.answer_invitation(about.recruiter, about.mentor, accepted, now):
        return Verdict(Kind.MENTORING, f"the mentor said {outcome} again (nothing changes)")
    if accepted:
        variables["starts"] = _first_checkin(store, config, about, now)
    else:  # `mailer mentors`'s suggestions, in the mail: a recruiter has no shell to run it
        configured = {(p.recruiter, p.mentor) for p in config.mentorships}
        taken = {m for r, m in configured if r == about.recruiter} | {about.mentor} | \
            not_to_suggest(store.mentorships(), about.recruiter, configured)
        variables["suggested"] = [config.manager_name(s.manager) for s in suggestions(
            config, store.submissions_since(now - FIGURES_WINDOW), about.recruiter, taken)[:3]]
    _tell_recruiter(store, config, env, about, f"mentor-{'accepted' if accepted else 'declined'}:{about.recruiter}:"
                                               f"{about.mentor}:{msg.key}", "mentor_notice",
                    {**variables, "outcome": "accepted" if accepted else "declined"}, now)
    store.event(now, "mentor_yes" if accepted else "mentor_no",
                f"{mentor} said {'yes' if accepted else 'no'} to mentoring {recruiter}")
    log.info("%s said %s to mentoring %s [%s]", about.mentor, outcome, about.recruiter, msg.key)
    return Verdict(Kind.MENTORING, f"the mentor said {outcome} to the invitation")


def _first_checkin(store: Store, config: Config, about: MentoringMail, now: datetime) -> str:
    """When the first check-in will go, for the recruiter's notice: in their time, with the mentor's beside it."""
    pair = next((p for p in config.mentorships if (p.recruiter, p.mentor) == (about.recruiter, about.mentor)), None)
    row = next((r for r in store.mentorships() if (r.recruiter, r.mentor) == (about.recruiter, about.mentor)), None)
    if pair is None or anchor(pair, PairView(row), config, now) is None:
        return "at the next date of the cadence"
    slot = checkin_slot(pair, PairView(row), config, MentorSnapshot(pauses=store.pauses()), now, upcoming=True)
    return checkin_time(config, pair.recruiter, pair.mentor, slot.at)


def _checkin_answer(store: Store, config: Config, env: jinja2.Environment, msg: Message, reply: MentorReply,
                    when: datetime, now: datetime) -> Verdict:
    about, answer = reply.about, reply.answer
    if not answer:
        return Verdict(Kind.MENTORING, "the mentor answered a check-in without words of their own")
    if reply.said is not None:
        return _stop_or_pause(store, config, env, msg, about, answer, reply.said, now)
    if reply.to_confirmation:  # "Thanks, see you in January" is no advice to quote back
        return Verdict(Kind.MENTORING, "the mentor answered my confirmation of their stop or pause (not kept)")
    if not store.add_journal(about.recruiter, about.mentor, about.checkin.id, about.checkin.question, answer, when,
                             msg.key):
        return Verdict(Kind.MENTORING, "this answer is in the journal already")
    mentor, recruiter = person(config, about.mentor)["name"], person(config, about.recruiter)["name"]
    store.event(now, "journal", f"{mentor} answered {recruiter}'s check-in: {' '.join(answer.split())[:200]}")
    seen_by = {a.email for a in (*msg.to, *msg.cc)}
    if about.recruiter not in seen_by:  # the mentor replied to mailer alone: the recruiter still gets the advice
        _tell_recruiter(store, config, env, about, f"mentor-answer:{msg.key}", "mentor_answer", {
            "mentor": mentor, "question": about.checkin.question, "answer": answer,
            "date": local_day(config, about.mentor, when)}, now)
    log.info("journal: %s answered %s's check-in [%s]", about.mentor, about.recruiter, msg.key)
    return Verdict(Kind.MENTORING, "the mentor answered a check-in (kept in the journal)")


def _stop_or_pause(store: Store, config: Config, env: jinja2.Environment, msg: Message, about: MentoringMail,
                   words: str, said: CheckinReply, now: datetime) -> Verdict:
    """The mentor ended the check-ins ("stop") or paused them to a date: stored, and said once (keys from the
    mail), in the same transaction. Not advice, so not in the journal."""
    mentor, recruiter = person(config, about.mentor)["name"], person(config, about.recruiter)["name"]
    thread = tuple(c.message_id for c in store.checkins(about.recruiter, about.mentor))
    confirm = Envelope(key=f"mentor-confirm:{msg.key}", kind="mentor_change", manager=about.mentor,
                       audience="notice", sender_name=config.from_name, to=about.mentor,
                       cc=(about.recruiter,) if said.verb == "pause" else (), reply_to=(config.address,),
                       ancestors=thread)
    base = {"mentor": mentor, "recruiter": recruiter, "words": words[:2000], "dated": said.dated}
    if said.verb == "stop":
        reason = EndReason.LEAVING if said.leaving else EndReason.STOP
        if not store.end_mentorship(about.recruiter, about.mentor, now, reason):
            return Verdict(Kind.MENTORING, "the mentor said stop again (the check-ins ended already)")
        _tell_recruiter(store, config, env, about, f"mentor-ended:{msg.key}", "mentor_change", {
            **base, "outcome": "ended", "asked": local_day(config, about.recruiter, about.checkin.sent_at),
            "restart": restart_hint(about.recruiter, about.mentor)}, now)
        queue_notice(store, config, env, "mentor_change", confirm, {**base, "outcome": "ended_confirm"}, now)
        store.event(now, "mentor_ended",
                    f"{mentor} ended the check-ins with {recruiter}: {' '.join(words.split())[:200]}")
        log.info("%s ended the check-ins with %s [%s]", about.mentor, about.recruiter, msg.key)
        return Verdict(Kind.MENTORING, "the mentor ended the check-ins (the recruiter told, the mentor confirmed)")
    if not store.pause_mentorship(about.recruiter, about.mentor, said.until):
        return Verdict(Kind.MENTORING, "the mentor paused the check-ins to the same day again (nothing changes)")
    until = local_day(config, about.mentor, said.until)
    queue_notice(store, config, env, "mentor_change", confirm, {
        **base, "outcome": "paused", "until": until, "next": _next_checkin(store, config, about, now)}, now)
    store.event(now, "mentor_paused", f"{mentor} paused the check-ins with {recruiter} until {until}")
    log.info("%s paused the check-ins with %s until %s [%s]", about.mentor, about.recruiter, said.until.isoformat(),
             msg.key)
    return Verdict(Kind.MENTORING, f"the mentor paused the check-ins until {until}")


def _next_checkin(store: Store, config: Config, about: MentoringMail, now: datetime) -> str:
    """The next check-in as the daemon will send it (the pause just stored included), in the mentor's time."""
    pair = next((p for p in config.mentorships if (p.recruiter, p.mentor) == (about.recruiter, about.mentor)), None)
    if pair is None:
        return "at the cadence's next date after that"
    snap = snapshot(store, config, now)
    slot = checkin_slot(pair, snap.pairs[(pair.recruiter, pair.mentor)], config, snap, now, upcoming=True)
    if slot is None:
        return "at the cadence's next date after that"
    return slot.at.astimezone(config.calendar_for(about.mentor).tz).strftime("%a %d %b %H:%M")


def tell_moved_checkins(store: Store, config: Config, env: jinja2.Environment, mentor: str, absence_id: int,
                        now: datetime) -> list[str]:
    """After an out-of-office from `mentor` was stored: each recruiter whose next check-in with them it moves
    is told once (from when to when, in their own time), as a manager's absence is told to the recruiters
    whose candidates wait. The times are plan.checkin_slot's with and without the absence, so what they read
    is what the daemon will do. Returns the keys queued."""
    pairs = [p for p in config.mentorships if p.mentor == mentor]
    if not pairs:
        return []
    snap = snapshot(store, config, now)
    back = snap.pauses.get(mentor)
    without = replace(snap, pauses={who: at for who, at in snap.pauses.items() if who != mentor})
    queued = []
    for pair in pairs:
        view = snap.pairs.get((pair.recruiter, pair.mentor), PairView())
        moved = checkin_slot(pair, view, config, snap, now, upcoming=True)
        planned = checkin_slot(pair, view, config, without, now, upcoming=True)
        if back is None or moved is None or planned is None or moved.at <= planned.at:
            continue
        key = f"mentor-moved:{absence_id}:{pair.recruiter}:{pair.mentor}:{planned.day}:{moved.at.date()}"
        envelope = Envelope(key=key, kind="mentor_change", manager=mentor, audience="notice",
                            sender_name=config.from_name, to=pair.recruiter, reply_to=(config.address,))
        name = person(config, mentor)["name"]
        if queue_notice(store, config, env, "mentor_change", envelope, {
                "outcome": "moved", "mentor": name, "back": local_day(config, pair.recruiter, back),
                "was": checkin_time(config, pair.recruiter, mentor, planned.at),
                "moved_to": checkin_time(config, pair.recruiter, mentor, moved.at)}, now):
            store.event(now, "checkin_moved", f"{name} is away: the check-in with {pair.recruiter} of "
                                              f"{planned.at.isoformat()} moves to {moved.at.isoformat()}")
            queued.append(key)
    return queued
