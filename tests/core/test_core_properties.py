"""Property tests: random people, forms, faces and flags.

The oracle below is written from the text of spec/consent-rules.md, not from
the engine: it shares no code with ``mediadesk.core.rules`` or
``mediadesk.core.dates``. Where the spec is silent it takes the safe side
(a complete tie between governing records: every tied record must pass).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from mediadesk.core.enums import (
    FaceMode,
    FaceState,
    GrantedBy,
    LegalBasis,
    MediaKind,
    ReasonCode,
    Role,
    Verdict,
)
from mediadesk.core.model import (
    AssetFacts,
    ConsentFacts,
    FaceFacts,
    ObjectionFacts,
    PersonFacts,
    RuleSettings,
)
from mediadesk.core.rules import cover_plan, evaluate, evaluate_covered

R = ReasonCode
CHANNELS = ("website", "instagram", "print")
WINDOW_START = date(2025, 6, 1)
WINDOW_DAYS = 500  # publication dates and form dates fall in or near this window

PROPS = settings(max_examples=5000, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ----------------------------------------------------------------------------------
# Oracle, straight from the spec text
# ----------------------------------------------------------------------------------

def birthday(born: date, years: int) -> date:
    """The day a person reaches ``years``: the anniversary of the birth date;
    for 29 February in a year without one, the day after 28 February."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return date(born.year + years, 3, 1)


def spec_minor(p: PersonFacts, on: date, age_of_consent: int) -> bool:
    """'Minor on a date: age below the age of consent. A student or guest without
    a birth date counts as a minor. Staff without a birth date count as adults.'"""
    if p.birth_date is None:
        return p.role in (Role.STUDENT, Role.GUEST)
    return on < birthday(p.birth_date, age_of_consent)


def spec_person_codes(p: PersonFacts, channel: str, kind: MediaKind, on: date,
                      age_of_consent: int) -> set[ReasonCode]:
    """Step 2 of the verdict for one confirmed person: the set of blocking codes.
    Empty set == the person has valid consent for channel, media kind and date."""
    codes: set[ReasonCode] = set()
    # 2.1
    if p.publication_ban:
        codes.add(R.PUBLICATION_BAN)
    if spec_objects(p, channel, on):
        codes.add(R.OBJECTION)
    # 2.2 applicable: valid_from <= date <= valid_until
    applicable = [c for c in p.consents if c.valid_from <= on and on <= c.valid_until]
    if not applicable:
        ended_before = any(c.valid_until < on for c in p.consents)
        codes.add(R.CONSENT_EXPIRED if ended_before else R.NO_CONSENT)
        return codes
    # 2.3 governing: latest signed_on; tie: the one recorded last
    latest_signed = max(c.signed_on for c in applicable)
    candidates = [c for c in applicable if c.signed_on == latest_signed]
    if len(candidates) > 1:
        last_recorded = max(c.recorded_at for c in candidates)
        candidates = [c for c in candidates if c.recorded_at == last_recorded]
    # (still more than one: spec silent -> safe side: each must pass)
    for gov in candidates:
        # 2.4: the form's own withdrawal, or any withdrawal of the person on a day
        # on or after this form was signed, counts from that day on
        if (gov.revoked_on is not None and gov.revoked_on <= on) or any(
                c.revoked_on is not None and gov.signed_on <= c.revoked_on <= on
                for c in p.consents):
            codes.add(R.CONSENT_REVOKED)
        # 2.5
        minor_when_signed = spec_minor(p, gov.signed_on, age_of_consent)
        if gov.granted_by == GrantedBy.SELF and minor_when_signed:
            codes.add(R.GUARDIAN_CONSENT_REQUIRED)
        if gov.granted_by == GrantedBy.GUARDIAN and not minor_when_signed:
            codes.add(R.SELF_CONSENT_REQUIRED)
        # 2.6
        if channel not in gov.channels:
            codes.add(R.CHANNEL_NOT_COVERED)
        if kind not in gov.media:
            codes.add(R.MEDIA_NOT_COVERED)
    return codes


def spec_objects(p: PersonFacts, channel: str, on: date) -> bool:
    """An objection in force: from its day, until (not on) the day it was
    withdrawn, on its channels (none named: all)."""
    return any(o.from_date <= on and not (o.withdrawn_on is not None and o.withdrawn_on <= on)
               and (o.channels is None or channel in o.channels) for o in p.objections)


def spec_situation_codes(p: PersonFacts, channel: str, kind: MediaKind, on: date,
                         age_of_consent: int) -> set[ReasonCode]:
    """A person on an asset published on a non-consent basis: no consent
    needed, but a ban, an objection and a withdrawal block (withdrawn: as with
    consent, or a withdrawal day on or before the date with no form in force
    signed after it)."""
    codes = spec_person_codes(p, channel, kind, on, age_of_consent) & {
        R.PUBLICATION_BAN, R.OBJECTION, R.CONSENT_REVOKED}
    days = [c.revoked_on for c in p.consents if c.revoked_on is not None and c.revoked_on <= on]
    if days:
        last = max(days)

        def in_force(c: ConsentFacts) -> bool:
            if not (c.valid_from <= on <= c.valid_until and c.signed_on > last):
                return False
            own = c.revoked_on is not None and c.revoked_on <= on
            return not own and not any(x.revoked_on is not None and c.signed_on <= x.revoked_on <= on
                                       for x in p.consents)
        if not any(in_force(c) for c in p.consents):
            codes.add(R.CONSENT_REVOKED)
    return codes


def spec_basis_used(a: AssetFacts, s: RuleSettings) -> bool:
    return s.legal_basis_enabled and a.kind != MediaKind.AUDIO and a.legal_basis != LegalBasis.CONSENT


def lacks_valid_consent(p, channel, kind, on, age_of_consent) -> bool:
    return bool(spec_person_codes(p, channel, kind, on, age_of_consent))


def spec_reasons(a: AssetFacts, channel: str, on: date, s: RuleSettings) -> Counter:
    """Every (code, person) the spec asks for. Audio + not scanned follows the
    engine's documented choice (no faces to scan); see the report."""
    out: Counter = Counter()
    if a.block_reason is not None:
        out[(R.MANUALLY_BLOCKED, None)] += 1
    basis = spec_basis_used(a, s)
    if basis:
        out[(R.LEGAL_BASIS, None)] += 1
    person_codes = spec_situation_codes if basis else spec_person_codes
    for p in {p.external_id: p for p in a.people}.values():
        for code in person_codes(p, channel, a.kind, on, s.age_of_consent):
            out[(code, p.external_id)] += 1
    for f in a.faces:
        if f.state == FaceState.UNRESOLVED:
            out[(R.UNRESOLVED_FACE, None)] += 1
        elif f.state == FaceState.SUGGESTED:
            out[(R.UNCONFIRMED_MATCH, f.suggested)] += 1
    if s.face_mode in (FaceMode.DETECT, FaceMode.MATCH) and not a.faces_scanned \
            and a.kind != MediaKind.AUDIO:
        out[(R.FACES_NOT_SCANNED, None)] += 1
    if not a.people_confirmed:
        out[(R.PEOPLE_NOT_CONFIRMED, None)] += 1
    return out


# ----------------------------------------------------------------------------------
# Scenario generation
#
# Nested @st.composite strategies cost ~13 ms an example here (several hundred
# draws), far too slow for 5000 examples x 4 properties in the 60 s budget. So
# hypothesis draws one fixed-size byte string and ``decode`` turns it into a
# scenario. Shrinking still works: hypothesis shrinks bytes towards zero and a
# zero byte always picks the first (simplest) option below. ``note`` prints the
# decoded scenario of a failing example.
# ----------------------------------------------------------------------------------

BLOB = 480  # a scenario reads at most ~420 bytes; missing bytes read as 0


class Bytes:
    def __init__(self, blob: bytes) -> None:
        self.blob, self.i = blob, 0

    def byte(self) -> int:
        v = self.blob[self.i] if self.i < len(self.blob) else 0
        self.i += 1
        return v

    def int(self, lo: int, hi: int) -> int:
        span = hi - lo + 1
        raw = self.byte() if span <= 256 else (self.byte() << 8) | self.byte()
        return lo + raw % span

    def pick(self, options):
        return options[self.int(0, len(options) - 1)]

    def chance(self, one_in: int) -> bool:
        return self.int(0, one_in - 1) == one_in - 1

    def subset(self, options) -> frozenset:
        return frozenset(o for o in options if self.byte() % 4)  # each in with p = 3/4

    def day(self, lo: int = -60, hi: int = WINDOW_DAYS + 60) -> date:
        return WINDOW_START + timedelta(days=self.int(lo, hi))


# A few signing days and recording times come up often, to produce ties.
SIGNING_DAYS = (date(2025, 8, 20), date(2025, 9, 1), date(2026, 1, 15))
RECORDED = (datetime(2025, 9, 1, 9, 0), datetime(2025, 9, 1, 9, 0, 1))
BIRTHS = (date(2008, 2, 29), date(2009, 8, 20), date(2010, 8, 20), date(2009, 9, 1),
          date(2010, 1, 15))
NAMES = ("Emma Jensen", "Noah de Vries", "Åse Ø", "emma jensen")


def decode_record(b: Bytes, idx: int) -> ConsentFacts:
    signed = b.pick(SIGNING_DAYS) if b.chance(2) else b.day()
    valid_from = signed + timedelta(days=b.pick((0, 0, 0, 1, 10, 90, 200)))
    length = b.pick((364, 365, 0, 1)) if b.chance(4) else b.int(-3, 420)
    revoked = b.day() if b.chance(3) else None
    recorded = datetime(2025, 6, 1) + timedelta(hours=b.int(0, 600 * 24)) if b.chance(3) \
        else b.pick(RECORDED)
    return ConsentFacts(
        id=b.pick(("a", "b", "c", "10", "9")) + str(idx),
        granted_by=b.pick((GrantedBy.GUARDIAN, GrantedBy.SELF)),
        channels=b.subset(CHANNELS),
        media=b.subset(tuple(MediaKind)),
        signed_on=signed,
        valid_from=valid_from,
        valid_until=valid_from + timedelta(days=length),
        revoked_on=revoked,
        biometric=b.chance(2),
        recorded_at=recorded,
    )


def decode_person(b: Bytes, eid: str) -> PersonFacts:
    n = b.int(0, 4)
    birth_kind = b.int(0, 3)
    birth = (None, b.pick(BIRTHS), date(1980, 1, 1) + timedelta(days=b.int(0, 365 * 40)),
             date(2007, 1, 1) + timedelta(days=b.int(0, 365 * 5)))[birth_kind]
    return PersonFacts(
        external_id=eid,
        name=b.pick(NAMES),
        role=b.pick((Role.STUDENT, Role.STAFF, Role.GUEST)),
        birth_date=birth,
        publication_ban=b.chance(10),
        consents=tuple(decode_record(b, i) for i in range(n)),
        objections=tuple(
            ObjectionFacts(f"o{i}", b.day(), b.subset(CHANNELS) if b.chance(2) else None,
                           b.day() if b.chance(3) else None)
            for i in range(b.int(0, 1) if b.chance(4) else 0)),
    )


def decode(blob: bytes, in_hypothesis: bool = True):
    b = Bytes(blob)
    ppl = tuple(decode_person(b, f"P{i}") for i in range(b.int(0, 4)))
    fcs = []
    for i in range(b.int(0, 3)):
        state = b.pick((FaceState.DISMISSED, FaceState.CONFIRMED, FaceState.UNRESOLVED,
                        FaceState.SUGGESTED))
        sug = b.pick(("P0", "P1", "X9")) if state == FaceState.SUGGESTED else None
        who = b.pick(("P0", "P1", "P2", "P3")) if state == FaceState.CONFIRMED else None
        fcs.append(FaceFacts(id=f"f{i}", state=state, suggested=sug, person=who))
    a = AssetFacts(
        id="A",
        kind=b.pick((MediaKind.PHOTO, MediaKind.VIDEO, MediaKind.AUDIO)),
        people=ppl,
        faces=tuple(fcs),
        faces_scanned=not b.chance(3),
        people_confirmed=not b.chance(3),
        block_reason="staff said no" if b.chance(8) else None,
        legal_basis=b.pick(tuple(LegalBasis)),
        basis_reason="situation photo",
        basis_by="Anne",
        basis_on=date(2026, 1, 1),
    )
    channel = b.pick(CHANNELS)
    on = b.day(0, WINDOW_DAYS)
    s = RuleSettings(age_of_consent=b.pick((16, 15, 18)),
                     face_mode=b.pick((FaceMode.DETECT, FaceMode.OFF, FaceMode.MATCH)),
                     legal_basis_enabled=b.chance(2))
    if in_hypothesis:
        note(f"asset={a!r}\nchannel={channel!r} on={on!r} settings={s!r}")
    return a, channel, on, s


blobs = st.binary(min_size=BLOB, max_size=BLOB)


def test_generator_reaches_every_code():
    """The decoder is not blind to any rule: over a few thousand seeds every
    reason code and every verdict comes up."""
    import random

    rnd = random.Random(1234)
    seen_codes, seen_verdicts = set(), set()
    for _ in range(2000):
        a, channel, on, s = decode(rnd.randbytes(BLOB), in_hypothesis=False)
        ev = evaluate(a, channel, on, s)
        seen_codes |= {r.code for r in ev.reasons}
        seen_verdicts.add(ev.verdict)
    assert seen_codes == set(ReasonCode) - COVER_ONLY
    assert seen_verdicts == set(Verdict)


#: Codes only a covered evaluation gives.
COVER_ONLY = frozenset({R.COVERED_PERSON, R.COVERED_FACE, R.NO_FACE_TO_COVER})


# ----------------------------------------------------------------------------------
# Properties
# ----------------------------------------------------------------------------------

@PROPS
@given(blobs)
def test_person_without_valid_consent_never_cleared(blob):
    a, channel, on, s = decode(blob)
    ev = evaluate(a, channel, on, s)
    if spec_basis_used(a, s):
        return  # consent is not needed (see the properties on legal bases below)
    if any(lacks_valid_consent(p, channel, a.kind, on, s.age_of_consent) for p in a.people):
        assert ev.verdict != Verdict.CLEARED
        assert ev.verdict == Verdict.BLOCKED


@PROPS
@given(blobs)
def test_cleared_iff_no_reasons(blob):
    a, channel, on, s = decode(blob)
    ev = evaluate(a, channel, on, s)
    assert (ev.verdict == Verdict.CLEARED) == all(r.severity.value == "note" for r in ev.reasons)
    blocking = [r for r in ev.reasons if r.severity.value == "block"]
    assert (ev.verdict == Verdict.BLOCKED) == bool(blocking)


@PROPS
@given(blobs, st.binary(min_size=100, max_size=100))
def test_adding_a_person_never_clears(blob, blob2):
    a, channel, on, s = decode(blob)
    newcomer = decode_person(Bytes(blob2), "NEW")
    note(f"newcomer={newcomer!r}")
    before = evaluate(a, channel, on, s)
    grown = replace(a, people=a.people + (newcomer,))
    after = evaluate(grown, channel, on, s)
    if before.verdict != Verdict.CLEARED:
        assert after.verdict != Verdict.CLEARED
    if before.verdict == Verdict.BLOCKED:
        assert after.verdict == Verdict.BLOCKED
    # nothing already found is lost
    assert not Counter((r.code, r.person) for r in before.reasons) - Counter(
        (r.code, r.person) for r in after.reasons)


@settings(max_examples=3000, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(blobs)
def test_engine_reasons_equal_spec_oracle(blob):
    """Stronger than the three above: the exact (code, person) multiset."""
    a, channel, on, s = decode(blob)
    ev = evaluate(a, channel, on, s)
    expected = spec_reasons(a, channel, on, s)
    got = Counter((r.code, r.person) for r in ev.reasons)
    # Tied records may each give a reason with the same code and person (e.g. two
    # withdrawals on different days); the person-level comparison is per set.
    assert set(got) == set(expected)
    per_asset = {R.MANUALLY_BLOCKED, R.UNRESOLVED_FACE, R.UNCONFIRMED_MATCH,
                 R.FACES_NOT_SCANNED, R.PEOPLE_NOT_CONFIRMED}
    assert {k: v for k, v in got.items() if k[0] in per_asset} == \
        {k: v for k, v in expected.items() if k[0] in per_asset}
    for r in ev.reasons:
        for lang in ("en", "da", "nl"):
            assert r.message(lang)


@PROPS
@given(blobs)
def test_ban_withdrawal_objection_never_overridden_by_a_basis(blob):
    """Whatever the basis and the setting: a person with a publication ban,
    an objection in force, or a withdrawn governing form keeps that reason
    and the asset stays blocked."""
    a, channel, on, s = decode(blob)
    for basis in LegalBasis:
        for enabled in (False, True):
            b = replace(a, legal_basis=basis)
            ev = evaluate(b, channel, on, replace(s, legal_basis_enabled=enabled))
            got = {(r.code, r.person) for r in ev.reasons}
            for p in a.people:
                must = spec_person_codes(p, channel, a.kind, on, s.age_of_consent) & {
                    R.PUBLICATION_BAN, R.OBJECTION, R.CONSENT_REVOKED}
                assert {(c, p.external_id) for c in must} <= got
                if must:
                    assert ev.verdict == Verdict.BLOCKED


@PROPS
@given(blobs)
def test_consent_basis_or_setting_off_is_todays_verdict(blob):
    """basis = consent, or the library setting off: the very same evaluation
    as an asset that never had a basis."""
    a, channel, on, s = decode(blob)
    plain = replace(a, legal_basis=LegalBasis.CONSENT, basis_reason=None, basis_by=None,
                    basis_on=None)
    today = evaluate(plain, channel, on, replace(s, legal_basis_enabled=False))
    assert evaluate(replace(a, legal_basis=LegalBasis.CONSENT), channel, on,
                    replace(s, legal_basis_enabled=True)) == today
    assert evaluate(a, channel, on, replace(s, legal_basis_enabled=False)) == today


# ----------------------------------------------------------------------------------
# Covered evaluation (an export with faces covered)
# ----------------------------------------------------------------------------------

covers = st.binary(min_size=3, max_size=3)
#: Fewer examples than PROPS: each covered example evaluates several times over.
COVER_PROPS = settings(max_examples=1500, deadline=None,
                       suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_RANK = {Verdict.CLEARED: 0, Verdict.NEEDS_REVIEW: 1, Verdict.BLOCKED: 2}


def chosen_cover(a: AssetFacts, pick: bytes) -> set[str]:
    return {f.id for i, f in enumerate(a.faces) if pick[i] % 2}


def spec_codes_for(a: AssetFacts, p: PersonFacts, channel: str, on: date, s: RuleSettings) -> set:
    codes = spec_situation_codes if spec_basis_used(a, s) else spec_person_codes
    return codes(p, channel, a.kind, on, s.age_of_consent)


def spec_covered(a: AssetFacts, p: PersonFacts, cover: set[str]) -> bool:
    """Covered: the person has a face box, every one of them is covered, and
    the asset has faces at all (not a sound recording)."""
    mine = [f.id for f in a.faces if f.state == FaceState.CONFIRMED and f.person == p.external_id]
    return a.kind != MediaKind.AUDIO and bool(mine) and all(f in cover for f in mine)


def test_generator_reaches_every_cover_code():
    import random

    rnd = random.Random(99)
    seen, verdicts = set(), set()
    for _ in range(2000):
        a, channel, on, s = decode(rnd.randbytes(BLOB), in_hypothesis=False)
        ev = evaluate_covered(a, channel, on, chosen_cover(a, rnd.randbytes(3)), s)
        seen |= {r.code for r in ev.reasons}
        verdicts.add(ev.verdict)
    assert COVER_ONLY <= seen
    assert verdicts == set(Verdict)


@COVER_PROPS
@given(blobs, covers)
def test_a_person_not_covered_always_has_valid_consent(blob, pick):
    """Cleared with covering: every person left visible has valid consent for
    the channel and medium (on a documented basis: nothing the basis keeps
    blocking), and every person without it is covered."""
    a, channel, on, s = decode(blob)
    cover = chosen_cover(a, pick)
    ev = evaluate_covered(a, channel, on, cover, s)
    covered = {c.person for c in ev.covered if c.person}
    for p in a.people:
        assert (p.external_id in covered) == spec_covered(a, p, cover)
        if ev.verdict != Verdict.CLEARED:
            continue
        if p.external_id not in covered:
            assert not spec_codes_for(a, p, channel, on, s)
            if not spec_basis_used(a, s):
                assert not lacks_valid_consent(p, channel, a.kind, on, s.age_of_consent)
    if ev.verdict == Verdict.CLEARED:
        assert a.block_reason is None and a.people_confirmed
        # every unidentified face is covered
        assert all(f.id in cover for f in a.faces
                   if f.state in (FaceState.UNRESOLVED, FaceState.SUGGESTED))


@COVER_PROPS
@given(blobs)
def test_a_publication_ban_person_is_always_covered_on_every_channel(blob):
    a, _, on, s = decode(blob)
    for channel in CHANNELS:
        for unresolved in (False, True):
            plan = cover_plan(a, channel, on, s, unresolved=unresolved)
            covered = {c.person for c in plan.covered}
            for p in a.people:
                if not p.publication_ban:
                    continue
                assert plan.plain.verdict == Verdict.BLOCKED  # the plain verdict stays blocked
                if spec_covered(a, p, set(plan.faces)):
                    assert p.external_id in covered
                    why = next(c for c in plan.covered if c.person == p.external_id).codes
                    assert R.PUBLICATION_BAN in why
                else:  # no face box to fill (or a sound recording): never cleared
                    assert plan.verdict == Verdict.BLOCKED
                    assert (R.PUBLICATION_BAN, p.external_id) in {(r.code, r.person) for r in plan.reasons}


@COVER_PROPS
@given(blobs, covers)
def test_covering_never_changes_the_plain_verdict_and_the_plan_is_best(blob, pick):
    a, channel, on, s = decode(blob)
    plain = evaluate(a, channel, on, s)
    ev = evaluate_covered(a, channel, on, chosen_cover(a, pick), s)
    assert ev.plain == plain
    nothing = evaluate_covered(a, channel, on, (), s)
    assert nothing.verdict == plain.verdict and not nothing.covered
    best = cover_plan(a, channel, on, s, unresolved=True)
    assert _RANK[best.verdict] <= _RANK[ev.verdict] <= _RANK[plain.verdict]
    # what covering cannot fix stays: a manual block, faces not scanned, the people list
    kept = {R.MANUALLY_BLOCKED, R.FACES_NOT_SCANNED, R.PEOPLE_NOT_CONFIRMED, R.LEGAL_BASIS}
    assert [r for r in ev.reasons if r.code in kept] == [r for r in plain.reasons if r.code in kept]
    # a covered person's why is exactly what the rules hold against them
    for c in ev.covered:
        if c.person:
            p = next(p for p in a.people if p.external_id == c.person)
            assert set(c.codes) == spec_codes_for(a, p, channel, on, s)
    for r in ev.reasons:
        for lang in ("en", "da", "nl"):
            assert "{" not in r.message(lang)
