"""Stored state + now → mentoring/plan → compose → outbox: invitations, check-ins and silence notices, each queued
once under its key, in the same transaction as the state change it causes (invited, slot used, told)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
import logging

import jinja2

from mailer.compose import Envelope, compose_notice, person, waited_text
from mailer.config.mentorships import Mentorship
from mailer.config.settings import Config
from mailer.digestplan import next_due
from mailer.model import OutgoingMail
from mailer.mentoring.checkintext import Handled, answered_today, figures_at, figures_news, worth_thanks
from mailer.mentoring.plan import (MentorDue, MentorSnapshot, PairView, config_changes, due, escalation_mentors,
                                   upcoming)
from mailer.mentoring.schedule import due_slot
from mailer.notices import queue_notice
from mailer.policy import Snapshot, next_step, recipient
from mailer.store import Store

log = logging.getLogger(__name__)

FIGURES_WINDOW = timedelta(days=90)  # "your recent numbers as a manager", and the suggested mentors
PREVIOUS_ANSWER_CHARS = 300          # "last time you told me …" quotes this much of the latest answer
NUDGE_LOOKBACK = timedelta(days=14)  # how far back a mentor's nudge days are read (a missed slot's day)


def snapshot(store: Store, config: Config, now: datetime | None = None) -> MentorSnapshot:
    """What the mentor loop's policy reads, in a few queries per configured pair; with `now`, also the days
    each mentor gets a nudge (which a check-in gives way to)."""
    rows = {(r.recruiter, r.mentor): r for r in store.mentorships()}
    pairs = {}
    for pair in config.mentorships:
        checkins = store.checkins(pair.recruiter, pair.mentor)
        pairs[(pair.recruiter, pair.mentor)] = PairView(rows.get((pair.recruiter, pair.mentor)),
                                                         tuple(c.question for c in checkins),
                                                         checkins[0].slot if checkins else None,
                                                         store.latest_checkin_queue(pair.recruiter, pair.mentor))
    return MentorSnapshot(pairs, store.pauses(), frozenset(store.failing()),
                          nudge_days(store, config, now) if now is not None and config.mentorships else {},
                          manager_digests(store, config, now) if now is not None else {})


def manager_digests(store: Store, config: Config, now: datetime) -> dict:
    """mentor → their manager digest's (schedule, start, last slot used, the next one as it will go, from when it
    has something to list), for mentors who get one (plan.digest_on): `digest: true` and something to list now or
    once a snooze or absence ends; a digest not started yet counts from today, as digestplan.due starts it. The next
    one goes when the daemon's own decision says (digestplan.next_due): on the next business day when a check-in
    already took its slot's day."""
    schedule = config.digests.manager
    mentors = {p.mentor for p in config.mentorships}
    if schedule is None or not mentors:
        return {}
    slots = store.digest_slots()
    capped_mail, mentor_mail = store.mail_taking_the_day(now)
    found = {}
    for manager in config.managers:
        listed_from = store.manager_digest_waiting_from(manager.email, now) \
            if manager.digest and manager.email in mentors else None
        if listed_from is not None:
            start, last = slots.get(("manager", manager.email), (manager.calendar.local_date(now), None))
            pending = next_due(config, ("manager", manager.email, manager.calendar), slots, capped_mail, now,
                               mentor_mail)
            found[manager.email] = (schedule, start, last, pending, listed_from)
    return found


def nudge_days(store: Store, config: Config, now: datetime) -> dict[str, frozenset[date]]:
    """Each mentor's local days with mail from mailer under the one-a-day cap: queued or sent over the last two
    weeks (a missed slot may lie that far back), today's if a ladder step to them falls due before their day ends
    (the ladder runs first in a pass, so a nudge due now is queued already), and the day of each next ladder step
    to them still ahead."""
    mentors = {p.mentor for p in config.mentorships}
    days = {m: {config.calendar_for(m).local_date(at) for at in ats}
            for m, ats in store.nudges_since(now - NUDGE_LOOKBACK, now=now).items() if m in mentors}
    ladder = ladder_snapshot(store, config)
    for sub in ladder.submissions:
        found = next_step(config, ladder, sub)
        if found is None:
            continue
        to = recipient(config, config.followups.steps[found[0]], sub, ladder.mentors)
        if to in mentors:
            # Today's if it falls due before their day ends; a later day's as the ladder now plans it (what the
            # views need to name the day a check-in will go; the daemon only ever decides about today).
            days.setdefault(to, set()).add(config.calendar_for(to).local_date(max(found[1], now)))
    for mentor in digest_today(store, config, mentors, now):
        days.setdefault(mentor, set()).add(config.calendar_for(mentor).local_date(now))
    return {m: frozenset(d) for m, d in days.items()}


def digest_today(store: Store, config: Config, mentors: set[str], now: datetime) -> list[str]:
    """The mentors whose manager digest (`digest: true`) falls due before their day ends and is not sent yet (one
    sent or queued is among the capped mail already): it repeats candidates who wait, so like a nudge due later
    it keeps the day. Not one with nothing to list: it sends nothing, and the check-in lost a day for it."""
    schedule = config.digests.manager
    if schedule is None:
        return []
    slots = store.digest_slots()
    found = []
    for manager in config.managers:
        if manager.digest and manager.email in mentors:
            today = manager.calendar.local_date(now)
            start, last = slots.get(("manager", manager.email), (today, None))
            if due_slot(schedule, manager.calendar, start, last, manager.calendar.closing(today)) is not None \
                    and store.manager_digest_waiting(manager.email, now):
                found.append(manager.email)
    return found


def ladder_snapshot(store: Store, config: Config) -> Snapshot:
    """The follow-up ladder's view of the state (as decide.snapshot, without the day's mail it does not need)."""
    return Snapshot(tuple(store.open_submissions()), store.steps_taken(open_only=True), {}, store.pauses(),
                    frozenset(store.failing()), escalation_mentors(config, store.mentorships()))


def plan(store: Store, config: Config, now: datetime) -> list[MentorDue]:
    snap = snapshot(store, config)
    found = due(config, snap, now)
    # Only then is it worth reading whose day a nudge has taken (both give way to a nudge).
    if any(d.kind in ("checkin", "invitation") for d in found):
        found = due(config, replace(snap, nudged=nudge_days(store, config, now)), now)
    return found


def next_times(store: Store, config: Config, now: datetime) -> list[datetime]:
    """When invitations and "no answer" notices fall due after `now` (the forecast visits these instants)."""
    if not any(p.invite for p in config.mentorships):
        return []
    snap = snapshot(store, config)
    if any(p.invite and snap.pairs[(p.recruiter, p.mentor)].row is None for p in config.mentorships):
        snap = replace(snap, nudged=nudge_days(store, config, now))  # an invitation waits: whose day is taken
    return upcoming(config, snap, now)


def local_day(config: Config, who: str, when: datetime) -> str:
    return when.astimezone(config.calendar_for(who).tz).strftime("%a %d %b")


def restart_hint(recruiter: str, mentor: str) -> str:
    """How ops restarts a pair its mentor ended ("stop"): the config still lists it, and that alone does not."""
    return f"mailer mentors --restart {recruiter} {mentor}"


def checkin_time(config: Config, recruiter: str, mentor: str, at: datetime) -> str:
    """A check-in's time as the recruiter reads it: in their own zone, with the mentor's (whose cadence set it)
    beside it when the two differ: "Tue 29 Dec 15:00 (10:00 in America/New_York)"."""
    mine, theirs = config.calendar_for(recruiter).tz, config.calendar_for(mentor).tz
    text = at.astimezone(mine).strftime("%a %d %b %H:%M")
    if at.astimezone(theirs).utcoffset() != at.astimezone(mine).utcoffset():
        text += f" ({at.astimezone(theirs):%H:%M} in {theirs.key})"
    return text


def figures(store: Store, config: Config, pair: Mentorship, now: datetime, earlier: list = ()) -> dict | None:
    """The mentor's own recent numbers as this recruiter's manager: submissions and median time to first answer
    (their out-of-office time left out), or None when there are none or, after the first check-in, when they say
    what the last check-in already said (checkintext.figures_news)."""
    calendar = config.calendar_for(pair.mentor)
    handled = [Handled(at, answered, timedelta(seconds=seconds) if seconds is not None else None)
               for at, answered, seconds in store.handled_by(pair.recruiter, pair.mentor, now - FIGURES_WINDOW)]
    absences = store.absences_of(pair.mentor)
    found = figures_at(handled, calendar, absences, now)
    told = figures_at(handled, calendar, absences, earlier[-1].sent_at) if earlier else None
    shown = lambda median: waited_text(median, calendar.day_hours)  # noqa: E731 - the words both are compared in
    if found is None or not figures_news(found, told, not earlier, shown):
        return None
    # "Since" the first of them, not the window's start: "since Wed 22 Jul" in mailer's second week reads as
    # if it had counted since July, and a mentor who joined last month wonders which candidates those were.
    return {"since": local_day(config, pair.mentor, found.since), "submissions": found.submissions,
            "median": shown(found.median) if found.median is not None else "",
            "fast": found.median is not None and found.median <= timedelta(hours=calendar.day_hours)}


def overdue(store: Store, pair: Mentorship) -> list[str]:
    """This recruiter's candidates the mentor, as a manager, has already been nudged about."""
    nudged = store.steps_taken(open_only=True)
    return [s.candidate for s in store.open_submissions_of_manager(pair.mentor)
            if s.recruiter == pair.recruiter and nudged.get(s.id)]


def _envelope(config: Config, item: MentorDue, kind: str, ancestors: tuple[str, ...] = ()) -> Envelope:
    """In the recruiter's voice, from mailer's address, the recruiter in Cc so a reply-all reaches both."""
    recruiter = person(config, item.pair.recruiter)
    return Envelope(key=item.key, kind=kind, manager=item.pair.mentor, audience="mentoring",
                    sender_name=f"{recruiter['name']} via {config.from_name}", to=item.pair.mentor,
                    cc=(item.pair.recruiter,), reply_to=(item.pair.recruiter, config.address), ancestors=ancestors)


def sync_config(store: Store, config: Config, now: datetime) -> None:
    """Store what the config says of the pairs (plan.config_changes): `invite: false` pairs active from the pass that
    first sees them (invited ones too), pairs taken out ended as removed, pairs put back active again. One
    transaction, so a crash leaves all or none of it, and the next pass finds the same changes (it is idempotent)."""
    changes = config_changes(config, store.mentorships(), now)
    if not (changes.start or changes.removed or changes.readded or changes.uninvited):
        return
    with store.transaction():
        for pair, at in changes.start:
            if store.start_configured(pair.recruiter, pair.mentor, at):
                store.event(now, "mentor_started", f"{config.manager_name(pair.mentor)} mentors "
                                                   f"{person(config, pair.recruiter)['name']} (configured, no invitation)")
        for row in changes.removed:
            if store.remove_mentorship(row.recruiter, row.mentor, now):
                store.event(now, "mentor_removed", f"{config.manager_name(row.mentor)} and "
                                                   f"{person(config, row.recruiter)['name']}: removed from the config")
        for pair in changes.readded:
            if store.readd_mentorship(pair.recruiter, pair.mentor, now):
                store.event(now, "mentor_readded", f"{config.manager_name(pair.mentor)} and "
                                                   f"{person(config, pair.recruiter)['name']}: back in the config")
        for pair in changes.uninvited:
            if store.start_invited(pair.recruiter, pair.mentor, now):
                store.event(now, "mentor_started", f"{config.manager_name(pair.mentor)} mentors "
                                                   f"{person(config, pair.recruiter)['name']} (configured "
                                                   f"`invite: false` while invited)")


def queue_mentoring(store: Store, config: Config, env: jinja2.Environment, now: datetime) -> list[str]:
    """Queue what the mentor loop has due now; returns the outbox keys queued."""
    queued = []
    for item in plan(store, config, now):
        try:
            with store.transaction():
                if _queue_one(store, config, env, item, now):
                    queued.append(item.key)
        except Exception as exc:  # noqa: BLE001 - one pair's template or data problem must not stop the others
            log.error("cannot queue %s: %s: %s", item.key, type(exc).__name__, exc)
            with store.transaction():
                store.event(now, "compose_failed", f"{item.key}: {exc}")
    return queued


def _queue_one(store: Store, config: Config, env: jinja2.Environment, item: MentorDue, now: datetime) -> bool:
    pair = item.pair
    base = {"recruiter": person(config, pair.recruiter), "mentor": person(config, pair.mentor), "grouped": False}
    mentor_name = base["mentor"]["name"]
    if item.kind == "invitation":
        mail = compose_notice(config, env, "mentor_invitation", _envelope(config, item, "mentor_invitation"),
                              {**base, "cadence": pair.every.rhythm}, store.instance, now)
        if store.enqueue(mail, now) is None:
            return False
        store.record_invitation(pair.recruiter, pair.mentor, mail.message_id, now)
        store.event(now, "mentor_invited", f"{base['recruiter']['name']} asked {mentor_name} to be their mentor")
    elif item.kind == "silent":
        row = next(r for r in store.mentorships() if (r.recruiter, r.mentor) == (pair.recruiter, pair.mentor))
        store.mark_silent(pair.recruiter, pair.mentor, now)
        envelope = Envelope(key=item.key, kind="mentor_notice", manager=pair.mentor, audience="notice",
                            sender_name=config.from_name, to=pair.recruiter, reply_to=(config.address,))
        queue_notice(store, config, env, "mentor_notice", envelope, {
            "outcome": "silent", "mentor": mentor_name, "words": "", "starts": "",
            "invited": local_day(config, pair.recruiter, row.invited_at or now)}, now)
        store.event(now, "mentor_silent", f"{mentor_name} did not answer {base['recruiter']['name']}'s invitation")
    else:
        checkins = store.checkins(pair.recruiter, pair.mentor)
        mail = checkin_mail(store, config, env, item, checkins, now)
        if store.enqueue(mail, now) is None:
            return False
        store.record_checkin(pair.recruiter, pair.mentor, item.slot.day, mail.message_id, item.question, now)
        store.event(now, "checkin", f"check-in {len(checkins) + 1} for {base['recruiter']['name']} with "
                                    f"{mentor_name}: {item.question}")
    log.info("queued %s", item.key)
    return True


def checkin_mail(store: Store, config: Config, env: jinja2.Environment, item: MentorDue, earlier: list,
                 now: datetime) -> OutgoingMail:
    """A check-in as the state says it now: the mentor's latest answer, their recent figures, the candidates
    they were nudged about; `earlier` are the pair's check-ins before this one (the thread it continues).
    Used to queue it, and again before a check-in that waited in the queue goes (mailer/recheck.py)."""
    pair = item.pair
    journal = store.journal(pair.recruiter, pair.mentor)
    previous = journal[0] if journal and not _quoted_before(journal[0], earlier) and not _asks_back(journal[0].answer) \
        else None
    calendar = config.calendar_for(pair.mentor)
    variables = {"recruiter": person(config, pair.recruiter), "mentor": person(config, pair.mentor), "grouped": False,
                 "question": item.question, "first": not earlier,
                 "previous": {"question": previous.question, "date": local_day(config, pair.mentor, previous.at),
                              "answer": _shorten(previous.answer),
                              "thanks": worth_thanks(previous.answer, previous.at, now, calendar),
                              "today": answered_today(previous.at, now, calendar)} if previous else None,
                 "figures": figures(store, config, pair, now, earlier), "overdue": overdue(store, pair),
                 "thread_subject": thread_subject(store, earlier)}
    return compose_notice(config, env, "mentor_checkin",
                          _envelope(config, item, "mentor_checkin", tuple(c.message_id for c in earlier)),
                          variables, store.instance, now)


def thread_subject(store: Store, earlier: list) -> str:
    """The pair's running thread's own subject, as its first check-in went ('' before the first): later check-ins
    answer it whatever the names say now, so renaming a recruiter or a mentor does not split the conversation
    (mail clients thread by subject too)."""
    first = store.outbox_by_message_id(earlier[0].message_id) if earlier else None
    subject = first.subject if first else ""
    return subject[4:] if subject.lower().startswith("re: ") else subject


def _quoted_before(answer, earlier: list) -> bool:
    """Whether a check-in went after this answer came: it was quoted back then ("last time you told me"), and
    quoting the same old words in every check-in after it, as if they were new, reads like a form letter."""
    return bool(earlier) and earlier[-1].sent_at > answer.at


def _asks_back(answer: str) -> bool:
    """An answer that ends on a question ("… When are you free?") asks the recruiter something: theirs to answer
    in person, not advice to thank the mentor for ("Thank you, that helped") in the next check-in."""
    return answer.rstrip().rstrip("\"'”’»)").endswith("?")


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIOUS_ANSWER_CHARS else flat[:PREVIOUS_ANSWER_CHARS].rsplit(" ", 1)[0] + " …"
