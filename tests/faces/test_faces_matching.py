"""Matching: distances, suggestions, the knn people recognised once enrolled."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mediadesk.faces.matching import MATCH_THRESHOLD, distances, suggest, suggest_many
from mediadesk.faces.prepare import load_rgb
from tests.faces.conftest import TEST
from tests.faces.synth import scaled_copy


def _unit(i: int, scale: float = 1.0) -> np.ndarray:
    v = np.zeros(128, dtype=np.float32)
    v[i] = scale
    return v


def test_distances_and_suggest_rules() -> None:
    templates = np.stack([_unit(0), _unit(1), _unit(1, 0.8), _unit(2)])
    ids = ["ann", "bob", "bob", "cy"]
    probe = _unit(1, 0.9)
    d = distances(probe, templates)
    assert d.shape == (4,)
    assert d[2] == pytest.approx(0.1, abs=1e-6)
    person, dist = suggest(probe, templates, ids)  # type: ignore[misc]
    assert person == "bob" and dist == pytest.approx(0.1, abs=1e-6)
    # Nothing under the threshold: no suggestion.
    assert suggest(_unit(5), templates, ids) is None
    assert suggest(probe, templates, ids, threshold=0.05) is None
    # No templates at all.
    assert suggest(probe, np.zeros((0, 128), np.float32), []) is None
    with pytest.raises(ValueError):
        suggest(probe, templates, ids[:3])
    with pytest.raises(ValueError):
        distances(np.zeros(64), templates)
    many = suggest_many([probe, _unit(5), _unit(0, 0.7)], templates, ids)
    assert many[0] is not None and many[0][0] == "bob"
    assert many[1] is None
    assert many[2] is not None and many[2][0] == "ann"


def test_threshold_is_stricter_than_library_default() -> None:
    assert 0.4 <= MATCH_THRESHOLD < 0.6


def _test_faces(engine, small_dir: Path) -> list[tuple[str, str, np.ndarray]]:
    """(photo, expected person, template) of every face in the knn test photos."""
    out = []
    for name, people in TEST.items():
        image = load_rgb(scaled_copy(name, small_dir, 1000))
        boxes = sorted(engine.detect(image), key=lambda b: b.x)
        # Keep the faces of the listed people (the big, frontal ones), left to right.
        boxes = sorted(sorted(boxes, key=lambda b: -b.area)[: len(people)], key=lambda b: b.x)
        assert len(boxes) == len(people), name
        for person, enc in zip(people, engine.encode(image, boxes)):
            out.append((name, person, enc))
    return out


@pytest.fixture(scope="module")
def test_faces(engine, small_dir: Path) -> list[tuple[str, str, np.ndarray]]:
    return _test_faces(engine, small_dir)


def test_enrolled_people_are_recognised(enrolled, test_faces) -> None:
    templates, ids = enrolled
    assert sorted(set(ids)) == ["alex_lacamoire", "biden", "kit_harington", "obama", "rose_leslie"]
    for name, person, enc in test_faces:
        got = suggest(enc, templates, ids)
        assert got is not None, f"{person} not recognised in {name}"
        assert got[0] == person, f"{name}: expected {person}, got {got}"


@pytest.mark.parametrize(
    "left_out", ["alex_lacamoire", "biden", "kit_harington", "obama", "rose_leslie"]
)
def test_person_not_enrolled_gets_no_suggestion(enrolled, test_faces, left_out: str) -> None:
    templates, ids = enrolled
    keep = [i for i, p in enumerate(ids) if p != left_out]
    four = templates[keep]
    four_ids = [ids[i] for i in keep]
    checked = 0
    for name, person, enc in test_faces:
        got = suggest(enc, four, four_ids)
        if person == left_out:
            assert got is None, f"{left_out} in {name} suggested as {got}"
            checked += 1
        else:
            assert got is not None and got[0] == person
    assert checked >= 1
