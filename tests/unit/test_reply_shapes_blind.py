"""The blind reply-shape sweep (tests/unit/reply_shapes_lists.py, reply_shapes_parsers.py, reply_shapes_company.py):
list-mail replies in eight Slavic and Central European languages, reply-parser libraries' edge cases in English,
Arabic and Italian, German help-desk and Enron-era company mail, some whole mails; each with hard negatives. A wrong
reading (an own line lost, a quoted or signature line kept) fails unless it is on KNOWN with its reason.
bench/reply_shapes_blind.py prints the same rows per table, language and family."""

import collections

import pytest

from reply_shapes_reading import judge, read
import reply_shapes_company
import reply_shapes_lists
import reply_shapes_parsers

# Rows read wrong, each with why it is left: (family, language, variant) → reason.
KNOWN: dict[tuple[str, str, str], str] = {}

ROWS = reply_shapes_lists.cases() + reply_shapes_parsers.cases() + reply_shapes_company.cases()


@pytest.mark.parametrize("row", ROWS, ids=lambda r: "-".join(r.key))
def test_a_reply_shape_is_never_read_wrong(row):
    category, reasons = judge(row, read(row))
    if row.key in KNOWN:
        assert category == "wrong", f"fixed ({category}): take it off KNOWN"
        return
    assert category != "wrong", "; ".join(reasons)


def test_the_table_spans_what_it_claims():
    assert len(ROWS) >= 250
    assert len({row.key for row in ROWS}) == len(ROWS)
    langs = collections.Counter(row.lang for row in ROWS)
    assert all(langs[x] >= 10 for x in ("cs", "sk", "sl", "pl", "hr", "ru", "uk", "hu", "ar", "it", "de", "en"))
    negatives = [row for row in ROWS if "hard negative" in row.family + " " + row.variant]
    assert len(negatives) >= 40
    assert all(not row.tagged("quote", "sig") or "attribution" in row.variant for row in negatives
               if row.family == "list hard negative")
    assert sum(1 for row in ROWS if row.mail) >= 9
