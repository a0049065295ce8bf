"""Photos as the face engine wants them: 8-bit RGB (or luma), upright.

Phone photos store portrait shots as landscape pixels plus an EXIF
orientation tag; a detector fed the stored pixels sees faces lying on their
side and misses them. These are thin names over the one photo decoder,
:func:`mediadesk.media.photo.decode_displayed`, which thumbnails, the viewer
and export use too: the boxes found here are in the same pixels that are
drawn and covered. Raises :class:`mediadesk.media.errors.MediaError` for a
file that cannot be read.
"""

from __future__ import annotations

import os

from PIL import Image

from mediadesk.media.photo import decode_displayed


def load_rgb(path: str | os.PathLike[str]) -> Image.Image:
    """``path`` as an upright 8-bit sRGB image, whole."""
    return decode_displayed(path, None)[0]


def load_gray(path: str | os.PathLike[str]) -> Image.Image:
    """``path`` as an upright 8-bit luma ("L") image, whole: what HOG
    detection needs when no templates are wanted (a JPEG is decoded from
    its Y channel only, about 3x faster than a full RGB decode)."""
    return decode_displayed(path, None, gray=True)[0]


def load_rgb_reduced(path: str | os.PathLike[str], min_scale: float) -> tuple[Image.Image, float]:
    """``path`` as upright RGB, a JPEG decoded at the smallest DCT scale
    (1/2, 1/4, 1/8) that keeps at least ``min_scale`` of its size: far less
    work than a full decode when a detector only looks at it reduced.
    Returns the image and the scale it has (1.0 for other formats)."""
    image, full = decode_displayed(path, None, min_scale=min_scale)
    return image, image.width / full[0]
