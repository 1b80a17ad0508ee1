"""The third blind batch of out-of-office reading (ooo_blind_third.py; bench/ooo_blind.py prints its figures): notices
kept without their headers and people's notes about their own absence in sv/da/nb/fi/pl/ru/ja/zh/ko/cs/tr and in
English, German and French client shapes. A person's note taken for a notice, a notice read as a decision, a return
date that is another date or a decision other than the one meant fails here unless listed below with its reason;
misses may not grow past the floors below."""

import pytest

import ooo_blind_third
from ooo_blind_judge import third_note_verdict, third_notice_verdict

SENT = ooo_blind_third.SENT

# (lang, body) → why it is left: each a class the rules do not read yet, not a wrong reading.
KNOWN_MISSED_NOTICES: dict[tuple[str, str], str] = {
    ("en", "Hello, I'm away from the office from 16 to 20 November. Paul Smith (paul@acme.test) is covering for me "
           "and can help with hiring questions in the meantime."):
        "a colleague 'covering for me' is what a person writes too; no notice's phrasing else",
    ("nb", "Jeg er på reise denne uken og svarer på e-post når jeg er tilbake på kontoret mandag 16. november."):
        "an answer promised for when I'm back is a person's promise too (test_ooo_clients.py: 'odpowiem po powrocie')",
}
# The most decisions of people's notes left unread (a plain reply, never another decision), on this commit's code:
# sentences in languages the README reads no decision in (fi, ru, ja, zh, ko, cs, tr), and a decision after a
# comment or a clause ("men ja, vi kallar henne till intervju", "remind me then").
MISSED_DECISIONS_AT_MOST = 46


def _id(row):
    return f"{row[0]}-{row[1][:40]}"


@pytest.mark.parametrize("row", ooo_blind_third.NOTES, ids=_id)
def test_a_persons_note_about_their_absence_is_never_a_notice(row):
    lang, body, meant = row
    verdict, decided, reason = third_note_verdict(body, meant, SENT)
    assert verdict == "right", reason
    assert decided != "wrong", f"meant {meant}, read {reason}"


@pytest.mark.parametrize("row", ooo_blind_third.NOTICES, ids=_id)
def test_a_notice_without_headers_is_recognised_with_its_return_date(row):
    lang, body, back = row
    verdict, dated, got = third_notice_verdict(body, back, SENT)
    assert verdict != "wrong", "a notice read as the manager's decision"
    if (lang, body) in KNOWN_MISSED_NOTICES:
        assert verdict == "missed", "recognised now: take it off KNOWN_MISSED_NOTICES"
        return
    assert verdict == "right"
    assert dated == "right", f"return date {got}, the notice says {back}"


def test_decisions_missed_stay_within_the_floor():
    missed = [body for _, body, meant in ooo_blind_third.NOTES
              if third_note_verdict(body, meant, SENT)[1] == "missed"]
    assert len(missed) <= MISSED_DECISIONS_AT_MOST, missed


def test_the_batch_is_as_large_and_wide_as_the_brief_asks():
    langs = {"sv", "da", "nb", "fi", "pl", "ru", "ja", "zh", "ko", "cs", "tr", "en", "de", "fr"}
    assert len(ooo_blind_third.NOTICES) >= 80 and len(ooo_blind_third.NOTES) >= 80
    assert {row[0] for row in ooo_blind_third.NOTICES} == langs == {row[0] for row in ooo_blind_third.NOTES}


def test_every_known_miss_names_a_row():
    assert set(KNOWN_MISSED_NOTICES) <= {(lang, body) for lang, body, _ in ooo_blind_third.NOTICES}
