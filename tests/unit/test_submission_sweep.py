"""The blind submission sweep (tests/unit/submission_shapes.py): no mail is read wrong (a garbled name or role, a
merge, a split, a non-submission recorded) unless it is on KNOWN with its reason, and nothing on KNOWN is read
right or missed by now (then it leaves the list). `python bench/submissions.py --misses` prints every case."""

from __future__ import annotations

import logging

import pytest

from submission_shapes import cases, judge, label, reading


# label(case) (family/language: last mail's subject [attachments] from a sender not Rita): why it still reads wrong.
KNOWN: dict[str, str] = {}


CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.family}-{c.lang}-{i}" for i, c in enumerate(CASES)])
def test_no_submission_is_read_wrong_unless_known(case):
    logging.disable(logging.CRITICAL)
    try:
        outcome, why = judge(case, reading(case))
    finally:
        logging.disable(logging.NOTSET)
    if label(case) in KNOWN:
        assert outcome == "wrong", f"{label(case)!r} is on KNOWN but now reads {outcome}: take it off"
    else:
        assert outcome != "wrong", f"{label(case)!r}: {why}"


def test_labels_name_one_case_each():
    labels = [label(c) for c in CASES]
    assert len(set(labels)) == len(labels)


def test_the_table_is_as_large_as_its_docstring_says():
    assert len(CASES) >= 250
    assert sum(len(c.mails) for c in CASES) >= 250
    assert {c.lang for c in CASES} >= {"en", "de", "fr", "es", "nl", "it", "pt", "pl", "ja"}
