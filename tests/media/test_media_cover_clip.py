"""Covering a face track in a clip: every frame of its span filled, the rest unchanged."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from mediadesk.core.progress import CancelToken, Cancelled
from mediadesk.media.cover import CoverTrack, cover_rect_at, covered_frame, export_covered_clip
from mediadesk.media.export import ExportPreset
from tests.media.media_factories import solid_frame, write_clip

FPS = 30
SIDE = 40  # the "face": a bright square


def face_x(t: float) -> int:
    """Not a straight line: interpolation alone would miss it a little."""
    return int(20 + 60 * t + 8 * math.sin(2 * math.pi * t))


def face_y(t: float) -> int:
    return int(90 + 20 * math.sin(math.pi * t / 2))


def moving_face(i: int, t: float) -> np.ndarray:
    arr = solid_frame((70, 110, 150))
    x, y = face_x(t), face_y(t)
    arr[y : y + SIDE, x : x + SIDE] = (250, 250, 250)
    return arr


#: what the face scan would have stored: a box every 0.5 s from 1.5 s to 2.5 s
SAMPLE_TIMES = (1.5, 2.0, 2.5)


def track() -> CoverTrack:
    return CoverTrack.from_samples([(t, (face_x(t), face_y(t), SIDE, SIDE)) for t in SAMPLE_TIMES])


def decode(path: Path) -> list[tuple[float, np.ndarray]]:
    import av

    out = []
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        start = s.start_time or 0
        for f in c.decode(s):
            out.append((float((f.pts - start) * s.time_base), f.to_ndarray(format="rgb24")))
    return out


def audio_seconds(path: Path) -> float:
    import av

    with av.open(str(path)) as c:
        a = c.streams.audio[0]
        n = sum(f.samples for f in c.decode(a))
        return n / a.codec_context.sample_rate


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("coverclip")
    return write_clip(d / "walk.mp4", fps=FPS, seconds=4.0, frame_fn=moving_face, audio=True)


@pytest.fixture(scope="module")
def covered(clip: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("covered")
    seen: list[tuple[int, int]] = []
    res = export_covered_clip(clip, d / "out", ExportPreset(None, 85), [track()], frame_size=(320, 240),
                              on_frame=lambda done, total: seen.append((done, total)))
    assert res.path.suffix == ".mp4" and res.reencoded and (res.width, res.height) == (320, 240)
    assert seen and seen[-1][0] == 4 * FPS and seen[-1][1] >= 4 * FPS  # progress per frame
    return res.path


def test_the_rect_interpolates_pads_for_motion_and_is_held_at_the_edges() -> None:
    tr = CoverTrack.from_samples([(1.0, (100, 100, 40, 40)), (2.0, (140, 100, 40, 40))])
    assert tr.interval == 1.0
    # halfway: the box halfway, 25 % margin (10 px) plus half the 40 px move (20 px) on x
    assert cover_rect_at(tr, 1.5, (640, 480)) == (120 - 30, 100 - 10, 160 + 30, 140 + 10)
    # at a sample: the sample's box, still padded for the motion around it
    assert cover_rect_at(tr, 1.0, (640, 480)) == (70, 90, 170, 150)
    # held one interval before the first sample, along the first move (union with the edge box)
    before = cover_rect_at(tr, 0.5, (640, 480))
    assert before is not None and before[0] <= 80 - 30 and before[2] >= 140 + 30
    assert cover_rect_at(tr, 0.0, (640, 480)) is not None
    assert cover_rect_at(tr, -0.01, (640, 480)) is None and cover_rect_at(tr, 3.01, (640, 480)) is None
    # clipped to the frame
    assert cover_rect_at(tr, 2.0, (150, 130)) == (110, 90, 150, 130)
    # a face seen once: held one default interval either side, no motion padding
    one = CoverTrack.from_samples([(5.0, (10, 10, 20, 20))])
    assert cover_rect_at(one, 4.0, (100, 100)) == (5, 5, 35, 35) == cover_rect_at(one, 6.0, (100, 100))


def test_the_face_is_filled_in_every_frame_of_its_span_and_only_there(clip: Path, covered: Path) -> None:
    before = dict(decode(clip))
    after = decode(covered)
    assert len(after) == len(before) == 4 * FPS  # same frames, same rate
    span = (SAMPLE_TIMES[0] - 0.5, SAMPLE_TIMES[-1] + 0.5)  # held one interval (0.5 s) at each edge
    checked_between = checked_edges = checked_outside = 0
    for t, arr in after:
        x, y = face_x(t), face_y(t)
        face = arr[y : y + SIDE, x : x + SIDE].astype(int)
        if span[0] - 1e-6 <= t <= span[1] + 1e-6:
            assert face.max() < 40, f"face visible at {t:.3f} s"
            if all(abs(t - s) > 0.02 for s in SAMPLE_TIMES):
                checked_between += 1
            if abs(t - span[0]) < 0.02 or abs(t - span[1]) < 0.02:
                checked_edges += 1
        elif t < span[0] - 0.25 or t > span[1] + 0.25:
            # away from the cover: the same picture as the source (codec tolerance)
            diff = np.abs(arr.astype(int) - before[min(before, key=lambda k: abs(k - t))].astype(int))
            assert diff.mean() < 3.0 and face[3:-3, 3:-3].mean() > 220, f"frame at {t:.3f} s changed"
            checked_outside += 1
    assert checked_between >= 50 and checked_edges >= 2 and checked_outside >= 30


def test_audio_is_kept_and_metadata_is_not(clip: Path, covered: Path) -> None:
    import av

    assert abs(audio_seconds(covered) - audio_seconds(clip)) <= 1 / FPS
    with av.open(str(covered)) as c:
        assert len(c.streams.audio) == 1 and c.streams.audio[0].codec_context.name == "aac"
        assert not {k for k in c.metadata if k not in ("major_brand", "minor_version", "compatible_brands")}
        assert c.streams.video[0].codec_context.name == "h264"


def test_the_preview_frame_shows_the_face_covered(clip: Path) -> None:
    t = 1.75  # between two samples
    image = covered_frame(clip, t, [track()], frame_size=(320, 240), max_side=320)
    arr = np.asarray(image).astype(int)
    x, y = face_x(t), face_y(t)
    assert image.size == (320, 240)
    assert arr[y : y + SIDE, x : x + SIDE].max() < 10
    assert abs(arr[5, 5] - (70, 110, 150)).max() < 12  # the rest as it is


def test_boxes_of_a_smaller_scan_frame_are_scaled(clip: Path, tmp_path: Path) -> None:
    half = CoverTrack.from_samples([(t, (face_x(t) // 2, face_y(t) // 2, SIDE // 2, SIDE // 2)) for t in SAMPLE_TIMES])
    res = export_covered_clip(clip, tmp_path / "half", ExportPreset(160, 85), [half], frame_size=(160, 120))
    assert (res.width, res.height) == (160, 120)
    for t, arr in decode(res.path):
        if 1.0 <= t <= 3.0:
            x, y = face_x(t) // 2, face_y(t) // 2
            assert arr[y + 2 : y + SIDE // 2 - 2, x + 2 : x + SIDE // 2 - 2].max() < 40, t


def test_a_cancel_leaves_no_file(clip: Path, tmp_path: Path) -> None:
    token = CancelToken()

    def stop(done: int, _total: int) -> None:
        if done == 20:
            token.cancel()

    with pytest.raises(Cancelled):
        export_covered_clip(clip, tmp_path / "gone", ExportPreset(None, 85), [track()], frame_size=(320, 240),
                            cancel=token, on_frame=stop)
    assert list(tmp_path.iterdir()) == []


def _bright_box(image) -> tuple[int, int, int, int]:
    """Where the white square is in an upright frame (what a detector would box)."""
    a = np.asarray(image.convert("RGB")).min(axis=2)
    ys, xs = np.nonzero(a > 200)
    return int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)


def test_a_rotated_clip_is_covered_where_the_face_is_shown(tmp_path: Path) -> None:
    """Stored landscape with a display matrix (a phone held upright): the scan's
    boxes are in the upright frame, and so is the cover."""
    from mediadesk.media.video import sample_frames

    src = write_clip(tmp_path / "phone.mp4", fps=FPS, seconds=3.0, frame_fn=moving_face, rotation_ccw=90)
    samples = [(f.t, _bright_box(f.image)) for f in sample_frames(src, every=0.5, include_poster=False)
               if 1.0 - 1e-6 <= f.t <= 2.0 + 1e-6]
    assert len(samples) == 3
    up = next(sample_frames(src, every=1.0, include_poster=False)).image.size
    assert up == (240, 320)  # shown upright
    res = export_covered_clip(src, tmp_path / "out", ExportPreset(None, 85), [CoverTrack.from_samples(samples)],
                              frame_size=up)
    assert (res.width, res.height) == (240, 320)
    out = decode(res.path)
    assert out[0][1].shape == (320, 240, 3)
    for t, arr in out:
        if 1.0 <= t <= 2.0:
            mask = arr.min(axis=2) > 200
            assert not mask.any(), f"face visible at {t:.3f} s"
        elif t < 0.4:
            assert (arr.min(axis=2) > 200).sum() > 600  # the face, as it was
