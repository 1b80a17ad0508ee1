"""What each weekly digest says, read from the store: template variables, or None when there is nothing to say.

- recruiter: their open submissions per manager with ages in business days, who answered since their last digest
  and how fast, their mentors' answers (the journal) since then, and their next check-ins;
- manager: their pending candidates as a numbered list (answerable by reply: "1 yes 2 pass") and their own
  reply-time trend, the last 4 weeks against the 4 before;
- ops: the team report of the last 12 weeks; the mail carries its reply-time chart inline and the page attached.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
import re

from mailer.compose import Part, clean, person, shortened, waited_text
from mailer.config.settings import Config
from mailer.digesttold import Version, to_tell
from mailer.mentoring.loop import checkin_time, snapshot as mentoring_snapshot
from mailer.mentoring.plan import PairView, checkin_slot
from mailer.model import Submission, candidate_key
from mailer.reading.commands import gist
from mailer.report import charts, collect, html
from mailer.report.figures import figures
from mailer.store import Store
from mailer.store.mentoring import MentorshipState
from mailer.workdays import business_time_between

WEEK = timedelta(days=7)
# A recruiter's digest reports what happened since their last one (a slot skipped for a holiday week or downtime,
# or an every-2-weeks cadence, must not drop a week of answers), but never more than this far back.
LONGEST_LOOKBACK = 5 * WEEK
TREND_WEEKS = 4
OPS_WEEKS = 12


# Sample variables per digest template, for `mailer check` (which renders each configured one).
SAMPLES = {
    "digest_recruiter": {
        "groups": [{"manager": "Maria Manager", "candidates": [
            {"candidate": "Jane Doe", "role": "Engineer", "waited": "3 business days", "note": ""}]}],
        "answered": [{"candidate": "Bob Baker", "manager": "Nate Newyork", "after": "5 business hours",
                      "decision": "interview", "said": "Can you check his notice period?"}], "since": "Mon 23 Nov",
        "mentor_answers": [{"mentor": "Maria Manager", "question": "What is stuck?", "answer": "Ping Nate on chat"}],
        "next_checkins": [{"mentor": "Maria Manager", "at": "Tue 01 Dec 10:00"}]},
    "digest_manager": {
        "items": [{"number": 1, "candidate": "Jane Doe", "role": "Engineer", "submitted": "Mon 23 Nov 2026",
                   "waited": "3 business days",
                   "recruiter": {"name": "Rita Recruiter", "first_name": "Rita", "email": "rita@example.com"}}],
        "manager": {"name": "Maria Manager", "first_name": "Maria", "email": "maria@example.com"},
        "trend": {"weeks": 4, "recent": "at least 14.0 business hours", "recent_answered": 1, "recent_waiting": 2,
                  "recent_oldest": "3 business days", "earlier": "11.5 business hours", "earlier_answered": 4,
                  "earlier_waiting": 0, "earlier_oldest": None}},
    "digest_ops": {
        "weeks": 12, "sla": "2 business days", "cid": "reply-time-chart",
        "team": {"received": 9, "answered": 6, "waiting": 2, "median": "9.0 business hours",
                 "p90": "28.0 business hours", "within_sla": "71%"},
        "managers": [{"name": "Maria Manager", "email": "maria@example.com", "received": 7, "answered": 5,
                      "median": "at least 11.0 business hours", "waiting": 2, "oldest": "4 business days",
                      "failing": "550 5.1.1 <maria@example.com>: Recipient address rejected: User unknown"}]},
}


@dataclass(frozen=True)
class Content:
    variables: dict
    listing: tuple[int, ...] = ()   # submissions numbered in the mail, in order (a reply "1 pass" reads them)
    told: tuple[Version, ...] = ()  # the managers' answers a recruiter's digest tells (mailer/digesttold.py)
    parts: tuple[Part, ...] = ()    # inline images and attachments


def _waited(config: Config, sub: Submission, now: datetime) -> str:
    cal = config.calendar_for(sub.manager)
    return waited_text(business_time_between(cal, sub.submitted_at, now), cal.day_hours)


def _hours(value: float | None, at_least: bool = False) -> str | None:
    """'6.5 business hours', 'at least 6.5 business hours' for a floor (most still waiting: report/survival.py);
    None when there is nothing to measure (templates then say so in words)."""
    return None if value is None else f"{'at least ' if at_least else ''}{value:.1f} business hours"


def _oldest(config: Config, manager: str, hours: float | None) -> str | None:
    """The longest wait of those still waiting, as the candidates' waits are written: '18 business days'."""
    if hours is None:
        return None
    return waited_text(timedelta(hours=hours), config.calendar_for(manager).day_hours)


SAID_LIMIT = 120  # characters of a manager's words in a recruiter's digest: one line, the gist


def said(reply_text: str | None, decision: str | None, candidate: str = "") -> str:
    """The manager's own words for the recruiter, who may not have been copied: "Can you check her notice
    period?" is the news, not "(reply)". One line of at most SAID_LIMIT characters, greeting and sign-off
    dropped, no control or direction-override characters, the decision word it starts with dropped ("pass - too
    junior" → "too junior": the decision is beside it); "" when the words are only the decision. Words too long
    for the line give their questions when they ask any ("… Could you ask whether Li has shipped anything
    WCAG-audited?"): what the recruiter has to act on, which came last in journey2's answers and was cut off;
    else their start, cut at a word."""
    spoken = (decision or "").replace("_", " ")
    words = _without_command(clean(gist(reply_text or "", 4 * SAID_LIMIT)), spoken, candidate)
    if candidate_key(words).strip(" .!") in ("", spoken):
        return ""
    if len(words) <= SAID_LIMIT:
        return words
    asks = " ".join(q.strip() for q in _QUESTION.findall(words))  # a first sentence that asks is the start
    if asks:
        return shortened("… " + asks, SAID_LIMIT + 2)
    return gist(words, SAID_LIMIT)


def _without_command(words: str, spoken: str, candidate: str) -> str:
    """The words without the command they start with: an item number or the candidate's name that addresses the
    decision ("1 pass", "2: too junior", "Jane: pass", "Fatima Zahra - pass, …"), then the decision word standing as
    a command ("pass - too junior"). A number or a first name that is a word of the sentence stays ("2 years of Go
    is not enough", "May I ask …", "Will do the interview myself", "Interview her next week")."""
    decided = re.compile(rf"{re.escape(spoken)}(?=\s*(?:$|[,.;:!\-–—]))", re.IGNORECASE) if spoken else None
    names = [re.escape(part) for part in (candidate.strip(), candidate.split()[0] if candidate.split() else "")
             if part]
    lead = re.match(rf"(?:(?P<item>\d+[.)](?=\s))|\d+|{'|'.join(names) or '$^'})(?=[\s:,.\-–—])", words,
                    re.IGNORECASE)
    if lead:
        gap = re.match(r"[\s,.;:\-–—]*", words[lead.end():]).group()
        rest = words[lead.end() + len(gap):]
        if lead.group("item") or re.search("[:,]", gap) or (decided and decided.match(rest)):
            words = rest
    if decided and (command := decided.match(words)):
        words = re.sub(r"^[\s,.;:!\-–—]*", "", words[command.end():])
    return words


# A sentence ending in a question mark, after the end of the one before it (the first sentence is never one:
# when it asks, the start shown is the question).
_QUESTION = re.compile(r"(?<=[.!?…]\s)[^.!?…]*\?")


def since_last_digest(store: Store, key: str, now: datetime) -> datetime:
    """Where a recruiter's digest under `key` starts looking back: when their previous digest that went out was
    composed (queued, or composed again at sending after it waited), so one skipped for a holiday week, downtime or
    a 2-weekly cadence loses nothing; the first one looks back a week; never more than LONGEST_LOOKBACK. From
    there it tells the managers' answers no digest that went out told (mailer/digesttold.py), and the mentors'
    advice in [start, composed): advice stamped in that second goes next."""
    previous = store.previous_digest_at(key)
    return max(previous if previous is not None else now - WEEK, now - LONGEST_LOOKBACK)


def recruiter(store: Store, config: Config, address: str, now: datetime, since: datetime | None = None
              ) -> Content | None:
    """`since`: where "answered" and the mentors' answers start (default: a week before `now`). Answered: those
    read from then up to `now` that no digest which went out told; the mentors' answers: before `now`, to the
    stored second."""
    since = since if since is not None else now - WEEK
    open_subs = store.open_submissions_of_recruiter(address)
    failing = store.failing()  # a bouncing manager address is marked wherever it is listed
    groups: dict[str, list[dict]] = {}
    for sub in open_subs:
        groups.setdefault(config.manager_name(sub.manager, sub.manager_name), []).append({
            "candidate": clean(sub.candidate), "role": clean(sub.role), "waited": _waited(config, sub, now),
            "note": ("address failing, no more nudges" if sub.manager in failing else
                     f"snoozed until {sub.snoozed_until.astimezone(config.calendar_for(sub.manager).tz):%a %d %b}"
                     if sub.snoozed_until and sub.snoozed_until > now else "")})
    # One row per candidate: a snooze is shown on the waiting candidate above ("snoozed until Thu 10 Dec"), and the
    # decision taken after it here, in the first digest composed after mailer read it, timed from the submission.
    told = to_tell(store.answers_read(address, since), store.told_answers(address, since), since, now)
    answered = []
    for answer in told:
        sub = store.submission(answer.submission_id)
        cal = config.calendar_for(sub.manager)
        # One reply about several candidates is theirs together: not quoted under one of them.
        words = "" if store.words_about_several(sub.id) else said(sub.reply_text, sub.decision, sub.candidate)
        decision = (sub.decision or "").replace("_", " ")  # none: an answer in words
        answered.append({"candidate": clean(sub.candidate),
                         "manager": config.manager_name(sub.manager, sub.manager_name),
                         "after": waited_text(business_time_between(cal, sub.submitted_at, answer.decided_at),
                                              cal.day_hours),
                         # "(reply)" beside the reply's own words says nothing more
                         "decision": "" if decision == "reply" and words else decision,
                         "said": words})
    mentor_answers = [{"mentor": person(config, e.mentor)["name"], "question": e.question, "answer": e.answer}
                      for e in store.journal_between(address, since, now)]
    if not (groups or answered or mentor_answers):
        return None  # upcoming check-ins alone are no reason to write
    return Content({"groups": [{"manager": m, "candidates": c} for m, c in groups.items()],
                    "answered": answered, "mentor_answers": mentor_answers,
                    "since": f"{since.astimezone(config.calendar_for(address).tz):%a %d %b}",  # theirs
                    "next_checkins": next_checkins(store, config, address, now)},
                   told=tuple(a.version for a in told))


def next_checkins(store: Store, config: Config, address: str, now: datetime) -> list[dict]:
    """The recruiter's next check-in with each mentor, as the mentor loop plans it, in the recruiter's own time
    (the digest is theirs), with the mentor's time beside it when their zones differ:
    "Tue 29 Dec 15:00 (10:00 in America/New_York)"."""
    pairs = [p for p in config.mentorships if p.recruiter == address]
    if not pairs:
        return []
    snap = mentoring_snapshot(store, config, now)
    found = []
    for pair in pairs:
        view = snap.pairs.get((pair.recruiter, pair.mentor), PairView())
        if view.row is not None and view.row.state in (MentorshipState.DECLINED, MentorshipState.SILENT):
            continue
        slot = checkin_slot(pair, view, config, snap, now, upcoming=True)
        if slot is not None:
            found.append({"mentor": person(config, pair.mentor)["name"],
                          "at": checkin_time(config, address, pair.mentor, slot.at)})
    return found


def manager(store: Store, config: Config, address: str, now: datetime) -> Content | None:
    """None while the manager is away, their address fails, or nothing of theirs is waiting."""
    waiting = store.manager_digest_waiting(address, now)
    if not waiting:
        return None
    cal = config.calendar_for(address)
    items = [{"number": n, "candidate": clean(s.candidate), "role": clean(s.role),
              "recruiter": person(config, s.recruiter),
              "submitted": s.submitted_at.astimezone(cal.tz).strftime("%a %d %b %Y"), "waited": _waited(config, s, now)}
             for n, s in enumerate(waiting, 1)]
    mine = [r for r in collect.records(store, now) if r.manager == address]
    # Both windows measured to now, those still waiting counted: measured to the older window's end, or over the
    # answered alone, the candidates a manager has not answered dropped out and made the recent weeks look best.
    before_end = now - TREND_WEEKS * WEEK
    recent = figures([r for r in mine if r.submitted_at >= before_end], now, config.calendar_for, None)
    earlier = figures([r for r in mine if before_end - TREND_WEEKS * WEEK <= r.submitted_at < before_end],
                      now, config.calendar_for, None)
    trend = {"weeks": TREND_WEEKS, "recent": _hours(recent.median_hours, recent.median_at_least),
             "recent_answered": recent.answered, "recent_waiting": recent.waiting,
             "recent_oldest": _oldest(config, address, recent.oldest_wait_hours),
             "earlier": _hours(earlier.median_hours, earlier.median_at_least), "earlier_answered": earlier.answered,
             "earlier_waiting": earlier.waiting, "earlier_oldest": _oldest(config, address, earlier.oldest_wait_hours)}
    return Content({"items": items, "manager": person(config, address), "trend": trend},
                   listing=tuple(s.id for s in waiting))


def _slowest_first(row) -> tuple:
    """By what a manager makes people wait: the median with those still waiting counted (a floor when most still
    wait, which is at least that slow), then the oldest wait. Ranked by the answered alone, a manager with five
    of seven candidates waiting for weeks came below one who answered both of theirs in a day."""
    f = row.figures
    return (-(f.median_hours or 0), -(f.oldest_wait_hours or 0), row.manager)


def ops(store: Store, config: Config, now: datetime) -> Content | None:
    since = collect.last_weeks(config.default_calendar, now, OPS_WEEKS)
    report = collect.report(store, config, since, now)
    if report.team.received == 0:
        return None
    chart = charts.CHARTS[0]
    page = html.page(report, config.default_calendar.tz, title=f"{config.from_name}: are managers answering?")
    team = report.team
    managers = sorted(report.managers, key=_slowest_first)
    failing = store.failing()  # the server's words about a bouncing address, beside its manager
    return Content(
        {"weeks": OPS_WEEKS, "sla": report.sla, "cid": "reply-time-chart",
         "team": {"received": team.received, "answered": team.answered, "waiting": team.waiting,
                  "median": _hours(team.median_hours, team.median_at_least),
                  "p90": _hours(team.p90_hours, team.p90_at_least),
                  "within_sla": None if team.within_sla is None else f"{100 * team.within_sla:.0f}%"},
         "managers": [{"name": row.name, "email": row.manager, "received": row.figures.received,
                       "answered": row.figures.answered,
                       "median": _hours(row.figures.median_hours, row.figures.median_at_least),
                       "waiting": row.figures.waiting,
                       "oldest": _oldest(config, row.manager, row.figures.oldest_wait_hours),
                       "failing": failing.get(row.manager, "")}
                      for row in managers]},
        parts=(Part(charts.render(chart, report, "png"), "image", "png", "reply-time.png", cid="reply-time-chart"),
               Part(page.encode("utf-8"), "text", "html", f"report-{now:%Y-%m-%d}.html")))
