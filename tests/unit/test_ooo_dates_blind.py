"""Return dates the blind sweep (bench/ooo_blind.py) found misread, in sentences of this file's own: a numeric date
from Japan's and Korea's offset (+09:00, month/day as they write), noon as a time of day ("midi", "at noon": back
that afternoon), "from 16 to 20 November" (the month written once), and German "ab morgen wieder". Hard negatives
keep the neighbouring readings."""

import email.message
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

import pytest

from mailer.reading.returndate import ooo_return_date


def read(text: str, date_header: str = "Mon, 09 Nov 2026 09:00:00 +0100", content_language: str = "") -> date | None:
    msg = email.message.EmailMessage()
    msg["Date"] = date_header
    msg.set_content(text)
    if content_language:  # after set_content, which drops every Content-* header set before it
        msg["Content-Language"] = content_language
    return ooo_return_date(text, parsedate_to_datetime(date_header).astimezone(timezone.utc), msg)


TOKYO = "Tue, 10 Nov 2026 11:00:00 +0900"
SEOUL_LATE = "Thu, 26 Nov 2026 23:00:00 +0900"


@pytest.mark.parametrize("text, header, expected", [
    ("I am away on business, back on 12/1.", TOKYO, date(2026, 12, 1)),
    ("Out of office until 11/27.", TOKYO, date(2026, 11, 28)),
    ("I will return on 12/2/2026.", SEOUL_LATE, date(2026, 12, 2)),
    ("On leave until 1/4.", SEOUL_LATE, date(2027, 1, 5)),
    # a number above 12 decides, whatever the offset
    ("Back on 30/11.", TOKYO, date(2026, 11, 30)),
    # elsewhere in the world, day-first as before; the Americas month-first as before
    ("I am away on business, back on 12/1.", "Tue, 10 Nov 2026 11:00:00 +0100", date(2027, 1, 12)),
    ("I am away on business, back on 12/1.", "Tue, 10 Nov 2026 11:00:00 -0500", date(2026, 12, 1)),
])
def test_a_numeric_date_follows_the_senders_offset(text, header, expected):
    assert read(text, header) == expected


def test_content_language_outranks_the_offset():
    assert read("I am away on business, back on 12/1.", TOKYO, "en-GB") == date(2027, 1, 12)


def test_a_dotted_date_is_day_first_from_any_offset():
    assert read("Ich bin bis 3.12. im Urlaub.", TOKYO) == date(2026, 12, 4)


@pytest.mark.parametrize("text, expected", [
    ("Je suis absente jusqu'au 17 novembre midi.", date(2026, 11, 17)),
    ("Away until 17 November at noon.", date(2026, 11, 17)),
    ("Estaré fuera hasta el 17 de noviembre a mediodía.", date(2026, 11, 17)),
    # the evening and no time at all stay the day after
    ("Je suis absente jusqu'au 17 novembre au soir.", date(2026, 11, 18)),
    ("Away until 17 November.", date(2026, 11, 18)),
])
def test_noon_is_back_that_afternoon(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("I'm on leave from 16 to 20 November.", date(2026, 11, 21)),
    ("On holiday from 2nd to 4th of December, back after that.", date(2026, 12, 5)),
    ("Travelling from 23 until 25 November inclusive.", date(2026, 11, 26)),
    ("Away between 23 and 25 November.", date(2026, 11, 26)),
    ("Between the 2nd and 4th of December I'm on a course.", date(2026, 12, 5)),
    # a span of hours is no range of days: the return stated after it decides
    ("Phone hours from 9 to 5 every day; back in the office on 23 November.", date(2026, 11, 23)),
])
def test_a_range_with_its_month_written_once(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ab morgen bin ich wieder im Büro.", date(2026, 11, 10)),
    ("Heute bin ich unterwegs, ab morgen wieder erreichbar.", date(2026, 11, 10)),
    # "ab morgen" that starts the absence is no return
    ("Ich bin ab morgen im Urlaub bis 20.11.", date(2026, 11, 21)),
    ("Ich bin ab morgen im Urlaub.", None),
])
def test_ab_morgen_wieder_is_tomorrow(text, expected):
    assert read(text) == expected
