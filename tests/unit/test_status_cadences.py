"""`mailer status` shows the mail that runs on a cadence: per digest recipient and per mentorship, the last one
sent, the next slot and what waits in the queue; `--json` gives the same facts. The mail is queued by the
daemon's own stages on a store in a temporary folder (no servers: the send is marked by hand)."""

from datetime import datetime, timezone
import json
import os
import subprocess
import sys

from helpers import ROOT, make_config
from mailer.compose import environment
from mailer.digests import queue_digests
from mailer.mentoring.loop import queue_mentoring
from mailer.store import Store

EXTRA = """
digests:
  recruiter: every monday at 08:00
mentorships:
  - recruiter: rita@acme.test
    mentor: maria@acme.test
    every: every tuesday at 10:00
    start: 2026-12-01
  - recruiter: rita@acme.test
    mentor: nate@acme.test
    every: every week on wednesday at 10:00
    invite: true
"""


def u(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def status(tmp_path, *args):
    env = {**os.environ, "MAILER_TEST_PASSWORD": "secret"}
    done = subprocess.run([sys.executable, "-m", "mailer", "status", "--now", "2026-12-01T10:30Z", *args,
                           "--config", str(tmp_path / "config.yaml")], capture_output=True, text=True, timeout=60,
                          env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def seeded(tmp_path):
    config = make_config(tmp_path, extra=EXTRA)
    env = environment(config.templates)
    store = Store(config.state)
    with store.transaction():
        store.add_submission("k1", "nate@acme.test", "rita@acme.test", "Ann Able", "Engineer",
                             "Candidate: Ann Able – Engineer", "m1@x", (), u(2026, 11, 23, 10))
    [digest] = queue_digests(store, config, env, u(2026, 11, 30, 9, 5))
    # Nate's invitation, in his New York hours, on a day before his nudge falls due (on the 30th his step 1 is
    # overdue, and the invitation gives way to it as a check-in would)
    assert queue_mentoring(store, config, env, u(2026, 11, 24, 15, 0))
    with store.transaction():
        store.mark_sent(store.outbox_by_key(digest).id, u(2026, 11, 30, 9, 6))
    [checkin] = [k for k in queue_mentoring(store, config, env, u(2026, 12, 1, 10, 5)) if "checkin" in k]
    with store.transaction():  # SMTP refused it: the retry waits
        store.retry_later(store.outbox_by_key(checkin).id, u(2026, 12, 1, 11, 5), "SMTP: connection refused")
    store.close()
    return checkin


def test_status_json_shows_each_digest_and_mentorship_with_last_sent_next_slot_and_held_mail(tmp_path):
    checkin = seeded(tmp_path)
    found = json.loads(status(tmp_path, "--json"))
    by_what = {(c["what"], c["to"]): c for c in found["cadences"]}
    digest = by_what[("recruiter digest", "rita@acme.test")]
    assert digest["last_sent"] == "2026-11-30T09:06:00+00:00"
    assert digest["next_at"] == "2026-12-07T09:00:00+00:00"  # the 08:00 slot waits for business hours (9-17)
    assert digest["held"] == []
    maria = by_what[("check-in", "maria@acme.test")]
    assert maria["recruiter"] == "rita@acme.test" and maria["last_sent"] is None
    assert maria["next_at"] == "2026-12-08T10:00:00+00:00"  # this week's slot is used (queued): the next Tuesday
    [held] = maria["held"]
    assert held["key"] == checkin and held["next_attempt"] == "2026-12-01T11:05:00+00:00"
    assert held["reason"] == "SMTP: connection refused" and held["state"] == "queued"
    nate = by_what[("check-in", "nate@acme.test")]
    assert nate["state"] == "invited" and nate["next_at"] is None and nate["held"][0]["key"].startswith(
        "mentor-invitation:")
    [sub] = found["submissions"]
    assert sub["candidate"] == "Ann Able" and sub["next"]["step"] >= 1 and found["quarantined"] == 0


def test_status_text_lists_digests_and_check_ins(tmp_path):
    seeded(tmp_path)
    out = status(tmp_path)
    section = out.split("Digests and check-ins", 1)[1]
    digest = next(line for line in section.splitlines() if line.startswith("recruiter digest → rita@acme.test"))
    assert "Mon 30 Nov 09:06 GMT" in digest and "Mon 07 Dec 09:00 GMT" in digest
    maria = next(line for line in section.splitlines() if "check-in rita@acme.test → maria@acme.test" in line)
    assert "Tue 08 Dec 10:00 GMT" in maria and "held until Tue 01 Dec 11:05 GMT: SMTP: connection refused" in maria
    nate = next(line for line in section.splitlines() if "→ nate@acme.test" in line)
    assert "after a yes" in nate
