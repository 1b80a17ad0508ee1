"""Ops alerted that the inbox cannot be read are told, once, when it is read again; the next outage alerts afresh.
Found in an ops run: after an hour of IMAP down the alert was the last word, and ops had to poll `mailer status`."""

from datetime import datetime, timedelta, timezone
import email
import email.policy

from helpers import make_config
from mailer.compose import environment
from mailer.health import record_pass
from mailer.store import Store

T0 = datetime(2026, 12, 18, 10, 0, tzinfo=timezone.utc)
DOWN = "read: IMAP 127.0.0.1:10143: socket error: EOF"


def told(store) -> list[tuple[str, str]]:
    return [(row.subject, row.person) for row in store.outbox() if row.kind == "health_alert"]


def test_an_alerted_outage_ends_with_one_mail_saying_so_and_the_next_one_alerts_again(tmp_path):
    config = make_config(tmp_path, extra="ops: [olga@acme.test]\n")
    store, env = Store(tmp_path / "mailer.db"), environment(config.templates)
    record_pass(store, config, env, T0 - timedelta(minutes=5), True, 0, None)
    for minute in (0, 20, 31, 45):
        record_pass(store, config, env, T0 + timedelta(minutes=minute), False, 0, DOWN)
    assert told(store) == [("mailer cannot read its inbox", "olga@acme.test")]
    for minute in (60, 61, 90):  # back: one mail, not one per pass
        record_pass(store, config, env, T0 + timedelta(minutes=minute), True, 0, None)
    assert told(store) == [("mailer cannot read its inbox", "olga@acme.test"),
                           ("mailer reads its inbox again", "olga@acme.test")]
    recovered = [row for row in store.outbox() if row.subject == "mailer reads its inbox again"][0]
    text = email.message_from_bytes(recovered.raw, policy=email.policy.default).get_body(("plain",)).get_content()
    assert "The error I told you about was: read: IMAP 127.0.0.1:10143: socket error: EOF" in " ".join(text.split())
    for minute in (120, 151):  # a second outage
        record_pass(store, config, env, T0 + timedelta(minutes=minute), False, 0, DOWN)
    assert [subject for subject, _ in told(store)] == ["mailer cannot read its inbox", "mailer reads its inbox again",
                                                       "mailer cannot read its inbox"]
    store.close()


def test_a_short_outage_nobody_was_told_of_ends_without_a_mail(tmp_path):
    config = make_config(tmp_path, extra="ops: [olga@acme.test]\n")
    store, env = Store(tmp_path / "mailer.db"), environment(config.templates)
    record_pass(store, config, env, T0, False, 0, DOWN)
    record_pass(store, config, env, T0 + timedelta(minutes=10), True, 0, None)
    assert told(store) == []
    store.close()


def test_the_log_says_the_alert_is_queued_not_that_ops_were_told(tmp_path, caplog):
    """The alert and the all-clear are only queued here (SMTP may be down too); a log saying "ops told by mail"
    sent ops hunting for a mail that never left. The delivery pass logs "sent health:…" when one does."""
    config = make_config(tmp_path, extra="ops: [olga@acme.test]\n")
    store, env = Store(tmp_path / "mailer.db"), environment(config.templates)
    caplog.set_level("INFO", logger="mailer.health")
    record_pass(store, config, env, T0, False, 0, DOWN)
    record_pass(store, config, env, T0 + timedelta(minutes=31), False, 0, DOWN)
    record_pass(store, config, env, T0 + timedelta(minutes=40), True, 0, None)
    lines = [r.getMessage() for r in caplog.records if r.name == "mailer.health"]
    assert lines == ["the inbox has not been read since 2026-12-18T10:00:00+00:00: an alert to ops is queued "
                     "(olga@acme.test)", "the inbox is read again: the all-clear to ops is queued (olga@acme.test)"]
    assert not any("told by mail" in line for line in lines)
    store.close()
