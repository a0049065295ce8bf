"""The consent rules engine: what "cleared" means.

Pure code, implementing ``spec/consent-rules.md`` of the workplace exactly:
given the facts of one asset, a channel and a date it returns the verdict
with every reason. No database, no Qt, no I/O. Choices where the spec is
silent (always the safe side) are listed in ``docs/consent-rules-choices.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from .dates import age_on
from .enums import (
    FaceMode,
    FaceState,
    GrantedBy,
    LegalBasis,
    MediaKind,
    ReasonCode,
    Role,
    Severity,
    Verdict,
)
from .model import (
    AssetFacts,
    ConsentFacts,
    CoveredEvaluation,
    CoverItem,
    Evaluation,
    PersonFacts,
    Reason,
    RuleSettings,
)


def is_minor(person: PersonFacts, on: date, age_of_consent: int) -> bool:
    """Below the age of consent on ``on``. Without a birth date a student or
    guest counts as a minor and staff as an adult."""
    if person.birth_date is None:
        return person.role != Role.STAFF
    return age_on(person.birth_date, on) < age_of_consent


def applicable_records(person: PersonFacts, on: date) -> list[ConsentFacts]:
    return [c for c in person.consents if c.valid_from <= on <= c.valid_until]


def _governing_key(c: ConsentFacts) -> tuple[date, float, str]:
    # latest signed_on; tie: the one recorded last; then id for a total order
    return (c.signed_on, c.recorded_at.timestamp() if c.recorded_at else float("-inf"), c.id)


def governing_record(person: PersonFacts, on: date) -> ConsentFacts | None:
    """The applicable record with the latest ``signed_on`` (tie: recorded last)."""
    records = applicable_records(person, on)
    return max(records, key=_governing_key) if records else None


def governing_records(person: PersonFacts, on: date) -> list[ConsentFacts]:
    """The governing record and any record tied with it (same ``signed_on``
    and recording time). Usually one; with a complete tie the spec cannot
    tell them apart, so callers require every one of them to agree."""
    gov = governing_record(person, on)
    if gov is None:
        return []
    top = _governing_key(gov)[:2]
    return [c for c in applicable_records(person, on) if _governing_key(c)[:2] == top]


def withdrawn_on(
    signed_on: date, own_revoked_on: date | None, withdrawal_days: Iterable[date | None]
) -> date | None:
    """The day a form counts as withdrawn from (spec step 2.4), or None.

    A withdrawal ends the person's consent as it stood that day: every form
    signed on or before a withdrawal day of the person counts as withdrawn
    from that day, whichever form the withdrawal was written on, so
    re-importing or correcting an old form never undoes it. The earliest
    such day wins (also over the form's own, later ``revoked_on``)."""
    days = [w for w in withdrawal_days if w is not None and w >= signed_on]
    if own_revoked_on is not None:
        days.append(own_revoked_on)
    return min(days) if days else None


def record_withdrawn_on(person: PersonFacts, rec: ConsentFacts) -> date | None:
    """:func:`withdrawn_on` of one of the person's forms."""
    return withdrawn_on(rec.signed_on, rec.revoked_on, (c.revoked_on for c in person.consents))


def is_withdrawn(person: PersonFacts, rec: ConsentFacts, on: date) -> bool:
    day = record_withdrawn_on(person, rec)
    return day is not None and day <= on


def biometric_consent(person: PersonFacts, on: date, age_of_consent: int | None = None) -> bool:
    """Consent to automatic face matching on ``on``: the governing record
    (every tied one) says ``biometric = yes`` and is not withdrawn; with
    ``age_of_consent``, it was also signed by the right person (a minor's
    own signature, or a guardian's for someone of age, is no consent)."""
    recs = governing_records(person, on)

    def signed_right(r: ConsentFacts) -> bool:
        if age_of_consent is None:
            return True
        minor = is_minor(person, r.signed_on, age_of_consent)
        return (r.granted_by == GrantedBy.GUARDIAN) == minor

    return bool(recs) and all(r.biometric and not is_withdrawn(person, r, on) and signed_right(r) for r in recs)


def person_reasons(
    person: PersonFacts,
    channel: str,
    kind: MediaKind,
    on: date,
    age_of_consent: int,
) -> list[Reason]:
    """Every blocking reason for one confirmed person (step 2 of the rules)."""
    reasons: list[Reason] = []

    def add(code: ReasonCode, **params: str) -> None:
        reasons.append(_person_reason(person, code, **params))

    if person.publication_ban:
        add(ReasonCode.PUBLICATION_BAN)
    reasons += objection_reasons(person, channel, on)

    gov = governing_record(person, on)
    if gov is None:
        ended = [c.valid_until for c in person.consents if c.valid_until < on]
        if ended:
            add(ReasonCode.CONSENT_EXPIRED, until=max(ended).isoformat())
        else:
            add(ReasonCode.NO_CONSENT, date=on.isoformat())
        return reasons

    # Same signed_on and same recorded_at: the spec cannot tell which governs,
    # so (safe side) every one of the tied records must pass on its own.
    tied = [
        c for c in applicable_records(person, on)
        if _governing_key(c)[:2] == _governing_key(gov)[:2]
    ]
    for rec in sorted(tied, key=_governing_key, reverse=True):
        signed = rec.signed_on.isoformat()
        # Collect every reason (spec): a withdrawn form still lists what it lacked.
        withdrawn = record_withdrawn_on(person, rec)
        if withdrawn is not None and withdrawn <= on:
            add(ReasonCode.CONSENT_REVOKED, revoked=withdrawn.isoformat(), signed=signed)

        minor = is_minor(person, rec.signed_on, age_of_consent)
        if rec.granted_by == GrantedBy.SELF and minor:
            add(ReasonCode.GUARDIAN_CONSENT_REQUIRED, signed=signed, age=str(age_of_consent))
        elif rec.granted_by == GrantedBy.GUARDIAN and not minor:
            add(ReasonCode.SELF_CONSENT_REQUIRED, signed=signed, age=str(age_of_consent))

        if channel not in rec.channels:
            add(ReasonCode.CHANNEL_NOT_COVERED, channel=channel, signed=signed)
        if kind not in rec.media:
            add(ReasonCode.MEDIA_NOT_COVERED, media=kind.value, signed=signed)
    return list(dict.fromkeys(reasons))  # tied records give identical reasons once


def _person_reason(person: PersonFacts, code: ReasonCode, **params: str) -> Reason:
    return Reason(code, person.external_id, person.name, None, tuple(sorted(params.items())))


def objection_reasons(person: PersonFacts, channel: str, on: date) -> list[Reason]:
    """``OBJECTION`` for each objection of the person in force on ``on`` for
    ``channel``, whatever the asset's legal basis."""
    return [
        _person_reason(
            person, ReasonCode.OBJECTION, since=o.from_date.isoformat(),
            channels="|".join(sorted(o.channels or ())),
        )
        for o in sorted(person.objections, key=lambda o: (o.from_date, o.id))
        if o.applies(channel, on)
    ]


def situation_reasons(
    person: PersonFacts, channel: str, kind: MediaKind, on: date, age_of_consent: int
) -> list[Reason]:
    """Blocking reasons for a person on an asset published on a non-consent
    basis: consent is not needed, but a publication ban, an objection and a
    withdrawal still block. Withdrawn: the governing form is (as with
    consent), or the person withdrew on or before ``on`` and no form signed
    after that day is in force on ``on`` (a withdrawal is the person saying
    no; only a new form says yes again)."""
    revoked = [
        r for r in person_reasons(person, channel, kind, on, age_of_consent)
        if r.code == ReasonCode.CONSENT_REVOKED
    ]
    if not revoked:
        days = [c.revoked_on for c in person.consents if c.revoked_on is not None and c.revoked_on <= on]
        if days:
            w = max(days)
            again = any(c.signed_on > w and not is_withdrawn(person, c, on)
                        for c in applicable_records(person, on))
            if not again:
                signed = max((c.signed_on for c in person.consents if c.signed_on <= w), default=None)
                revoked = [_person_reason(person, ReasonCode.CONSENT_REVOKED, revoked=w.isoformat(),
                                          signed=(signed or w).isoformat())]
    reasons: list[Reason] = []
    if person.publication_ban:
        reasons.append(_person_reason(person, ReasonCode.PUBLICATION_BAN))
    return reasons + objection_reasons(person, channel, on) + revoked


def basis_of(asset: AssetFacts, settings: RuleSettings) -> LegalBasis:
    """The legal basis the rules apply: the asset's, when the library allows
    non-consent bases and the asset is a photo or video; else consent."""
    if not settings.legal_basis_enabled or asset.kind == MediaKind.AUDIO:
        return LegalBasis.CONSENT
    return asset.legal_basis


def has_valid_consent(
    person: PersonFacts, channel: str, kind: MediaKind, on: date, age_of_consent: int
) -> bool:
    return not person_reasons(person, channel, kind, on, age_of_consent)


_BLOCKING = frozenset(c for c in ReasonCode if c.severity == Severity.BLOCK)
_NOTES = frozenset(c for c in ReasonCode if c.severity == Severity.NOTE)


def verdict_of(reasons: list[Reason] | tuple[Reason, ...]) -> Verdict:
    """Blocked on any blocking reason, needs review on any other reason that
    is not a note, else cleared."""
    codes = {r.code for r in reasons}
    if codes & _BLOCKING:
        return Verdict.BLOCKED
    return Verdict.NEEDS_REVIEW if codes - _NOTES else Verdict.CLEARED


class Evaluator:
    """Evaluates many assets, memoising the per-person part.

    A person's reasons depend only on (person, channel, media kind, date), so
    a bulk evaluation of 50,000 assets computes each person once per channel.
    An Evaluator is built per request from current facts and thrown away:
    verdicts are never stored, so a withdrawal changes them at once.
    """

    def __init__(self, settings: RuleSettings) -> None:
        self.settings = settings
        self._memo: dict[tuple[str, str, MediaKind, date, bool], list[Reason]] = {}

    def _person(
        self, p: PersonFacts, channel: str, kind: MediaKind, on: date, consent: bool
    ) -> list[Reason]:
        key = (p.external_id, channel, kind, on, consent)
        got = self._memo.get(key)
        if got is None:
            if consent:
                got = person_reasons(p, channel, kind, on, self.settings.age_of_consent)
            else:
                got = situation_reasons(p, channel, kind, on, self.settings.age_of_consent)
            self._memo[key] = got
        return got

    def evaluate(self, asset: AssetFacts, channel: str, on: date) -> Evaluation:
        reasons: list[Reason] = []
        # 1. manual block
        if asset.block_reason is not None:
            reasons.append(
                Reason(ReasonCode.MANUALLY_BLOCKED, params=(("reason", asset.block_reason),))
            )
        # 1b. a documented non-consent basis (a note; consent is then not needed)
        basis = basis_of(asset, self.settings)
        if basis != LegalBasis.CONSENT:
            reasons.append(Reason(ReasonCode.LEGAL_BASIS, params=(
                ("basis", basis.value), ("by", asset.basis_by or "?"),
                ("on", asset.basis_on.isoformat() if asset.basis_on else "?"),
                ("reason", asset.basis_reason or "?"),
            )))
        # 2. every confirmed person
        for person in _people_in_order(asset):
            reasons.extend(self._person(person, channel, asset.kind, on, basis == LegalBasis.CONSENT))
        # 3. faces
        for face in asset.faces:
            if face.state == FaceState.UNRESOLVED:
                reasons.append(Reason(ReasonCode.UNRESOLVED_FACE, face=face.id))
            elif face.state == FaceState.SUGGESTED:
                reasons.append(
                    Reason(
                        ReasonCode.UNCONFIRMED_MATCH,
                        person=face.suggested,
                        person_name=face.suggested_name,
                        face=face.id,
                    )
                )
        # 4. faces not scanned (audio has no faces to scan)
        if (
            self.settings.face_mode != FaceMode.OFF
            and asset.kind != MediaKind.AUDIO
            and not asset.faces_scanned
        ):
            reasons.append(Reason(ReasonCode.FACES_NOT_SCANNED))
        # 5. people list not confirmed complete. A recording has no faces to
        # find, so nothing but a person listening tells who is heard: with
        # nobody tagged the message asks for the voices (same code, same
        # severity; cleared, as any asset with no people, only once confirmed)
        if not asset.people_confirmed:
            if asset.kind == MediaKind.AUDIO and not asset.people:
                reasons.append(Reason(ReasonCode.PEOPLE_NOT_CONFIRMED, params=(("heard", "nobody"),)))
            else:
                reasons.append(Reason(ReasonCode.PEOPLE_NOT_CONFIRMED))
        # 6. verdict
        return Evaluation(asset.id, channel, on, verdict_of(reasons), tuple(reasons))

    def evaluate_covered(
        self, asset: AssetFacts, channel: str, on: date, cover: Iterable[str]
    ) -> CoveredEvaluation:
        """The verdict of an export of ``asset`` with the faces ``cover``
        (face ids) filled: cleared *with covering* when every person left
        visible has valid consent and nothing covering cannot fix remains.

        A person counts as covered only when every face linked to them is in
        ``cover``; their blocking reasons then become a ``COVERED_PERSON``
        note. A person without any face region (tagged by hand) cannot be
        covered: their reasons stay, with ``NO_FACE_TO_COVER``. Nothing on
        an audio recording can be covered. An unidentified face (unresolved,
        or a suggestion nobody confirmed) in ``cover`` becomes a
        ``COVERED_FACE`` note instead of its review reason. A manual block,
        faces not scanned and a people list not confirmed stay as they are;
        the legal-basis note stays, and on a non-consent basis the people's
        reasons are the ones that basis gives (covering never changes which
        checks apply). The plain verdict is returned unchanged in ``plain``.
        """
        plain = self.evaluate(asset, channel, on)
        on_asset = {f.id for f in asset.faces}
        faces = frozenset(f for f in cover if f in on_asset)
        coverable = asset.kind != MediaKind.AUDIO
        basis = basis_of(asset, self.settings)
        kept_first = (ReasonCode.MANUALLY_BLOCKED, ReasonCode.LEGAL_BASIS)
        kept_last = (ReasonCode.FACES_NOT_SCANNED, ReasonCode.PEOPLE_NOT_CONFIRMED)
        reasons: list[Reason] = [r for r in plain.reasons if r.code in kept_first]
        covered: list[CoverItem] = []
        faces_of: dict[str, list[str]] = {}
        for f in asset.faces:
            if f.state == FaceState.CONFIRMED and f.person is not None:
                faces_of.setdefault(f.person, []).append(f.id)
        for person in _people_in_order(asset):
            rs = self._person(person, channel, asset.kind, on, basis == LegalBasis.CONSENT)
            mine = tuple(faces_of.get(person.external_id, ())) if coverable else ()
            if mine and all(f in faces for f in mine):
                covered.append(CoverItem(mine, person.external_id, person.name, tuple(rs)))
                reasons.append(_cover_note(ReasonCode.COVERED_PERSON, rs, channel, asset.kind,
                                           person=person, face=None))
                continue
            reasons.extend(rs)
            if rs and not mine:
                reasons.append(_person_reason(person, ReasonCode.NO_FACE_TO_COVER))
        for f in asset.faces:
            if f.state == FaceState.UNRESOLVED:
                why = Reason(ReasonCode.UNRESOLVED_FACE, face=f.id)
            elif f.state == FaceState.SUGGESTED:
                why = Reason(ReasonCode.UNCONFIRMED_MATCH, person=f.suggested,
                             person_name=f.suggested_name, face=f.id)
            elif f.state == FaceState.DISMISSED and f.id in faces:
                covered.append(CoverItem((f.id,)))
                reasons.append(Reason(ReasonCode.COVERED_FACE, face=f.id, params=(("why", "dismissed"),)))
                continue
            else:
                continue
            if f.id in faces and coverable:
                covered.append(CoverItem((f.id,), why=(why,)))
                reasons.append(Reason(ReasonCode.COVERED_FACE, face=f.id, params=(("why", why.code.value),)))
            else:
                reasons.append(why)
        reasons += [r for r in plain.reasons if r.code in kept_last]
        return CoveredEvaluation(plain, verdict_of(reasons), tuple(reasons), tuple(covered), faces)

    def cover_plan(
        self,
        asset: AssetFacts,
        channel: str,
        on: date,
        *,
        unresolved: bool = False,
        extra: Iterable[str] = (),
    ) -> CoveredEvaluation:
        """The covered evaluation with the faces that must be covered for
        ``channel``: every face of every person without valid consent for it
        (a publication ban, a withdrawal, an objection, no or the wrong form),
        every unidentified face when ``unresolved`` (the user's choice), and
        the faces ``extra`` the user chose besides."""
        basis = basis_of(asset, self.settings)
        lacking = {
            p.external_id for p in asset.people
            if self._person(p, channel, asset.kind, on, basis == LegalBasis.CONSENT)
        }
        cover = set(extra)
        for f in asset.faces:
            if f.state == FaceState.CONFIRMED and f.person in lacking:
                cover.add(f.id)
            elif unresolved and f.state in (FaceState.UNRESOLVED, FaceState.SUGGESTED):
                cover.add(f.id)
        return self.evaluate_covered(asset, channel, on, cover)


def _people_in_order(asset: AssetFacts) -> Sequence[PersonFacts]:
    people: Sequence[PersonFacts] = asset.people
    if len(people) > 1:
        people = sorted(
            {p.external_id: p for p in people}.values(),
            key=lambda p: (p.name.casefold(), p.external_id),
        )
    return people


def _cover_note(code: ReasonCode, why: Sequence[Reason], channel: str, kind: MediaKind, *,
                person: PersonFacts, face: str | None) -> Reason:
    codes = "|".join(dict.fromkeys(r.code.value for r in why)) or "chosen"
    return Reason(code, person.external_id, person.name, face,
                  (("channel", channel), ("media", kind.value), ("why", codes)))


def faces_of_people(asset: AssetFacts, people: Iterable[str]) -> frozenset[str]:
    """The face ids linked to the given people (external ids) on ``asset``."""
    wanted = set(people)
    return frozenset(f.id for f in asset.faces if f.state == FaceState.CONFIRMED and f.person in wanted)


def evaluate(
    asset: AssetFacts, channel: str, on: date, settings: RuleSettings = RuleSettings()
) -> Evaluation:
    """Verdict and every reason for one asset, one channel, one date."""
    return Evaluator(settings).evaluate(asset, channel, on)


def evaluate_covered(
    asset: AssetFacts, channel: str, on: date, cover: Iterable[str],
    settings: RuleSettings = RuleSettings(),
) -> CoveredEvaluation:
    """:meth:`Evaluator.evaluate_covered` for one asset."""
    return Evaluator(settings).evaluate_covered(asset, channel, on, cover)


def cover_plan(
    asset: AssetFacts, channel: str, on: date, settings: RuleSettings = RuleSettings(), *,
    unresolved: bool = False, extra: Iterable[str] = (),
) -> CoveredEvaluation:
    """:meth:`Evaluator.cover_plan` for one asset."""
    return Evaluator(settings).cover_plan(asset, channel, on, unresolved=unresolved, extra=extra)
