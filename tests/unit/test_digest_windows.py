"""A recruiter's digests report each answer and mentor's advice exactly once, however long each one waited.

A digest that waited in the queue (business hours, an SMTP outage, the daily cap) is composed again at sending
(mailer/recheck.py), so it reports up to then; the next one starts where that content ended, not where the
digest was first queued.
"""

from datetime import date, timedelta

from mailer.compose import environment
from mailer.digests import queue_digests
from mailer.model import QueueState
from mailer.recheck import recheck_ready
from mailer.store import Store
from test_digests import MARIA, NATE, RITA, _recruiter_digest_text, config_with, u

MONDAY = u(2026, 11, 16, 9, 5)
NEXT_MONDAY = u(2026, 11, 23, 9, 5)
KINDS = ("digest_recruiter",)


def _world(tmp_path):
    config = config_with(tmp_path, extra="digests:\n  recruiter: every monday at 08:00\n", digest_for=())
    store = Store(tmp_path / "state.db")
    with store.transaction():
        store.start_digests("recruiter", RITA, date(2026, 11, 1))
        store.add_submission("k1", NATE, RITA, "Omar Haddad", "", "s", "m1@x", (), MONDAY - timedelta(days=2))
    return config, store, environment(config.templates)


def _submit_and_answer(store, key: str, name: str, answered_at) -> None:
    with store.transaction():
        sid = store.add_submission(key, MARIA, RITA, name, "", "s", f"{key}@x", (), MONDAY - timedelta(days=1))
        store.record_answer(sid, answered_at, timedelta(hours=2), f"a-{key}", "interview")


def _send(store, now) -> None:
    row = store.claim(now, KINDS)
    with store.transaction():
        store.mark_sent(row.id, now)


def _told(texts: list[str], name: str) -> list[int]:
    """Which of the digests (by position) tell the answer on `name`."""
    return [n for n, text in enumerate(texts) if f"{name}: Maria Manager answered" in text]


def test_the_digest_after_one_recomposed_at_sending_starts_where_that_one_ended(tmp_path):
    """Found in review: queued Mon 09:05, held by an SMTP outage; Maria answered on Tom at 11:05; recomposed
    and sent at 13:05 with Tom in it; the next Monday's digest said "Answered since Mon 16 Nov: Tom Berg" again.
    Ana, answered after the recomposed digest went, must be in the next one (nothing skipped)."""
    config, store, env = _world(tmp_path)
    assert queue_digests(store, config, env, MONDAY) == [f"digest-recruiter:{RITA}:2026-11-16"]
    _submit_and_answer(store, "tom", "Tom Berg", MONDAY + timedelta(hours=2))
    with store.transaction():
        store.add_journal(RITA, MARIA, None, "A red flag?", "Ask for the scorecard first.",
                          MONDAY + timedelta(hours=3), "j1")
    sending = MONDAY + timedelta(hours=4)
    assert recheck_ready(store, config, env, sending) == [f"digest-recruiter:{RITA}:2026-11-16"]
    _send(store, sending)
    _submit_and_answer(store, "ana", "Ana Lima", sending + timedelta(hours=1))
    assert queue_digests(store, config, env, NEXT_MONDAY) == [f"digest-recruiter:{RITA}:2026-11-23"]
    texts = _recruiter_digest_text(store, RITA)
    assert _told(texts, "Tom Berg") == [0] and _told(texts, "Ana Lima") == [1], texts
    assert [n for n, t in enumerate(texts) if "Ask for the scorecard first." in t] == [0], texts
    store.close()


def test_a_crash_between_recompose_and_send_composes_it_again_and_the_next_one_starts_from_that(tmp_path):
    """The recomposed digest is committed, then the daemon dies before sending it: on the next pass it is
    composed again (Ana answered meanwhile, so it tells her too) and the next digest starts from that second
    composition. A digest that may already have gone (in doubt) is never recomposed: Ben, answered after its
    last composition, is told by the next one."""
    config, store, env = _world(tmp_path)
    queue_digests(store, config, env, MONDAY)
    _submit_and_answer(store, "tom", "Tom Berg", MONDAY + timedelta(hours=1))
    assert recheck_ready(store, config, env, MONDAY + timedelta(hours=2))  # recomposed, committed: then a crash
    _submit_and_answer(store, "ana", "Ana Lima", MONDAY + timedelta(hours=3))
    restart = MONDAY + timedelta(hours=4)
    assert recheck_ready(store, config, env, restart)  # composed again from the state now
    row = store.claim(restart, KINDS)
    with store.transaction():
        store.requeue_in_doubt(row.id, restart, "no answer after DATA")  # may have gone: left as it was
    _submit_and_answer(store, "ben", "Ben Cole", restart + timedelta(hours=1))
    assert recheck_ready(store, config, env, restart + timedelta(hours=2)) == []  # in doubt: not touched
    row = store.claim(restart + timedelta(hours=2), KINDS)
    with store.transaction():
        store.mark_sent(row.id, restart + timedelta(hours=2))
    queue_digests(store, config, env, NEXT_MONDAY)
    texts = _recruiter_digest_text(store, RITA)
    assert [r.state for r in store.outbox()] == [QueueState.SENT, QueueState.QUEUED]
    assert (_told(texts, "Tom Berg"), _told(texts, "Ana Lima"), _told(texts, "Ben Cole")) == ([0], [0], [1]), texts
    store.close()


def test_an_answer_or_advice_in_the_second_a_digest_is_composed_is_told_once(tmp_path):
    """Advice stamped with the very second of composing goes in the next digest, not in both ([start, composed));
    an answer read in that second, before the digest was composed (a pass reads its mail first), is told in that
    digest and not again. The first digest goes out: one still waiting when the next is queued gives way to it
    and tells nothing."""
    config, store, env = _world(tmp_path)
    _submit_and_answer(store, "tom", "Tom Berg", MONDAY)
    with store.transaction():
        store.add_journal(RITA, MARIA, None, "A red flag?", "Ask for the scorecard first.", MONDAY, "j1")
    queue_digests(store, config, env, MONDAY)
    _send(store, MONDAY)
    queue_digests(store, config, env, NEXT_MONDAY)
    texts = _recruiter_digest_text(store, RITA)
    assert len(texts) == 2 and _told(texts, "Tom Berg") == [0], texts
    assert len([t for t in texts if "Ask for the scorecard first." in t]) == 1, texts
    store.close()


def test_a_digest_still_unsent_when_the_next_slots_is_queued_gives_way_to_it(tmp_path):
    """mailer stopped (or SMTP was down) from just after Monday's digest was queued until the next Monday: the
    old one, recomposed at sending, and the new one would both tell the week's answers. The new one, composed
    from the last digest that went, tells them once; the old one is cancelled with the reason."""
    config, store, env = _world(tmp_path)
    queue_digests(store, config, env, MONDAY - timedelta(days=7))
    _send(store, MONDAY - timedelta(days=7))
    _submit_and_answer(store, "tom", "Tom Berg", MONDAY - timedelta(hours=1))
    queue_digests(store, config, env, MONDAY)  # queued, never sent
    _submit_and_answer(store, "ana", "Ana Lima", MONDAY + timedelta(days=1))
    assert queue_digests(store, config, env, NEXT_MONDAY) == [f"digest-recruiter:{RITA}:2026-11-23"]
    assert recheck_ready(store, config, env, NEXT_MONDAY) == [f"digest-recruiter:{RITA}:2026-11-23"]
    rows = store.outbox()
    assert [r.state for r in rows] == [QueueState.SENT, QueueState.CANCELLED, QueueState.QUEUED]
    assert "superseded by the digest for Mon 23 Nov" in rows[1].last_error
    texts = [t for t, r in zip(_recruiter_digest_text(store, RITA), rows) if r.state is not QueueState.CANCELLED]
    assert (_told(texts, "Tom Berg"), _told(texts, "Ana Lima")) == ([1], [1]), texts
    store.close()


def test_the_day_a_recruiters_digest_reports_since_is_in_the_recruiters_own_calendar(tmp_path, monkeypatch):
    """The "since" day is read in the recruiter's calendar, as the check-in times beside it are (checkin_time):
    today every recruiter has the default one (a recruiter has no timezone of their own and cannot be listed as
    a manager), so the test gives Rita Auckland's. Her previous digest was composed on Tuesday morning her time,
    Monday evening in London: her digest says "since Tue 17 Nov"."""
    from dataclasses import replace
    from zoneinfo import ZoneInfo
    from mailer.config.settings import Config
    from mailer.report import digest
    config, store, _ = _world(tmp_path)
    auckland = replace(config.default_calendar, tz=ZoneInfo("Pacific/Auckland"))
    default_calendar_for = Config.calendar_for
    monkeypatch.setattr(Config, "calendar_for",
                        lambda self, address: auckland if address == RITA else default_calendar_for(self, address))
    said = digest.recruiter(store, config, RITA, NEXT_MONDAY, since=u(2026, 11, 16, 20))
    assert said.variables["since"] == "Tue 17 Nov"
    store.close()
