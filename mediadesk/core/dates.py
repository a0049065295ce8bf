"""Date helpers: parsing the three accepted formats, ages, school years."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})([-.])(\d{1,2})\2(\d{4})$")
_FORMATS_HINT = "use YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY"


def parse_date(text: str) -> date:
    """Parse ``YYYY-MM-DD``, ``DD-MM-YYYY`` or ``DD.MM.YYYY``.

    Raises ValueError with a message fit for a user when the text is not a
    real date in one of those formats.
    """
    s = text.strip()
    m = _ISO.match(s)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY.match(s)
        if not m:
            raise ValueError(f"'{text}' is not a date ({_FORMATS_HINT})")
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    try:
        return date(y, mo, d)
    except ValueError:
        raise ValueError(f"'{text}' is not a real calendar date") from None


def age_on(birth_date: date, on: date) -> int:
    """Whole years since ``birth_date``; the birthday itself counts as the new age.

    A birthday on 29 February counts on 1 March in non-leap years.
    """
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def school_year_end(valid_from: date) -> date:
    """31 July that ends the school year containing ``valid_from``.

    August..December belongs to the school year ending next July; January..July
    to the one ending this July.
    """
    if valid_from.month >= 8:
        return date(valid_from.year + 1, 7, 31)
    return date(valid_from.year, 7, 31)


def add_months(d: date, months: int) -> date:
    """``d`` plus a number of calendar months, clamped to the month's end."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def default_valid_until(valid_from: date, period_months: int | None = None) -> date:
    """Default end of a consent form: the school-year end, unless the library
    sets a period in months, in which case the day before that many months
    later."""
    if not period_months:
        return school_year_end(valid_from)
    return add_months(valid_from, period_months) - timedelta(days=1)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def today() -> date:
    return date.today()


#: No living pupil, parent or member of staff was born earlier; an earlier
#: birth date is a typing or export error (0001-01-01 is a common placeholder).
EARLIEST_BIRTH_DATE = date(1900, 1, 1)


def birth_date_problem(birth: date) -> str | None:
    """Why ``birth`` cannot be a real birth date, or None when it can."""
    if birth > today():
        return f"{birth.isoformat()} is in the future"
    if birth < EARLIEST_BIRTH_DATE:
        return f"{birth.isoformat()} is before {EARLIEST_BIRTH_DATE.isoformat()}: not a real birth date"
    return None


def dated_before_birth(birth: date | None, **days: date | None) -> tuple[str, str] | None:
    """``(field, reason)`` for the first of ``days`` (a form's ``signed_on``,
    ``valid_from``...) that lies before ``birth``; None when none does."""
    if birth is None:
        return None
    for name, day in days.items():
        if day is not None and day < birth:
            return name, f"{day.isoformat()} is before the birth date {birth.isoformat()}"
    return None
