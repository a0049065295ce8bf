"""Suggest a known person for a face template (numpy only, no dlib).

A template is the 128-d vector from :meth:`FaceEngine.encode`; two faces
of the same person lie close in Euclidean distance. :func:`suggest` returns
the enrolled person whose *nearest* template is closest, but only when that
distance is under :data:`MATCH_THRESHOLD`. A suggestion never clears
anything: it is shown to a member of staff for confirmation (the model is
known to confuse children and siblings).

Templates are biometric data (GDPR art. 9). Only templates of *enrolled*
people (``biometric = yes``) are stored; the template of a scanned face is
compared here and then dropped unless it is linked to an enrolled person.

Threshold (measured; full numbers in ``mediadesk/faces/THRESHOLD.md``)
----------------------------------------------------------------------
``face_recognition`` suggests 0.6. We measured every pair among 23 faces of
9 people in the real test photos (``tests/data/faces``: the five knn people,
the clip's two reference faces, the child in ``knn_test_obama_and_biden``,
``biden.jpg``, ``obama-720p``, ``test_obama3``, ``two_people``), templates
from :class:`~mediadesk.faces.dlib_engine.DlibEngine` (one jitter), leaving
out 3 near-duplicate pairs (crops of one photo, distance < 0.08):

====================  =====  =====  ======  =====  ===========
pairs                 count  min    median  max    tail
====================  =====  =====  ======  =====  ===========
same person             36   0.329  0.382   0.521  p95 0.485
different people       214   0.696  0.857   1.108  p5 0.731
====================  =====  =====  ======  =====  ===========

Against the enrolled knn_train templates every knn_test face's nearest
same-person template is <= 0.433 and its nearest other person >= 0.696. In
``short_hamilton_clip.mp4`` Lin-Manuel Miranda's track templates lie at
0.385-0.497 from his reference, other faces at >= 0.67.

``MATCH_THRESHOLD = 0.5``: zero false matches on this data with a margin of
0.196 below the closest different-person pair (that margin matters: children
of one family lie closer together than these adults), while every knn test
face is still recognised. Raising it towards 0.6 gains nothing here and
halves the margin.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar
from collections.abc import Hashable

if TYPE_CHECKING:  # numpy is imported on first use: importing this module is free
    import numpy as np

#: Largest template distance at which a person is suggested (see above).
MATCH_THRESHOLD = 0.5

#: Length of a face template.
TEMPLATE_SIZE = 128

P = TypeVar("P", bound=Hashable)


def as_templates(templates: np.ndarray | Sequence[np.ndarray]) -> np.ndarray:
    """``templates`` as a float32 array of shape (N, 128) (N may be 0)."""
    import numpy as np

    arr = np.asarray(templates, dtype=np.float32)
    if arr.size == 0:
        return np.zeros((0, TEMPLATE_SIZE), dtype=np.float32)
    if arr.ndim == 1:
        arr = arr.reshape(1, -1)
    if arr.ndim != 2 or arr.shape[1] != TEMPLATE_SIZE:
        raise ValueError(f"templates must have shape (N, {TEMPLATE_SIZE}), got {arr.shape}")
    return arr


def distances(encoding: np.ndarray, templates: np.ndarray) -> np.ndarray:
    """Euclidean distance from ``encoding`` (128,) to each row of ``templates`` (N, 128)."""
    import numpy as np

    enc = np.asarray(encoding, dtype=np.float32).reshape(-1)
    if enc.shape[0] != TEMPLATE_SIZE:
        raise ValueError(f"encoding must have {TEMPLATE_SIZE} values, got {enc.shape[0]}")
    tmpl = as_templates(templates)
    if tmpl.shape[0] == 0:
        return np.zeros((0,), dtype=np.float32)
    return np.linalg.norm(tmpl - enc, axis=1)


def suggest(
    encoding: np.ndarray,
    templates: np.ndarray,
    person_ids: Sequence[P],
    threshold: float = MATCH_THRESHOLD,
) -> tuple[P, float] | None:
    """The enrolled person best matching ``encoding``, or None.

    ``templates[i]`` belongs to ``person_ids[i]`` (a person may have several
    templates). The person whose closest template is nearest wins; the
    suggestion is ``(person_id, distance)`` when that distance is strictly
    under ``threshold``, else ``None``.
    """
    tmpl = as_templates(templates)
    if len(person_ids) != tmpl.shape[0]:
        raise ValueError(f"{tmpl.shape[0]} templates but {len(person_ids)} person ids")
    if tmpl.shape[0] == 0:
        return None
    d = distances(encoding, tmpl)
    best = int(d.argmin())
    best_d = float(d[best])
    if best_d < threshold:
        return person_ids[best], best_d
    return None


def suggest_many(
    encodings: Sequence[np.ndarray] | np.ndarray,
    templates: np.ndarray,
    person_ids: Sequence[P],
    threshold: float = MATCH_THRESHOLD,
) -> list[tuple[P, float] | None]:
    """:func:`suggest` for several faces at once (one matrix product)."""
    import numpy as np

    enc = np.asarray(encodings, dtype=np.float32)
    if enc.size == 0:
        return []
    enc = enc.reshape(-1, TEMPLATE_SIZE)
    tmpl = as_templates(templates)
    if len(person_ids) != tmpl.shape[0]:
        raise ValueError(f"{tmpl.shape[0]} templates but {len(person_ids)} person ids")
    if tmpl.shape[0] == 0:
        return [None] * enc.shape[0]
    # |a-b|^2 = |a|^2 + |b|^2 - 2ab, clipped against rounding below zero.
    sq = (
        np.einsum("ij,ij->i", enc, enc)[:, None]
        + np.einsum("ij,ij->i", tmpl, tmpl)[None, :]
        - 2.0 * enc @ tmpl.T
    )
    d = np.sqrt(np.clip(sq, 0.0, None))
    best = d.argmin(axis=1)
    out: list[tuple[P, float] | None] = []
    for row, j in enumerate(best):
        dist = float(d[row, j])
        out.append((person_ids[int(j)], dist) if dist < threshold else None)
    return out
