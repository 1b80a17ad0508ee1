"""Ops steer by command line: close a submission, forget a candidate, clear a failing address. Each change is
stored with an event, logged in one line, and confirmed by mail to the recruiters concerned (through the
outbox, so the running daemon sends it)."""

from __future__ import annotations

from datetime import datetime
import logging

import jinja2

from mailer.typednames import name_groups, similar_names
from mailer.compose import Envelope
from mailer.config.settings import Config
from mailer.errors import MailerError
from mailer.model import State, Submission, candidate_key as fold
from mailer.notices import queue_notice
from mailer.store import Store

log = logging.getLogger(__name__)


class NotFound(MailerError):
    """The submission or address named on the command line is not there; says what is."""


def find(store: Store, what: str) -> list[Submission]:
    """Open submissions named by `#12`/`12` (an id) or by the candidate's name (every manager it went to)."""
    text = what.strip().lstrip("#")
    if text.isdigit():
        sub = store.submission(int(text))
        if sub is None:
            raise NotFound(f"there is no submission #{text} (`mailer status` lists the open ones)")
        if sub.state is not State.OPEN:
            raise NotFound(f"#{sub.id} {sub.candidate} is already {sub.state.value}"
                           + (f" ({sub.decision})" if sub.decision else ""))
        return [sub]
    wanted = fold(what)
    found = [s for s in store.open_submissions() if fold(s.candidate) == wanted]
    if not found:
        similar = similar_names(what, sorted({s.candidate for s in store.open_submissions()}))
        raise NotFound(f"no open submission for {what!r}" + (f"; did you mean {', '.join(similar)}?" if similar else ""))
    return found


def find_all(store: Store, words: list[str]) -> list[Submission]:
    """The open submissions the command line's words name: ids, and names typed with or without quotes
    (`mailer forget Omar Haddad` is one candidate, not 'Omar' and 'Haddad')."""
    known = {fold(s.candidate) for s in store.open_submissions()}
    return [s for target in name_groups(words, known) for s in find(store, target)]


def close(store: Store, config: Config, env: jinja2.Environment, subs: list[Submission], by: str, now: datetime,
          action: str = "closed") -> list[str]:
    """Stop the follow-ups of these submissions; returns one line per submission, as logged."""
    decision = "forgotten" if action == "forgotten" else "closed"
    lines = []
    with store.transaction():
        for sub in subs:
            # The manager's own decision, if any, is what happened; ops only end the nudging.
            kept = sub.decision if sub.decision not in (None, "snooze", "reply") else decision
            store.decide(sub.id, State.CLOSED, kept)
            line = f"#{sub.id} {sub.candidate}: {action} by {by} (follow-ups to {config.manager_name(sub.manager, sub.manager_name)} stop)"
            store.event(now, "decision", line, sub.id)
            log.info("%s", line)
            lines.append(line)
        for recruiter in dict.fromkeys(s.recruiter for s in subs):
            mine = [s for s in subs if s.recruiter == recruiter]
            _confirm(store, config, env, recruiter, action, by, now, [
                f"{s.candidate} (to {config.manager_name(s.manager, s.manager_name)})" for s in mine],
                "mailer sends no more follow-ups about " + ("this candidate" if len(mine) == 1 else "these candidates"),
                [s.id for s in mine])
    return lines


def clear_address(store: Store, config: Config, env: jinja2.Environment, address: str, by: str,
                  now: datetime) -> str:
    """A failing address works again (the mailbox was fixed): follow-ups to it resume."""
    address = address.strip().lower()
    with store.transaction():
        if not store.clear_failing(address):
            failing = sorted(store.failing())
            raise NotFound(f"{address} is not marked failing"
                           + (f" (failing: {', '.join(failing)})" if failing else " (no address is)"))
        line = f"{address}: marked working again by {by}; follow-ups to it resume"
        store.event(now, "address_cleared", line)
        log.info("%s", line)
        waiting = store.open_submissions_of_manager(config.canonical_manager(address))
        for recruiter in dict.fromkeys((*(s.recruiter for s in waiting), *config.ops)):
            _confirm(store, config, env, recruiter, f"cleared the failing address {address}", by, now,
                     [f"{s.candidate} (to {config.manager_name(s.manager, s.manager_name)})"
                      for s in waiting if s.recruiter == recruiter] or [address],
                     "Follow-ups to this address resume on its owner's next business hours",
                     [s.id for s in waiting if s.recruiter == recruiter])
    return line


def _confirm(store: Store, config: Config, env: jinja2.Environment, to: str, action: str, by: str, now: datetime,
             lines: list[str], why: str, listing: list[int]) -> None:
    envelope = Envelope(key=f"ops:{action}:{to}:{now.isoformat()}:{','.join(map(str, listing))}", kind="ops_notice",
                        manager="", audience="notice", sender_name=config.from_name, to=to,
                        reply_to=(config.address,))
    queue_notice(store, config, env, "ops_notice", envelope,
                 {"action": action, "by": by, "lines": lines, "why": why, "thread_subject": ""}, now, listing)
