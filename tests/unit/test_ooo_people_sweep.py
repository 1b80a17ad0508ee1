"""The people's-notes sweep (tests/unit/ooo_people_shapes.py): a person writing about their own absence, in 20
languages and in each place such notes occur, is never taken for an out-of-office notice; and notices kept without
their headers under "Re:", as clients and people set them in the same languages, are still recognised.
bench/ooo_people_sweep.py prints the same sweep's counts per language and place."""

import pytest

from mailer.reading.autoreply import detect_auto_reply
from ooo_people_shapes import LANGUAGES, mail, notices, people


def key(row: tuple[str, str, str, str]) -> tuple[str, str, str]:
    lang, family, _subject, body = row
    return lang, family, body[:40]


# Shapes read wrong, each with why it is left. (On c578d2c, before this sweep's rules, ten people's notes were taken
# for notices and six notices missed; the second batch, written after the rules, had one of each on arrival, fixed
# since: bench/ooo_people_sweep.py's docstring has the figures.)
KNOWN_PERSON_MISSES: dict[tuple[str, str, str], str] = {
}
KNOWN_NOTICE_MISSES: dict[tuple[str, str, str], str] = {
    # A bare absence and a name, under "Re:": the same words a person writes in answer ("I'm away until 7 December.
    # Maria"), with no notice's phrasing and no subject of its own. Reading it as a notice would take people's short
    # notes for notices, which costs more than a missed notice (the nudges pause for a manager who did answer).
    ("en", "plain", "I'm away until 7 December.\n\nMaria"): "a person writes the same words",
}


def _id(row: tuple[str, str, str, str]) -> str:
    return f"{row[0]}-{row[1]}-{row[3][:24]}"


@pytest.mark.parametrize("row", people(), ids=_id)
def test_a_persons_note_about_their_absence_is_never_a_notice(row):
    lang, place, subject, body = row
    verdict = detect_auto_reply(mail(subject, body))
    if key(row) in KNOWN_PERSON_MISSES:
        assert verdict is not None, "fixed: take it off KNOWN_PERSON_MISSES"
        return
    assert verdict is None


@pytest.mark.parametrize("row", notices(), ids=_id)
def test_a_notice_kept_without_its_headers_is_recognised(row):
    lang, client, subject, body = row
    verdict = detect_auto_reply(mail(subject, body))
    if key(row) in KNOWN_NOTICE_MISSES:
        assert verdict is None, "fixed: take it off KNOWN_NOTICE_MISSES"
        return
    assert verdict is not None


def test_every_known_miss_names_a_row_of_the_sweep():
    assert set(KNOWN_PERSON_MISSES) <= {key(row) for row in people()}
    assert set(KNOWN_NOTICE_MISSES) <= {key(row) for row in notices()}


def test_the_sweep_spans_the_languages_and_places_it_claims():
    rows = people()
    assert {lang for lang, *_ in rows} == set(LANGUAGES) == {lang for lang, *_ in notices()}
    assert len(LANGUAGES) == 20
    places = {place for _, place, *_ in rows}
    assert places == {"reply", "list", "back", "late", "short", "delegate", "forward", "quote", "signature", "words"}
    for lang in LANGUAGES:  # each language has its usual places and at least two notices
        assert {"reply", "list", "back", "late", "short"} <= {p for la, p, *_ in rows if la == lang}, lang
        assert sum(la == lang for la, *_ in notices()) >= 2, lang
    assert len({key(row) for row in rows}) == len(rows) and len({key(row) for row in notices()}) == len(notices())
