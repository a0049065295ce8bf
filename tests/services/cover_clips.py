"""A clip with tracked faces for the covered-clip tests (services and GUI):
Emma (consent for photo and video on the website and Facebook, not Instagram)
walks across the picture from 1 s to 3 s; Mette (every channel) stands still."""

from __future__ import annotations

import math
import uuid
from datetime import date
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from mediadesk.faces.engine import Box
from mediadesk.faces.scan import FoundFace, ScanResult
from mediadesk.services import faces as face_service
from mediadesk.services.assets import review_complete, tag
from mediadesk.store.tables import Asset
from tests.helpers import register_asset
from tests.media.media_factories import solid_frame, write_clip

ON = date(2026, 10, 1)
EMMA, METTE = "S1042", "T1"  # Emma: website|facebook, photo|video; Mette: every channel and medium
FPS, SIDE = 30, 40
SHOWN = (1.0, 3.0)  # Emma is in the picture from 1 s to 3 s
SAMPLES = (1.0, 1.5, 2.0, 2.5, 3.0)  # the face scan's samples of her track (every 0.5 s)
METTE_BOX = (240, 20, SIDE, SIDE)


def emma_at(t: float) -> tuple[int, int, int, int]:
    return int(20 + 70 * t + 6 * math.sin(2 * math.pi * t)), int(120 + 15 * math.sin(t)), SIDE, SIDE


def frame(i: int, t: float) -> np.ndarray:
    arr = solid_frame((60, 100, 140))
    x, y, w, h = METTE_BOX
    arr[y:y + h, x:x + w] = (240, 200, 40)
    if SHOWN[0] - 1e-9 <= t <= SHOWN[1] + 1e-9:
        x, y, w, h = emma_at(t)
        arr[y:y + h, x:x + w] = (250, 250, 250)
    return arr


def scan_result(emma_track: bool = True, emma_tracks: Sequence[Sequence[float]] = (SAMPLES,)) -> ScanResult:
    """What the face scan finds on the clip: Mette's still face and (when
    ``emma_track``) Emma's moving one, each a track with its sampled boxes
    (``emma_tracks``: the sample times of each of Emma's tracks)."""
    faces = [FoundFace(box=Box(*METTE_BOX), time=0.0, end=3.5, best_time=0.0,
                       samples=tuple((float(t), Box(*METTE_BOX)) for t in np.arange(0.0, 3.51, 0.5)))]
    for times in emma_tracks if emma_track else ():
        faces.append(FoundFace(box=Box(*emma_at(times[0])), time=times[0], end=times[-1], best_time=times[0],
                               samples=tuple((t, Box(*emma_at(t))) for t in times)))
    return ScanResult("video", faces, 320, 240, 8)


def covered_clip(lib, tmp_path: Path, name: str = "walk.mp4", *, emma_track: bool = True,
                 emma_tracks: Sequence[Sequence[float]] = (SAMPLES,)) -> tuple[str, dict[str, str]]:
    """A 4 s clip (with audio) whose scan found Emma's moving face and Mette's
    still one, each confirmed as that person; returns (asset, {person: face id})."""
    face_service.set_mode(lib, "detect")
    path = write_clip(_mkdir(tmp_path) / name, fps=FPS, seconds=4.0, frame_fn=frame, audio=True)
    aid = register_asset(lib, path, kind="video")
    with lib.unit() as s:  # the real size and length, as the media probe records them
        a = s.get(Asset, uuid.UUID(hex=aid))
        a.width, a.height, a.duration = 320, 240, 4.0
        s.add(a)
    face_service.store_found(lib, {aid: scan_result(emma_track, emma_tracks)})
    ids = {}
    for f in face_service.list_faces(lib, aid):
        who = METTE if (f["box"]["x"], f["box"]["y"]) == METTE_BOX[:2] else EMMA
        face_service.resolve_face(lib, aid, f["id"], person=who)
        ids[who] = f["id"]
    tag(lib, aid, [EMMA, METTE])
    review_complete(lib, aid)
    return aid, ids


def _mkdir(tmp_path: Path) -> Path:
    (tmp_path / "event").mkdir(parents=True, exist_ok=True)
    return tmp_path / "event"


