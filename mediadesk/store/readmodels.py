"""Read models: the rows the views and reports read, in plain SQL.

Every function takes a ``Query`` callable (:mod:`mediadesk.store.facts`):
``session_query(session)`` inside ``lib.unit()``, or a stdlib ``sqlite3``
reader. Nothing here writes and nothing here judges: verdicts and consent
states are the rules engine's (``mediadesk.services.queries`` puts the two
together). Written to stay fast on 50,000 assets: the grid asks for ids
only (one indexed SELECT), and row details are loaded a page at a time.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Sequence

from mediadesk.core.enums import FaceState
from mediadesk.store.facts import Params, Query, Row, _d, _day, _in, chunks, hexid, split_set


# ---- grid ids --------------------------------------------------------------------------
@dataclass(frozen=True)
class AssetFilter:
    """What the grid shows. Empty fields filter nothing."""

    event_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    kind: str | None = None  # photo | video | audio
    person_id: str | None = None
    channel: str | None = None  # with verdict: the verdict for that channel
    verdict: str | None = None  # cleared | needs_review | blocked (no channel: on any visible one)
    unresolved_faces: bool = False
    offline: bool = False  # True: only offline assets
    text: str = ""  # part of the file path

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in self.__dict__.items():
            if v in (None, False, ""):
                continue
            out[k] = v.isoformat() if isinstance(v, date) else v
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> AssetFilter:
        kw = dict(d)
        for k in ("date_from", "date_to"):
            if kw.get(k):
                kw[k] = date.fromisoformat(kw[k])
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in kw.items() if k in known})

    @property
    def empty(self) -> bool:
        return not self.to_json()


_ORDER = "ORDER BY COALESCE(a.capture_time, a.imported_at), a.path"


def _utc_bounds(d: date, end: bool) -> str:
    t = datetime.combine(d + timedelta(days=1) if end else d, time.min)
    return t.strftime("%Y-%m-%d %H:%M:%S")


def asset_ids(q: Query, f: AssetFilter | None = None) -> list[str]:
    """Asset ids matching ``f`` (all but its verdict), oldest capture first."""
    f = f or AssetFilter()
    where: list[str] = ["a.deleted_at IS NULL"]  # deleted on retention: gone from every view
    params: Params = {}
    if f.event_id:
        where.append("a.event_id = :ev")
        params["ev"] = hexid(f.event_id)
    if f.date_from:
        where.append("COALESCE(a.capture_time, a.imported_at) >= :df")
        params["df"] = _utc_bounds(f.date_from, False)
    if f.date_to:
        where.append("COALESCE(a.capture_time, a.imported_at) < :dt")
        params["dt"] = _utc_bounds(f.date_to, True)
    if f.kind:
        where.append("a.kind = :kind")
        params["kind"] = f.kind
    if f.person_id:
        where.append(
            "(EXISTS (SELECT 1 FROM presence p WHERE p.asset_id = a.id AND p.person_id = :pid)"
            " OR EXISTS (SELECT 1 FROM face fp WHERE fp.asset_id = a.id AND fp.state = 'suggested'"
            " AND fp.suggested_person_id = :pid))"
        )
        params["pid"] = hexid(f.person_id)
    if f.unresolved_faces:
        where.append(
            "EXISTS (SELECT 1 FROM face fu WHERE fu.asset_id = a.id "
            "AND fu.state IN ('unresolved', 'suggested'))"
        )
    if f.offline:
        where.append("a.offline = :offline")  # a bound bool: 1 in SQLite, true in PostgreSQL
        params["offline"] = True
    if f.text.strip():
        where.append("LOWER(a.path) LIKE :txt")
        params["txt"] = "%" + f.text.strip().lower() + "%"
    sql = "SELECT a.id FROM asset a WHERE " + " AND ".join(where)
    return [hexid(r[0]) for r in q(sql + " " + _ORDER, params)]


# ---- grid rows ---------------------------------------------------------------------------
@dataclass
class AssetRow:
    id: str
    sha256: str
    kind: str
    path: str
    offline: bool
    capture_time: datetime | None
    event: str | None
    width: int | None
    height: int | None
    duration: float | None
    verdicts: dict[str, str] = field(default_factory=dict)  # channel -> verdict value
    open_faces: int = 0

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


def _dt(v: Any) -> datetime | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v
    try:
        return datetime.fromisoformat(str(v))
    except ValueError:
        return None


def asset_rows(q: Query, ids: Sequence[str]) -> dict[str, AssetRow]:
    """Rows for a page of the grid (``verdicts`` left empty)."""
    if not ids:
        return {}
    rows: dict[str, AssetRow] = {}
    marks, params = _in(list(ids))
    for r in q(
        "SELECT a.id, a.sha256, a.kind, a.path, a.offline, a.capture_time, e.name, a.width, "
        "a.height, a.duration FROM asset a LEFT JOIN event e ON e.id = a.event_id "
        f"WHERE a.id IN ({marks})",
        params,
    ):
        aid = hexid(r[0])
        rows[aid] = AssetRow(aid, r[1], r[2], r[3], bool(r[4]), _dt(r[5]), r[6], r[7], r[8], r[9])
    for aid, n in q(
        "SELECT asset_id, COUNT(*) FROM face WHERE state IN ('unresolved', 'suggested') "
        f"AND asset_id IN ({marks}) GROUP BY asset_id",
        params,
    ):
        if hexid(aid) in rows:
            rows[hexid(aid)].open_faces = int(n)
    return rows


# ---- sidebar -----------------------------------------------------------------------------
@dataclass(frozen=True)
class EventCount:
    id: str
    name: str
    date_from: date | None
    date_to: date | None
    count: int


def events_with_counts(q: Query) -> list[EventCount]:
    rows = q(
        "SELECT e.id, e.name, e.date_from, e.date_to, COUNT(a.id) FROM event e "
        "LEFT JOIN asset a ON a.event_id = e.id AND a.deleted_at IS NULL GROUP BY e.id, e.name, e.date_from, e.date_to "
        "ORDER BY COALESCE(e.date_from, '9999-12-31') DESC, e.name",
        {},
    )
    return [EventCount(hexid(r[0]), r[1], _d(r[2]), _d(r[3]), int(r[4])) for r in rows]


def asset_count(q: Query) -> int:
    return int(q("SELECT COUNT(*) FROM asset WHERE deleted_at IS NULL", {})[0][0])


# ---- people ------------------------------------------------------------------------------
CONSENT_STATES = ("valid", "expired", "withdrawn", "none", "ban")


@dataclass
class PersonRow:
    id: str
    external_id: str
    name: str
    role: str
    group: str | None
    birth_date: date | None
    publication_ban: bool
    consent_state: str  # one of CONSENT_STATES
    channels: list[str]
    biometric: bool
    assets: int
    #: the guardian's name, e-mail and phone from the admin system (each optional)
    guardian: tuple[str | None, str | None, str | None] = (None, None, None)


def person_listing(q: Query) -> list[Row]:
    """(id, external id, name, role, group, birth date, publication ban,
    (guardian name, e-mail, phone)) of every person not erased, by name."""
    return [(hexid(r[0]), r[1] or "", r[2], r[3], r[4], _d(r[5]), bool(r[6]), (r[7], r[8], r[9])) for r in q(
        "SELECT id, external_id, name, role, group_name, birth_date, publication_ban, "
        "guardian_name, guardian_email, guardian_phone "
        "FROM person WHERE erased_at IS NULL ORDER BY name", {})]


def presence_counts(q: Query) -> dict[str, int]:
    """Person id -> the number of assets they are on."""
    return {hexid(a): int(n) for a, n in q("SELECT person_id, COUNT(*) FROM presence GROUP BY person_id", {})}


def person_asset_ids(q: Query, person_id: str) -> list[str]:
    rows = q(
        "SELECT a.id FROM asset a JOIN presence p ON p.asset_id = a.id "
        f"WHERE p.person_id = :pid AND a.deleted_at IS NULL {_ORDER}",
        {"pid": hexid(person_id)},
    )
    return [hexid(r[0]) for r in rows]


@dataclass
class ConsentEntry:
    id: str
    granted_by: str
    guardian_name: str | None
    channels: list[str]
    media: list[str]
    signed_on: date
    valid_from: date
    valid_until: date
    revoked_on: date | None
    revoked_by: str | None
    revoke_reason: str | None
    biometric: bool
    source: str
    text_version: str | None
    evidence_path: str | None
    recorded_by: str
    recorded_at: datetime | None
    governing: bool = False
    withdrawn_from: date | None = None  # spec 2.4: also by a later withdrawal of the person

    def status(self, on: date) -> str:
        """active | withdrawn | expired | future | superseded"""
        if self.withdrawn_from and self.withdrawn_from <= on:
            return "withdrawn"
        if self.valid_until < on:
            return "expired"
        if self.valid_from > on:
            return "future"
        return "active" if self.governing else "superseded"


def consent_entries(q: Query, person_id: str) -> list[ConsentEntry]:
    """The person's forms, newest signed first (``governing`` and
    ``withdrawn_from`` left to the rules engine)."""
    pid = hexid(person_id)
    rows = q(
        "SELECT id, granted_by, guardian_name, channels, media, signed_on, valid_from, "
        "valid_until, revoked_on, revoked_by, revoke_reason, biometric, source, text_version, "
        "evidence_path, recorded_by, recorded_at FROM consent_record WHERE person_id = :pid "
        "ORDER BY signed_on DESC, recorded_at DESC",
        {"pid": pid},
    )
    out = []
    for r in rows:
        e = ConsentEntry(
            hexid(r[0]), r[1], r[2], split_set(r[3]), split_set(r[4]), _day(r[5]), _day(r[6]),
            _day(r[7]), _d(r[8]), r[9], r[10], bool(r[11]), r[12], r[13], r[14], r[15], _dt(r[16]),
        )
        out.append(e)
    return out


def path_record(q: Query, path: str) -> tuple[int, str] | None:
    """(size, SHA-256) the library recorded for the file at ``path``, or None."""
    rows = q(
        "SELECT a.size, a.sha256 FROM asset_path ap JOIN asset a ON a.id = ap.asset_id "
        "WHERE ap.path = :p", {"p": path})
    if not rows:
        rows = q("SELECT size, sha256 FROM asset WHERE path = :p AND deleted_at IS NULL", {"p": path})
    return (rows[0][0], rows[0][1]) if rows else None


def groups(q: Query) -> list[str]:
    return [r[0] for r in q(
        "SELECT DISTINCT group_name FROM person WHERE group_name IS NOT NULL "
        "AND erased_at IS NULL ORDER BY group_name", {})]


# ---- one asset ---------------------------------------------------------------------------
@dataclass
class AssetDetail:
    id: str
    sha256: str
    kind: str
    path: str
    offline: bool
    size: int
    event: str | None
    capture_time: datetime | None
    imported_at: datetime | None
    width: int | None
    height: int | None
    duration: float | None
    people: list[tuple[str, str, str]]  # (person id, external id, name)
    faces_scanned: bool
    people_confirmed_by: str | None
    people_confirmed_at: datetime | None
    block_reason: str | None
    blocked_by: str | None
    camera: str | None
    other_paths: list[str]
    face_total: int
    face_open: int
    names_people: bool = False  #: the file's own metadata (XMP/IPTC) names people or marks faces
    has_gps: bool = False  #: the file holds a GPS position (exports drop it)
    codec: str | None = None  #: clips and recordings: the (sound) codec
    sample_rate: int | None = None  #: recordings: Hz
    channels: int | None = None  #: recordings: 1 mono, 2 stereo
    legal_basis: str | None = None  #: None: consent (core.enums.LegalBasis)
    basis_reason: str | None = None
    basis_by: str | None = None
    basis_at: datetime | None = None


def _int_or_none(v: Any) -> int | None:
    try:
        return int(v) if v is not None else None
    except (TypeError, ValueError):
        return None


def asset_detail(q: Query, asset_id: str) -> AssetDetail | None:
    aid = hexid(asset_id)
    rows = q(
        "SELECT a.id, a.sha256, a.kind, a.path, a.offline, a.size, e.name, a.capture_time, "
        "a.imported_at, a.width, a.height, a.duration, a.faces_scanned_at, "
        "a.people_confirmed_by, a.people_confirmed_at, a.block_reason, a.blocked_by, a.meta, "
        "a.legal_basis, a.basis_reason, a.basis_by, a.basis_at "
        "FROM asset a LEFT JOIN event e ON e.id = a.event_id WHERE a.id = :id",
        {"id": aid},
    )
    if not rows:
        return None
    r = rows[0]
    people = [(hexid(p[0]), p[1] or "", p[2]) for p in q(
        "SELECT p.id, p.external_id, p.name FROM presence pr JOIN person p ON p.id = pr.person_id "
        "WHERE pr.asset_id = :id ORDER BY p.name", {"id": aid})]
    camera = None
    meta: dict[str, Any] = {}
    try:
        meta = json.loads(r[17]) if r[17] else {}
        make = str(meta.get("camera_make") or meta.get("make") or "").strip()
        model = str(meta.get("camera_model") or meta.get("model") or "").strip()
        camera = (model if make and model.lower().startswith(make.lower()) else f"{make} {model}".strip()) or None
    except (ValueError, TypeError):
        pass
    other = [p[0] for p in q(
        "SELECT path FROM asset_path WHERE asset_id = :id AND path != :p ORDER BY path",
        {"id": aid, "p": r[3]})]
    ft = q("SELECT state, COUNT(*) FROM face WHERE asset_id = :id GROUP BY state", {"id": aid})
    total = sum(int(n) for _, n in ft)
    open_ = sum(int(n) for s, n in ft if s in (FaceState.UNRESOLVED.value, FaceState.SUGGESTED.value))
    return AssetDetail(
        id=aid, sha256=r[1], kind=r[2], path=r[3], offline=bool(r[4]), size=int(r[5] or 0),
        event=r[6], capture_time=_dt(r[7]), imported_at=_dt(r[8]), width=r[9], height=r[10],
        duration=r[11], people=people, faces_scanned=r[12] is not None,
        people_confirmed_by=r[13], people_confirmed_at=_dt(r[14]), block_reason=r[15],
        blocked_by=r[16], camera=camera, other_paths=other, face_total=total, face_open=open_,
        names_people=bool(isinstance(meta, dict) and meta.get("has_embedded_people")),
        has_gps=bool(isinstance(meta, dict) and meta.get("has_gps")),
        codec=str(meta["codec"]) if isinstance(meta, dict) and meta.get("codec") else None,
        sample_rate=_int_or_none(meta.get("sample_rate")) if isinstance(meta, dict) else None,
        channels=_int_or_none(meta.get("channels")) if isinstance(meta, dict) else None,
        legal_basis=r[18], basis_reason=r[19], basis_by=r[20], basis_at=_dt(r[21]),
    )


@dataclass
class FaceRow:
    id: str
    x: int
    y: int
    w: int
    h: int
    time: float | None
    end: float | None
    best_time: float | None
    state: str
    person_id: str | None
    person_name: str | None
    person_external_id: str | None
    suggested_person_id: str | None
    suggested_name: str | None
    suggested_external_id: str | None
    distance: float | None
    origin: str


def faces_of(q: Query, asset_id: str) -> list[FaceRow]:
    rows = q(
        "SELECT f.id, f.x, f.y, f.w, f.h, f.time, f.end, f.best_time, f.state, f.person_id, "
        "p.name, p.external_id, f.suggested_person_id, sp.name, sp.external_id, f.distance, f.origin "
        "FROM face f LEFT JOIN person p ON p.id = f.person_id "
        "LEFT JOIN person sp ON sp.id = f.suggested_person_id "
        "WHERE f.asset_id = :id ORDER BY COALESCE(f.time, 0), f.x, f.y",
        {"id": hexid(asset_id)},
    )
    return [
        FaceRow(hexid(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4]), r[5], r[6], r[7], r[8],
                hexid(r[9]) if r[9] else None, r[10], r[11], hexid(r[12]) if r[12] else None,
                r[13], r[14], r[15], r[16] or "detected")
        for r in rows
    ]


# ---- paths ------------------------------------------------------------------------------
def asset_paths(q: Query, ids: Sequence[str]) -> dict[str, str]:
    out = {}
    for chunk in chunks(list(ids)):
        marks, params = _in(chunk)
        out.update({hexid(a): p for a, p in q(f"SELECT id, path FROM asset WHERE id IN ({marks})", params)})
    return out


def people_by_id(q: Query) -> dict[str, tuple[str, str]]:
    return {hexid(i): (e or "", n) for i, e, n in q(
        "SELECT id, external_id, name FROM person WHERE erased_at IS NULL", {})}


def group_members(q: Query) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for g, n in q("SELECT group_name, name FROM person WHERE group_name IS NOT NULL", {}):
        out[g].append(n)
    return dict(out)


# ---- changes made elsewhere ------------------------------------------------------------------
def change_marker(q: Query) -> tuple[int, str, int]:
    """A cheap fingerprint of the library's state: (audit entries, the newest
    one's time, assets). Every change is audited in its own transaction, so
    when another computer or window changes anything this marker changes."""
    ((n, newest),) = q("SELECT count(*), max(at) FROM audit_log", {})
    ((assets,),) = q("SELECT count(*) FROM asset", {})
    return int(n or 0), str(newest or ""), int(assets or 0)


def changed_entities(q: Query, since: Any) -> set[str]:
    """The kinds of things (``asset``, ``person``, ``consent_record``,
    ``setting``...) changed at or after ``since`` (an audit time). Empty when
    no entry is that recent: a computer whose clock is behind wrote it, and
    the caller must assume anything changed."""
    if not since:
        return set()
    return {r[0] for r in q("SELECT DISTINCT entity FROM audit_log WHERE at >= :since", {"since": since})}


def unscanned(q: Query, asset_ids: Sequence[str]) -> list[str]:
    """Those of ``asset_ids`` (photos and clips, online) whose faces were not scanned yet."""
    out: list[str] = []
    for chunk in chunks([hexid(a) for a in asset_ids]):
        marks, params = _in(list(chunk))
        rows = q(
            f"SELECT id FROM asset WHERE id IN ({marks}) AND faces_scanned_at IS NULL "
            "AND offline = :off AND deleted_at IS NULL AND kind IN ('photo', 'video')",
            {**params, "off": False},
        )
        out += [hexid(r[0]) for r in rows]
    return out


# ---- covered publications -----------------------------------------------------------------
def face_boxes(q: Query, asset_id: str) -> dict[str, tuple[int, int, int, int]]:
    """Every face region of an asset by face id: (x, y, w, h) in pixels of
    the displayed (EXIF-oriented) image."""
    rows = q("SELECT id, x, y, w, h FROM face WHERE asset_id = :id", {"id": hexid(asset_id)})
    return {hexid(r[0]): (int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows}


@dataclass(frozen=True)
class TrackSamples:
    """A clip face's sampled boxes (``face.samples``): ``size`` is the
    upright frame they refer to; ``boxes`` are ``(t, (x, y, w, h))`` in time
    order. ``boxes`` is empty for a face without samples (drawn by hand, or
    found before tracks kept them)."""

    face: str
    time: float | None
    end: float | None
    best_time: float | None
    origin: str
    size: tuple[int, int]
    boxes: tuple[tuple[float, tuple[int, int, int, int]], ...]


def face_samples(q: Query, asset_id: str) -> dict[str, TrackSamples]:
    """Every face of a clip with its sampled boxes, by face id."""
    rows = q("SELECT id, time, \"end\", best_time, origin, samples FROM face WHERE asset_id = :id",
             {"id": hexid(asset_id)})
    out: dict[str, TrackSamples] = {}
    for r in rows:
        size: tuple[int, int] = (0, 0)
        boxes: list[tuple[float, tuple[int, int, int, int]]] = []
        if r[5]:
            try:
                data = json.loads(r[5])
                size = (int(data["size"][0]), int(data["size"][1]))
                boxes = [(float(b[0]), (int(b[1]), int(b[2]), int(b[3]), int(b[4]))) for b in data["boxes"]]
            except (ValueError, KeyError, IndexError, TypeError):  # unreadable: as if there were none
                size, boxes = (0, 0), []
        out[hexid(r[0])] = TrackSamples(hexid(r[0]), r[1], r[2], r[3], r[4] or "detected", size,
                                        tuple(sorted(boxes, key=lambda b: b[0])))
    return out


def person_ids_by_external(q: Query, external_ids: Sequence[str]) -> dict[str, str]:
    """Internal person id (hex) by external id, for the given external ids."""
    out: dict[str, str] = {}
    for chunk in chunks(list(dict.fromkeys(external_ids))):
        marks, params = _in(chunk)
        for pid, ext in q(f"SELECT id, external_id FROM person WHERE external_id IN ({marks})", params):
            out[ext] = hexid(pid)
    return out
