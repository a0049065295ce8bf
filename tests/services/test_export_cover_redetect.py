"""Re-detection while a clip is covered (issue 13 item 2): a real face that
moves out and back between two samples (both sampled at the same place, so
the interpolated box stands still) is filled in every frame only because
the face detector runs again near the track."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from mediadesk.media.cover import CoverTrack, Redetect, export_covered_clip, needs_redetect
from mediadesk.media.export import ExportPreset
from mediadesk.services.export import clip_detector
from tests.faces.synth import SOURCE_FACES, paste_face
from tests.media.media_factories import write_clip
from tests.media.test_media_cover_clip import decode

FPS = 30
SIZE = (480, 320)
FACE = 80  # the face box's height in pixels
SOURCE = SOURCE_FACES[11]  # knn_train_obama_obama.jpg
REST = (120, 100)  # where the pasted crop's corner is at the samples
SAMPLES = (0.5, 1.5, 2.5)  # the scan saw the face here, at the same place every time
SHOWN = (0.5, 2.5)
OUT = 100  # how far (pixels) the face goes to the right between 0.5 s and 1.5 s


def corner(t: float) -> tuple[int, int]:
    """Out to the right and back between the first two samples, still after."""
    if SAMPLES[0] <= t <= SAMPLES[1]:
        return REST[0] + round(OUT * math.sin(math.pi * (t - SAMPLES[0]) / (SAMPLES[1] - SAMPLES[0]))), REST[1]
    return REST


def face_at(t: float) -> tuple[int, int, int, int]:
    canvas = Image.new("RGB", SIZE, (70, 110, 150))
    return paste_face(canvas, SOURCE, FACE, *corner(t)).box


def frame(i: int, t: float) -> np.ndarray:
    canvas = Image.new("RGB", SIZE, (70, 110, 150))
    if SHOWN[0] - 1e-9 <= t <= SHOWN[1] + 1e-9:
        paste_face(canvas, SOURCE, FACE, *corner(t))
    return np.array(canvas)


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_clip(tmp_path_factory.mktemp("redetect") / "out_and_back.mp4", size=SIZE, fps=FPS, seconds=3.0,
                      frame_fn=frame)


def track() -> CoverTrack:
    return CoverTrack.from_samples([(t, face_at(t)) for t in SAMPLES])


def visible(path: Path) -> list[float]:
    """The frames (times) in which some of the face is not filled."""
    out = []
    for t, arr in decode(path):
        if SHOWN[0] - 1e-6 <= t <= SHOWN[1] + 1e-6:
            x, y, w, h = face_at(t)
            if arr[y:y + h, x:x + w].astype(int).max() >= 40:
                out.append(t)
    return out


def test_the_interpolated_box_stands_still_so_only_sparse_runs_are_planned() -> None:
    tr = track()
    assert tr.samples[0][1] == tr.samples[1][1]  # the same box at both samples
    assert not needs_redetect(tr, 1.0)  # nothing in the samples says the face moved
    assert needs_redetect(tr, 0.2) and needs_redetect(tr, 2.8)  # the held edges


def test_without_redetection_the_face_that_moved_out_and_back_shows(clip: Path, tmp_path: Path) -> None:
    res = export_covered_clip(clip, tmp_path / "plain", ExportPreset(), [track()], frame_size=SIZE)
    assert res.detections is None
    shown = visible(res.path)
    assert len(shown) >= 10 and all(SAMPLES[0] < t < SAMPLES[1] for t in shown)


def test_with_redetection_the_face_is_filled_in_every_frame(clip: Path, tmp_path: Path) -> None:
    redetect = Redetect(clip_detector())
    res = export_covered_clip(clip, tmp_path / "found", ExportPreset(), [track()], frame_size=SIZE,
                              redetect=redetect)
    assert visible(res.path) == []
    frames = decode(res.path)
    assert len(frames) == 3 * FPS
    # the cost is bounded: not every frame of the span (0 s to 3 s with the holds)
    assert res.detections == redetect.runs and 0 < redetect.runs < 3 * FPS
    assert redetect.grown >= 10
    # the face at rest is not followed outside its box: the frame away from it is unchanged
    for t, arr in frames:
        if t > SAMPLES[1] + 0.2:
            assert arr[:, 360:].astype(int).min() > 40, t


def test_a_covered_clip_export_reports_its_detector_runs(school, tmp_path: Path, monkeypatch) -> None:
    import json

    from sqlmodel import select

    from mediadesk.services import export as export_service
    from mediadesk.services.export import export_channel
    from mediadesk.store.tables import AuditEntry
    from tests.services.cover_clips import ON, covered_clip

    monkeypatch.setattr(export_service, "today", lambda: ON)
    aid, _ids = covered_clip(school, tmp_path)
    rep = export_channel(school, "instagram", tmp_path / "ig", on=ON, cover=True)
    (e,) = rep.exported
    # Emma's track: 1 s to 3 s sampled every 0.5 s, held 0.5 s at each edge (the clip is 4 s at 30 fps)
    assert 0 < e.redetections < 3 * 30 and e.to_json()["redetections"] == e.redetections
    with school.unit() as s:
        (audit,) = [a for a in s.exec(select(AuditEntry)).all() if a.action == "export"]
        assert json.loads(audit.new or "{}")["redetections"] == e.redetections

    off = export_channel(school, "instagram", tmp_path / "off", on=ON, cover=True, redetect=False)
    (e2,) = off.exported
    assert e2.redetections is None and "redetections" not in e2.to_json()


def test_the_covered_preview_frame_re_detects_too(clip: Path) -> None:
    from mediadesk.media.cover import covered_frame

    t = 20 / FPS  # the face half way out: 50 px to the right of the still box
    x, y, w, h = face_at(t)
    plain = np.array(covered_frame(clip, t, [track()], frame_size=SIZE))
    assert plain[y:y + h, x:x + w].astype(int).max() >= 40  # interpolation alone leaves part of it
    redetect = Redetect(clip_detector())
    found = np.array(covered_frame(clip, t, [track()], frame_size=SIZE, redetect=redetect))
    assert redetect.runs == 1 and found[y:y + h, x:x + w].astype(int).max() < 40
