"""A blind sweep of the recruiter's weekly digest after a snooze (README "Weekly digests": a snoozed candidate stays
on the waiting list marked "snoozed until …", a snooze is not told as an answer, the decision taken after it, or
the manager's answer in words, is told in the digest of the period it was taken in, one row per candidate per
digest, with the time from the submission to it). Histories through mailer's public path with an injected clock
(report_blind_world.World). Written before any code under mailer/ was read.

Calendar: Europe/London, Mon–Fri 09:00–17:00; the recruiter digest every Monday at 08:00, which waits for business
hours (09:00). Mailer first sees the digest configured on Fri 30 Oct 2026; candidates are sent Mon 2 Nov 10:00;
digests go Mon 9, 16 and 23 Nov. Each digest pass runs before the replies dated after it (a first run fed
every reply first, so a digest "composed" on 9 Nov saw an answer of 11 Nov: fixed in the harness, not the code)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable
from zoneinfo import ZoneInfo

from report_blind_judge import Check
from report_blind_world import World, config_text

LON = ZoneInfo("Europe/London")
RECRUITER_DIGEST = "digests:\n  recruiter: every monday at 08:00\n"
RITA = "rita@acme.test"
JANE, OMAR = "Jane Doe", "Omar Haddad"


def t(d, h=10, mi=0, mo=11):
    return datetime(2026, mo, d, h, mi, tzinfo=LON)


@dataclass
class DigestCase:
    name: str
    build: Callable


DIGEST_CASES: list[DigestCase] = []


def case(fn):
    DIGEST_CASES.append(DigestCase(fn.__name__, fn))
    return fn


def world(tmp, *candidates):
    w = World(tmp, config_text(extra=RECRUITER_DIGEST))
    w.digest_pass(t(30, 12, mo=10))
    for name in candidates or (JANE,):
        w.submit(t(2), name)
    return w


def section(body: str, heading: str) -> str:
    """The lines under a heading of the digest ("Still waiting", "Answered since"), up to the next heading."""
    if heading not in body:
        return ""
    rest = body.split(heading, 1)[1]
    for other in ("Still waiting", "Answered since", "Your mentor", "Mentor", "Next check-in", "Coming check-ins"):
        if other != heading and other in rest:
            rest = rest.split(other, 1)[0]
    return rest


def row(body: str | None, heading: str, name: str) -> str | None:
    if body is None:
        return None
    lines = [ln for ln in section(body, heading).splitlines() if name in ln]
    return lines[0] if lines else None


def digests(w: World, *days: int) -> list[str | None]:
    """One digest pass on each Monday given (09:00), and the body each sent (None when none went)."""
    bodies = []
    for day in days:
        before = len(w.bodies("digest_recruiter", RITA))
        w.digest_pass(t(day, 9))
        after = w.bodies("digest_recruiter", RITA)
        bodies.append(after[-1] if len(after) > before else None)
    return bodies


def waiting(body, name=JANE) -> bool:
    return row(body, "Still waiting", name) is not None


def answered(body, name=JANE) -> bool:
    return row(body, "Answered since", name) is not None


def snoozed_until(body, name=JANE) -> str | None:
    line = row(body, "Still waiting", name)
    if not line or "snoozed until" not in line:
        return None
    return " ".join(line.split("snoozed until", 1)[1].strip(" ()).,").split()[:3])


@case
def snooze_is_shown_on_the_waiting_list(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    [first] = digests(w, 9)
    return [Check("waiting", waiting(first), True), Check("not answered", answered(first), False),
            Check("snoozed until", snoozed_until(first), "Fri 20 Nov")]


@case
def snooze_then_decision_in_the_same_period(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    w.reply(t(5), JANE, text="interview")
    [first] = digests(w, 9)
    line = row(first, "Answered since", JANE) or ""
    return [Check("answered", answered(first), True), Check("not waiting", waiting(first), False),
            Check("decision told", "interview" in line.lower(), True),
            Check("one row", (first or "").count(JANE), 1)]


@case
def snooze_then_decision_in_the_next_period(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    [first] = digests(w, 9)
    w.reply(t(11), JANE, text="pass")
    [second] = digests(w, 16)
    return [Check("first: waiting, snoozed", (waiting(first), snoozed_until(first)), (True, "Fri 20 Nov")),
            Check("first: not answered", answered(first), False),
            Check("second: answered", answered(second), True),
            Check("second: the pass", "pass" in (row(second, "Answered since", JANE) or "").lower(), True),
            Check("second: not waiting", waiting(second), False)]


@case
def decision_after_a_snooze_is_told_once(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    digests(w, 9)
    w.reply(t(11), JANE, text="interview")
    second, third = digests(w, 16, 23)
    return [Check("second: answered", answered(second), True),
            Check("third: not again", answered(third), False)]


@case
def snoozed_twice_shows_the_later(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 13 November")
    w.reply(t(5), JANE, text="snooze until 27 November")
    [first] = digests(w, 9)
    return [Check("snoozed until", snoozed_until(first), "Fri 27 Nov"),
            Check("not answered", answered(first), False)]


@case
def snoozed_twice_across_periods(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 13 November")
    [first] = digests(w, 9)
    w.reply(t(12), JANE, text="snooze until 27 November")
    [second] = digests(w, 16)
    return [Check("first", snoozed_until(first), "Fri 13 Nov"), Check("second", snoozed_until(second), "Fri 27 Nov"),
            Check("never answered", (answered(first), answered(second)), (False, False))]


@case
def an_expired_snooze_is_plain_waiting(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until Thursday")
    [first] = digests(w, 9)
    return [Check("waiting", waiting(first), True), Check("no longer snoozed", snoozed_until(first), None),
            Check("not answered", answered(first), False)]


@case
def snooze_then_the_managers_stop(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    w.reply(t(4), JANE, text="stop")
    [first] = digests(w, 9)
    return [Check("not waiting", waiting(first), False),
            Check("no snooze told", "snooze" in (row(first, "Answered since", JANE) or "").lower(), False)]


@case
def snooze_then_the_recruiters_stop(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    w.recruiter_stop(t(4), JANE)
    [first] = digests(w, 9)
    return [Check("not waiting", waiting(first), False),
            Check("no snooze told", "snooze" in (row(first, "Answered since", JANE) or "").lower(), False)]


@case
def decision_then_snooze(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="interview")
    w.reply(t(4), JANE, text="snooze 1w")
    [first] = digests(w, 9)
    line = row(first, "Answered since", JANE) or ""
    return [Check("answered with the decision", "interview" in line.lower(), True),
            Check("not waiting", waiting(first), False), Check("one row", (first or "").count(JANE), 1)]


@case
def words_after_a_snooze(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    [first] = digests(w, 9)
    w.reply(t(12), JANE, text="I had a quick call with her, let's talk on Friday about next steps.")
    [second] = digests(w, 16)
    return [Check("first: waiting, snoozed", snoozed_until(first), "Fri 20 Nov"),
            Check("second: answered", answered(second), True),
            Check("second: not waiting", waiting(second), False)]


@case
def words_after_a_snooze_in_the_same_period(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    w.reply(t(5), JANE, text="Had a look, she is interesting. Will discuss with Sam and come back.")
    [first] = digests(w, 9)
    return [Check("answered", answered(first), True), Check("not waiting", waiting(first), False)]


@case
def the_snooze_alone_is_no_answer(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze 2w")
    [first] = digests(w, 9)
    return [Check("not answered", answered(first), False), Check("waiting", waiting(first), True),
            Check("marked snoozed", snoozed_until(first) is not None, True)]


@case
def two_candidates_one_snoozed_one_decided(tmp):
    w = world(tmp, JANE, OMAR)
    w.reply(t(3), JANE, text="snooze until 20 November")
    w.reply(t(4), OMAR, text="pass")
    [first] = digests(w, 9)
    return [Check("Jane snoozed", snoozed_until(first, JANE), "Fri 20 Nov"),
            Check("Omar answered", answered(first, OMAR), True),
            Check("Omar not waiting", waiting(first, OMAR), False),
            Check("Jane not answered", answered(first, JANE), False)]


@case
def snooze_in_german(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze bis 20.11.")
    [first] = digests(w, 9)
    return [Check("snoozed until", snoozed_until(first), "Fri 20 Nov")]


@case
def snooze_back_to_you_in_two_weeks(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="back to you in 2 weeks")
    [first] = digests(w, 9)
    return [Check("snoozed until", snoozed_until(first), "Tue 17 Nov"), Check("not answered", answered(first), False)]


@case
def decision_after_snooze_just_before_the_digest(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    w.reply(t(9, 8, 30), JANE, text="interview")
    [first] = digests(w, 9)
    return [Check("answered", answered(first), True), Check("not waiting", waiting(first), False)]


@case
def decision_after_snooze_just_after_the_digest(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    first = digests(w, 9)[0]
    w.reply(t(9, 10), JANE, text="interview")
    second = digests(w, 16)[0]
    return [Check("first: snoozed", snoozed_until(first), "Fri 20 Nov"),
            Check("second: answered", answered(second), True)]


@case
def hold_after_a_snooze(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    digests(w, 9)
    w.reply(t(10), JANE, text="hold")
    [second] = digests(w, 16)
    return [Check("hold told", "hold" in (row(second, "Answered since", JANE) or "").lower(), True)]


@case
def a_sentence_decision_after_a_snooze(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    digests(w, 9)
    w.reply(t(10), JANE, text="Let's pass on this one, sorry.")
    [second] = digests(w, 16)
    return [Check("pass told", "pass" in (row(second, "Answered since", JANE) or "").lower(), True),
            Check("not waiting", waiting(second), False)]


@case
def not_mine_after_a_snooze(tmp):
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    digests(w, 9)
    w.reply(t(10), JANE, text="not mine")
    [second] = digests(w, 16)
    return [Check("not waiting", waiting(second), False)]


@case
def the_time_told_runs_from_the_submission_to_the_decision(tmp):
    # Mon 2 Nov 10:00 → Wed 11 Nov 10:00 is 7 business days (56 business hours); the snooze came after 1 day (8 h).
    w = world(tmp)
    w.reply(t(3), JANE, text="snooze until 20 November")
    digests(w, 9)
    w.reply(t(11), JANE, text="interview")
    [second] = digests(w, 16)
    line = row(second, "Answered since", JANE) or ""
    return [Check("time from the submission", any(x in line for x in ("56", "7 business day", "7 days", "7 d")), True),
            Check("not the snooze's", any(x in line for x in ("8 h", "8 business hours", "1 business day")), False)]


@case
def snooze_by_name_in_a_thread_of_two(tmp):
    # One mail naming both; "Jane: snooze until 20 November, Omar: pass" answers each by name.
    w = World(tmp, config_text(extra=RECRUITER_DIGEST))
    w.digest_pass(t(30, 12, mo=10))
    raw = w._mail("Rita Recruiter <rita@acme.test>", "maria@acme.test", f"{JANE} & {OMAR} – Backend Engineer",
                  "Hi Maria, two candidates. CVs attached.", t(2), "pair-d@acme.test", cc="mailer@acme.test")
    w._read(raw, t(2))
    answer = w._mail("maria@acme.test", "rita@acme.test", f"Re: {JANE} & {OMAR} – Backend Engineer",
                     "Jane: snooze until 20 November, Omar: pass\n\nOn Mon, Rita wrote:\n> two candidates",
                     t(3), "pair-d-answer@acme.test", cc="mailer@acme.test",
                     headers="In-Reply-To: <pair-d@acme.test>\r\nReferences: <pair-d@acme.test>\r\n")
    w._read(answer, t(3))
    [first] = digests(w, 9)
    return [Check("Jane snoozed", snoozed_until(first, JANE), "Fri 20 Nov"),
            Check("Omar answered", answered(first, OMAR), True),
            Check("Jane not answered", answered(first, JANE), False)]
