"""Build group photos with known face positions from the real test photos.

Used by the face tests and by ``tests/benchmarks/bench_faces.py``. Faces are
cut from the real photos in ``tests/data/faces`` around boxes that were
checked by eye (``SOURCE_FACES``), scaled so the face box has a chosen height
and pasted with a feathered edge onto a textured canvas. The expected box of
every pasted face is known exactly, so detection recall can be counted
without trusting another detector.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageOps
from mediadesk.faces.prepare import load_rgb

DATA = Path(__file__).resolve().parents[1] / "data"
FACES = DATA / "faces"
VIDEO = DATA / "video"

#: (file, (x, y, w, h) of the face box in the displayed image). Checked by eye.
SOURCE_FACES: list[tuple[str, tuple[int, int, int, int]]] = [
    ("alex-lacamoire.png", (184, 150, 156, 156)),
    ("biden.jpg", (419, 241, 322, 322)),
    ("knn_test_johnsnow_test1.jpg", (262, 180, 187, 187)),
    ("knn_test_kit_with_rose.jpg", (79, 130, 76, 75)),
    ("knn_test_kit_with_rose.jpg", (247, 92, 108, 108)),
    ("knn_test_obama1.jpg", (546, 204, 387, 387)),
    ("knn_test_obama_and_biden.jpg", (1150, 387, 187, 187)),
    ("knn_test_obama_and_biden.jpg", (737, 449, 187, 186)),
    ("knn_train_alex_lacamoire_img1.jpg", (277, 206, 322, 322)),
    ("knn_train_biden_biden2.jpg", (451, 297, 463, 463)),
    ("knn_train_kit_harington_john2.jpeg", (283, 98, 187, 187)),
    ("knn_train_obama_obama.jpg", (349, 142, 269, 268)),
    ("knn_train_rose_leslie_img1.jpg", (617, 112, 268, 268)),
    ("knn_train_rose_leslie_img2.jpg", (171, 171, 268, 269)),
    ("lin-manuel-miranda.png", (241, 170, 322, 322)),
    ("two_people.jpg", (778, 57, 187, 186)),
    ("two_people.jpg", (236, 47, 155, 156)),
]

#: Real photos and the boxes (x, y, w, h) of their faces, checked by eye on
#: a contact sheet. Cut-off faces at the border are left out, except the
#: deliberately partial face of test_obama_partial_face.jpg.
REAL_FACE_BOXES: dict[str, list[tuple[int, int, int, int]]] = {
    "alex-lacamoire.png": [(184, 150, 156, 156)],
    "biden.jpg": [(419, 241, 322, 322)],
    "knn_test_alex_lacamoire1.jpg": [(633, 206, 322, 322)],
    "knn_test_johnsnow_test1.jpg": [(262, 180, 187, 187)],
    "knn_test_kit_with_rose.jpg": [(79, 130, 76, 75), (247, 92, 108, 108)],
    "knn_test_obama1.jpg": [(546, 204, 387, 387)],
    "knn_test_obama_and_biden.jpg": [
        (1150, 387, 187, 187),
        (737, 449, 187, 186),
        (1594, 1062, 156, 155),
    ],
    "knn_train_alex_lacamoire_img1.jpg": [(277, 206, 322, 322)],
    "knn_train_biden_biden2.jpg": [(451, 297, 463, 463)],
    "knn_train_kit_harington_john1.jpeg": [(683, 110, 130, 130)],
    "knn_train_kit_harington_john2.jpeg": [(283, 98, 187, 187)],
    "knn_train_obama_obama.jpg": [(349, 142, 269, 268)],
    "knn_train_obama_obama2.jpg": [(171, 290, 268, 269)],
    "knn_train_rose_leslie_img1.jpg": [(617, 112, 268, 268)],
    "knn_train_rose_leslie_img2.jpg": [(171, 171, 268, 269)],
    "lin-manuel-miranda.png": [(241, 170, 322, 322)],
    "obama-1080p.jpg": [(854, 142, 269, 268)],
    "obama-240p.jpg": [(190, 32, 63, 63)],
    "obama-480p.jpg": [(390, 68, 108, 108)],
    "obama-720p.jpg": [(572, 98, 187, 187)],
    "obama_small.jpg": [(103, 68, 109, 108)],
    "test_32bit.png": [(171, 290, 268, 269)],
    "test_obama3.jpg": [(633, 277, 322, 322)],
    "test_obama_partial_face.jpg": [(0, 167, 192, 224)],
    "test_obama_partial_face2.jpg": [(349, 142, 269, 268)],
    "two_people.jpg": [(778, 57, 187, 186), (236, 47, 155, 156)],
}

#: The audience in the Hamilton clip, heads turned (three-quarter profile):
#: (time in s, face boxes (x, y, w, h) in the 640x360 frame), checked by eye.
CLIP_WITH_TURNED_HEADS = VIDEO / "short_hamilton_clip.mp4"
TURNED_HEADS: list[tuple[float, list[tuple[int, int, int, int]]]] = [
    (7.97, [(31, 70, 61, 61), (145, 96, 74, 74), (310, 59, 61, 61), (370, 103, 61, 61)]),
    (8.98, [(35, 57, 69, 69), (153, 101, 69, 69), (316, 64, 52, 52), (374, 106, 71, 71)]),
]


def clip_frame(path: Path, t: float) -> Image.Image:
    """The first decoded frame of the clip at or after ``t`` seconds, as RGB."""
    import av

    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        c.seek(int(t / stream.time_base), stream=stream)
        for frame in c.decode(stream):
            if frame.time >= t - 0.05:
                return frame.to_image()
    raise ValueError(f"{path} has no frame at {t} s")


_MARGIN = 0.9  # crop this much of the box size around the box on every side


@dataclass(frozen=True)
class PlacedFace:
    """Where a face was pasted: its box (x, y, w, h) and its source."""

    box: tuple[int, int, int, int]
    source: str


_crop_cache: dict[tuple[str, tuple[int, int, int, int]], Image.Image] = {}


def face_crop(name: str, box: tuple[int, int, int, int]) -> Image.Image:
    """The face ``box`` of photo ``name`` with a margin, as RGB."""
    key = (name, box)
    if key not in _crop_cache:
        im = ImageOps.exif_transpose(Image.open(FACES / name)).convert("RGB")
        x, y, w, h = box
        m = int(_MARGIN * max(w, h))
        _crop_cache[key] = im.crop((x - m, y - m, x + w + m, y + h + m))
    return _crop_cache[key]


def _canvas(width: int, height: int, seed: int) -> Image.Image:
    """A textured background: coloured noise blurred into blotches."""
    rng = random.Random(seed)
    small = Image.new("RGB", (max(4, width // 64), max(4, height // 64)))
    small.putdata(
        [
            (rng.randint(40, 220), rng.randint(40, 220), rng.randint(40, 220))
            for _ in range(small.width * small.height)
        ]
    )
    return small.resize((width, height), Image.Resampling.BICUBIC).filter(
        ImageFilter.GaussianBlur(3)
    )


def _feather_mask(size: int) -> Image.Image:
    mask = Image.new("L", (size, size), 0)
    inset = size // 10
    ImageDraw.Draw(mask).ellipse((inset, inset, size - inset, size - inset), fill=255)
    return mask.filter(ImageFilter.GaussianBlur(max(1, size // 20)))


def paste_face(
    canvas: Image.Image, source: tuple[str, tuple[int, int, int, int]], face_px: int, x: int, y: int
) -> PlacedFace:
    """Paste a source face scaled so its box is ``face_px`` high; (x, y) = crop corner."""
    name, box = source
    crop = face_crop(name, box)
    scale = face_px / box[3]
    size = max(8, round(crop.width * scale))
    patch = crop.resize((size, size), Image.Resampling.LANCZOS)
    canvas.paste(patch, (x, y), _feather_mask(size))
    m = int(_MARGIN * max(box[2], box[3]))
    return PlacedFace(
        (x + round(m * scale), y + round(m * scale), round(box[2] * scale), round(box[3] * scale)),
        name,
    )


def group_photo(
    width: int, height: int, face_sizes: list[int], seed: int = 0
) -> tuple[Image.Image, list[PlacedFace]]:
    """A canvas with one face per entry of ``face_sizes`` (face box height in px).

    Faces are laid out in rows like a group photo (shelf packing, biggest
    first, random gaps), so they never overlap; sources cycle through
    :data:`SOURCE_FACES`. Raises ValueError when they do not fit.
    """
    rng = random.Random(seed)
    canvas = _canvas(width, height, seed)
    order = sorted(range(len(face_sizes)), key=lambda i: -face_sizes[i])
    placed: dict[int, PlacedFace] = {}
    x, y, row_h = 2, 2, 0
    for i in order:
        px = face_sizes[i]
        src = SOURCE_FACES[(i + seed) % len(SOURCE_FACES)]
        size = max(8, round(face_crop(*src).width * px / src[1][3]))
        gap = rng.randint(2, max(3, size // 3))
        if x + size > width - 2:
            x, y, row_h = 2, y + row_h + rng.randint(2, 8), 0
        if y + size > height - 2 or x + size > width - 2:
            raise ValueError(f"{len(face_sizes)} faces do not fit on {width}x{height}")
        jitter = rng.randint(0, max(0, size // 6))
        if y + jitter + size > height - 2:
            jitter = 0
        placed[i] = paste_face(canvas, src, px, x, y + jitter)
        x += size + gap
        row_h = max(row_h, size + jitter)
    return canvas, [placed[i] for i in range(len(face_sizes))]


def iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Intersection over union of two (x, y, w, h) boxes."""
    ix = max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union else 0.0


def count_found(
    expected: Sequence[PlacedFace | tuple[int, int, int, int]],
    found: Sequence[tuple[int, int, int, int]],
    min_iou: float = 0.3,
) -> int:
    """How many expected faces have a found box overlapping them (one-to-one)."""
    used: set[int] = set()
    hits = 0
    for face in expected:
        box = face.box if isinstance(face, PlacedFace) else face
        best, best_j = 0.0, -1
        for j, b in enumerate(found):
            if j not in used and (v := iou(box, b)) > best:
                best, best_j = v, j
        if best >= min_iou:
            used.add(best_j)
            hits += 1
    return hits


def scaled_copy(name: str, dest: Path, max_side: int) -> Path:
    """A copy of test photo ``name`` with its longest side at most ``max_side``."""
    im = ImageOps.exif_transpose(Image.open(FACES / name)).convert("RGB")
    im.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = dest / (Path(name).stem + ".jpg")
    im.save(out, quality=92)
    return out


def write_clip(
    path: Path,
    scenes: list[tuple[str, float]],
    *,
    size: tuple[int, int] = (640, 360),
    fps: int = 30,
    gop: int = 30,
    pan: float = 0.08,
    source_dirs: Sequence[Path] = (FACES,),
) -> float:
    """Write an H.264 clip of slowly panning test photos; returns its duration.

    ``scenes`` is ``[(photo name, seconds), ...]``; each photo is fitted to
    ``size`` and panned across ``pan`` of its width so faces move a little
    between frames, as in a hand-held phone clip (keyframe every ``gop``).
    """
    import av

    width, height = size
    total = 0.0
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height = width, height
        stream.pix_fmt = "yuv420p"
        stream.options = {"g": str(gop), "preset": "ultrafast", "crf": "23"}
        for name, seconds in scenes:
            found = [d / name for d in source_dirs if (d / name).exists()]
            if not found:
                found = [d / f"{name}.png" for d in source_dirs if (d / f"{name}.png").exists()]
            src = ImageOps.exif_transpose(Image.open(found[0])).convert("RGB")
            # Fit the photo's height to the frame; letterbox it when it is
            # too narrow, leaving room to pan sideways.
            scale = height / src.height
            fitted = src.resize((round(src.width * scale), height), Image.Resampling.BILINEAR)
            big = Image.new(
                "RGB", (max(fitted.width, round(width * (1 + pan))), height), (30, 30, 34)
            )
            big.paste(fitted, ((big.width - fitted.width) // 2, 0))
            n = max(1, round(seconds * fps))
            slack_x = big.width - width
            y0 = (big.height - height) // 2
            for i in range(n):
                x0 = round(slack_x * (0.5 + pan * (i / n - 0.5)))
                x0 = min(max(0, x0), slack_x)
                frame = av.VideoFrame.from_image(big.crop((x0, y0, x0 + width, y0 + height)))
                for packet in stream.encode(frame):
                    container.mux(packet)
            total += n / fps
        for packet in stream.encode():
            container.mux(packet)
    return total


def rescaled_mosaic(
    width: int, height: int, plan: Sequence[tuple[str, int]], seed: int = 0
) -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """Whole real photos of :data:`REAL_FACE_BOXES`, each scaled so that its
    largest face is ``px`` high, packed in rows on one canvas (a phone photo
    of a class on the stairs: small faces, with their real surroundings).
    Returns the canvas and every face box in it; faces cut by a photo's
    border in the source are left out as there. Raises ValueError when the
    photos do not fit."""
    rng = random.Random(seed)
    canvas = _canvas(width, height, seed)
    boxes: list[tuple[int, int, int, int]] = []
    x, y, row_h = 2, 2, 0
    for name, px in plan:
        src = load_rgb(FACES / name)
        faces = REAL_FACE_BOXES[name]
        scale = px / max(b[3] for b in faces)
        small = src.resize((max(1, round(src.width * scale)), max(1, round(src.height * scale))), Image.LANCZOS)
        gap = rng.randint(4, 40)
        if x + small.width > width - 2:
            x, y, row_h = 2, y + row_h + rng.randint(4, 30), 0
        if y + small.height > height - 2 or x + small.width > width - 2:
            raise ValueError(f"{len(plan)} photos do not fit on {width}x{height}")
        canvas.paste(small, (x, y))
        boxes += [(x + round(b[0] * scale), y + round(b[1] * scale), round(b[2] * scale), round(b[3] * scale)) for b in faces]
        x += small.width + gap
        row_h = max(row_h, small.height)
    return canvas, boxes
