"""Re-detection in :mod:`mediadesk.media.cover` with a stand-in detector (the
bright square is the "face"): where it runs, what it grows, what it ignores.
The real detector on a real face: tests/services/test_export_cover_redetect.py."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from mediadesk.media.cover import CoverTrack, Redetect, export_covered_clip, needs_redetect, painter
from mediadesk.media.export import ExportPreset
from tests.media.media_factories import solid_frame, write_clip
from tests.media.test_media_cover_clip import decode

FPS = 30
SIDE = 40
SIZE = (320, 240)
SAMPLES = (0.5, 1.5, 2.5)


def square_x(t: float) -> int:
    """Out 70 px to the right and back between the first two samples."""
    if SAMPLES[0] <= t <= SAMPLES[1]:
        return 60 + round(70 * math.sin(math.pi * (t - SAMPLES[0])))
    return 60


def frame(i: int, t: float) -> np.ndarray:
    arr = solid_frame((70, 110, 150))
    if SAMPLES[0] - 1e-9 <= t <= SAMPLES[-1] + 1e-9:
        arr[100:100 + SIDE, square_x(t):square_x(t) + SIDE] = (250, 250, 250)
    return arr


def find_square(rgb: np.ndarray) -> list[tuple[int, int, int, int]]:
    ys, xs = np.nonzero(rgb.min(axis=2) > 200)
    if len(xs) == 0:
        return []
    return [(int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1))]


def track() -> CoverTrack:
    return CoverTrack.from_samples([(t, (square_x(t), 100, SIDE, SIDE)) for t in SAMPLES])


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_clip(tmp_path_factory.mktemp("redetect") / "square.mp4", fps=FPS, seconds=3.0, frame_fn=frame)


def shown(path: Path) -> list[float]:
    out = []
    for t, arr in decode(path):
        if SAMPLES[0] - 1e-6 <= t <= SAMPLES[-1] + 1e-6:
            x = square_x(t)
            if arr[100:100 + SIDE, x:x + SIDE].astype(int).max() >= 40:
                out.append(t)
    return out


def test_where_every_frame_is_re_detected() -> None:
    still = CoverTrack.from_samples([(0.0, (50, 50, 40, 40)), (1.0, (52, 50, 40, 40)), (4.0, (52, 50, 40, 40)),
                                     (5.0, (90, 50, 40, 40))])
    assert not needs_redetect(still, 0.5)  # a small move at the scan's interval: every k-th frame
    assert needs_redetect(still, 2.0)  # 3 s between samples (interval 1 s)
    assert needs_redetect(still, 4.5)  # the box moved by more than half its size
    assert needs_redetect(still, -0.5) and needs_redetect(still, 5.5)  # the held edges
    assert needs_redetect(CoverTrack.from_samples([(1.0, (0, 0, 9, 9))]), 1.0)  # one sample: all held


def test_the_square_out_and_back_is_filled_only_with_re_detection(clip: Path, tmp_path: Path) -> None:
    plain = export_covered_clip(clip, tmp_path / "plain", ExportPreset(), [track()], frame_size=SIZE)
    assert len(shown(plain.path)) >= 10
    redetect = Redetect(find_square)
    res = export_covered_clip(clip, tmp_path / "found", ExportPreset(), [track()], frame_size=SIZE,
                              redetect=redetect)
    assert shown(res.path) == [] and res.detections == redetect.runs
    # 0 s to 3 s is 90 frames (held from 0 s, the clip ends before the hold does): not all of them
    assert 30 < redetect.runs < 88 and redetect.grown >= 10


def test_runs_on_every_kth_frame_where_nothing_moves_and_never_shrinks() -> None:
    calls: list[float] = []
    still = CoverTrack.from_samples([(0.0, (100, 100, 40, 40)), (1.0, (100, 100, 40, 40))], hold=0.0)

    def tiny(rgb: np.ndarray) -> list[tuple[int, int, int, int]]:
        calls.append(0)
        return [(rgb.shape[1] // 2 - 2, rgb.shape[0] // 2 - 2, 4, 4)]  # a tiny face in the middle

    for every in (2, 3):
        calls.clear()
        redetect = Redetect(tiny, every=every)
        paint = painter([still], SIZE, redetect, 1 / FPS)
        filled = []
        for i in range(FPS + 1):  # 0 s to 1 s, the two samples at either end
            rgb = np.full((SIZE[1], SIZE[0], 3), 255, np.uint8)
            paint(rgb, i / FPS, SIZE)
            filled.append(int((rgb == 0).all(axis=2).sum()))
        # every k-th of the 31 frames, never at the two sampled ones: 29 in between
        assert redetect.runs == len(calls) == {2: 15, 3: 10}[every]
        assert redetect.grown == 0 and len(set(filled)) == 1  # inside the box: the box as it was


def test_a_face_away_from_the_track_is_not_followed() -> None:
    still = CoverTrack.from_samples([(0.0, (100, 100, 40, 40)), (1.0, (100, 100, 40, 40))], hold=0.0)
    redetect = Redetect(lambda rgb: [(0, 0, 6, 6)], every=1)  # a face in the crop's corner, off the box
    paint = painter([still], SIZE, redetect, 1 / FPS)
    rgb = np.full((SIZE[1], SIZE[0], 3), 255, np.uint8)
    paint(rgb, 0.5, SIZE)
    assert redetect.runs == 1 and redetect.grown == 0
    ys, xs = np.nonzero((rgb == 0).all(axis=2))
    assert (xs.min(), ys.min(), xs.max(), ys.max()) == (90, 90, 149, 149)  # the box with its 25 % margin
