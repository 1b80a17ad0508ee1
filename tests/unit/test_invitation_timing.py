"""A mentor invitation keeps the one-mail-a-day rule (on a day the mentor is nudged it waits for the next business
day, once) and `plan --day` lists it at the minute the daemon queues it: the mentor's next business hour, not the
next instant some other mail happened to make the forecast look. Also its "no answer" notice, 14 days later.
The daemon's own decision stage (decide.queue_due) and forecast on a real SQLite store."""

from datetime import datetime, timedelta, timezone

from helpers import config_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer.decide import queue_due
from mailer.forecast import forecast
from mailer.store import Store

PAIR = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every tuesday at 10:00
    invite: true
"""


def u(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)  # London = UTC in winter


def world(tmp_path, *submitted: datetime):
    """Rita will invite Maria; Maria is the manager of Sam's candidates submitted at these times."""
    text = config_text(extra=PAIR, recruiters=[("rita@acme.test", "Rita Recruiter", None),
                                               ("sam@acme.test", "Sam Sourcer", None)])
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    with store.transaction():
        for n, at in enumerate(submitted):
            store.add_submission(f"k{n}", "maria@acme.test", "sam@acme.test", f"Cand {n}", "", "s", f"s{n}@x", (), at)
    return config, store, environment(config.templates)


def kinds(keys: list[str]) -> list[str]:
    return [k.split(":")[0] for k in keys]


def test_an_invitation_on_a_nudge_day_waits_for_the_next_business_day(tmp_path):
    config, store, env = world(tmp_path, u(2026, 11, 27, 10))  # Friday: step 1 due Tuesday 10:00
    assert kinds(queue_due(store, config, env, u(2026, 12, 1, 10))) == ["manager"]  # the nudge alone
    assert queue_due(store, config, env, u(2026, 12, 1, 15)) == []
    assert queue_due(store, config, env, u(2026, 12, 2, 8, 59)) == []  # before Maria's hours
    assert kinds(queue_due(store, config, env, u(2026, 12, 2, 9))) == ["mentor-invitation"]


def test_a_mentor_nudged_every_day_is_still_invited_on_the_second(tmp_path):
    config, store, env = world(tmp_path, u(2026, 11, 27, 10), u(2026, 11, 30, 11))  # nudges Tue 10:00, Wed 11:00
    assert kinds(queue_due(store, config, env, u(2026, 12, 1, 10))) == ["manager"]
    assert kinds(queue_due(store, config, env, u(2026, 12, 2, 9))) == ["mentor-invitation"]


def test_an_invitation_is_planned_at_the_mentors_opening_and_its_silence_notice_two_weeks_on(tmp_path):
    config, store, env = world(tmp_path)  # nothing else for Maria: the forecast's only fallback is once a day
    sunday_night = u(2026, 11, 29, 22)
    planned = forecast(store, config, env, sunday_night, sunday_night + timedelta(days=16))
    at = {p.kind: p.at for p in planned if p.kind.startswith("mentor_")}
    assert at == {"mentor_invitation": u(2026, 11, 30, 9), "mentor_notice": u(2026, 12, 14, 9)}
    store.close()
