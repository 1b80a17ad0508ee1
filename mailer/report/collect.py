"""Store + config → Report: the one place report/ reads stored history (through Store's history queries)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from mailer.config.settings import Config
from mailer.report.figures import Mentorship, Report, SubmissionRecord, build
from mailer.store import Store
from mailer.store.mentoring import MentorshipState
from mailer.store.outbox import _dt
from mailer.workdays import Calendar


def last_weeks(calendar: Calendar, until: datetime, weeks: int) -> datetime:
    """The start of a period of `weeks` whole weeks ending with the one `until` is in: a Monday, 00:00 local."""
    local = (until - timedelta(microseconds=1)).astimezone(calendar.tz).date()  # an `until` at 00:00 ends a week
    monday = local - timedelta(days=local.weekday(), weeks=weeks - 1)
    return datetime.combine(monday, time(), tzinfo=calendar.tz)


def records(store: Store, until: datetime) -> list[SubmissionRecord]:
    """Every submission received before `until`, as the report sees it."""
    return [SubmissionRecord(manager=r["manager"], recruiter=r["recruiter"], submitted_at=_dt(r["submitted_at"]),
                             answered_at=_dt(r["answered_at"]),
                             closed_at=_dt(r["closed_at"]),
                             nudges=r["nudges"], manager_name=r["manager_name"])
            for r in store.submission_history(until)]


def mentorships(store: Store, config: Config) -> list[Mentorship]:
    """The mentorships the mentor loop keeps that have started (an unanswered invitation has no "before"). One no
    longer in the config has ended, whatever its stored state says: no check-in goes for it any more (the
    mentor left, ops took it out), and "active" beside it read as a live mentorship."""
    configured = {(p.recruiter, p.mentor) for p in config.mentorships}
    found = []
    for m in store.mentorships():
        if m.started_at is None:
            continue
        state, ended, ended_at = m.state.value, "", m.ended_at
        if m.state is MentorshipState.ENDED:
            ended = "the mentor said stop" + (f" on {_day(config, m.mentor, m.ended_at)}" if m.ended_at else "")
        elif (m.recruiter, m.mentor) not in configured:
            state, ended_at = MentorshipState.ENDED.value, None  # when it was taken out is not stored
            ended = "removed from the config" + (f" (last check-in {_day(config, m.mentor, m.last_checkin_at)})"
                                                 if m.last_checkin_at else "")
        found.append(Mentorship(m.recruiter, m.mentor, m.started_at, state, m.checkins_sent, m.checkins_answered,
                                ended, ended_at))
    return found


def _day(config: Config, person: str, when: datetime) -> str:
    return f"{when.astimezone(config.calendar_for(person).tz):%a %d %b}"


def person_name(config: Config, address: str, fallback: str = "") -> str:
    """A person as the report shows them: a listed manager's name, else the name read from mail (`fallback`),
    else a listed recruiter's name, else the address. A mentorship's recruiter is named like the managers are,
    not left an address beside them."""
    recruiter = config.recruiters.get(address.lower())
    return config.manager_name(address, fallback or (recruiter.name if recruiter else ""))


def report(store: Store, config: Config, since: datetime, until: datetime) -> Report:
    """The team report for submissions received in [since, until), read from the store only."""
    sla = config.followups.steps[0].after if config.followups.steps else None
    return build(records(store, until), mentorships(store, config), since, until, config.calendar_for,
                 config.default_calendar, sla, names=lambda address, fallback: person_name(config, address, fallback))
