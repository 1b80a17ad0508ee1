"""A mail whose In-Reply-To/References name only a mail mailer read in a submission's thread (the manager's answer,
a colleague's reply-all) is in that thread, exactly as if it named the submission: the manager's is their answer, a
recruiter's or colleague's is read by who may do what, and none is a new submission. Through the real store and
ingest (`trust: unauthenticated`: who may do what is test_who_can_steer.py's; here only the thread is)."""

import base64
from datetime import datetime, timedelta, timezone
import sqlite3

import pytest

from helpers import make_config
from mailer import effects as actions
from mailer.compose import environment
from mailer.ingest import IngestReport, ingest_raw
from mailer.reading.parse import parse
from mailer.reading.threadindex import conversation_key
from mailer.store import Store
from mailer.store.schema import MIGRATIONS, SCHEMA, SCHEMA_VERSION
from mailer.store.threads import LINK_DAYS

MONDAY = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)
RITA, NATE, CARL = "Rita Recruiter <rita@acme.test>", "Nate Newyork <nate@acme.test>", "Carl Colleague <carl@acme.test>"
SUBJECT = "Candidate: Jane Doe – Backend Engineer"


def irt(mid):
    return f"In-Reply-To: <{mid}>\r\n"


def refs(*mids):
    return "References: " + " ".join(f"<{m}>" for m in mids) + "\r\n"


class World:
    def __init__(self, tmp_path):
        self.path = tmp_path / "state.db"
        self.config = make_config(tmp_path)
        self.store = Store(self.path)
        self.env = environment(self.config.templates)
        self.uid = 0
        self.now = MONDAY

    def mail(self, sender, to, subject, body, mid, thread=""):
        """Read one mail (`thread`: its threading header lines); returns its kind as recorded."""
        raw = (f"From: {sender}\r\nTo: {to}\r\nCc: mailer@acme.test\r\nSubject: {subject}\r\nMessage-ID: <{mid}>\r\n"
               f"{thread}Date: Mon, 30 Nov 2026 09:00:00 +0000\r\n\r\n{body}\r\n").encode()
        self.uid += 1
        with self.store.transaction():
            ingest_raw(self.store, self.config, self.env, raw, "INBOX", self.uid, self.now, IngestReport())
        return self.store.db.execute("SELECT kind FROM messages WHERE key=?", (mid,)).fetchone()["kind"]

    def submissions(self):
        return [(s.candidate, s.state.value, s.decision) for s in self.store.all_submissions()]

    def restart(self):
        self.store.close()
        self.store = Store(self.path)


@pytest.fixture
def world(tmp_path):
    """Rita submits Jane Doe to Nate; Nate answers "interview" in the thread (In-Reply-To and References)."""
    w = World(tmp_path)
    assert w.mail(RITA, NATE, SUBJECT, "Jane would be great.", "s1@acme.test") == "submission"
    assert w.mail(NATE, RITA, f"Re: {SUBJECT}", "interview", "n1@acme.test",
                  irt("s1@acme.test") + refs("s1@acme.test")) == "reply"
    yield w
    w.store.close()


JANE_INTERVIEW = [("Jane Doe", "answered", "interview")]


@pytest.mark.parametrize("subject, thread", [
    (f"Re: {SUBJECT}", irt("n1@acme.test")),  # a mobile client: In-Reply-To only
    (f"Re: {SUBJECT}", refs("n1@acme.test")),  # References only, and only the nearest
    ("Re: quick question", irt("n1@acme.test")),  # a subject that names no one
    (f"AW: {SUBJECT}", irt("n1@acme.test") + f"Thread-Topic: {SUBJECT}\r\nThread-Index: AdbHxYzQ1w2e3r4t5y6u7i8o9p==\r\n"),
    (f"SV: {SUBJECT}", irt("n1@acme.test")),
], ids=["in-reply-to", "references", "other-subject", "outlook-aw", "sv"])
def test_the_recruiters_thanks_to_the_managers_answer_is_no_new_submission_and_changes_nothing(world, subject, thread):
    queued = [r.kind for r in world.store.outbox()]  # Rita told of Nate's answer
    assert world.mail(RITA, NATE, subject, "Thanks Nate!", "r1@acme.test", thread) == "other_reply"
    assert world.submissions() == JANE_INTERVIEW
    assert [r.kind for r in world.store.outbox()] == queued == ["confirm"]  # nothing more: no help, no nudge


@pytest.mark.parametrize("word, state", [("stop", "closed"), ("status", "answered")])
def test_the_recruiters_command_in_reply_to_the_managers_answer_acts_on_the_threads_candidate(world, word, state):
    assert world.mail(RITA, "mailer@acme.test", f"Re: {SUBJECT}", word, "r1@acme.test", irt("n1@acme.test")) == "command"
    assert world.submissions() == [("Jane Doe", state, "interview")]
    assert len(world.store.outbox()) == 2  # the confirmation of Nate's answer, and the answer to Rita's command


def test_the_managers_second_mail_answering_their_own_reply_is_their_answer(tmp_path):
    w = World(tmp_path)
    w.mail(RITA, NATE, SUBJECT, "Jane would be great.", "s1@acme.test")
    assert w.mail(NATE, RITA, f"Re: {SUBJECT}", "Looking at her CV tonight.", "n1@acme.test", irt("s1@acme.test")) == "reply"
    assert w.mail(NATE, RITA, f"Re: {SUBJECT}", "Pass, sorry. Also send me her references.", "n2@acme.test",
                  irt("n1@acme.test")) == "reply"
    assert w.submissions() == [("Jane Doe", "answered", "pass")]
    w.store.close()


def test_a_colleagues_reply_to_the_managers_answer_is_in_the_thread_but_decides_nothing(world):
    assert world.mail(CARL, NATE, f"Re: {SUBJECT}", "pass", "c1@acme.test", irt("n1@acme.test")) == "other_reply"
    assert world.submissions() == JANE_INTERVIEW


def test_a_chain_three_deep_leads_back_to_the_submission(world):
    """Submission ← Nate's answer ← Carl's reply-all ← Nate's "PS" to Carl ← Rita's "stop": each names only the last."""
    world.mail(CARL, NATE, f"Re: {SUBJECT}", "Count me in for the panel.", "c1@acme.test", irt("n1@acme.test"))
    assert world.mail(NATE, CARL, f"RE: {SUBJECT}", "pass", "n2@acme.test",
                      irt("c1@acme.test")) == "reply"
    assert world.submissions() == [("Jane Doe", "answered", "pass")]
    assert world.mail(RITA, "mailer@acme.test", "Re: quick question", "stop", "r1@acme.test", irt("n2@acme.test")) == "command"
    assert world.submissions() == [("Jane Doe", "closed", "pass")]


def test_the_link_is_stored_state_and_holds_after_a_restart(world):
    world.restart()  # a crash between the manager's answer and the recruiter's reply
    assert world.mail(RITA, NATE, f"Re: {SUBJECT}", "Thanks Nate!", "r1@acme.test", irt("n1@acme.test")) == "other_reply"
    assert world.submissions() == JANE_INTERVIEW


def test_a_mail_read_in_a_transaction_that_rolled_back_links_nothing(tmp_path):
    """The link commits with the mail's own record: a crash before the commit re-reads the mail, and links then."""
    w = World(tmp_path)
    w.mail(RITA, NATE, SUBJECT, "Jane would be great.", "s1@acme.test")
    raw = (f"From: {NATE}\r\nTo: {RITA}\r\nSubject: Re: {SUBJECT}\r\nMessage-ID: <n1@acme.test>\r\n{irt('s1@acme.test')}"
           f"\r\nInterview her.\r\n").encode()
    with pytest.raises(KeyboardInterrupt), w.store.transaction():
        ingest_raw(w.store, w.config, w.env, raw, "INBOX", 2, MONDAY, IngestReport())
        raise KeyboardInterrupt  # the process dies before the commit
    assert w.store.db.execute("SELECT COUNT(*) FROM thread_links").fetchone()[0] == 0
    with w.store.transaction():
        ingest_raw(w.store, w.config, w.env, raw, "INBOX", 2, MONDAY, IngestReport())
    assert w.mail(RITA, NATE, f"Re: {SUBJECT}", "Thanks Nate!", "r1@acme.test", irt("n1@acme.test")) == "other_reply"
    w.store.close()


def test_a_reply_to_an_ignored_strangers_reply_all_is_in_the_thread(world):
    """The stranger decides nothing, but their mail sits in Jane's thread: Rita's "stop" answering it acts on Jane."""
    assert world.mail("Eve Outsider <eve@elsewhere.test>", NATE, f"Re: {SUBJECT}", "pass", "e1@elsewhere.test",
                      irt("n1@acme.test")) == "other_reply"
    assert world.submissions() == JANE_INTERVIEW
    assert world.mail(RITA, "mailer@acme.test", f"Re: {SUBJECT}", "stop", "r1@acme.test", irt("e1@elsewhere.test")) == "command"
    assert world.submissions() == [("Jane Doe", "closed", "interview")]


def test_a_quarantined_reply_still_links_by_its_headers(tmp_path, monkeypatch):
    """The manager's answer could not be handled (kept for a human); a reply to it is still no new submission."""
    w = World(tmp_path)
    w.mail(RITA, NATE, SUBJECT, "Jane would be great.", "s1@acme.test")

    def broken(self, verdict):
        raise RuntimeError("boom")

    monkeypatch.setattr(actions.Effects, "apply", broken)
    assert w.mail(NATE, RITA, f"Re: {SUBJECT}", "Interview her.", "n1@acme.test", irt("s1@acme.test")) == "quarantined"
    monkeypatch.undo()
    assert w.mail(RITA, NATE, f"Re: {SUBJECT}", "Thanks Nate!", "r1@acme.test", irt("n1@acme.test")) == "other_reply"
    assert w.submissions() == [("Jane Doe", "open", None)]  # the quarantined answer decided nothing yet
    w.store.close()


def test_a_message_id_mailer_never_read_is_read_as_before(world):
    assert world.mail(RITA, NATE, "Candidate: Omar Haddad – Data Engineer", "Omar too.", "r1@acme.test",
                      irt("unknown@elsewhere.test")) == "submission"
    assert [s[0] for s in world.submissions()] == ["Jane Doe", "Omar Haddad"]


@pytest.mark.parametrize("stale", ["n1@acme.test", "s1@acme.test"], ids=["names-the-answer", "names-the-submission"])
def test_a_new_subject_naming_another_candidate_is_a_new_submission_despite_a_stale_in_reply_to(world, stale):
    """Rita answered Nate's mail and typed a new subject over it: her client kept In-Reply-To, she meant a new mail."""
    assert world.mail(RITA, NATE, "Candidate: Omar Haddad – Data Engineer", "Omar would be great too.", "r1@acme.test",
                      irt(stale)) == "submission"
    assert world.submissions() == [*JANE_INTERVIEW, ("Omar Haddad", "open", None)]


@pytest.mark.parametrize("subject", ["Interview scheduling – Jane Doe", "Candidate: Jane Doe – Backend Engineer (updated CV)",
                                     "Re: Candidate: Omar Haddad – Data Engineer", "Quick question"])
def test_a_new_subject_about_the_threads_candidate_or_no_candidate_stays_in_the_thread(world, subject):
    assert world.mail(RITA, NATE, subject, "Thanks Nate!", "r1@acme.test", irt("n1@acme.test")) == "other_reply"
    assert world.submissions() == JANE_INTERVIEW


def test_a_new_submission_names_only_its_own_candidate_not_the_thread_it_was_sent_in(world):
    """A recruiter's new candidate sent in reply to the manager's answer (another résumé attached) is a submission;
    the manager's answer to it is about that candidate alone, not Jane too."""
    raw_cv = ("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nAnd Omar.\r\n"
              "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=Omar_Haddad_CV.pdf\r\n"
              "\r\nJVBERi0=\r\n--b--")
    raw = (f"From: {RITA}\r\nTo: {NATE}\r\nCc: mailer@acme.test\r\nSubject: Re: {SUBJECT}\r\nMessage-ID: <r2@acme.test>\r\n"
           f"{irt('n1@acme.test')}MIME-Version: 1.0\r\n{raw_cv}\r\n").encode()
    with world.store.transaction():
        ingest_raw(world.store, world.config, world.env, raw, "INBOX", 99, MONDAY, IngestReport())
    assert [s[0] for s in world.submissions()] == ["Jane Doe", "Omar Haddad"]
    assert world.mail(NATE, RITA, f"Re: {SUBJECT}", "pass", "n2@acme.test", irt("r2@acme.test")) == "reply"
    assert world.submissions() == [*JANE_INTERVIEW, ("Omar Haddad", "answered", "pass")]


def test_links_older_than_the_kept_days_are_forgotten_and_a_reply_to_one_is_read_as_before(world):
    world.now = MONDAY + timedelta(days=LINK_DAYS + 1)
    with world.store.transaction():
        assert world.store.forget_old_links(world.now) == 1
    assert world.mail(RITA, NATE, "Re: quick question", "Thanks Nate!", "r1@acme.test",
                      irt("n1@acme.test")) == "submission"  # what every reply to it was before links existed


def test_a_version_13_state_is_migrated_and_its_recorded_answers_link_at_once(tmp_path):
    """Migration 14 on a state from before: each submission's first answer, kept in messages, links its thread."""
    path = tmp_path / "state.db"  # where World opens its state
    db = sqlite3.connect(path)
    db.create_function("mailer_fold", 1, lambda name: name.casefold())
    for statement in (SCHEMA + "".join(MIGRATIONS[v] for v in range(2, 14))).split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("INSERT INTO meta VALUES ('schema', '13'), ('instance', 'abc')")
    db.execute("INSERT INTO submissions (id, message_key, manager, recruiter, candidate, role, subject, message_id, "
               "refs, submitted_at, state, answered_at, answer_key, decision, candidate_key) VALUES (1, 's1@acme.test', "
               f"'nate@acme.test', 'rita@acme.test', 'Jane Doe', 'Backend Engineer', '{SUBJECT}', 's1@acme.test', '[]', "
               "'2026-11-30T09:00:00+00:00', 'answered', '2026-11-30T09:30:00+00:00', 'n1@acme.test', 'interview', "
               "'jane doe')")
    db.execute("INSERT INTO messages VALUES ('n1@acme.test', 'n1@acme.test', 'INBOX', 2, 'nate@acme.test', 'Re: x', "
               "NULL, '2026-11-30T09:30:00+00:00', 'reply', 'reply from the thread''s manager')")
    db.commit()
    db.close()
    w = World(tmp_path)
    schema = w.store.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0]
    assert schema == str(SCHEMA_VERSION)  # brought forward to the latest
    assert w.mail(RITA, NATE, f"Re: {SUBJECT}", "Thanks Nate!", "r1@acme.test", irt("n1@acme.test")) == "other_reply"
    assert w.submissions() == JANE_INTERVIEW
    w.store.close()


# Outlook's Thread-Index: a 22-byte root (reserved byte, FILETIME, GUID) naming the conversation, 5 bytes per reply.
ROOT = b"\x01\xd6\xc7\xc5\x8c\xd0" + bytes(range(16))


def index(replies: int, root: bytes = ROOT) -> str:
    return base64.b64encode(root + bytes(5 * replies)).decode()


def outlook(replies: int, topic: str = SUBJECT) -> str:
    return f"Thread-Topic: {topic}\r\nThread-Index: {index(replies)}\r\n"


@pytest.mark.parametrize("submission_index", [True, False], ids=["submission-starts-it", "answer-carries-it"])
def test_an_outlook_reply_with_only_thread_index_and_topic_is_in_the_conversations_thread(tmp_path, submission_index):
    """Exchange between its own users: Rita's thanks carries Thread-Index and Thread-Topic, no In-Reply-To."""
    w = World(tmp_path)
    w.mail(RITA, NATE, SUBJECT, "Jane would be great.", "s1@acme.test", outlook(0) if submission_index else "")
    assert w.mail(NATE, RITA, f"RE: {SUBJECT}", "interview", "n1@acme.test", irt("s1@acme.test") + outlook(1)) == "reply"
    assert w.mail(RITA, NATE, f"RE: {SUBJECT}", "Thanks Nate!", "r1@acme.test", outlook(2)) == "other_reply"
    assert w.mail(RITA, "mailer@acme.test", f"RE: {SUBJECT}", "stop", "r2@acme.test", outlook(3)) == "command"
    assert w.submissions() == [("Jane Doe", "closed", "interview")]
    w.store.close()


def test_a_thread_index_whose_topic_is_another_subject_is_read_as_before(tmp_path):
    """A copied or stale Thread-Index under another topic proves nothing: Omar's mail is his own submission."""
    w = World(tmp_path)
    w.mail(RITA, NATE, SUBJECT, "Jane would be great.", "s1@acme.test", outlook(0))
    omar = "Candidate: Omar Haddad – Data Engineer"
    assert w.mail(RITA, NATE, omar, "Omar too.", "s2@acme.test", outlook(1, topic=omar)) == "submission"
    assert [s[0] for s in w.submissions()] == ["Jane Doe", "Omar Haddad"]
    w.store.close()


@pytest.mark.parametrize("value, key", [
    (index(0), "thread-index:" + ROOT.hex()), (index(3), "thread-index:" + ROOT.hex()),
    (index(1)[:20] + " " + index(1)[20:], "thread-index:" + ROOT.hex()),  # folded over two lines
    ("AQ==", None), ("not base64 at all!", None), (base64.b64encode(ROOT + b"xy").decode(), None)])
def test_the_conversation_key_is_the_thread_index_root_or_nothing(value, key):
    msg = parse(f"From: a@x\r\nSubject: s\r\nThread-Index: {value}\r\n\r\nx\r\n".encode())
    assert conversation_key(msg) == key


@pytest.mark.parametrize("candidate", ["Jane Smith", "Omar Doe"])
def test_a_fresh_subject_naming_someone_who_shares_a_name_with_the_threads_candidate_is_a_new_submission(world, candidate):
    """Review 6: a shared first or last name is someone else; only a name all of whose words are the thread
    candidate's ("Jane", "Jane Doe") is the thread's own."""
    assert world.mail(RITA, NATE, f"Candidate: {candidate} – Data Engineer", "One more.", "r1@acme.test",
                      irt("n1@acme.test")) == "submission"
    assert (candidate, "open", None) in world.submissions()


def test_a_link_named_again_lives_from_its_latest_mail(world):
    """Review 6: a conversation key or Message-ID linked again keeps the latest time, so a living thread's link is
    not purged LINK_DAYS after its first mail."""
    later = MONDAY + timedelta(days=160)
    world.store.link_received("n1@acme.test", (1,), later)
    seen = world.store.db.execute("SELECT seen_at FROM thread_links WHERE message_id='n1@acme.test'").fetchone()[0]
    assert seen.startswith(later.date().isoformat())


def test_a_reply_all_carrying_another_candidates_thread_links_only_the_one_it_answers(tmp_path):
    """Review 6: Carl's reply-all answers Jane's mail, but his client kept Omar's Message-ID in References too; Nate's
    snooze answering Carl's mail holds Jane only, not both."""
    w = World(tmp_path)
    w.mail(RITA, NATE, SUBJECT, "Jane would be great.", "s1@acme.test")
    w.mail(RITA, NATE, "Candidate: Omar Haddad – Data Engineer", "Omar too.", "s2@acme.test")
    w.mail(CARL, NATE, f"Re: {SUBJECT}", "She looks good to me.", "c1@acme.test",
           irt("s1@acme.test") + refs("s2@acme.test", "s1@acme.test"))
    assert w.mail(NATE, RITA, f"Re: {SUBJECT}", "snooze 1w", "n1@acme.test", irt("c1@acme.test")) == "reply"
    states = {c: (state, decision) for c, state, decision in w.submissions()}
    assert states["Jane Doe"][1] == "snooze" and states["Omar Haddad"] == ("open", None)
    w.store.close()
