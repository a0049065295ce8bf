"""Small builders for the rules-engine tests (facts in, (verdict, reasons) out).

Dates are written as ISO strings in the test tables so a case reads like the
spec. Nothing here reuses engine logic: the default end of a form is spelled
out in every case or computed by ``spec_school_year_end`` below, written from
the spec text.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from mediadesk.core.enums import FaceMode, FaceState, GrantedBy, LegalBasis, MediaKind, ReasonCode, Role
from mediadesk.core.model import (
    AssetFacts,
    ConsentFacts,
    FaceFacts,
    ObjectionFacts,
    PersonFacts,
    RuleSettings,
)
from mediadesk.core.rules import cover_plan, evaluate, evaluate_covered

ALL_CHANNELS = frozenset({"website", "facebook", "instagram", "tiktok", "print", "intranet"})
ALL_MEDIA = frozenset(MediaKind)

PHOTO, VIDEO, AUDIO = MediaKind.PHOTO, MediaKind.VIDEO, MediaKind.AUDIO
SELF, GUARDIAN = GrantedBy.SELF, GrantedBy.GUARDIAN
STUDENT, STAFF, GUEST = Role.STUDENT, Role.STAFF, Role.GUEST
R = ReasonCode


def d(text: str | date | None) -> date | None:
    if text is None or isinstance(text, date):
        return text
    return date.fromisoformat(text)


def spec_school_year_end(valid_from: date) -> date:
    """Spec: 'if valid_from is in August..December, 31 July of the next year,
    else 31 July of the same year'."""
    if valid_from.month in (8, 9, 10, 11, 12):
        return date(valid_from.year + 1, 7, 31)
    return date(valid_from.year, 7, 31)


def form(
    by: GrantedBy = GUARDIAN,
    signed: str = "2025-08-20",
    *,
    valid_from: str | None = None,
    valid_until: str | None = None,
    channels=ALL_CHANNELS,
    media=ALL_MEDIA,
    revoked: str | None = None,
    recorded: str | None = None,
    id: str | None = None,
    biometric: bool = False,
) -> ConsentFacts:
    s = d(signed)
    vf = d(valid_from) or s
    vu = d(valid_until) or spec_school_year_end(vf)
    return ConsentFacts(
        id=id or f"form-{signed}-{by.value}-{recorded or ''}",
        granted_by=by,
        channels=frozenset(channels),
        media=frozenset(MediaKind(m) for m in media),
        signed_on=s,
        valid_from=vf,
        valid_until=vu,
        revoked_on=d(revoked),
        biometric=biometric,
        recorded_at=datetime.fromisoformat(recorded) if recorded else None,
    )


def person(
    eid: str = "S1",
    *forms: ConsentFacts,
    name: str | None = None,
    role: Role = STUDENT,
    born: str | None = "2010-05-10",
    ban: bool = False,
    objections: tuple[ObjectionFacts, ...] = (),
) -> PersonFacts:
    return PersonFacts(
        external_id=eid,
        name=name or f"Pupil {eid}",
        role=role,
        birth_date=d(born),
        publication_ban=ban,
        consents=tuple(forms),
        objections=tuple(objections),
    )


def objection(since: str = "2026-01-10", channels=None, withdrawn: str | None = None,
              id: str = "o1") -> ObjectionFacts:
    return ObjectionFacts(id, d(since), None if channels is None else frozenset(channels),
                          d(withdrawn))


def face(fid: str, state: FaceState, suggested: str | None = None, name: str | None = None,
         person: str | None = None):
    return FaceFacts(fid, state, suggested, name, person)


def on_face(fid: str, eid: str) -> FaceFacts:
    """A face confirmed as person ``eid``."""
    return FaceFacts(fid, FaceState.CONFIRMED, person=eid)


def asset(
    *people: PersonFacts,
    kind: MediaKind = PHOTO,
    faces=(),
    scanned: bool = True,
    confirmed: bool = True,
    block: str | None = None,
    basis: LegalBasis = LegalBasis.CONSENT,
) -> AssetFacts:
    return AssetFacts(
        id="A1",
        kind=kind,
        people=tuple(people),
        faces=tuple(faces),
        faces_scanned=scanned,
        people_confirmed=confirmed,
        block_reason=block,
        legal_basis=basis,
        basis_reason=None if basis == LegalBasis.CONSENT else "situation photo",
        basis_by=None if basis == LegalBasis.CONSENT else "Anne",
        basis_on=None if basis == LegalBasis.CONSENT else date(2026, 2, 1),
    )


def run(a: AssetFacts, channel: str = "instagram", on: str = "2026-03-01", age: int = 16,
        mode: FaceMode = FaceMode.DETECT, bases: bool = True):
    """Evaluate and return (verdict, Counter of (code, person))."""
    ev = evaluate(a, channel, d(on), RuleSettings(age_of_consent=age, face_mode=mode, legal_basis_enabled=bases))
    return ev.verdict, Counter((r.code, r.person) for r in ev.reasons), ev


def run_covered(a: AssetFacts, cover=(), channel: str = "instagram", on: str = "2026-03-01",
                age: int = 16, mode: FaceMode = FaceMode.DETECT, bases: bool = True,
                plan: bool = False, unresolved: bool = False):
    """Covered evaluation (the given faces, or the plan when ``plan``); returns
    (covered verdict, Counter of (code, person) of its reasons, CoveredEvaluation)."""
    st = RuleSettings(age_of_consent=age, face_mode=mode, legal_basis_enabled=bases)
    if plan:
        ev = cover_plan(a, channel, d(on), st, unresolved=unresolved, extra=cover)
    else:
        ev = evaluate_covered(a, channel, d(on), cover, st)
    return ev.verdict, Counter((r.code, r.person) for r in ev.reasons), ev
