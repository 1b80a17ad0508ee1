"""A mentor who is also a manager with a digest gets one mail from mailer a day: a check-in gives way to their
digest when it is planned, and a digest gives way to a check-in that already went that day."""

from datetime import date, timedelta

from mailer.compose import environment
from mailer.digests import queue_digests, recipients
from mailer.mentoring.loop import queue_mentoring
from mailer.store import Store
from test_digests import MARIA, NATE, RITA, config_with, u

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
    assert queue_mentoring(store, config, env, monday), "the check-in goes at 10:00"
    with store.transaction():
        store.add_submission("k1", MARIA, RITA, "Jane Doe", "", "s", "m1@x", (), monday + timedelta(hours=1))
    assert queue_digests(store, config, env, u(2026, 11, 30, 14, 5)) == []
    assert queue_digests(store, config, env, u(2026, 12, 1, 9, 5)) == [f"digest-manager:{MARIA}:2026-11-30"]
    store.close()
