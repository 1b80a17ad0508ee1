"""`mailer journal` (a recruiter's mentor journal) and `mailer mentors` (pairs, next check-ins, suggested mentors)."""

from __future__ import annotations

import argparse
from datetime import datetime
import sys

from mailer.cadences import mentor_said
from mailer.cli.status import table
from mailer.config.settings import Config
from mailer.mentoring.journal import FORMATS, render_journal
from mailer.mentoring.loop import FIGURES_WINDOW, snapshot
from mailer.mentoring.plan import PairView, checkin_slot
from mailer.mentoring.suggest import not_to_suggest, suggestions
from mailer.store import Store
from mailer.store.mentoring import MentorshipState
from mailer.typednames import person, split_pair


def add_parsers(sub, common: argparse.ArgumentParser, instant) -> None:
    """Register the commands on main's subparsers (`instant` reads --now like every command)."""
    journal = sub.add_parser("journal", parents=[common], help="a recruiter's mentor journal, newest first",
                             description="Every answer a recruiter's mentors gave to a check-in: date, mentor, "
                                         "question, answer (quoted text and signature removed).")
    journal.add_argument("recruiter", nargs="+", metavar="RECRUITER",
                         help="the recruiter's address, listed name or first name")
    # One value: with nargs="+" an option written before RECRUITER would swallow it.
    journal.add_argument("--mentor", metavar="MENTOR",
                         help="only this mentor's answers (address, listed name in quotes, or first name)")
    journal.add_argument("--format", choices=FORMATS, default="text", help="text (default), markdown or html")
    mentors = sub.add_parser("mentors", parents=[common], help="mentorships, next check-ins, suggested mentors",
                             description="Every mentorship with its state (ended or paused by the mentor, with the "
                                         "date), start, cadence, last check-in, last answer and next check-in in the "
                                         "mentor's time; then, per recruiter, suggested mentors: listed managers "
                                         "ranked by submissions in the last 90 days. Read from the state database.")
    mentors.add_argument("--now", type=instant, metavar="TIME", help="as of this time (ISO-8601, as for run)")
    mentors.add_argument("--restart", nargs="+", metavar="RECRUITER MENTOR",
                         help="restart the check-ins of a pair whose mentor ended them by answering 'stop' "
                              "(each an address, listed name or first name)")


def cmd_journal(args) -> int:
    from mailer.cli.actingconfig import acting_config
    config = acting_config(args)[0]
    typed = " ".join(args.recruiter)
    recruiter, meant = person(typed, {r.email: r.name for r in config.recruiters.values()})
    listed = recruiter is not None and config.recruiter(recruiter) is not None
    if not listed and (recruiter is None or not _has_journal(config, recruiter)):
        print(f"mailer journal: {typed} is not a listed recruiter"
              + (f"; did you mean {' or '.join(meant)}?" if meant else " (give an address or a listed name)"),
              file=sys.stderr)
        return 2
    if not listed:  # a recruiter who left: their mentors' answers are kept for whoever takes over
        print(f"mailer journal: {recruiter} is not a listed recruiter any more; their journal as kept",
              file=sys.stderr)
    mentor = None
    theirs = sorted({p.mentor for p in config.mentorships if p.recruiter == recruiter})
    typed_mentor = (args.mentor or "").strip()
    if typed_mentor:
        found, meant = person(typed_mentor, {m.email: m.name for m in config.managers})
        mentor = config.canonical_manager(found) if found else None
        if mentor is None or config.manager(mentor) is None:  # else an unknown mentor would read as "no answers yet"
            hint = f" (did you mean {' or '.join(meant)}?)" if meant else ""
            print(f"mailer journal: {typed_mentor} is not a listed manager{hint}; "
                  f"{_mentors(config, recruiter, theirs)}", file=sys.stderr)
            return 2
    store = Store(config.state, must_exist=True)
    try:
        entries = store.journal(recruiter, mentor)
    finally:
        store.close()
    if mentor and not entries and mentor not in theirs:
        # A listed manager who is someone else's mentor: "no answers yet" read as if they were this one's.
        print(f"mailer journal: {typed_mentor} is not a mentor of {_name(config, recruiter)}; "
              f"{_mentors(config, recruiter, theirs)}", file=sys.stderr)
        return 2
    names = {e.mentor: config.manager_name(e.mentor) for e in entries}
    zones = {e.mentor: config.calendar_for(e.mentor).tz for e in entries}
    sys.stdout.write(render_journal(entries, _name(config, recruiter), names, args.format, zones))
    return 0


def _mentors(config: Config, recruiter: str, mentors: list[str]) -> str:
    """"Rita Recruiter's mentors: Maria Manager (maria@acme.example)": either form is taken by --mentor."""
    listed = ", ".join(f"{config.manager_name(m)} ({m})" if config.manager_name(m) != m else m for m in mentors)
    return f"{_name(config, recruiter)}'s mentors: {listed or 'none'}"


def _has_journal(config: Config, recruiter: str) -> bool:
    store = Store(config.state, must_exist=True)
    try:
        return bool(store.journal(recruiter))
    finally:
        store.close()


def cmd_mentors(args) -> int:
    from mailer.cli.actingconfig import acting_config
    from mailer.cli.main import _local_time
    from mailer.clock import SystemClock
    config = acting_config(args)[0]
    store = Store(config.state, must_exist=True)
    now = _local_time(args.now, config) or SystemClock().now()
    try:
        if args.restart:
            return _restart(store, config, args.restart, now)
        print(mentors_text(store, config, now))
    finally:
        store.close()
    return 0


def _restart(store: Store, config: Config, words: list[str], now: datetime) -> int:
    pair = split_pair(words, {r.email: r.name for r in config.recruiters.values()},
                      {m.email: config.manager_name(m.email) for m in config.managers})
    if pair is None:
        print(f"mailer mentors: cannot tell a recruiter and a mentor in {' '.join(words)!r}: give the two "
              f"addresses, or quote names with spaces (--restart 'Rita Recruiter' 'Nadia Mentor')", file=sys.stderr)
        return 2
    recruiter, mentor = pair[0], config.canonical_manager(pair[1])
    if not any((p.recruiter, p.mentor) == (recruiter, mentor) for p in config.mentorships):
        print(f"mailer mentors: no mentorship in the config pairs {recruiter} with {mentor}; add them under "
              f"mentorships: first", file=sys.stderr)
        return 2
    with store.transaction():
        restarted = store.restart_mentorship(recruiter, mentor, now)
        if restarted:
            store.event(now, "mentor_restarted", f"{config.manager_name(mentor)}'s check-ins with {recruiter} "
                                                 f"restarted by ops (the mentor had ended them)")
    if not restarted:
        print(f"mailer mentors: {config.manager_name(mentor)} has not ended the check-ins with {recruiter}; "
              f"nothing to restart", file=sys.stderr)
        return 1
    print(f"Restarted: {config.manager_name(mentor)}'s check-ins with {_name(config, recruiter)} go on at the "
          f"cadence's next time ({mentors_next(store, config, recruiter, mentor, now)}).")
    return 0


def mentors_next(store: Store, config: Config, recruiter: str, mentor: str, now: datetime) -> str:
    snap = snapshot(store, config, now)
    pair = next(p for p in config.mentorships if (p.recruiter, p.mentor) == (recruiter, mentor))
    slot = checkin_slot(pair, snap.pairs.get((recruiter, mentor), PairView()), config, snap, now, upcoming=True)
    return _when(config, mentor, slot.at, hours=True) if slot else "-"


def pair_state(config: Config, row, pair, now: datetime) -> str:
    """The state column: the stored state, or what the mentor asked for (mailer/cadences.mentor_said)."""
    if row is None:
        return "to invite" if pair.invite else "starting"
    said = mentor_said(config, row, now)
    return said if row.state is MentorshipState.ENDED else f"{row.state.value}, {said}" if said else row.state.value


def removed_state(config: Config, row, now: datetime) -> str:
    """The state column of a stored pair the config no longer lists: ended, never "active". One the daemon has not
    yet seen removed (no pass since the edit) reads as it will: the next pass ends it (loop.sync_config)."""
    if row.state in (MentorshipState.ACTIVE, MentorshipState.INVITED):
        return "ended (removed from config)"
    said = mentor_said(config, row, now)
    return said if row.state is MentorshipState.ENDED and said else f"{row.state.value} (not in config)"


def _name(config: Config, address: str) -> str:
    recruiter = config.recruiters.get(address)
    return (recruiter.name if recruiter and recruiter.name else "") or config.manager_name(address)


def _when(config: Config, who: str, at: datetime | None, hours: bool = False) -> str:
    if at is None:
        return "-"
    # A time names its zone (the mentor's, as `mailer status` does): the reader may be elsewhere.
    return at.astimezone(config.calendar_for(who).tz).strftime("%a %d %b %H:%M %Z" if hours else "%a %d %b")


def mentors_text(store: Store, config: Config, now: datetime) -> str:
    """Every pair with state, start, last check-in, last answer and next check-in; then suggestions per recruiter."""
    snap = snapshot(store, config, now)
    rows = {(r.recruiter, r.mentor): r for r in store.mentorships()}
    lines = []
    for pair in config.mentorships:
        view = snap.pairs.get((pair.recruiter, pair.mentor), PairView())
        row = view.row
        state = pair_state(config, row, pair, now)
        upcoming = checkin_slot(pair, view, config, snap, now, upcoming=True)
        if row and row.state in (MentorshipState.DECLINED, MentorshipState.SILENT):
            upcoming = None
        lines.append([_name(config, pair.recruiter), config.manager_name(pair.mentor), state,
                      _when(config, pair.mentor, row.started_at if row else None), str(pair.every),
                      f"{_when(config, pair.mentor, row.last_checkin_at)} ({row.checkins_answered}/{row.checkins_sent} "
                      f"answered)" if row and row.checkins_sent else "-",
                      _when(config, pair.mentor, row.last_answer_at) if row else "-",
                      _when(config, pair.mentor, upcoming.at, hours=True) if upcoming else
                      "after a yes" if state in ("to invite", "invited") else "-"])  # as status says it
    for (recruiter, mentor), row in rows.items():
        if not any((p.recruiter, p.mentor) == (recruiter, mentor) for p in config.mentorships):
            lines.append([_name(config, recruiter), config.manager_name(mentor), removed_state(config, row, now),
                          _when(config, mentor, row.started_at), "-", _when(config, mentor, row.last_checkin_at),
                          _when(config, mentor, row.last_answer_at), "-"])
    header = ["recruiter", "mentor", "state", "since", "cadence", "last check-in", "last answer", "next check-in"]
    out = [table(lines, header) if lines else "No mentorships yet (add them under mentorships: in the config)."]
    window = store.submissions_since(now - FIGURES_WINDOW)
    without = []  # recruiters with no suggestion: one line for all, not an empty block each
    for recruiter in config.recruiters:
        taken = {p.mentor for p in config.mentorships if p.recruiter == recruiter} | \
            not_to_suggest(list(rows.values()), recruiter,
                           {(p.recruiter, p.mentor) for p in config.mentorships})
        ranked = suggestions(config, window, recruiter, taken)
        if not ranked:
            without.append(_name(config, recruiter))
            continue
        out.append(f"\nSuggested mentors for {_name(config, recruiter)} (listed managers you hire with most, "
                   f"last {FIGURES_WINDOW.days} days):")
        for number, s in enumerate(ranked[:5], 1):
            median = f"median first answer {s.median_hours:.1f} business hours" if s.median_hours is not None else \
                "no answer yet"
            out.append(f"  {number}. {config.manager_name(s.manager)} <{s.manager}>: {s.submissions} submission"
                       f"{'' if s.submissions == 1 else 's'}, {s.answered} answered, {median}")
    if without:
        out.append(f"\nNo mentor to suggest (no submissions in the last {FIGURES_WINDOW.days} days to listed "
                   f"managers who are not already their mentors): {', '.join(without)}")
    return "\n".join(out)


COMMANDS = {"journal": cmd_journal, "mentors": cmd_mentors}
