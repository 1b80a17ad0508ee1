"""Weekly digests: the `digests:` config, which digest is due when (pure), and what they say (from a real store)."""

from datetime import date, datetime, timedelta, timezone
import email
import email.policy
from pathlib import Path

import pytest

from helpers import config_text, make_config
from mailer.config.load import parse
from mailer.config.settings import ConfigError
from mailer.digestplan import DigestDue, due, recipients
from mailer.report import digest
from mailer.store import Store

UTC = timezone.utc
DIGESTS = """
digests:
  recruiter: every monday at 08:00
  manager: every monday at 09:00
  ops: every monday at 08:00
ops: [olga@acme.test]
"""
MARIA, NATE, RITA = "maria@acme.test", "nate@acme.test", "rita@acme.test"
MONDAY = date(2026, 11, 30)


def config_with(tmp_path: Path, extra: str = DIGESTS, digest_for=(MARIA, NATE)):
    text = config_text(extra=extra)
    for manager in digest_for:
        text = text.replace(f"  - email: {manager}\n", f"  - email: {manager}\n    digest: true\n")
    path = tmp_path / "config.yaml"
    path.write_text(text)
    return parse(text, path)


def u(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def plan(config, now, slots=None, mail=None) -> set[tuple[str, str, date]]:
    """What is due; by default everyone's digests started on Thursday 26 Nov and no slot is used yet."""
    people = recipients(config)
    slots = slots if slots is not None else {(a, p): (date(2026, 11, 26), None) for a, p, _ in people}
    return {(d.audience, d.person, d.slot.day) for d in due(config, people, slots, mail or {}, now)}


def test_config_reads_schedules_and_the_managers_who_opted_in(tmp_path):
    config = config_with(tmp_path, digest_for=(MARIA,))
    assert str(config.digests.recruiter) == "every week on monday at 08:00"
    assert str(config.digests.manager) == "every week on monday at 09:00"
    assert [m.email for m in config.managers if m.digest] == [MARIA]
    assert make_config(tmp_path).digests.recruiter is None  # no `digests:`, no digests


def test_a_bad_schedule_is_named_by_file_line_and_key(tmp_path):
    with pytest.raises(ConfigError) as exc:
        config_with(tmp_path, extra="digests:\n  recruiter: mondays at 8am\n  weekly: yes\n")
    problems = "\n".join(exc.value.problems)
    assert "config.yaml:" in problems and "digests.recruiter: cannot read 'mondays at 8am'" in problems
    assert "digests.weekly: unknown key 'weekly'" in problems


def test_due_in_business_hours_in_each_persons_calendar(tmp_path):
    config = config_with(tmp_path)
    # 08:00 London is before business hours (9–17): recruiters and ops get theirs at 09:00.
    assert plan(config, u(2026, 11, 30, 8, 30)) == set()
    assert plan(config, u(2026, 11, 30, 9, 0)) == {("recruiter", RITA, MONDAY), ("manager", MARIA, MONDAY),
                                                   ("ops", "olga@acme.test", MONDAY)}
    # Nate's 09:00 is New York's: 14:00 in London.
    assert ("manager", NATE, MONDAY) not in plan(config, u(2026, 11, 30, 13, 59))
    assert ("manager", NATE, MONDAY) in plan(config, u(2026, 11, 30, 14, 0))
    # Past closing time the slot waits for the next opening (Tuesday), still as Monday's slot.
    assert plan(config, u(2026, 11, 30, 17, 30)) - {("manager", NATE, MONDAY)} == set()
    assert ("recruiter", RITA, MONDAY) in plan(config, u(2026, 12, 1, 9, 0))


def test_a_used_slot_is_never_due_again_and_a_jump_gives_only_the_latest(tmp_path):
    config = config_with(tmp_path)
    used = {("recruiter", RITA): (date(2026, 11, 26), MONDAY)}
    assert ("recruiter", RITA, MONDAY) not in plan(config, u(2026, 11, 30, 10), used)
    assert ("recruiter", RITA, date(2026, 12, 7)) in plan(config, u(2026, 12, 7, 10), used)
    # Three Mondays later (the daemon was down): one digest, for the latest slot.
    jumped = [d for d in due(config, recipients(config), used, {}, u(2026, 12, 21, 10)) if d.person == RITA]
    assert [d.slot.day for d in jumped] == [date(2026, 12, 21)]
    assert jumped[0].key == f"digest-recruiter:{RITA}:2026-12-21"
    # Someone first seen today starts today: last week's slot is not sent late.
    fresh = {("recruiter", RITA): (date(2026, 12, 2), None)}
    assert ("recruiter", RITA, MONDAY) not in plan(config, u(2026, 12, 2, 10), fresh)


def test_a_manager_who_had_mail_today_gets_the_digest_on_the_next_business_day(tmp_path):
    config = config_with(tmp_path)
    nudged = {MARIA: [u(2026, 11, 30, 9, 0)]}
    assert ("manager", MARIA, MONDAY) not in plan(config, u(2026, 11, 30, 9, 30), mail=nudged)
    assert ("recruiter", RITA, MONDAY) in plan(config, u(2026, 11, 30, 9, 30), mail={RITA: [u(2026, 11, 30, 9)]})
    assert ("manager", MARIA, MONDAY) in plan(config, u(2026, 12, 1, 9, 0), mail=nudged)


def test_recipients_are_only_the_configured_ones(tmp_path):
    config = config_with(tmp_path, extra="digests:\n  manager: every monday at 09:00\n", digest_for=(NATE,))
    assert [(a, p) for a, p, _ in recipients(config, {"other@acme.test"})] == [("manager", NATE)]
    # An unlisted recruiter with open submissions is one while their domain is allowed (recruiter_domains)...
    config = config_with(tmp_path, extra="recruiter_domains: [acme.test]\ndigests:\n  recruiter: every monday at "
                                         "09:00\n", digest_for=())
    assert [p for _, p, _ in recipients(config, {"other@acme.test"})] == [RITA, "other@acme.test"]
    # ... but one taken out of recruiters: (Tess left) is no recruiter any more: no weekly mail to her because
    # her candidates are still open.
    config = config_with(tmp_path, extra="digests:\n  recruiter: every monday at 09:00\n", digest_for=())
    assert [p for _, p, _ in recipients(config, {"tess@acme.test"})] == [RITA]


def test_digests_with_nothing_to_say_are_none(tmp_path):
    config = config_with(tmp_path)
    store = Store(tmp_path / "state.db")
    now = u(2026, 11, 30, 9)
    assert digest.recruiter(store, config, RITA, now) is None
    assert digest.manager(store, config, MARIA, now) is None
    assert digest.ops(store, config, now) is None
    with store.transaction():
        sid = store.add_submission("k", MARIA, RITA, "Jane Doe", "Engineer", "s", "m@x", (), now - timedelta(days=4))
    said = digest.manager(store, config, MARIA, now)
    assert said.listing == (sid,) and said.variables["items"][0]["candidate"] == "Jane Doe"
    assert digest.recruiter(store, config, RITA, now).variables["groups"][0]["manager"] == "Maria Manager"
    ops = digest.ops(store, config, now)
    assert [p.cid for p in ops.parts] == ["reply-time-chart", ""]
    # Away (an out-of-office until Friday): no manager digest this week.
    with store.transaction():
        store.add_pause(MARIA, now - timedelta(hours=1), now + timedelta(days=4), "ooo", None, "ooo-key")
    assert digest.manager(store, config, MARIA, now) is None
    store.close()


def test_digest_due_key_names_the_slot():
    from mailer.mentoring.schedule import Slot
    item = DigestDue("manager", MARIA, Slot(MONDAY, u(2026, 11, 30, 9)))
    assert item.key == f"digest-manager:{MARIA}:2026-11-30"


def test_a_recruiters_digest_gives_the_next_check_in_in_the_recruiters_own_time(tmp_path):
    # Nate (New York) mentors Rita (London) on Tuesdays at 10:00 his time: 15:00 for Rita, who reads the digest.
    config = config_with(tmp_path, extra=DIGESTS + """
mentorships:
  - recruiter: rita@acme.test
    mentor: nate@acme.test
    every: every tuesday at 10:00
    start: 2026-12-01
""")
    store = Store(tmp_path / "state.db")
    assert digest.next_checkins(store, config, RITA, u(2026, 11, 30, 9)) == [
        {"mentor": "Nate Newyork", "at": "Tue 01 Dec 15:00 (10:00 in America/New_York)"}]
    store.close()


def test_a_recruiters_digest_names_the_day_the_check_in_really_goes_when_the_mentors_own_digest_takes_today(tmp_path):
    """Maria mentors Sam on Mondays at 09:00 and gets her manager digest on Mondays at 09:00: her check-in moves
    past Monday, and past Tuesday too, where the nudge about Jane Doe that her digest repeated goes (it waits a
    day): one mail from mailer a day, for up to three business days. Sam's digest, queued in the same pass, must
    say Wednesday, not a Monday 09:00 that has passed and on which nothing comes."""
    from mailer.compose import environment
    from mailer.digests import queue_digests
    config = config_with(tmp_path, extra=DIGESTS + """
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every monday at 09:00
    start: 2026-11-30
""", digest_for=(MARIA,))
    store = Store(tmp_path / "state.db")
    monday = u(2026, 11, 30, 9, 5)
    with store.transaction():
        store.add_submission("k1", MARIA, RITA, "Jane Doe", "", "s", "s1@x", (), u(2026, 11, 27, 10))
        for audience, person, cal in recipients(config):
            store.start_digests(audience, person, date(2026, 11, 23))
    queued = queue_digests(store, config, environment(config.templates), monday)
    assert {k.split(":")[0] for k in queued} >= {"digest-recruiter", "digest-manager"}
    [row] = [r for r in store.outbox() if r.key.startswith("digest-recruiter:" + RITA)]
    body = email.message_from_bytes(row.raw, policy=email.policy.default).get_body(("plain",)).get_content()
    assert "with Maria Manager: Wed 02 Dec 09:00" in body, body
    store.close()


def test_the_ops_digest_lists_a_manager_who_answered_nothing_first_under_slowest_first(tmp_path):
    """Nate has not answered his candidate in a week: no median yet, and slower than Maria's 2 hours, so
    "slowest first" must not put him last."""
    config = config_with(tmp_path)
    store = Store(tmp_path / "state.db")
    now = u(2026, 11, 30, 9)
    with store.transaction():
        fast = store.add_submission("k1", MARIA, RITA, "Jane Doe", "", "s", "m1@x", (), now - timedelta(days=7))
        store.mark_answered(fast, now - timedelta(days=7) + timedelta(hours=2), timedelta(hours=2), "a1")
        store.add_submission("k2", NATE, RITA, "Omar Haddad", "", "s", "m2@x", (), now - timedelta(days=7))
    managers = digest.ops(store, config, now).variables["managers"]
    assert [m["name"] for m in managers] == ["Nate Newyork", "Maria Manager"]
    store.close()


def test_a_mentors_answer_of_several_lines_stays_inside_its_item_in_the_recruiters_digest(tmp_path):
    from mailer.compose import environment
    from mailer.digests import DigestDue, compose_digest
    from mailer.mentoring.schedule import Slot
    config = config_with(tmp_path)
    store = Store(tmp_path / "state.db")
    now = u(2026, 11, 30, 9)
    with store.transaction():
        store.add_journal(RITA, MARIA, None, "A red flag?", "Ask for a story about a hard bug.\nThen listen.",
                          now - timedelta(days=2), "j1")
    mail, _ = compose_digest(store, config, environment(config.templates),
                             DigestDue("recruiter", RITA, Slot(now.date(), now)), now)
    body = email.message_from_bytes(mail.raw, policy=email.policy.default).get_body(("plain",)).get_content()
    section = body.split("New from your mentors since Mon 23 Nov:")[1].split("\n\n")[0].replace("\r", "")
    assert section.splitlines()[2] == "    Then listen.\"", section
    store.close()


def test_after_downtime_the_stale_slot_waits_for_the_fresher_one_due_later_that_day(tmp_path):
    """Maria's digest is Mondays at 11:00; mailer was down from Friday 26 Feb to Monday 8 Mar 09:05. Last week's
    slot (1 Mar) has come, but this week's comes at 11:00 today: sending last week's at 09:05 gave her two
    digests in two days (today's waited a day for her cap). One goes: today's, at 11:00."""
    config = config_with(tmp_path, extra="digests:\n  manager: every monday at 11:00\n", digest_for=(MARIA,))
    slots = {("manager", MARIA): (date(2027, 1, 4), date(2027, 2, 22))}
    assert plan(config, u(2027, 3, 8, 9, 5), slots) == set()
    assert plan(config, u(2027, 3, 8, 11, 0), slots) == {("manager", MARIA, date(2027, 3, 8))}
    # Back on a Tuesday instead: last Monday's slot is the latest, and goes at once.
    assert plan(config, u(2027, 3, 9, 9, 5), slots) == {("manager", MARIA, date(2027, 3, 8))}


def test_an_answer_in_words_is_not_labelled_reply_in_the_recruiters_digest(tmp_path):
    """Nadia answered "Jon: yes please, book him." in her own words: "answered after 1 business hour (reply)"
    labels it with a word that says nothing; a command's decision ("pass") still shows."""
    config = config_with(tmp_path)
    store = Store(tmp_path / "state.db")
    now = u(2026, 11, 30, 9)
    with store.transaction():
        words = store.add_submission("k1", MARIA, RITA, "Jon Jones", "", "s", "m1@x", (), now - timedelta(days=3))
        store.record_answer(words, now - timedelta(days=3) + timedelta(hours=1), timedelta(hours=1), "a1", "ok")
    answered = digest.recruiter(store, config, RITA, now).variables["answered"]
    assert [a["decision"] for a in answered] == [""]
    store.close()


def test_after_downtime_a_recruiters_digest_names_the_overdue_check_in_as_going_now_not_on_its_past_slot(tmp_path):
    """mailer was down across Tuesday's 10:00 check-in (Nate, New York) and comes back on Monday 7 Dec with
    Rita's digest: that check-in goes in this pass, so the digest says so, not 'Tue 01 Dec', a day gone by.
    (Nate gets no manager digest here: one on Monday would take his one mail that day, and move it to Tuesday.)"""
    config = config_with(tmp_path, extra=DIGESTS + """
mentorships:
  - recruiter: rita@acme.test
    mentor: nate@acme.test
    every: every tuesday at 10:00
    start: 2026-12-01
""", digest_for=(MARIA,))
    store = Store(tmp_path / "state.db")
    back = u(2026, 12, 7, 15)  # 10:00 in New York: inside Nate's hours
    assert digest.next_checkins(store, config, RITA, back) == [
        {"mentor": "Nate Newyork", "at": "Mon 07 Dec 15:00 (10:00 in America/New_York)"}]
    before_hours = u(2026, 12, 7, 9)  # 04:00 in New York: it goes when his day opens
    assert digest.next_checkins(store, config, RITA, before_hours) == [
        {"mentor": "Nate Newyork", "at": "Mon 07 Dec 14:00 (09:00 in America/New_York)"}]
    store.close()


def _recruiter_digest_text(store, rita: str) -> list[str]:
    rows = [r for r in store.outbox() if r.kind == "digest_recruiter" and r.person == rita]
    return [email.message_from_bytes(r.raw, policy=email.policy.default).get_body(("plain",)).get_content()
            for r in rows]


def _sent(store, now) -> None:
    """The digest queued went out (one still waiting when the next is queued gives way to it)."""
    row = store.claim(now)
    with store.transaction():
        store.mark_sent(row.id, now)


def test_a_recruiters_digest_after_a_skipped_week_reports_everything_since_the_last_one_and_nothing_twice(tmp_path):
    """Found in a team's month: the London office's week off (26-30 Oct) skipped Rita's Monday digest, and the
    next one said only "answered in the last 7 days": Maria's answer on Tom and Nadia's advice of that week were
    in no digest at all. The same with an every-2-weeks cadence, every other week. A digest reports what happened
    since the previous one; what that one already said is not said again."""
    from mailer.compose import environment
    from mailer.digests import queue_digests
    config = config_with(tmp_path, extra="digests:\n  recruiter: every monday at 08:00\n", digest_for=())
    store, env = Store(tmp_path / "state.db"), environment(config.templates)
    first = u(2026, 11, 16, 9, 5)
    with store.transaction():
        store.start_digests("recruiter", RITA, date(2026, 11, 1))
        told = store.add_submission("k0", MARIA, RITA, "Old News", "", "s", "m0@x", (), first - timedelta(days=3))
        store.record_answer(told, first - timedelta(days=2), timedelta(hours=2), "a0", "interview")
        waiting = store.add_submission("k1", NATE, RITA, "Omar Haddad", "", "s", "m1@x", (), first - timedelta(days=1))
        tom = store.add_submission("k2", MARIA, RITA, "Tom Berg", "", "s", "m2@x", (), first + timedelta(days=1))
    assert queue_digests(store, config, env, first) == [f"digest-recruiter:{RITA}:2026-11-16"]
    _sent(store, first)
    # The next Monday's slot is never used (a holiday week, or mailer down); Tom is answered in it, and
    # Maria's advice goes to the journal.
    with store.transaction():
        store.record_answer(tom, first + timedelta(days=4), timedelta(hours=5), "a2", "interview")
        store.add_journal(RITA, MARIA, None, "A red flag?", "Ask for the scorecard first.",
                          first + timedelta(days=5), "j1")
    two_weeks_on = u(2026, 11, 30, 9, 5)
    assert queue_digests(store, config, env, two_weeks_on) == [f"digest-recruiter:{RITA}:2026-11-30"]
    earlier, latest = _recruiter_digest_text(store, RITA)
    assert "Old News: Maria Manager answered after" in earlier
    assert "Answered since Mon 16 Nov:" in latest and "Tom Berg: Maria Manager answered after" in latest
    assert "New from your mentors since Mon 16 Nov:" in latest and "Ask for the scorecard first." in latest
    assert "Old News" not in latest and "Omar Haddad" in latest and waiting
    store.close()


def test_a_recruiters_first_digest_looks_back_a_week_and_a_long_gap_at_most_five(tmp_path):
    """Rita's previous digest went ten weeks ago (she was taken out of the config and put back): her next one
    is a digest, not the whole quarter again."""
    from mailer.compose import environment
    from mailer.digests import queue_digests
    from mailer.report.digest import since_last_digest
    config = config_with(tmp_path, extra="digests:\n  recruiter: every monday at 08:00\n", digest_for=())
    store = Store(tmp_path / "state.db")
    now = u(2026, 11, 30, 9)
    key = f"digest-recruiter:{RITA}:2026-11-30"
    assert since_last_digest(store, key, now) == now - timedelta(days=7)
    long_ago = now - timedelta(weeks=10)
    with store.transaction():
        store.start_digests("recruiter", RITA, date(2026, 9, 1))
        store.add_submission("k", MARIA, RITA, "Jane Doe", "", "s", "m@x", (), long_ago - timedelta(days=1))
    assert queue_digests(store, config, environment(config.templates), long_ago) == [
        f"digest-recruiter:{RITA}:2026-09-21"]
    _sent(store, long_ago)
    assert since_last_digest(store, key, now) == now - timedelta(weeks=5)
    assert since_last_digest(store, key, now - timedelta(weeks=8)) == long_ago
    store.close()


def test_each_answer_in_a_recruiters_digest_is_a_line_of_its_own(tmp_path):
    """Found in a team's month: with two answers in the week, the text read "- Tom Berg: … (interview)  - Ana
    Lima: …" on one line (the template's `{% endif %}` ate the line's end, as trim_blocks does)."""
    from mailer.compose import environment
    from mailer.digests import DigestDue, compose_digest
    from mailer.mentoring.schedule import Slot
    config = config_with(tmp_path)
    store = Store(tmp_path / "state.db")
    now = u(2026, 11, 30, 9)
    with store.transaction():
        for n, name in enumerate(("Tom Berg", "Ana Lima")):
            sid = store.add_submission(f"k{n}", MARIA, RITA, name, "", "s", f"m{n}@x", (), now - timedelta(days=3))
            store.record_answer(sid, now - timedelta(days=2, hours=n), timedelta(hours=5), f"a{n}", "ok")
    mail, _ = compose_digest(store, config, environment(config.templates),
                             DigestDue("recruiter", RITA, Slot(now.date(), now)), now)
    body = email.message_from_bytes(mail.raw, policy=email.policy.default).get_body(("plain",)).get_content()
    lines = body.replace("\r", "").split("Answered since Mon 23 Nov:\n")[1].split("\n\n")[0].splitlines()
    assert lines == ['  - Ana Lima: Maria Manager answered after 1 business day: "ok"',
                     '  - Tom Berg: Maria Manager answered after 1 business day: "ok"'], body
    store.close()
