"""Erasure (right to be forgotten), the dispute-period purge, and the audit log.

Erasure removes a person's tags, face templates, suggestions and personal
fields. Assets they were on are evaluated again at once: faces confirmed as
them become unresolved and a people list that named them must be confirmed
again, so nothing they were on stays cleared by accident. Their consent
forms and evidence are kept for the dispute period (setting
``dispute_period_months``, default 6) and then purged by
:func:`purge_expired`. The audit log keeps the fact of the erasure; payloads
of older entries that held the person's personal data are redacted.

Free text anywhere in the library that names them (their name, external id
or a guardian's name, in any case and with ``-``, ``_`` or ``.`` between the
words, as in exported file names) becomes ``(erased)``: event names, the
assets' block reasons, warnings and probed metadata, publications' address,
file and undo reason, and consent records' withdrawal reasons and text
versions; the person's objections' reasons and their requests log entries'
text (services/data_requests.py). Their objections are purged with their
forms. The paths of the user's own files are not changed (that would
break the link to the file): those naming the person, and exported files
and publication addresses that did, are handed back to be renamed or taken
down by hand. After the commit the thumbnail cache is swept clean of any
metadata (thumbnails of older versions kept the source's JPEG comment).
"""

from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any, Sequence

from sqlalchemy import ColumnElement, or_
from sqlmodel import Session, SQLModel, col, delete, select

from mediadesk.core.dates import add_months, today, utcnow
from mediadesk.core.enums import FaceState
from mediadesk.store import renewal as renewal_store
from mediadesk.store.facts import read_settings, session_query
from mediadesk.store.tables import (
    Asset,
    AssetPath,
    AuditEntry,
    ConsentRecord,
    DataRequest,
    Event,
    Face,
    FaceTemplate,
    Objection,
    Person,
    Presence,
    Publication,
    RejectedSuggestion,
)

from .data_requests import erase_requests
from .library import Library
from .assets import resolve_asset
from .people import get_person

REDACTED = json.dumps({"redacted": "erasure"})
ERASED = "(erased)"


@dataclass
class ErasureResult:
    person_id: str
    assets: list[str] = field(default_factory=list)  # assets evaluated again
    forms_kept_until: date | None = None
    files_to_rename: list[str] = field(default_factory=list)  # the user's files whose path still names them
    locations: list[str] = field(default_factory=list)  # publication addresses that named them (now redacted)
    thumbnails_cleaned: int = 0
    cache_errors: list[str] = field(default_factory=list)  # thumbnails that could not be cleaned


def erase_person(lib: Library, external_id: str, reason: str | None = None) -> ErasureResult:
    """Erase a person's personal data in one transaction (see module doc)."""
    from mediadesk.media.thumbs import strip_cache_metadata

    res = _erase(lib, external_id, reason)
    res.thumbnails_cleaned, res.cache_errors = strip_cache_metadata(lib.cache_dir)
    return res


def _erase(lib: Library, external_id: str, reason: str | None) -> ErasureResult:
    with lib.unit(exclusive=True) as s:
        p = get_person(lib, external_id, s)
        pid = p.id
        secrets = {external_id, p.name}
        secrets |= {v for v in (p.guardian_name, p.guardian_email, p.guardian_phone) if v}
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
        assets: set[uuid.UUID] = set()
        for pr in s.exec(select(Presence).where(Presence.person_id == pid)).all():
            assets.add(pr.asset_id)
            s.delete(pr)
        for face in s.exec(select(Face).where(Face.person_id == pid)).all():
            assets.add(face.asset_id)
            face.person_id, face.state, face.resolved_by, face.resolved_at = None, FaceState.UNRESOLVED.value, None, None
            s.add(face)
        for face in s.exec(select(Face).where(Face.suggested_person_id == pid)).all():
            face.suggested_person_id, face.distance, face.state = None, None, FaceState.UNRESOLVED.value
            s.add(face)
        s.exec(delete(FaceTemplate).where(col(FaceTemplate.person_id) == pid))
        s.exec(delete(RejectedSuggestion).where(col(RejectedSuggestion.person_id) == pid))
        for aid in assets:
            a = s.get(Asset, aid)
            if a is None:  # cannot be: a tag or a face keeps its asset (foreign key)
                raise LookupError(f"asset {aid.hex} of a tag or face of the person is not in the library")
            a.people_confirmed_at = a.people_confirmed_by = None
            s.add(a)
        # the requests log keeps kind, dates and who; its free text goes (services/data_requests.py)
        erase_requests(s, lib.actor, pid)
        for o in s.exec(select(Objection).where(Objection.person_id == pid)).all():
            if o.reason:  # an objection's reason is free text about them
                o.reason = ERASED
                s.add(o)
        # personal fields
        p.external_id, p.name, p.birth_date, p.group_name = None, "(erased)", None, None
        p.guardian_name = p.guardian_email = p.guardian_phone = None
        p.erased_at = p.updated_at = utcnow()
        s.add(p)
        s.flush()
        names = _name_pattern(secrets)
        res = ErasureResult(pid.hex, sorted(a.hex for a in assets), add_months(today(), months))
        _redact_free_text(s, names, res)
        _redact_audit(s, pid, [f.id for f in forms], names)
        lib.audit(s, "person.erase", "person", pid, None, {"assets_reevaluated": len(assets), "forms_kept_until": res.forms_kept_until, "reason": "on request" if reason is None else "given"})
        return res


def _name_pattern(secrets: set[str]) -> re.Pattern[str]:
    """Any of ``secrets``, whole words, in any case, with up to three
    non-letters between the words ("Emma Jensen", "emma-jensen",
    "Emma_Jensen", "Jensen, Emma")."""
    alts: set[str] = set()
    for secret in secrets:
        words = re.findall(r"[^\W_]+", secret or "")
        for order in (words, words[::-1]):
            if order:
                alts.add(r"[\W_]{0,3}".join(map(re.escape, order)))
    if not alts:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")(?![^\W_])", re.IGNORECASE)


def _redact_json(text: str | None, names: re.Pattern[str]) -> str | None:
    """``text`` (JSON) with every string naming the person redacted."""
    if not text or not names.search(text):
        return text

    def walk(v: Any) -> Any:
        if isinstance(v, str):
            return names.sub(ERASED, v)
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, dict):
            return {walk(k): walk(x) for k, x in v.items()}
        return v

    try:
        return json.dumps(walk(json.loads(text)), ensure_ascii=False)
    except ValueError:  # not JSON after all: plain text
        return names.sub(ERASED, text)


def _redact_free_text(s: Session, names: re.Pattern[str], res: ErasureResult) -> None:
    """Replace every mention of the person in the library's free text; list
    what lives outside the library and still names them (module doc)."""

    def sub(v: str | None) -> str | None:
        return names.sub(ERASED, v) if v else v

    def redact(rows: Sequence[SQLModel], text_fields: Sequence[str] = (), json_fields: Sequence[str] = ()) -> None:
        for row in rows:
            new = {f: sub(getattr(row, f)) for f in text_fields} | {f: _redact_json(getattr(row, f), names) for f in json_fields}
            if any(getattr(row, f) != v for f, v in new.items()):
                for f, v in new.items():
                    setattr(row, f, v)
                s.add(row)

    assets, pubs = s.exec(select(Asset)).all(), s.exec(select(Publication)).all()
    named = {a.path for a in assets if names.search(a.path)}
    named |= {ap.path for ap in s.exec(select(AssetPath)).all() if names.search(ap.path)}
    named |= {p.file for p in pubs if p.file and names.search(p.file) and os.path.exists(p.file)}
    res.files_to_rename = sorted(named)
    res.locations = sorted({p.location for p in pubs if p.location and names.search(p.location)})
    redact(assets, ("block_reason",), ("meta", "warnings"))
    redact(pubs, ("location", "file", "undo_reason"))
    redact(s.exec(select(ConsentRecord)).all(), ("revoke_reason", "text_version"))
    _rename_events(s, names)


def _rename_events(s: Session, names: re.Pattern[str]) -> None:
    """Event names are unique: one that becomes equal to another gets " (2)"."""
    events = s.exec(select(Event).order_by(Event.name)).all()
    taken = {e.name for e in events if not names.search(e.name)}
    for e in events:
        if not names.search(e.name):
            continue
        base = names.sub(ERASED, e.name)
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base} ({n})"
        taken.add(name)
        e.name = name
        s.add(e)


def _redact_audit(s: Session, person_id: uuid.UUID, form_ids: Sequence[uuid.UUID], names: re.Pattern[str]) -> None:
    ids = {person_id.hex} | {f.hex for f in form_ids}
    for e in s.exec(select(AuditEntry)).all():
        payload = (e.old or "") + "\n" + (e.new or "")
        if e.entity_id in ids or names.search(payload):
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
    the dispute period after their erasure or withdrawal has passed.

    An evidence copy is stored once per content, so it goes only when no
    remaining form refers to it, and only after the commit."""
    on = on or today()
    res = PurgeResult()
    evidence: set[str] = set()
    with lib.unit() as s:
        months = int(read_settings(session_query(s)).get("dispute_period_months") or 6)
        erased = s.exec(select(Person).where(col(Person.erased_at).is_not(None))).all()
        for p in erased:
            if p.erased_at is None:  # cannot be: only erased people were selected
                continue
            forms = s.exec(select(ConsentRecord).where(ConsentRecord.person_id == p.id)).all()
            start = max([p.erased_at.date()] + [f.revoked_on for f in forms if f.revoked_on])
            if add_months(start, months) > on:
                continue
            for f in forms:
                if f.evidence_path and _is_managed_evidence(lib, f.evidence_path):
                    evidence.add(f.evidence_path)
                s.delete(f)
                res.forms += 1
            s.flush()
            still = s.exec(select(Face.id).where((Face.person_id == p.id) | (Face.suggested_person_id == p.id))).first()
            if still is None:
                # their objections go with their forms (kept as long, for disputes)
                s.exec(delete(Objection).where(col(Objection.person_id) == p.id))
                renewal_store.delete_requests_of(s, p.id)  # the rounds' rates count them no more
                for r in s.exec(select(DataRequest).where(DataRequest.person_id == p.id)).all():
                    r.person_id = None  # the log of requests outlives the person's record
                    s.add(r)
                s.flush()
                s.delete(p)
                res.people += 1
            lib.audit(s, "maintenance.purge", "person", p.id, None, {"forms": len(forms)})
        s.flush()
        evidence -= set(s.exec(select(ConsentRecord.evidence_path).where(col(ConsentRecord.evidence_path).in_(sorted(evidence)))).all())
    for path in sorted(evidence):
        try:
            Path(path).unlink()
            res.evidence_files += 1
        except FileNotFoundError:
            pass
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
) -> list[dict[str, Any]]:
    """Audit entries, newest first, filtered by person, asset, action prefix and dates."""
    with lib.unit() as s:
        stmt = select(AuditEntry)
        if action:
            stmt = stmt.where(AuditEntry.action.startswith(action))
        if since:
            stmt = stmt.where(AuditEntry.at >= datetime.combine(since, time.min, tzinfo=timezone.utc))
        if until:
            stmt = stmt.where(AuditEntry.at <= datetime.combine(until, time.max, tzinfo=timezone.utc))

        def mentions(ids: set[str], needle: str) -> ColumnElement[bool]:
            """Entries about one of ``ids``, or whose payload names ``needle``."""
            pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            return or_(
                col(AuditEntry.entity_id).in_(sorted(ids)),
                col(AuditEntry.old).like(pattern, escape="\\"),
                col(AuditEntry.new).like(pattern, escape="\\"),
            )

        if person:  # the person's own entries and those of their forms, or naming them
            p = get_person(lib, person, s)
            forms = {f.hex for f in s.exec(select(ConsentRecord.id).where(ConsentRecord.person_id == p.id)).all()}
            stmt = stmt.where(mentions({p.id.hex} | forms, f'"{person}"'))
        if asset:  # the asset's own entries and those of its faces, or naming it
            aid = resolve_asset(lib, asset, s, deleted_ok=True)
            faces = {f.hex for f in s.exec(select(Face.id).where(Face.asset_id == uuid.UUID(hex=aid))).all()}
            stmt = stmt.where(mentions({aid} | faces, aid))
        out: list[dict[str, Any]] = []
        for e in s.exec(stmt.order_by(col(AuditEntry.at).desc()).limit(limit)).all():
            out.append({
                "id": e.id.hex, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                "entity": e.entity, "entity_id": e.entity_id,
                "old": json.loads(e.old) if e.old else None, "new": json.loads(e.new) if e.new else None,
            })
        return out


def audit_csv(entries: list[dict[str, Any]]) -> str:
    from .csvio import csv_text

    head = [["at", "actor", "action", "entity", "entity_id", "old", "new"]]
    return csv_text(head + [
        [e["at"], e["actor"], e["action"], e["entity"], e["entity_id"] or "",
         json.dumps(e["old"], ensure_ascii=False) if e["old"] is not None else "",
         json.dumps(e["new"], ensure_ascii=False) if e["new"] is not None else ""]
        for e in entries
    ])
