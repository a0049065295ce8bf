"""Video: detections linked into a handful of tracks with plausible spans."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mediadesk.faces.engine import Box
from mediadesk.faces.matching import suggest
from mediadesk.faces.prepare import load_rgb
from mediadesk.faces.scan import scan_path
from mediadesk.faces.tracks import TrackBuilder, build_tracks
from tests.faces.synth import FACES, VIDEO, write_clip

CLIP = VIDEO / "short_hamilton_clip.mp4"


def test_tracks_link_moving_faces_and_split_on_long_gaps() -> None:
    frames = []
    for t in range(10):
        boxes = [Box(100 + 10 * t, 100, 60, 60)]  # walks right slowly
        if t < 5:
            boxes.append(Box(400, 80 + 5 * t, 80, 80))  # second face, leaves at 5 s
        if t >= 9:
            boxes.append(Box(400, 100, 80, 80))  # back after a 4 s gap: new track
        frames.append((float(t), boxes, None))
    tracks = build_tracks(frames, max_gap=2.5)
    assert len(tracks) == 3
    walker = next(tr for tr in tracks if tr.best_box.w == 60)
    assert (walker.start, walker.end) == (0.0, 9.0) and len(walker.boxes) == 10
    spans = sorted((tr.start, tr.end) for tr in tracks if tr.best_box.w == 80)
    assert spans == [(0.0, 4.0), (9.0, 9.0)]


def test_tracks_use_encodings_to_keep_crossing_people_apart() -> None:
    a, b = np.zeros(128, np.float32), np.zeros(128, np.float32)
    a[0], b[1] = 1.0, 1.0
    builder = TrackBuilder()
    builder.add(0.0, [Box(100, 100, 60, 60), Box(180, 100, 60, 60)], [a, b])
    # They swap places: geometry alone would keep the nearer box.
    builder.add(1.0, [Box(150, 100, 60, 60), Box(130, 100, 60, 60)], [a, b])
    tracks = builder.finish()
    assert len(tracks) == 2
    for tr in tracks:
        xs = [box.x for _, box in tr.boxes]
        assert xs in ([100, 150], [180, 130])


def _templates(engine, names: dict[str, str]) -> tuple[np.ndarray, list[str]]:
    encs, ids = [], []
    for person, name in names.items():
        image = load_rgb(FACES / name)
        boxes = engine.detect(image)
        assert len(boxes) == 1
        encs += engine.encode(image, boxes)
        ids.append(person)
    return np.stack(encs), ids


def test_hamilton_clip_gives_few_tracks_with_plausible_spans(engine) -> None:
    from mediadesk.media.video import VideoFile

    with VideoFile(CLIP) as video:
        duration = video.duration
    assert duration is not None
    result = scan_path(str(CLIP), "video", True)
    assert result.kind == "video" and (result.width, result.height) == (640, 360)
    assert result.frames >= 9
    faces = result.faces
    # singer, a blurred guest, the audience at the end (a man, Barack and
    # Michelle Obama in three-quarter profile, a woman beside them), at most
    # one box on the singer's hair in the close-up: never a box per frame
    assert 4 <= len(faces) <= 9
    audience = [f for f in faces if f.time >= 7.5]
    assert len(audience) >= 4, [f.box for f in audience]
    for f in faces:
        assert f.time is not None and f.end is not None and f.best_time is not None
        assert 0.0 <= f.time <= f.best_time <= f.end <= duration + 1e-6
        assert f.encoding is not None and f.encoding.shape == (128,)
    templates, ids = _templates(
        engine, {"lin": "lin-manuel-miranda.png", "alex": "alex-lacamoire.png"}
    )
    suggestions = [suggest(f.encoding, templates, ids) for f in faces]
    lin = [f for f, s in zip(faces, suggestions) if s is not None and s[0] == "lin"]
    # Lin-Manuel Miranda sings on stage from ~3 s to ~7 s: one long track.
    assert lin and max(f.end - f.time for f in lin) >= 3.0  # type: ignore[operator]
    # The audience member shown at the end is neither of them.
    last = max(faces, key=lambda f: f.time)  # type: ignore[arg-type,return-value]
    assert last.time is not None and last.time >= 7.0
    assert suggest(last.encoding, templates, ids) is None  # type: ignore[arg-type]
    # Without encodings nothing biometric is returned.
    plain = scan_path(str(CLIP), "video", False)
    assert [f.box for f in plain.faces] == [f.box for f in faces]
    assert all(f.encoding is None for f in plain.faces)


@pytest.fixture(scope="module")
def two_scene_clip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    path = tmp_path_factory.mktemp("clip") / "two_scenes.mp4"
    duration = write_clip(
        path,
        [("knn_test_kit_with_rose.jpg", 4.0), ("knn_test_obama_and_biden.jpg", 4.0)],
        size=(1280, 720),
    )
    return path, duration


def test_generated_clip_tracks_identify_both_people_of_each_scene(enrolled, two_scene_clip) -> None:
    path, duration = two_scene_clip
    templates, ids = enrolled
    result = scan_path(str(path), "video", True)
    named: dict[str, tuple[float, float]] = {}
    for f in result.faces:
        assert f.time is not None and f.end is not None
        assert 0.0 <= f.time <= f.end <= duration
        s = suggest(f.encoding, templates, ids)  # type: ignore[arg-type]
        if s is not None:
            assert s[0] not in named, f"{s[0]} split into several tracks"
            named[s[0]] = (f.time, f.end)
    assert set(named) == {"rose_leslie", "kit_harington", "biden", "obama"}
    for person in ("rose_leslie", "kit_harington"):
        start, end = named[person]
        assert start < 0.5 and 3.0 <= end < 4.0
    for person in ("biden", "obama"):
        start, end = named[person]
        assert 4.0 <= start < 5.0 and end >= 7.0
    assert len(result.faces) <= 6


def test_scene_cut_ends_tracks() -> None:
    builder = TrackBuilder()
    builder.add(0.0, [Box(100, 100, 80, 80)])
    builder.add(1.0, [Box(104, 100, 80, 80)])
    builder.add(2.0, [Box(104, 100, 80, 80)], cut=True)  # another shot, same place
    tracks = builder.finish()
    assert [(tr.start, tr.end) for tr in tracks] == [(0.0, 1.0), (2.0, 2.0)]
