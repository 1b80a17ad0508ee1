"""README "Who can make mailer do what", the part that holds whatever the trust method: only the thread's
manager decides on its candidates, a number decides only on a candidate of the listing it answers, a stranger's
command changes nothing and gets no answer, and neither mailer's own sub-address nor a listed recruiter becomes
a manager. (Proof of the sender is test_trust.py's and test_classify_trust.py's; here every sender is believed,
`trust: unauthenticated`, so only the rules about who may do what stand between a mail and the state.)"""

from datetime import datetime, timedelta, timezone

import pytest

from helpers import make_config
from mailer.compose import environment
from mailer.decide import queue_due
from mailer.ingest import IngestReport, ingest_raw
from mailer.store import Store

MONDAY = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)
RITA, MARIA, NATE = "Rita Recruiter <rita@acme.test>", "Maria Manager <maria@acme.test>", "Nate <nate@acme.test>"


class World:
    def __init__(self, tmp_path):
        self.config = make_config(tmp_path)
        self.store = Store(tmp_path / "state.db")
        self.env = environment(self.config.templates)
        self.uid = 0
        self.now = MONDAY

    def mail(self, sender, to, subject, body, mid, answers=None, cc="mailer@acme.test"):
        """Read one mail; returns (kind, reason) as recorded."""
        thread = f"In-Reply-To: <{answers}>\r\nReferences: <{answers}>\r\n" if answers else ""
        raw = (f"From: {sender}\r\nTo: {to}\r\nCc: {cc}\r\nSubject: {subject}\r\nMessage-ID: <{mid}>\r\n{thread}"
               f"Date: Mon, 30 Nov 2026 09:00:00 +0000\r\n\r\n{body}\r\n").encode()
        self.uid += 1
        with self.store.transaction():
            ingest_raw(self.store, self.config, self.env, raw, "INBOX", self.uid, self.now, IngestReport())
        row = self.store.db.execute("SELECT kind, reason FROM messages WHERE key=?", (mid,)).fetchone()
        return row["kind"], row["reason"]

    def submit(self, manager, candidate, mid):
        assert self.mail(RITA, manager, f"Candidate: {candidate} - Backend", f"Please look at {candidate}.",
                         mid)[0] == "submission"

    def decisions(self):
        return {s.candidate: (s.state.value, s.decision) for s in self.store.all_submissions()}

    def answers_to(self, address):
        return [r.kind for r in self.store.outbox() if r.recipients[0] == address]


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    w.submit(MARIA, "Jane Doe", "s1@acme.test")
    w.submit(MARIA, "Ann Able", "s2@acme.test")
    w.submit(NATE, "Omar Haddad", "s3@acme.test")
    yield w
    w.store.close()


UNTOUCHED = {"Jane Doe": ("open", None), "Ann Able": ("open", None), "Omar Haddad": ("open", None)}


@pytest.mark.parametrize("sender", [NATE, "Eve <eve@evil.test>"], ids=["another-manager", "stranger"])
def test_only_the_threads_manager_decides_on_its_candidate(world, sender):
    kind, reason = world.mail(sender, "rita@acme.test", "Re: Candidate: Jane Doe - Backend", "pass", "r1@x.test",
                              answers="s1@acme.test")
    assert (kind, reason.split(", but ")[1]) == ("other_reply", f"{sender.split('<')[1][:-1]} is not its manager")
    assert world.decisions() == UNTOUCHED


@pytest.mark.parametrize("body", ["stop Omar Haddad", "forget Omar Haddad", "status", "2 pass"])
@pytest.mark.parametrize("sender", [MARIA, "Eve <eve@evil.test>"], ids=["manager", "stranger"])
def test_a_command_outside_a_tracked_thread_from_anyone_but_a_recruiter_changes_nothing_and_is_not_answered(
        world, sender, body):
    kind, reason = world.mail(sender, "mailer@acme.test", body.split()[0], body, "c1@x.test")
    assert kind == "ignored" and "neither a listed recruiter nor a manager in a tracked thread" in reason
    assert world.decisions() == UNTOUCHED
    assert world.answers_to(sender.split("<")[1][:-1]) == []


def test_a_number_decides_only_on_a_candidate_of_the_listing_it_answers(world):
    assert queue_due(world.store, world.config, world.env, MONDAY + timedelta(days=4)) == \
        ["manager:maria@acme.test:1.0.0,2.0.0"]  # Maria's digest lists Jane (1) and Ann (2)
    digest = next(r for r in world.store.outbox() if r.kind == "digest")
    world.now = MONDAY + timedelta(days=4, hours=1)
    world.mail(NATE, "mailer@acme.test", "Re: Candidates waiting", "1 pass", "n1@x.test", answers=digest.message_id)
    world.mail(MARIA, "mailer@acme.test", "Re: Candidates waiting", "3 pass", "m1@x.test", answers=digest.message_id)
    world.mail(MARIA, "rita@acme.test", "Re: Candidate: Jane Doe - Backend", "2 pass", "m2@x.test",
               answers="s1@acme.test")  # a number in a one-candidate thread names nobody else's candidate
    assert world.decisions() == UNTOUCHED
    assert world.answers_to("maria@acme.test") == ["digest", "help", "help"]  # asked again, nothing decided
    assert world.answers_to("nate@acme.test") == []


@pytest.mark.parametrize("to", ["mailer+x@acme.test", RITA], ids=["mailers-sub-address", "a-listed-recruiter"])
def test_neither_mailers_own_sub_address_nor_a_recruiter_becomes_a_manager(world, to):
    kind, _ = world.mail(RITA, to, "Candidate: Bob Bee - Backend", "Please look at Bob.", "b1@acme.test")
    assert kind != "submission" and "Bob Bee" not in world.decisions()
