"""Which managers' answers a recruiter's digest tells (mailer/digesttold.py, pure): each answer version once, from
the look-back's start to the composition, both inclusive, by what the digests that went out told. Which readings
make a new version (a changed decision does, the same one said again does not) is the store's
(test_digest_told_marks.py)."""

from datetime import datetime, timedelta, timezone

from mailer.digesttold import Answer, to_tell

UTC = timezone.utc
MON = datetime(2026, 12, 7, 9, tzinfo=UTC)  # the previous digest was composed then
NEXT = MON + timedelta(days=7)
SEC = timedelta(seconds=1)


def _answer(sid: int, number: int, read_at: datetime, decided_at: datetime | None = None) -> Answer:
    return Answer(sid, number, read_at, decided_at or read_at)


def test_an_answer_the_previous_digest_told_is_not_told_again_even_in_its_very_second():
    told = _answer(1, 1, MON)
    assert to_tell([told], {told.version}, MON, NEXT) == []


def test_an_answer_read_in_the_second_the_previous_digest_was_composed_but_not_told_by_it_is_told():
    """The edge a window on the reading time could not see: a later pass in the same second read it."""
    late = _answer(1, 1, MON)
    assert to_tell([late], set(), MON, NEXT) == [late]


def test_a_newer_version_is_news_even_read_in_the_second_the_older_one_was_told():
    """Interview told by the digest composed at MON; pass read by a later pass of that second: version 2."""
    interview, passed = _answer(1, 1, MON), _answer(1, 2, MON)
    assert to_tell([passed], {interview.version}, MON, NEXT) == [passed]


def test_the_look_back_and_the_composition_bound_what_is_told_both_inclusive():
    before, at_start = _answer(1, 1, MON - SEC), _answer(2, 1, MON)
    at_end, after = _answer(3, 1, NEXT), _answer(4, 1, NEXT + SEC)
    assert to_tell([before, at_start, at_end, after], set(), MON, NEXT) == [at_start, at_end]


def test_answers_are_told_in_the_order_they_were_taken_not_read():
    read_late = _answer(1, 1, MON + 3 * SEC, decided_at=MON - timedelta(days=2))
    read_early = _answer(2, 1, MON + SEC, decided_at=MON)
    assert to_tell([read_early, read_late], set(), MON, NEXT) == [read_late, read_early]


def test_what_another_submission_was_told_hides_nothing():
    one, other = _answer(1, 1, MON + SEC), _answer(2, 1, MON + SEC)
    assert to_tell([one, other], {other.version}, MON, NEXT) == [one]
