"""`mailer status` while a manager digest waits in the queue (SMTP down): the candidate's next nudge is the rung the
daemon will send, on the day it will send it, not the queued digest's time called "step 2".

Found in a user-journey review: `status --now 2026-12-15T14:05Z` said "#2 Omar Haddad … Tue 15 Dec 14:05: step 2 →
maria" (whatever the time), while `plan --at` listed no step 2 then and the daemon sent it on another day."""

from datetime import date, datetime, timedelta, timezone

from mailer.cli.status import status, submission_rows
from mailer.compose import environment
from mailer.decide import queue_due
from mailer.digests import queue_digests
from mailer.forecast import forecast
from test_pacing import MARIA, TUE, WED, team

UTC = timezone.utc


def digest_held_by_smtp(tmp_path):
    """Maria's digest for Monday 14 Dec, queued on Tuesday at 12:00 listing Omar (step 2 due since Monday), failing."""
    config, store, sub = team(tmp_path)
    env = environment(config.templates)
    with store.transaction():
        store.start_digests("manager", MARIA, date(2026, 12, 7))
    [key] = queue_digests(store, config, env, TUE)
    assert queue_due(store, config, env, TUE) == []  # the digest takes Tuesday: step 2 waits
    with store.transaction():
        store.retry_later(store.outbox_by_key(key).id, TUE + timedelta(minutes=1), "send: cannot reach 127.0.0.1:25")
    return config, store, env, sub


def nudge(rows, sub):
    found = next(r for r in rows if r["id"] == sub)["next"]
    return found["at"], found["step"], found["to"], found["queued"]


def test_status_names_the_day_the_rung_goes_after_the_queued_digest(tmp_path):
    config, store, env, sub = digest_held_by_smtp(tmp_path)
    afternoon = datetime(2026, 12, 15, 14, 5, tzinfo=UTC)
    # If SMTP is back now, the digest goes today and takes Tuesday: step 2 goes Wednesday at opening.
    assert nudge(submission_rows(store, config, afternoon, env), sub) == (
        datetime(2026, 12, 16, 9, 0, tzinfo=UTC), 2, MARIA, False)  # on main: Tue 14:05, the digest's time
    assert "Wed 16 Dec 09:00 GMT: step 2 → maria@acme.test" in status(store, config, afternoon, env)
    # Still waiting on Wednesday morning: it goes then, and takes Wednesday; step 2 on Thursday, as the daemon does.
    assert nudge(submission_rows(store, config, WED, env), sub)[:2] == (datetime(2026, 12, 17, 9, 0, tzinfo=UTC), 2)
    # The daemon's own passes agree: Wednesday the digest alone, Thursday the nudge.
    sent = [(p.at.date().isoformat(), p.kind) for p in forecast(store, config, env, WED, WED + timedelta(days=1))
            if p.to == MARIA]
    assert sent == [("2026-12-16", "digest_manager"), ("2026-12-17", "followup")]
    store.close()
