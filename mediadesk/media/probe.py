"""What a media file is: size as displayed, capture time, camera, video and
audio details.

:func:`probe` reads headers and metadata only (plus, for videos, one decoded
frame to learn the display rotation); it does not decode whole images.
Problems found while decoding (e.g. a truncated JPEG) are reported by
:mod:`mediadesk.media.thumbs` and merged into
:attr:`mediadesk.media.worker.FileResult.warnings`.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from typing import Any, Literal

CaptureTimeSource = Literal["exif", "file"]

#: Bumped when the meaning of a stored field changes.
INFO_VERSION = 1


@dataclass
class MediaInfo:
    """Facts about one photo or video, JSON-serialisable via :meth:`to_dict`.

    ``width``/``height`` are as displayed: after EXIF orientation for photos
    and after the rotation metadata for videos.

    ``capture_time`` is always timezone-aware (or None). ``capture_time_source``
    is ``"exif"`` when it came from metadata embedded in the file (EXIF
    DateTimeOriginal for photos; QuickTime/MP4 creation date for videos) and
    ``"file"`` when it fell back to the file's modification time. An EXIF time
    without OffsetTimeOriginal is taken as local time of this computer.

    ``rotation`` (videos) is the clockwise turn in degrees (0, 90, 180, 270)
    applied to stored frames for display; a portrait phone clip is 90, as
    with the legacy MP4 ``rotate`` tag. ``orientation`` (photos) is the raw
    EXIF orientation 1-8, or None when absent.

    An audio recording has ``width`` and ``height`` 0 (nothing to see);
    ``duration``, ``codec``, ``sample_rate`` and ``channels`` describe it.
    Its tags (title, artist, comments: often a pupil's name) are never kept.
    """

    kind: Literal["photo", "video", "audio"]
    width: int
    height: int
    capture_time: datetime | None = None
    capture_time_source: CaptureTimeSource = "file"
    camera_make: str | None = None
    camera_model: str | None = None
    orientation: int | None = None
    has_gps: bool = False
    has_embedded_people: bool = False
    duration: float | None = None
    fps: float | None = None
    codec: str | None = None
    rotation: int = 0
    has_audio: bool = False
    sample_rate: int | None = None  # audio: Hz
    channels: int | None = None  # audio: 1 mono, 2 stereo, ...
    format: str | None = None  # e.g. "JPEG", "PNG", "HEIF", "mov,mp4,m4a,3gp,3g2,mj2"
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes as ISO 8601 strings)."""
        d = asdict(self)
        d["capture_time"] = self.capture_time.isoformat() if self.capture_time else None
        d["version"] = INFO_VERSION
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MediaInfo:
        """Inverse of :meth:`to_dict`; unknown keys are ignored."""
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in d.items() if k in names}
        ct = kwargs.get("capture_time")
        if isinstance(ct, str):
            kwargs["capture_time"] = datetime.fromisoformat(ct)
        kwargs["warnings"] = list(kwargs.get("warnings") or [])
        return cls(**kwargs)


def file_time(path: str | os.PathLike[str] | bytes) -> datetime:
    """The file's modification time as an aware UTC datetime."""
    return datetime.fromtimestamp(os.stat(path).st_mtime, tz=timezone.utc)
