"""The viewer draws the photo the faces were found on: one photo decoder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from mediadesk.faces.prepare import load_rgb
from mediadesk.gui.images import read_photo
from tests.faces.test_faces_detect import _rotated_jpeg


def _array(img) -> np.ndarray:
    from PySide6.QtGui import QImage

    img = img.convertToFormat(QImage.Format_RGB888)
    w, h, stride = img.width(), img.height(), img.bytesPerLine()
    raw = np.frombuffer(bytes(img.constBits()), dtype=np.uint8).reshape(h, stride)
    return raw[:, : 3 * w].reshape(h, w, 3)


def test_a_rotated_cmyk_photo_is_drawn_as_the_face_engine_saw_it(tmp_path: Path) -> None:
    path, shown = _rotated_jpeg(tmp_path)
    cmyk = tmp_path / "portrait_cmyk.jpg"
    with Image.open(path) as im:  # stored sideways, in CMYK, orientation tag kept
        im.convert("CMYK").save(cmyk, exif=im.getexif().tobytes(), quality=92)
    for p in (path, cmyk):
        seen = load_rgb(p)  # what detection looks at
        drawn, full = read_photo(str(p), 1600)
        assert (full.width(), full.height()) == seen.size == shown.size  # upright, portrait
        assert (drawn.width(), drawn.height()) == seen.size
        diff = np.abs(_array(drawn).astype(int) - np.asarray(seen, dtype=int)).mean()
        assert diff < 1.0, p.name  # the same pixels, not another decoder's


def test_an_unreadable_photo_gives_no_picture(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    img, full = read_photo(str(bad), 256)
    assert img.isNull() and not full.isValid()
