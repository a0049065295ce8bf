"""Face detection and templates on dlib, with a scale chosen per image size.

dlib and the model files of ``face_recognition_models`` load lazily: the
HOG detector on the first :meth:`DlibEngine.detect`, the 5-point landmark
model and the ResNet template model on the first :meth:`DlibEngine.encode`
(so a library in ``detect`` mode never loads biometric models). The
``face_recognition`` package itself is never imported: loading only the
dlib models needed is ~1 s and ~80 MB cheaper per worker process, and
finding the model files through ``importlib`` avoids ``pkg_resources``.

Detection scale strategy (HOG)
------------------------------
dlib's HOG detector scans an image pyramid (each level 5/6 of the previous)
with an 80x80 window, so it has a hard lower limit on face size in the
*scanned* image and costs a fixed time per scanned pixel. Measured on the
project's 2-core machine (``tests/faces/synth.py`` group photos: 17 real
faces pasted at a fixed box height, 2 layouts each, 34 faces per size):

=================  =======  =======  =======  =======  =======  =======
face box height    28 px    32 px    36 px    50 px    60 px    70 px
=================  =======  =======  =======  =======  =======  =======
found, no upsample   0/34     0/34     0/34     4/34    30/34    34/34
found, upsample 1   23/34    32/34    34/34    34/34    34/34    34/34
=================  =======  =======  =======  =======  =======  =======

Cost is linear in scanned pixels: ~0.040 s per megapixel for 8-bit
grayscale input, ~0.054 s/MP for RGB on a quiet core (grayscale is 20-27 %
faster at the same recall), flat from 0.8 MP to 24 MP; up to 2x more on a
busy machine and for some image content. So a face of height ``f`` px in the
original is found reliably when the image is scanned at scale
``s >= HOG_MIN_FACE_PX / f`` (``HOG_MIN_FACE_PX`` = 70), at a cost of
``0.04 * s**2 * megapixels`` seconds.

Finding 30 px faces needs ``s = 2.33``: 5.4x the pixels. That is cheap for
small pictures (a 1 MP image: ~0.22 s) and too slow for 12 MP photos
(~2.6 s each on a quiet core, 5 s on a busy one), where a 30 px face is
0.75 % of the picture's width anyway.
:func:`plan_scale` therefore picks, per image size:

1. the scale that puts a ``min_face_px`` (30 px) face at ``HOG_MIN_FACE_PX``
   in the scanned image (an upscale for every picture), but
2. upscales only while the scanned image stays within ``budget_mp``
   (``SCAN_BUDGET_MP``); it never scans below the original resolution
   (so a 12 MP photo still finds every face of 70 px and up, as the
   ``face_recognition`` command line does at its defaults), and
3. downscales pictures above ``max_scan_mp`` (``MAX_SCAN_MP``) to that size.

The image is scaled with Pillow (bilinear, grayscale) and scanned without
dlib's own upsampling, which is the same work as dlib's 2x upsample when
``s = 2`` but allows any factor in between. Tiles are not used: HOG cost
per scanned pixel is flat from 0.8 to 24 MP, so tiling would only add the
overlap between tiles (it would help memory above ``MAX_SCAN_MP`` only).

Resulting guarantees with the defaults (``min_face_px`` = 30,
``SCAN_BUDGET_MP`` = 6, ``MAX_SCAN_MP`` = 24). HOG time on one core,
median of 3, measured while other test suites kept the 2-core machine busy
(load average 5-6; an idle core is ~1.6x faster, ~0.04 s/MP):

=====================  =====  ===========================  =======  ========
original               scale  smallest face found (orig.)  scanned  HOG time
=====================  =====  ===========================  =======  ========
640x480 (0.3 MP)       2.33   30 px                        1.7 MP   0.13 s
1280x960 (1.2 MP)      2.21   32 px                        6 MP     0.64 s
1600x1200 (1.9 MP)     1.77   40 px                        6 MP     0.48 s
1920x1080 (2.1 MP)     1.70   41 px                        6 MP     0.45 s
2000x1500 (3 MP)       1.41   49 px                        6 MP     0.53 s
4000x3000 (12 MP)      1.00   70 px                        12 MP    1.00 s
6000x4500 (27 MP)      0.94   74 px                        24 MP    2.56 s
=====================  =====  ===========================  =======  ========

HOG is not monotonic in scale: the half-shadowed child in
``knn_test_obama_and_biden.jpg`` (a 180 px face) is found at 1.0x and 1.41x
but missed at the planned 1.45x. So an upscaled image is also scanned at its
original size (1/scale**2 extra work, e.g. +48 % at 1.45x, +18 % at 2.33x)
and the boxes are merged: every face the ``face_recognition`` command line
finds at its defaults is found too.

Recall on built group photos (``tests/benchmarks/bench_faces.py``, 272
faces with known boxes in 35 photos): 272/272 found with these defaults
(271/272 before the second scan at the original size), against 200/272
for ``face_recognition``'s command line at its defaults (no upsampling):
1 MP group photos with 30-60 px faces 48/48 vs 10/48, 2 MP groups with
40-80 px faces 90/90 vs 56/90, 12 MP class photos with 70-260 px faces
104/104 for both. Smaller budgets trade those small faces for time
(budget 3 MP: 258/272, budget 2 MP: 225/272). CPU work on that set
relative to the command line: 1.50x at 6 MP, 1.16x at 3 MP, 1.02x at 2 MP
(with two workers on two idle cores: ~1.3x, ~1.7x, ~2.0x faster than it).
The real photos there are small portraits whose upscaling buys nothing; a
library of 12 MP photos costs ~0.75x the command line's work per photo.

Sampled video frames use :data:`VIDEO_SCAN_BUDGET_MP` (3 MP): a 60 s
1080p clip is 60 detections, and at 6 MP its detection alone took ~29 s on
the busy machine against ~11 s at 3 MP, with the same faces found. Frames
skip the second scan at the original size: a face on screen is sampled
once a second and joined into a track, so a miss at one scale in one
frame does not lose it. Measured on the benchmark clip (60 s 1080p, in
match mode): 17.3 s with the second scan, 11.9 s without, the same 13
tracks with the same spans.

A caller that needs smaller faces in a big group photo (e.g. a whole-school
photo) can build ``DlibEngine(budget_mp=...)`` (or pass ``budget_mp`` to
:func:`mediadesk.faces.scan.run_scan`) with a larger budget; the budget is
the one knob between recall of tiny faces and time.

When no templates are wanted, :func:`mediadesk.faces.prepare.load_gray`
decodes a JPEG's luma channel only (16 ms instead of 53 ms for 12 MP), and
HOG runs on grayscale (0.67 s vs 0.83 s for RGB on the same 12 MP image).

Templates
---------
:meth:`DlibEngine.encode` reproduces ``face_recognition.face_encodings``
(5-point landmarks, ResNet descriptor, padding 0.25, one jitter) on the
full-resolution RGB image, returning float32 vectors.
"""

from __future__ import annotations

import importlib.util
import math
import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mediadesk.faces.engine import Box, ModelName

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    from PIL import Image

#: Box height (scanned pixels) from which HOG finds every test face.
HOG_MIN_FACE_PX = 70.0
#: Same for the CNN (MMOD) detector, which is trained on ~80 px windows.
CNN_MIN_FACE_PX = 80.0
#: Smallest face (box height, original pixels) we try to find.
MIN_FACE_PX = 30.0
#: Upscaling stops when the scanned image would exceed this many megapixels.
SCAN_BUDGET_MP = 6.0
#: Budget for sampled video frames: a 60 s 1080p clip is 60 detections.
#: 1080p frames are scanned at 1.22x (faces from 57 px), 720p at 1.8x
#: (39 px), 640x360 at 2.33x (30 px).
VIDEO_SCAN_BUDGET_MP = 3.0
#: Images larger than this are downscaled to it before scanning.
MAX_SCAN_MP = 24.0
#: CNN work grows much faster; keep its scans small.
CNN_SCAN_BUDGET_MP = 2.0


@dataclass(frozen=True)
class ScalePlan:
    """How an image of a given size is scanned."""

    scale: float  #: scanned image = original * scale
    min_face_px: float  #: smallest face (original px) found reliably
    scan_mp: float  #: megapixels of the scanned image


def plan_scale(
    width: int,
    height: int,
    *,
    min_face_px: float = MIN_FACE_PX,
    budget_mp: float = SCAN_BUDGET_MP,
    max_scan_mp: float = MAX_SCAN_MP,
    detector_min_px: float = HOG_MIN_FACE_PX,
) -> ScalePlan:
    """The scan scale for a ``width`` x ``height`` image (see module docstring)."""
    mp = max(1, width * height) / 1e6
    wanted = detector_min_px / min_face_px
    affordable = max(1.0, math.sqrt(budget_mp / mp))
    scale = min(wanted, affordable, math.sqrt(max_scan_mp / mp))
    scale = max(scale, 1e-3)
    return ScalePlan(scale, detector_min_px / scale, mp * scale * scale)


_MODEL_LOCATORS = {
    "shape_predictor_5_face_landmarks.dat": "pose_predictor_five_point_model_location",
    "dlib_face_recognition_resnet_model_v1.dat": "face_recognition_model_location",
    "mmod_human_face_detector.dat": "cnn_face_detector_model_location",
}


def _model_path(name: str) -> str:
    """Path of a ``face_recognition_models`` file, without importing the package.

    Importing it pulls in ``pkg_resources`` (slow, deprecated); the files
    sit in its ``models`` folder. Falls back to the package's own locators.
    """
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is not None and spec.submodule_search_locations:
        for base in spec.submodule_search_locations:
            candidate = os.path.join(base, "models", name)
            if os.path.exists(candidate):
                return candidate
    import face_recognition_models

    return str(getattr(face_recognition_models, _MODEL_LOCATORS[name])())


def _cache_dir() -> str:
    override = os.environ.get("MEDIADESK_CACHE_DIR")
    if override:
        return os.path.join(override, "faces")
    from platformdirs import user_cache_dir

    return os.path.join(user_cache_dir("MediaDesk", appauthor=False), "faces")


def _frontal_face_detector(dlib: Any) -> Any:
    """dlib's HOG face detector, from a cached copy when possible.

    ``dlib.get_frontal_face_detector()`` decodes the model from an embedded
    string: ~0.3 s CPU in every worker process. A copy saved with
    ``detector.save`` loads in ~1 ms, so the first worker writes one to the
    user cache directory (atomically; keyed by dlib's version) and later
    workers load it. Any problem with the cache falls back to dlib.
    """
    version = str(getattr(dlib, "__version__", "0")).replace(os.sep, "_")
    try:
        folder = _cache_dir()
        path = os.path.join(folder, f"frontal_face_detector-dlib{version}.svm")
        if os.path.exists(path):
            return dlib.fhog_object_detector(path)
    except Exception:  # unreadable or damaged cache: rebuild it below
        path = ""
    detector = dlib.get_frontal_face_detector()
    if path:
        try:
            import tempfile

            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
            os.close(fd)
            try:
                detector.save(tmp)
                os.replace(tmp, path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError:
            pass  # read-only cache: fine, just slower next time
    return detector


class DlibEngine:
    """:class:`~mediadesk.faces.engine.FaceEngine` on dlib (HOG or CNN).

    Not thread-safe: use one engine per process (see :mod:`.scan`).
    """

    def __init__(
        self,
        model: ModelName = "hog",
        *,
        min_face_px: float = MIN_FACE_PX,
        budget_mp: float | None = None,
        max_scan_mp: float = MAX_SCAN_MP,
    ) -> None:
        if model not in ("hog", "cnn"):
            raise ValueError(f"unknown face model {model!r}")
        self.model: ModelName = model
        self.min_face_px = min_face_px
        if budget_mp is None:
            budget_mp = SCAN_BUDGET_MP if model == "hog" else CNN_SCAN_BUDGET_MP
        self.budget_mp = budget_mp
        self.max_scan_mp = max_scan_mp if model == "hog" else min(max_scan_mp, 4.0)
        self._detector: Any = None
        self._predictor: Any = None
        self._encoder: Any = None
        self._load_lock = threading.Lock()

    # -- loading -----------------------------------------------------------

    def _get_detector(self) -> Any:
        if self._detector is None:
            with self._load_lock:
                if self._detector is None:
                    import dlib

                    if self.model == "hog":
                        self._detector = _frontal_face_detector(dlib)
                    else:
                        self._detector = dlib.cnn_face_detection_model_v1(
                            _model_path("mmod_human_face_detector.dat")
                        )
        return self._detector

    def _get_encoder(self) -> tuple[Any, Any]:
        if self._encoder is None:
            with self._load_lock:
                if self._encoder is None:
                    import dlib

                    self._predictor = dlib.shape_predictor(
                        _model_path("shape_predictor_5_face_landmarks.dat")
                    )
                    self._encoder = dlib.face_recognition_model_v1(
                        _model_path("dlib_face_recognition_resnet_model_v1.dat")
                    )
        return self._predictor, self._encoder

    def warm_up(self, encodings: bool = False) -> None:
        """Load the models now (worker start-up) instead of on first use."""
        self._get_detector()
        if encodings:
            self._get_encoder()

    # -- detection ---------------------------------------------------------

    def plan(self, width: int, height: int, budget_mp: float | None = None) -> ScalePlan:
        """The scale plan this engine uses for an image of this size."""
        return plan_scale(
            width,
            height,
            min_face_px=self.min_face_px,
            budget_mp=self.budget_mp if budget_mp is None else budget_mp,
            max_scan_mp=self.max_scan_mp,
            detector_min_px=HOG_MIN_FACE_PX if self.model == "hog" else CNN_MIN_FACE_PX,
        )

    def detect(
        self, image: Image.Image, *, budget_mp: float | None = None, rescan_original: bool = True
    ) -> list[Box]:
        """Every face in ``image`` (upright 8-bit RGB, or "L" for HOG) as boxes.

        Boxes are in ``image``'s pixels, clipped to it, sorted left to right.
        ``budget_mp`` overrides the engine's scan budget for this call (video
        frames use :data:`VIDEO_SCAN_BUDGET_MP`). ``rescan_original=False``
        skips the second scan at the original size of an upscaled image
        (video frames: a face is seen in many samples, see the module doc).
        """
        from PIL import Image as PILImage

        width, height = image.size
        if width < 8 or height < 8:
            return []
        plan = self.plan(width, height, budget_mp)
        scale = plan.scale
        sw, sh = max(1, round(width * scale)), max(1, round(height * scale))
        work = image.convert("L") if self.model == "hog" else image.convert("RGB")
        if (sw, sh) != (width, height):
            if scale < 1.0:
                factor = int(1.0 / scale)
                if factor >= 2:  # cheap box reduce first, then the exact resize
                    work = work.reduce(factor)
                work = work.resize((sw, sh), PILImage.Resampling.BILINEAR)
            else:
                work = work.resize((sw, sh), PILImage.Resampling.BILINEAR)
        detector = self._get_detector()
        boxes = self._scan(detector, work, width, height)
        if scale > 1.05 and self.model == "hog" and rescan_original:
            # HOG is not monotonic in scale: a face found at the original size
            # can be missed at 1.45x (measured: the child in
            # knn_test_obama_and_biden.jpg). Scanning the original too costs
            # 1/scale**2 of the main scan and finds every face the
            # face_recognition command line finds at its defaults.
            base = image.convert("L")
            boxes += self._scan(detector, base, width, height)
        return _dedupe(sorted(boxes, key=lambda b: (b.x, b.y)))

    def _scan(self, detector: Any, work: Image.Image, width: int, height: int) -> list[Box]:
        """Run the detector on ``work`` (a scaled copy) and map boxes back."""
        import numpy as np

        arr = np.asarray(work)
        if self.model == "hog":
            rects = list(detector(arr, 0))
        else:
            rects = [d.rect for d in detector(arr, 0)]
        sx, sy = width / work.width, height / work.height
        boxes: list[Box] = []
        for r in rects:
            box = Box(
                round(r.left() * sx),
                round(r.top() * sy),
                round(r.width() * sx),
                round(r.height() * sy),
            ).clipped(width, height)
            if box.w >= 4 and box.h >= 4:
                boxes.append(box)
        return boxes

    # -- templates ---------------------------------------------------------

    def encode(
        self, image: Image.Image, boxes: list[Box], num_jitters: int = 1
    ) -> list[np.ndarray]:
        """One 128-d float32 template per box (same order as ``boxes``).

        Templates are biometric data: only call this in ``match`` mode or
        for enrolment, and keep the result only for enrolled people.
        """
        import dlib
        import numpy as np

        if not boxes:
            return []
        predictor, encoder = self._get_encoder()
        arr = np.asarray(image.convert("RGB"))
        shapes = dlib.full_object_detections()
        for b in boxes:
            rect = dlib.rectangle(b.x, b.y, b.x + b.w - 1, b.y + b.h - 1)
            shapes.append(predictor(arr, rect))
        descriptors = encoder.compute_face_descriptor(arr, shapes, num_jitters)
        return [np.asarray(d, dtype=np.float32) for d in descriptors]


def _dedupe(boxes: list[Box], max_iou: float = 0.5) -> list[Box]:
    """Drop boxes overlapping an earlier, larger box by more than ``max_iou``."""
    kept: list[Box] = []
    for b in sorted(boxes, key=lambda b: -b.area):
        if all(b.iou(k) <= max_iou for k in kept):
            kept.append(b)
    return sorted(kept, key=lambda b: (b.x, b.y))
