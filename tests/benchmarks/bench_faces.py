"""Face benchmark: photo scan against the face_recognition command line, and a clip.

Run: ``uv run python tests/benchmarks/bench_faces.py [--no-video] [--long-gop] [--runs N]``

1. Photos. A fresh temporary folder receives every real photo of
   ``tests/data/faces`` plus group photos built from them
   (``tests/faces/synth.py``: real faces pasted at known sizes, so every
   expected box is known): 12 MP class photos (faces 70-260 px), 2 MP
   group photos (faces 40-80 px) and 1 MP group photos (faces 30-60 px).
   Timed, as whole processes (start-up included), alternately, after a
   warm-up, median of ``--runs``:

   - baseline: ``face_detection <folder>`` (face_recognition's own command
     line, its defaults: HOG, no upsampling, one process);
   - MediaDesk: a process that runs :func:`mediadesk.faces.scan.run_scan`
     over the same files (2 warm worker processes, detect mode).

   Faces found are counted against the known boxes (IoU >= 0.3), with
   spurious boxes reported separately.

2. Clip. A 60 s 1080p H.264 clip (30 fps, keyframe every 30 frames) of
   slowly panning test photos and group photos; timed: sample once a second
   + detect + track + encode + match every track against 50 enrolled
   templates, in one worker via ``run_scan`` (start-up included) and
   in-process. Target < 30 s. ``--long-gop`` adds the same clip at g=250.

Targets on 2 cores: photos >= 2x faster than the baseline while finding at
least as many faces; clip < 30 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.faces.synth import (  # noqa: E402
    FACES,
    REAL_FACE_BOXES,
    count_found,
    group_photo,
)

BIN = Path(sys.executable).parent
FACE_DETECTION = BIN / "face_detection"


# -- data ----------------------------------------------------------------------


def build_photos(folder: Path) -> dict[str, list[tuple[int, int, int, int]]]:
    """Write the benchmark photos; return expected boxes per file name."""
    expected: dict[str, list[tuple[int, int, int, int]]] = {}
    for name, boxes in REAL_FACE_BOXES.items():
        shutil.copy(FACES / name, folder / name)
        expected[name] = list(boxes)
    specs: list[tuple[str, int, int, list[int]]] = []
    for i in range(4):  # 12 MP class photos: 3-4 rows of pupils
        sizes = [70 + (j * 37 + i * 11) % 120 for j in range(24)] + [200, 260]
        specs.append((f"class_12mp_{i}.jpg", 4000, 3000, sizes))
    for i in range(3):  # 2 MP group photos, faces 40-80 px
        specs.append(
            (f"group_2mp_{i}.jpg", 1600, 1200, [40 + (j * 7 + i * 3) % 41 for j in range(30)])
        )
    for i in range(2):  # 1 MP group photos, faces 30-60 px
        specs.append((f"group_1mp_{i}.jpg", 1200, 850, [30 + (j * 5 + i) % 31 for j in range(24)]))
    for seed, (name, w, h, sizes) in enumerate(specs):
        image, placed = group_photo(w, h, sizes, seed=seed)
        image.save(folder / name, quality=90)
        expected[name] = [p.box for p in placed]
    return expected


# -- the two contenders -----------------------------------------------------------


CPU: dict[str, list[float]] = {}


def _child_cpu() -> float:
    """CPU seconds of all finished child processes (their workers included)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_baseline(folder: Path) -> tuple[float, dict[str, list[tuple[int, int, int, int]]]]:
    cpu0 = _child_cpu()
    started = time.perf_counter()
    proc = subprocess.run(
        [str(FACE_DETECTION), str(folder)], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - started
    CPU.setdefault("baseline", []).append(_child_cpu() - cpu0)
    found: dict[str, list[tuple[int, int, int, int]]] = {}
    for line in proc.stdout.splitlines():
        parts = line.rsplit(",", 4)
        if len(parts) != 5:
            continue
        top, right, bottom, left = (int(v) for v in parts[1:])
        found.setdefault(Path(parts[0]).name, []).append((left, top, right - left, bottom - top))
    return elapsed, found


def scan_folder_main(folder: str, budget: float | None) -> None:
    """Child process: run_scan over every photo in ``folder``; print JSON boxes."""
    from mediadesk.faces.scan import run_scan

    files = sorted(f for f in os.listdir(folder) if f.lower().endswith((".jpg", ".jpeg", ".png")))
    jobs = [(f, os.path.join(folder, f), "photo") for f in files]
    out: dict[str, object] = {}
    for key, result in run_scan(jobs, False, workers=2, budget_mp=budget):
        out[key] = result if isinstance(result, str) else [f.box.as_tuple() for f in result.faces]
    print(json.dumps(out))


def run_mediadesk(
    folder: Path, budget: float | None = None
) -> tuple[float, dict[str, list[tuple[int, int, int, int]]]]:
    cpu0 = _child_cpu()
    started = time.perf_counter()
    extra = [] if budget is None else ["--budget", str(budget)]
    # Caches start empty for every timed run (also dlib's detector cache).
    with tempfile.TemporaryDirectory(prefix="bench_cache_") as cache:
        env = dict(os.environ, MEDIADESK_CACHE_DIR=cache)
        proc = subprocess.run(
            [sys.executable, __file__, "--scan-folder", str(folder), *extra],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        )
    elapsed = time.perf_counter() - started
    CPU.setdefault(str(budget), []).append(_child_cpu() - cpu0)
    raw = json.loads(proc.stdout.strip().splitlines()[-1])
    found = {k: [tuple(b) for b in v] for k, v in raw.items() if not isinstance(v, str)}
    return elapsed, found  # type: ignore[return-value]


def score(
    expected: dict[str, list[tuple[int, int, int, int]]],
    found: dict[str, list[tuple[int, int, int, int]]],
) -> tuple[int, int, int]:
    """(expected faces found, expected total, spurious boxes)."""
    hits = total = spurious = 0
    for name, boxes in expected.items():
        got = found.get(name, [])
        h = count_found(boxes, got)
        hits += h
        total += len(boxes)
        spurious += max(0, len(got) - h)
    return hits, total, spurious


def photo_benchmark(runs: int, budgets: list[float | None]) -> None:
    with tempfile.TemporaryDirectory(prefix="bench_faces_") as tmp:
        folder = Path(tmp) / "photos"
        folder.mkdir()
        expected = build_photos(folder)
        megapixels = 0.0
        from PIL import Image

        for name in expected:
            with Image.open(folder / name) as im:
                megapixels += im.width * im.height / 1e6
        print(
            f"photos: {len(expected)} files, {megapixels:.0f} MP, "
            f"{sum(len(v) for v in expected.values())} faces (known boxes)"
        )
        # Warm-up: page cache, bytecode, both programs once on a small folder.
        warm = Path(tmp) / "warm"
        warm.mkdir()
        shutil.copy(FACES / "obama_small.jpg", warm)
        run_baseline(warm)
        run_mediadesk(warm)
        for f in folder.iterdir():
            f.read_bytes()
        base_times: list[float] = []
        md_times: dict[float | None, list[float]] = {b: [] for b in budgets}
        base_found: dict[str, list[tuple[int, int, int, int]]] = {}
        md_found: dict[float | None, dict[str, list[tuple[int, int, int, int]]]] = {}
        for _ in range(runs):  # alternate, so load changes hit both alike
            t, base_found = run_baseline(folder)
            base_times.append(t)
            for budget in budgets:
                t, md_found[budget] = run_mediadesk(folder, budget)
                md_times[budget].append(t)
        b = statistics.median(base_times)
        bh, total, bs = score(expected, base_found)
        load = os.getloadavg()[0]
        print(f"  load average during the runs: {load:.1f} on {os.cpu_count()} cores")
        print(
            f"  face_detection CLI (defaults): {b:6.2f} s  runs {[round(x, 2) for x in base_times]}"
            f"  found {bh}/{total}, spurious {bs}"
        )
        for budget in budgets:
            m = statistics.median(md_times[budget])
            mh, _, ms = score(expected, md_found[budget])
            label = "default" if budget is None else f"budget {budget:g} MP"
            print(
                f"  MediaDesk run_scan, 2 workers, {label}: {m:6.2f} s"
                f"  runs {[round(x, 2) for x in md_times[budget]]}  found {mh}/{total},"
                f" spurious {ms}  -> speed-up {b / m:.2f}x (target >= 2x), faces {mh} vs {bh}"
            )
        base_cpu = statistics.median(CPU["baseline"])
        print(f"  CPU seconds (load-independent): CLI {base_cpu:.1f}")
        for budget in budgets:
            c = statistics.median(CPU[str(budget)])
            label = "default" if budget is None else f"budget {budget:g} MP"
            print(
                f"    MediaDesk {label}: {c:.1f} CPU s = {c / base_cpu:.2f}x the CLI's work;"
                f" on two idle cores ~{base_cpu / (c / 2):.2f}x faster than the CLI"
            )
        groups = {
            "real photos": [n for n in expected if n in REAL_FACE_BOXES],
            "12 MP class photos (70-260 px)": [n for n in expected if n.startswith("class_12mp")],
            "2 MP groups (40-80 px)": [n for n in expected if n.startswith("group_2mp")],
            "1 MP groups (30-60 px)": [n for n in expected if n.startswith("group_1mp")],
        }
        for label, names in groups.items():
            sub = {n: expected[n] for n in names}
            bh, tot, _ = score(sub, base_found)
            ours = "  ".join(
                f"{'default' if bu is None else f'{bu:g} MP'}: "
                f"{score(sub, md_found[bu])[0]:3d}/{tot}"
                for bu in budgets
            )
            print(f"    {label:32s} CLI {bh:3d}/{tot:<3d}  MediaDesk {ours}")


# -- video ---------------------------------------------------------------------------


def build_clip(path: Path, gop: int) -> float:
    from tests.faces.synth import write_clip

    scenes = [
        ("knn_test_kit_with_rose.jpg", 10.0),
        ("knn_test_obama_and_biden.jpg", 10.0),
        ("two_people.jpg", 10.0),
        ("_group", 10.0),
        ("knn_test_johnsnow_test1.jpg", 10.0),
        ("knn_test_alex_lacamoire1.jpg", 10.0),
    ]
    # A group photo scene: save one into the faces folder's temp twin.
    group_dir = path.parent / "scene_src"
    group_dir.mkdir(exist_ok=True)
    image, _ = group_photo(1920, 1080, [90, 100, 110, 120, 95, 105, 115, 85], seed=11)
    image.save(group_dir / "_group.png")
    return write_clip(
        path, scenes, size=(1920, 1080), fps=30, gop=gop, source_dirs=(FACES, group_dir)
    )


def templates_50():
    """50 enrolled templates: 8 real reference templates + 42 other people."""
    import numpy as np

    from mediadesk.faces.enroll import reference_encodings
    from tests.faces.conftest import TRAIN

    encs, ids = [], []
    for person, names in TRAIN.items():
        for name in names:
            encs += reference_encodings(FACES / name)
            ids.append(person)
    rng = np.random.default_rng(1)
    base = np.stack(encs)
    while len(encs) < 50:  # other pupils: real-looking templates far from these
        v = base[rng.integers(len(base))] + rng.normal(0, 0.07, 128).astype(np.float32)
        encs.append(v.astype(np.float32))
        ids.append(f"pupil_{len(ids)}")
    return np.stack(encs), ids


def video_benchmark(long_gop: bool) -> None:
    from mediadesk.faces.matching import suggest_many
    from mediadesk.faces.scan import run_scan, scan_path

    templates, ids = templates_50()
    with tempfile.TemporaryDirectory(prefix="bench_clip_") as tmp:
        os.environ["MEDIADESK_CACHE_DIR"] = str(Path(tmp) / "cache")  # starts empty
        for gop in [30] + ([250] if long_gop else []):
            clip = Path(tmp) / f"clip_g{gop}.mp4"
            t0 = time.perf_counter()
            duration = build_clip(clip, gop)
            print(
                f"clip: {duration:.0f} s 1920x1080 30 fps g={gop} "
                f"({clip.stat().st_size / 1e6:.1f} MB, written in {time.perf_counter() - t0:.0f} s)"
            )
            started = time.perf_counter()
            results = list(run_scan([("clip", str(clip), "video")], True, workers=1))
            ((_, result),) = results
            assert not isinstance(result, str), result
            suggestions = suggest_many([f.encoding for f in result.faces], templates, ids)
            whole = time.perf_counter() - started
            t1 = time.perf_counter()
            inproc = scan_path(str(clip), "video", True)
            suggest_many([f.encoding for f in inproc.faces], templates, ids)
            inproc_t = time.perf_counter() - t1
            print(
                f"  sample + detect + track + encode + match (50 templates): "
                f"{whole:.1f} s via run_scan incl. worker start-up, {inproc_t:.1f} s in-process "
                f"(target < 30 s); {result.frames} frames sampled"
            )
            print(f"  {len(result.faces)} tracks:")
            for f, s in zip(result.faces, suggestions):
                who = f"{s[0]} ({s[1]:.2f})" if s else "-"
                print(f"    {f.time:5.1f}-{f.end:5.1f} s  box {f.box.w}px  suggestion {who}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scan-folder", help=argparse.SUPPRESS)
    parser.add_argument("--budget", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--budgets", default="", help="extra photo scan budgets (MP) to compare, e.g. 3,2"
    )
    parser.add_argument("--no-photos", action="store_true")
    parser.add_argument("--no-video", action="store_true")
    parser.add_argument("--long-gop", action="store_true")
    args = parser.parse_args()
    if args.scan_folder:
        scan_folder_main(args.scan_folder, args.budget)
        return
    if not FACE_DETECTION.exists():
        sys.exit(f"{FACE_DETECTION} not found: run inside the project's venv (uv run)")
    if not args.no_photos:
        extra = [float(v) for v in args.budgets.split(",") if v.strip()]
        photo_benchmark(args.runs, [None, *extra])
    if not args.no_video:
        video_benchmark(args.long_gop)


if __name__ == "__main__":
    main()
