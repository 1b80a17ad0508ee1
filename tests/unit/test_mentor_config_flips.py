"""An invited pair whose config changes (review10 findings 5 and 7). Set to `invite: false` while the invitation
waits (the mentor agreed in person), the pair stayed invited: two working weeks later the recruiter was told the
mentor "has not answered" and no check-in ever went. Put back in the config after weeks out of it, the pair was
told silent in the very pass that put it back: the weeks out counted as the mentor's silence. Now the first is a
mentorship from the pass that reads `invite: false`, and the second counts its silence from the day it is back
(the mentor still has the invitation, so it is not sent twice). Real SQLite store through the daemon's queueing."""

from datetime import timedelta

from mailer.compose import environment
from mailer.decide import queue_due
from mailer.mentoring.plan import silent_at
from mailer.store import MentorshipState, Store

from test_mentor_pairs_from_config import MARIA, MON, load

INVITED = MARIA + "    invite: true\n"


def sent(store):
    store.db.execute("UPDATE outbox SET state='sent', sent_at=created_at WHERE state!='sent'")


def kinds(store):
    return [r.key.split(":")[0] for r in store.outbox()]


def test_an_invited_pair_set_to_invite_false_is_a_mentorship_at_the_next_pass_and_never_told_silent(tmp_path):
    config = load(tmp_path, INVITED)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    queue_due(store, config, env, MON)
    sent(store)
    assert [r.state for r in store.mentorships()] == [MentorshipState.INVITED]
    agreed = load(tmp_path, MARIA)  # Maria agreed in the corridor: ops writes `invite: false`
    day = MON + timedelta(days=4)
    queue_due(store, agreed, env, day)
    (row,) = store.mentorships()
    assert (row.state, row.started_at) == (MentorshipState.ACTIVE, day)  # was: still invited
    for days in range(5, 30):
        queue_due(store, agreed, env, MON + timedelta(days=days))
        sent(store)
    assert "mentor-silent" not in kinds(store) and "mentor-checkin" in kinds(store)
    assert store.mentorships()[0].state is MentorshipState.ACTIVE


def test_a_pair_set_to_invite_false_with_a_start_day_to_come_waits_for_it(tmp_path):
    config = load(tmp_path, INVITED)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    queue_due(store, config, env, MON)
    later = load(tmp_path, MARIA + "    start: 2026-12-14\n")
    queue_due(store, later, env, MON + timedelta(days=4))
    assert store.mentorships()[0].state is MentorshipState.INVITED
    queue_due(store, later, env, MON + timedelta(days=14))
    assert store.mentorships()[0].state is MentorshipState.ACTIVE


def test_an_invited_pair_put_back_counts_its_silence_from_the_day_it_is_back(tmp_path):
    config = load(tmp_path, INVITED)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    queue_due(store, config, env, MON)  # invited Mon 30 Nov
    sent(store)
    queue_due(store, load(tmp_path, ""), env, MON + timedelta(days=1))  # removed Tue 1 Dec
    back = MON + timedelta(days=22)  # put back Tue 22 Dec, three weeks later
    assert queue_due(store, config, env, back) == []  # was: mentor-silent in this very pass
    assert store.mentorships()[0].state is MentorshipState.INVITED
    told = silent_at(config.calendar_for("maria@acme.test"), back)  # two of Maria's working weeks after it is back
    assert told > back + timedelta(days=14)  # Christmas and New Year are not working days
    queue_due(store, config, env, told - timedelta(minutes=1))
    assert "mentor-silent" not in kinds(store) and kinds(store).count("mentor-invitation") == 1
    queue_due(store, config, env, told)
    assert "mentor-silent" in kinds(store) and kinds(store).count("mentor-invitation") == 1
    assert store.mentorships()[0].state is MentorshipState.SILENT
