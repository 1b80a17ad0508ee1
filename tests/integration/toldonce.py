"""The check that each manager's answer is told in exactly one recruiter digest that went out (README "Weekly
digests", mailer/digesttold.py), read from a state after a run: what each sent digest says is what it stored as
told, no answer (a submission's manager's answer, in one version) is stored by two that went, and every answer read by
the time a digest that went was composed (inside the first one's week of look-back) is told by one."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from email import message_from_bytes, policy

from mailer.store import Store

WEEK = timedelta(days=7)


def answered_names(raw: bytes) -> list[str]:
    """The candidates under "Answered since" in a recruiter digest's text."""
    body = message_from_bytes(raw, policy=policy.default).get_body(("plain",)).get_content().replace("\r\n", "\n")
    if "Answered since" not in body:
        return []
    lines = body.split("Answered since", 1)[1].split("\n\n")[0].splitlines()[1:]
    return [line.strip()[2:].split(":", 1)[0] for line in lines if line.strip().startswith("- ")]


def check_told_once(store: Store) -> None:
    db = store.db
    sent = db.execute("SELECT id, key, raw, composed_at FROM outbox WHERE kind='digest_recruiter' AND state='sent' "
                      "ORDER BY key").fetchall()
    marks = db.execute("SELECT t.outbox_id, t.submission_id, t.version, s.candidate FROM digest_told t "
                       "JOIN submissions s ON s.id=t.submission_id").fetchall()
    for digest in sent:
        stored = sorted(m["candidate"] for m in marks if m["outbox_id"] == digest["id"])
        assert sorted(answered_names(bytes(digest["raw"]))) == stored, (digest["key"], stored)
    went = {d["id"] for d in sent}
    told = Counter((m["submission_id"], m["version"]) for m in marks if m["outbox_id"] in went)
    assert [version for version, n in told.items() if n > 1] == [], "told twice"
    composed: dict[str, list[datetime]] = {}
    for digest in sent:
        composed.setdefault(digest["key"].rpartition(":")[0].removeprefix("digest-recruiter:"), []).append(
            datetime.fromisoformat(digest["composed_at"]))
    for s in db.execute("SELECT id, recruiter, candidate, answer_version, decision_read_at "
                        "FROM submissions WHERE answered_at IS NOT NULL AND COALESCE(decision, '') != 'snooze' "
                        "AND decision_read_at IS NOT NULL"):
        times = composed.get(s["recruiter"], [])
        read = datetime.fromisoformat(s["decision_read_at"])
        if times and min(times) - WEEK <= read <= max(times):
            assert told[(s["id"], s["answer_version"])] == 1, ("never told", s["candidate"])
