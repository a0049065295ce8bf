"""run_scan in worker processes: results, errors, progress, cancellation."""

from __future__ import annotations

import multiprocessing
import shutil
import time
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
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        for key, result in run_scan(jobs, False, workers=2, cancel=token):
            assert isinstance(result, ScanResult)
            got.append(key)
            if len(got) == 2:
                token.cancel()
    elapsed = time.perf_counter() - started
    assert 2 <= len(got) < 10
    assert elapsed < 30
    assert not multiprocessing.active_children()


def test_run_scan_stops_when_the_caller_stops_reading(photos: dict[str, Path]) -> None:
    jobs = [(i, str(photos["obama"]), "photo") for i in range(20)]
    gen = run_scan(jobs, False, workers=2)
    key, result = next(gen)
    assert isinstance(result, ScanResult)
    gen.close()
    assert not multiprocessing.active_children()


def test_cancel_interrupts_a_running_video_scan(tmp_path: Path) -> None:
    import threading

    from tests.faces.synth import write_clip

    clip = tmp_path / "long.mp4"
    write_clip(clip, [("two_people.jpg", 30.0), ("knn_test_kit_with_rose.jpg", 30.0)])
    full = scan_path(str(clip), "video", False)  # in this process: the uncancelled cost
    assert len(full.faces) >= 4 and full.frames == 60
    token = CancelToken()
    timer = threading.Timer(2.5, token.cancel)  # after the worker started
    started = time.perf_counter()
    timer.start()
    with pytest.raises(Cancelled):
        for _ in run_scan([("clip", str(clip), "video")], False, workers=1, cancel=token):
            pass
    elapsed = time.perf_counter() - started
    timer.cancel()
    # Worker start-up (~1-2 s) plus at most a frame or two, not the whole clip.
    assert elapsed < 2.5 + 0.6 * full.seconds, (elapsed, full.seconds)
    assert not multiprocessing.active_children()
