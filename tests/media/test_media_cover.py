"""The covered preview: the same decoder, orientation and fill as the export."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from mediadesk.media.export import REDACT_FILL, covered_preview, scale_boxes
from tests.media.media_factories import exif_bytes


def _photo(path: Path, orientation: int | None = None) -> Path:
    rng = np.random.default_rng(1)
    shown = Image.fromarray(rng.integers(60, 250, (600, 800, 3), dtype=np.uint8))
    if orientation == 6:
        shown.transpose(Image.Transpose.ROTATE_90).save(path, quality=92, exif=exif_bytes(orientation=6))
    else:
        shown.save(path, quality=92)
    return path


def test_scale_boxes() -> None:
    assert scale_boxes([(100, 50, 40, 20)], (400, 300), (800, 600)) == [(50, 25, 20, 10)]
    assert scale_boxes([(1, 2, 3, 4)], (800, 600), (800, 600)) == [(1, 2, 3, 4)]


def test_preview_fills_the_padded_box_scaled_and_upright(tmp_path: Path) -> None:
    for orientation in (None, 6):
        src = _photo(tmp_path / f"p{orientation}.jpg", orientation)
        im = covered_preview(src, [(400, 200, 100, 100)], max_side=400)
        assert im.size == (400, 300)  # upright, longest side 400
        a = np.asarray(im.convert("RGB")).astype(int)
        # box (200, 100, 50, 50) at half size, grown by 25% each side
        assert np.abs(a[92:158, 192:258] - np.array(REDACT_FILL)).max() == 0
        assert a[20:80, 20:80].mean() > 60  # elsewhere: the photo
        assert a[170:180, 220:230].mean() > 60  # just below the padded box
