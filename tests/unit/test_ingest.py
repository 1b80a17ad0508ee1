"""One mail's failure is its own: quarantined with the reason, its half-done writes undone, the batch goes on."""

from datetime import datetime, timezone

from helpers import make_config
from mailer import effects as actions
from mailer.compose import environment
from mailer.ingest import IngestReport, ingest_raw
from mailer.store import Store

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


def submission(n):
    return (f"From: rita@acme.test\r\nTo: maria@acme.test\r\nCc: mailer@acme.test\r\nMessage-ID: <s{n}@x>\r\n"
            f"Subject: Candidate: Person{n} Test – Role\r\n\r\nhi\r\n").encode()


def test_an_effect_that_raises_quarantines_only_its_mail(tmp_path, monkeypatch):
    config = make_config(tmp_path)
    store = Store(tmp_path / "x.db")
    real = actions.Effects.submission

    def flaky(self, verdict):
        real(self, verdict)  # writes the submission row first...
        if "Person2" in self.msg.subject:
            raise RuntimeError("boom")  # ...then fails

    monkeypatch.setattr(actions.Effects, "submission", flaky)
    report = IngestReport()
    with store.transaction():
        for uid in (1, 2, 3):
            ingest_raw(store, config, environment(config.templates), submission(uid), "INBOX", uid, NOW, report)
    assert report.kinds == {"submission": 2, "quarantined": 1}
    assert sorted(s.candidate for s in store.all_submissions()) == ["Person1 Test", "Person3 Test"]
    [row] = store.quarantined()
    assert row["key"] == "s2@x" and "RuntimeError: boom" in row["reason"]


def test_context_for_a_listed_manager_named_as_a_delegate_is_their_own(tmp_path):
    from email.message import EmailMessage
    from mailer.ingest import context_for
    from mailer.reading.parse import parse
    config = make_config(tmp_path)
    store = Store(tmp_path / "x.db")
    with store.transaction():
        store.add_submission("k1", "maria@acme.test", "rita@acme.test", "Jane", "", "s", "s1@x", (), NOW)
        store.add_submission("k2", "nate@acme.test", "rita@acme.test", "Omar", "", "s", "s2@x", (), NOW)
        store.add_pause("maria@acme.test", NOW, NOW.replace(year=2027), "ooo", "nate@acme.test", "k")
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "nate@acme.test", "mailer@acme.test", "About Omar"
    msg.set_content("x")
    ctx = context_for(store, config, parse(bytes(msg)), NOW)
    assert [s.candidate for s in ctx.of_sender] == ["Omar"]  # Nate's own candidates, not Maria's


def test_recent_answers_are_ordered_by_when_they_were_answered(tmp_path):
    from datetime import timedelta
    from mailer.model import State
    store = Store(tmp_path / "x.db")
    with store.transaction():
        first = store.add_submission("k1", "m@x", "rita@x", "Early Sub", "", "s", "a@x", (), NOW)
        second = store.add_submission("k2", "m@x", "rita@x", "Late Sub", "", "s", "b@x", (), NOW + timedelta(hours=1))
        store.mark_answered(second, NOW + timedelta(hours=2), timedelta(hours=1), "r1")
        store.mark_answered(first, NOW + timedelta(hours=3), timedelta(hours=3), "r2")
        store.decide(first, State.ANSWERED, "pass")
    assert [s.candidate for s in store.recent_answers("rita@x", limit=10)] == ["Late Sub", "Early Sub"]
    assert [s.candidate for s in store.recent_answers("rita@x", limit=1)] == ["Early Sub"]
