"""The report and the digests say honestly whether managers answer faster (journey2 findings 1, 2, 4, 9, 16).

journey2 lived six simulated weeks with mailer: Kai's digest told him his median was 6.7 business hours "(1
answered)" while four of his candidates waited 5–18 business days; ops' "slowest first" put him below a manager
who answered both of hers; the latest week always plotted fastest; a mentorship compared "11.3 (2) → 12.1 (2)"
with no word of which way or how little that says; one taken out of the config read "active". Each test below
builds such a history by hand (times worked out in the comments) and fails on the code before the fix.
"""

from datetime import datetime, timedelta, timezone
import json
import random
import statistics

import pytest

from helpers import config_text, make_config
from mailer.config.load import parse
from mailer.model import State
from mailer.report import collect, digest, rows
from mailer.report.compare import MIN_EACH_SIDE, change
from mailer.report.figures import Figures, Mentorship, SubmissionRecord, build, p90
from mailer.report.survival import quantile
from mailer.store import Store

UTC = timezone.utc
MARIA, KAI, OLGA, RITA, SAM = "maria@acme.test", "kai@acme.test", "olga@acme.test", "rita@acme.test", "sam@acme.test"
MON = datetime(2026, 11, 2, 0, 0, tzinfo=UTC)  # London is on UTC in November; the config's week is 9–17


def rec(manager, submitted, answered=None, recruiter=RITA, closed=None):
    return SubmissionRecord(manager=manager, recruiter=recruiter, submitted_at=submitted, answered_at=answered,
                            closed_at=closed, nudges=0, manager_name="")


def at(day: int, hour: int) -> datetime:
    """A time in November 2026 (UTC = London)."""
    return datetime(2026, 11, day, hour, tzinfo=UTC)


# ---------------------------------------------------------------- the statistic (pure)

def test_with_no_one_waiting_the_quantiles_are_the_plain_median_and_nearest_rank_p90():
    rng = random.Random(7)
    for _ in range(300):
        values = [round(rng.uniform(0, 80), 1) for _ in range(rng.randint(1, 15))]
        assert quantile(values, [], 0.5).hours == pytest.approx(statistics.median(values)), values
        assert quantile(values, [], 0.9).hours == pytest.approx(p90(values)), values
        assert not quantile(values, [], 0.5).at_least


def test_more_than_half_still_waiting_gives_a_floor_not_the_fast_ones_median():
    # Kai's four weeks: one answered in 6.7 h, four waiting 40, 60, 100 and 144 h. Over the answered alone: 6.7.
    middle = quantile([6.7], [40.0, 60.0, 100.0, 144.0], 0.5)
    assert (middle.hours, middle.at_least, str(middle)) == (60.0, True, "≥ 60.0")


def test_a_wait_shorter_than_the_replies_drops_out_as_kaplan_meier_reads_it():
    # Replies 4, 6, 16 h; one waiting 2 h (it could still be the fastest), one 61 h. At 4 h four are at risk
    # (S 3/4), at 6 h three (1/2, exactly): the mean of 6 and the next reply, 16: 11.
    assert quantile([4.0, 6.0, 16.0], [2.0, 61.0], 0.5).hours == pytest.approx(11.0)


# ---------------------------------------------------------------- finding 1: figures count the waiting

def kai_and_olga():
    """Kai (in the default calendar here) answers one candidate in 4 h and leaves four waiting from Mon 2 Nov;
    Olga answers both of hers in a day (8 h). The period is 2–30 Nov."""
    kai = [rec(KAI, at(2, 10), at(2, 14))] + [rec(KAI, at(2 + d, 10)) for d in range(4)]
    olga = [rec(OLGA, at(3, 10), at(4, 10)), rec(OLGA, at(4, 10), at(5, 10))]
    return kai + olga


def test_a_manager_with_most_candidates_waiting_gets_a_floor_with_the_waiting_count_and_oldest_wait(tmp_path):
    config = make_config(tmp_path)
    report = build(kai_and_olga(), [], MON, at(30, 0), config.calendar_for, config.default_calendar, None)
    kai = {row.manager: row.figures for row in report.managers}[KAI]
    # Waits to Mon 30 Nov 00:00: from Mon 2 Nov 10:00 7 + 19 × 8 = 159 h; Tue 151, Wed 143, Thu 135.
    assert (kai.answered, kai.waiting, kai.oldest_wait_hours) == (1, 4, pytest.approx(159.0))
    # Of 4, 135, 143, 151, 159: the middle is 143 h, and with most waiting it is a floor. Before: 4.0.
    assert (kai.median_hours, kai.median_at_least) == (pytest.approx(143.0), True)
    data = json.loads(rows.to_json(report, UTC))
    [kai_row] = [m for m in data["managers"] if m["manager"] == KAI]
    assert (kai_row["median_at_least"], kai_row["waiting"], kai_row["oldest_wait_hours"]) == (True, 4, 159.0)


def test_the_latest_week_is_not_the_fastest_while_its_slow_answers_have_not_come(tmp_path):
    config = make_config(tmp_path)
    # Week of 2 Nov: answers of 8, 16, 24 h (all in). Week of 9 Nov, to Fri 13 Nov 17:00: one answered in 2 h, two
    # waiting since Tue 10 Nov (32 and 31 h): its median is at least 31 h, not the 2 h it read before.
    history = [rec(MARIA, at(2, 9), at(3, 9)), rec(MARIA, at(3, 9), at(5, 9)), rec(MARIA, at(4, 9), at(9, 9)),
               rec(MARIA, at(9, 9), at(9, 11)), rec(MARIA, at(10, 9)), rec(MARIA, at(10, 10))]
    report = build(history, [], MON, at(13, 17), config.calendar_for, config.default_calendar, None)
    first, latest = (row.figures for row in report.weeks)
    assert not first.median_at_least
    assert latest.median_at_least and latest.median_hours > first.median_hours  # was 2.0 against 16.0
    assert latest.waiting == 2


def test_ops_slowest_first_ranks_by_what_managers_make_people_wait(tmp_path):
    config = make_config(tmp_path, managers=[(KAI, "Kai Berger", None), (OLGA, "Olga Owens", None)],
                         recruiters=[(RITA, "Rita Recruiter", None)],
                         extra="digests:\n  ops: every monday at 08:00\nops: [ops@acme.test]\n")
    store = Store(tmp_path / "state.db")
    with store.transaction():
        for n, r in enumerate(kai_and_olga()):
            sid = store.add_submission(f"k{n}", r.manager, RITA, f"Cand {n}", "", "s", f"m{n}@x", (), r.submitted_at)
            if r.answered_at:
                store.mark_answered(sid, r.answered_at, r.answered_at - r.submitted_at, f"a{n}")
    content = digest.ops(store, config, at(30, 9))
    store.close()
    managers = content.variables["managers"]
    assert [m["email"] for m in managers] == [KAI, OLGA]  # was Olga first: 8 h against Kai's 4 h "median"
    assert managers[0]["median"].startswith("at least ") and managers[0]["waiting"] == 4
    assert managers[0]["oldest"] == "20 business days"


def test_a_managers_digest_says_how_many_still_wait_and_for_how_long(tmp_path):
    from mailer.compose import environment
    from mailer.digests import DigestDue, compose_digest
    from mailer.mentoring.schedule import Slot
    import email
    import email.policy
    text = config_text(extra="digests:\n  manager: every monday at 09:00\n").replace(
        f"  - email: {MARIA}\n", f"  - email: {MARIA}\n    digest: true\n")
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "state.db")
    now = at(30, 9)
    with store.transaction():
        fast = store.add_submission("k0", MARIA, RITA, "Ann Able", "", "s", "m0@x", (), at(23, 10))
        store.mark_answered(fast, at(23, 12), timedelta(hours=2), "a0")
        for n, day in enumerate((10, 12, 16), 1):
            store.add_submission(f"k{n}", MARIA, RITA, f"Cand {n}", "", "s", f"m{n}@x", (), at(day, 10))
    mail, _ = compose_digest(store, config, environment(config.templates),
                             DigestDue("manager", MARIA, Slot(now.date(), now)), now)
    store.close()
    body = " ".join(email.message_from_bytes(mail.raw, policy=email.policy.default).get_body(("plain",))
                    .get_content().split())
    # 2 h, and waits from Tue 10 Nov (159 h), Thu 12 Nov, Mon 16 Nov: at least the middle of the four. Before,
    # it read "2.0 business hours over the last 4 weeks (1 answered)".
    assert "over the last 4 weeks: at least " in body, body
    assert "(1 answered, 3 still waiting, the oldest for 14 business days)" in body, body


# ---------------------------------------------------------------- finding 2: do mentors answer faster?

def test_a_comparison_says_which_way_and_when_it_is_too_few_to_tell():
    def f(median, answered, waiting=0, floor=False):
        return Figures(answered + waiting, answered, median, median, None, 0, None, waiting, floor, floor)
    assert change(f(11.3, 2), f(12.1, 2)).words == "0.8 h slower; too few to tell (2 before, 2 since)"
    assert change(f(20.0, 6), f(8.0, 5)).words == "12.0 h faster"
    assert change(f(20.0, 6), f(8.0, 5)).enough and MIN_EACH_SIDE == 5
    # A floor only tells a direction the floor proves.
    assert change(f(232.0, 0, 1, True), f(3.0, 1)).words.startswith("at least 229.0 h faster")
    assert change(f(3.0, 1), f(40.0, 0, 2, True)).words.startswith("at least 37.0 h slower")
    assert change(f(50.0, 1), f(40.0, 0, 2, True)).words.startswith("not known yet")
    assert change(f(9.5, 1), f(None, 0)).words == "nothing to compare: no submissions since"


def test_a_mentorship_counts_the_mentors_silence_on_both_sides(tmp_path):
    """Pat→Tina in journey2: "before – (0)", though Tina's only earlier candidate with Pat waited 29 days."""
    config = make_config(tmp_path)
    start = at(11, 15)
    history = [rec(MARIA, at(2, 10)),                      # before: never answered (waiting)
               rec(MARIA, at(12, 10), at(12, 13))]         # as mentor: 3 h
    report = build(history, [Mentorship(RITA, MARIA, start)], MON, at(30, 0), config.calendar_for,
                   config.default_calendar, None)
    [row] = report.mentorships
    assert (row.before.answered, row.before.waiting, row.before.median_at_least) == (0, 1, True)
    assert row.median_before == pytest.approx(7 + 19 * 8)  # Mon 2 Nov 10:00 → Mon 30 Nov 00:00
    assert row.change.words == "at least 156.0 h faster; too few to tell (1 before, 1 since)"
    page = json.loads(rows.to_json(report, UTC))["mentorships"][0]
    assert page["before"]["waiting"] == 1 and page["change"] == row.change.words


def test_each_manager_is_split_at_the_first_mentorship_and_the_trend_marks_it(tmp_path):
    from mailer.report.charts import CHARTS, svg_element
    from mailer.report.html import page
    config = make_config(tmp_path)
    history = [rec(MARIA, at(2, 10), at(3, 10)), rec(MARIA, at(3, 10), at(4, 10)),
               rec(MARIA, at(10, 10), at(10, 12)), rec(MARIA, at(11, 10), at(11, 12))]
    report = build(history, [Mentorship(RITA, MARIA, at(9, 9))], MON, at(16, 0), config.calendar_for,
                   config.default_calendar, None)
    [maria] = report.managers
    assert (maria.mentoring.before.median_hours, maria.mentoring.since.median_hours) == (8.0, 2.0)
    assert maria.mentoring.change.words == "6.0 h faster; too few to tell (2 before, 2 since)"
    assert report.team_mentoring.change.words == maria.mentoring.change.words
    html = page(report, UTC)
    assert 'id="mentoring-split"' in html and "Before and since mentoring began (Mon 09 Nov 2026)" in html
    svg = svg_element(next(c for c in CHARTS if c.key == "chart-reply-time"), report)
    assert "mentoring began" in svg


def test_a_weeks_floor_is_drawn_apart_and_its_waiting_count_written(tmp_path):
    from mailer.report.charts import CHARTS, svg_element
    config = make_config(tmp_path)
    history = [rec(MARIA, at(2, 10), at(2, 12)), rec(MARIA, at(3, 10)), rec(MARIA, at(3, 11))]
    report = build(history, [], MON, at(9, 0), config.calendar_for, config.default_calendar, None)
    assert report.weeks[0].figures.median_at_least
    svg = svg_element(next(c for c in CHARTS if c.key == "chart-reply-time"), report)
    assert "≥ still waiting" in svg and "2 waiting" in svg


# ---------------------------------------------------------------- finding 4: a pair taken out of the config

def test_a_mentorship_removed_from_the_config_reads_as_ended_in_every_format(tmp_path):
    config = make_config(tmp_path)  # no mentorships configured
    store = Store(tmp_path / "state.db")
    with store.transaction():
        store.record_invitation(SAM, OLGA, "invite@x", at(2, 9))
        store.answer_invitation(SAM, OLGA, True, at(3, 9))
    report = collect.report(store, config, MON, at(30, 0))
    store.close()
    [row] = report.mentorships
    assert row.state == "ended" and row.ended.startswith("removed from the config")
    assert json.loads(rows.to_json(report, UTC))["mentorships"][0]["state"] == "ended"
    from mailer.report.html import page
    assert "(ended: removed from the config)" in page(report, UTC)


def test_a_configured_mentorship_stays_active(tmp_path):
    config = make_config(tmp_path, extra=f"mentorships:\n  - recruiter: {SAM}\n    mentor: {MARIA}\n"
                                         "    every: every week on tuesday at 10:00\n",
                         recruiters=[(RITA, "Rita Recruiter", None), (SAM, "Sam Sourcer", None)])
    store = Store(tmp_path / "state.db")
    with store.transaction():
        store.record_invitation(SAM, MARIA, "invite@x", at(2, 9))
        store.answer_invitation(SAM, MARIA, True, at(3, 9))
    [row] = collect.report(store, config, MON, at(30, 0)).mentorships
    store.close()
    assert (row.state, row.ended) == ("active", "")


# ---------------------------------------------------------------- finding 9: the manager's own words

def _answered(tmp_path, reply_text, decision=None, also=False):
    config = make_config(tmp_path, extra="digests:\n  recruiter: every monday at 08:00\n")
    store = Store(tmp_path / "state.db")
    now = at(30, 9)
    with store.transaction():
        sid = store.add_submission("k1", MARIA, RITA, "Fatima Zahra", "", "s", "m1@x", (), at(26, 10))
        store.record_answer(sid, at(27, 10), timedelta(hours=8), "a1", reply_text)
        if decision:
            store.decide(sid, State.ANSWERED, decision, by_manager_at=at(27, 10))
        if also:  # the same reply answered a second candidate, another recruiter's
            other = store.add_submission("k2", MARIA, SAM, "Omar Haddad", "", "s", "m2@x", (), at(26, 10))
            store.record_answer(other, at(27, 10), timedelta(hours=8), "a1", reply_text)
    answered = digest.recruiter(store, config, RITA, now).variables["answered"]
    store.close()
    return answered[0]["said"]


def test_a_recruiters_digest_keeps_the_managers_words(tmp_path):
    assert _answered(tmp_path, "Hi Rita,\nCan you check her notice period?\nThanks,\nMaria") == \
        "Can you check her notice period?"


def test_the_words_are_one_short_line_without_control_characters(tmp_path):
    said = _answered(tmp_path, "Looks good \u202eevil\u202c\x07 " + "really " * 40 + "\nsecond line")
    assert len(said) <= digest.SAID_LIMIT + 1 and "\n" not in said and "\u202e" not in said and "\x07" not in said
    assert said.endswith("…")


def test_words_too_long_for_the_line_give_the_question_they_ask(tmp_path):
    """journey2's Fatima Zahra: the question Rita had to act on came last, after 250 characters of praise."""
    text = ("Hi Rita,\n\nI read through Fatima's CV last night. The experimentation background is exactly what we "
            "need for the pricing work, and I like that she has owned a model in production end to end. Let's get "
            "her in for a first conversation with me and then the take-home. Can you check her notice period?")
    assert _answered(tmp_path, text) == "… Can you check her notice period?"


def test_a_decision_word_is_not_repeated_as_the_words(tmp_path):
    assert _answered(tmp_path, "pass - not enough Spark experience", decision="pass") == \
        "not enough Spark experience"


@pytest.mark.parametrize("text, words", [("1 pass", ""), ("Fatima: pass", ""),
                                         ("Fatima Zahra - pass, notice period too long", "notice period too long")])
def test_a_numbered_or_named_command_is_not_quoted_as_words(tmp_path, text, words):
    assert _answered(tmp_path, text, decision="pass") == words


def test_one_reply_about_several_candidates_is_not_quoted_under_one(tmp_path):
    assert _answered(tmp_path, "Fatima: yes. Omar: pass", also=True) == ""


# ---------------------------------------------------------------- finding 16: report --now

def test_report_takes_now_as_status_does_and_until_ends_there(tmp_path, capsys):
    from mailer.cli.main import parser
    from mailer.cli.report import period
    help_text = parser()._subparsers._group_actions[0].choices["report"].format_help()
    assert "--now TIME" in help_text
    config = make_config(tmp_path)
    start, end = period(config, "2026-11-02", "2026-12-31", at(20, 12))
    assert end == at(20, 12)


def test_a_long_wait_summed_by_days_is_the_business_time_between(tmp_path):
    """Measures.waited sums whole days from a per-manager table (a wait can span months): the same hours as
    business_time_between, across both 2026 daylight-saving changes and the holidays, in London and New York."""
    from mailer.report.figures import Measures
    from mailer.workdays import business_time_between
    config = make_config(tmp_path)
    measures, rng = Measures(config.calendar_for, None), random.Random(3)
    for _ in range(400):
        manager = rng.choice([MARIA, "nate@acme.test"])
        start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 60 * 24 * 365))
        end = start + timedelta(minutes=rng.randint(0, 60 * 24 * 120))
        want = business_time_between(config.calendar_for(manager), start, end).total_seconds() / 3600
        assert measures.waited(rec(manager, start), end) == pytest.approx(want, abs=1e-9), (manager, start, end)
