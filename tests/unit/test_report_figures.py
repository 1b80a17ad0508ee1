"""`mailer report`'s figures: a replayed history with reply times worked out by hand, through the real store.

The history crosses both 2026 daylight-saving changes (London on Sun 25 Oct, New York on Sun 1 Nov) and
two time zones: Maria works 9–17 in London, Nate 9–17 in New York; the first rung is "2 business days".
Each expected number below was counted by hand from the comments, not computed by the code under test.
"""

from datetime import date, datetime, timedelta, timezone

import pytest

from helpers import make_config
from mailer.model import OutgoingMail, State
from mailer.report import collect, rows
from mailer.report.figures import SubmissionRecord, build, figures, median, p90
from mailer.store import Store
from mailer.workdays import parse_delay

UTC = timezone.utc
MARIA, NATE, RITA, SAM = "maria@acme.test", "nate@acme.test", "rita@acme.test", "sam@acme.test"
SINCE = datetime(2026, 10, 26, 0, 0, tzinfo=UTC)   # Monday; London is on GMT (UTC) from Sun 25 Oct
UNTIL = datetime(2026, 11, 9, 0, 0, tzinfo=UTC)    # two whole weeks


def u(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


# (name, manager, recruiter, submitted UTC, first reply UTC or None, closed UTC or None, nudges before reply)
HISTORY = [
    # Before the period and before the mentorship: only the "before" median uses these.
    ("B1", MARIA, RITA, u(2026, 10, 12, 9), u(2026, 10, 14, 13), None, 0),   # Mon 10:00 BST → Wed 14:00 BST: 7+8+5 = 20 h
    ("B2", MARIA, RITA, u(2026, 10, 23, 14), u(2026, 10, 27, 11), None, 0),  # Fri 15:00 BST → Tue 11:00 GMT: 2+8+2 = 12 h
    # Week of Mon 26 Oct
    ("M1", MARIA, RITA, u(2026, 10, 26, 10), u(2026, 10, 26, 14), None, 0),  # 4 h, within
    ("M2", MARIA, SAM, u(2026, 10, 26, 10), u(2026, 10, 28, 10), None, 0),   # 16 h, exactly at the deadline: within
    ("M3", MARIA, SAM, u(2026, 10, 27, 9), u(2026, 10, 30, 13), None, 1),    # 8+8+8+4 = 28 h, late, after one nudge
    ("M4", MARIA, SAM, u(2026, 10, 28, 12), None, None, 0),                  # never answered: waiting, late
    ("N1", NATE, SAM, u(2026, 10, 30, 18), u(2026, 11, 2, 15), None, 0),     # Fri 14:00 EDT → Mon 10:00 EST: 3+1 = 4 h
    # Week of Mon 2 Nov
    ("M5", MARIA, RITA, u(2026, 11, 2, 9), None, u(2026, 11, 2, 10), 0),     # closed by the recruiter: not counted
    ("M6", MARIA, RITA, u(2026, 11, 3, 9), u(2026, 11, 3, 15), None, 0),     # 6 h, within
    ("M7", MARIA, RITA, u(2026, 11, 6, 15), u(2026, 11, 9, 10), None, 0),    # answered after the period: waiting
    ("N2", NATE, RITA, u(2026, 11, 2, 21), u(2026, 11, 4, 17), None, 0),     # Mon 16:00 EST → Wed 12:00 EST: 1+8+3 = 12 h
]


def replay(store: Store, config) -> None:
    """Write the history as the daemon would: submissions, first answers, a recruiter's stop, a sent nudge."""
    ids = {}
    for n, (name, manager, recruiter, submitted, replied, closed, nudges) in enumerate(HISTORY):
        with store.transaction():
            sid = store.add_submission(f"k{n}", manager, recruiter, f"Candidate {name}", "Role", f"Candidate {name}",
                                       f"{name}@x", (), submitted)
            ids[name] = sid
            for i in range(nudges):
                at = u(2026, 10, 29, 10)
                oid = store.enqueue(OutgoingMail(f"nudge{n}.{i}", f"nudge{n}.{i}@x", "followup", manager, "manager",
                                                 config.address, (manager,), b"raw", "Re: x"), at)
                store.add_listing(oid, [sid])
                store.mark_sent(oid, at)
            if replied:
                store.record_answer(sid, replied, timedelta(), f"reply{n}", "ok")
            if closed:
                store.decide(sid, State.CLOSED, "stop")
                store.event(closed, "decision", f"{recruiter} on Candidate {name}: stop", sid)
    # A nudge still queued (never sent) and a mentor ask, both about M3: neither is a nudge to the manager.
    with store.transaction():
        for key, audience in (("queued", "manager"), ("mentor", "mentor")):
            oid = store.enqueue(OutgoingMail(key, f"{key}@x", "followup", MARIA, audience, config.address, (MARIA,),
                                             b"raw", "Re: x"), u(2026, 10, 27, 10))
            store.add_listing(oid, [ids["M3"]])
            if audience == "mentor":
                store.mark_sent(oid, u(2026, 10, 27, 10))
    # Maria said yes to mentoring Rita at the start of the period; two check-ins since, one answered.
    with store.transaction():
        store.record_invitation(RITA, MARIA, "invite@x", u(2026, 10, 22, 9))
        store.answer_invitation(RITA, MARIA, True, SINCE)
        store.record_checkin(RITA, MARIA, date(2026, 10, 27), "c1@x", "How is it going?", u(2026, 10, 27, 9))
        store.record_checkin(RITA, MARIA, date(2026, 11, 3), "c2@x", "Anything stuck?", u(2026, 11, 3, 9))
        checkin = store.mentoring_mail(("c1@x",)).checkin
        store.add_journal(RITA, MARIA, checkin.id, checkin.question, "Ping me on Slack", u(2026, 10, 27, 12), "j1")
        # Sam invited Nate, who never answered: no mentorship to compare.
        store.record_invitation(SAM, NATE, "invite2@x", u(2026, 10, 22, 9))


# Rita's mentorship with Maria as configured (one taken out of the config reads as ended).
MENTORSHIP = f"""
mentorships:
  - recruiter: {RITA}
    mentor: {MARIA}
    every: every week on tuesday at 10:00
"""


@pytest.fixture
def report(tmp_path):
    config = make_config(tmp_path, recruiters=[(RITA, "Rita Recruiter", MARIA), (SAM, "Sam Sourcer", None)],
                         extra=MENTORSHIP)
    store = Store(tmp_path / "state.db")
    replay(store, config)
    yield collect.report(store, config, SINCE, UNTIL)
    store.close()


def by_manager(report):
    return {row.manager: row.figures for row in report.managers}


def test_per_manager_medians_p90s_sla_shares_nudges_and_waiting(report):
    maria, nate = by_manager(report)[MARIA], by_manager(report)[NATE]
    # Maria: M1..M7 received; replies 4, 6, 16, 28 h; M4 still waiting (Wed 28 Oct 12:00 → Mon 9 Nov 00:00:
    # 5 + 16 + 40 = 61 h), M7 waiting 2 h (Fri 15–17), M5 closed after 1 h. Counting those (Kaplan–Meier):
    # 1 and 2 drop out before any reply; at 4 h 5 at risk (S 4/5), at 6 h 4 (3/5), at 16 h 3 (2/5 ≤ 1/2): 16 h.
    # Over the four replies alone it read 11 h, with a candidate waiting 61 h left out.
    assert (maria.received, maria.answered, maria.waiting) == (7, 4, 2)
    assert (maria.median_hours, maria.median_at_least) == (pytest.approx(16.0), False)
    # At 28 h S is 1/5, never 1/10: too many waiting for a p90, so at least the 7th of 1 2 4 6 16 28 61.
    assert (maria.p90_hours, maria.p90_at_least) == (pytest.approx(61.0), True)
    assert maria.oldest_wait_hours == pytest.approx(61.0)
    # Within 2 business days: M1, M2, M6 yes; M3, M4 no; M5 closed first and M7 not yet due: 3 of 5.
    assert (maria.within_sla, maria.sla_counted) == (pytest.approx(0.6), 5)
    assert maria.nudges_per_answer == pytest.approx(0.25)  # one nudge (M3) over four answers
    # Nate, across New York's DST change: 4 and 12 h.
    assert (nate.received, nate.answered, nate.waiting) == (2, 2, 0)
    assert (nate.median_hours, nate.p90_hours) == (pytest.approx(8.0), pytest.approx(12.0))  # none waiting: plain
    assert (nate.median_at_least, nate.p90_at_least, nate.oldest_wait_hours) == (False, False, None)
    assert (nate.within_sla, nate.nudges_per_answer) == (pytest.approx(1.0), pytest.approx(0.0))
    assert report.sla == "2 business days"


def test_team_figures_and_weekly_trend(report):
    team = report.team
    assert (team.received, team.answered, team.waiting) == (9, 6, 2)
    # 1c 2c | 4 4 (7 at risk: S 5/7) 6 (5: 4/7) 12 (4: 3/7 ≤ 1/2) 16 28 | 61c: 12 h; over the replies alone 9 h.
    assert (team.median_hours, team.median_at_least) == (pytest.approx(12.0), False)
    assert (team.p90_hours, team.p90_at_least) == (pytest.approx(61.0), True)  # S ends at 1/7: the 9th of 9
    assert team.within_sla == pytest.approx(5 / 7)
    weeks = {row.week: row.figures for row in report.weeks}
    assert list(weeks) == [date(2026, 10, 26), date(2026, 11, 2)]
    first, second = weeks[date(2026, 10, 26)], weeks[date(2026, 11, 2)]
    # M1 4, N1 4, M2 16, M3 28, M4 waiting 61: S 3/5 at 4 h, 2/5 at 16 h: 16 h (10 over the replies alone).
    assert (first.received, first.answered, first.median_hours, first.p90_hours) == (5, 4, 16.0, 61.0)
    assert (first.median_at_least, first.p90_at_least) == (False, True)
    assert first.within_sla == pytest.approx(0.6)
    # N2 came Mon 21:00 UTC: still Monday in London, so it is in this week.
    # M5 closed at 1 h, M7 waiting 2 h, M6 6, N2 12: S is exactly 1/2 at 6 h, so (6 + 12) / 2 as a plain median.
    assert (second.received, second.answered, second.median_hours, second.p90_hours) == (4, 2, 9.0, 12.0)
    assert (second.within_sla, second.waiting) == (pytest.approx(1.0), 1)


def test_mentor_answers_faster_than_before_and_than_to_others(report):
    [row] = report.mentorships  # Sam and Nate's unanswered invitation is no mentorship yet
    assert (row.recruiter, row.mentor, row.state) == (RITA, MARIA, "active")
    assert (row.started_at, row.checkins_sent, row.checkins_answered) == (SINCE, 2, 1)
    # M1 4 h, M6 6 h; M7 waiting 2 h and M5 closed at 1 h drop out before the first reply: S exactly 1/2 at 4 h,
    # so (4 + 6) / 2. The waiting one is counted beside it.
    assert (row.replies_as_mentor, row.as_mentor.waiting, row.median_as_mentor) == (2, 1, pytest.approx(5.0))
    assert (row.replies_before, row.median_before) == (2, pytest.approx(16.0))        # B1 20 h, B2 12 h
    assert row.change_vs_before == pytest.approx(-11.0)
    assert row.change.words == "11.0 h faster; too few to tell (2 before, 3 since)"
    # Sam: M2 16 h, M3 28 h, and M4 waiting 61 h: the middle one is 28 h (22 over the replies alone).
    assert row.median_others == pytest.approx(28.0)


def test_csv_and_json_carry_one_row_per_manager_with_the_email(report):
    csv_lines = rows.to_csv(report, timezone.utc).splitlines()
    assert csv_lines[0].startswith("manager,name,since,until,received")
    assert [line.split(",")[0] for line in csv_lines[1:]] == [MARIA, NATE]
    assert ",7,4,16.0,61.0,0.6,5,0.25,2,false,true,61.0," in csv_lines[1]
    import json
    data = json.loads(rows.to_json(report, timezone.utc))
    assert [m["manager"] for m in data["managers"]] == [MARIA, NATE]
    assert data["managers"][1]["median_hours"] == 8.0 and data["team"]["received"] == 9
    assert data["mentorships"][0]["change_vs_before"] == -11.0
    assert [w["week"] for w in data["weeks"]] == ["2026-10-26", "2026-11-02"]


def test_a_mentorship_names_its_recruiter_and_mentor_as_the_managers_are_named(report, tmp_path):
    """Found in a user-journey review: the per-manager table showed names with the address small under them, the
    mentorships' table "rita@acme.example → olivia@acme.example"."""
    [row] = report.mentorships
    assert (row.recruiter_name, row.mentor_name) == ("Rita Recruiter", "Maria Manager")
    from zoneinfo import ZoneInfo
    from mailer.report.html import page
    html = page(report, ZoneInfo("Europe/London"))
    table = html[html.index('id="mentorships"'):]
    cell = table[table.index("<tbody>"):table.index("</td>")]
    assert "<span>Rita Recruiter</span> → <span>Maria Manager</span>" in cell, cell
    assert f"<small>{RITA} → {MARIA}</small>" in cell, cell
    import json
    [mentorship] = json.loads(rows.to_json(report, timezone.utc))["mentorships"]
    assert (mentorship["recruiter_name"], mentorship["mentor_name"]) == ("Rita Recruiter", "Maria Manager")


def test_an_unlisted_person_in_a_mentorship_is_shown_by_address(tmp_path):
    from mailer.report.figures import Mentorship
    config = make_config(tmp_path)
    report = build([], [Mentorship("zoe@acme.test", MARIA, SINCE)], SINCE, UNTIL, config.calendar_for,
                  config.default_calendar, None,
                  names=lambda address, fallback: collect.person_name(config, address, fallback))
    [row] = report.mentorships
    assert (row.recruiter_name, row.mentor_name) == ("zoe@acme.test", "Maria Manager")


def test_the_csv_and_json_write_every_time_in_the_teams_zone_to_the_second(report):
    """Found in a user-journey review: the default period's start, a local midnight, read
    "2026-09-21T00:00:00+01:00" and its end, "now", "2026-12-08T02:14:35.937980+00:00" in the same row."""
    from zoneinfo import ZoneInfo
    import csv
    import io
    import json
    from dataclasses import replace
    late = replace(report, since=datetime(2026, 10, 25, 23, 0, tzinfo=UTC),  # Mon 26 Oct 00:00 in Berlin (CET)
                   until=datetime(2026, 11, 9, 2, 14, 35, 937980, tzinfo=UTC))
    berlin = ZoneInfo("Europe/Berlin")
    first = next(csv.DictReader(io.StringIO(rows.to_csv(late, berlin))))
    assert (first["since"], first["until"]) == ("2026-10-26T00:00:00+01:00", "2026-11-09T03:14:35+01:00")
    data = json.loads(rows.to_json(late, berlin))
    assert (data["since"], data["until"]) == ("2026-10-26T00:00:00+01:00", "2026-11-09T03:14:35+01:00")
    assert data["managers"][0]["until"] == "2026-11-09T03:14:35+01:00"
    assert data["mentorships"][0]["started_at"] == "2026-10-26T01:00:00+01:00"  # SINCE, 00:00 UTC


def test_period_bounds_are_honoured(tmp_path):
    config = make_config(tmp_path)
    store = Store(tmp_path / "state.db")
    replay(store, config)
    # Only the first week, and as it stood then: M3's reply (Fri 13:00) had not come by Fri 12:00.
    early = collect.report(store, config, SINCE, u(2026, 10, 30, 12))
    store.close()
    maria = by_manager(early)[MARIA]
    assert (maria.received, maria.answered, maria.waiting) == (4, 2, 2)
    # M1 4, M2 16; M4 waiting 16 h (Wed 12:00 → Fri 12:00), M3 waiting 27 h: S 3/4 at 4, exactly 1/2 at 16 with
    # no reply after it, and M3 may take any time: at least 16, the last reply (review10: the standard reading).
    assert (maria.median_hours, maria.median_at_least, maria.nudges_per_answer) == (pytest.approx(16.0), True, 0)
    assert NATE not in by_manager(early)  # N1 came at 18:00 UTC on the Friday


def test_statistics_definitions():
    assert p90([float(h) for h in range(1, 11)]) == 9
    assert p90([1.0, 2.0, 3.0, 4.0, 5.0]) == 5
    assert p90([3.0]) == 3 and p90([]) is None
    assert median([1.0, 2.0, 10.0, 11.0]) == 6 and median([]) is None


def test_no_history_gives_empty_weeks_not_errors(tmp_path):
    config = make_config(tmp_path)
    result = build([], [], SINCE, UNTIL, config.calendar_for, config.default_calendar, parse_delay("2 business days"))
    assert [w.figures.received for w in result.weeks] == [0, 0]
    assert result.team.median_hours is None and result.team.within_sla is None and result.managers == ()
    lone = figures([SubmissionRecord(MARIA, RITA, u(2026, 11, 2, 9))], UNTIL, config.calendar_for, None)
    assert (lone.waiting, lone.within_sla, lone.sla_counted) == (1, None, 0)


def test_default_period_is_whole_weeks_from_a_monday(tmp_path):
    config = make_config(tmp_path)
    # Until Monday 9 Nov 00:00 London: the 12 weeks are those of 17 Aug … 2 Nov (BST then: 23:00 UTC the day before).
    assert collect.last_weeks(config.default_calendar, UNTIL, 12) == datetime(2026, 8, 16, 23, 0, tzinfo=UTC)
    assert collect.last_weeks(config.default_calendar, u(2026, 11, 11, 15), 2) == SINCE + timedelta(weeks=1)


def test_the_page_defines_every_figure_it_shows_as_the_readme_does(report):
    """The mentorships table is on the page, so its figures are defined under "What the figures mean" too, and
    a reply is what the README says it is (a forward by the recruiter counts, their `stop` does not)."""
    from mailer.report.html import page
    text = " ".join(page(report, timezone.utc).split())
    meaning = text.split("What the figures mean", 1)[1]
    assert "Mentorships: do mentors answer faster?" in text
    assert "<dt>mentorship</dt>" in meaning and "since the mentorship started" in meaning
    assert "one a recruiter forwarded" in meaning and "a recruiter's <code>stop</code>" in meaning


def test_a_manager_digest_listing_the_candidate_counts_as_a_nudge_as_the_readme_says(tmp_path):
    """Nate's weekly digest numbered Dan among his waiting candidates before he answered: a mail to the manager
    listing the candidate, answerable like a grouped nudge, so nudges per answer counts it."""
    config = make_config(tmp_path)
    store = Store(tmp_path / "state.db")
    with store.transaction():
        sid = store.add_submission("k", NATE, RITA, "Dan Diaz", "SRE", "s", "d@x", (), u(2026, 10, 26, 14))
        oid = store.enqueue(OutgoingMail("digest-manager:n", "dg@x", "digest_manager", NATE, "manager", config.address,
                                         (NATE,), b"raw", "Your week"), u(2026, 10, 27, 14))
        store.add_listing(oid, [sid])
        store.mark_sent(oid, u(2026, 10, 27, 14))
        store.record_answer(sid, u(2026, 10, 28, 15), timedelta(), "reply", "ok")
    report = collect.report(store, config, SINCE, UNTIL)
    assert by_manager(report)[NATE].nudges_per_answer == 1.0
    store.close()


def test_an_empty_period_names_the_bounds_as_they_were_given(tmp_path):
    from mailer.cli.report import ReportError, period
    config = make_config(tmp_path)
    with pytest.raises(ReportError) as err:  # --until a date is the end of that day, not the next day's 00:00
        period(config, "2026-12-01", "2026-11-01", datetime(2026, 12, 7, tzinfo=timezone.utc))
    assert str(err.value) == "the period is empty: --since 2026-12-01 is not before --until 2026-11-01"


def test_an_output_name_whose_suffix_is_no_format_is_refused_not_written_as_html(tmp_path):
    # `mailer report --output report.pdf` wrote an HTML page under a .pdf name, which no PDF reader opens.
    from pathlib import Path
    from mailer.cli.report import ReportError, output_format
    with pytest.raises(ReportError) as err:
        output_format(None, Path("report.pdf"))
    assert str(err.value) == ("cannot tell a format from report.pdf: mailer writes html, csv or json; name the file "
                              ".html, .csv or .json, or give --format")
    assert [output_format(None, Path(name)) for name in ("r.html", "r.HTM", "r.csv", "r.json", "report")] == [
        "html", "html", "csv", "json", "html"]
    assert output_format("csv", Path("report.pdf")) == "csv"  # said outright: as asked
    assert output_format(None, None) == "html"


def test_the_page_title_reads_as_a_title_after_a_question(report):
    from mailer.report.html import page
    text = page(report, timezone.utc, title="Acme Recruiting: are managers answering?")
    assert "<title>Acme Recruiting: are managers answering? (" in text and "?:" not in text
