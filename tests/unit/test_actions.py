"""What verdicts do to stored state (no servers: a store on disk, templates from the repo)."""

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from helpers import make_config
from mailer.effects import Effects
from mailer.reading.bounce import Bounce
from mailer.reading.classify import Verdict
from mailer.reading.commands import Command
from mailer.compose import environment
from mailer.model import Kind, OutgoingMail, State
from mailer.reading.parse import parse
from mailer.store import Store

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def world(tmp_path):
    config = make_config(tmp_path, trust="dkim")  # a verdict reaching effects was authenticated (the gate is classify's)
    store = Store(tmp_path / "x.db")
    with store.transaction():
        sub_id = store.add_submission("k", "maria@acme.test", "rita@acme.test", "Jane Doe", "", "Candidate: Jane Doe",
                                      "s1@x", (), NOW - timedelta(days=2))
        out = store.enqueue(OutgoingMail("f1", "f1@acme.test", "followup", "maria@acme.test", "manager",
                                         "mailer@acme.test", ("maria@acme.test", "mailer@acme.test"), b"x",
                                         "Re: Candidate: Jane Doe"), NOW)
        store.add_listing(out, [sub_id])
    yield config, store, sub_id
    store.close()


def apply(config, store, verdict, sender="maria@acme.test", body="x", in_reply_to=None):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = sender, "mailer@acme.test", "Re: x", "<in1@x>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body)
    with store.transaction():
        Effects(store, config, environment(config.templates), parse(bytes(msg)), NOW).apply(verdict)


def test_an_absence_is_capped_and_an_outside_delegate_ignored(world):
    config, store, sub_id = world
    apply(config, store, Verdict(Kind.AUTO_REPLY, "ooo", answers=(sub_id,), return_date=datetime(2031, 1, 1).date(),
                                 delegate="eve@evil.test"))
    pause = store.active_pause("maria@acme.test", NOW)
    assert datetime.fromisoformat(pause["until"]) <= NOW + timedelta(days=61)
    assert pause["delegate"] is None and store.delegates(NOW) == {}


def test_a_colleague_delegate_is_recorded(world):
    config, store, sub_id = world
    apply(config, store, Verdict(Kind.AUTO_REPLY, "ooo", answers=(sub_id,), delegate="dana@acme.test"))
    assert store.delegates(NOW) == {"dana@acme.test": "maria@acme.test"}
    notices = [row for row in store.outbox() if row.kind == "ooo_notice"]
    assert [row.recipients[0] for row in notices] == ["rita@acme.test"]


def test_a_bounce_naming_none_of_the_recipients_blames_nobody(world):
    config, store, _ = world
    bounce = Bounce(True, frozenset({"someone@else.test"}), "<f1@acme.test>", "dsn:failed", "550 no such user")
    apply(config, store, Verdict(Kind.BOUNCE, "bounce", bounce=bounce), sender="mailer-daemon@x.test")
    assert store.failing() == {}


def test_a_bounce_matches_recipients_case_insensitively_and_tells_the_recruiter(world):
    config, store, _ = world
    bounce = Bounce(True, frozenset({"Maria@ACME.test"}), "<f1@acme.test>", "dsn:failed", "550 5.1.1 no such user")
    apply(config, store, Verdict(Kind.BOUNCE, "bounce", bounce=bounce), sender="mailer-daemon@x.test")
    assert store.failing() == {"maria@acme.test": "550 5.1.1 no such user"}
    [notice] = [row for row in store.outbox() if row.kind == "bounce_notice"]
    assert notice.recipients[0] == "rita@acme.test" and b"550 5.1.1 no such user" in notice.raw


def test_an_unreadable_command_changes_nothing_and_asks_once(world):
    config, store, sub_id = world
    apply(config, store, Verdict(Kind.REPLY, "reply", answers=(sub_id,), speaker="manager", problem="what is 5?"))
    sub = store.submission(sub_id)
    assert sub.state is State.OPEN and sub.decision is None
    assert [row.kind for row in store.outbox()] == ["followup", "help"]


def test_a_manager_answer_records_the_decision_and_clears_a_failing_address(world):
    config, store, sub_id = world
    with store.transaction():
        store.mark_failing("maria@acme.test", NOW, "mailbox full")
    apply(config, store, Verdict(Kind.REPLY, "reply", answers=(sub_id,), speaker="manager",
                                 commands=(Command("interview"),), reply_text="interview"))
    sub = store.submission(sub_id)
    assert (sub.state, sub.decision) == (State.ANSWERED, "interview")
    assert store.failing() == {}
    assert [row.kind for row in store.outbox()] == ["followup", "confirm"]


def add(store, name, manager="maria@acme.test"):
    with store.transaction():
        return store.add_submission(f"k-{name}", manager, "rita@acme.test", name, "", f"Candidate: {name}",
                                    f"{name}@x", (), NOW - timedelta(days=1))


def test_forget_needs_the_exact_name_and_suggests_near_ones(world):
    config, store, _ = world
    for name in ("Ann Lee", "Joanne Annan", "Hannah Smith"):
        add(store, name)
    apply(config, store, Verdict(Kind.COMMAND, "c", speaker="recruiter", commands=(Command("forget", argument="Ann"),)),
          sender="rita@acme.test")
    assert all(s.state is State.OPEN for s in store.all_submissions())
    [help_mail] = [row for row in store.outbox() if row.kind == "help"]
    assert b"Ann Lee" in help_mail.raw  # "did you mean …"
    apply(config, store, Verdict(Kind.COMMAND, "c", speaker="recruiter", commands=(Command("forget", argument="ann LEE"),)),
          sender="rita@acme.test")
    closed = [s.candidate for s in store.all_submissions() if s.state is State.CLOSED]
    assert closed == ["Ann Lee"]


def test_a_bare_decision_on_a_list_of_several_asks_which(world):
    config, store, first = world
    second = add(store, "Bob Baker")
    apply(config, store, Verdict(Kind.REPLY, "r", answers=(first, second), speaker="manager",
                                 commands=(Command("interview"),)))
    assert {s.decision for s in store.all_submissions()} == {None}
    assert [row.kind for row in store.outbox()][-1] == "help"


def test_the_recruiters_stop_keeps_the_managers_decision(world):
    config, store, sub_id = world
    with store.transaction():
        store.decide(sub_id, State.ANSWERED, "interview")
    apply(config, store, Verdict(Kind.COMMAND, "c", answers=(sub_id,), speaker="recruiter", commands=(Command("stop"),)),
          sender="rita@acme.test", in_reply_to="<s1@x>")
    sub = store.submission(sub_id)
    assert (sub.state, sub.decision) == (State.CLOSED, "interview")


def test_a_manager_writing_in_person_ends_their_absence(world):
    config, store, sub_id = world
    with store.transaction():
        store.add_pause("maria@acme.test", NOW, NOW + timedelta(days=10), "ooo", None, "k")
    apply(config, store, Verdict(Kind.REPLY, "r", answers=(sub_id,), speaker="manager", reply_text="Back early: pass",
                                 commands=(Command("pass"),)))
    assert store.active_pause("maria@acme.test", NOW) is None


def test_a_resent_candidate_joins_the_open_submission(world):
    config, store, sub_id = world
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"] = "rita@acme.test", "maria@acme.test", "mailer@acme.test"
    msg["Subject"], msg["Message-ID"] = "Candidate: Jane Doe – updated CV", "<again@x>"
    msg.set_content("new CV attached")
    with store.transaction():
        Effects(store, config, environment(config.templates), parse(bytes(msg)), NOW).apply(
            Verdict(Kind.SUBMISSION, "s", managers=("maria@acme.test",), recruiter="rita@acme.test"))
    assert [s.id for s in store.all_submissions()] == [sub_id]
    assert [s.id for s in store.submissions_in_thread(("again@x",))] == [sub_id]
