"""Office hours next to a return date are no date, and an English day alone keeps its ordinal before other words."""

from datetime import date, datetime, timezone

import pytest

from mailer.reading.returndate import ooo_return_date

MONDAY = datetime(2026, 11, 9, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", [
    "Available from 9 to 17 hrs. Back on 23 November.",
    "Available from 9:00 to 17:00. Back on 23 November.",
    "Available from 9am to 5pm. Back on 23 November.",
    "Reachable from 8.30 am to 4 pm by phone. Back on 23 November.",
    "Erreichbar von 8:30 bis 16:00 Uhr. Ab 23. November wieder im Büro.",
    "Disponible de 9h à 17h. De retour le 23 novembre.",
    "Back on 23 November. Available from 9 to 17 hrs.",
])
def test_office_hours_are_not_the_return(text):
    assert ooo_return_date(text, MONDAY) == date(2026, 11, 23)


@pytest.mark.parametrize("text, back", [
    ("Back on the 12th from 9 to 5.", date(2026, 11, 12)),
    ("I'm back on the 12th and will reply then.", date(2026, 11, 12)),
    ("Back on Thursday the 12th in the afternoon.", date(2026, 11, 12)),
    ("Back on the 12th of this month.", date(2026, 11, 12)),
])
def test_an_english_day_alone_before_other_words(text, back):
    assert ooo_return_date(text, MONDAY) == back


@pytest.mark.parametrize("text, back", [
    # ranges of days, not hours: still read
    ("Out of office from 16 to 20 November.", date(2026, 11, 21)),
    ("Ich bin von 16.11. bis 20.11. nicht im Büro.", date(2026, 11, 21)),
    ("Ich bin von 16.11 bis 20.11 nicht im Büro.", date(2026, 11, 21)),
    ("Absent du 16 au 20 novembre.", date(2026, 11, 21)),
    ("Away from 28 to 3 December.", date(2026, 12, 4)),
    ("Back on the 12th of December.", date(2026, 12, 12)),
    ("Back the 12th Dec.", date(2026, 12, 12)),
    ("I'm away until 17:00 on 10 November.", date(2026, 11, 11)),  # the end of that working day
])
def test_ranges_of_days_and_whole_dates_stay(text, back):
    assert ooo_return_date(text, MONDAY) == back
