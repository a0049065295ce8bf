"""Decode an image file into what the face engine expects: 8-bit RGB, upright.

Phone photos store portrait shots as landscape pixels plus an EXIF
orientation tag; a detector fed the stored pixels sees faces lying on their
side and misses them. :func:`load_rgb` applies the orientation and converts
every mode Pillow can open (CMYK, 16-bit, palette, alpha, grayscale) to 8-bit
RGB. HEIC/HEIF support (pillow-heif) is registered on first use only.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

_HEIF_SUFFIXES = {".heic", ".heif", ".hif", ".avif"}
_heif_registered = False


def _register_heif() -> None:
    global _heif_registered
    if _heif_registered:
        return
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # pragma: no cover - pillow-heif is a dependency
        _heif_registered = True
        return
    register_heif_opener()
    _heif_registered = True


def to_rgb8(image: Image.Image) -> Image.Image:
    """``image`` as 8-bit RGB; alpha is composited onto white.

    16-bit modes ("I;16*", "I") are scaled down to 8 bits instead of being
    clipped, so a 16-bit grayscale or PNG keeps its contrast.
    """
    mode = image.mode
    if mode == "RGB":
        return image
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if mode.startswith("I;16") or mode == "I":
        import numpy as np

        arr = np.asarray(image.convert("I"), dtype=np.int64)
        top = 65535 if arr.max(initial=0) > 255 else 255
        arr8 = (arr * 255 // top).clip(0, 255).astype(np.uint8)
        return Image.fromarray(arr8, "L").convert("RGB")
    if mode == "F":
        import numpy as np

        arr = np.asarray(image, dtype=np.float64)
        hi = float(arr.max(initial=0.0)) or 1.0
        scale = 255.0 if hi <= 1.0 else 255.0 / hi
        return Image.fromarray((arr * scale).clip(0, 255).astype(np.uint8), "L").convert("RGB")
    if mode in ("RGB;16", "BGR;16") or mode.startswith("RGB"):
        return image.convert("RGB")
    # CMYK (Pillow inverts Adobe CMYK JPEGs itself), YCbCr, LAB, HSV, L, 1, P.
    return image.convert("RGB")


def load_rgb(path: str | os.PathLike[str]) -> Image.Image:
    """Open ``path`` as an upright 8-bit RGB image (EXIF orientation applied).

    Raises ``OSError``/``PIL.UnidentifiedImageError`` for unreadable files.
    """
    return _load(path, gray=False)


def load_gray(path: str | os.PathLike[str]) -> Image.Image:
    """Open ``path`` as an upright 8-bit grayscale ("L") image.

    What HOG detection needs when no templates are wanted: a JPEG is decoded
    straight to its luma channel (about 3x faster than a full RGB decode of
    a 12 MP photo), other formats go through :func:`to_rgb8` first so
    alpha, CMYK and 16-bit data are handled as in :func:`load_rgb`.
    """
    return _load(path, gray=True)


def load_rgb_reduced(path: str | os.PathLike[str], min_scale: float) -> tuple[Image.Image, float]:
    """``path`` as upright RGB, a JPEG decoded at the smallest DCT scale
    (1/2, 1/4, 1/8) that keeps at least ``min_scale`` of its size: far less
    work than a full decode when a detector only looks at it reduced.
    Returns the image and the scale it has (1.0 for other formats)."""
    return _load(path, gray=False, min_scale=min_scale)


def _load(path: str | os.PathLike[str], gray: bool, min_scale: float | None = None):
    p = Path(path)
    if p.suffix.lower() in _HEIF_SUFFIXES:
        _register_heif()
    try:
        opened = Image.open(p)
    except UnidentifiedImageError:
        if _heif_registered:
            raise
        _register_heif()  # a HEIC file with another suffix
        opened = Image.open(p)
    with opened as im:
        full_width = im.width
        if gray and im.format == "JPEG" and im.mode in ("RGB", "L"):
            im.draft("L", im.size)
        elif min_scale is not None and im.format == "JPEG" and im.mode in ("RGB", "L"):
            im.draft(im.mode, (math.ceil(im.width * min_scale), math.ceil(im.height * min_scale)))
        im.load()
        scale = im.width / full_width
        # Apply orientation first on the original mode (cheap for 8-bit data),
        # then convert; exif_transpose drops the orientation tag.
        upright = ImageOps.exif_transpose(im)
        if upright is None:  # pragma: no cover - only with in_place=True
            upright = im
        if gray and upright.mode == "L":
            out = upright
        else:
            out = to_rgb8(upright)
            if gray:
                out = out.convert("L")
        if out is im:
            out = im.copy()
    return out if min_scale is None else (out, scale)
