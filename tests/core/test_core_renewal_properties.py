"""Property tests of the renewal list (core/renewal.py) against the rules
engine: random pupils, forms, withdrawals, targets, DK and NL.

- Safe side: a pupil left off the list (and not withdrawn) is covered after
  the target by a form the rules engine counts: on the first day after the
  target that form is in force, the engine finds no consent problem for a
  channel and medium on it.
- A pupil whose consent the engine finds missing on the day after the target,
  with no later form waiting, is on the list or listed as withdrawn.
- Who signs follows the age on the target; every listed pupil has a reason
  to be asked; the order of the input does not matter.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediadesk.core.dates import age_on
from mediadesk.core.enums import GrantedBy, MediaKind, ReasonCode, Role
from mediadesk.core.model import ConsentFacts, PersonFacts
from mediadesk.core.renewal import AskReason, Pupil, ToAsk, renewal_list
from mediadesk.core.rules import person_reasons

R = ReasonCode
CONSENT_PROBLEMS = {R.NO_CONSENT, R.CONSENT_EXPIRED, R.CONSENT_REVOKED, R.GUARDIAN_CONSENT_REQUIRED,
                    R.SELF_CONSENT_REQUIRED}
PROPS = settings(max_examples=1500, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
BASE = date(2024, 8, 1)


def days(lo: int, hi: int):
    return st.integers(lo, hi).map(lambda n: BASE + timedelta(days=n))


@st.composite
def a_form(draw, n: int) -> ConsentFacts:
    signed = draw(days(0, 1300))
    vf = signed + timedelta(days=draw(st.sampled_from([0, 0, 0, 10, 40])))
    vu = vf + timedelta(days=draw(st.integers(0, 800)))
    revoked = draw(st.one_of(st.none(), st.none(), st.none(), days(0, 1500)))
    if revoked is not None and revoked < signed:
        revoked = signed
    return ConsentFacts(
        id=f"f{n}", granted_by=draw(st.sampled_from(list(GrantedBy))), channels=frozenset({"website"}),
        media=frozenset({MediaKind.PHOTO}), signed_on=signed, valid_from=vf, valid_until=vu, revoked_on=revoked,
    )


@st.composite
def a_pupil(draw, n: int) -> Pupil:
    born = draw(st.one_of(st.none(), days(-16 * 365 - 400, -8 * 365)))
    forms = tuple(draw(a_form(n * 10 + i)) for i in range(draw(st.integers(0, 3))))
    facts = PersonFacts(f"P{n}", f"Pupil {n}", draw(st.sampled_from([Role.STUDENT] * 5 + [Role.STAFF])),
                        birth_date=born, consents=forms)
    return Pupil(facts, draw(st.sampled_from([None, "7A", "8B"])), draw(st.one_of(st.none(), days(-400, 1300))))


@st.composite
def a_case(draw):
    pupils = [draw(a_pupil(n)) for n in range(draw(st.integers(1, 6)))]
    target = draw(days(200, 1400))
    today = target - timedelta(days=draw(st.integers(0, 400)))
    return pupils, target, today, draw(st.sampled_from([15, 16]))


def _consent_ok(p: PersonFacts, on: date, age: int) -> bool:
    return not {r.code for r in person_reasons(p, "website", MediaKind.PHOTO, on, age)} & CONSENT_PROBLEMS


@PROPS
@given(a_case())
def test_the_list_keeps_to_the_rules(case) -> None:
    pupils, target, today, age = case
    got = renewal_list(pupils, target=target, today=today, age_of_consent=age)
    listed = {p.external_id: p for p in got.to_ask}
    withdrawn = {w.external_id for w in got.withdrawn}
    after = target + timedelta(days=1)
    assert not set(listed) & withdrawn
    for pupil in pupils:
        f = pupil.facts
        eid = f.external_id
        if f.role != Role.STUDENT:
            assert eid not in listed and eid not in withdrawn
            continue
        if eid in withdrawn:
            assert any(c.revoked_on is not None for c in f.consents)
            continue
        later = [c for c in f.consents if c.valid_until > target]
        if eid not in listed:
            # safe side: covered by a form the rules count, on its first day after the target
            assert later
            first = min(max(after, c.valid_from) for c in later)
            assert _consent_ok(f, first, age) or any(
                _consent_ok(f, max(after, c.valid_from), age) for c in later), eid
        elif not (set(listed[eid].codes) & {AskReason.FORM_ENDS, AskReason.NO_FORM}):
            # listed only to sign their own form: the parent's form still counts
            assert listed[eid].codes[0] == AskReason.REACHES_AGE and listed[eid].covered_until is not None
        waiting = any(c.valid_from > after and c.valid_until > target for c in f.consents)
        if not _consent_ok(f, after, age) and not waiting:
            assert eid in listed, eid


@PROPS
@given(a_case())
def test_who_signs_and_why(case) -> None:
    pupils, target, today, age = case
    got = renewal_list(pupils, target=target, today=today, age_of_consent=age)
    by_id = {p.facts.external_id: p for p in pupils}
    for p in got.to_ask:
        born = by_id[p.external_id].facts.birth_date
        adult = born is not None and age_on(born, target) >= age
        assert p.signer == (GrantedBy.SELF if adult else GrantedBy.GUARDIAN)
        codes = list(p.codes)
        assert codes and codes[0] in (AskReason.FORM_ENDS, AskReason.NO_FORM, AskReason.REACHES_AGE)
        assert len(codes) == len(set(codes))
        assert (AskReason.REACHES_AGE in codes) <= adult  # only who is of age by the target
        assert not ({AskReason.FORM_ENDS, AskReason.NO_FORM} <= set(codes))
    # input order does not matter
    again = renewal_list(list(reversed(pupils)), target=target, today=today, age_of_consent=age)
    assert again == got


def test_a_listed_pupil_is_a_to_ask() -> None:  # the type the outputs rely on
    p = PersonFacts("S1", "Pupil", Role.STUDENT, birth_date=date(2014, 1, 1))
    got = renewal_list([Pupil(p)], target=date(2027, 7, 31), today=date(2027, 6, 1), age_of_consent=15)
    assert isinstance(got.to_ask[0], ToAsk) and got.to_ask[0].codes == (AskReason.NO_FORM,)
