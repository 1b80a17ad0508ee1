"""Verdict → state changes and answers: decisions, snoozes, bounces, confirmations, help, status; submissions
(newsubmission.py) and absences (outofoffice.py) in their own modules.

Runs inside the ingest transaction of the mail that caused it, so an effect and the record of the mail commit
together. Every mail it queues has a key derived from its cause, so it is queued at most once."""

from __future__ import annotations

import logging
import textwrap
from datetime import datetime

import jinja2

from mailer.reading.candidate import strip_noise
from mailer.reading.classify import Verdict
from mailer.reading.commands import HELP_TEXT, Command, gist
from mailer.reading.parse import message_ids, original_ids
from mailer.reading.threadindex import conversation_key
from mailer.compose import Envelope, waited_text
from mailer.config.settings import Config
from mailer.model import Kind, Message, State, Submission, candidate_key
from mailer.newsubmission import record_submission, tell_refused
from mailer.otheraddress import tell_recruiters
from mailer.outofoffice import away, local_time
from mailer.notices import address_failed, feedback_reported, queue_notice
from mailer.store import Store
from mailer.safety import loop_suspected
from mailer.workdays import business_time_between, next_open

log = logging.getLogger(__name__)

# verb → state after it
_MANAGER_DECISIONS = {"interview": State.ANSWERED, "pass": State.ANSWERED, "hold": State.ANSWERED, "hired": State.ANSWERED,
                      "not_mine": State.CLOSED, "stop": State.CLOSED}
_SETTLED = {"interview", "pass", "hired"}  # decisions a later snooze leaves standing


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
        record_submission(self, v)

    def tell_refused(self, v: Verdict) -> None:
        tell_refused(self, v)

    def reply(self, v: Verdict) -> None:
        """A manager (or their delegate, or a recruiter forwarding them) answered."""
        listed = self.subs(v.answers)
        problem = v.problem
        if not problem and len(listed) > 1 and v.commands and not any(c.item for c in v.commands) \
                and not all(c.verb == "snooze" for c in v.commands):
            # "yes" to a list of several candidates: which one? Never decide them all on a guess. A bare snooze
            # ("remind me after the 20th") holds them all, as a note in words answers them all.
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
            if self.store.record_answer(sub.id, self.when, business, self.msg.key, v.reply_text[:2000], self.now):
                self.event("answered", f"{self.config.manager_name(sub.manager, sub.manager_name)} answered on {sub.candidate} after "
                                       f"{business.total_seconds() / 3600:.1f} business hours", sub.id)
            if not v.commands and sub.decision in (None, "snooze"):
                self.store.decide(sub.id, State.ANSWERED, "reply", by_manager_at=self.when, read_at=self.now)  # words too
                log.info("#%d %s: answered by %s, no decision (%s) [%s]", sub.id, sub.candidate, self.msg.sender.email,
                         textwrap.shorten(v.reply_text or "", 60, placeholder="…"), self.msg.key)
        done = [line for cmd in v.commands for line in self.manager_command(cmd, listed)]
        if done:
            self.answer("confirm", {"done": done})

    def manager_command(self, cmd: Command, subs: list[Submission]) -> list[str]:
        targets = [subs[cmd.item - 1]] if cmd.item and cmd.item <= len(subs) else subs
        lines = []
        for sub in targets:
            if sub.state is State.CLOSED and cmd.verb != "snooze":
                # Closed (the recruiter's stop or forget, the manager's not mine): a decision must not reopen it as
                # answered with no answer time, nor tell the recruiter's digest about a candidate they let go.
                lines.append(f"{sub.candidate}: nothing to decide, its follow-ups were stopped "
                             f"({sub.decision or sub.state.value})")
                continue
            if cmd.verb == "snooze" and (sub.state is State.CLOSED or sub.decision in _SETTLED):
                # Closed, or decided (interview, pass, hired): a snooze must not restart the nudging nor erase the
                # decision ("interview", then "remind me next week" about the scheduling). One answered in words
                # or put on hold may be snoozed: the manager asks to be reminded of one they answered "let me think".
                lines.append(f"{sub.candidate}: no follow-ups to snooze ({sub.decision or sub.state.value})")
                continue
            if cmd.verb == "snooze":
                until = self.snooze(sub, cmd)
                lines.append(f"{sub.candidate}: snoozed until {until}")
                self.decision_line(sub, f"snoozed until {until} {self.config.calendar_for(sub.manager).tz.key}")
            elif cmd.verb in _MANAGER_DECISIONS:
                self.decision_line(sub, cmd.verb.replace("_", " ") + (f" ({cmd.comment})" if cmd.comment else ""))
                self.store.decide(sub.id, _MANAGER_DECISIONS[cmd.verb], cmd.verb, by_manager_at=self.when,
                                  read_at=self.now)
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
        return local_time(self.config, sub.manager, until, reader=reader or sub.manager)

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
                # Outlook between Exchange users may send Thread-Index alone: its conversation is the thread.
                if not (self.msg.thread_ids or conversation_key(self.msg)) or not targets:
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
                    f"away until {local_time(self.config, sub.manager, pauses[sub.manager], reader=recruiter)}"
                    if pauses.get(sub.manager) and pauses[sub.manager] > self.now else
                    f"snoozed until {local_time(self.config, sub.manager, sub.snoozed_until, reader=recruiter)}"
                    if sub.snoozed_until and sub.snoozed_until > self.now else "")
            groups.setdefault(self.config.manager_name(sub.manager, sub.manager_name), []).append({
                "candidate": sub.candidate, "role": sub.role, "note": note,
                "waited": waited_text(business_time_between(cal, sub.submitted_at, self.now), cal.day_hours)})
        return {"groups": [{"manager": m, "candidates": items} for m, items in sorted(groups.items())],
                "answered": [{"candidate": s.candidate, "decision": s.decision or s.state.value,
                              "reply_text": _gist(s.reply_text, s.decision)}
                             for s in self.store.recent_answers(recruiter, limit=10)]}

    def auto_reply(self, v: Verdict) -> None:
        away(self, v)

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
        reason = found.diagnostic  # the server's own words; never the name of the rule that read the report
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

