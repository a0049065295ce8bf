"""Retention classes (core/retention.py), one table row each: the class that
applies (asset over event over library), the action, the day from which the
asset is due and the reason code; and the boundary days of due_on."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mediadesk.core.retention import (
    Action,
    FormSpan,
    PersonConsent,
    RetentionClass,
    RetentionFacts,
    RetentionSettings,
    consent_ends,
    due_on,
    due_since,
    parse_class,
)

TAKEN = date(2026, 3, 2)
PUB = date(2026, 3, 10)
ST = RetentionSettings(situation_weeks=4)
FORM = FormSpan(signed_on=date(2025, 8, 20), valid_until=date(2026, 7, 31))
S1 = PersonConsent("S1", (FORM,))
S2_WITHDRAWN = PersonConsent("S2", (FormSpan(date(2025, 8, 20), date(2026, 7, 31), revoked_on=date(2026, 5, 4)),))
S3_NONE = PersonConsent("S3", ())


def facts(**kw) -> RetentionFacts:
    return RetentionFacts(asset_id="a1", taken_on=kw.pop("taken_on", TAKEN), **kw)


D, RV = Action.DELETE, Action.REVIEW
SIT, POR, ARC = RetentionClass.SITUATION, RetentionClass.PORTRAIT, RetentionClass.ARCHIVE

# (id, facts, settings, expected (action, since, code, class, source) or None)
ROWS = [
    ("no class anywhere: never due", facts(), ST, None),
    ("situation published: weeks after first publication",
     facts(asset_class="situation", first_published=PUB), ST,
     (D, PUB + timedelta(days=28), "SITUATION_PUBLISHED", SIT, "asset")),
    ("situation never published: weeks after it was taken (safe reading)",
     facts(asset_class="situation"), ST,
     (D, TAKEN + timedelta(days=28), "SITUATION_NOT_PUBLISHED", SIT, "asset")),
    ("situation period from the setting",
     facts(event_class="situation", first_published=PUB), RetentionSettings(situation_weeks=2),
     (D, PUB + timedelta(days=14), "SITUATION_PUBLISHED", SIT, "event")),
    ("event class is inherited",
     facts(event_class="situation"), ST,
     (D, TAKEN + timedelta(days=28), "SITUATION_NOT_PUBLISHED", SIT, "event")),
    ("asset class overrides its event's",
     facts(asset_class="archive", asset_reason="school history", event_class="situation"), ST, None),
    ("asset class overrides the event's archive",
     facts(asset_class="situation", event_class="archive", event_reason="jubilee"), ST,
     (D, TAKEN + timedelta(days=28), "SITUATION_NOT_PUBLISHED", SIT, "asset")),
    ("library default applies without asset or event class",
     facts(), RetentionSettings(4, "situation"),
     (D, TAKEN + timedelta(days=28), "SITUATION_NOT_PUBLISHED", SIT, "library")),
    ("event class wins over the library default",
     facts(event_class="portrait", people=(S1,)), RetentionSettings(4, "situation"),
     (RV, date(2026, 8, 1), "PORTRAIT_CONSENT_ENDED", POR, "event")),
    ("portrait: review the day after the form runs out",
     facts(asset_class="portrait", people=(S1,)), ST,
     (RV, date(2026, 8, 1), "PORTRAIT_CONSENT_ENDED", POR, "asset")),
    ("portrait: review from the withdrawal day",
     facts(asset_class="portrait", people=(S1, S2_WITHDRAWN)), ST,
     (RV, date(2026, 5, 4), "PORTRAIT_CONSENT_ENDED", POR, "asset")),
    ("portrait: a person who never had a form: review from the day it was taken",
     facts(asset_class="portrait", people=(S1, S3_NONE)), ST,
     (RV, TAKEN, "PORTRAIT_NO_CONSENT", POR, "asset")),
    ("portrait with nobody tagged: review from the day it was taken",
     facts(asset_class="portrait"), ST,
     (RV, TAKEN, "PORTRAIT_NOBODY", POR, "asset")),
    ("archive with a reason: kept", facts(event_class="archive", event_reason="50 years"), ST, None),
    ("archive without a reason: review",
     facts(asset_class="archive", asset_reason="  "), ST,
     (RV, TAKEN, "ARCHIVE_NO_REASON", ARC, "asset")),
    ("an unknown stored class: review on the safe side",
     facts(asset_class="forever"), ST,
     (RV, TAKEN, "UNKNOWN_CLASS", None, "asset")),
]


@pytest.mark.parametrize("name,f,st,want", ROWS, ids=[r[0] for r in ROWS])
def test_retention_table(name, f, st, want) -> None:
    got = due_since(f, st)
    if want is None:
        assert got is None
        return
    assert got is not None
    assert (got.action, got.since, got.code, got.retention_class, got.source) == want
    assert got.message  # plain words for the list


def test_due_on_boundary_days() -> None:
    f = facts(asset_class="situation", first_published=PUB)
    last_kept = PUB + timedelta(days=27)
    assert due_on(f, ST, last_kept) is None
    assert due_on(f, ST, last_kept + timedelta(days=1)) is not None
    assert due_on(f, ST, date(2030, 1, 1)) is not None
    p = facts(asset_class="portrait", people=(S1,))
    assert due_on(p, ST, date(2026, 7, 31)) is None  # last valid day of the form
    assert due_on(p, ST, date(2026, 8, 1)) is not None


def test_consent_ends_takes_the_last_form_and_withdrawals_end_older_forms() -> None:
    old = FormSpan(date(2024, 8, 20), date(2025, 7, 31))
    new = FormSpan(date(2025, 8, 20), date(2026, 7, 31))
    assert consent_ends((old, new)) == date(2026, 8, 1)
    # a withdrawal written on the old form also ends the newer form signed before it
    withdrawn_old = FormSpan(date(2024, 8, 20), date(2025, 7, 31), revoked_on=date(2025, 9, 1))
    assert consent_ends((withdrawn_old, new)) == date(2025, 9, 1)
    # a form signed after the withdrawal runs on
    later = FormSpan(date(2025, 9, 5), date(2026, 7, 31))
    assert consent_ends((withdrawn_old, new, later)) == date(2026, 8, 1)
    assert consent_ends(()) is None


def test_parse_class() -> None:
    assert parse_class("Situation") is RetentionClass.SITUATION
    assert parse_class("") is None and parse_class(None) is None
    with pytest.raises(ValueError, match="unknown retention class 'x'.*situation, portrait, archive"):
        parse_class("x")
