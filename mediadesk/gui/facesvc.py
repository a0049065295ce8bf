"""The face operations the GUI needs, in one thin module over
``mediadesk.services.faces`` (the viewer reads face rows through
``queries.faces_of`` for names and spans)."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediadesk.services import queries


def _svc():
    from mediadesk.services import faces

    return faces


def list_faces(lib, asset_id: str) -> list[queries.FaceRow]:
    return queries.with_lib(lib, queries.faces_of, asset_id)


def resolve_face(lib, asset_id: str, face_id: str, *, person: str | None = None,
                 not_identifiable: bool = False) -> None:
    """Link a face to a person (external id) or dismiss it as not identifiable."""
    if not_identifiable:
        _svc().resolve_face(lib, asset_id, face_id, not_identifiable=True)
    else:
        _svc().resolve_face(lib, asset_id, face_id, person=person)


def add_manual_face(lib, asset_id: str, box: tuple[int, int, int, int], time: float | None = None) -> str:
    return _svc().add_manual_face(lib, asset_id, box, time=time)


def reject_suggestion(lib, asset_id: str, face_id: str) -> None:
    _svc().reject_suggestion(lib, asset_id, face_id)


def set_face_mode(lib, mode: str, dpia_reference: str | None = None, dpia_date: date | None = None) -> None:
    _svc().set_mode(lib, mode, dpia_reference=dpia_reference, dpia_date=dpia_date)


def scan_assets(lib, asset_ids, progress=None, cancel=None) -> Any:
    """Always in worker processes: dlib holds the GIL, and in this process
    it would stall the GUI thread for the length of each detection.
    ``asset_ids`` None: every asset whose faces were not scanned yet."""
    ids = None if asset_ids is None else list(asset_ids)
    # two workers even for one asset: a long clip is scanned in two parts
    return _svc().scan_assets(lib, ids, progress=progress, cancel=cancel, inline=False, workers=2)


def can_scan() -> bool:
    try:
        return hasattr(_svc(), "scan_assets")
    except ImportError:  # pragma: no cover - faces layer not installed
        return False


def enroll(lib, external_id: str, images: list[str]) -> int:
    return _svc().enroll(lib, external_id, images)


def templates_of(lib, external_id: str) -> int:
    fn = getattr(_svc(), "templates_of", None)
    return fn(lib, external_id) if fn else 0
