"""Migration 16 on a state written before it: each recruiter digest queued before the upgrade is given the answers
it told by time, as mailer then chose them, so the first digest after the upgrade tells nothing already told and
loses nothing a failed or still-waiting digest held."""

from datetime import datetime, timezone
import sqlite3

import pytest

from mailer.digesttold import to_tell
from mailer.model import QueueState
from mailer.report.digest import since_last_digest
from mailer.store import Store
from mailer.store.schema import MIGRATIONS, SCHEMA, SCHEMA_VERSION

UTC = timezone.utc
RITA = "rita@x"
DIGESTS = [  # Rita's Monday digests before the upgrade: slot day, state, in_doubt (composed at 09:00 that day)
    ("2026-11-09", "sent", 0),
    ("2026-11-16", "failed", 0),    # told nothing: its answers went in the next
    ("2026-11-23", "sent", 0),
    ("2026-11-30", "queued", 0),    # still waiting: composed again at sending, or superseded by the next slot's
]
ANSWERS = [  # id, candidate, recruiter, decision, read at
    (1, "Ann Early", RITA, "interview", "2026-11-05T10:00:00+00:00"),
    (2, "Ben Same Second", RITA, "pass", "2026-11-09T09:00:00+00:00"),   # read in the pass of the first digest
    (3, "Cai After Failed", RITA, "pass", "2026-11-12T10:00:00+00:00"),
    (4, "Dee Words", RITA, None, "2026-11-30T09:00:00+00:00"),  # in words, read in the pass of the waiting digest
    (5, "Eve After All", RITA, "interview", "2026-12-01T10:00:00+00:00"),
    (6, "Fay Snoozed", RITA, "snooze", None),
    (7, "Gus Other Recruiter", "rita@x.org", "pass", "2026-11-05T10:00:00+00:00"),  # a longer address, same start
]


def _state_before(path) -> None:
    db = sqlite3.connect(path)
    db.create_function("mailer_fold", 1, lambda name: name.lower())
    for statement in (SCHEMA + "".join(MIGRATIONS[v] for v in range(2, 16))).split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("INSERT INTO meta VALUES ('schema', '15'), ('instance', 'abc')")
    for n, (day, state, in_doubt) in enumerate(DIGESTS, 1):
        at = f"{day}T09:00:00+00:00"
        db.execute("INSERT INTO outbox (key, message_id, kind, manager, audience, envelope_from, recipients, subject, "
                   "raw, state, created_at, next_attempt_at, composed_at, person, in_doubt) VALUES (?, ?, "
                   "'digest_recruiter', '', 'recruiter', 'mailer@x', '[\"rita@x\"]', 'Digest', x'00', ?, ?, ?, ?, "
                   "'rita@x', ?)", (f"digest-recruiter:{RITA}:{day}", f"d{n}@x", state, at, at, at, in_doubt))
    for sid, candidate, recruiter, decision, read_at in ANSWERS:
        answered = None if decision == "snooze" else read_at
        db.execute("INSERT INTO submissions (id, message_key, manager, recruiter, candidate, role, subject, "
                   "message_id, refs, submitted_at, state, answered_at, decision, decided_at, decision_read_at) VALUES "
                   "(?, ?, 'maria@x', ?, ?, '', 's', ?, '[]', '2026-11-02T09:00:00+00:00', ?, ?, ?, ?, ?)",
                   (sid, f"k{sid}", recruiter, candidate, f"m{sid}@x", "open" if decision == "snooze" else "answered",
                    answered or "2026-11-03T09:00:00+00:00", decision, answered, read_at))
    db.commit()
    db.close()


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "v15.db"
    _state_before(path)
    store = Store(path)
    yield store
    store.close()


def _marks(store: Store) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for r in store.db.execute("SELECT o.key, s.candidate FROM digest_told t JOIN outbox o ON o.id=t.outbox_id "
                              "JOIN submissions s ON s.id=t.submission_id ORDER BY o.key, s.id"):
        found.setdefault(r["key"].rpartition(":")[2], []).append(r["candidate"])
    return found


def _next_digest_tells(store: Store, day: str) -> list[str]:
    now = datetime.fromisoformat(f"{day}T09:00:00+00:00")
    since = since_last_digest(store, f"digest-recruiter:{RITA}:{day}", now)
    told = to_tell(store.answers_read(RITA, since), store.told_answers(RITA, since), since, now)
    return [store.submission(a.submission_id).candidate for a in told]


def test_each_answer_is_marked_as_told_by_the_first_digest_composed_after_it_was_read_that_did_not_fail(upgraded):
    assert upgraded.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()["value"] == str(SCHEMA_VERSION)  # brought to the latest
    assert _marks(upgraded) == {"2026-11-09": ["Ann Early", "Ben Same Second"], "2026-11-23": ["Cai After Failed"],
                                "2026-11-30": ["Dee Words"]}


def test_the_first_digest_after_the_upgrade_tells_what_the_waiting_one_held_and_what_came_after_and_nothing_again(
        upgraded):
    """The waiting digest of 30 Nov is superseded by the next slot's, which tells its answer and the later one."""
    assert _next_digest_tells(upgraded, "2026-12-07") == ["Dee Words", "Eve After All"]


def test_once_the_waiting_digest_went_what_it_told_counts(upgraded):
    [waiting] = [r for r in upgraded.outbox(QueueState.QUEUED)]
    with upgraded.transaction():
        upgraded.mark_sent(waiting.id, datetime(2026, 11, 30, 9, 30, tzinfo=UTC))
    assert _next_digest_tells(upgraded, "2026-12-07") == ["Eve After All"]
