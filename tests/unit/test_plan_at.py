"""`mailer plan --at T`: what one pass of the daemon at T sends, named as `plan --day` names it. Found in a team's
month: at Monday 09:00, when three digests went, `plan --at` said "Nothing due" (it never looked at digests), and
it called a check-in "mentor checkin" with its question where `plan --day` said "mentor_checkin" and its subject."""

from datetime import datetime, timedelta, timezone

from helpers import config_text
from mailer.cli.ops import plan_window_text
from mailer.cli.status import plan_text
from mailer.compose import environment
from mailer.config.load import parse
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
  ops: every monday at 09:30
ops: [olga@acme.test]
"""


def rows(text: str) -> list[tuple[str, str, str]]:
    """(to, kind, subject) of each mail a plan lists (the table's columns are split by two or more spaces)."""
    import re
    found = []
    for line in text.splitlines()[3:]:
        cells = re.split(r" {2,}", line.strip())
        found.append((cells[2], cells[3], cells[-1]))
    return found


def test_plan_at_lists_digests_and_check_ins_as_plan_day_does(tmp_path):
    text = config_text(extra=CADENCES)
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    env = environment(config.templates)
    store.add_submission("s1", "nate@acme.test", "rita@acme.test", "Jane Doe", "Backend", "Candidate: Jane Doe",
                         "s1@x", (), MON - timedelta(days=3))
    digests_at = MON - timedelta(minutes=30)
    assert set(rows(plan_text(store, config, env, digests_at))) == {
        ("rita@acme.test", "digest_recruiter", "Your week: open candidates and answers"),
        ("olga@acme.test", "digest_ops", "Team report: 1 submission in 12 weeks, 1 waiting")}
    at_checkin = rows(plan_text(store, config, env, MON))
    day = rows(plan_window_text(store, config, env, MON - timedelta(hours=2), MON - timedelta(hours=2),
                                MON + timedelta(minutes=1)))
    checkin = ("maria@acme.test", "mentor_checkin", "Mentoring check-in: Rita Recruiter and Maria Manager")
    assert checkin in at_checkin and checkin in day
    assert store.outbox() == []  # plan sends and queues nothing
    store.close()
