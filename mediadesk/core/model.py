"""The facts the consent rules engine works on: plain, immutable values.

The store turns database rows into these; the engine never sees a session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .enums import FaceMode, FaceState, GrantedBy, LegalBasis, MediaKind, ReasonCode, Role, Severity, Verdict


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    """One signed consent form, as far as the rules need it."""

    id: str
    granted_by: GrantedBy
    channels: frozenset[str]
    media: frozenset[MediaKind]
    signed_on: date
    valid_from: date
    valid_until: date
    revoked_on: date | None = None
    biometric: bool = False
    recorded_at: datetime | None = None  # tie-breaker: the one recorded last governs


@dataclass(frozen=True, slots=True)
class ObjectionFacts:
    """A person's objection to being published: in force from ``from_date``
    until the day it is withdrawn (exclusive), on ``channels`` (None: all)."""

    id: str
    from_date: date
    channels: frozenset[str] | None = None
    withdrawn_on: date | None = None

    def applies(self, channel: str, on: date) -> bool:
        return (
            self.from_date <= on
            and (self.withdrawn_on is None or on < self.withdrawn_on)
            and (self.channels is None or channel in self.channels)
        )


@dataclass(frozen=True, slots=True)
class PersonFacts:
    external_id: str
    name: str
    role: Role
    birth_date: date | None = None
    publication_ban: bool = False
    consents: tuple[ConsentFacts, ...] = ()
    objections: tuple[ObjectionFacts, ...] = ()


@dataclass(frozen=True, slots=True)
class FaceFacts:
    """A face region (photo) or face track (video) and how it was resolved.

    ``suggested`` is the external id of an automatic match suggestion;
    confirmed faces are already in the asset's people.
    """

    id: str
    state: FaceState
    suggested: str | None = None
    suggested_name: str | None = None
    person: str | None = None  # external id of the person a confirmed face is linked to


@dataclass(frozen=True, slots=True)
class AssetFacts:
    id: str
    kind: MediaKind
    people: tuple[PersonFacts, ...] = ()  # every person whose presence is confirmed
    faces: tuple[FaceFacts, ...] = ()
    faces_scanned: bool = False
    people_confirmed: bool = False
    block_reason: str | None = None  # set when staff blocked the asset by hand
    legal_basis: LegalBasis = LegalBasis.CONSENT
    basis_reason: str | None = None  # why staff chose a non-consent basis
    basis_by: str | None = None
    basis_on: date | None = None


@dataclass(frozen=True, slots=True)
class RuleSettings:
    age_of_consent: int = 16
    face_mode: FaceMode = FaceMode.DETECT
    legal_basis_enabled: bool = False  # library setting; off: every asset needs consent


@dataclass(frozen=True, slots=True)
class Reason:
    """Why an asset is not cleared. ``params`` feed the plain-words message."""

    code: ReasonCode
    person: str | None = None  # external_id
    person_name: str | None = None
    face: str | None = None
    params: tuple[tuple[str, str], ...] = field(default=())

    @property
    def severity(self) -> Severity:
        return self.code.severity

    def param(self, key: str, default: str = "") -> str:
        return dict(self.params).get(key, default)

    def message(self, lang: str = "en") -> str:
        from .messages import reason_message

        return reason_message(self, lang)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        out = {"code": self.code.value, "person": self.person, "message": self.message(lang)}
        if self.face:
            out["face"] = self.face
        return out


@dataclass(frozen=True, slots=True)
class Evaluation:
    asset: str
    channel: str
    on: date
    verdict: Verdict
    reasons: tuple[Reason, ...]

    def to_json(self, lang: str = "en", path: str | None = None) -> dict[str, Any]:
        return {
            "asset": self.asset,
            "path": path,
            "channel": self.channel,
            "date": self.on.isoformat(),
            "verdict": self.verdict.value,
            "reasons": [r.to_json(lang) for r in self.reasons],
        }


@dataclass(frozen=True, slots=True)
class CoverItem:
    """Who (or which unidentified face) an export covers, and why.

    ``person`` is None for a face nobody has identified. ``why`` are the
    reasons covering answers: the person's blocking reasons, or the face's
    review reason; empty when the user chose to cover someone who has
    valid consent."""

    faces: tuple[str, ...]
    person: str | None = None  # external_id
    person_name: str | None = None
    why: tuple[Reason, ...] = ()

    @property
    def codes(self) -> tuple[ReasonCode, ...]:
        return tuple(dict.fromkeys(r.code for r in self.why))


@dataclass(frozen=True, slots=True)
class CoveredEvaluation:
    """The verdict of an export with some faces covered (a solid fill).

    ``plain`` is the ordinary verdict, unchanged (covering never changes
    it). ``verdict`` is cleared only when every person left visible has
    valid consent and nothing covering cannot fix remains; ``reasons`` are
    what is left plus a ``COVERED_*`` note per covered person or face."""

    plain: Evaluation
    verdict: Verdict
    reasons: tuple[Reason, ...]
    covered: tuple[CoverItem, ...]
    faces: frozenset[str]  # every face id to fill

    @property
    def asset(self) -> str:
        return self.plain.asset

    @property
    def channel(self) -> str:
        return self.plain.channel

    @property
    def on(self) -> date:
        return self.plain.on

    @property
    def cleared(self) -> bool:
        return self.verdict == Verdict.CLEARED

    def to_json(self, lang: str = "en", path: str | None = None) -> dict[str, Any]:
        out = self.plain.to_json(lang, path)
        out["covered_verdict"] = self.verdict.value
        out["covered_reasons"] = [r.to_json(lang) for r in self.reasons]
        out["covered"] = [
            {"person": c.person, "name": c.person_name, "faces": list(c.faces),
             "why": [code.value for code in c.codes]}
            for c in self.covered
        ]
        return out
