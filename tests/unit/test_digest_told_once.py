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
