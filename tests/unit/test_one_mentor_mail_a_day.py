"""A mentor who is also a manager gets one mail from mailer a day: on a day they get a nudge (sent, or due later
that day, or their manager digest), their check-in moves to the next business day at the cadence's time, and on
past each day so taken for up to three business days, then goes beside that day's mail, never lost; an
invitation waits the same way for the mentor's next business hour, and `plan --day` lists it (and its "no answer"
notice, 14 days later) at the minute the daemon queues it, not the next instant some other mail made the forecast
look. The daemon's own decision stage (decide.queue_due: the ladder, then the mentor loop) and forecast on a real
SQLite store."""

from datetime import datetime, timedelta, timezone

from helpers import config_text, sent_now
from mailer.compose import environment
from mailer.config.load import parse
from mailer import decide, digests
from mailer.forecast import forecast
from mailer.store import Store


def queue_due(store, config, env, now):
    """A pass's decision stage, then its send stage with SMTP up: what it queued goes at `now`."""
    return sent_now(store, decide.queue_due(store, config, env, now), now)


def queue_digests(store, config, env, now):
    return sent_now(store, digests.queue_digests(store, config, env, now), now)


MENTORSHIP = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every tuesday at 10:00
"""
CHECK_INS = MENTORSHIP + "    start: 2026-12-01\n"
INVITED = MENTORSHIP + "    invite: true\n"


def u(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)  # London = UTC in winter


def world(tmp_path, *submitted: datetime, mentorship: str = CHECK_INS):
    """Maria mentors Rita (Tuesdays 10:00) and is the manager of Sam's candidates submitted at these times."""
    text = config_text(extra=mentorship, recruiters=[("rita@acme.test", "Rita Recruiter", None),
                                                     ("sam@acme.test", "Sam Sourcer", None)])
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    with store.transaction():
        for n, at in enumerate(submitted):
            store.add_submission(f"k{n}", "maria@acme.test", "sam@acme.test", f"Cand {n}", "", "s", f"s{n}@x", (), at)
    return config, store, environment(config.templates)


def kinds(keys: list[str]) -> list[str]:
    return [k.split(":")[0] for k in keys]


def test_a_check_in_on_a_nudge_day_moves_to_the_next_business_day(tmp_path):
    config, store, env = world(tmp_path, u(2026, 11, 27, 10))  # Friday: step 1 due Tuesday 10:00
    assert kinds(queue_due(store, config, env, u(2026, 12, 1, 10))) == ["manager"]  # the nudge; no check-in
    assert queue_due(store, config, env, u(2026, 12, 1, 15)) == []
    assert queue_due(store, config, env, u(2026, 12, 2, 9, 59)) == []
    assert queue_due(store, config, env, u(2026, 12, 2, 10)) == [
        "mentor-checkin:rita@acme.test:maria@acme.test:2026-12-01"]  # Tuesday's slot, on Wednesday at 10:00


def test_a_nudge_due_later_that_day_takes_the_day_before_it_is_queued(tmp_path):
    config, store, env = world(tmp_path, u(2026, 11, 27, 14))  # step 1 due Tuesday 14:00
    assert queue_due(store, config, env, u(2026, 12, 1, 10)) == []  # the check-in gives way to the coming nudge
    assert kinds(queue_due(store, config, env, u(2026, 12, 1, 14))) == ["manager"]
    assert kinds(queue_due(store, config, env, u(2026, 12, 2, 10))) == ["mentor-checkin"]


def test_it_moves_past_each_day_taken_so_the_mentor_never_gets_two_mails_a_day(tmp_path):
    """Journey2 finding 12: a check-in moved once, then went beside Monday's digest (two mails from mailer that
    day, against the README's one). Nudges due Tuesday 10:00 and Wednesday 11:00, both candidates then answered:
    the check-in goes on the first day with nothing else from mailer, Thursday, and Maria gets one mail a day."""
    config, store, env = world(tmp_path, u(2026, 11, 27, 10), u(2026, 11, 30, 11))
    per_day: dict = {}
    for day in range(1, 8):
        for hour in range(9, 17):
            for kind in kinds(queue_due(store, config, env, u(2026, 12, day, hour))):
                per_day.setdefault(day, []).append(kind)
        if day == 2:
            with store.transaction():
                for sub in (1, 2):
                    store.record_answer(sub, u(2026, 12, 2, 16), timedelta(hours=8), f"a{sub}", "Yes, let's talk.")
    assert per_day == {1: ["manager"], 2: ["manager"], 3: ["mentor-checkin"]}, per_day


def test_a_day_mailer_was_down_does_not_let_the_check_in_go_beside_todays_overdue_nudge(tmp_path):
    """No pass on Wednesday (mailer down, or a clock jump): on Thursday the overdue nudge goes, and the check-in,
    whose day had moved to the Wednesday gone by, waits for Friday rather than go beside it."""
    config, store, env = world(tmp_path, u(2026, 11, 27, 10), u(2026, 11, 30, 11))
    assert kinds(queue_due(store, config, env, u(2026, 12, 1, 10))) == ["manager"]
    with store.transaction():
        store.record_answer(1, u(2026, 12, 1, 16), timedelta(hours=8), "a1", "Yes, let's talk.")
    assert kinds(queue_due(store, config, env, u(2026, 12, 3, 10))) == ["manager"]  # Wednesday's, overdue
    with store.transaction():
        store.record_answer(2, u(2026, 12, 3, 16), timedelta(hours=8), "a2", "Yes, let's talk.")
    assert kinds(queue_due(store, config, env, u(2026, 12, 4, 10))) == ["mentor-checkin"]


def test_a_mentor_nudged_every_day_gets_the_check_in_after_three_days_beside_a_nudge(tmp_path):
    """The move has an end: three business days on, it goes beside that day's nudge, so a weekly check-in is never
    folded into its next slot. Two candidates' nudges keep Maria busy Tuesday to Friday."""
    config, store, env = world(tmp_path, u(2026, 11, 27, 10), u(2026, 11, 30, 11))
    found = []
    for day in range(1, 8):
        for hour in range(9, 17):
            found += [(day, k) for k in kinds(queue_due(store, config, env, u(2026, 12, day, hour)))]
    assert found == [(1, "manager"), (2, "manager"), (3, "manager"), (4, "mentor-checkin"), (4, "manager")]


def test_a_mentor_with_nothing_due_gets_the_check_in_on_time(tmp_path):
    config, store, env = world(tmp_path, u(2026, 11, 30, 10))  # step 1 due Wednesday: not Tuesday's business
    assert kinds(queue_due(store, config, env, u(2026, 12, 1, 10))) == ["mentor-checkin"]


def test_an_invitation_on_a_nudge_day_waits_for_the_next_business_day(tmp_path):
    config, store, env = world(tmp_path, u(2026, 11, 27, 10), mentorship=INVITED)  # step 1 due Tuesday 10:00
    assert kinds(queue_due(store, config, env, u(2026, 12, 1, 10))) == ["manager"]  # the nudge alone
    assert queue_due(store, config, env, u(2026, 12, 1, 15)) == []
    assert queue_due(store, config, env, u(2026, 12, 2, 8, 59)) == []  # before Maria's hours
    assert kinds(queue_due(store, config, env, u(2026, 12, 2, 9))) == ["mentor-invitation"]


def test_a_mentor_nudged_every_day_is_still_invited_on_the_second(tmp_path):
    # Nudges due Tuesday 10:00 and Wednesday 11:00: the invitation still goes on Wednesday.
    config, store, env = world(tmp_path, u(2026, 11, 27, 10), u(2026, 11, 30, 11), mentorship=INVITED)
    assert kinds(queue_due(store, config, env, u(2026, 12, 1, 10))) == ["manager"]
    assert kinds(queue_due(store, config, env, u(2026, 12, 2, 9))) == ["mentor-invitation"]


def test_an_invitation_is_planned_at_the_mentors_opening_and_its_silence_notice_two_weeks_on(tmp_path):
    # Nothing else for Maria: the forecast's only fallback is once a day.
    config, store, env = world(tmp_path, mentorship=INVITED)
    sunday_night = u(2026, 11, 29, 22)
    planned = forecast(store, config, env, sunday_night, sunday_night + timedelta(days=16))
    at = {p.kind: p.at for p in planned if p.kind.startswith("mentor_")}
    assert at == {"mentor_invitation": u(2026, 11, 30, 9), "mentor_notice": u(2026, 12, 14, 9)}
    store.close()


def test_a_check_in_gives_way_to_the_mentors_own_manager_digest_due_later_that_day(tmp_path):
    """Maria mentors Rita on Mondays at 10:00 and gets her manager digest on Mondays at 11:00: the check-in at 10:00
    and the digest at 11:00 were two mails from mailer that day. The digest repeats candidates who wait, so it
    keeps the day, as a nudge due later does, and the check-in goes on Tuesday at 10:00."""
    monday = MENTORSHIP.replace("every tuesday", "every monday") + "    start: 2026-11-30\n"
    text = config_text(extra=monday + "digests:\n  manager: every monday at 11:00\n",
                       recruiters=[("rita@acme.test", "Rita Recruiter", None), ("sam@acme.test", "Sam Sourcer", None)])
    config = parse(text.replace("  - email: maria@acme.test\n", "  - email: maria@acme.test\n    digest: true\n"),
                   tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    env = environment(config.templates)
    with store.transaction():  # Sam's candidate for Maria, in today: her first nudge is due on Wednesday
        store.add_submission("k0", "maria@acme.test", "sam@acme.test", "Cand 0", "", "s", "s0@x", (),
                             u(2026, 11, 30, 9))

    def daemon_pass(at):  # the daemon's decision stages, in its order
        return kinds(queue_digests(store, config, env, at) + queue_due(store, config, env, at))

    assert daemon_pass(u(2026, 11, 30, 9, 30)) == []
    assert daemon_pass(u(2026, 11, 30, 10)) == []  # the digest comes later today: the check-in gives way
    assert daemon_pass(u(2026, 11, 30, 11)) == ["digest-manager"]
    assert daemon_pass(u(2026, 12, 1, 9, 59)) == []
    assert "mentor-checkin" in daemon_pass(u(2026, 12, 1, 10))  # beside Tuesday's nudge: it moves once only
    store.close()


def test_mentors_and_status_show_the_day_a_digest_will_move_the_check_in_to(tmp_path):
    """Seen on the Friday before: Monday's 10:00 check-in will give way to Maria's 11:00 manager digest, so
    `mentors` and `status` name Tuesday 10:00 (they named Monday, the day only the daemon knew it would not go),
    and the daemon then sends it then."""
    from mailer.cadences import cadences
    from mailer.cli.mentoring import mentors_text
    monday = MENTORSHIP.replace("every tuesday", "every monday") + "    start: 2026-11-30\n"
    text = config_text(extra=monday + "digests:\n  manager: every monday at 11:00\n",
                       recruiters=[("rita@acme.test", "Rita Recruiter", None), ("sam@acme.test", "Sam Sourcer", None)])
    config = parse(text.replace("  - email: maria@acme.test\n", "  - email: maria@acme.test\n    digest: true\n"),
                   tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    env = environment(config.templates)
    with store.transaction():
        store.add_submission("k0", "maria@acme.test", "sam@acme.test", "Cand 0", "", "s", "s0@x", (),
                             u(2026, 11, 27, 9))
    friday = u(2026, 11, 27, 15)
    [check_in] = [c for c in cadences(store, config, friday) if c.what == "check-in"]
    # Monday has the digest, Tuesday the nudge the ladder plans for Cand 0: Wednesday (finding 12).
    assert check_in.next_at == u(2026, 12, 2, 10)
    assert "Wed 02 Dec 10:00" in mentors_text(store, config, friday)

    def daemon_pass(at):
        return kinds(queue_digests(store, config, env, at) + queue_due(store, config, env, at))

    assert "mentor-checkin" not in daemon_pass(u(2026, 11, 30, 10)) + daemon_pass(u(2026, 11, 30, 11))
    assert "mentor-checkin" not in daemon_pass(u(2026, 12, 1, 10))  # Tuesday's nudge keeps the day
    assert daemon_pass(u(2026, 12, 2, 10)) == ["mentor-checkin"]
    store.close()


def test_a_manager_digest_with_nothing_to_list_does_not_move_the_check_in(tmp_path):
    """Maria's digest at 11:00 has nothing to list (no candidate of hers waits): it sends nothing, so her 10:00
    check-in must not give way to it and lose a day, and `mentors` must not say it will."""
    from mailer.cadences import cadences
    monday = MENTORSHIP.replace("every tuesday", "every monday") + "    start: 2026-11-30\n"
    text = config_text(extra=monday + "digests:\n  manager: every monday at 11:00\n",
                       recruiters=[("rita@acme.test", "Rita Recruiter", None), ("sam@acme.test", "Sam Sourcer", None)])
    config = parse(text.replace("  - email: maria@acme.test\n", "  - email: maria@acme.test\n    digest: true\n"),
                   tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    env = environment(config.templates)
    [check_in] = [c for c in cadences(store, config, u(2026, 11, 27, 15)) if c.what == "check-in"]
    assert check_in.next_at == u(2026, 11, 30, 10)
    assert kinds(queue_digests(store, config, env, u(2026, 11, 30, 10))
                 + queue_due(store, config, env, u(2026, 11, 30, 10))) == ["mentor-checkin"]
    assert queue_digests(store, config, env, u(2026, 11, 30, 11)) == []  # nothing to list: no digest
    store.close()
