"""Dates: the default school-year end, ages (birthday counts, 29 February),
the accepted date formats."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from core_factories import spec_school_year_end

from mediadesk.core.dates import age_on, default_valid_until, parse_date, school_year_end

D = date.fromisoformat

SCHOOL_YEAR_END = [
    # (valid_from, expected end)
    ("2025-08-01", "2026-07-31"),  # first day of the second half -> next year
    ("2025-07-31", "2025-07-31"),  # last day of the first half -> same day
    ("2025-08-20", "2026-07-31"),
    ("2025-12-31", "2026-07-31"),
    ("2026-01-01", "2026-07-31"),
    ("2026-03-15", "2026-07-31"),
    ("2026-07-30", "2026-07-31"),
    ("2024-02-29", "2024-07-31"),
    ("2024-09-01", "2025-07-31"),
    ("2099-11-30", "2100-07-31"),
]


@pytest.mark.parametrize(
    "valid_from,expected", SCHOOL_YEAR_END, ids=[f"{a}->{b}" for a, b in SCHOOL_YEAR_END]
)
def test_school_year_end(valid_from, expected):
    assert school_year_end(D(valid_from)) == D(expected)
    assert default_valid_until(D(valid_from)) == D(expected)
    assert default_valid_until(D(valid_from), None) == D(expected)
    assert default_valid_until(D(valid_from), 0) == D(expected)


def test_school_year_end_every_day_of_two_years():
    day = date(2023, 1, 1)
    while day < date(2025, 1, 1):
        assert school_year_end(day) == spec_school_year_end(day), day
        assert school_year_end(day) >= day
        day += timedelta(days=1)


PERIODS = [
    # (valid_from, months, expected): the day before that many months later
    ("2025-09-01", 12, "2026-08-31"),
    ("2025-09-01", 1, "2025-09-30"),
    ("2025-01-15", 6, "2025-07-14"),
    ("2025-11-01", 3, "2026-01-31"),
    ("2025-08-20", 24, "2027-08-19"),
]


@pytest.mark.parametrize("valid_from,months,expected", PERIODS,
                         ids=[f"{a}+{m}m" for a, m, _ in PERIODS])
def test_default_valid_until_with_period(valid_from, months, expected):
    assert default_valid_until(D(valid_from), months) == D(expected)


AGES = [
    # (birth, on, age)
    ("2010-05-10", "2026-05-09", 15),  # day before the birthday
    ("2010-05-10", "2026-05-10", 16),  # the birthday itself counts as the new age
    ("2010-05-10", "2026-05-11", 16),
    ("2010-05-10", "2010-05-10", 0),
    ("2010-12-31", "2026-01-01", 15),
    ("2008-02-29", "2023-02-28", 14),  # non-leap year: 29 Feb birthday counts on 1 March
    ("2008-02-29", "2023-03-01", 15),
    ("2008-02-29", "2024-02-28", 15),
    ("2008-02-29", "2024-02-29", 16),  # leap year: the real birthday
    ("2008-02-28", "2023-02-28", 15),
]


@pytest.mark.parametrize("born,on,expected", AGES, ids=[f"{b}@{o}" for b, o, _ in AGES])
def test_age_on(born, on, expected):
    assert age_on(D(born), D(on)) == expected


PARSE_OK = [
    ("2026-03-01", "2026-03-01"),
    ("  2026-3-1 ", "2026-03-01"),
    ("01-03-2026", "2026-03-01"),
    ("1.3.2026", "2026-03-01"),
    ("29.02.2024", "2024-02-29"),
]


@pytest.mark.parametrize("text,expected", PARSE_OK, ids=[t.strip() for t, _ in PARSE_OK])
def test_parse_date(text, expected):
    assert parse_date(text) == D(expected)


@pytest.mark.parametrize("text", ["29.02.2025", "2026-13-01", "01/03/2026", "01-03.2026", "", "tomorrow"])
def test_parse_date_rejects(text):
    with pytest.raises(ValueError):
        parse_date(text)
