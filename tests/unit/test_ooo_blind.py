"""The blind second sweep of out-of-office reading (ooo_blind_dates.py, ooo_blind_notes.py; bench/ooo_blind.py prints
its figures). A wrong reading (a return date that is another date, a person's note taken for a notice, a notice read
as the manager's decision) fails here unless it is listed below with the reason it is left; misses (no date, a notice
kept as a plain reply) may not grow past the floors below."""

import pytest

import ooo_blind_dates
import ooo_blind_notes
import ooo_blind_second
from ooo_blind_judge import date_verdict, note_verdict, notice_verdict

DATES = ooo_blind_dates.rows() + ooo_blind_second.DATES
PEOPLE = ooo_blind_notes.people() + ooo_blind_second.PEOPLE
NOTICES = ooo_blind_notes.notices() + ooo_blind_second.NOTICES

# (lang, text) → why the wrong date is left.
KNOWN_WRONG_DATES: dict[tuple[str, str], str] = {
    # The README's "until X" is away through X (back the 11th); in English "out until tomorrow" is mostly said by
    # someone back tomorrow, which is how mailer reads it. Either reading is one day off the other, and mailer's is
    # the earlier (at worst one nudge a day early, never a longer pause): left, and proposed as a spec gap.
    ("en", "I am out of the office until tomorrow."): "README's until-rule against English usage; mailer's is earlier",
}
KNOWN_WRONG_NOTES: dict[tuple[str, str], str] = {}
KNOWN_WRONG_NOTICES: dict[tuple[str, str], str] = {}

# The most rows each table may leave unread (missed), on the code of this commit.
MISSED_DATES_AT_MOST = 2
MISSED_NOTICES_AT_MOST = 21


def _date_id(row):
    return f"{row[0]}-{row[1]}-{row[2][:30]}"


@pytest.mark.parametrize("row", DATES, ids=_date_id)
def test_a_return_date_is_never_another_date(row):
    lang, sent, text, expected, note = row
    verdict, got = date_verdict(sent, text, expected, note)
    if (lang, text) in KNOWN_WRONG_DATES:
        assert verdict == "wrong", "fixed: take it off KNOWN_WRONG_DATES"
        return
    assert verdict != "wrong", f"read {got}, the text says {expected}"


def test_return_dates_missed_stay_within_the_floor():
    missed = [text for _, sent, text, expected, note in DATES
              if date_verdict(sent, text, expected, note)[0] == "missed"]
    assert len(missed) <= MISSED_DATES_AT_MOST, missed


@pytest.mark.parametrize("row", PEOPLE, ids=lambda row: f"{row[0]}-{row[2][:40]}")
def test_a_persons_note_about_an_absence_is_never_a_notice(row):
    lang, subject, body = row
    verdict, reason = note_verdict(subject, body)
    if (lang, body) in KNOWN_WRONG_NOTES:
        assert verdict == "wrong", "fixed: take it off KNOWN_WRONG_NOTES"
        return
    assert verdict == "right", reason


@pytest.mark.parametrize("row", NOTICES, ids=lambda row: f"{row[0]}-{row[2][:40]}")
def test_a_notice_is_never_read_as_the_managers_decision(row):
    lang, subject, body = row
    verdict, reason = notice_verdict(subject, body)
    if (lang, body) in KNOWN_WRONG_NOTICES:
        assert verdict == "wrong", "fixed: take it off KNOWN_WRONG_NOTICES"
        return
    assert verdict != "wrong", reason


def test_notices_missed_stay_within_the_floor():
    missed = [body for _, subject, body in NOTICES if notice_verdict(subject, body)[0] == "missed"]
    assert len(missed) <= MISSED_NOTICES_AT_MOST, missed


def test_the_tables_are_as_large_and_wide_as_the_brief_asks():
    dates, people, notices = ooo_blind_dates.rows(), ooo_blind_notes.people(), ooo_blind_notes.notices()
    assert len(dates) >= 250 and len({row[0] for row in dates}) >= 10
    assert len(people) >= 150 and len(notices) >= 80 and len({row[0] for row in notices}) >= 6
    assert set(ooo_blind_dates.SENT) >= {"mon", "fri", "dec", "tokyo", "pacific"}


def test_every_known_wrong_reading_names_a_row():
    assert set(KNOWN_WRONG_DATES) <= {(row[0], row[2]) for row in DATES}
    assert set(KNOWN_WRONG_NOTES) <= {(row[0], row[2]) for row in PEOPLE}
    assert set(KNOWN_WRONG_NOTICES) <= {(row[0], row[2]) for row in NOTICES}
