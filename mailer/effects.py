"""Verdict → state changes and answers: decisions, snoozes, absences, bounces, confirmations, help, status.

Runs inside the ingest transaction of the mail that caused it, so an effect and the record of the mail commit
together. Every mail it queues has a key derived from its cause, so it is queued at most once."""

from __future__ import annotations

import logging
import textwrap
from dataclasses import replace
from datetime import datetime

import jinja2

from mailer.reading.candidate import candidate_and_role, named_in, strip_noise
from mailer.reading.classify import Verdict
from mailer.reading.commands import HELP_TEXT, Command, gist
from mailer.reading.parse import message_ids, original_ids
from mailer.reading.sentences import display_name
from mailer.compose import Envelope, person, waited_text
from mailer.config.settings import Config
from mailer.mentoring.inbound import tell_moved_checkins
from mailer.model import Kind, Message, State, Submission, candidate_key
from mailer.absences import absence_grace, continues, pause_until
from mailer.otheraddress import tell_recruiters
from mailer.notices import address_failed, feedback_reported, queue_notice
from mailer.store import Store
from mailer.safety import is_public_mail_domain, loop_suspected
from mailer.workdays import business_time_between, next_open

log = logging.getLogger(__name__)

# verb → state after it
_MANAGER_DECISIONS = {"interview": State.ANSWERED, "pass": State.ANSWERED, "hold": State.ANSWERED, "hired": State.ANSWERED,
                      "not_mine": State.CLOSED, "stop": State.CLOSED}


class Effects:
    """What one incoming mail does, given the store (inside its transaction) and the time."""

    def __init__(self, store: Store, config: Config, env: jinja2.Environment, msg: Message, now: datetime):
        self.store, self.config, self.env, self.msg, self.now = store, config, env, msg, now
        # A Date header from the future (wrong clock) must not postpone anything; use when we saw it.
        self.when = min(msg.date, now) if msg.date else now

    # ---------------------------------------------------------------- helpers

    def notify(self, template: str, key: str, to: str, variables: dict, manager: str = "", cc: tuple[str, ...] = (),
               answering: bool = False, listing: list[int] | None = None) -> None:
        """Queue a mail to a person; `answering` threads it under the incoming mail."""
        ancestors = (*self.msg.references, self.msg.message_id) if answering and self.msg.message_id else ()
        variables = {"thread_subject": strip_noise(self.msg.subject), **variables}
        envelope = Envelope(key=key, kind=template, manager=manager, audience="notice",
                            sender_name=self.config.from_name, to=to, cc=cc, reply_to=(self.config.address,),
                            ancestors=tuple(a for a in ancestors if a))
        queue_notice(self.store, self.config, self.env, template, envelope, variables, self.now, listing)

    def answer(self, template: str, variables: dict) -> None:
        """The single automatic answer an incoming mail may get; none when the sender seems to be a loop."""
        limit = self.config.limits.answers_in_a_row
        if loop_suspected(self.store, self.msg.sender.email, self.msg.key, limit, self.now):
            self.event("loop", f"no {template} answer to {self.msg.sender.email}: their last {limit} mails "
                               f"were all answered (limits.answers_in_a_row), likely an automatic responder")
            log.warning("not answering %s [%s]: %d answers in a row already", self.msg.sender.email,
                        self.msg.key, limit)
            self.store.mark_loop(self.msg.key)
            return
        self.notify(template, f"answer:{self.msg.key}", self.msg.sender.email, variables, answering=True)

    def event(self, kind: str, detail: str, submission_id: int | None = None) -> None:
        self.store.event(self.now, kind, detail, submission_id)

    def decision_line(self, sub: Submission, what: str) -> None:
        """Every decision in one log line: `#12 Jane Doe: pass by maria@… [message key]`."""
        log.info("#%d %s: %s by %s [%s]", sub.id, sub.candidate, what, self.msg.sender.email, self.msg.key)

    def subs(self, ids) -> list[Submission]:
        return [s for s in (self.store.submission(i) for i in ids) if s is not None]

    # ---------------------------------------------------------------- per kind

    def submission(self, v: Verdict) -> None:
        msg, config = self.msg, self.config
        candidate, role = v.reading or candidate_and_role(msg.subject, msg.attachments, config.candidate_patterns)
        named = candidate not in (" ".join(strip_noise(msg.subject).split()), "(no subject)")  # not the subject as-is
        for manager, name in zip(v.managers, v.manager_names or ("",) * len(v.managers)):
            earlier = (self.store.open_submission_of(manager, candidate_key(candidate)) if named else
                       named_in(msg.subject, self.store.open_submissions_of_manager(manager)))
            if earlier is not None:
                # Sent again (an updated CV, a reminder): one candidate, one ladder; a reply to either mail counts.
                if msg.message_id and earlier.message_id:
                    self.store.add_alias(msg.message_id, earlier.message_id)
                self.event("resent", f"{candidate} → {config.manager_name(manager, name)} again; kept with #{earlier.id}",
                           earlier.id)
                continue
            sub_id = self.store.add_submission(msg.key, manager, v.recruiter, candidate, role, msg.subject,
                                               msg.message_id, msg.references, self.when, name, msg.attachments)
            if sub_id is not None:
                self.event("submission", f"{candidate} → {config.manager_name(manager, name)} (from {v.recruiter})", sub_id)
                log.info("submission #%d %s → %s from %s [%s]", sub_id, candidate, manager, v.recruiter, msg.key)
        self.tell_refused(v)
        if v.bcc:
            log.info("submission %s came by BCC: the manager's reply counts only if it reaches mailer (reply-all, or "
                     "the recruiter forwards it)", msg.key)

    def tell_refused(self, v: Verdict) -> None:
        """Addresses in To that cannot become managers: the recruiter is told once, for this mail."""
        if not v.refused or not v.recruiter:
            return
        tracked = [self.config.manager_name(m, n) for m, n in zip(v.managers, v.manager_names or ("",) * len(v.managers))]
        too_many = not v.managers and len(v.refused) > self.config.limits.managers_per_submission
        reason = (f"one submission may go to at most {self.config.limits.managers_per_submission} managers"
                  if too_many else "they are not hiring managers I know")
        shown = list(v.refused[:20]) + ([f"and {len(v.refused) - 20} more"] if len(v.refused) > 20 else [])
        self.event("refused", f"{self.msg.subject}: not followed up with {', '.join(v.refused[:10])}: {reason}")
        self.notify("ignored_managers", f"refused:{self.msg.key}", v.recruiter,
                    {"addresses": shown, "reason": reason, "tracked": tracked,
                     "domains": sorted(self.config.company_domains) if self.config.unknown_managers == "track" else []},
                    answering=True)

    def reply(self, v: Verdict) -> None:
        """A manager (or their delegate, or a recruiter forwarding them) answered."""
        listed = self.subs(v.answers)
        problem = v.problem
        if not problem and len(listed) > 1 and v.commands and not any(c.item for c in v.commands):
            # "yes" to a list of several candidates: which one? Never decide them all on a guess.
            problem = (f"your mail listed {len(listed)} candidates; number them, e.g. "
                       f"\"1 {v.commands[0].verb.replace('_', ' ')}, 2 pass\"")
        if problem:  # a command we could not read changes nothing: the help reply asks again
            self.answer("help", {"problem": problem, "help": HELP_TEXT["manager"]})
            return
        if self.msg.sender.email in (s.manager for s in listed):  # the manager in person, not a delegate
            if self.store.end_pause(self.msg.sender.email, self.now):
                self.event("back", f"{self.config.manager_name(self.msg.sender.email)} wrote in: absence over")
            self.store.clear_failing(self.msg.sender.email)  # they wrote to us: the address works again
        numbered = [c.item for c in v.commands if c.item]
        # "1 yes, 2 pass" answers candidates 1 and 2; an unmentioned 3 keeps waiting (and being nudged).
        subs = [listed[i - 1] for i in dict.fromkeys(numbered) if i <= len(listed)] if numbered else listed
        for sub in subs:
            business = business_time_between(self.config.calendar_for(sub.manager), sub.submitted_at, self.when)
            if self.store.record_answer(sub.id, self.when, business, self.msg.key, v.reply_text[:2000]):
                self.event("answered", f"{self.config.manager_name(sub.manager, sub.manager_name)} answered on {sub.candidate} after "
                                       f"{business.total_seconds() / 3600:.1f} business hours", sub.id)
            if not v.commands and sub.decision in (None, "snooze"):
                self.store.decide(sub.id, State.ANSWERED, "reply")  # free text is an answer too
                log.info("#%d %s: answered by %s, no decision (%s) [%s]", sub.id, sub.candidate, self.msg.sender.email,
                         textwrap.shorten(v.reply_text or "", 60, placeholder="…"), self.msg.key)
        done = [line for cmd in v.commands for line in self.manager_command(cmd, listed)]
        if done:
            self.answer("confirm", {"done": done})

    def manager_command(self, cmd: Command, subs: list[Submission]) -> list[str]:
        targets = [subs[cmd.item - 1]] if cmd.item and cmd.item <= len(subs) else subs
        lines = []
        for sub in targets:
            if cmd.verb == "snooze":
                until = self.snooze(sub, cmd)
                lines.append(f"{sub.candidate}: snoozed until {until}")
                self.decision_line(sub, f"snoozed until {until} {self.config.calendar_for(sub.manager).tz.key}")
            elif cmd.verb in _MANAGER_DECISIONS:
                self.decision_line(sub, cmd.verb.replace("_", " ") + (f" ({cmd.comment})" if cmd.comment else ""))
                self.store.decide(sub.id, _MANAGER_DECISIONS[cmd.verb], cmd.verb)
                lines.append(f"{sub.candidate}: {cmd.verb.replace('_', ' ')}")
                if cmd.verb == "not_mine":
                    self.notify("not_mine_notice", f"notmine:{sub.id}", sub.recruiter,
                                {"manager": self.config.manager_name(sub.manager, sub.manager_name), "candidate": sub.candidate,
                                 "comment": cmd.comment, "thread_subject": sub.subject}, manager=sub.manager)
            self.event("decision", f"{self.config.manager_name(sub.manager, sub.manager_name)} on {sub.candidate}: "
                                   f"{cmd.verb.replace('_', ' ')}", sub.id)
        return lines

    def snooze(self, sub: Submission, cmd: Command, reader: str = "") -> str:
        """Hold the follow-ups until the next business hour after the snooze; they then start over with a
        gentle first nudge, not the next rung. Returns when, in the manager's local time (with the zone when
        `reader` lives in another)."""
        until = next_open(self.config.calendar_for(sub.manager), cmd.until)
        self.store.decide(sub.id, State.OPEN, "snooze", until)
        self.store.restart_ladder(sub.id)
        return _local(self.config, sub.manager, until, reader=reader or sub.manager)

    def command(self, v: Verdict) -> None:
        """A recruiter steering mailer."""
        if v.problem:
            self.answer("help", {"problem": v.problem, "help": HELP_TEXT["recruiter"]})
            return
        done: list[str] = []
        for cmd in v.commands:
            if cmd.verb == "status":
                self.answer("status_report", self.status_variables())
                return
            if cmd.verb == "forget":
                wanted = candidate_key(cmd.argument.strip().strip("\"'“”‘’"))
                mine = self.store.open_submissions_of_recruiter(self.msg.sender.email)
                targets = [s for s in mine if candidate_key(s.candidate) == wanted]  # to every manager it went to
                if not targets:
                    similar = [s.candidate for s in mine if wanted and wanted in candidate_key(s.candidate)]
                    problem = (f"you have no open submission for exactly '{cmd.argument}'"
                               + (f" (did you mean {', '.join(dict.fromkeys(similar))}?)" if similar else ""))
                    self.answer("help", {"problem": problem, "help": HELP_TEXT["recruiter"]})
                    return
            else:
                targets = [s for s in self.subs(v.answers) if s.state is State.OPEN or cmd.verb != "snooze"]
                if not self.msg.thread_ids or not targets:
                    self.answer("help", {"problem": f"'{cmd.verb}' works in reply to a candidate's thread",
                                         "help": HELP_TEXT["recruiter"]})
                    return
            for sub in targets:
                if cmd.verb == "snooze":
                    done.append(f"{sub.candidate}: follow-ups snoozed until "
                                f"{self.snooze(sub, cmd, reader=self.msg.sender.email)}")
                else:
                    # The manager's own decision, if any, is what happened; the recruiter only ends the nudging.
                    decision = sub.decision if sub.decision not in (None, "snooze") else (
                        "forgotten" if cmd.verb == "forget" else cmd.verb)
                    self.store.decide(sub.id, State.CLOSED, decision)
                    done.append(f"{sub.candidate}: follow-ups stopped ({decision})")
                self.event("decision", f"{self.msg.sender.email} on {sub.candidate}: {cmd.verb}", sub.id)
                self.decision_line(sub, cmd.verb)
        if done:
            self.answer("confirm", {"done": done})

    def status_variables(self) -> dict:
        recruiter = self.msg.sender.email
        groups: dict[str, list[dict]] = {}
        pauses, failing = self.store.pauses(), self.store.failing()
        for sub in self.store.open_submissions_of_recruiter(recruiter):
            cal = self.config.calendar_for(sub.manager)
            note = ("address failing" if sub.manager in failing else
                    f"away until {_local(self.config, sub.manager, pauses[sub.manager], reader=recruiter)}"
                    if pauses.get(sub.manager) and pauses[sub.manager] > self.now else
                    f"snoozed until {_local(self.config, sub.manager, sub.snoozed_until, reader=recruiter)}"
                    if sub.snoozed_until and sub.snoozed_until > self.now else "")
            groups.setdefault(self.config.manager_name(sub.manager, sub.manager_name), []).append({
                "candidate": sub.candidate, "role": sub.role, "note": note,
                "waited": waited_text(business_time_between(cal, sub.submitted_at, self.now), cal.day_hours)})
        return {"groups": [{"manager": m, "candidates": items} for m, items in sorted(groups.items())],
                "answered": [{"candidate": s.candidate, "decision": s.decision or s.state.value,
                              "reply_text": _gist(s.reply_text, s.decision)}
                             for s in self.store.recent_answers(recruiter, limit=10)]}

    def auto_reply(self, v: Verdict) -> None:
        """Out of office pauses the manager's nudges; the recruiters are told once per absence."""
        manager = self.config.canonical_manager(self.msg.sender.email)
        if self.config.manager(manager) is None and not v.answers:
            return
        cal = self.config.calendar_for(manager)
        unproven = self.config.trust.method == "unauthenticated"
        # Unproven, anyone could have written it: a short pause at most, and nobody named as a stand-in.
        until = pause_until(cal, self.now, v.return_date, self.config.replies.ooo_default_pause,
                            self.config.trust.unauthenticated_pause if unproven else None)
        delegate = v.delegate if v.delegate and not unproven and self.plausible_delegate(v.delegate, manager) else None
        if v.delegate and not delegate:
            log.info("ignoring delegate %s named by %s: not at a domain of ours", v.delegate, manager)
        v = replace(v, delegate=delegate)
        latest = self.store.latest_absence(manager)
        waiting = self.store.open_submissions_of_manager(manager)
        name = self.config.manager_name(manager, waiting[0].manager_name if waiting else "")
        grace = absence_grace(self.config.replies.ooo_default_pause,
                              [s.after for s in self.config.followups.steps if s.to == "manager"])
        if continues(latest, cal, self.now, grace):  # one absence: the pause runs on, nobody told twice
            self.store.extend_pause(latest.id, until, v.delegate)
            log.info("%s (%s) is still away: the absence since %s runs on until %s", manager, self.msg.message_id,
                     latest.since.isoformat(), max(until, latest.until).isoformat())
            # A recruiter whose candidate came in during the absence has not heard of it yet: told now, once.
            self.tell_away(latest.id, name, manager, v, max(until, latest.until), waiting, offered=False)
            tell_moved_checkins(self.store, self.config, self.env, manager, latest.id, self.now)
            return
        pause_id = self.store.add_pause(manager, self.now, until, "out of office", v.delegate, self.msg.key)
        self.event("paused", f"{name} is away; follow-ups resume "
                             f"{_local(self.config, manager, until)}" + (f" (delegate {v.delegate})" if v.delegate else ""))
        offered = bool(v.delegate and self.config.replies.offer_to_delegate and waiting)
        if offered:
            self.offer_to_delegate(v.delegate, name, manager, pause_id, waiting)
        self.tell_away(pause_id, name, manager, v, until, waiting, offered)
        tell_moved_checkins(self.store, self.config, self.env, manager, pause_id, self.now)

    def tell_away(self, pause_id: int, name: str, manager: str, v: Verdict, until: datetime,
                  waiting: list[Submission], offered: bool) -> None:
        """Each recruiter with a candidate waiting on the absent manager, once per absence (the key)."""
        for recruiter in dict.fromkeys(s.recruiter for s in waiting):
            self.notify("ooo_notice", f"ooo:{pause_id}:{recruiter}", recruiter, {
                "manager": name, "delegate": v.delegate, "offered": offered,
                "until": v.return_date.strftime("%a %d %b") if v.return_date else "",
                "resume": _local(self.config, manager, until, reader=recruiter),
                "candidates": [s.candidate for s in waiting if s.recruiter == recruiter]}, manager=manager,
                listing=[s.id for s in waiting if s.recruiter == recruiter])  # "stop" in reply then applies to them

    def offer_to_delegate(self, delegate: str, name: str, manager: str, pause_id: int,
                          waiting: list[Submission]) -> None:
        """The stand-in gets what they need to answer without the manager: role, recruiter, when it was sent,
        the original subject and résumé, in the thread of the first candidate's mail (References)."""
        cal = self.config.calendar_for(manager)
        first = waiting[0]
        candidates = [{"candidate": s.candidate, "role": s.role,
                       "recruiter": self.config.recruiters[s.recruiter].name if s.recruiter in self.config.recruiters
                       and self.config.recruiters[s.recruiter].name else s.recruiter,
                       "submitted": s.submitted_at.astimezone(cal.tz).strftime("%a %d %b %Y"),
                       "subject": strip_noise(s.subject) or s.subject,
                       "resume": ", ".join(a for a in s.attachments) or ""} for s in waiting]
        known_as = display_name(self.msg.body_text, delegate)
        envelope = Envelope(key=f"delegate:{pause_id}", kind="delegate_offer", manager=manager, audience="notice",
                            sender_name=self.config.from_name, to=delegate, to_name=known_as,
                            reply_to=(self.config.address,),
                            ancestors=tuple(a for a in (*first.references, first.message_id) if a))
        queue_notice(self.store, self.config, self.env, "delegate_offer", envelope, {
            "manager": name, "candidates": candidates, "thread_subject": strip_noise(first.subject),
            "recipient": person(self.config, delegate, known_as)}, self.now, [s.id for s in waiting])

    def plausible_delegate(self, address: str, manager: str) -> bool:
        """A stand-in may answer for the manager, so only colleagues qualify: someone listed, or an address at
        a company domain (or the manager's own, mailer's, a recruiter domain), never at a public mail
        provider's domain, never mailer itself."""
        domain = address.rpartition("@")[2]
        if self.config.is_own_address(address) or is_public_mail_domain(domain):
            return False
        if self.config.manager(address) is not None or address in self.config.recruiters:
            return True
        ours = {manager.rpartition("@")[2], self.config.domain, *self.config.recruiter_domains,
                *self.config.company_domains}
        return domain in ours

    def bounce(self, v: Verdict) -> None:
        found = v.bounce
        original = message_ids(found.original_message_id)
        row = self.store.outbox_by_message_id(original[0]) if original else None
        if not found.permanent or row is None:
            self.event("bounce", f"{'permanent' if found.permanent else 'temporary'} bounce "
                                 f"{', '.join(sorted(found.addresses)) or '(no address)'}"
                                 + ("" if row else " (not about mailer's mail)"))
            return
        ours = {r.lower() for r in row.recipients if r.lower() != self.config.address}
        reason = found.diagnostic or f"the receiving server refused it ({found.rule})"
        failed = sorted(a.lower() for a in found.addresses if a.lower() in ours)
        if not failed:  # the report names none of this mail's recipients: record it, blame nobody
            self.event("bounce", f"permanent bounce for {', '.join(sorted(found.addresses)) or '(no address)'} "
                                 f"about {row.subject}; none of its recipients named")
        for address in failed:
            address_failed(self.store, self.config, self.env, row, address, reason, self.now)

    def complaint(self, v: Verdict) -> None:
        """A feedback report: the complaining recipient gets no more mail; never anyone's answer."""
        found = v.complaint
        original = message_ids(found.original_message_id)
        row = self.store.outbox_by_message_id(original[0]) if original else None
        if row is None:  # like a bounce, a report counts only about mail mailer sent (it may be forged)
            self.event("complaint", f"{found.feedback_type} feedback report about mail mailer did not send")
            return
        ours = {r.lower() for r in row.recipients if r.lower() != self.config.address}
        named = (set(found.addresses) & ours) or (ours if not found.addresses else set())
        if not named:
            self.event("complaint", f"{found.feedback_type} feedback report about {row.subject} naming none of "
                                    f"its recipients")
            return
        feedback_reported(self.store, self.config, self.env, row, found, sorted(named), self.msg.sender.email,
                          self.now)

    def own(self, v: Verdict) -> None:
        msg = self.msg
        originals = original_ids(msg)
        for original in originals:
            if msg.message_id and original != msg.message_id:
                self.store.add_alias(msg.message_id, original)  # a relay rewrote our Message-ID
        for mid in (*originals, msg.message_id):
            if mid and self.store.confirm_delivered(mid, self.now):
                log.info("delivery of %s confirmed by its copy", mid)

    def other_reply(self, v: Verdict) -> None:
        """In a tracked thread, not from its manager: never counted; maybe the manager's other address."""
        if not v.speaker:  # the submitting recruiter's own words in the thread are theirs, not a stranger's
            tell_recruiters(self.store, self.config, self.env, self.msg, self.now, v.sender_proven)

    def apply(self, v: Verdict) -> None:
        handler = {Kind.SUBMISSION: self.submission, Kind.REPLY: self.reply, Kind.COMMAND: self.command,
                   Kind.AUTO_REPLY: self.auto_reply, Kind.BOUNCE: self.bounce, Kind.OWN: self.own,
                   Kind.COMPLAINT: self.complaint, Kind.OTHER_REPLY: self.other_reply}.get(v.kind)
        if handler is not None:
            handler(v)
        elif v.kind is Kind.IGNORED:
            self.tell_refused(v)
            self.event("ignored", f"'{self.msg.subject}' from {self.msg.sender.email}: {v.reason}")
            log.info("ignored %s: %s", self.msg.key, v.reason)
        else:
            log.debug("%s: %s [%s]", v.kind.value, v.reason, self.msg.key)


def _gist(reply_text: str | None, decision: str | None) -> str:
    """The substance of the manager's words: without greeting and sign-off, shortened at a word; "" when it
    only repeats the decision ("Interview")."""
    said = gist(reply_text or "", 160)
    return "" if candidate_key(said).strip(" .!") == (decision or "").replace("_", " ") else said


def _local(config: Config, who: str, when: datetime | None, reader: str = "") -> str:
    """`when` in `who`'s local time; with the zone's name when the `reader` lives in another zone."""
    if when is None:
        return ""
    tz = config.calendar_for(who).tz
    text = when.astimezone(tz).strftime("%a %d %b %H:%M")
    return text + (f" {tz.key}" if reader and config.calendar_for(reader).tz.key != tz.key else "")
