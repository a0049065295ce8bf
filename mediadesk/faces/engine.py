"""The face engine contract: boxes, detection and 128-d templates.

This module is cheap to import: it holds only the :class:`Box` value type
and the :class:`FaceEngine` protocol; :func:`mediadesk.faces.engines.get_engine`
builds an implementation. dlib and the model files are loaded only when an
engine first detects or encodes.

Engines are *not* thread-safe (dlib's detectors keep scratch state); run face
work in worker processes (:mod:`mediadesk.faces.scan`), one engine each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    from PIL import Image

ModelName = Literal["hog", "cnn"]


@dataclass(frozen=True)
class Box:
    """A face region in pixels of the displayed (EXIF-transposed) image.

    ``x``, ``y`` is the top-left corner, ``w``, ``h`` the size. Boxes are
    clipped to the image when produced by an engine.
    """

    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    @property
    def area(self) -> int:
        return max(0, self.w) * max(0, self.h)

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2.0, self.y + self.h / 2.0)

    def iou(self, other: Box) -> float:
        """Intersection over union with ``other`` (0.0 when disjoint)."""
        ix = min(self.right, other.right) - max(self.x, other.x)
        iy = min(self.bottom, other.bottom) - max(self.y, other.y)
        if ix <= 0 or iy <= 0:
            return 0.0
        inter = ix * iy
        union = self.area + other.area - inter
        return inter / union if union > 0 else 0.0

    def scaled(self, factor: float) -> Box:
        """This box with every coordinate multiplied by ``factor``."""
        return Box(
            round(self.x * factor),
            round(self.y * factor),
            round(self.w * factor),
            round(self.h * factor),
        )

    def clipped(self, width: int, height: int) -> Box:
        """This box clipped to an image of ``width`` x ``height``."""
        x0, y0 = max(0, self.x), max(0, self.y)
        x1, y1 = min(width, self.right), min(height, self.bottom)
        return Box(x0, y0, max(0, x1 - x0), max(0, y1 - y0))

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.w, self.h)


@runtime_checkable
class FaceEngine(Protocol):
    """Finds faces and computes 128-d templates for them.

    ``detect`` never computes templates: in the library's ``detect`` mode no
    biometric processing happens. ``encode`` is only called in ``match``
    mode or for enrolment.
    """

    def detect(self, image: Image.Image) -> list[Box]:
        """Every face in an 8-bit RGB image, as boxes in its pixels."""
        ...

    def encode(self, image: Image.Image, boxes: list[Box]) -> list[np.ndarray]:
        """One 128-d float32 template per box, in the same order."""
        ...
