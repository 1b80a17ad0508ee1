"""What a recruiter's weekly digest says about a snooze and the decision after it (report/digest.py,
store/history.py): a snooze is shown on the waiting candidate ("snoozed until Thu 10 Dec"), never as an answer
with the decision "snooze"; the decision taken after it is told in the digest of the period it was taken in, with
the time from the submission; one row per candidate per digest. Every mail goes through the daemon's path for a new
mail (ingest_raw) into a real store, every digest through queue_digests and its template, with the clock injected."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from helpers import config_text
from mailer.compose import environment
from mailer.config.load import parse
from mailer.digests import queue_digests
from mailer.ingest import IngestReport, ingest_raw
from mailer.report import collect
from mailer.store import Store

UTC = timezone.utc
RITA, MARIA = "Rita Recruiter <rita@acme.test>", "Maria Manager <maria@acme.test>"
SUBMITTED = datetime(2026, 11, 30, 10, tzinfo=UTC)  # Mon 30 Nov, 10:00 (Europe/London in the test config)


def mail(subject: str, body: str, mid: str, at: datetime, frm: str = RITA, to: str = MARIA,
         in_reply_to: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"], msg["Subject"] = frm, to, "mailer@acme.test", subject
    msg["Message-ID"], msg["Date"] = mid, at.strftime("%a, %d %b %Y %H:%M:%S +0000")
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = in_reply_to
    msg.set_content(body)
    return bytes(msg)


class World:
    def __init__(self, tmp_path):
        text = config_text(extra="digests:\n  recruiter: every monday at 08:00\n")
        (tmp_path / "config.yaml").write_text(text)
        self.config = parse(text, tmp_path / "config.yaml")
        self.store = Store(tmp_path / "state.db")
        self.env = environment(self.config.templates)
        self.uids = iter(range(1, 1000))

    def read(self, raw: bytes, at: datetime) -> None:
        with self.store.transaction():
            ingest_raw(self.store, self.config, self.env, raw, "INBOX", next(self.uids), at, IngestReport())

    def submit(self, candidate: str, mid: str, at: datetime = SUBMITTED) -> None:
        self.read(mail(f"Candidate: {candidate} – Backend Engineer", "CV attached.\n", mid, at), at)

    def answer(self, text: str, mid: str, about: str, at: datetime) -> None:
        self.read(mail("Re: Candidate", text, mid, at, frm=MARIA, to=RITA, in_reply_to=about), at)

    def digest(self, at: datetime) -> str | None:
        """The text of the recruiter digest queued at `at` (sent at once, as the daemon would), or None."""
        keys = queue_digests(self.store, self.config, self.env, at)
        if not keys:
            return None
        [key] = keys
        row = self.store.outbox_by_key(key)
        with self.store.transaction():
            self.store.mark_sent(row.id, at)
        raw = self.store.db.execute("SELECT raw FROM outbox WHERE id=?", (row.id,)).fetchone()["raw"]
        return message_from_bytes(raw, policy=policy.default).get_body(("plain",)).get_content().replace("\r\n", "\n")


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    w.digest(SUBMITTED - timedelta(days=1))  # Sunday: the recruiter's digests start (nothing to say yet)
    yield w
    w.store.close()


def answered_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("Answered since", 1)[1].split("\n\n")[0].splitlines()[1:]
            if line.strip()] if "Answered since" in text else []


def test_a_snooze_is_shown_as_snoozed_until_and_the_later_decision_in_its_own_period(world):
    # Tue 1 Dec: "snooze until 10 December" (Thu); Fri 11 Dec: "interview".
    world.submit("Jane Doe", "<jane@acme.test>")
    world.answer("snooze until 10 December\n", "<z@acme.test>", "<jane@acme.test>", datetime(2026, 12, 1, 10, tzinfo=UTC))
    first = world.digest(datetime(2026, 12, 7, 9, tzinfo=UTC))  # Mon 7 Dec, in business hours
    assert first is not None
    assert "Jane Doe – Backend Engineer: waiting" in first and "(snoozed until Thu 10 Dec)" in first
    assert answered_lines(first) == []  # not "answered after 1 business day (snooze)"
    assert "snooze)" not in first

    world.answer("interview\n", "<i@acme.test>", "<jane@acme.test>", datetime(2026, 12, 11, 10, tzinfo=UTC))
    second = world.digest(datetime(2026, 12, 14, 9, tzinfo=UTC))
    # Mon 30 Nov 10:00 → Fri 11 Dec 10:00: nine business days, timed from the submission, not the snooze
    assert answered_lines(second) == ["- Jane Doe: Maria Manager answered after 9 business days (interview)"]
    assert "Still waiting" not in second
    # and nothing more is told the week after
    assert world.digest(datetime(2026, 12, 21, 9, tzinfo=UTC)) is None


def test_the_reports_reply_time_stays_the_snooze(world):
    """The report's definition is unchanged: the snooze is the manager's reply (README, `mailer report`)."""
    world.submit("Jane Doe", "<jane@acme.test>")
    world.answer("snooze until 10 December\n", "<z@acme.test>", "<jane@acme.test>", datetime(2026, 12, 1, 10, tzinfo=UTC))
    world.answer("interview\n", "<i@acme.test>", "<jane@acme.test>", datetime(2026, 12, 11, 10, tzinfo=UTC))
    [record] = collect.records(world.store, datetime(2026, 12, 14, tzinfo=UTC))
    assert record.answered_at == datetime(2026, 12, 1, 10, tzinfo=UTC)


def test_a_snooze_and_the_decision_in_one_period_are_one_row_with_the_decision(world):
    world.submit("Jane Doe", "<jane@acme.test>")
    world.answer("snooze 2d\n", "<z@acme.test>", "<jane@acme.test>", datetime(2026, 12, 1, 10, tzinfo=UTC))
    world.answer("pass - too junior\n", "<p@acme.test>", "<jane@acme.test>", datetime(2026, 12, 4, 10, tzinfo=UTC))
    text = world.digest(datetime(2026, 12, 7, 9, tzinfo=UTC))
    assert answered_lines(text) == ['- Jane Doe: Maria Manager answered after 4 business days (pass): "too junior"']
    assert text.count("Jane Doe") == 1


def test_a_plain_decision_is_told_once_as_before(world):
    world.submit("Jane Doe", "<jane@acme.test>")
    world.answer("interview\n", "<i@acme.test>", "<jane@acme.test>", datetime(2026, 12, 1, 10, tzinfo=UTC))
    text = world.digest(datetime(2026, 12, 7, 9, tzinfo=UTC))
    assert answered_lines(text) == ["- Jane Doe: Maria Manager answered after 1 business day (interview)"]
    assert world.digest(datetime(2026, 12, 14, 9, tzinfo=UTC)) is None


def test_a_snooze_the_recruiter_then_stopped_is_no_answer(world):
    """The manager snoozed, the recruiter stopped the nudging: the manager decided nothing, so no "(stop)" row."""
    world.submit("Jane Doe", "<jane@acme.test>")
    world.submit("Omar Haddad", "<omar@acme.test>")
    world.answer("snooze until 10 December\n", "<z@acme.test>", "<jane@acme.test>", datetime(2026, 12, 1, 10, tzinfo=UTC))
    world.read(mail("Re: Candidate", "stop\n", "<s@acme.test>", datetime(2026, 12, 2, 10, tzinfo=UTC),
                    in_reply_to="<jane@acme.test>"), datetime(2026, 12, 2, 10, tzinfo=UTC))
    text = world.digest(datetime(2026, 12, 7, 9, tzinfo=UTC))
    assert "Jane Doe" not in text and "Omar Haddad" in text  # Omar keeps the digest worth sending
    assert answered_lines(text) == []


def test_words_after_a_snooze_are_told_as_an_answer_in_their_period(world):
    world.submit("Jane Doe", "<jane@acme.test>")
    world.answer("snooze until 10 December\n", "<z@acme.test>", "<jane@acme.test>", datetime(2026, 12, 1, 10, tzinfo=UTC))
    world.digest(datetime(2026, 12, 7, 9, tzinfo=UTC))
    world.answer("Spoke to the team, we will call her ourselves.\n", "<w@acme.test>", "<jane@acme.test>",
                 datetime(2026, 12, 8, 10, tzinfo=UTC))
    text = world.digest(datetime(2026, 12, 14, 9, tzinfo=UTC))
    [line] = answered_lines(text)
    assert line.startswith("- Jane Doe: Maria Manager answered after 6 business days")
