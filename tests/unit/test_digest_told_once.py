"""A recruiter's digest tells each decision once (README "Weekly digests"): a decision said again unchanged is no
news and keeps its first time; a changed decision is news; a decision is told in the digest after mailer read it,
however late the mail was read; the "after N business days" figure stays the mail's own time. Every mail goes
through ingest_raw into a real store, every digest through queue_digests, with the clock injected."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from test_digest_snooze import MARIA, RITA, World, answered_lines, mail

UTC = timezone.utc
PAIR = "Jane Doe & Omar Haddad – Backend Engineer"


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    w.digest(datetime(2026, 11, 29, 10, tzinfo=UTC))  # Sunday: the recruiter's digests start
    yield w
    w.store.close()


def answer(world: World, text: str, mid: str, about: str, written: datetime, read: datetime | None = None,
           subject: str = "Re: Candidate") -> None:
    world.read(mail(subject, text, mid, written, frm=MARIA, to=RITA, in_reply_to=about), read or written)


def test_a_decision_said_again_unchanged_is_not_told_again(world):
    """The review's case: "Jane: snooze 1w. Omar: pass", a week later "Jane yes. Omar no." — Omar's pass was
    told in the first digest and must not come back in the second with a week more of waiting."""
    world.read(mail(PAIR, "Two for you.\n", "<pair@acme.test>", datetime(2026, 11, 30, 10, tzinfo=UTC)),
               datetime(2026, 11, 30, 10, tzinfo=UTC))
    answer(world, "Jane: snooze 1w. Omar: pass\n", "<a1@acme.test>", "<pair@acme.test>",
           datetime(2026, 12, 1, 10, tzinfo=UTC), subject="Re: " + PAIR)
    first = world.digest(datetime(2026, 12, 7, 9, tzinfo=UTC))
    assert answered_lines(first) == ["- Omar Haddad: Maria Manager answered after 1 business day (pass)"]
    answer(world, "Jane yes. Omar no.\n", "<a2@acme.test>", "<pair@acme.test>",
           datetime(2026, 12, 9, 10, tzinfo=UTC), subject="Re: " + PAIR)
    second = world.digest(datetime(2026, 12, 14, 9, tzinfo=UTC))
    lines = answered_lines(second)
    assert [line for line in lines if "Omar" in line] == []
    assert [line for line in lines if "Jane" in line] == [
        "- Jane Doe: Maria Manager answered after 7 business days (interview)"]


def test_the_same_decision_in_other_words_keeps_its_first_time(world):
    world.submit("Omar Haddad", "<omar@acme.test>")
    answer(world, "pass - too junior\n", "<p1@acme.test>", "<omar@acme.test>", datetime(2026, 12, 1, 10, tzinfo=UTC))
    assert len(answered_lines(world.digest(datetime(2026, 12, 7, 9, tzinfo=UTC)))) == 1
    answer(world, "pass, as I said\n", "<p2@acme.test>", "<omar@acme.test>", datetime(2026, 12, 8, 10, tzinfo=UTC))
    assert world.digest(datetime(2026, 12, 14, 9, tzinfo=UTC)) is None


def test_a_changed_decision_is_news_and_told(world):
    world.submit("Omar Haddad", "<omar@acme.test>")
    answer(world, "interview\n", "<i@acme.test>", "<omar@acme.test>", datetime(2026, 12, 1, 10, tzinfo=UTC))
    world.digest(datetime(2026, 12, 7, 9, tzinfo=UTC))
    answer(world, "pass\n", "<p@acme.test>", "<omar@acme.test>",
           datetime(2026, 12, 8, 10, tzinfo=UTC))
    assert answered_lines(world.digest(datetime(2026, 12, 14, 9, tzinfo=UTC))) == [
        "- Omar Haddad: Maria Manager answered after 6 business days (pass)"]


def test_a_decision_read_after_the_digest_but_written_before_it_is_told_in_the_next(world):
    """The review's case: the daemon was down (or the server slow) over Monday's digest; Maria's Friday "interview"
    was read after that digest was composed. It is told in the next digest, timed from the mail's own date."""
    world.submit("Jane Doe", "<jane@acme.test>")
    answer(world, "interview\n", "<i@acme.test>", "<jane@acme.test>", written=datetime(2026, 12, 4, 10, tzinfo=UTC),
           read=datetime(2026, 12, 7, 11, tzinfo=UTC))
    # composed before the reading: the mail was not in the store yet (the daemon's digest ran first)
    first = world.digest(datetime(2026, 12, 7, 9, tzinfo=UTC))
    assert first is None or answered_lines(first) == []
    second = world.digest(datetime(2026, 12, 14, 9, tzinfo=UTC))
    assert answered_lines(second) == ["- Jane Doe: Maria Manager answered after 4 business days (interview)"]
    assert world.digest(datetime(2026, 12, 21, 9, tzinfo=UTC)) is None


def test_a_words_answer_read_late_is_told_in_the_next_digest(world):
    world.submit("Jane Doe", "<jane@acme.test>")
    answer(world, "Spoke to the team, we will call her ourselves.\n", "<w@acme.test>", "<jane@acme.test>",
           written=datetime(2026, 12, 4, 10, tzinfo=UTC), read=datetime(2026, 12, 7, 11, tzinfo=UTC))
    world.digest(datetime(2026, 12, 7, 9, tzinfo=UTC))
    [line] = answered_lines(world.digest(datetime(2026, 12, 14, 9, tzinfo=UTC)))
    assert line.startswith("- Jane Doe: Maria Manager answered after 4 business days")
