"""Covered-clip export benchmark: the cost of re-detection (not collected by pytest).

Run:  uv run python tests/benchmarks/bench_cover.py [--seconds S] [--size WxH]

A clip (default 20 s, 1280x720, 30 fps, H.264) with one real face (from
``tests/data/faces``, 120 px) that wanders on a curve and, between some
samples, goes out and back; its track is sampled once a second, as the face
scan samples. The clip is exported covered (:func:`mediadesk.media.cover.export_covered_clip`)
without re-detection and with it at every 2nd (default) and every 4th
in-between frame, each after a warm-up. Prints the wall time, the detector
runs, the ms per run and the frames in which some of the face is not filled.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FPS = 30
FACE = 120


def main() -> None:
    from tests.benchmarks.common import as_on_a_users_computer

    as_on_a_users_computer()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--size", default="1280x720")
    args = ap.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    import numpy as np
    from PIL import Image

    from mediadesk.media.cover import CoverTrack, Redetect, export_covered_clip
    from mediadesk.media.export import ExportPreset
    from mediadesk.services.export import clip_detector
    from tests.faces.synth import SOURCE_FACES, paste_face
    from tests.media.media_factories import write_clip

    source = SOURCE_FACES[11]

    def corner(t: float) -> tuple[int, int]:
        # a slow wander, and in every 3rd second a quick trip out and back
        x = width * 0.3 + width * 0.2 * math.sin(t / 3)
        y = height * 0.3 + height * 0.1 * math.sin(t / 2)
        if int(t) % 3 == 1:
            x += 160 * math.sin(math.pi * (t - int(t)))
        return round(x), round(y)

    def box(t: float) -> tuple[int, int, int, int]:
        return paste_face(Image.new("RGB", (width, height)), source, FACE, *corner(t)).box

    def frame(i: int, t: float) -> np.ndarray:
        canvas = Image.new("RGB", (width, height), (70, 110, 150))
        paste_face(canvas, source, FACE, *corner(t))
        return np.array(canvas)

    work = Path(tempfile.mkdtemp(prefix="mediadesk-bench-cover-"))
    clip = write_clip(work / "clip.mp4", size=(width, height), fps=FPS, seconds=float(args.seconds), frame_fn=frame)
    track = CoverTrack.from_samples([(float(t), box(float(t))) for t in range(args.seconds)])
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s); {args.seconds} s {width}x{height} at {FPS} fps, "
          f"one face of {FACE} px sampled every 1 s")

    def visible(path: Path) -> int:
        import av

        n = 0
        with av.open(str(path)) as c:
            s = c.streams.video[0]
            start = s.start_time or 0
            for f in c.decode(s):
                t = float((f.pts - start) * s.time_base)
                if t > args.seconds - 1:  # after the last sample: held, the face is still there
                    continue
                x, y, w, h = box(t)
                n += int(f.to_ndarray(format="rgb24")[y:y + h, x:x + w].max() >= 40)
        return n

    clip_detector()(np.zeros((64, 64, 3), np.uint8))  # warm-up: model loading is not timed
    for label, every in (("no re-detection", None), ("every 2nd frame", 2), ("every 4th frame", 4)):
        redetect = Redetect(clip_detector(), every=every) if every else None
        if redetect is not None:
            redetect.detector(np.zeros((64, 64, 3), np.uint8))
            redetect.runs = 0
        t0 = time.perf_counter()
        res = export_covered_clip(clip, work / f"out-{every}", ExportPreset(), [track], frame_size=(width, height),
                                  redetect=redetect)
        dt = time.perf_counter() - t0
        runs = redetect.runs if redetect else 0
        base = f"{label:16s} {dt:6.1f} s  detector runs {runs:4d}"
        if redetect:
            base += f"  grown {redetect.grown:4d}"
        print(f"{base}  face partly visible in {visible(res.path)} frame(s)")


if __name__ == "__main__":
    main()
