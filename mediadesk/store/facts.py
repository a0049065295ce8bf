"""Reading the facts the rules engine needs, with plain SQL.

Works over any DB-API-like ``query(sql, params) -> rows`` callable: the
stdlib ``sqlite3`` module (the command line's fast path, which must not pay
for importing SQLAlchemy) or an SQLAlchemy session. SQL uses named
``:params`` which both accept. Nothing here writes.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import defaultdict
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from mediadesk.core.enums import FaceMode, FaceState, GrantedBy, LegalBasis, MediaKind, Role
from mediadesk.core.model import (
    AssetFacts,
    ConsentFacts,
    FaceFacts,
    ObjectionFacts,
    PersonFacts,
    RuleSettings,
)

#: a result row, and bound parameters
Row = tuple[Any, ...]
Params = dict[str, Any]
Query = Callable[[str, Params], list[Row]]

CHUNK = 500


def sqlite_query(path: Path) -> tuple[Query, sqlite3.Connection]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    con.execute("PRAGMA busy_timeout=10000")

    def q(sql: str, params: Params | None = None) -> list[Row]:
        return con.execute(sql, params or {}).fetchall()

    return q, con


def session_query(session: Any) -> Query:
    from sqlalchemy import text

    def q(sql: str, params: Params | None = None) -> list[Row]:
        return [tuple(r) for r in session.execute(text(sql), params or {}).all()]

    return q


def schema_revision(path: Path) -> str | None:
    """The Alembic revision of an SQLite library, read with the stdlib only."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        row = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not row:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def hexid(v: Any) -> str:
    """Ids as 32 hex digits, whatever the driver hands back."""
    if type(v) is str and len(v) == 32:
        return v
    if isinstance(v, uuid.UUID):
        return v.hex
    s = str(v)
    return s.replace("-", "") if len(s) == 36 else s


def _d(v: Any) -> date | None:
    if v is None:
        return None
    if isinstance(v, date) and not isinstance(v, datetime):
        return v
    if isinstance(v, datetime):
        return v.date()
    return date.fromisoformat(str(v)[:10])


def _dt(v: Any) -> datetime | None:
    if v is None:
        return None
    got = v if isinstance(v, datetime) else datetime.fromisoformat(str(v))
    return got if got.tzinfo else got.replace(tzinfo=timezone.utc)


def _day(v: Any) -> date:
    """A date from a NOT NULL column."""
    got = _d(v)
    if got is None:  # pragma: no cover - the schema forbids it
        raise ValueError("a required date is missing")
    return got


def split_set(text: str | None) -> list[str]:
    return [p for p in (text or "").split("|") if p]


def chunks(seq: Sequence[str], n: int = CHUNK) -> Iterable[Sequence[str]]:
    """``seq`` in slices of ``n`` (bound parameter lists stay small)."""
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def _in(ids: Sequence[str], prefix: str = "p") -> tuple[str, Params]:
    names = [f"{prefix}{i}" for i in range(len(ids))]
    return ", ".join(":" + n for n in names), dict(zip(names, ids))


def read_settings(q: Query) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in q("SELECT key, value FROM setting", {})}


def rule_settings(settings: dict[str, Any]) -> RuleSettings:
    return RuleSettings(
        age_of_consent=int(settings.get("age_of_consent", 16)),
        face_mode=FaceMode(settings.get("face_mode", FaceMode.DETECT.value)),
        legal_basis_enabled=settings.get("legal_basis_enabled") is True,
    )


_PERSON_COLS = "id, external_id, name, role, birth_date, publication_ban"
_CONSENT_COLS = (
    "id, person_id, granted_by, channels, media, signed_on, valid_from, valid_until, "
    "revoked_on, biometric, recorded_at"
)


def _consent(row: Row) -> tuple[str, ConsentFacts]:
    cid, pid, gb, ch, media, signed, vf, vu, rev, bio, rec = row
    return hexid(pid), ConsentFacts(
        id=hexid(cid),
        granted_by=GrantedBy(gb),
        channels=frozenset(split_set(ch)),
        media=frozenset(MediaKind(m) for m in split_set(media)),
        signed_on=_day(signed),
        valid_from=_day(vf),
        valid_until=_day(vu),
        revoked_on=_d(rev),
        biometric=bool(bio),
        recorded_at=_dt(rec),
    )


_OBJECTION_COLS = "id, person_id, from_date, channels, withdrawn_on"


def _objection(row: Row) -> tuple[str, ObjectionFacts]:
    oid, pid, since, ch, withdrawn = row
    return hexid(pid), ObjectionFacts(
        id=hexid(oid), from_date=_day(since),
        channels=frozenset(split_set(ch)) if ch else None, withdrawn_on=_d(withdrawn),
    )


def load_people(q: Query, person_ids: Sequence[str] | None = None) -> dict[str, PersonFacts]:
    """PersonFacts (with every consent record) by person id; all when ids is None."""
    people_rows: list[Row] = []
    consent_rows: list[Row] = []
    objection_rows: list[Row] = []
    if person_ids is None:
        people_rows = q(f"SELECT {_PERSON_COLS} FROM person", {})
        consent_rows = q(f"SELECT {_CONSENT_COLS} FROM consent_record", {})
        objection_rows = q(f"SELECT {_OBJECTION_COLS} FROM objection", {})
    else:
        for chunk in chunks(list(person_ids)):
            marks, params = _in(chunk)
            people_rows += q(f"SELECT {_PERSON_COLS} FROM person WHERE id IN ({marks})", params)
            consent_rows += q(
                f"SELECT {_CONSENT_COLS} FROM consent_record WHERE person_id IN ({marks})", params
            )
            objection_rows += q(
                f"SELECT {_OBJECTION_COLS} FROM objection WHERE person_id IN ({marks})", params
            )
    consents: dict[str, list[ConsentFacts]] = defaultdict(list)
    for row in consent_rows:
        pid, c = _consent(row)
        consents[pid].append(c)
    objections: dict[str, list[ObjectionFacts]] = defaultdict(list)
    for row in objection_rows:
        pid, o = _objection(row)
        objections[pid].append(o)
    out: dict[str, PersonFacts] = {}
    for pid, ext, name, role, birth, ban in people_rows:
        pid = hexid(pid)
        out[pid] = PersonFacts(
            external_id=ext or f"erased-{pid[:8]}",
            name=name,
            role=Role(role),
            birth_date=_d(birth),
            publication_ban=bool(ban),
            consents=tuple(consents.get(pid, ())),
            objections=tuple(objections.get(pid, ())),
        )
    return out


_ASSET_COLS = (
    "id, kind, path, faces_scanned_at IS NOT NULL, people_confirmed_at IS NOT NULL, block_reason, "
    "legal_basis, basis_reason, basis_by, basis_at"
)


def load_asset_facts(
    q: Query, asset_ids: Sequence[str] | None = None, *, all_faces: bool = False
) -> list[tuple[AssetFacts, str]]:
    """(AssetFacts, path) for the given assets (all when None), in the given order.

    The faces are the open ones (unresolved, suggested) the plain verdict
    needs; with ``all_faces`` every face, confirmed ones with their person
    (what a covered evaluation needs)."""
    asset_rows: list[Row] = []
    presence_rows: list[Row] = []
    face_rows: list[Row] = []
    face_sql = (
        "SELECT asset_id, id, state, suggested_person_id, person_id FROM face "
        + ("WHERE 1 = 1" if all_faces else "WHERE state IN ('unresolved', 'suggested')")
    )
    if asset_ids is None:
        # every asset still in the library (one deleted on retention is gone)
        asset_rows = q(f"SELECT {_ASSET_COLS} FROM asset WHERE deleted_at IS NULL", {})
        presence_rows = q("SELECT asset_id, person_id FROM presence", {})
        face_rows = q(face_sql, {})
    else:
        for chunk in chunks(list(asset_ids)):
            marks, params = _in(chunk)
            asset_rows += q(f"SELECT {_ASSET_COLS} FROM asset WHERE id IN ({marks})", params)
            presence_rows += q(
                f"SELECT asset_id, person_id FROM presence WHERE asset_id IN ({marks})", params
            )
            face_rows += q(face_sql + f" AND asset_id IN ({marks})", params)
    by_asset: dict[str, list[str]] = defaultdict(list)
    for aid, pid in presence_rows:
        by_asset[hexid(aid)].append(hexid(pid))
    faces: dict[str, list[Row]] = defaultdict(list)
    for aid, fid, state, sugg, fpid in face_rows:
        faces[hexid(aid)].append((hexid(fid), state, hexid(sugg) if sugg else None,
                                  hexid(fpid) if fpid and state == "confirmed" else None))
    needed = {p for ps in by_asset.values() for p in ps}
    needed |= {s for fs in faces.values() for (_, _, s, _) in fs if s}
    needed |= {p for fs in faces.values() for (_, _, _, p) in fs if p}
    people = load_people(q, None if asset_ids is None else sorted(needed))
    result: dict[str, tuple[AssetFacts, str]] = {}
    kinds = {k.value: k for k in MediaKind}
    states = {s.value: s for s in FaceState}
    pget = people.get
    no_faces: tuple[FaceFacts, ...] = ()
    for aid, kind, path, scanned, confirmed, block, basis, b_reason, b_by, b_at in asset_rows:
        aid = hexid(aid)
        face_facts = no_faces
        if aid in faces:
            found: list[FaceFacts] = []
            for fid, state, sugg, fpid in faces[aid]:
                sp = pget(sugg) if sugg else None
                fp = pget(fpid) if fpid else None
                found.append(FaceFacts(fid, states[state], sp.external_id if sp else None,
                                       sp.name if sp else None, fp.external_id if fp else None))
            face_facts = tuple(found)
        present = by_asset.get(aid)
        result[aid] = (
            AssetFacts(
                id=aid,
                kind=kinds[kind],
                people=tuple(p for p in map(pget, present) if p is not None) if present else (),
                faces=face_facts,
                faces_scanned=bool(scanned),
                people_confirmed=bool(confirmed),
                block_reason=block,
                legal_basis=LegalBasis(basis) if basis else LegalBasis.CONSENT,
                basis_reason=b_reason,
                basis_by=b_by,
                basis_on=_d(b_at),
            ),
            path,
        )
    if asset_ids is None:
        return list(result.values())
    return [result[a] for a in asset_ids if a in result]


def find_asset_ids(q: Query, ref: str) -> list[str]:
    """Asset ids matching an id (full, dashed, or a prefix of 6+ hex digits) or a path."""
    key = ref.strip().lower().replace("-", "")
    if 6 <= len(key) <= 32 and all(c in "0123456789abcdef" for c in key):
        if len(key) == 32:
            rows = q("SELECT id FROM asset WHERE id = :k", {"k": key})
        else:
            # Ids are 32 hex digits in SQLite and native UUIDs (text form with
            # dashes) in PostgreSQL: compare the dash-less text form.
            rows = q("SELECT id FROM asset WHERE REPLACE(CAST(id AS TEXT), '-', '') LIKE :k", {"k": key + "%"})
        if rows:
            return [hexid(r[0]) for r in rows]
    path = str(Path(ref).expanduser().resolve())
    rows = q("SELECT asset_id FROM asset_path WHERE path = :p", {"p": path})
    if not rows:
        rows = q("SELECT id FROM asset WHERE path = :p", {"p": path})
    return [hexid(r[0]) for r in rows]
