"""Enrolment photos must show exactly one face."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from mediadesk.faces.enroll import reference_encodings
from tests.faces.synth import scaled_copy


def test_reference_encoding_of_a_single_face(engine, small_dir: Path) -> None:
    encs = reference_encodings(scaled_copy("obama-720p.jpg", small_dir, 800), engine)
    assert len(encs) == 1
    assert encs[0].shape == (128,) and encs[0].dtype == np.float32


def test_reference_refuses_two_faces(engine, small_dir: Path) -> None:
    path = scaled_copy("two_people.jpg", small_dir, 900)
    with pytest.raises(ValueError) as err:
        reference_encodings(path, engine)
    assert "two_people.jpg" in str(err.value) and "2 faces" in str(err.value)


def test_reference_refuses_no_face(engine, tmp_path: Path) -> None:
    path = tmp_path / "wall.png"
    Image.new("RGB", (400, 300), (120, 130, 140)).save(path)
    with pytest.raises(ValueError, match="no face found.*wall.png"):
        reference_encodings(path, engine)
