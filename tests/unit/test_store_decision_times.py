"""Migrations 13 and 15 on a state written before them: each manager's decision keeps the time it was taken (for
the digest's wait) and gets the time mailer read it (for the digest that tells it), from what the events table
recorded; a decision a digest told before the upgrade is not told again after it, and none is told twice."""

from datetime import datetime, timedelta, timezone
import sqlite3

import pytest

from mailer.digesttold import to_tell
from mailer.model import State
from mailer.store import Store
from mailer.store.schema import MIGRATIONS, SCHEMA

UTC = timezone.utc
T0 = datetime(2026, 11, 2, 9, tzinfo=UTC)  # Mon: every submission
DAY, HOUR = timedelta(days=1), timedelta(hours=1)
EVER = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def _t(at: datetime) -> str:
    return at.isoformat()


def _old_state(path, version: int) -> None:
    """A state as mailer at `version` left it: five of Rita's candidates for Maria, with their events."""
    db = sqlite3.connect(path)
    db.create_function("mailer_fold", 1, lambda name: name.lower())
    for statement in (SCHEMA + "".join(MIGRATIONS[v] for v in range(2, version + 1))).split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("INSERT INTO meta VALUES ('schema', ?), ('instance', 'abc')", (str(version),))
    rows = [  # id, candidate, state, decision, answered_at
        (1, "Ann Interview", "answered", "interview", T0 + DAY),
        (2, "Ben Snoozed", "open", "snooze", T0 + DAY),
        (3, "Cai Snoozed Then Passed", "answered", "pass", T0 + DAY),
        (4, "Dee Stopped", "closed", "stop", None),
        (5, "Eve Words", "answered", "reply", T0 + 2 * DAY),
    ]
    for sid, candidate, state, decision, answered in rows:
        db.execute("INSERT INTO submissions (id, message_key, manager, recruiter, candidate, role, subject, message_id, "
                   "refs, submitted_at, state, answered_at, decision) VALUES (?, ?, 'maria@x', 'rita@x', ?, '', 's', "
                   "?, '[]', ?, ?, ?, ?)", (sid, f"k{sid}", candidate, f"m{sid}@x", _t(T0), state,
                                            answered and _t(answered), decision))
        if version >= 13 and answered and decision != "snooze":  # what migration 13 (as released) wrote
            db.execute("UPDATE submissions SET decided_at=? WHERE id=?", (_t(answered), sid))
    events = [  # the read times: each mail read an hour after it was written
        (1, T0 + DAY + HOUR, "Maria Manager on Ann Interview: interview"),
        (2, T0 + DAY + HOUR, "Maria Manager on Ben Snoozed: snooze"),
        (3, T0 + DAY + HOUR, "Maria Manager on Cai Snoozed Then Passed: snooze"),
        (3, T0 + 9 * DAY + HOUR, "Maria Manager on Cai Snoozed Then Passed: pass"),
        (3, T0 + 10 * DAY, "rita@x on Cai Snoozed Then Passed: stop"),
        (4, T0 + DAY, "rita@x on Dee Stopped: stop"),
    ]
    for sid, at, detail in events:
        db.execute("INSERT INTO events (at, kind, submission_id, detail) VALUES (?, 'decision', ?, ?)",
                   (_t(at), sid, detail))
    db.commit()
    db.close()


@pytest.fixture(params=[12, 13, 14])
def upgraded(request, tmp_path):
    path = tmp_path / f"v{request.param}.db"
    _old_state(path, request.param)
    store = Store(path)
    yield store
    store.close()


def _told(store: Store, since: datetime, until: datetime) -> list[tuple[str, datetime]]:
    """What a digest looking back to `since`, composed at `until`, tells when no digest told anything yet."""
    answers = to_tell(store.answers_read("rita@x", since), set(), since, until)
    return [(store.submission(a.submission_id).candidate, a.decided_at) for a in answers]


def test_a_decision_after_a_snooze_gets_its_own_time_not_the_snoozes(upgraded):
    times = {r["id"]: (r["decided_at"], r["decision_read_at"]) for r in upgraded.db.execute(
        "SELECT id, decided_at, decision_read_at FROM submissions")}
    assert times[3] == (_t(T0 + 9 * DAY + HOUR), _t(T0 + 9 * DAY + HOUR))  # the pass, not the snooze a week before
    assert times[1] == (_t(T0 + DAY), _t(T0 + DAY + HOUR))  # the mail's own time kept, the reading from the event
    assert times[5] == (_t(T0 + 2 * DAY), _t(T0 + 2 * DAY))  # no event: its own time, never later than its reading
    assert times[2] == (None, None) and times[4] == (None, None)


def test_each_decision_is_told_once_over_the_upgraded_history(upgraded):
    assert sorted(c for c, _ in _told(upgraded, *EVER)) == ["Ann Interview", "Cai Snoozed Then Passed", "Eve Words"]
    cuts = [EVER[0], T0 + DAY + timedelta(minutes=30), T0 + 3 * DAY, T0 + 9 * DAY, EVER[1]]
    told = [c for a, b in zip(cuts, cuts[1:]) for c, _ in _told(upgraded, a, b)]
    assert sorted(told) == ["Ann Interview", "Cai Snoozed Then Passed", "Eve Words"]


def test_what_a_digest_composed_before_the_upgrade_told_is_not_told_after_it(upgraded):
    """A digest composed at Wed 4 Nov told Ann (decided and read on Tue); the first digest after the upgrade starts
    there and must not tell her again, and tells Cai's pass (read on the 11th) once."""
    composed = T0 + 2 * DAY + 3 * HOUR
    assert [c for c, _ in _told(upgraded, composed, EVER[1])] == ["Cai Snoozed Then Passed"]


def test_a_decision_after_the_upgrade_records_its_reading(upgraded):
    with upgraded.transaction():
        upgraded.record_answer(2, T0 + 12 * DAY, timedelta(hours=3), "a2", "interview", read_at=T0 + 13 * DAY)
        upgraded.decide(2, State.ANSWERED, "interview", by_manager_at=T0 + 12 * DAY, read_at=T0 + 13 * DAY)
    assert _told(upgraded, T0 + 12 * DAY + HOUR, T0 + 14 * DAY) == [("Ben Snoozed", T0 + 12 * DAY)]
