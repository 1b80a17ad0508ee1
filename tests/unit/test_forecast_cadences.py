"""`plan --day` lists digests and check-ins at the minute the daemon queues them: their slots are instants the
forecast visits, like ladder steps (before, it looked once a day and put them at whatever minute that was)."""

from datetime import datetime, timedelta, timezone

from helpers import config_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer.forecast import forecast
from mailer.store import Store

MON = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)  # London = UTC in winter
CADENCES = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 10:00
    start: 2026-11-30
digests:
  recruiter: every monday at 09:30
"""


def test_digests_and_check_ins_are_planned_at_their_slot(tmp_path):
    text = config_text(extra=CADENCES)
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    store.add_submission("s1", "maria@acme.test", "rita@acme.test", "Jane Doe", "Backend", "Candidate: Jane Doe",
                         "s1@x", (), MON - timedelta(days=3))
    start = MON + timedelta(hours=1, minutes=7)  # after this Monday's slots: the next ones are a week on
    planned = forecast(store, config, environment(config.templates), start, start + timedelta(days=7))
    at = {p.kind: p.at for p in planned if p.kind in ("mentor_checkin", "digest_recruiter")}
    assert at == {"digest_recruiter": datetime(2026, 12, 7, 9, 30, tzinfo=timezone.utc),
                  "mentor_checkin": datetime(2026, 12, 7, 10, 0, tzinfo=timezone.utc)}
    store.close()


def test_after_downtime_plan_lists_the_fresher_slot_at_its_minute(tmp_path):
    """Back on Monday 14 Dec at 09:05 after the first Monday's digest and check-in: last week's slots wait for
    today's, so `plan` must visit 09:30 and 10:00 today and list them there, not at some later instant."""
    text = config_text(extra=CADENCES)
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    env = environment(config.templates)
    store.add_submission("s1", "nate@acme.test", "rita@acme.test", "Jane Doe", "Backend", "Candidate: Jane Doe",
                         "s1@x", (), MON - timedelta(days=3))
    from mailer.digests import queue_digests
    from mailer.mentoring.loop import queue_mentoring
    queue_digests(store, config, env, MON - timedelta(minutes=30))  # the first Monday, as the daemon did
    queue_mentoring(store, config, env, MON)
    with store.transaction():
        for row in store.outbox():
            store.mark_sent(row.id, MON)
    with store.transaction():  # Nate answered: no nudge takes the mentor's day, Rita's digest still has news
        store.record_answer(1, MON + timedelta(days=10), timedelta(), "a1", "ok")
    back = MON + timedelta(days=14, minutes=-55)
    planned = forecast(store, config, env, back, back + timedelta(hours=8))
    at = {p.kind: p.at for p in planned if p.kind in ("mentor_checkin", "digest_recruiter")}
    assert at == {"digest_recruiter": datetime(2026, 12, 14, 9, 30, tzinfo=timezone.utc),
                  "mentor_checkin": datetime(2026, 12, 14, 10, 0, tzinfo=timezone.utc)}
    store.close()
