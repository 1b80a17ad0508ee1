"""A mentor who is also a manager with a digest gets one mail from mailer a day: a check-in gives way to their
digest when it is planned, and a digest gives way to a check-in that already went that day; `status`, `plan --day`
and `mentors` show the day the daemon will send each."""

from datetime import date, timedelta

from helpers import config_text, sent_now
from mailer.cadences import cadences
from mailer.cli.cadences import cadences_text
from mailer.cli.mentoring import mentors_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer import decide, digests
from mailer.digestplan import recipients
from mailer.forecast import forecast
from mailer.mentoring.loop import queue_mentoring
from mailer.report.digest import next_checkins
from mailer.store import Store
from test_digests import MARIA, NATE, RITA, config_with, u


def queue_due(store, config, env, now):
    """A pass's decision stage, then its send stage with SMTP up: what it queued goes at `now`."""
    return sent_now(store, decide.queue_due(store, config, env, now), now)


def queue_digests(store, config, env, now):
    return sent_now(store, digests.queue_digests(store, config, env, now), now)


MENTORED = """
digests:
  manager: every monday at 14:00
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 10:00
    start: 2026-11-23
"""


def test_a_manager_digest_after_a_check_in_that_went_the_same_day_waits_for_the_next_business_day(tmp_path):
    """Found in review: at Maria's 10:00 check-in nothing waited for her as a manager, so the check-in did not
    give way to her 14:00 digest; Rita's submission came at 11:00, and Maria got both mails that Monday."""
    config = config_with(tmp_path, extra=MENTORED, digest_for=(MARIA,))
    store, env = Store(tmp_path / "state.db"), environment(config.templates)
    monday = u(2026, 11, 30, 10, 0)
    with store.transaction():
        for audience, person, _ in recipients(config):
            store.start_digests(audience, person, date(2026, 11, 23))
        store.add_submission("k0", NATE, RITA, "Omar Haddad", "", "s", "m0@x", (), monday - timedelta(days=3))
    checkin, = queue_mentoring(store, config, env, monday)
    with store.transaction():
        store.mark_sent(store.outbox_by_key(checkin).id, monday)  # the check-in goes at 10:00
        store.add_submission("k1", MARIA, RITA, "Jane Doe", "", "s", "m1@x", (), monday + timedelta(hours=1))
    assert queue_digests(store, config, env, u(2026, 11, 30, 14, 5)) == []
    assert queue_digests(store, config, env, u(2026, 12, 1, 9, 5)) == [f"digest-manager:{MARIA}:2026-11-30"]
    store.close()


TWO_PAIRS = """
digests:
  manager: every monday at 14:00
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 10:00
    start: 2026-11-23
  - recruiter: sam@acme.test
    mentor: maria@acme.test
    every: every tuesday at 10:00
    start: 2026-11-30
"""


def after_a_check_in_and_a_new_candidate(tmp_path, extra=MENTORED, recruiters=None):
    """Monday 30 Nov: Maria's 10:00 check-in went, then Rita's candidate for her came at 11:00, so her 14:00
    manager digest has something to list and gives way to the check-in: it goes on Tuesday at 09:00."""
    text = config_text(extra=extra, recruiters=recruiters).replace(
        f"  - email: {MARIA}\n", f"  - email: {MARIA}\n    digest: true\n")
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store, env = Store(tmp_path / "state.db"), environment(config.templates)
    with store.transaction():
        for audience, person, _ in recipients(config):
            store.start_digests(audience, person, date(2026, 11, 23))
    monday = u(2026, 11, 30, 10, 0)
    [checkin] = queue_mentoring(store, config, env, monday)
    with store.transaction():
        store.mark_sent(store.outbox_by_key(checkin).id, monday)
        store.add_submission("k1", MARIA, RITA, "Jane Doe", "", "s", "m1@x", (), monday + timedelta(hours=1))
    return config, store, env


def test_status_shows_the_manager_digest_on_the_day_it_goes_after_a_check_in(tmp_path):
    """Found in review: `status` named Monday 14:00, the slot, when the daemon holds the digest to Tuesday."""
    config, store, env = after_a_check_in_and_a_new_candidate(tmp_path)
    noon = u(2026, 11, 30, 12, 0)
    [digest] = [c for c in cadences(store, config, noon) if c.what == "manager digest"]
    assert digest.next_at == u(2026, 12, 1, 9, 0)
    assert "Tue 01 Dec 09:00 GMT" in cadences_text(config, cadences(store, config, noon), noon)
    assert queue_digests(store, config, env, u(2026, 11, 30, 14, 0)) == []  # the daemon agrees
    assert queue_digests(store, config, env, u(2026, 12, 1, 9, 0)) == [f"digest-manager:{MARIA}:2026-11-30"]
    store.close()


def test_plan_day_lists_the_manager_digest_at_the_minute_it_goes_after_a_check_in(tmp_path):
    """`plan --day` visited the slot (Monday 14:00), where the daemon's pass held it, and then only the next
    instant something else made it look: the digest was listed on Tuesday at 14:00, not at Tuesday's opening."""
    config, store, env = after_a_check_in_and_a_new_candidate(tmp_path)
    noon = u(2026, 11, 30, 12, 0)
    planned = forecast(store, config, env, noon, u(2026, 12, 1, 18, 0))
    assert [(p.kind, p.at) for p in planned if p.kind == "digest_manager"] == [("digest_manager", u(2026, 12, 1, 9))]
    store.close()


def test_mentors_and_status_show_the_next_check_in_moved_by_the_digest_it_pushed_to_the_next_day(tmp_path):
    """Maria also mentors Sam on Tuesdays at 10:00. Her Monday digest, held by Rita's check-in, goes on Tuesday
    at 09:00 and takes that day, and Jane's first nudge takes Wednesday, so Sam's check-in goes on Thursday:
    `mentors`, `status` and Sam's digest named Tuesday, reading the digest as if it went on its slot's day."""
    config, store, env = after_a_check_in_and_a_new_candidate(
        tmp_path, TWO_PAIRS, [(RITA, "Rita Recruiter", None), ("sam@acme.test", "Sam Sourcer", None)])
    noon = u(2026, 11, 30, 12, 0)
    [sams] = [c for c in cadences(store, config, noon) if c.recruiter == "sam@acme.test"]
    assert sams.next_at == u(2026, 12, 3, 10, 0)
    sam_row = next(line for line in mentors_text(store, config, noon).splitlines() if line.startswith("Sam"))
    assert "Thu 03 Dec 10:00" in sam_row
    assert next_checkins(store, config, "sam@acme.test", noon) == [{"mentor": "Maria Manager",
                                                                     "at": "Thu 03 Dec 10:00"}]

    def daemon_pass(at):  # the daemon's decision stages, in its order
        return queue_digests(store, config, env, at) + queue_due(store, config, env, at)
    assert daemon_pass(u(2026, 12, 1, 9, 0)) == [f"digest-manager:{MARIA}:2026-11-30"]
    assert daemon_pass(u(2026, 12, 1, 10, 0)) == []
    assert daemon_pass(u(2026, 12, 2, 10, 0)) == []  # Jane's nudge at 11:00 keeps Wednesday (finding 12)
    assert [k.split(":")[0] for k in daemon_pass(u(2026, 12, 2, 11, 0))] == ["manager"]
    assert daemon_pass(u(2026, 12, 3, 10, 0)) == [f"mentor-checkin:sam@acme.test:{MARIA}:2026-12-01"]
    store.close()


def test_status_shows_a_manager_digest_held_by_the_nudge_that_went_that_day(tmp_path):
    """The same for the daily cap, before this session too: Maria's nudge went on Monday at 10:00, so her 14:00
    digest goes on Tuesday at 09:00, and `status` named Monday 14:00."""
    config = config_with(tmp_path, digest_for=(MARIA,),
                         extra="digests:\n  manager: every monday at 14:00\n")
    store, env = Store(tmp_path / "state.db"), environment(config.templates)
    with store.transaction():
        store.start_digests("manager", MARIA, date(2026, 11, 23))
        store.add_submission("k1", MARIA, RITA, "Jane Doe", "", "s", "m1@x", (), u(2026, 11, 26, 10))
    assert [k.split(":")[0] for k in queue_due(store, config, env, u(2026, 11, 30, 10))] == ["manager"]
    noon = u(2026, 11, 30, 12, 0)
    [digest] = [c for c in cadences(store, config, noon) if c.what == "manager digest"]
    assert digest.next_at == u(2026, 12, 1, 9, 0)
    assert queue_digests(store, config, env, u(2026, 11, 30, 14, 0)) == []  # the daemon agrees
    assert queue_digests(store, config, env, u(2026, 12, 1, 9, 0)) == [f"digest-manager:{MARIA}:2026-11-30"]
    store.close()


def test_mentors_see_the_check_in_give_way_to_a_digest_whose_candidate_a_snooze_holds_only_until_then(tmp_path):
    """Maria snoozed her one candidate until Friday: today's digest has nothing to list, but next Monday's will,
    and her check-in that Monday gives way to it. `mentors` and `status` read whether the digest lists something
    now, not when it goes, and named Monday."""
    from mailer.model import State
    config = config_with(tmp_path, digest_for=(MARIA,), extra=MENTORED.replace("2026-11-23", "2026-12-07"))
    store, env = Store(tmp_path / "state.db"), environment(config.templates)
    with store.transaction():
        store.start_digests("manager", MARIA, date(2026, 11, 23))
        store.add_submission("k1", MARIA, RITA, "Jane Doe", "", "s", "m1@x", (), u(2026, 11, 26, 10))
        store.decide(1, State.OPEN, "snooze", u(2026, 12, 4, 9))
    tuesday = u(2026, 12, 1, 12, 0)
    [check_in] = [c for c in cadences(store, config, tuesday) if c.what == "check-in"]
    assert check_in.next_at == u(2026, 12, 8, 10, 0)
    assert "Tue 08 Dec 10:00" in mentors_text(store, config, tuesday)
    # The daemon: Friday's nudge as the snooze ends; on Monday no nudge, and the check-in waits for the digest.
    assert [k.split(":")[0] for k in queue_due(store, config, env, u(2026, 12, 4, 9))] == ["manager"]
    assert queue_due(store, config, env, u(2026, 12, 7, 10)) == []
    assert queue_digests(store, config, env, u(2026, 12, 7, 14)) == [f"digest-manager:{MARIA}:2026-12-07"]
    # Tuesday's second nudge (a rung the views cannot see before the first went) keeps Tuesday: Wednesday.
    assert [k.split(":")[0] for k in queue_due(store, config, env, u(2026, 12, 8, 10))] == ["manager"]
    assert f"mentor-checkin:{RITA}:{MARIA}:2026-12-07" in queue_due(store, config, env, u(2026, 12, 9, 10))
    store.close()


def test_a_check_in_already_moved_a_day_is_shown_at_its_new_time_on_a_day_a_nudge_is_due(tmp_path):
    """Sam's Tuesday check-in, moved by Maria's digest and then by her Wednesday 11:00 nudge, goes on Thursday
    10:00 (finding 12: one mail from mailer a day). `status`, `mentors` and `plan --day` name that time from
    Monday on, and on Wednesday morning they still do: they once took the overdue slot to the next pass before
    moving it for the day's mail, where the daemon moves it from its own day."""
    config, store, env = after_a_check_in_and_a_new_candidate(
        tmp_path, TWO_PAIRS, [(RITA, "Rita Recruiter", None), ("sam@acme.test", "Sam Sourcer", None)])
    planned = forecast(store, config, env, u(2026, 11, 30, 12), u(2026, 12, 3, 18))
    assert [(p.kind, p.at) for p in planned if p.kind == "mentor_checkin"] == [("mentor_checkin", u(2026, 12, 3, 10))]
    assert queue_digests(store, config, env, u(2026, 12, 1, 9, 0)) == [f"digest-manager:{MARIA}:2026-11-30"]
    wednesday = u(2026, 12, 2, 9, 0)
    [sams] = [c for c in cadences(store, config, wednesday) if c.recruiter == "sam@acme.test"]
    assert sams.next_at == u(2026, 12, 3, 10, 0)
    assert "Thu 03 Dec 10:00" in next(line for line in mentors_text(store, config, wednesday).splitlines()
                                      if line.startswith("Sam"))
    assert queue_due(store, config, env, u(2026, 12, 2, 10, 0)) == []
    assert [k.split(":")[0] for k in queue_due(store, config, env, u(2026, 12, 2, 11, 0))] == ["manager"]
    assert queue_due(store, config, env, u(2026, 12, 3, 10, 0)) == [f"mentor-checkin:sam@acme.test:{MARIA}:2026-12-01"]
    store.close()
