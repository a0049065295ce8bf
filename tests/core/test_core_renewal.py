"""The yearly renewal list (issue 14, item 2), one table of pupils each.

The main table is a DK school (age of consent 15) making its list on
2027-06-01 for the school year 2027/28: the target is 31 July 2027, so a
form counts as ending when its last day is on or before 2027-07-31. Each row
names a pupil and exactly what the list must say of them: not listed, listed
with these reasons (in order) and this signer, or listed apart as withdrawn.
The whole list is compared, so a pupil listed by mistake fails too.
"""

from __future__ import annotations

from datetime import date

import pytest
from core_factories import GUARDIAN, SELF, STAFF, STUDENT, GUEST, d, form, person

from mediadesk.core.enums import PROFILE_AGE, Profile
from mediadesk.core.renewal import (
    AskReason,
    Pupil,
    SchoolYear,
    ToAsk,
    birthday,
    renewal_list,
    renewal_list_for_year,
    year_target,
)

DK, NL = PROFILE_AGE[Profile.DK], PROFILE_AGE[Profile.NL]
ENDS, NONE, AGE, NEW = AskReason.FORM_ENDS, AskReason.NO_FORM, AskReason.REACHES_AGE, AskReason.NEW_PUPIL
YEAR = SchoolYear(2027)  # 2027/28
TODAY = date(2027, 6, 1)
THIS_YEAR = form(GUARDIAN, "2026-08-20")  # a parent's form of 2026/27: ends 2027-07-31, the target
NEXT_YEAR = form(GUARDIAN, "2027-05-20", valid_until="2028-07-31")
OUT = None  # not on the list
WITHDRAWN = "withdrawn"

ROWS: list = []


def row(eid, group, expect, *forms, born="2014-03-03", role=STUDENT, started=None, signer=GUARDIAN,
        params=None, covered_until=None):
    ROWS.append((eid, group, expect, forms, born, role, started, signer, params or {}, covered_until))


# --- forms ending ----------------------------------------------------------------------------
row("A_next_year_returned", "7A", OUT, NEXT_YEAR)
row("B_ends_on_target", "7A", [ENDS], THIS_YEAR, params={ENDS: {"until": "2027-07-31"}})
row("C_ends_day_after_target", "7A", OUT, form(GUARDIAN, "2026-08-20", valid_until="2027-08-01"))
row("C2_ends_before_target", "7A", [ENDS], form(GUARDIAN, "2026-08-20", valid_until="2027-03-31"),
    params={ENDS: {"until": "2027-03-31"}})
row("C3_two_forms_one_ends", "7A", OUT, THIS_YEAR, NEXT_YEAR)
row("C4_latest_end_named", "7A", [ENDS], form(GUARDIAN, "2025-08-20"), THIS_YEAR,
    params={ENDS: {"until": "2027-07-31"}})
# the form for the coming year may start later (signed in September): not asked again
row("C5_next_form_starts_later", "7A", OUT, THIS_YEAR, form(GUARDIAN, "2027-05-20", valid_from="2027-09-01",
                                                                valid_until="2028-07-31"))
# an older form that runs longer covers once the newer one ends (the rules' governing form then)
row("C6_older_long_form_newer_ends", "7A", OUT, form(GUARDIAN, "2025-08-20", valid_until="2028-07-31"),
    THIS_YEAR)
row("C7_two_ended_forms", "7A", [ENDS], form(GUARDIAN, "2024-08-20", valid_until="2025-07-31"), THIS_YEAR,
    params={ENDS: {"until": "2027-07-31"}})
# --- no form ---------------------------------------------------------------------------------
row("D_no_form", "7A", [NONE])
row("D2_no_birth_date_counts_as_minor", "8B", [ENDS], THIS_YEAR, born=None)
# --- the age of consent (DK 15) on the target, birthday counts ---------------------------------
row("E_turns_15_on_target", "8B", [ENDS, AGE], THIS_YEAR, born="2012-07-31", signer=SELF,
    params={AGE: {"on": "2027-07-31", "age": "15"}})
row("F_turns_15_day_after_target", "8B", [ENDS], THIS_YEAR, born="2012-08-01")
row("G_leap_day_turns_15_on_1_march", "8B", [ENDS, AGE], form(GUARDIAN, "2026-08-20"), born="2012-02-29",
    signer=SELF, params={AGE: {"on": "2027-03-01"}})
# the parent's form runs on (spec: it stays valid until it ends) but the pupil signs the next one
row("H_reaches_age_form_runs_on", "8B", [AGE], form(GUARDIAN, "2025-09-01", valid_until="2028-07-31"),
    born="2012-05-01", signer=SELF, covered_until="2028-07-31")
row("H2_minor_today_of_age_at_target_no_form", "8B", [NONE, AGE], born="2012-07-01", signer=SELF)
# of age by the target and already signed their own form for the coming year (in August)
row("H3_signed_own_form_already", "8B", OUT, THIS_YEAR, form(SELF, "2027-08-25", valid_until="2028-07-31"),
    born="2012-07-31")
row("P_adult_self_form_ends", "9C", [ENDS], form(SELF, "2026-08-20"), born="2008-01-01", signer=SELF)
row("P2_adult_self_form_runs_on", "9C", OUT, form(SELF, "2027-05-01", valid_until="2028-07-31"),
    born="2008-01-01")
row("P3_adult_long_ago_parent_form_ends", "9C", [ENDS, AGE], THIS_YEAR, born="2010-01-01", signer=SELF,
    params={AGE: {"on": "2025-01-01"}})
# a parent signed after the 15th birthday: that form does not count
row("Q_parent_signed_after_birthday", "9C", [NONE, AGE],
    form(GUARDIAN, "2027-02-01", valid_until="2028-07-31"), born="2012-01-10", signer=SELF,
    params={NONE: {"not_counted": "2027-02-01", "why": "SELF_CONSENT_REQUIRED"}})
row("Q2_minor_signed_self", "9C", [NONE], form(SELF, "2027-02-01", valid_until="2028-07-31"),
    params={NONE: {"not_counted": "2027-02-01", "why": "GUARDIAN_CONSENT_REQUIRED"}})
# --- withdrawals: listed apart, not asked --------------------------------------------------------
row("W_withdrawn", "7A", WITHDRAWN, form(GUARDIAN, "2026-08-20", revoked="2027-01-10"),
    params={"withdrawn_on": "2027-01-10"})
row("W2_withdrawal_from_later_day", "7A", WITHDRAWN,
    form(GUARDIAN, "2026-08-20", valid_until="2028-07-31", revoked="2027-09-01"),
    params={"withdrawn_on": "2027-09-01"})
row("W3_withdrew_then_signed_again", "7A", [ENDS],
    form(GUARDIAN, "2026-08-20", revoked="2026-10-01"), form(GUARDIAN, "2026-11-01"))
# signed again after withdrawing, but only for a while: the withdrawn long form covers nothing
row("W4_signed_again_short_withdrawn_long", "7A", [ENDS],
    form(GUARDIAN, "2026-08-20", valid_until="2028-07-31", revoked="2026-10-01"),
    form(GUARDIAN, "2026-11-01", valid_until="2027-01-31"), params={ENDS: {"until": "2027-01-31"}})
# --- new pupils: added since the running school year began (2026-08-01) ----------------------------
row("K_new_no_form", None, [NONE, NEW], started="2026-11-15", params={NEW: {"since": "2026-11-15"}})
row("K2_new_on_first_day", None, [ENDS, NEW], THIS_YEAR, started="2026-08-01")
row("K3_added_day_before_year", None, [ENDS], THIS_YEAR, started="2026-07-31")
row("L_new_but_covered", None, OUT, NEXT_YEAR, started="2027-01-10")
# --- not pupils ---------------------------------------------------------------------------------
row("N_staff", None, OUT, role=STAFF, born=None)
row("O_guest", None, OUT, role=GUEST)


def _pupils() -> list[Pupil]:
    return [
        Pupil(person(eid, *forms, born=born, role=role), group, d(started))
        for eid, group, _, forms, born, role, started, *_ in ROWS
    ]


def test_the_list_for_a_coming_school_year_holds_exactly_the_right_pupils() -> None:
    got = renewal_list_for_year(_pupils(), YEAR, today=TODAY, age_of_consent=DK)
    assert got.target == date(2027, 7, 31) and got.check_day == date(2027, 8, 1)
    assert got.new_since == date(2026, 8, 1)
    asked = {p.external_id: p for p in got.to_ask}
    withdrawn = {p.external_id: p for p in got.withdrawn}
    expected_asked = {r[0] for r in ROWS if isinstance(r[2], list)}
    assert set(asked) == expected_asked
    assert set(withdrawn) == {r[0] for r in ROWS if r[2] == WITHDRAWN}
    for eid, group, expect, _, _, _, _, signer, params, covered_until in ROWS:
        if expect == WITHDRAWN:
            w = withdrawn[eid]
            assert (w.group, w.withdrawn_on.isoformat()) == (group, params["withdrawn_on"]), eid
            continue
        if expect is OUT:
            continue
        p = asked[eid]
        assert list(p.codes) == expect, eid
        assert p.signer == signer, eid
        assert p.group == group, eid
        assert (p.covered_until.isoformat() if p.covered_until else None) == covered_until, eid
        for code, want in params.items():
            r = p.reason(code)
            assert r is not None, eid
            for k, v in want.items():
                assert r.param(k) == v, (eid, code, k)


def test_the_list_is_grouped_per_class_and_sorted() -> None:
    got = renewal_list_for_year(_pupils(), YEAR, today=TODAY, age_of_consent=DK)
    assert [c.group for c in got.classes] == ["7A", "8B", "9C", None]
    seven_a = got.classes[0]
    assert [p.external_id for p in seven_a.to_ask] == sorted(p.external_id for p in seven_a.to_ask)
    assert {p.external_id for p in seven_a.withdrawn} == {"W_withdrawn", "W2_withdrawal_from_later_day"}
    assert all(p.group == "7A" for p in seven_a.to_ask)


def _one(p, target: str, age: int, today: str = "2026-06-01") -> ToAsk | None:
    got = renewal_list([Pupil(p, "1A")], target=d(target), today=d(today), age_of_consent=age)
    return got.to_ask[0] if got.to_ask else None


# born, age of consent, target, expected: reaches the age by the target (signer self)
AGE_ROWS = [
    ("2012-07-31", DK, "2027-07-31", True),
    ("2012-07-31", DK, "2027-07-30", False),
    ("2011-07-31", NL, "2027-07-31", True),
    ("2011-08-01", NL, "2027-07-31", False),
    ("2012-02-29", DK, "2027-02-28", False),  # not a leap year: the birthday counts on 1 March
    ("2012-02-29", DK, "2027-03-01", True),
    ("2012-02-29", NL, "2028-02-28", False),  # a leap year: 29 February itself
    ("2012-02-29", NL, "2028-02-29", True),
    ("2011-09-15", DK, "2027-07-31", True),  # DK: 15 since 2026-09-15
    ("2011-09-15", NL, "2027-07-31", False),  # NL: 16 only on 2027-09-15
]


@pytest.mark.parametrize("born, age, target, reaches", AGE_ROWS, ids=[f"{b}-{a}-{t}" for b, a, t, _ in AGE_ROWS])
def test_reaching_the_age_of_consent_by_the_target(born, age, target, reaches) -> None:
    # a parent's form signed while a minor, ending on the target: always asked
    p = person("S1", form(GUARDIAN, "2025-08-20", valid_until=target), born=born)
    got = _one(p, target, age, today="2025-08-20")
    assert got is not None
    assert (AGE in got.codes) is reaches
    assert got.codes[0] == ENDS
    assert got.signer == (SELF if reaches else GUARDIAN)
    if reaches:
        assert got.reason(AGE).param("on") == birthday(d(born), age).isoformat()


def test_dk_and_nl_ask_different_pupils_to_sign() -> None:
    p = person("S1", form(GUARDIAN, "2026-08-20"), born="2011-09-15")
    dk, nl = _one(p, "2027-07-31", DK, TODAY.isoformat()), _one(p, "2027-07-31", NL, TODAY.isoformat())
    assert dk.codes == (ENDS, AGE) and dk.signer == SELF
    assert nl.codes == (ENDS,) and nl.signer == GUARDIAN


def test_a_form_ending_exactly_on_a_given_date() -> None:
    p = person("S1", form(GUARDIAN, "2026-08-20", valid_until="2027-03-15"), born="2014-01-01")
    assert _one(p, "2027-03-15", DK).codes == (ENDS,)
    assert _one(p, "2027-03-14", DK) is None
    assert _one(p, "2027-03-16", DK).reason(ENDS).param("until") == "2027-03-15"


def test_a_birthday_on_the_target_day_for_a_pupil_with_no_form() -> None:
    p = person("S1", born="2012-03-10")
    got = _one(p, "2027-03-10", DK, today="2027-01-01")
    assert got.codes == (NONE, AGE) and got.signer == SELF
    got = _one(p, "2027-03-09", DK, today="2027-01-01")
    assert got.codes == (NONE,) and got.signer == GUARDIAN


@pytest.mark.parametrize("text, start", [("2027/28", 2027), ("2027/2028", 2027), ("2027-28", 2027),
                                         (" 2099/00 ", 2099), ("1999-2000", 1999)])
def test_school_year_parsing(text, start) -> None:
    y = SchoolYear.parse(text)
    assert y.start == start
    assert y.first_day == date(start, 8, 1) and y.last_day == date(start + 1, 7, 31)
    assert year_target(y) == date(start, 7, 31)


@pytest.mark.parametrize("text", ["2027", "2027/29", "27/28", "2027/28/29", "", "next year"])
def test_school_year_parsing_refuses(text) -> None:
    with pytest.raises(ValueError, match="school year"):
        SchoolYear.parse(text)


def test_school_year_labels_and_containing() -> None:
    assert SchoolYear(2027).label == "2027/28" and SchoolYear(2099).label == "2099/00"
    assert SchoolYear.containing(date(2027, 7, 31)) == SchoolYear(2026)
    assert SchoolYear.containing(date(2027, 8, 1)) == SchoolYear(2027)
