"""Erasure (right to be forgotten), the dispute-period purge, and the audit log.

Erasure removes a person's tags, face templates, suggestions and personal
fields. Assets they were on are evaluated again at once: faces confirmed as
them become unresolved and a people list that named them must be confirmed
again, so nothing they were on stays cleared by accident. Their consent
forms and evidence are kept for the dispute period (setting
``dispute_period_months``, default 6) and then purged by
:func:`purge_expired`. The audit log keeps the fact of the erasure; payloads
of older entries that held the person's personal data are redacted.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Sequence

from sqlalchemy import or_
from sqlmodel import delete, select

from mediadesk.core.dates import add_months, today, utcnow
from mediadesk.core.enums import FaceState
from mediadesk.store.facts import read_settings, session_query
from mediadesk.store.tables import (
    Asset,
    AuditEntry,
    ConsentRecord,
    Face,
    FaceTemplate,
    Person,
    Presence,
    RejectedSuggestion,
)

from .library import Library

REDACTED = json.dumps({"redacted": "erasure"})


@dataclass
class ErasureResult:
    person_id: str
    assets: list[str] = field(default_factory=list)  # assets evaluated again
    forms_kept_until: date | None = None


def erase_person(lib: Library, external_id: str, reason: str | None = None) -> ErasureResult:
    """Erase a person's personal data in one transaction (see module doc)."""
    with lib.unit(exclusive=True) as s:
        p = lib.person(external_id, s)
        pid = p.id
        secrets = {external_id, p.name}
        settings = read_settings(session_query(s))
        months = int(settings.get("dispute_period_months") or 6)
        # every form ends now: the basis for publishing is gone
        forms = s.exec(select(ConsentRecord).where(ConsentRecord.person_id == pid)).all()
        for f in forms:
            if f.guardian_name:
                secrets.add(f.guardian_name)
            if f.revoked_on is None:
                f.revoked_on, f.revoked_by, f.revoke_reason = today(), lib.actor, "erasure"
                s.add(f)
        # tags, faces, templates, suggestions
        assets = set()
        for pr in s.exec(select(Presence).where(Presence.person_id == pid)).all():
            assets.add(pr.asset_id)
            s.delete(pr)
        for f in s.exec(select(Face).where(Face.person_id == pid)).all():
            assets.add(f.asset_id)
            f.person_id, f.state, f.resolved_by, f.resolved_at = None, FaceState.UNRESOLVED.value, None, None
            s.add(f)
        for f in s.exec(select(Face).where(Face.suggested_person_id == pid)).all():
            f.suggested_person_id, f.distance, f.state = None, None, FaceState.UNRESOLVED.value
            s.add(f)
        s.exec(delete(FaceTemplate).where(FaceTemplate.person_id == pid))
        s.exec(delete(RejectedSuggestion).where(RejectedSuggestion.person_id == pid))
        for aid in assets:
            a = s.get(Asset, aid)
            a.people_confirmed_at = a.people_confirmed_by = None
            s.add(a)
        # personal fields
        p.external_id, p.name, p.birth_date, p.group_name = None, "(erased)", None, None
        p.erased_at = p.updated_at = utcnow()
        s.add(p)
        s.flush()
        _redact_audit(s, pid, [f.id for f in forms], secrets)
        kept_until = add_months(today(), months)
        lib.audit(s, "person.erase", "person", pid, None, {"assets_reevaluated": len(assets), "forms_kept_until": kept_until, "reason": "on request" if reason is None else "given"})
        return ErasureResult(pid.hex, sorted(a.hex for a in assets), kept_until)


def _redact_audit(s, person_id: uuid.UUID, form_ids: Sequence[uuid.UUID], secrets: set[str]) -> None:
    ids = {person_id.hex} | {f.hex for f in form_ids}
    for e in s.exec(select(AuditEntry)).all():
        payload = (e.old or "") + (e.new or "")
        if e.entity_id in ids or any(x and x in payload for x in secrets):
            if e.old is not None:
                e.old = REDACTED
            if e.new is not None:
                e.new = REDACTED
            s.add(e)


@dataclass
class PurgeResult:
    forms: int = 0
    evidence_files: int = 0
    people: int = 0


def purge_expired(lib: Library, on: date | None = None) -> PurgeResult:
    """Delete the consent forms (and evidence copies) of erased people once
    the dispute period after their erasure or withdrawal has passed."""
    on = on or today()
    res = PurgeResult()
    with lib.unit() as s:
        months = int(read_settings(session_query(s)).get("dispute_period_months") or 6)
        erased = s.exec(select(Person).where(Person.erased_at.is_not(None))).all()
        for p in erased:
            forms = s.exec(select(ConsentRecord).where(ConsentRecord.person_id == p.id)).all()
            start = max([p.erased_at.date()] + [f.revoked_on for f in forms if f.revoked_on])
            if add_months(start, months) > on:
                continue
            for f in forms:
                if f.evidence_path and _is_managed_evidence(lib, f.evidence_path):
                    try:
                        Path(f.evidence_path).unlink()
                        res.evidence_files += 1
                    except FileNotFoundError:
                        pass
                s.delete(f)
                res.forms += 1
            s.flush()
            still = s.exec(select(Face.id).where((Face.person_id == p.id) | (Face.suggested_person_id == p.id))).first()
            if still is None:
                s.delete(p)
                res.people += 1
            lib.audit(s, "maintenance.purge", "person", p.id, None, {"forms": len(forms)})
    return res


def _is_managed_evidence(lib: Library, path: str) -> bool:
    store = lib.evidence_dir
    try:
        return Path(path).resolve().is_relative_to(store.resolve())
    except OSError:
        return False


# ---- audit log -----------------------------------------------------------------------------

def audit_entries(
    lib: Library,
    *,
    person: str | None = None,
    asset: str | None = None,
    action: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 10_000,
) -> list[dict]:
    """Audit entries, newest first, filtered by person, asset, action prefix and dates."""
    with lib.unit() as s:
        stmt = select(AuditEntry)
        if action:
            stmt = stmt.where(AuditEntry.action.startswith(action))
        if since:
            stmt = stmt.where(AuditEntry.at >= datetime.combine(since, time.min, tzinfo=timezone.utc))
        if until:
            stmt = stmt.where(AuditEntry.at <= datetime.combine(until, time.max, tzinfo=timezone.utc))

        def mentions(ids: set[str], needle: str):
            """Entries about one of ``ids``, or whose payload names ``needle``."""
            pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            return or_(
                AuditEntry.entity_id.in_(sorted(ids)),
                AuditEntry.old.like(pattern, escape="\\"),
                AuditEntry.new.like(pattern, escape="\\"),
            )

        if person:  # the person's own entries and those of their forms, or naming them
            p = lib.person(person, s)
            forms = {f.hex for f in s.exec(select(ConsentRecord.id).where(ConsentRecord.person_id == p.id)).all()}
            stmt = stmt.where(mentions({p.id.hex} | forms, f'"{person}"'))
        if asset:  # the asset's own entries and those of its faces, or naming it
            aid = lib.resolve_asset(asset, s)
            faces = {f.hex for f in s.exec(select(Face.id).where(Face.asset_id == uuid.UUID(hex=aid))).all()}
            stmt = stmt.where(mentions({aid} | faces, aid))
        out = []
        for e in s.exec(stmt.order_by(AuditEntry.at.desc()).limit(limit)).all():
            out.append({
                "id": e.id.hex, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                "entity": e.entity, "entity_id": e.entity_id,
                "old": json.loads(e.old) if e.old else None, "new": json.loads(e.new) if e.new else None,
            })
        return out


def audit_csv(entries: list[dict]) -> str:
    from .csvio import csv_text

    head = [["at", "actor", "action", "entity", "entity_id", "old", "new"]]
    return csv_text(head + [
        [e["at"], e["actor"], e["action"], e["entity"], e["entity_id"] or "",
         json.dumps(e["old"], ensure_ascii=False) if e["old"] is not None else "",
         json.dumps(e["new"], ensure_ascii=False) if e["new"] is not None else ""]
        for e in entries
    ])
