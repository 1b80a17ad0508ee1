"""What the config says of the mentor pairs, stored (journey2 findings 3, 4, 5 and 13): a pair without an invitation
is a mentorship from the pass that first reads it, so the ladder's mentor rung may ask that mentor at once; a rung
that found no mentor is owed, not lost, and goes once (exactly once) when a mentor exists; a pair taken out of the
config ends as "removed from config" and its mentor is not suggested to that recruiter again, nor is a mentor who
stopped because they leave the company, to anyone; an invitation's "has not answered in two weeks" counts the
mentor's own business days. A real SQLite store through the daemon's own queueing; nothing is sent here."""

from datetime import datetime, timedelta, timezone

from helpers import config_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer.decide import queue_due
from mailer.ingest import IngestReport, ingest_raw
from mailer.mentoring.checkinreply import read_checkin_reply
from mailer.mentoring.plan import MentorSnapshot, PairView, due
from mailer.cli.mentoring import mentors_text
from mailer.store import MentorshipState, Store
from mailer.store.mentoring import EndReason, MentorshipRow

MON = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)  # London = UTC in winter
ASKED = datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)  # Wed: a business day after the submission
LATER = ASKED + timedelta(hours=1)
MARIA = """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every friday at 10:00
"""
STEPS = [("1 business day", "mentor_ask", "mentor", ("recruiter",))]
MANAGERS = [("maria@acme.test", "Maria Manager", None), ("nate@acme.test", "Nate Newyork", "America/New_York"),
            ("olga@acme.test", "Olga Owner", None)]


def load(tmp_path, extra: str):
    text = config_text(recruiters=[("rita@acme.test", "Rita Recruiter", None), ("sam@acme.test", "Sam Sourcer", None)],
                       managers=MANAGERS, steps=STEPS, extra=extra)
    (tmp_path / "config.yaml").write_text(text)
    return parse(text, tmp_path / "config.yaml")


def submit(store, config, env, uid: int, manager: str, recruiter: str, candidate: str, at: datetime) -> None:
    raw = (f"From: Recruiter <{recruiter}>\r\nTo: Manager <{manager}>\r\nCc: mailer@acme.test\r\n"
           f"Message-ID: <sub{uid}@x>\r\nSubject: Candidate: {candidate} - Data Engineer\r\n\r\n"
           f"Hi, {candidate} for the team.\r\n")
    with store.transaction():
        ingest_raw(store, config, env, raw.encode(), "INBOX", uid, at, IngestReport())


def asks(store):
    return [(r.person, r.key) for r in store.outbox() if r.kind == "followup" and r.audience == "mentor"]


def test_a_pair_without_invitation_is_active_from_the_pass_that_reads_it_and_its_mentor_is_asked_at_once(tmp_path):
    """Finding 3: Tina→Maria (`invite: false`) was added on a Monday, and Hana's mentor rung on Wednesday found
    "no mentor" because the pair only existed from its first check-in (Friday). Here the rung finds Maria the
    pass the config lists her, before any check-in, and her start is that pass."""
    config = load(tmp_path, MARIA)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    submit(store, config, env, 1, "nate@acme.test", "rita@acme.test", "Jane Doe", MON + timedelta(minutes=30))
    queue_due(store, config, env, MON + timedelta(hours=1))  # the pass that first reads the pair (no check-in yet)
    [row] = store.mentorships()
    assert (row.state, row.started_at, row.checkins_sent) == (MentorshipState.ACTIVE, MON + timedelta(hours=1), 0)
    queue_due(store, config, env, ASKED)
    assert [p for p, _ in asks(store)] == ["maria@acme.test"]


def test_a_rung_that_found_no_mentor_goes_once_a_mentor_exists_and_only_once(tmp_path):
    """Finding 3, the class: a skipped rung was never retried (Dmitri, Chloe, Hana stayed unescalated after their
    recruiter had two mentors). Skipped for want of a mentor, it is owed: it goes when one is configured, once,
    and a pass that runs again (a restart) finds it taken."""
    bare = load(tmp_path, "")
    store, env = Store(tmp_path / "s.db"), environment(bare.templates)
    submit(store, bare, env, 1, "nate@acme.test", "rita@acme.test", "Jane Doe", MON + timedelta(minutes=30))
    assert queue_due(store, bare, env, ASKED) == []  # nobody to ask: skipped, for now
    assert asks(store) == []
    config = load(tmp_path, MARIA)  # ops adds a mentor for Rita
    queued = queue_due(store, config, env, LATER)
    assert [p for p, _ in asks(store)] == ["maria@acme.test"] and len(queued) == 1
    assert queue_due(store, config, env, LATER + timedelta(minutes=5)) == []  # never twice
    assert queue_due(store, config, env, LATER + timedelta(days=3)) == []
    assert len(asks(store)) == 1


def test_a_rung_that_found_only_the_silent_manager_waits_for_another_mentor(tmp_path):
    """The only mentor is the silent manager themself: no ask then, and the ask goes when a second one exists."""
    only_maria = load(tmp_path, MARIA)
    store, env = Store(tmp_path / "s.db"), environment(only_maria.templates)
    submit(store, only_maria, env, 1, "maria@acme.test", "rita@acme.test", "Jane Doe", MON + timedelta(minutes=30))
    queue_due(store, only_maria, env, ASKED)
    assert asks(store) == []
    both = load(tmp_path, MARIA + "  - recruiter: rita@acme.test\n    mentor: olga@acme.test\n"
                                  "    every: every friday at 11:00\n")
    queue_due(store, both, env, LATER)
    assert [p for p, _ in asks(store)] == ["olga@acme.test"]


def test_a_pair_taken_out_of_the_config_ends_as_removed_is_not_suggested_and_comes_back_when_put_back(tmp_path):
    """Finding 4: Sam→Olga was deleted from the config; `mentors` said "active (not in config)" and offered Olga
    back to Sam as a suggested mentor."""
    config = load(tmp_path, MARIA)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    for uid, candidate in enumerate(("Jane Doe", "Ann Lee", "Bo Chan"), 1):  # Rita hires with Maria most
        submit(store, config, env, uid, "maria@acme.test", "rita@acme.test", candidate, MON - timedelta(days=uid))
    queue_due(store, config, env, MON)
    assert "Suggested mentors for Rita" not in mentors_text(store, config, MON)  # Maria is her mentor already
    bare = load(tmp_path, "")
    assert "ended (removed from config)" in mentors_text(store, bare, MON)  # before any pass: as it will be
    queue_due(store, bare, env, MON + timedelta(hours=1))
    [row] = store.mentorships()
    assert (row.state, row.end_reason, row.ended_at) == (MentorshipState.ENDED, EndReason.REMOVED,
                                                          MON + timedelta(hours=1))
    text = mentors_text(store, bare, MON + timedelta(hours=2))
    assert "ended on Mon 30 Nov (removed from config" in text and "active" not in text
    assert "Suggested mentors for Rita" not in text  # Maria was her only manager: nobody left to suggest
    queue_due(store, config, env, MON + timedelta(days=1))  # ops puts the pair back
    [row] = store.mentorships()
    assert (row.state, row.end_reason, row.started_at) == (MentorshipState.ACTIVE, None, MON)


def test_a_mentor_who_stopped_because_they_leave_is_suggested_to_nobody(tmp_path):
    """Finding 5: Pat said "Please stop these check-ins, I'm leaving the company" and was then suggested to Rita.
    A stop stores why; a leaving mentor is suggested to nobody, a plain stop no more to that recruiter."""
    said = read_checkin_reply("Please stop these check-ins, I'm leaving the company at the end of the week. "
                              "It was a pleasure!", MON, timezone.utc)
    assert (said.verb, said.leaving) == ("stop", True)
    assert read_checkin_reply("Please stop these check-ins, I have no time.", MON, timezone.utc).leaving is False
    config = load(tmp_path, MARIA)
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    for uid, (manager, recruiter) in enumerate((("olga@acme.test", "sam@acme.test"),
                                                ("maria@acme.test", "sam@acme.test")), 1):
        submit(store, config, env, uid, manager, recruiter, f"Person {uid}", MON - timedelta(days=uid))
    queue_due(store, config, env, MON)
    before = mentors_text(store, config, MON).split("Suggested mentors for Sam")[-1]
    assert "Maria Manager" in before and "Olga Owner" in before
    with store.transaction():
        store.end_mentorship("rita@acme.test", "maria@acme.test", MON, EndReason.LEAVING)
    after = mentors_text(store, config, MON).split("Suggested mentors for Sam")[-1]
    assert "Maria Manager" not in after and "Olga Owner" in after
    assert "leaving the company" in mentors_text(store, config, MON)


def test_an_invitation_is_silent_after_ten_of_the_mentors_business_days_not_during_their_holiday(tmp_path):
    """Finding 13: Sam→Kai invited Mon 9 Nov, Kai off 16–20 Nov: "has not answered in two weeks" on Mon 23 Nov
    counted his holiday. Two working weeks of his own: Mon 30 Nov."""
    text = config_text(recruiters=[("sam@acme.test", "Sam Sourcer", None)],
                       managers=[("kai@acme.test", "Kai Berger", "Europe/Berlin")], steps=STEPS,
                       extra="mentorships:\n  - recruiter: sam@acme.test\n    mentor: kai@acme.test\n"
                             "    every: every thursday at 10:00\n    invite: true\n")
    text = text.replace("    timezone: Europe/Berlin", "    timezone: Europe/Berlin\n    holidays: {country: DE, "
                        "dates: [2026-11-16, 2026-11-17, 2026-11-18, 2026-11-19, 2026-11-20]}")
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    pair = config.mentorships[0]
    sent = datetime(2026, 11, 9, 9, 0, tzinfo=timezone.utc)  # 10:00 in Berlin
    row = MentorshipRow(pair.recruiter, pair.mentor, MentorshipState.INVITED, sent, None, None, None, None, 0, 0,
                        None, None, invitation_sent_at=sent, invitation_queued=True)
    snap = MentorSnapshot({(pair.recruiter, pair.mentor): PairView(row)})
    assert due(config, snap, datetime(2026, 11, 27, 15, 0, tzinfo=timezone.utc)) == []
    assert due(config, snap, datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)) == []
    [silent] = due(config, snap, datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc))
    assert silent.kind == "silent"


def test_schema_17_stores_why_a_pair_ended_and_pairs_ended_before_were_stops(tmp_path):
    """A state from before: its ended pairs were all ended by a mentor's stop (`mailer mentors` keeps its restart
    hint for them); a later removal from the config stores its own reason."""
    path = tmp_path / "old.db"
    store = Store(path)
    with store.transaction():
        store.db.execute("INSERT INTO mentorships (recruiter, mentor, state, started_at, ended_at) VALUES "
                         "('rita@acme.test', 'maria@acme.test', 'ended', '2026-11-02T10:00:00+00:00', "
                         "'2026-11-20T10:00:00+00:00')")
        store.db.execute("ALTER TABLE mentorships DROP COLUMN end_reason")
        store.db.execute("UPDATE meta SET value='16' WHERE key='schema'")
    store.close()
    store = Store(path)
    [row] = store.mentorships()
    assert (row.state, row.end_reason) == (MentorshipState.ENDED, EndReason.STOP)
    store.close()


def test_schema_17_reads_a_leaving_from_the_stops_own_words_in_the_events(tmp_path):
    """Journey2's state: Pat's stop said "I'm leaving the company"; after the upgrade she is suggested to nobody."""
    path = tmp_path / "old.db"
    store = Store(path)
    ended = "2026-12-02T20:05:00+00:00"
    with store.transaction():
        store.db.execute("INSERT INTO mentorships (recruiter, mentor, state, started_at, ended_at) VALUES "
                         "('tina@acme.test', 'pat@acme.test', 'ended', '2026-11-11T10:00:00+00:00', ?)", (ended,))
        store.db.execute("INSERT INTO events (at, kind, detail) VALUES (?, 'mentor_ended', ?)",
                         (ended, "Pat Park ended the check-ins with Tina Talent: Please stop these check-ins, I'm "
                                 "leaving the company at the end of the week. It was a pleasure!"))
        store.db.execute("ALTER TABLE mentorships DROP COLUMN end_reason")
        store.db.execute("UPDATE meta SET value='16' WHERE key='schema'")
    store.close()
    store = Store(path)
    [row] = store.mentorships()
    assert row.end_reason is EndReason.LEAVING
    store.close()


def test_a_recruiters_named_mentor_is_still_asked_after_ops_removes_their_mentorship(tmp_path):
    """Removing the pair is ops' word, not the mentor's "stop": `recruiters[].mentor` still names Maria, so the
    ladder's mentor rung still asks her (a stop would not)."""
    text = config_text(recruiters=[("rita@acme.test", "Rita Recruiter", "maria@acme.test")], managers=MANAGERS,
                       steps=STEPS, extra=MARIA)
    (tmp_path / "config.yaml").write_text(text)
    config = parse(text, tmp_path / "config.yaml")
    store, env = Store(tmp_path / "s.db"), environment(config.templates)
    queue_due(store, config, env, MON)
    bare = parse(text.replace(MARIA, ""), tmp_path / "config.yaml")
    submit(store, bare, env, 1, "nate@acme.test", "rita@acme.test", "Jane Doe", MON + timedelta(minutes=30))
    queue_due(store, bare, env, MON + timedelta(hours=1))
    assert store.mentorships()[0].end_reason is EndReason.REMOVED
    queue_due(store, bare, env, ASKED)
    assert [p for p, _ in asks(store)] == ["maria@acme.test"]
