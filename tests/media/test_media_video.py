"""Frame sampling: timestamps (VFR), rotation, poster choice, seek strategy, cancel."""

from __future__ import annotations

import bisect
from pathlib import Path

import numpy as np
import pytest

from media_factories import VIDEO, solid_frame, write_clip
from mediadesk.core.progress import CancelToken, Cancelled
from mediadesk.media import video as video_mod
from mediadesk.media.errors import MediaError
from mediadesk.media.video import BLACK_LUMA, Frame, VideoFile, poster_frame, sample_frames

VFR_PTS_MS = [0, 40, 80, 200, 220, 500, 900, 933, 966, 1000, 1500, 2000, 2100, 2800, 2833, 2866, 3300]


def level(i: int) -> int:
    return 20 + i * 12


@pytest.fixture(scope="module")
def vfr_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("vfr")
    return write_clip(d / "vfr.mp4", pts_ms=VFR_PTS_MS, frame_fn=lambda i, t: solid_frame(level(i)))


def displayed_index(t: float) -> int:
    """Index of the frame on screen at time t."""
    return bisect.bisect_right([p / 1000 for p in VFR_PTS_MS], t + 1e-6) - 1


def grey(frame: Frame) -> float:
    return float(np.asarray(frame.image.convert("L"), dtype=np.float64).mean())


def test_vfr_frames_carry_their_real_timestamps(vfr_clip: Path) -> None:
    every = 0.1
    with VideoFile(vfr_clip) as v:
        assert v.duration is not None and 3.3 < v.duration < 3.4
    frames = list(sample_frames(vfr_clip, every=every, include_poster=False))
    expected = []
    for k in range(34):  # 0.0 .. 3.3 s; the last frame starts at 3.3 s
        i = displayed_index(round(k * every, 6))
        if not expected or expected[-1] != i:
            expected.append(i)
    got_t = [round(f.t, 3) for f in frames]
    assert got_t == [VFR_PTS_MS[i] / 1000 for i in expected]
    # The pixels belong to that timestamp (each frame has its own grey level).
    for f, i in zip(frames, expected):
        assert abs(grey(f) - level(i)) < 5, (f.t, i)
    # Index/fps arithmetic would be badly off here: the clip's "fps" is an average.
    assert all(not f.is_poster for f in frames)


def test_vfr_sampling_every_second_within_one_frame(vfr_clip: Path) -> None:
    frames = list(sample_frames(vfr_clip, every=1.0, include_poster=False))
    assert [round(f.t, 3) for f in frames] == [0.0, 1.0, 2.0, 2.866]


def test_real_clip_timestamps_within_one_frame() -> None:
    frames = list(sample_frames(VIDEO / "short_hamilton_clip.mp4", every=1.0, include_poster=False))
    assert len(frames) == 10
    frame_dur = 1 / 29.97
    for k, f in enumerate(frames):
        assert k - frame_dur <= f.t <= k + 1e-6
        assert f.image.mode == "RGB" and f.image.size == (640, 360)


def test_rotation_metadata_is_applied(clips: dict[str, Path]) -> None:
    frames = list(sample_frames(clips["rotated"], every=0.5, include_poster=False))
    assert frames and all(f.image.size == (240, 320) for f in frames)
    a = np.asarray(frames[0].image, dtype=np.float64)
    h, w, _ = a.shape
    # Stored top-left red block; a 90 degree counter-clockwise display matrix
    # puts it bottom-left.
    bottom_left = a[-h // 8 :, : w // 8].mean(axis=(0, 1))
    top_left = a[: h // 8, : w // 8].mean(axis=(0, 1))
    assert bottom_left[0] > 200 and bottom_left[1] < 60
    assert top_left[0] < 150


def test_poster_skips_black_opening(clips: dict[str, Path]) -> None:
    p = poster_frame(clips["black_start"])
    assert p.is_poster
    assert p.t >= 2.6  # 10%, 25% and 40% of 5 s are black
    assert grey(p) > BLACK_LUMA * 2
    samples = list(sample_frames(clips["black_start"], every=1.0))
    posters = [f for f in samples if f.is_poster]
    assert len(posters) == 1 and posters[0].t == pytest.approx(p.t)
    ts = [f.t for f in samples]
    assert ts == sorted(ts) and len(set(ts)) == len(ts)


def test_all_black_clip_poster_is_brightest(tmp_path: Path) -> None:
    clip = write_clip(tmp_path / "dark.mp4", seconds=2.0, fps=10, gop=10, frame_fn=lambda i, t: solid_frame(min(i, 15)))
    p = poster_frame(clip)
    assert p.t == pytest.approx(1.7, abs=0.01)  # the 85% candidate is the brightest
    frames = list(sample_frames(clip, every=1.0))
    assert sum(f.is_poster for f in frames) == 1


def count_decoded(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counter = [0]
    real = VideoFile._decoder

    def counting(self):  # type: ignore[no-untyped-def]
        for frame in real(self):
            counter[0] += 1
            yield frame

    monkeypatch.setattr(VideoFile, "_decoder", counting)
    return counter


def test_short_gop_seeks_instead_of_decoding_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clip = write_clip(tmp_path / "g30.mp4", seconds=10.0, fps=30, gop=30)
    counter = count_decoded(monkeypatch)
    frames = list(sample_frames(clip, every=1.0, include_poster=False))
    assert len(frames) == 10
    assert counter[0] <= 10 * 4  # about one frame per sample (+ decoder delay), not 300


def test_long_gop_decodes_sequentially_not_gop_per_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clip = write_clip(tmp_path / "g300.mp4", seconds=10.0, fps=30, gop=300)
    with VideoFile(clip) as v:
        assert v.keyframes is not None and len(v.keyframes) == 1
    counter = count_decoded(monkeypatch)
    frames = list(sample_frames(clip, every=0.5))
    assert len(frames) >= 20
    # Seeking back to the only keyframe for each of 20 samples would decode
    # ~2,900 frames; one sequential pass decodes the 300 frames once.
    assert counter[0] <= 310


def test_cancel_raises_cancelled(clips: dict[str, Path]) -> None:
    token = CancelToken()
    it = sample_frames(clips["plain"], every=0.1, cancel=token)
    next(it)
    token.cancel()
    with pytest.raises(Cancelled):
        list(it)


def test_bad_every_and_bad_file(tmp_path: Path, clips: dict[str, Path]) -> None:
    with pytest.raises(ValueError):
        list(sample_frames(clips["plain"], every=0))
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"\x00\x00\x00\x18ftypisom" + b"\x00" * 2000)
    with pytest.raises(MediaError):
        list(sample_frames(junk))


def test_non_utf8_file_name(tmp_path: Path, clips: dict[str, Path]) -> None:
    import os

    name = os.path.join(os.fsencode(tmp_path), b"clip-\xff\xfe.mp4")
    with open(name, "wb") as fh:
        fh.write(clips["plain"].read_bytes())
    frames = list(sample_frames(os.fsdecode(name), every=1.0, include_poster=False))
    assert [round(f.t, 3) for f in frames] == [0.0, 1.0]


def test_frames_at_past_end_yields_last_frame_once(clips: dict[str, Path]) -> None:
    with VideoFile(clips["plain"]) as v:
        got = list(v.frames_at([0.5, 5.0, 6.0]))
    assert len(got) == 2
    assert v.frame_time(got[1][1]) == pytest.approx(2.0 - 1 / 30, abs=1e-3)


def test_video_module_constants() -> None:
    assert video_mod.POSTER_POSITIONS[0] == pytest.approx(0.10)
