"""An out-of-office notice's effects: the manager's nudges paused, each recruiter told once per absence, a named
stand-in offered the waiting candidates. Part of Effects (effects.py), inside the same ingest transaction."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from mailer.absences import absence_grace, continues, first_day_back, pause_until, resume_cap
from mailer.compose import Envelope, person
from mailer.config.settings import Config
from mailer.mentoring.inbound import tell_moved_checkins
from mailer.model import Submission
from mailer.notices import queue_notice
from mailer.reading.candidate import strip_noise
from mailer.reading.classify import Verdict
from mailer.reading.sentences import display_name
from mailer.safety import is_public_mail_domain

if TYPE_CHECKING:
    from mailer.effects import Effects

log = logging.getLogger(__name__)


def away(fx: Effects, v: Verdict) -> None:
    """Out of office pauses the manager's nudges; the recruiters are told once per absence."""
    manager = fx.config.canonical_manager(fx.msg.sender.email)
    if fx.config.manager(manager) is None and not v.answers:
        return
    cal = fx.config.calendar_for(manager)
    unproven = fx.config.trust.method == "unauthenticated"
    # Unproven, anyone could have written it: a short pause at most, and nobody named as a stand-in.
    cap = fx.config.trust.unauthenticated_pause if unproven else None
    until = pause_until(cal, fx.now, v.return_date, fx.config.replies.ooo_default_pause, cap)
    capped = resume_cap(cal, fx.now, v.return_date, fx.config.replies.ooo_default_pause, cap)
    delegate = v.delegate if v.delegate and not unproven and plausible_delegate(fx, v.delegate, manager) else None
    if v.delegate and not delegate:
        log.info("ignoring delegate %s named by %s: not at a domain of ours", v.delegate, manager)
    v = replace(v, delegate=delegate)
    latest = fx.store.latest_absence(manager)
    waiting = fx.store.open_submissions_of_manager(manager)
    name = fx.config.manager_name(manager, waiting[0].manager_name if waiting else "")
    grace = absence_grace(fx.config.replies.ooo_default_pause,
                          [s.after for s in fx.config.followups.steps if s.to == "manager"])
    if continues(latest, cal, fx.now, grace):  # one absence: the pause runs on, nobody told twice
        fx.store.extend_pause(latest.id, until, v.delegate)
        log.info("%s (%s) is still away: the absence since %s runs on until %s", manager, fx.msg.message_id,
                 latest.since.isoformat(), max(until, latest.until).isoformat())
        # A recruiter whose candidate came in during the absence has not heard of it yet: told now, once.
        tell_away(fx, latest.id, name, manager, v, max(until, latest.until), waiting, offered=False,
                  capped=capped if until >= latest.until else "")
        tell_moved_checkins(fx.store, fx.config, fx.env, manager, latest.id, fx.now)
        return
    pause_id = fx.store.add_pause(manager, fx.now, until, "out of office", v.delegate, fx.msg.key)
    fx.event("paused", f"{name} is away; follow-ups resume "
                         f"{local_time(fx.config, manager, until)}" + (f" (delegate {v.delegate})" if v.delegate else ""))
    offered = bool(v.delegate and fx.config.replies.offer_to_delegate and waiting)
    if offered:
        offer_to_delegate(fx, v.delegate, name, manager, pause_id, waiting)
    tell_away(fx, pause_id, name, manager, v, until, waiting, offered, capped)
    tell_moved_checkins(fx.store, fx.config, fx.env, manager, pause_id, fx.now)


def tell_away(fx: Effects, pause_id: int, name: str, manager: str, v: Verdict, until: datetime,
              waiting: list[Submission], offered: bool, capped: str = "") -> None:
    """Each recruiter with a candidate waiting on the absent manager, once per absence (the key). `until`: the
    manager's first business day back (never a weekend day); `capped`: why the follow-ups resume before it
    (absences.resume_cap), told in plain words."""
    back = first_day_back(fx.config.calendar_for(manager), v.return_date) if v.return_date else None
    for recruiter in dict.fromkeys(s.recruiter for s in waiting):
        fx.notify("ooo_notice", f"ooo:{pause_id}:{recruiter}", recruiter, {
            "manager": name, "delegate": v.delegate, "offered": offered, "capped": capped,
            "until": back.strftime("%a %d %b") if back else "",
            "resume": local_time(fx.config, manager, until, reader=recruiter),
            "candidates": [s.candidate for s in waiting if s.recruiter == recruiter]}, manager=manager,
            listing=[s.id for s in waiting if s.recruiter == recruiter])  # "stop" in reply then applies to them


def offer_to_delegate(fx: Effects, delegate: str, name: str, manager: str, pause_id: int,
                      waiting: list[Submission]) -> None:
    """The stand-in gets what they need to answer without the manager: role, recruiter, when it was sent,
    the original subject and résumé, in the thread of the first candidate's mail (References)."""
    cal = fx.config.calendar_for(manager)
    first = waiting[0]
    candidates = [{"candidate": s.candidate, "role": s.role,
                   "recruiter": fx.config.recruiters[s.recruiter].name if s.recruiter in fx.config.recruiters
                   and fx.config.recruiters[s.recruiter].name else s.recruiter,
                   "submitted": s.submitted_at.astimezone(cal.tz).strftime("%a %d %b %Y"),
                   "subject": strip_noise(s.subject) or s.subject,
                   "resume": ", ".join(a for a in s.attachments) or ""} for s in waiting]
    known_as = display_name(fx.msg.body_text, delegate)
    envelope = Envelope(key=f"delegate:{pause_id}", kind="delegate_offer", manager=manager, audience="notice",
                        sender_name=fx.config.from_name, to=delegate, to_name=known_as,
                        reply_to=(fx.config.address,),
                        ancestors=tuple(a for a in (*first.references, first.message_id) if a))
    queue_notice(fx.store, fx.config, fx.env, "delegate_offer", envelope, {
        "manager": name, "candidates": candidates, "thread_subject": strip_noise(first.subject),
        "recipient": person(fx.config, delegate, known_as)}, fx.now, [s.id for s in waiting])


def plausible_delegate(fx: Effects, address: str, manager: str) -> bool:
    """A stand-in may answer for the manager, so only colleagues qualify: someone listed, or an address at
    a company domain (or the manager's own, mailer's, a recruiter domain), never at a public mail
    provider's domain, never mailer itself."""
    domain = address.rpartition("@")[2]
    if fx.config.is_own_address(address) or is_public_mail_domain(domain):
        return False
    if fx.config.manager(address) is not None or address in fx.config.recruiters:
        return True
    ours = {manager.rpartition("@")[2], fx.config.domain, *fx.config.recruiter_domains,
            *fx.config.company_domains}
    return domain in ours


def local_time(config: Config, who: str, when: datetime | None, reader: str = "") -> str:
    """`when` in `who`'s local time; with the zone's name when the `reader` lives in another zone."""
    if when is None:
        return ""
    tz = config.calendar_for(who).tz
    text = when.astimezone(tz).strftime("%a %d %b %H:%M")
    return text + (f" {tz.key}" if reader and config.calendar_for(reader).tz.key != tz.key else "")
