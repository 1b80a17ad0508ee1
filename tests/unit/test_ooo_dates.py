"""Return dates of out-of-office mail: the rules written in docs/READING.md ("Return dates")."""

from datetime import date, datetime, timezone
from email import message_from_string
from email.policy import default

import pytest

from mailer.reading.autoreply import month_first, ooo_return_date

SENT = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)


def mail(offset: str = "+0100", language: str | None = None):
    extra = f"Content-Language: {language}\n" if language else ""
    return message_from_string(f"Date: Mon, 23 Nov 2026 10:00:00 {offset}\nFrom: a@b.test\n{extra}\nx", policy=default)


@pytest.mark.parametrize("text, msg, want", [
    ("Je suis absent du bureau jusqu'au 1er décembre 2026 inclus.", mail(), date(2026, 12, 2)),  # ordinal, until
    ("I will not return until 02/12/2026.", mail("+0100"), date(2026, 12, 2)),        # day-first from the offset
    ("I will not return until 02/12/2027.", mail("-0500"), date(2027, 2, 12)),        # month-first in the Americas
    ("I will not return until 02/12/2026.", mail("-0500", "en-GB"), date(2026, 12, 2)),  # the language tag wins
    ("I am out of the office until 13/12/2026.", mail("-0500"), date(2026, 12, 14)),  # 13 cannot be a month
    ("I'm back on the 1st of December.", mail("-0500"), date(2026, 12, 1)),
    ("Ich bin ab dem 1. Dezember wieder im Büro.", mail(), date(2026, 12, 1)),
    ("I won't be back until Monday, December 7.", mail(), date(2026, 12, 7)),         # "not back until X" = on X
    ("Je ne serai de retour qu'au 7 décembre.", mail(), date(2026, 12, 7)),
])
def test_return_dates(text, msg, want):
    assert ooo_return_date(text, SENT, msg) == want


def test_month_first_rules():
    assert not month_first("de", "en-US", -300)   # only English is ever month-first
    assert month_first("en", "en-US", 60) and not month_first("en", "en-AU", -300)
    assert month_first("en", "", -300) and not month_first("en", "", 0) and month_first("en", "", None)
