"""status's next mail per open submission, past 300 open submissions too (it used to fall back to the ladder's
own times there): the simulation skips the instants that cannot change anything (a due time on a day whose one
mail has gone) and gives what the exhaustive simulation gives, through the daily cap, grouping, mentors who are
also managers, snoozes, absences and failing addresses; and a manager's nudges among 330 submissions are those
of the manager alone."""

import functools
import logging

from datetime import datetime, timedelta, timezone
import random

from helpers import config_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer.model import OutgoingMail, State
from mailer import forecast as forecasting
from mailer.forecast import next_mails
from mailer.policy import next_step
from mailer.cli.status import submission_rows
from mailer.decide import snapshot
from mailer.store import Store

NOW = datetime(2026, 12, 2, 11, 0, tzinfo=timezone.utc)  # a Wednesday
MANAGERS = [(f"m{i}@acme.test", f"Manager {i}", "America/New_York" if i % 3 == 0 else None) for i in range(24)]
# Each recruiter's mentor is one of the managers: the last rung asks them, and shares their one mail a day.
RECRUITERS = [(f"r{i}@acme.test", f"Recruiter {i}", f"m{5 * i}@acme.test") for i in range(4)]


def build(tmp_path, name: str, count: int, only: tuple[str, ...] = ()):
    """`count` submissions drawn at random; with `only`, just those of these managers (the same draws)."""
    text = config_text(managers=MANAGERS, recruiters=RECRUITERS)
    (tmp_path / f"{name}.yaml").write_text(text)
    config = parse(text, tmp_path / f"{name}.yaml")
    store = Store(tmp_path / f"{name}.db")
    rng = random.Random(7)
    with store.transaction():
        for i in range(count):
            manager, recruiter = MANAGERS[i % len(MANAGERS)][0], RECRUITERS[i % len(RECRUITERS)][0]
            at, taken = NOW - timedelta(hours=rng.uniform(1, 24 * 14)), rng.choice((0, 0, 1, 2))
            if only and manager not in only:
                continue  # the same draws whatever the subset, so each submission is the same in both stores
            sub = store.add_submission(f"k{i}", manager, recruiter, f"Cand {i}", "Role", f"Candidate: Cand {i}",
                                       f"s{i}@x", (), at)
            for step in range(taken):  # some are further up the ladder, the last rung included
                when = at + timedelta(days=2 + 3 * step)
                if when >= NOW:
                    break
                out = store.enqueue(OutgoingMail(f"o{i}.{step}", f"o{i}.{step}@x", "followup", manager, "manager",
                                                 "mailer@acme.test", (manager,), b"x", "Re"), when)
                store.record_step(sub, step, out, when)
                store.add_listing(out, [sub])
                store.mark_sent(out, when)
            if i % 41 == 0:
                store.decide(sub, State.OPEN, "snooze", NOW + timedelta(days=2))
        if not only:
            store.add_pause("m4@acme.test", NOW - timedelta(days=1), NOW + timedelta(days=1), "ooo", None, "p")
        if not only:
            store.mark_failing("m7@acme.test", NOW, "550 no such user")
    return config, store


def exhaustive(store, config, env, monkeypatch) -> dict:
    """next_mails visiting every instant a rung falls due, capped day or not."""
    with monkeypatch.context() as patch:
        patch.setattr(forecasting, "_next_instant", functools.partial(forecasting._next_instant, skip_capped=False))
        return next_mails(store, config, env, NOW)


def test_past_300_open_submissions_each_gets_the_next_mail_the_exhaustive_simulation_gives(tmp_path, monkeypatch):
    config, store = build(tmp_path, "all", 330)
    env = environment(config.templates)
    assert len(store.open_submissions()) == 330
    skipping, whole = next_mails(store, config, env, NOW), exhaustive(store, config, env, monkeypatch)
    assert set(skipping) == set(whole) and len(whole) > 280  # the failing address's get none
    assert {i: (p.at, p.to) for i, p in skipping.items()} == {i: (p.at, p.to) for i, p in whole.items()}
    # Not the ladder's own times: the cap and grouping moved some, past the 300th submission too.
    snap = snapshot(store, NOW, config)
    moved = [s.id for s in snap.submissions if s.id in skipping and next_step(config, snap, s)
             and skipping[s.id].at > max(next_step(config, snap, s)[1], NOW)]
    assert moved and max(moved) > 300
    rows = {r["id"]: r for r in submission_rows(store, config, NOW, env)}  # what status prints
    assert rows[max(moved)]["next"]["at"] == skipping[max(moved)].at
    assert {p.to for p in skipping.values()} & {m for _, _, m in RECRUITERS}  # mentor asks among them
    store.close()


def test_a_managers_nudges_among_330_submissions_are_those_of_the_manager_alone(tmp_path):
    config, store = build(tmp_path, "all", 330)
    env = environment(config.templates)
    among = next_mails(store, config, env, NOW)
    names = {s.id: s.candidate for s in store.open_submissions()}
    small_config, small = build(tmp_path, "few", 330, only=("m1@acme.test", "m2@acme.test"))  # no one's mentor
    alone = next_mails(small, small_config, environment(small_config.templates), NOW)
    small_names = {s.id: s.candidate for s in small.open_submissions()}
    nudges = {i: m for i, m in alone.items() if m.to in ("m1@acme.test", "m2@acme.test")}
    assert len(nudges) > 20  # (a mentor ask may differ: among the 330 the mentor has nudges of their own)
    for sub_id, mail in nudges.items():
        [big_id] = [i for i, n in names.items() if n == small_names[sub_id]]
        assert (among[big_id].at, among[big_id].to) == (mail.at, mail.to), small_names[sub_id]
    store.close()
    small.close()


def test_a_later_rung_that_takes_a_mentors_day_moves_their_own_candidates_nudge(tmp_path, monkeypatch):
    """Omar's next mail is his second nudge (now); his third rung asks Rita's mentor, Maria, on Monday 11:00.
    Maria is also a manager whose own candidate, snoozed until Monday 15:00, must then wait for Tuesday."""
    managers = [("maria@acme.test", "Maria Manager", None), ("nate@acme.test", "Nate Manager", None)]
    text = config_text(managers=managers, recruiters=[("rita@acme.test", "Rita", "maria@acme.test"),
                                                      ("sam@acme.test", "Sam", None)])
    (tmp_path / "c.yaml").write_text(text)
    config = parse(text, tmp_path / "c.yaml")
    store = Store(tmp_path / "c.db")
    monday = datetime(2026, 11, 23, 10, tzinfo=timezone.utc)
    with store.transaction():
        omar = store.add_submission("k1", "nate@acme.test", "rita@acme.test", "Omar", "", "s", "s1@x", (), monday)
        out = store.enqueue(OutgoingMail("o1", "o1@x", "followup", "nate@acme.test", "manager", "mailer@acme.test",
                                         ("nate@acme.test",), b"x", "Re"), monday + timedelta(days=2))
        store.record_step(omar, 0, out, monday + timedelta(days=2))
        store.add_listing(out, [omar])
        store.mark_sent(out, monday + timedelta(days=2))
        jane = store.add_submission("k2", "maria@acme.test", "sam@acme.test", "Jane", "", "s", "s2@x", (), monday)
        store.decide(jane, State.OPEN, "snooze", datetime(2026, 12, 7, 15, tzinfo=timezone.utc))
    env = environment(config.templates)
    skipping, whole = next_mails(store, config, env, NOW), exhaustive(store, config, env, monkeypatch)
    assert (whole[omar].at, whole[omar].to) == (NOW, "nate@acme.test")
    assert (whole[jane].at, whole[jane].to) == (datetime(2026, 12, 8, 9, tzinfo=timezone.utc), "maria@acme.test")
    assert {i: (p.at, p.to) for i, p in skipping.items()} == {i: (p.at, p.to) for i, p in whole.items()}
    store.close()


def test_a_queued_nudge_is_shown_as_the_rung_it_is_not_the_next_one(tmp_path):
    # SMTP refused the login: step 1 waits in the queue with its rung recorded. Status must say step 1 (queued),
    # the mail that goes next, not step 2 at step 1's time.
    from mailer.cli.status import status
    from mailer.decide import queue_due
    text = config_text()
    config = parse(text, tmp_path / "config.yaml")
    store = Store(tmp_path / "s.db")
    with store.transaction():
        store.add_submission("k1", "maria@acme.test", "rita@acme.test", "王小明", "Data", "Candidate: 王小明 – Data",
                             "s1@x", (), NOW - timedelta(days=7))
    env = environment(config.templates)
    assert queue_due(store, config, env, NOW)  # step 1 queued, never sent
    [row] = submission_rows(store, config, NOW + timedelta(minutes=1), env)
    assert (row["next"]["step"], row["next"]["queued"]) == (1, True)
    title, header, _rule, line = status(store, config, NOW + timedelta(minutes=1), env).splitlines()[:4]
    assert line.endswith(": step 1 → maria@acme.test (queued)")
    # a wide name keeps the columns: "王小明" takes six columns, so the next column starts where the header's does
    assert line.index("Rita") - line.index("王") + 3 == header.index("recruiter") - header.index("candidate")
    store.close()


def test_the_simulation_logs_no_sent_or_queued_lines_and_the_real_passes_still_do(tmp_path, caplog):
    # `mailer status -v` printed the simulation's "mailer.deliver: sent … to maria@…" lines: an operator reading
    # them from a read-only command believes mail went out. The simulation plans; only the daemon's passes log.
    config, store = build(tmp_path, "quiet", 12)
    env = environment(config.templates)
    with caplog.at_level(logging.DEBUG, logger="mailer"):
        planned = forecasting.forecast(store, config, env, NOW, NOW + timedelta(days=3))
    assert planned  # it did simulate sending
    assert [r.getMessage() for r in caplog.records if r.name.startswith("mailer")] == []
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mailer"):
        logging.getLogger("mailer.deliver").info("sent x")  # logging is back as it was after the simulation
    assert [r.getMessage() for r in caplog.records] == ["sent x"]
