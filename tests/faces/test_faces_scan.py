"""run_scan in worker processes: results, errors, progress, cancellation."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import numpy as np
import pytest

from mediadesk.core.progress import CancelToken, Cancelled, Progress
from mediadesk.faces.scan import ScanResult, run_scan, scan_path
from tests.faces.synth import scaled_copy


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("scan")
    out = {
        "two": scaled_copy("two_people.jpg", d, 800),
        "rose": scaled_copy("knn_test_kit_with_rose.jpg", d, 700),
        "obama": scaled_copy("obama-480p.jpg", d, 600),
    }
    bad = d / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    out["bad"] = bad
    return out


def test_scan_path_photo_with_and_without_encodings(photos: dict[str, Path]) -> None:
    plain = scan_path(str(photos["two"]), "photo", False)
    assert plain.kind == "photo" and len(plain.faces) == 2
    assert all(f.encoding is None and f.time is None and f.end is None for f in plain.faces)
    matched = scan_path(str(photos["two"]), "photo", True)
    assert [f.box for f in matched.faces] == [f.box for f in plain.faces]
    assert all(f.encoding is not None and f.encoding.shape == (128,) for f in matched.faces)
    with pytest.raises(ValueError):
        scan_path(str(photos["two"]), "audio", False)  # type: ignore[arg-type]


def test_run_scan_yields_every_job_with_errors_per_file(photos: dict[str, Path]) -> None:
    jobs = [
        (1, str(photos["two"]), "photo"),
        (2, str(photos["rose"]), "photo"),
        (3, str(photos["bad"]), "photo"),
        (4, str(photos["obama"]), "photo"),
        (5, str(photos["obama"].with_name("missing.jpg")), "photo"),
    ]
    reports: list[Progress] = []
    results = dict(run_scan(jobs, True, workers=2, progress=reports.append))
    assert set(results) == {1, 2, 3, 4, 5}
    counts = {k: len(r.faces) for k, r in results.items() if isinstance(r, ScanResult)}
    assert counts == {1: 2, 2: 2, 4: 1}
    assert isinstance(results[3], str) and isinstance(results[5], str)
    enc = results[4].faces[0].encoding  # type: ignore[union-attr]
    assert isinstance(enc, np.ndarray) and enc.shape == (128,)
    assert reports[-1].done == 5 and reports[-1].total == 5
    assert [p.done for p in reports] == sorted(p.done for p in reports)
    assert not multiprocessing.active_children()


def test_run_scan_cancel_stops_cleanly(photos: dict[str, Path], tmp_path: Path) -> None:
    jobs = []
    for i in range(40):
        p = tmp_path / f"copy{i}.jpg"
        shutil.copy(photos["two"], p)
        jobs.append((i, str(p), "photo"))
    token = CancelToken()
    got: list[int] = []
    with pytest.raises(Cancelled):
        for key, result in run_scan(jobs, False, workers=2, cancel=token):
            assert isinstance(result, ScanResult)
            got.append(key)
            if len(got) == 2:
                token.cancel()
    assert 2 <= len(got) < 10  # stopped after the photos in hand, not the 40
    assert not multiprocessing.active_children()


def test_run_scan_stops_when_the_caller_stops_reading(photos: dict[str, Path]) -> None:
    jobs = [(i, str(photos["obama"]), "photo") for i in range(20)]
    gen = run_scan(jobs, False, workers=2)
    key, result = next(gen)
    assert isinstance(result, ScanResult)
    gen.close()
    assert not multiprocessing.active_children()


def test_cancel_interrupts_a_running_video_scan(tmp_path: Path) -> None:
    from tests.faces.synth import write_clip

    clip = tmp_path / "long.mp4"
    write_clip(clip, [("two_people.jpg", 30.0), ("knn_test_kit_with_rose.jpg", 30.0)])
    full = scan_path(str(clip), "video", False)  # in this process: the uncancelled cost
    assert len(full.faces) >= 4 and full.frames == 60
    token = CancelToken()
    reports: list = []

    def progress(p) -> None:
        reports.append(p)
        if p.stage == "frames" and p.done >= 3:  # the worker is well into the clip
            token.cancel()

    with pytest.raises(Cancelled):
        for _ in run_scan([("clip", str(clip), "video")], False, workers=1, cancel=token, progress=progress):
            pass
    frames = [p.done for p in reports if p.stage == "frames"]
    # stopped within a frame or two of the cancel, not at the end of the 60
    assert frames and max(frames) <= 6, frames
    assert not multiprocessing.active_children()


# ---- a long clip in parts ------------------------------------------------------------------------

CLIP = Path(__file__).resolve().parents[1] / "data" / "video" / "short_hamilton_clip.mp4"


def _spans(result: ScanResult) -> list[tuple[float, float]]:
    return sorted((f.time, f.end) for f in result.faces)


def test_a_clip_scanned_in_two_parts_gives_the_same_tracks() -> None:
    """The real clip, split at 5 s (forced; by default only clips of 16 s and
    more are split): the same tracks with the same spans, every frame counted
    once, progress over both parts, and a track running across the split is
    one track."""
    ((_, whole),) = list(run_scan([("c", CLIP, "video")], False, workers=2, split_clips_from=None))
    seen: list[Progress] = []
    ((_, parts),) = list(run_scan([("c", CLIP, "video")], False, workers=2, split_clips_from=0.0,
                                  progress=seen.append))
    assert not isinstance(whole, str) and not isinstance(parts, str)
    assert parts.frames == whole.frames == 10
    assert _spans(parts) == _spans(whole)
    assert any(t < 5.0 <= e for t, e in _spans(parts)), _spans(parts)  # one runs across the split
    # every track keeps its box at every sampled frame (covering it in a clip), across the split too
    times = lambda r: sorted([t for t, _b in f.samples] for f in r.faces)  # noqa: E731
    assert times(parts) == times(whole)
    assert all(f.samples and f.samples[0][0] == f.time and f.samples[-1][0] == f.end for f in parts.faces)
    frames = [p for p in seen if p.stage == "frames"]
    assert frames and max(p.total for p in frames) == 10 and frames[-1].done <= 10
    assert seen[-1].stage == "faces" and seen[-1].done == seen[-1].total


def _part(faces, first, last, sig_first=0.0, sig_last=0.0) -> ScanResult:
    sig = lambda v: np.full(48, v, dtype=np.float32)  # noqa: E731 - a flat colour signature
    return ScanResult("video", faces, 1920, 1080, int(last - first) + 1, 1.0,
                      first_time=first, last_time=last, first_signature=sig(sig_first), last_signature=sig(sig_last))


def test_join_parts_continues_only_the_same_face_in_the_same_shot() -> None:
    from mediadesk.faces.engine import Box
    from mediadesk.faces.scan import FoundFace, join_parts

    def face(t, e, box, enc=None):
        return FoundFace(box=box, time=t, end=e, encoding=enc, best_time=t, first_box=box, last_box=box)

    here, moved, far = Box(100, 100, 80, 80), Box(110, 104, 84, 84), Box(1500, 600, 80, 80)
    a = _part([face(0, 9, here), face(3, 9, far), face(2, 5, Box(800, 100, 60, 60))], 0, 9)
    b = _part([face(10, 20, moved), face(10, 12, Box(1200, 900, 80, 80))], 10, 20)
    joined = join_parts([a, b])
    assert sorted((f.time, f.end) for f in joined.faces) == [(0, 20), (2, 5), (3, 9), (10, 12)]
    assert joined.frames == a.frames + b.frames and joined.last_time == 20
    # a scene cut between the parts: nobody continues
    cut = join_parts([a, _part(b.faces, 10, 20, sig_first=0.5)])
    assert len(cut.faces) == 5
    # templates: the same place but another face does not continue
    e1, e2 = np.zeros(128, np.float32), np.full(128, 0.1, np.float32)  # distance 1.13
    other = join_parts([_part([face(0, 9, here, e1)], 0, 9), _part([face(10, 20, moved, e2)], 10, 20)])
    assert len(other.faces) == 2
    same = join_parts([_part([face(0, 9, here, e1)], 0, 9), _part([face(10, 20, moved, e1 + 0.01)], 10, 20)])
    assert [(f.time, f.end) for f in same.faces] == [(0, 20)]
    assert np.allclose(same.faces[0].encoding, e1 + 0.005)
