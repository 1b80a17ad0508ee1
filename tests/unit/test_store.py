"""The store: schema upgrades in place, queue-once keys, claim/sent states, savepoints."""

from datetime import datetime, timedelta, timezone
import sqlite3

import pytest

from mailer.model import OutgoingMail
from mailer.store.schema import SCHEMA, SCHEMA_VERSION
from mailer.store import Store, StoreError

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)


def mail(key="k1", mid="m1@x"):
    return OutgoingMail(key, mid, "followup", "maria@x", "manager", "mailer@x", ("maria@x", "mailer@x"), b"raw", "Re: x")


def test_version_1_database_is_upgraded_in_place_keeping_its_data(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("INSERT INTO meta VALUES ('schema', '1'), ('instance', 'abc')")
    db.execute("INSERT INTO submissions (id, message_key, manager, recruiter, candidate, role, subject, message_id, "
               "refs, submitted_at, state) VALUES (1, 'k', 'maria@x', 'rita@x', 'Jane', '', 's', 'm@x', '[]', "
               "'2026-11-23T10:00:00+00:00', 'open')")
    db.execute("INSERT INTO outbox (id, key, message_id, kind, manager, audience, envelope_from, recipients, subject, "
               "raw, state, created_at, next_attempt_at) VALUES (7, 'd', 'digest1@x', 'digest', 'maria@x', 'manager', "
               "'mailer@x', '[]', 'Candidates', x'00', 'sent', '2026-11-25T10:00:00+00:00', '2026-11-25T10:00:00+00:00')")
    db.execute("INSERT INTO steps VALUES (1, 0, 7, '2026-11-25T10:00:00+00:00')")
    db.commit()
    db.close()

    store = Store(path)
    assert store.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()["value"] == str(SCHEMA_VERSION)
    [sub] = store.all_submissions()
    assert store.open_submission_of("maria@x", "jane").id == 1  # the folded name was filled in for old rows
    assert sub.candidate == "Jane" and sub.decision is None and sub.snoozed_until is None
    assert [s.id for s in store.listed(("digest1@x",))] == [1]  # the old digest's list was carried over
    assert store.instance == "abc"
    store.close()
    Store(path).close()  # opening again changes nothing


def test_a_newer_database_is_refused(tmp_path):
    store = Store(tmp_path / "x.db")
    with store.transaction():
        store.db.execute("UPDATE meta SET value='99' WHERE key='schema'")
    store.close()
    with pytest.raises(StoreError, match="newer mailer"):
        Store(tmp_path / "x.db")


def test_a_key_is_queued_once_and_claimed_once(tmp_path):
    store = Store(tmp_path / "x.db")
    with store.transaction():
        assert store.enqueue(mail(), NOW) is not None
        assert store.enqueue(mail(), NOW) is None
    row = store.claim(NOW)
    assert row.state == "sending" and row.attempts == 1
    assert store.claim(NOW) is None  # nothing else is ready
    with store.transaction():
        store.retry_later(row.id, NOW + timedelta(minutes=5), "421 try later")
    assert store.claim(NOW + timedelta(minutes=4)) is None
    assert store.claim(NOW + timedelta(minutes=5)).attempts == 2
    with store.transaction():
        store.retry_later(row.id, NOW + timedelta(minutes=6), "451 recipient busy")
        assert not store.confirm_delivered("m1@x", NOW)  # queued for a retry: a copy proves nothing
    store.claim(NOW + timedelta(minutes=6))
    with store.transaction():
        assert store.confirm_delivered("m1@x", NOW)  # in flight: the delivery copy proves it went
    assert store.outbox()[0].state == "sent"


def test_aliases_keep_nearest_first_order(tmp_path):
    store = Store(tmp_path / "x.db")
    with store.transaction():
        store.add_alias("r2@outlook", "d2@x")
        store.add_alias("r1@outlook", "d1@x")
    assert store.resolve_aliases(("r2@outlook", "d1@x")) == ("r2@outlook", "d2@x", "d1@x")


def test_rewritten_message_ids_resolve_to_ours(tmp_path):
    store = Store(tmp_path / "x.db")
    with store.transaction():
        store.enqueue(mail(mid="ours@x"), NOW)
        store.add_alias("rewritten@outlook", "ours@x")
    assert store.outbox_by_message_id("rewritten@outlook").message_id == "ours@x"


def test_savepoint_undoes_only_the_failed_block(tmp_path):
    store = Store(tmp_path / "x.db")
    with store.transaction():
        store.enqueue(mail("a", "a@x"), NOW)
        with pytest.raises(ValueError):
            with store.savepoint():
                store.enqueue(mail("b", "b@x"), NOW)
                raise ValueError("boom")
        store.enqueue(mail("c", "c@x"), NOW)
    assert [row.key for row in store.outbox()] == ["a", "c"]


def test_unusable_paths_say_which_file(tmp_path):
    with pytest.raises(StoreError, match="no state database at"):
        Store(tmp_path / "missing.db", must_exist=True)
    with pytest.raises(StoreError, match=f"cannot open the state database {tmp_path}/no/such/dir/x.db"):
        Store(tmp_path / "no" / "such" / "dir" / "x.db")


def test_a_version_3_database_from_an_earlier_build_reaches_the_same_shape(tmp_path):
    """Migration 4 adds columns one earlier build already had: those ADD COLUMNs are skipped, not fatal."""
    from mailer.store.schema import MIGRATIONS
    path = tmp_path / "v3.db"
    db = sqlite3.connect(path)
    for statement in (SCHEMA + MIGRATIONS[2] + MIGRATIONS[3]).split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("ALTER TABLE submissions ADD COLUMN manager_name TEXT NOT NULL DEFAULT ''")  # that build's extra
    db.execute("INSERT INTO meta VALUES ('schema', '3'), ('instance', 'abc')")
    db.commit()
    db.close()
    store = Store(path)
    with store.transaction():
        store.add_submission("k", "m@x", "r@x", "Jane", "", "s", "m@x", (), NOW, manager_name="Maria")
        store.enqueue(mail(), NOW)
    assert store.all_submissions()[0].manager_name == "Maria" and store.outbox()[0].person == "maria@x"


def test_forgetting_a_step_never_leaves_a_gap(tmp_path):
    store = Store(tmp_path / "x.db")
    with store.transaction():
        sub = store.add_submission("k", "m@x", "r@x", "Jane", "", "s", "m@x", (), NOW)
        first = store.enqueue(mail("a", "a@x"), NOW)
        second = store.enqueue(mail("b", "b@x"), NOW)
        store.record_step(sub, 0, first, NOW)
        store.record_step(sub, 1, second, NOW)
        assert not store.forget_step(sub, first)  # step 1 was taken since: keep step 0
        assert store.forget_step(sub, second)
    assert [s.step for s in store.steps_taken()[sub]] == [0]


def test_a_resent_candidate_is_found_by_folded_name_without_reading_the_managers_list(tmp_path):
    store = Store(tmp_path / "x.db")
    with store.transaction():
        for i, name in enumerate(["Ann Able", "José Doe", "Bob Baker"]):
            store.add_submission(f"k{i}", "maria@x", "rita@x", name, "", f"s{i}", f"m{i}@x", (), NOW)
    assert store.open_submission_of("maria@x", "jose doe").candidate == "José Doe"
    assert store.open_submission_of("nate@x", "jose doe") is None
    plan = " ".join(r[3] for r in store.db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM submissions WHERE manager=? AND candidate_key=? AND state=?", ("a", "b", "c")))
    assert "submissions_candidate" in plan
    store.close()


def test_a_version_11_database_gets_each_queued_mails_composition_time_from_its_queueing(tmp_path):
    """Migration 12: a recruiter's next digest starts from the previous one's composition; rows queued before
    the upgrade take their queueing time (what the digest before them reported up to)."""
    from mailer.store.schema import MIGRATIONS
    path = tmp_path / "v11.db"
    db = sqlite3.connect(path)
    db.create_function("mailer_fold", 1, lambda name: name)
    for statement in (SCHEMA + "".join(MIGRATIONS[v] for v in range(2, 12))).split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("INSERT INTO meta VALUES ('schema', '11'), ('instance', 'abc')")
    db.execute("INSERT INTO outbox (key, message_id, kind, manager, audience, envelope_from, recipients, subject, "
               "raw, state, created_at, next_attempt_at, person) VALUES ('digest-recruiter:rita@x:2026-11-23', "
               "'d1@x', 'digest_recruiter', '', 'recruiter', 'mailer@x', '[\"rita@x\"]', 'Digest', x'00', 'sent', "
               "'2026-11-23T09:05:00+00:00', '2026-11-23T09:05:00+00:00', 'rita@x')")
    db.commit()
    db.close()
    store = Store(path)
    assert store.db.execute("SELECT composed_at FROM outbox").fetchone()[0] == "2026-11-23T09:05:00+00:00"
    assert store.previous_digest_at("digest-recruiter:rita@x:2026-11-30") == datetime(2026, 11, 23, 9, 5,
                                                                                      tzinfo=timezone.utc)
    store.close()
