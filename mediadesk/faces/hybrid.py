"""The default face engine: BlazeFace on tiles, plus HOG where it is cheap.

- Every photo and clip frame goes through :class:`.blazeface.BlazeFaceDetector`
  (small faces in big photos, profiles, tilted heads).
- Images up to :data:`HOG_TOO_MAX_MP` megapixels (portraits, 1080p frames,
  small group photos) are also scanned by dlib's HOG as before, and the
  boxes are merged: every face HOG alone found is still found. On larger
  photos HOG at a useful scale costs several times BlazeFace's time and adds
  nothing measured (README, "Faces").
- Without LiteRT (no wheel for the platform) it is the HOG engine unchanged.

Templates (``encode``) stay face_recognition's 128-d dlib ResNet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mediadesk.faces import blazeface
from mediadesk.faces.dlib_engine import DlibEngine, _dedupe
from mediadesk.faces.engine import Box

if TYPE_CHECKING:  # pragma: no cover - typing only
    from PIL import Image

#: Above this size HOG is skipped when BlazeFace runs.
HOG_TOO_MAX_MP = 4.0
#: A BlazeFace box is tighter than HOG's: the same face overlaps less.
MERGE_IOU = 0.3


class HybridEngine(DlibEngine):
    """HOG's :class:`DlibEngine` with BlazeFace in front (``model`` stays "hog")."""

    def __init__(self, **kw) -> None:
        super().__init__("hog", **kw)
        self.blaze = blazeface.BlazeFaceDetector() if blazeface.available() else None

    def warm_up(self, encodings: bool = False) -> None:
        super().warm_up(encodings)
        if self.blaze is not None:
            self.blaze.warm_up()

    def detect(
        self, image: Image.Image, *, budget_mp: float | None = None, rescan_original: bool = True,
        scale: float = 1.0,
    ) -> list[Box]:
        """Faces in ``image``; ``scale`` < 1 when it is the photo decoded at
        reduced size (large photos only, where HOG is not used): boxes are
        in the photo's pixels."""
        if self.blaze is None:
            if scale != 1.0:
                raise ValueError("a reduced decode is for BlazeFace only")
            return super().detect(image, budget_mp=budget_mp, rescan_original=rescan_original)
        boxes = self.blaze.detect(image, scale=scale)
        if scale == 1.0 and image.width * image.height / 1e6 <= HOG_TOO_MAX_MP:
            boxes += super().detect(image, budget_mp=budget_mp, rescan_original=rescan_original)
        return _dedupe(boxes, max_iou=MERGE_IOU)

    def wants_reduced(self, width: int, height: int) -> float | None:
        """The smallest decode scale worth asking for a photo of this size
        when only boxes are wanted (None: decode it whole)."""
        if self.blaze is None or width * height / 1e6 <= HOG_TOO_MAX_MP:
            return None
        return blazeface.MIN_SCALE
