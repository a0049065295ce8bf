"""Face benchmark: ``mediadesk faces scan`` against face_recognition's command line, and a clip.

Run: ``uv run python tests/benchmarks/bench_faces.py [--runs N] [--no-video]
[--long-gop] [--budgets 3,2] [--equal-recall] [--phone]``

1. Photos. A fresh temporary folder receives every real photo of
   ``tests/data/faces`` plus group photos built from them
   (``tests/faces/synth.py``: real faces pasted at known sizes, so every
   expected box is known): 12 MP class photos (faces 70-260 px), 2 MP
   group photos (faces 40-80 px) and 1 MP group photos (faces 30-60 px).
   The folder is imported once into a library without a face scan (not
   timed). Timed as whole processes (start-up included), alternately, after
   a warm-up, median of ``--runs``, caches empty for every run:

   - baseline: ``face_detection <folder>`` (face_recognition's own command
     line, its defaults: HOG, no upsampling, one process);
   - ``mediadesk faces scan`` on a fresh copy of that library (two warm
     workers, detect mode); done when the faces are stored;
   - ``--budgets``: the engine alone (``run_scan``) at other scan budgets;
   - ``--equal-recall``: face_recognition's API with one upsampling, which
     finds the small faces too (slow; one run).

   Faces found are counted against the known boxes (IoU >= 0.3), with
   spurious boxes reported separately. ``--phone`` repeats the comparison on
   20 phone-size (12 MP) group photos.

2. Clip. A 60 s 1080p H.264 clip (30 fps, keyframe every 30 frames) of
   test photos and a group photo; timed: ``mediadesk import clip.mp4`` as a
   whole process into a library in ``match`` mode with 50 enrolled people
   (probe, poster, sampling once a second, detection, tracks, templates,
   matching, stored; a lone clip of 16 s or more is scanned in two parts on
   two workers). Target < 30 s. ``--long-gop`` adds the clip at g=250.

3. ``--import-12mp N`` (issue 12): the whole import of N (default 200)
   12 MP phone photos of group scenes with faces of 30-110 px, face
   detection on (the default), as one ``mediadesk import`` process, printed
   next to (a) a naive Pillow thumbnail loop over the same files (one
   process, full decode, 1600 and 256 px thumbnails), (b) face_recognition's
   ``face_detection --cpus 2`` on the same files, and ``mediadesk import
   --no-scan`` (the media pipeline alone), with the recall of (b) and of
   MediaDesk against the known boxes. One run of each, caches empty.

4. ``--compare-detectors``: the detectors side by side on the evaluation
   set of ``tests/faces/test_faces_recall.py`` (12 MP mosaics of real faces
   of 30-87 and 37-110 px, real photos scaled into a 12 MP photo, the
   ordinary test photos, turned heads from the Hamilton clip, a 12 MP photo
   without people): recall per size band, false faces and seconds per
   megapixel on one core for HOG at MediaDesk's former default (photo at
   its own size from 6 MP), HOG upsampled to a 20 MP budget (30 px faces),
   dlib's CNN (one small photo only: it is that slow), BlazeFace on tiles
   alone, and the default (BlazeFace + HOG up to 4 MP).

Targets on 2 cores: photos >= 2x faster than the baseline while finding at
least as many faces; clip < 30 s; 12 MP import >= 1.5x faster than (b) at
equal or better recall, media pipeline alone >= 3x the naive loop.
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
from mediadesk.services.people import get_person

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.faces.synth import (  # noqa: E402
    CLIP_WITH_TURNED_HEADS,
    FACES,
    TURNED_HEADS,
    clip_frame,
    REAL_FACE_BOXES,
    count_found,
    group_photo,
)

BIN = Path(sys.executable).parent
FACE_DETECTION = BIN / "face_detection"


# -- data ----------------------------------------------------------------------


def build_phone_photos(folder: Path, count: int = 20) -> dict[str, list[tuple[int, int, int, int]]]:
    """``count`` 12 MP (4032x3024) group photos with faces of 70-260 px, as a
    phone takes them at a school event; return expected boxes per file name."""
    expected: dict[str, list[tuple[int, int, int, int]]] = {}
    for i in range(count):
        sizes = [70 + (j * 41 + i * 13) % 190 for j in range(8 + i % 10)]
        image, placed = group_photo(4032, 3024, sizes, seed=100 + i)
        image.save(folder / f"phone_{i:02d}.jpg", quality=90)
        expected[f"phone_{i:02d}.jpg"] = [pl.box for pl in placed]
    return expected


def _one_12mp(args: tuple[Path, int]) -> tuple[str, list[tuple[int, int, int, int]]]:
    folder, i = args
    sizes = [30 + (j * 23 + i * 7) % 81 for j in range(18 + i % 15)]  # 30-110 px
    image, placed = group_photo(4000, 3000, sizes, seed=1000 + i)
    name = f"event_{i:03d}.jpg"
    image.save(folder / name, quality=90)
    return name, [pl.box for pl in placed]


def build_12mp_photos(folder: Path, count: int) -> dict[str, list[tuple[int, int, int, int]]]:
    """``count`` 12 MP group photos with 18-32 faces of 30-110 px each."""
    from multiprocessing import Pool

    with Pool(2) as pool:
        return dict(pool.map(_one_12mp, [(folder, i) for i in range(count)]))


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
    return elapsed, parse_face_detection(proc.stdout)


def parse_face_detection(stdout: str) -> dict[str, list[tuple[int, int, int, int]]]:
    """Boxes (x, y, w, h) per file name from ``face_detection``'s lines
    ``path,top,right,bottom,left``."""
    found: dict[str, list[tuple[int, int, int, int]]] = {}
    for line in stdout.splitlines():
        parts = line.rsplit(",", 4)
        if len(parts) != 5:
            continue
        top, right, bottom, left = (int(v) for v in parts[1:])
        found.setdefault(Path(parts[0]).name, []).append((left, top, right - left, bottom - top))
    return found


def scan_folder_main(folder: str, budget: float | None) -> None:
    """Child process: run_scan over every photo in ``folder``; print JSON boxes."""
    from mediadesk.faces.scan import run_scan

    files = sorted(f for f in os.listdir(folder) if f.lower().endswith((".jpg", ".jpeg", ".png")))
    jobs = [(f, os.path.join(folder, f), "photo") for f in files]
    out: dict[str, object] = {}
    for key, result in run_scan(jobs, False, workers=2, budget_mp=budget):
        out[key] = result if isinstance(result, str) else [f.box.as_tuple() for f in result.faces]
    print(json.dumps(out))


def _timed(cmd: list[str], label: str, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Run ``cmd`` as a whole process; (wall seconds, stdout). CPU goes to CPU[label]."""
    cpu0 = _child_cpu()
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    CPU.setdefault(label, []).append(_child_cpu() - cpu0)
    return elapsed, proc.stdout


def run_mediadesk(
    folder: Path, budget: float | None = None
) -> tuple[float, dict[str, list[tuple[int, int, int, int]]]]:
    """The engine alone (run_scan, 2 workers) in a fresh process, at a scan budget."""
    extra = [] if budget is None else ["--budget", str(budget)]
    # Caches start empty for every timed run (also dlib's detector cache).
    with tempfile.TemporaryDirectory(prefix="bench_cache_") as cache:
        env = dict(os.environ, MEDIADESK_CACHE_DIR=cache)
        cmd = [sys.executable, __file__, "--scan-folder", str(folder), *extra]
        elapsed, out = _timed(cmd, str(budget), env)
    raw = json.loads(out.strip().splitlines()[-1])
    found = {k: [tuple(b) for b in v] for k, v in raw.items() if not isinstance(v, str)}
    return elapsed, found  # type: ignore[return-value]


MEDIADESK = BIN / "mediadesk"


def prepare_library(folder: Path, db: Path) -> None:
    """A library holding every photo of ``folder``, imported without a face scan."""
    env = dict(os.environ, MEDIADESK_CACHE_DIR=str(db.parent / "import_cache"))
    subprocess.run(
        [str(MEDIADESK), "--db", str(db), "import", str(folder), "--no-scan"],
        check=True, capture_output=True, text=True, env=env,
    )


def faces_in_library(db: Path) -> dict[str, list[tuple[int, int, int, int]]]:
    """Face boxes stored in the library, per file name."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT asset.path, face.x, face.y, face.w, face.h FROM face"
            " JOIN asset ON asset.id = face.asset_id"
        ).fetchall()
    finally:
        con.close()
    found: dict[str, list[tuple[int, int, int, int]]] = {}
    for path, x, y, w, h in rows:
        found.setdefault(Path(path).name, []).append((x, y, w, h))
    return found


def run_mediadesk_cli(
    library: Path, work: Path
) -> tuple[float, dict[str, list[tuple[int, int, int, int]]]]:
    """``mediadesk faces scan`` as a whole process on a copy of the prepared
    library (every asset unscanned, caches empty); done when the faces are stored."""
    db = work / "scan.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(library, db)
    with tempfile.TemporaryDirectory(prefix="bench_cache_") as cache:
        env = dict(os.environ, MEDIADESK_CACHE_DIR=cache)
        elapsed, _ = _timed([str(MEDIADESK), "--db", str(db), "faces", "scan"], "cli", env)
    return elapsed, faces_in_library(db)


def equal_recall_main(folder: str) -> None:
    """Child process: face_recognition's API with one upsampling (finds ~32 px faces)."""
    import face_recognition

    out: dict[str, list[tuple[int, int, int, int]]] = {}
    for f in sorted(os.listdir(folder)):
        if f.lower().endswith((".jpg", ".jpeg", ".png")):
            image = face_recognition.load_image_file(os.path.join(folder, f))
            locs = face_recognition.face_locations(image, number_of_times_to_upsample=1)
            out[f] = [(left, top, right - left, bottom - top) for top, right, bottom, left in locs]
    print(json.dumps(out))


def run_equal_recall(folder: Path) -> tuple[float, dict[str, list[tuple[int, int, int, int]]]]:
    elapsed, out = _timed([sys.executable, __file__, "--equal-recall-folder", str(folder)], "upsample1")
    raw = json.loads(out.strip().splitlines()[-1])
    return elapsed, {k: [tuple(b) for b in v] for k, v in raw.items()}  # type: ignore[misc]


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


def photo_benchmark(runs: int, budgets: list[float], equal_recall: bool, phone: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="bench_faces_") as tmp:
        folder = Path(tmp) / "photos"
        folder.mkdir()
        expected = build_phone_photos(folder) if phone else build_photos(folder)
        megapixels = 0.0
        from PIL import Image

        for name in expected:
            with Image.open(folder / name) as im:
                megapixels += im.width * im.height / 1e6
        print(
            f"photos: {len(expected)} files, {megapixels:.0f} MP, "
            f"{sum(len(v) for v in expected.values())} faces (known boxes)"
        )
        library = Path(tmp) / "library.db"  # imported once, not timed; each run scans a copy
        prepare_library(folder, library)
        work = Path(tmp) / "work"
        work.mkdir()
        # Warm-up: page cache, bytecode, each program once on a small folder.
        warm = Path(tmp) / "warm"
        warm.mkdir()
        shutil.copy(FACES / "obama_small.jpg", warm)
        run_baseline(warm)
        warm_lib = Path(tmp) / "warm.db"
        prepare_library(warm, warm_lib)
        run_mediadesk_cli(warm_lib, work)
        for f in folder.iterdir():
            f.read_bytes()
        CPU.clear()
        times: dict[str, list[float]] = {"cli": [], "baseline": []}
        times.update({str(bu): [] for bu in budgets})
        found: dict[str, dict[str, list[tuple[int, int, int, int]]]] = {}
        for _ in range(runs):  # alternate, so load changes hit all alike
            t, found["baseline"] = run_baseline(folder)
            times["baseline"].append(t)
            t, found["cli"] = run_mediadesk_cli(library, work)
            times["cli"].append(t)
            for budget in budgets:
                t, found[str(budget)] = run_mediadesk(folder, budget)
                times[str(budget)].append(t)
        if equal_recall:
            t, found["upsample1"] = run_equal_recall(folder)
            times["upsample1"] = [t]
        load = os.getloadavg()[0]
        print(f"  load average during the runs: {load:.1f} on {os.cpu_count()} cores")
        b = statistics.median(times["baseline"])
        bh, total, bs = score(expected, found["baseline"])
        base_cpu = statistics.median(CPU["baseline"])
        labels = {
            "baseline": "face_detection CLI (its defaults, 1 process)",
            "cli": "mediadesk faces scan (defaults, 2 workers)",
            "upsample1": "face_recognition API, upsample 1 (1 process)",
        }
        labels.update({str(bu): f"MediaDesk engine only, budget {bu:g} MP" for bu in budgets})
        print(f"  {'':48s} {'wall s':>7s} {'ratio':>6s} {'CPU s':>6s}  faces found")
        for key in ["baseline", "cli", *[str(bu) for bu in budgets], *(["upsample1"] if equal_recall else [])]:
            m = statistics.median(times[key])
            h, _, sp = score(expected, found[key])
            c = statistics.median(CPU[key])
            print(
                f"  {labels[key]:48s} {m:7.2f} {b / m:5.2f}x {c:6.1f}  {h}/{total} (spurious {sp})"
                f"  runs {[round(x, 2) for x in times[key]]}"
            )
        m = statistics.median(times["cli"])
        mh, _, _ = score(expected, found["cli"])
        print(
            f"  target: >= 2x faster than the baseline while finding >= as many faces:"
            f" {b / m:.2f}x, {mh} vs {bh} faces; CPU work {statistics.median(CPU['cli']) / base_cpu:.2f}x the baseline's"
        )
        groups = {
            "12 MP phone photos (70-260 px)": [n for n in expected if n.startswith("phone_")],
            "real photos": [n for n in expected if n in REAL_FACE_BOXES],
            "12 MP class photos (70-260 px)": [n for n in expected if n.startswith("class_12mp")],
            "2 MP groups (40-80 px)": [n for n in expected if n.startswith("group_2mp")],
            "1 MP groups (30-60 px)": [n for n in expected if n.startswith("group_1mp")],
        }
        for label, names in groups.items():
            sub = {n: expected[n] for n in names}
            if not sub:
                continue
            cells = "  ".join(
                f"{key}: {score(sub, found[key])[0]:3d}/{len(sum(sub.values(), []))}" for key in found
            )
            print(f"    {label:32s} {cells}")


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


def build_match_library(db: Path, people: int = 50) -> None:
    """A library in ``match`` mode with ``people`` enrolled people, all with
    biometric consent: the five knn people enrolled from their real
    reference photos through the command line, and other pupils whose
    templates are written directly (real templates plus noise, so they are
    near enough to be compared with but far from the five)."""
    import numpy as np
    from sqlmodel import select

    from mediadesk.services.library import Library
    from mediadesk.store.tables import FaceTemplate
    from tests.faces.conftest import TRAIN

    real = {f"P{i:03d}": person for i, person in enumerate(TRAIN)}
    others = [f"P{i:03d}" for i in range(len(real), people)]
    folder = db.parent
    rows = ["external_id,name,role,birth_date,group,publication_ban"]
    rows += [f"{ext},{name},staff,,,no" for ext, name in real.items()]
    rows += [f"{ext},Pupil {ext},staff,,,no" for ext in others]
    (folder / "people.csv").write_text("\n".join(rows) + "\n")
    forms = [
        "external_id,granted_by,guardian_name,channels,media,signed_on,valid_from,"
        "valid_until,revoked_on,biometric,source,text_version"
    ]
    forms += [
        f"{ext},self,,website|facebook|instagram,photo|video,2026-08-20,,,,yes,paper,v3"
        for ext in [*real, *others]
    ]
    (folder / "consent.csv").write_text("\n".join(forms) + "\n")

    def cli(*args: str) -> None:
        subprocess.run(
            [str(MEDIADESK), "--db", str(db), *args], check=True, capture_output=True, text=True
        )

    cli("people", "import", str(folder / "people.csv"))
    cli("consent", "import", str(folder / "consent.csv"))
    cli("faces", "mode", "match", "--dpia-reference", "DPIA-bench", "--dpia-date", "2026-08-01")
    for ext, person in real.items():
        cli("faces", "enroll", ext, *[str(FACES / n) for n in TRAIN[person]])
    lib = Library.open(str(db))
    try:
        with lib.unit() as s:
            rows = s.exec(select(FaceTemplate.encoding)).all()
            base = np.stack([np.frombuffer(e, dtype=np.float32) for e in rows])
            rng = np.random.default_rng(1)
            for ext in others:
                v = base[rng.integers(len(base))] + rng.normal(0, 0.07, 128).astype(np.float32)
                s.add(
                    FaceTemplate(
                        person_id=get_person(lib, ext, s).id,
                        encoding=v.astype(np.float32).tobytes(),
                        source_sha256="benchmark",
                        created_by="benchmark",
                    )
                )
    finally:
        lib.close()


def video_benchmark(long_gop: bool) -> None:
    from tests.faces.conftest import TRAIN

    with tempfile.TemporaryDirectory(prefix="bench_clip_") as tmp:
        work = Path(tmp)
        library = work / "library.db"
        build_match_library(library)
        names = {f"P{i:03d}": person for i, person in enumerate(TRAIN)}
        for gop in [30] + ([250] if long_gop else []):
            clip = work / f"clip_g{gop}.mp4"
            t0 = time.perf_counter()
            duration = build_clip(clip, gop)
            print(
                f"clip: {duration:.0f} s 1920x1080 30 fps g={gop} "
                f"({clip.stat().st_size / 1e6:.1f} MB, written in {time.perf_counter() - t0:.0f} s)"
            )
            db = work / f"run_g{gop}.db"
            shutil.copy(library, db)
            clip.read_bytes()  # page cache, as for the baseline-free photo runs
            with tempfile.TemporaryDirectory(prefix="bench_cache_") as cache:
                env = dict(os.environ, MEDIADESK_CACHE_DIR=cache)  # caches start empty
                elapsed, out = _timed(
                    [str(MEDIADESK), "--db", str(db), "import", str(clip), "--json"], "clip", env
                )
            report = json.loads(out)
            asset = report["imported"][0]["asset"]
            _, listing = _timed(
                [str(MEDIADESK), "--db", str(db), "faces", "list", asset, "--json"], "list"
            )
            faces = json.loads(listing)
            print(
                f"  mediadesk import (probe + poster + sample + detect + track + encode + match"
                f" against 50 enrolled people + store): {elapsed:.1f} s whole process,"
                f" CPU {CPU['clip'][-1]:.1f} s (target < 30 s on 2 cores)"
            )
            print(f"  {len(faces)} tracks:")
            for f in faces:
                who = f"{names.get(f['suggested'], f['suggested'])} ({f['distance']:.2f})" if f["suggested"] else "-"
                print(f"    {f['time']:5.1f}-{f['end']:5.1f} s  box {f['box']['w']}px  suggestion {who}")


def compare_detectors() -> None:
    """Section 4 of the module doc."""
    from PIL import Image

    from mediadesk.faces.blazeface import BlazeFaceDetector
    from mediadesk.faces.dlib_engine import DlibEngine
    from mediadesk.faces.hybrid import HybridEngine
    from mediadesk.faces.prepare import load_rgb
    from tests.faces.synth import rescaled_mosaic

    bands = ((30, 44), (45, 64), (65, 87), (88, 110), (111, 10_000))
    sets: dict[str, list[tuple[Image.Image, list]]] = {}
    sets["12 MP, faces 30-87 px"] = [group_photo(4000, 3000, [30, 36, 44, 52, 60, 70, 87] * 6, seed=5)]
    sets["12 MP, faces 37-110 px"] = [group_photo(4000, 3000, [37, 50, 64, 80, 95, 110] * 7, seed=5)]
    whole = [n for n in REAL_FACE_BOXES if "partial" not in n]
    sizes = [30, 40, 52, 66, 80, 95, 110]
    sets["12 MP, real photos scaled in"] = [rescaled_mosaic(4000, 3000, [(n, sizes[i % 7]) for i, n in enumerate(whole)], seed=9)]
    sets["ordinary photos"] = [(load_rgb(FACES / n), b) for n, b in REAL_FACE_BOXES.items()]
    sets["turned heads (clip)"] = [(clip_frame(CLIP_WITH_TURNED_HEADS, t), b) for t, b in TURNED_HEADS]
    empty, _ = group_photo(4000, 3000, [], seed=3)
    blaze = BlazeFaceDetector()
    detectors = {
        "HOG, own size from 6 MP (before)": DlibEngine("hog"),
        "HOG upsampled, 20 MP budget": DlibEngine("hog", budget_mp=20),
        "BlazeFace tiles": blaze,
        "default: BlazeFace + HOG <= 4 MP": HybridEngine(),
    }
    cnn = DlibEngine("cnn")

    def boxes_of(det, image):
        return [b.as_tuple() for b in det.detect(image)]

    for name, det in detectors.items():
        print(f"{name}:")
        seconds = megapixels = 0.0
        for label, items in sets.items():
            per: dict[str, list[int]] = {}
            hits = total = extra = 0
            for image, expected in items:
                expected = [e.box if hasattr(e, "box") else e for e in expected]
                started = time.perf_counter()
                got = boxes_of(det, image)
                seconds += time.perf_counter() - started
                megapixels += image.width * image.height / 1e6
                h = count_found(expected, got)
                hits, total, extra = hits + h, total + len(expected), extra + len(got) - h
                for e in expected:
                    band = next(f"{lo}-{hi}" if hi < 10_000 else f"{lo}+" for lo, hi in bands if e[3] <= hi)
                    c = per.setdefault(band, [0, 0])
                    c[0] += count_found([e], got)
                    c[1] += 1
            bands_txt = ", ".join(f"{k} px {v[0]}/{v[1]}" for k, v in sorted(per.items(), key=lambda kv: int(kv[0].split("-")[0].rstrip("+"))))
            print(f"  {label:30s} {hits:3d}/{total:<3d} = {hits / total:.2f}  extra {extra:2d}   ({bands_txt})")
        started = time.perf_counter()
        false = len(det.detect(empty))
        seconds += time.perf_counter() - started
        megapixels += 12.0
        print(f"  {'12 MP without people':30s} {false} false faces;  {seconds / megapixels:.3f} s per MP on one core")
    image, expected = sets["ordinary photos"][6]
    started = time.perf_counter()
    got = boxes_of(cnn, image)
    mp = image.width * image.height / 1e6
    print(f"dlib CNN (mmod), one {mp:.1f} MP photo: {count_found(expected, got)}/{len(expected)} faces, "
          f"{(time.perf_counter() - started) / mp:.2f} s per MP on one core")


def import_benchmark(count: int) -> None:
    """Section 3 of the module doc: the whole import, detection on."""
    from tests.benchmarks.bench_media import naive_one

    with tempfile.TemporaryDirectory(prefix="bench_import_") as tmp:
        work = Path(tmp)
        folder = work / "photos"
        folder.mkdir()
        started = time.perf_counter()
        expected = build_12mp_photos(folder, count)
        print(f"{count} photos of 12 MP, {sum(map(len, expected.values()))} faces of 30-110 px "
              f"(made in {time.perf_counter() - started:.0f} s)")
        files = sorted(folder.iterdir())

        cache = work / "naive_cache"
        cache.mkdir()
        started = time.perf_counter()
        for f in files:
            naive_one(f, cache)
        naive = time.perf_counter() - started

        def mediadesk_import(label: str, *extra: str) -> tuple[float, Path]:
            db = work / f"{label}.sqlite"
            env = dict(os.environ, MEDIADESK_CACHE_DIR=str(work / f"{label}_cache"))
            elapsed, _ = _timed([str(MEDIADESK), "--db", str(db), "import", str(folder), *extra], label, env)
            return elapsed, db

        media_only, _ = mediadesk_import("no_scan", "--no-scan")
        whole, db = mediadesk_import("import")
        md_hits, total, md_spurious = score(expected, faces_in_library(db))

        started = time.perf_counter()
        proc = subprocess.run([str(FACE_DETECTION), "--cpus", "2", str(folder)], capture_output=True, text=True, check=True)
        cli = time.perf_counter() - started
        fr_hits, _, fr_spurious = score(expected, parse_face_detection(proc.stdout))

        print(f"  (a) naive Pillow loop             {naive:7.1f} s")
        print(f"  mediadesk import --no-scan        {media_only:7.1f} s  {naive / media_only:5.2f}x the naive loop")
        print(f"  mediadesk import (faces on)       {whole:7.1f} s  {naive / whole:5.2f}x the naive loop, "
              f"recall {md_hits}/{total} = {md_hits / total:.2f}, {md_spurious} spurious")
        print(f"  (b) face_detection --cpus 2       {cli:7.1f} s  "
              f"recall {fr_hits}/{total} = {fr_hits / total:.2f}, {fr_spurious} spurious")
        print(f"  mediadesk import is {cli / whole:.2f}x faster than (b)")
        for label, got in (("mediadesk", faces_in_library(db)), ("(b)", parse_face_detection(proc.stdout))):
            per: dict[int, list[int]] = {}
            for name, boxes in expected.items():
                for box in boxes:
                    c = per.setdefault(min(3, (box[3] - 30) // 20), [0, 0])
                    c[0] += count_found([box], got.get(name, []))
                    c[1] += 1
            names = {0: "30-49", 1: "50-69", 2: "70-89", 3: "90-110"}
            print(f"  recall per face height, {label}: " + ", ".join(
                f"{names[k]} px {v[0]}/{v[1]} = {v[0] / v[1]:.2f}" for k, v in sorted(per.items())))


def main() -> None:
    from tests.benchmarks.common import as_on_a_users_computer

    as_on_a_users_computer()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scan-folder", help=argparse.SUPPRESS)
    parser.add_argument("--equal-recall-folder", help=argparse.SUPPRESS)
    parser.add_argument("--budget", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--budgets", default="", help="extra photo scan budgets (MP) to compare, e.g. 3,2"
    )
    parser.add_argument(
        "--equal-recall",
        action="store_true",
        help="also time face_recognition's API with one upsampling (finds ~32 px faces; slow)",
    )
    parser.add_argument(
        "--phone",
        action="store_true",
        help="also run the photo comparison on 20 12 MP phone-size group photos",
    )
    parser.add_argument("--import-12mp", type=int, metavar="N", default=0,
                        help="only the whole-import benchmark on N 12 MP photos (issue 12; e.g. 200)")
    parser.add_argument("--compare-detectors", action="store_true",
                        help="only the detector comparison: recall per size band, false faces, s/MP")
    parser.add_argument("--no-photos", action="store_true")
    parser.add_argument("--no-video", action="store_true")
    parser.add_argument("--long-gop", action="store_true")
    args = parser.parse_args()
    if args.scan_folder:
        scan_folder_main(args.scan_folder, args.budget)
        return
    if args.equal_recall_folder:
        equal_recall_main(args.equal_recall_folder)
        return
    if not FACE_DETECTION.exists():
        sys.exit(f"{FACE_DETECTION} not found: run inside the project's venv (uv run)")
    if args.import_12mp or args.compare_detectors:  # either or both, in one run
        if args.compare_detectors:
            compare_detectors()
        if args.import_12mp:
            import_benchmark(args.import_12mp)
        return
    if not args.no_photos:
        extra = [float(v) for v in args.budgets.split(",") if v.strip()]
        photo_benchmark(args.runs, extra, args.equal_recall)
        if args.phone:
            print()
            photo_benchmark(args.runs, [], False, phone=True)
    if not args.no_video:
        video_benchmark(args.long_gop)


if __name__ == "__main__":
    main()
