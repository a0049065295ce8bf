"""Shared fixtures for the face tests: one warm engine, enrolled templates."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.faces.synth import scaled_copy

#: Reference photos per person (knn_train_<person>_*).
TRAIN: dict[str, list[str]] = {
    "alex_lacamoire": ["knn_train_alex_lacamoire_img1.jpg"],
    "biden": ["knn_train_biden_biden2.jpg"],
    "kit_harington": [
        "knn_train_kit_harington_john1.jpeg",
        "knn_train_kit_harington_john2.jpeg",
    ],
    "obama": ["knn_train_obama_obama.jpg", "knn_train_obama_obama2.jpg"],
    "rose_leslie": ["knn_train_rose_leslie_img1.jpg", "knn_train_rose_leslie_img2.jpg"],
}

#: Test photos and the people on them, left to right (checked by eye).
TEST: dict[str, list[str]] = {
    "knn_test_alex_lacamoire1.jpg": ["alex_lacamoire"],
    "knn_test_johnsnow_test1.jpg": ["kit_harington"],
    "knn_test_obama1.jpg": ["obama"],
    "knn_test_kit_with_rose.jpg": ["rose_leslie", "kit_harington"],
    "knn_test_obama_and_biden.jpg": ["biden", "obama"],
}


@pytest.fixture(scope="session")
def engine():
    """The process-wide HOG engine (models load once per test session)."""
    from mediadesk.faces.engines import get_engine

    eng = get_engine("hog")
    eng.warm_up(encodings=True)
    return eng


@pytest.fixture(scope="session")
def small_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for downscaled copies of the test photos (faster to scan)."""
    return tmp_path_factory.mktemp("faces_small")


@pytest.fixture(scope="session")
def enrolled(engine, small_dir: Path) -> tuple[np.ndarray, list[str]]:
    """Templates of the five knn people from their (downscaled) reference photos."""
    from mediadesk.faces.enroll import reference_encodings

    templates: list[np.ndarray] = []
    ids: list[str] = []
    for person, names in TRAIN.items():
        for name in names:
            for enc in reference_encodings(scaled_copy(name, small_dir, 900), engine):
                templates.append(enc)
                ids.append(person)
    return np.stack(templates), ids
