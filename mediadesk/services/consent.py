"""Consent forms: import, record one by hand (with its evidence file), withdraw.

A withdrawal ends every form of the person signed on or before its day
(spec 2.4); :func:`apply_withdrawals` writes that into the stored forms so
every list and report tells the same story as the rules engine. No Qt.
"""

from __future__ import annotations

import os
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from sqlmodel import Session, col, select

from mediadesk.core.dates import dated_before_birth, default_valid_until, today, utcnow
from mediadesk.core.errors import CsvError, NotFound, UserError
from mediadesk.core.rules import withdrawn_on
from mediadesk.store import db as dbmod
from mediadesk.store import renewal as renewal_store
from mediadesk.store.facts import hexid, session_query
from mediadesk.store.tables import ConsentRecord, Event, Person, Presence

from . import csvio
from .evaluate import all_channels, evaluate_assets
from .people import ImportSummary, RevokeResult, get_person
from .settings import library_settings

if TYPE_CHECKING:
    from .library import Library

#: what makes two forms the same form (see :func:`_consent_identity`)
_Identity = tuple[str, str, str, str, str, date, date, date]


def join_set(values: Iterable[object]) -> str:
    return "|".join(sorted({str(getattr(v, "value", v)) for v in values}))


def list_consents(lib: Library, external_id: str) -> list[ConsentRecord]:
    with lib.unit() as s:
        p = get_person(lib, external_id, s)
        return list(
            s.exec(
                select(ConsentRecord)
                .where(ConsentRecord.person_id == p.id)
                .order_by(col(ConsentRecord.signed_on), col(ConsentRecord.recorded_at))
            ).all()
        )


def _valid_until(lib: Library, settings: dict[str, Any], valid_from: date) -> date:
    return default_valid_until(valid_from, settings.get("consent_period_months"))


@dbmod.retry_on_conflict
def import_consent(lib: Library, path: str | Path) -> ImportSummary:
    settings = library_settings(lib)
    rows, table = csvio.parse_consent_file(path, set(all_channels(settings)))
    summary = ImportSummary(warnings=table.warnings, read_as=table.read_as, encoding=table.encoding,
                            delimiter=table.delimiter)
    with lib.unit(exclusive=True) as s:
        people = {p.external_id: p for p in s.exec(select(Person)).all() if p.external_id}
        for r in rows:
            if r.external_id not in people:
                raise CsvError(str(path), r.row, "external_id", f"unknown person '{r.external_id}' (import the people file first)")
        stored: dict[_Identity, ConsentRecord] = {}
        for c in s.exec(select(ConsentRecord)).all():
            stored[_consent_identity(c.person_id, c.granted_by, c.guardian_name, c.channels, c.media, c.signed_on, c.valid_from, c.valid_until)] = c
        new_forms: list[renewal_store.NewForm] = []
        for r in rows:
            person = people[r.external_id]
            vf = r.valid_from or r.signed_on
            vu = r.valid_until or _valid_until(lib, settings, vf)
            if vu < vf:
                raise CsvError(str(path), r.row, "valid_until", f"{vu.isoformat()} is before valid_from {vf.isoformat()}")
            chans, media = join_set(r.channels), join_set(r.media)
            key = _consent_identity(person.id, r.granted_by.value, r.guardian_name, chans, media, r.signed_on, vf, vu)
            rec = stored.get(key)
            if rec is not None:
                # a withdrawal in the file is added; an earlier one than stored wins
                if r.revoked_on and (rec.revoked_on is None or r.revoked_on < rec.revoked_on):
                    _withdraw(lib, s, rec, r.revoked_on, f"imported from {Path(path).name}", r.external_id)
                    summary.withdrawals_added += 1
                else:
                    summary.unchanged += 1
                continue
            # only a new form is refused: a withdrawal of a stored one is never held up
            early = dated_before_birth(person.birth_date, signed_on=r.signed_on, valid_from=r.valid_from)
            if early:
                raise CsvError(str(path), r.row, early[0], f"{early[1]} of {r.external_id}")
            rec = ConsentRecord(
                person_id=person.id, granted_by=r.granted_by.value, guardian_name=r.guardian_name,
                channels=chans, media=media, signed_on=r.signed_on, valid_from=vf, valid_until=vu,
                revoked_on=r.revoked_on, revoked_by=lib.actor if r.revoked_on else None,
                biometric=r.biometric, source=r.source.value, text_version=r.text_version,
                recorded_by=lib.actor,
            )
            s.add(rec)
            stored[key] = rec
            lib.audit(s, "consent.create", "consent_record", rec.id, None, {"person": r.external_id, **_consent_dict(rec)})
            new_forms.append((person.id, r.external_id, rec.id, vf, vu))
            summary.created += 1
        s.flush()
        renewal_store.returned_by_form(s, lib.actor, new_forms, today())  # a renewal round's form came back
        for ext in dict.fromkeys(r.external_id for r in rows):
            for rec in apply_withdrawals(lib, s, people[ext].id, ext):
                if rec.revoked_on is None:  # never: apply_withdrawals set it
                    continue
                summary.warnings.append(
                    f"{ext}: the form signed {rec.signed_on.isoformat()} counts as withdrawn from "
                    f"{rec.revoked_on.isoformat()} (a withdrawal ends every form signed on or before its day)")
        s.flush()
        purge_biometrics_if_needed(lib, s, None)  # anyone whose forms changed
    return summary


@dbmod.retry_on_conflict
def add_consent(
    lib: Library,
    external_id: str,
    *,
    granted_by: str,
    channels: Sequence[str],
    media: Sequence[str],
    signed_on: date,
    guardian_name: str | None = None,
    valid_from: date | None = None,
    valid_until: date | None = None,
    biometric: bool = False,
    source: str = "paper",
    text_version: str | None = None,
    evidence_file: str | Path | None = None,
    explained_at: datetime | None = None,
    explained_in: str | None = None,
    event: str | None = None,
) -> ConsentRecord:
    """Record one signed form (the GUI's "add form").

    ``explained_at``/``explained_in``: a form signed on the screen at a
    fair, when the pupil confirmed the explanation and in which language.
    A guest's form with no ``valid_until`` ends with ``event`` (its last
    day) or after the setting ``guest_form_days`` (services/fair.py)."""
    from mediadesk.core.enums import GrantedBy, MediaKind, Source

    from .fair import LANGUAGES, guest_valid_until

    settings = library_settings(lib)
    known = set(all_channels(settings))
    try:
        gb = GrantedBy(granted_by)
        src = Source(source)
        kinds = [MediaKind(m) for m in media]
    except ValueError as e:
        raise UserError(str(e)) from None
    bad = [c for c in channels if c not in known]
    if bad:
        raise UserError(f"unknown channel '{bad[0]}'")
    if not channels or not kinds:
        raise UserError("a form must name at least one channel and one media kind")
    if gb == GrantedBy.GUARDIAN and not (guardian_name or "").strip():
        raise UserError("guardian_name is required when a guardian signs")
    if explained_at is not None:
        if explained_at.tzinfo is None:
            raise UserError("explained_at: give a time with its time zone (UTC)")
        if explained_in not in LANGUAGES:
            raise UserError(f"explained_in: '{explained_in}' is not one of {', '.join(LANGUAGES)}")
        if explained_at.date() > signed_on + timedelta(days=1) or explained_at > utcnow() + timedelta(minutes=5):
            raise UserError("explained_at: after the form was signed or in the future")
    vf = valid_from or signed_on
    vu = valid_until or _valid_until(lib, settings, vf)
    if vu < vf:
        raise UserError(f"valid_until {vu} is before valid_from {vf}")
    evidence_path = evidence_sha = None
    if evidence_file:
        evidence_path, evidence_sha = store_evidence(lib, Path(evidence_file))
    with lib.unit(exclusive=True) as s:
        p = get_person(lib, external_id, s)
        if valid_until is None and p.role == "guest":
            end = None
            if event:
                ev = s.exec(select(Event).where(Event.name == event)).first()
                if ev is None:
                    raise NotFound(f"event: no event named '{event}'")
                end = ev.date_to
            vu = max(vf, guest_valid_until(settings, signed_on, end))
        early = dated_before_birth(p.birth_date, signed_on=signed_on, valid_from=valid_from)
        if early:
            raise UserError(f"{early[0].replace('_', ' ')}: {early[1]} of {external_id}")
        rec = ConsentRecord(
            person_id=p.id, granted_by=gb.value, guardian_name=(guardian_name or None),
            channels=join_set(channels), media=join_set(kinds), signed_on=signed_on,
            valid_from=vf, valid_until=vu, biometric=biometric, source=src.value,
            text_version=text_version, evidence_path=evidence_path,
            evidence_sha256=evidence_sha, recorded_by=lib.actor,
            explained_at=explained_at, explained_in=explained_in if explained_at else None,
        )
        s.add(rec)
        lib.audit(s, "consent.create", "consent_record", rec.id, None, {"person": external_id, **_consent_dict(rec)})
        renewal_store.returned_by_form(s, lib.actor, [(p.id, external_id, rec.id, vf, vu)], today())
        s.flush()
        apply_withdrawals(lib, s, p.id, external_id)
        s.flush()
        purge_biometrics_if_needed(lib, s, p.id)
        return rec


def store_evidence(lib: Library, src: Path) -> tuple[str, str]:
    """Copy an evidence file into the library's evidence folder, named by
    its SHA-256 (so it travels with the library and can be purged)."""
    import shutil

    from mediadesk.media.hashing import sha256_file

    if not src.is_file():
        raise UserError(f"evidence file not found: {src}")
    if src.stat().st_size > 100 * 1024 * 1024:
        raise UserError(f"{src}: evidence file is larger than 100 MB")
    sha = sha256_file(src)
    from mediadesk.core.private_files import make_private_dir, open_private

    store = make_private_dir(lib.evidence_dir)
    target = store / f"{sha}{src.suffix.lower()}"
    if not target.exists():
        tmp = target.with_suffix(target.suffix + ".part")
        with open(src, "rb") as fin, open_private(tmp) as fout:
            shutil.copyfileobj(fin, fout)
            fout.flush()
            os.fsync(fout.fileno())
        os.replace(tmp, target)
    return str(target), sha


@dbmod.retry_on_conflict
def revoke(lib: Library, external_id: str, on: date | None = None, reason: str | None = None) -> RevokeResult:
    """Withdraw every form of the person from ``on`` (default today); returns
    every affected asset re-evaluated at once.

    The earliest withdrawal day wins: a form already withdrawn from a later
    day is withdrawn from ``on`` instead. A form signed after ``on`` is
    withdrawn from its own signing day (safe side: asked to withdraw the
    person, nothing of theirs stays in force)."""
    on = on or today()
    with lib.unit(exclusive=True) as s:
        p = get_person(lib, external_id, s)
        changed: list[ConsentRecord] = []
        for rec in s.exec(select(ConsentRecord).where(ConsentRecord.person_id == p.id)).all():
            day = max(on, rec.signed_on)
            if rec.revoked_on is not None and rec.revoked_on <= day:
                continue
            _withdraw(lib, s, rec, day, reason, external_id)
            changed.append(rec)
        changed += apply_withdrawals(lib, s, p.id, external_id)
        s.flush()
        purge_biometrics_if_needed(lib, s, p.id)
        asset_ids = [hexid(a) for a in s.exec(select(Presence.asset_id).where(Presence.person_id == p.id)).all()]
        affected = evaluate_assets(session_query(s), asset_ids, None, on) if asset_ids else []
        return RevokeResult(external_id, list(dict.fromkeys(r.id.hex for r in changed)), on, affected)


def _withdraw(lib: Library, s: Session, rec: ConsentRecord, day: date, reason: str | None, external_id: str) -> None:
    old = rec.revoked_on
    rec.revoked_on, rec.revoked_by, rec.revoke_reason = day, lib.actor, reason
    s.add(rec)
    lib.audit(s, "consent.revoke", "consent_record", rec.id, {"revoked_on": old},
               {"revoked_on": day, "person": external_id, "reason": reason})


def apply_withdrawals(lib: Library, s: Session, person_id: uuid.UUID, external_id: str) -> list[ConsentRecord]:
    """Spec 2.4 written into the stored forms: every form of the person
    signed on or before one of their withdrawal days is withdrawn from the
    earliest such day (so re-importing or correcting an old form never
    undoes a withdrawal). The rules engine applies the same rule on its own;
    storing it keeps every list and report telling the same story."""
    recs = s.exec(select(ConsentRecord).where(ConsentRecord.person_id == person_id)).all()
    days = [r.revoked_on for r in recs]
    changed: list[ConsentRecord] = []
    for rec in recs:
        day = withdrawn_on(rec.signed_on, rec.revoked_on, days)
        if day is not None and day != rec.revoked_on:  # None only when nothing withdraws it
            _withdraw(lib, s, rec, day, f"covered by the withdrawal of {day.isoformat()}", external_id)
            changed.append(rec)
    return changed


def purge_biometrics_if_needed(lib: Library, s: Session, person_id: uuid.UUID | None) -> None:
    """Delete templates and suggestions whose biometric consent ended, in
    this transaction (one person, or everybody when None)."""
    from . import biometrics

    biometrics.purge_if_not_allowed(lib, s, None if person_id is None else [person_id])


def _consent_identity(person_id: uuid.UUID, granted_by: str, guardian_name: str | None, channels: str, media: str,
                      signed_on: date, valid_from: date, valid_until: date) -> _Identity:
    return (hexid(person_id), granted_by, (guardian_name or "").strip(), channels, media, signed_on, valid_from, valid_until)


def _consent_dict(c: ConsentRecord) -> dict[str, Any]:
    keys = (
        "granted_by", "guardian_name", "channels", "media", "signed_on", "valid_from",
        "valid_until", "revoked_on", "biometric", "source", "text_version", "evidence_path",
        "evidence_sha256", "explained_at", "explained_in",
    )
    return {k: getattr(c, k) for k in keys}
