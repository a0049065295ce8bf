"""Fixtures for media tests: a session-wide set of generated clips (small)."""

from __future__ import annotations

from pathlib import Path

import pytest

from media_factories import solid_frame, write_clip


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Small clips shared by several tests (generated once per run)."""
    d = tmp_path_factory.mktemp("clips")

    def marked(i: int, t: float):
        arr = solid_frame((90, 90, 90))
        arr[:60, :80] = (255, 0, 0)  # red block at the stored top-left
        arr[:, (i * 5) % 300 : (i * 5) % 300 + 8] = (200, 200, 200)
        return arr

    def starts_black(i: int, t: float):
        if t < 2.6:
            return solid_frame(0)
        arr = solid_frame((180, 150, 120))
        arr[100:140, (i * 4) % 300 :] = (30, 60, 200)
        return arr

    return {
        "plain": write_clip(d / "plain.mp4", seconds=2.0),
        "rotated": write_clip(d / "rotated.mp4", seconds=1.0, rotation_ccw=90, frame_fn=marked),
        "black_start": write_clip(d / "black_start.mp4", seconds=5.0, fps=10, gop=10, frame_fn=starts_black),
        "with_audio": write_clip(d / "with_audio.mp4", seconds=1.0, audio=True),
    }
