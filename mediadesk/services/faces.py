"""Faces in the library: scanning, resolving, enrolment and face modes.

Rules: the "Face matching" part of ``spec/consent-rules.md``.

- ``detect`` (default): faces are found and boxed; every box must be
  resolved by a person. No templates are computed or kept.
- ``match``: only after a DPIA reference and date are entered. Enrolled
  people (governing record with ``biometric = yes``) have templates; a
  scanned face close enough to one gets a *suggestion*, which never clears
  anything until a person confirms it. Templates of unknown faces are never
  stored: a scan's templates live only in memory during matching.
- ``off``: nothing is scanned; staff draw face regions by hand.

Every change here is one transaction with its audit entry.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence, cast

from sqlmodel import Session, col, delete, select

from mediadesk.faces.engine import Box
from mediadesk.core.dates import utcnow
from mediadesk.core.enums import FaceMode, FaceState
from mediadesk.core.errors import NotFound, UserError
from mediadesk.core.progress import CancelToken, Cancelled, Progress, ProgressCallback
from mediadesk.store.facts import hexid, read_settings, session_query
from mediadesk.store.db import retry_on_conflict
from mediadesk.store.tables import Asset, Face, FaceTemplate, Person, Presence, RejectedSuggestion

from . import biometrics
from .library import Library
from .assets import resolve_asset
from .people import get_person
from .settings import library_settings

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from mediadesk.faces.scan import FoundFace, Kind, ScanResult

    #: The enrolled templates to suggest from, one row per template, or None.
    Templates = NDArray[np.float32] | None

#: Boxes overlapping this much are the same face (re-scans, rejected suggestions).
SAME_FACE_IOU = 0.4


def _box(f: Any) -> tuple[int, int, int, int]:
    return (f.x, f.y, f.w, f.h)


def face_mode(lib: Library) -> FaceMode:
    return FaceMode(library_settings(lib).get("face_mode", "detect"))


# ---- modes -----------------------------------------------------------------------------

def set_mode(
    lib: Library,
    mode: str,
    dpia_reference: str | None = None,
    dpia_date: date | None = None,
) -> dict[str, Any]:
    """Switch the library's face mode. ``match`` needs a DPIA reference and
    date; leaving ``match`` deletes every template and pending suggestion in
    the same transaction."""
    try:
        new = FaceMode(mode)
    except ValueError:
        raise UserError(f"unknown face mode '{mode}' (off, detect or match)") from None
    from mediadesk.store.settings import change_settings

    with lib.unit() as s:
        settings = read_settings(session_query(s))
        old = FaceMode(settings.get("face_mode", "detect"))
        changes: dict[str, Any] = {"face_mode": new.value}
        if new == FaceMode.MATCH:
            ref = (dpia_reference or settings.get("dpia_reference") or "").strip()
            when = dpia_date.isoformat() if dpia_date else settings.get("dpia_date")
            if not ref or not when:
                raise UserError("face matching needs a DPIA reference and date (--dpia-reference, --dpia-date)")
            changes["dpia_reference"], changes["dpia_date"] = ref, when
        change_settings(s, lib.actor, settings, changes)
        if old == FaceMode.MATCH and new != FaceMode.MATCH:
            n = len(s.exec(select(FaceTemplate.id)).all())
            s.exec(delete(FaceTemplate))
            pending = s.exec(select(Face).where(Face.state == FaceState.SUGGESTED.value)).all()
            for f in pending:
                f.state, f.suggested_person_id, f.distance = FaceState.UNRESOLVED.value, None, None
                s.add(f)
            lib.audit(s, "biometric.purge", "library", None, {"templates": n, "suggestions": len(pending)}, {"why": f"face mode changed to {new.value}"})
        s.flush()
        return read_settings(session_query(s))


# ---- enrolment -------------------------------------------------------------------------

def enroll(lib: Library, external_id: str, images: Sequence[str | Path]) -> int:
    """Store reference templates of a person from photos showing only them.

    Refused unless the library is in ``match`` mode and the person's
    governing consent record has ``biometric = yes``. Returns templates stored.
    """
    if face_mode(lib) != FaceMode.MATCH:
        raise UserError("enrolment needs face mode 'match' (faces mode match --dpia-reference ... --dpia-date ...)")
    with lib.unit() as s:
        p = get_person(lib, external_id, s)
        if not biometrics.biometric_allowed(s, p.id):
            raise UserError(f"{p.name} ({external_id}) has not given biometric consent on their current form; enrolment refused")
    from mediadesk.faces.enroll import reference_encodings
    from mediadesk.media.hashing import sha256_file

    computed = []
    for img in images:
        ip = Path(img)
        if not ip.is_file():
            raise UserError(f"{img}: no such file")
        try:
            encs = reference_encodings(ip)
        except ValueError as e:
            raise UserError(str(e)) from None
        except Exception as e:  # unreadable image
            raise UserError(f"{img}: cannot read image: {e}") from None
        sha = sha256_file(ip)
        computed += [(sha, enc) for enc in encs]
    import numpy as np

    with lib.unit() as s:
        p = get_person(lib, external_id, s)
        if not biometrics.biometric_allowed(s, p.id):  # consent may have changed meanwhile
            raise UserError(f"{external_id} has no biometric consent; enrolment refused")
        for sha, enc in computed:
            s.add(FaceTemplate(person_id=p.id, encoding=np.asarray(enc, dtype=np.float32).tobytes(), source_sha256=sha, created_by=lib.actor))
        lib.audit(s, "biometric.enroll", "person", p.id, None, {"templates": len(computed), "sources": sorted({sha for sha, _ in computed})})
    return len(computed)


def _templates(s: Session) -> tuple[Templates, list[uuid.UUID]]:
    import numpy as np

    rows = s.exec(select(FaceTemplate.person_id, FaceTemplate.encoding)).all()
    if not rows:
        return None, []
    mat = np.stack([np.frombuffer(enc, dtype=np.float32) for _, enc in rows])
    return mat, [pid for pid, _ in rows]


# ---- scanning --------------------------------------------------------------------------

@dataclass
class ScanReport:
    scanned: list[str] = field(default_factory=list)
    faces: int = 0
    suggestions: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"scanned": self.scanned, "faces": self.faces, "suggestions": self.suggestions, "errors": self.errors}

    def add(self, other: ScanReport) -> None:
        self.scanned += other.scanned
        self.faces += other.faces
        self.suggestions += other.suggestions
        self.errors += other.errors
        self.cancelled = self.cancelled or other.cancelled


def scan_assets(
    lib: Library,
    asset_ids: Sequence[str] | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    inline: bool | None = None,
) -> ScanReport:
    """Find faces on assets: the given ones (scanned again), or every asset
    not scanned yet. In mode ``off`` nothing is scanned."""
    report = ScanReport()
    if face_mode(lib) == FaceMode.OFF:
        return report
    templates, template_people = _matching_templates(lib)
    with lib.unit() as s:
        rows: Sequence[Asset | None]
        if asset_ids is None:
            rows = s.exec(select(Asset).where(col(Asset.faces_scanned_at).is_(None), col(Asset.offline) == False)).all()  # noqa: E712
        else:
            rows = [s.get(Asset, uuid.UUID(hex=a)) for a in asset_ids]
        jobs = [(a.id.hex, a.path, cast("Kind", a.kind)) for a in rows
                if a is not None and a.deleted_at is None and a.kind in ("photo", "video")]
    if not jobs:
        return report
    want = templates is not None
    from mediadesk.faces.scan import run_scan, scan_path

    if inline is None:
        # One photo or short clip: here, without starting workers. A long
        # clip goes to the workers, which scan it in parts on every core.
        inline = len(jobs) == 1 and not _long_clip(jobs[0][1], jobs[0][2])
    stream: Iterator[tuple[str, ScanResult | str]]
    if inline:
        def gen() -> Iterator[tuple[str, ScanResult | str]]:
            for key, path, kind in jobs:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                on_frame: Callable[[int, int], None] | None = None
                if progress is not None and kind == "video":
                    def frame_done(done: int, expected: int, path: str = path) -> None:
                        if expected:
                            progress(Progress(min(done, expected), expected, path, "frames"))

                    on_frame = frame_done
                try:
                    yield key, scan_path(path, kind, want, cancel=cancel, on_frame=on_frame)
                except Cancelled:
                    raise
                except Exception as e:  # bad file: asset stays unscanned (needs review)
                    yield key, f"{type(e).__name__}: {e}"
        stream = gen()
    else:
        stream = run_scan(jobs, want, workers=workers or 2, cancel=cancel, progress=progress)
    try:
        for key, result in stream:
            if isinstance(result, str):
                report.errors.append({"asset": key, "reason": result})
                continue
            _store_scan(lib, key, result, templates, template_people, report)
    except Cancelled:
        report.cancelled = True
    return report


def _matching_templates(lib: Library) -> tuple[Templates, list[uuid.UUID]]:
    """The enrolled templates to suggest from (None, [] unless in match mode)."""
    if face_mode(lib) != FaceMode.MATCH:
        return None, []
    with lib.unit() as s:
        # Consent that ended by date since the library was opened: no
        # suggestions from those templates, and they are deleted now.
        biometrics.purge_if_not_allowed(lib, s)
        return _templates(s)


def photo_scan_for(lib: Library) -> Any:
    """What an import runs on each photo it reads, on the decode made for
    the thumbnails (:class:`mediadesk.faces.scan.PhotoScan`); None in mode off."""
    mode = face_mode(lib)
    if mode == FaceMode.OFF:
        return None
    from mediadesk.faces.scan import PhotoScan

    with lib.unit() as s:
        enrolled = mode == FaceMode.MATCH and s.exec(select(FaceTemplate.id).limit(1)).first() is not None
    return PhotoScan("hog", want_encodings=enrolled)


def store_found(lib: Library, found: dict[str, Any]) -> ScanReport:
    """Store the faces an import found (asset id -> ScanResult), for the
    assets whose faces were not scanned yet; suggestions as in :func:`scan_assets`."""
    report = ScanReport()
    if not found or face_mode(lib) == FaceMode.OFF:
        return report
    templates, template_people = _matching_templates(lib)
    for key, result in found.items():
        _store_scan(lib, key, result, templates, template_people, report, only_unscanned=True)
    return report


def _long_clip(path: str, kind: str) -> bool:
    from mediadesk.faces.scan import SPLIT_CLIP_SECONDS, clip_duration

    if kind != "video":
        return False
    duration = clip_duration(path)
    return bool(duration and duration >= SPLIT_CLIP_SECONDS)


def _store_scan(lib: Library, asset_hex: str, result: ScanResult, templates: Templates,
                template_people: list[uuid.UUID], report: ScanReport,
                only_unscanned: bool = False) -> None:
    from mediadesk.faces.matching import suggest

    aid = uuid.UUID(hex=asset_hex)
    with lib.unit(exclusive=True) as s:
        asset = s.get(Asset, aid)
        if asset is None or (only_unscanned and asset.faces_scanned_at is not None):
            return
        existing = s.exec(select(Face).where(Face.asset_id == aid)).all()
        kept = [f for f in existing if f.state in (FaceState.CONFIRMED.value, FaceState.DISMISSED.value) or f.origin == "manual"]
        for f in existing:
            if f not in kept:
                s.delete(f)
        rejected = s.exec(select(RejectedSuggestion).where(RejectedSuggestion.asset_id == aid)).all()
        # A withdrawal deletes templates in its own transaction, so "still has
        # templates now" is "still allowed" (templates may have been read before it).
        allowed: set[uuid.UUID] = set(s.exec(select(FaceTemplate.person_id).distinct()).all()) if templates is not None else set()
        n_new = n_sugg = 0
        for ff in result.faces:
            b = (ff.box.x, ff.box.y, ff.box.w, ff.box.h)
            same = [k for k in kept if Box(*b).iou(Box(*_box(k))) >= SAME_FACE_IOU and _same_time(ff, k)]
            if same:  # already resolved by a person
                for k in same:  # a track found before tracks kept their samples: give it this scan's
                    if k.samples is None and k.origin != "manual" and ff.samples and k.time is not None:
                        k.samples = track_samples_json(ff, result.width, result.height)
                        s.add(k)
                continue
            face = Face(asset_id=aid, x=b[0], y=b[1], w=b[2], h=b[3], time=ff.time, end=ff.end, best_time=ff.best_time,
                        samples=track_samples_json(ff, result.width, result.height) if ff.samples else None)
            if templates is not None and ff.encoding is not None and allowed:
                blocked = {r.person_id for r in rejected if Box(*b).iou(Box(r.x, r.y, r.w, r.h)) >= SAME_FACE_IOU}
                idx = [i for i, pid in enumerate(template_people) if pid in allowed and pid not in blocked]
                if idx:
                    got = suggest(ff.encoding, templates[idx], [template_people[i] for i in idx])
                    if got is not None:
                        face.state, face.suggested_person_id, face.distance = FaceState.SUGGESTED.value, got[0], round(float(got[1]), 4)
                        n_sugg += 1
            s.add(face)
            n_new += 1
        asset.faces_scanned_at = utcnow()
        meta = {"width": result.width, "height": result.height}
        s.add(asset)
        lib.audit(s, "faces.scan", "asset", aid, None, {"faces": n_new, "suggestions": n_sugg, "kept": len(kept), **meta})
    report.scanned.append(asset_hex)
    report.faces += n_new
    report.suggestions += n_sugg


def track_samples_json(found: FoundFace, width: int, height: int) -> str:
    """What ``face.samples`` stores for a track: the upright frame size the
    boxes refer to and the box at every sampled frame, in time order."""
    return json.dumps({
        "size": [int(width), int(height)],
        "boxes": [[round(float(t), 6), int(b.x), int(b.y), int(b.w), int(b.h)] for t, b in found.samples],
    }, separators=(",", ":"))


def _same_time(found: FoundFace, face: Face) -> bool:
    if found.time is None or face.time is None:
        return found.time is None and face.time is None
    end_a = found.end if found.end is not None else found.time
    end_b = face.end if face.end is not None else face.time
    return found.time <= end_b + 1.0 and face.time <= end_a + 1.0


# ---- listing and resolving -------------------------------------------------------------

def list_faces(lib: Library, asset_ref: str) -> list[dict[str, Any]]:
    """Faces of an asset in the JSON form of ``spec/interfaces.md``."""
    with lib.unit() as s:
        aid = uuid.UUID(hex=resolve_asset(lib, asset_ref, s))
        faces = s.exec(select(Face).where(Face.asset_id == aid).order_by(col(Face.time), col(Face.x), col(Face.y))).all()
        ext = {p.id: p.external_id for p in s.exec(select(Person)).all()}
        return [
            {
                "id": f.id.hex,
                "box": {"x": f.x, "y": f.y, "w": f.w, "h": f.h},
                "time": f.time,
                "end": f.end,
                "state": f.state,
                "person": ext.get(f.person_id) if f.person_id else None,
                "suggested": ext.get(f.suggested_person_id) if f.suggested_person_id else None,
                "distance": f.distance,
                "origin": f.origin,
            }
            for f in faces
        ]


def _face(s: Session, aid: uuid.UUID, face_ref: str) -> Face:
    key = face_ref.strip().lower().replace("-", "")
    faces = [f for f in s.exec(select(Face).where(Face.asset_id == aid)).all() if f.id.hex.startswith(key)] if len(key) >= 4 else []
    if not faces:
        raise NotFound(f"unknown face '{face_ref}' on this asset (see: faces list ASSET)")
    if len(faces) > 1:
        raise UserError(f"'{face_ref}' matches {len(faces)} faces; give more of the id")
    return faces[0]


def _drop_face_presence(s: Session, aid: uuid.UUID, person_id: uuid.UUID, except_face: uuid.UUID) -> None:
    """Remove a presence that only existed through this face."""
    others = s.exec(select(Face).where(Face.asset_id == aid, Face.person_id == person_id, Face.id != except_face, Face.state == FaceState.CONFIRMED.value)).first()
    if others:
        return
    pr = s.exec(select(Presence).where(Presence.asset_id == aid, Presence.person_id == person_id, Presence.source == "face")).first()
    if pr:
        s.delete(pr)


@retry_on_conflict
def resolve_face(
    lib: Library,
    asset_ref: str,
    face_ref: str,
    *,
    person: str | None = None,
    not_identifiable: bool = False,
) -> dict[str, Any]:
    """Confirm a face as a person (their confirmed presence on the asset) or
    dismiss it as not identifiable. Confirming a different person than the
    one suggested rejects that suggestion for good."""
    if bool(person) == bool(not_identifiable):
        raise UserError("give either --person EXTERNAL_ID or --not-identifiable")
    with lib.unit(exclusive=True) as s:
        aid = uuid.UUID(hex=resolve_asset(lib, asset_ref, s))
        f = _face(s, aid, face_ref)
        old = {"state": f.state, "person": hexid(f.person_id) if f.person_id else None}
        p = get_person(lib, person, s) if person else None  # None: not identifiable (checked above)
        if f.suggested_person_id and (p is None or p.id != f.suggested_person_id):
            _reject(lib, s, f, f.suggested_person_id)
        if f.person_id:
            _drop_face_presence(s, aid, f.person_id, f.id)
        if p is None:
            f.state, f.person_id = FaceState.DISMISSED.value, None
        else:
            f.state, f.person_id = FaceState.CONFIRMED.value, p.id
            if not s.exec(select(Presence).where(Presence.asset_id == aid, Presence.person_id == p.id)).first():
                s.add(Presence(asset_id=aid, person_id=p.id, source="face", confirmed_by=lib.actor))
        f.suggested_person_id = f.distance = None
        f.resolved_by, f.resolved_at = lib.actor, utcnow()
        s.add(f)
        lib.audit(s, "face.resolve", "face", f.id, old, {"state": f.state, "person": person, "asset": aid.hex})
        return {"id": f.id.hex, "state": f.state, "person": person}


def _reject(lib: Library, s: Session, f: Face, suggested: uuid.UUID) -> None:
    """Reject the suggestion ``suggested`` (the face's suggested person)."""
    s.add(RejectedSuggestion(asset_id=f.asset_id, person_id=suggested, x=f.x, y=f.y, w=f.w, h=f.h, time=f.time, rejected_by=lib.actor))
    lib.audit(s, "face.reject_suggestion", "face", f.id, {"suggested": hexid(suggested)}, None)


@retry_on_conflict
def reject_suggestion(lib: Library, asset_ref: str, face_ref: str) -> None:
    """"This is not that person": the face becomes unresolved and that person
    is never suggested for it again, also after a re-scan."""
    with lib.unit() as s:
        aid = uuid.UUID(hex=resolve_asset(lib, asset_ref, s))
        f = _face(s, aid, face_ref)
        if f.state != FaceState.SUGGESTED.value or not f.suggested_person_id:
            raise UserError("this face has no pending suggestion")
        _reject(lib, s, f, f.suggested_person_id)
        f.state, f.suggested_person_id, f.distance = FaceState.UNRESOLVED.value, None, None
        s.add(f)


@retry_on_conflict
def add_manual_face(lib: Library, asset_ref: str, box: tuple[int, int, int, int], time: float | None = None) -> str:
    """A face region drawn by hand for a face the detector missed (unresolved until resolved)."""
    x, y, w, h = (int(v) for v in box)
    if w <= 0 or h <= 0 or x < 0 or y < 0:
        raise UserError("a face region needs a positive size inside the image")
    with lib.unit(exclusive=True) as s:
        aid = uuid.UUID(hex=resolve_asset(lib, asset_ref, s))
        asset = s.get(Asset, aid)
        if asset is not None and asset.kind == "audio":
            raise UserError("a sound recording has no faces to box; tag the people heard on it instead")
        f = Face(asset_id=aid, x=x, y=y, w=w, h=h, time=time, end=time, best_time=time, origin="manual")
        s.add(f)
        lib.audit(s, "face.add", "face", f.id, None, {"asset": aid.hex, "box": [x, y, w, h], "time": time})
        return f.id.hex


def templates_of(lib: Library, external_id: str) -> int:
    """How many templates a person has (never the templates themselves)."""
    with lib.unit() as s:
        p = get_person(lib, external_id, s)
        return len(s.exec(select(FaceTemplate.id).where(FaceTemplate.person_id == p.id)).all())
