"""Reference templates for enrolling a person from their photos.

Only a person whose governing record has ``biometric = yes`` may be
enrolled; the templates returned here are biometric data and are stored as
that person's references, and deleted the moment that consent ends.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from mediadesk.faces.engine import FaceEngine
from mediadesk.faces.engines import get_engine
from mediadesk.faces.prepare import load_rgb

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np


def reference_encodings(
    path: str | os.PathLike[str], engine: FaceEngine | None = None
) -> list[np.ndarray]:
    """The 128-d template of the one face on the enrolment photo ``path``.

    Returns a list (one template today; room for several jitters or crops
    later). Raises ``ValueError`` naming the file when the photo holds no
    face or more than one: a reference must show exactly the person being
    enrolled.
    """
    engine = engine if engine is not None else get_engine("hog")
    image = load_rgb(path)
    boxes = engine.detect(image)
    name = os.fspath(path)
    if not boxes:
        raise ValueError(f"no face found in enrolment photo {name}; use a photo showing one face")
    if len(boxes) > 1:
        raise ValueError(
            f"{len(boxes)} faces found in enrolment photo {name}; use a photo showing only"
            " the person being enrolled"
        )
    return engine.encode(image, boxes)
