"""Video handler and frame sampling (PyAV, imported lazily).

Sampling is by presentation timestamp (``frame.pts * time_base``), never by
frame index, so variable-frame-rate phone clips come out right. The frame
returned for a target time ``t`` is the one *displayed* at ``t``: the last
frame whose timestamp is at or before ``t``.

Seeking versus sequential decoding is decided per target from the stream's
keyframe index: if the keyframe before the next target lies beyond what has
already been decoded, seek to it (skipping whole GOPs); otherwise keep
decoding forward. With a keyframe every second and one sample per second
this seeks every time and decodes about one frame per sample; with a long
GOP (``g=250``) it degrades gracefully to one sequential pass instead of
decoding a whole GOP per sample. Without an index (rare) it seeks only for
big jumps and stops seeking once a seek turns out to land behind the
current position.

Rotation metadata (the display matrix, as phones write it) is applied to
every frame image. Horizontal/vertical flips in the matrix are ignored.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mediadesk.core.progress import CancelToken
from mediadesk.media.avfile import AvFile
from mediadesk.media.avfile import av_module as _av
from mediadesk.media.avfile import error_text as _fmt_error
from mediadesk.media.errors import MediaError, WrongKind
from mediadesk.media.probe import MediaInfo, file_time
from mediadesk.media.registry import MediaHandler, PathLike, register
from mediadesk.media.sniff import VIDEO_EXTENSIONS

if TYPE_CHECKING:
    from PIL.Image import Image

#: Where the poster frame is looked for, as fractions of the duration, in
#: order. The first candidate that is not black wins; if all are black, the
#: brightest one is used.
POSTER_POSITIONS: tuple[float, ...] = (0.10, 0.25, 0.40, 0.55, 0.70, 0.85)
#: Mean luma (0-255) below which a frame counts as black.
BLACK_LUMA = 24.0
#: Without a keyframe index, only seek for jumps longer than this (seconds).
SEEK_WITHOUT_INDEX = 3.0


@dataclass
class Frame:
    """One decoded frame. ``t`` is its presentation time in seconds from the
    start of the stream; ``image`` is RGB with rotation applied."""

    t: float
    image: Image
    is_poster: bool = False


class VideoFile(AvFile):
    """An open video: the container, its main video stream and timing facts.

    Use as a context manager. Not thread-safe; one per thread.
    """

    def __init__(self, path: PathLike, *, threads: bool = True) -> None:
        self.path = path
        av = _av()
        self._open_container(path, "corrupt video")
        try:
            streams = [
                s for s in self.container.streams.video
                if not (s.disposition & av.stream.Disposition.attached_pic)
            ]
            if not streams:
                if self.container.streams.audio:  # a sound recording in an MP4/MKV
                    raise WrongKind("video has no video stream", "audio")
                raise MediaError("video has no video stream")
            self.stream = streams[0]
            if threads:
                self.stream.thread_type = "AUTO"
            tb = self.stream.time_base
            self.time_base = float(tb) if tb else 1e-6
            st = self.stream.start_time
            self.start_pts = int(st) if st is not None else 0
            self.start = self.start_pts * self.time_base
            self.duration = self._duration()
            rate = self.stream.average_rate or self.stream.guessed_rate
            self.fps = float(rate) if rate else None
            self.keyframes = self._keyframe_times()
        except BaseException:
            self.close()
            raise

    def _duration(self) -> float | None:
        s = self.stream
        if s.duration and s.duration > 0:
            return float(s.duration) * self.time_base
        if self.container.duration and self.container.duration > 0:
            return self.container.duration / 1_000_000 - max(0.0, self.start)
        return None

    def _keyframe_times(self) -> list[float] | None:
        """Keyframe times (s, relative to the stream start) from the demuxer's
        index, or None if the index is empty (then nothing is known)."""
        try:
            entries = self.stream.index_entries
            if not entries:
                return None
            tb, start = self.time_base, self.start_pts
            times = sorted((e.timestamp - start) * tb for e in entries if e.is_keyframe)
        except Exception:
            return None
        return times or None

    @property
    def frame_duration(self) -> float:
        return 1.0 / self.fps if self.fps and self.fps > 0 else 1.0 / 30

    def __enter__(self) -> VideoFile:
        return self

    # -- decoding ---------------------------------------------------------

    def frame_time(self, frame: Any) -> float | None:
        pts = frame.pts
        if pts is None:
            return None
        return (pts - self.start_pts) * self.time_base

    def _seek(self, t: float) -> None:
        ts = self.start_pts + int(max(0.0, t) / self.time_base)
        self.container.seek(ts, stream=self.stream, backward=True, any_frame=False)

    def _decoder(self) -> Iterator[Any]:
        av = _av()
        try:
            for packet in self.container.demux(self.stream):
                try:
                    frames = packet.decode()
                except av.error.InvalidDataError:
                    continue  # a damaged packet: skip it like players do
                yield from frames
        except av.error.FFmpegError as exc:
            self.warnings.append(f"decoding stopped early: {_fmt_error(exc)}")

    def frames_at(self, targets: Iterable[float], cancel: CancelToken | None = None) -> Iterator[tuple[float, Any]]:
        """For each target time (ascending, seconds from stream start) yield
        ``(target, frame)`` with the frame displayed at that time. Targets
        past the end get the last frame once; a target that maps to the
        same frame as the previous one is still yielded (callers dedupe)."""
        gen = self._frames_at(targets, cancel)
        try:
            yield from gen
        finally:
            gen.close()

    def _frames_at(self, targets: Iterable[float], cancel: CancelToken | None) -> Iterator[tuple[float, Any]]:
        """Body of :meth:`frames_at`; see there."""
        tol = min(0.001, self.frame_duration / 4)
        decoder: Any = None  # generator from self._decoder()
        last: Any = None  # last decoded frame at or before the current target
        pending: Any = None  # a decoded frame beyond the previous target
        pending_t = float("-inf")
        pos = float("-inf")  # time of the newest decoded frame
        eof = False
        may_seek = True
        try:
            for t in targets:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                if eof and decoder is not None:
                    break
                seek = decoder is None
                if not seek and may_seek:
                    if self.keyframes is not None:
                        i = bisect.bisect_right(self.keyframes, t + tol) - 1
                        kf = self.keyframes[i] if i >= 0 else 0.0
                        seek = kf > pos + tol
                    else:
                        seek = t - pos > max(SEEK_WITHOUT_INDEX, 2 * self.frame_duration)
                if seek:
                    before = pos
                    if decoder is not None:
                        decoder.close()  # type: ignore[attr-defined]
                    self._seek(t)
                    decoder = self._decoder()
                    last, pending, pending_t = None, None, float("-inf")
                    first = True
                else:
                    first = False
                chosen = None
                while True:
                    if pending is not None:
                        frame, ft = pending, pending_t
                        pending = None
                    else:
                        try:
                            frame = next(decoder)
                        except StopIteration:
                            eof = True
                            break
                        ft = self.frame_time(frame)
                        if ft is None:
                            continue
                        pos = ft
                        if first:
                            first = False
                            if self.keyframes is None and before != float("-inf") and ft <= before:
                                may_seek = False  # seeking lands behind us: decode sequentially
                    if ft <= t + tol:
                        last = frame
                        if ft >= t - tol:
                            chosen = frame
                            break
                        continue
                    pending, pending_t = frame, ft
                    chosen = last if last is not None else frame
                    break
                if chosen is None:
                    chosen = last
                if chosen is None:
                    break
                yield t, chosen
                if eof:
                    break
        finally:
            if decoder is not None:
                decoder.close()

    def to_image(self, frame: Any) -> Image:
        """RGB PIL image of ``frame`` with the display rotation applied."""
        image = frame.to_image()
        return rotate_for_display(image, rotation_cw(frame, self.stream))

    @staticmethod
    def luma(frame: Any) -> float:
        """Mean luma 0-255 of a frame, computed on a 64-pixel-wide copy."""
        w = 64
        h = max(1, round(frame.height * w / max(1, frame.width)))
        small = frame.reformat(width=w, height=h, format="gray")
        return float(small.to_ndarray().mean())


def rotation_cw(frame: Any, stream: Any = None) -> int:
    """Clockwise display rotation (0/90/180/270) from the frame's display
    matrix, or the legacy ``rotate`` stream tag."""
    ccw = 0.0
    try:
        ccw = float(frame.rotation or 0)
    except Exception:
        ccw = 0.0
    if ccw == 0 and stream is not None:
        tag = (stream.metadata or {}).get("rotate")
        try:
            return (round(float(tag) / 90) * 90) % 360 if tag else 0
        except ValueError:
            return 0
    return (round(-ccw / 90) * 90) % 360


def rotate_for_display(image: Image, cw: int) -> Image:
    if cw == 0:
        return image
    from PIL import Image as PILImage

    op = {90: PILImage.Transpose.ROTATE_270, 180: PILImage.Transpose.ROTATE_180,
          270: PILImage.Transpose.ROTATE_90}[cw]
    return image.transpose(op)


def _poster_targets(duration: float | None) -> list[float]:
    if not duration or duration <= 0:
        return [0.0]
    return [round(duration * f, 6) for f in POSTER_POSITIONS]


def sample_times(duration: float, every: float, start: float = 0.0, end: float | None = None) -> list[float]:
    """The times :func:`sample_frames` samples a clip of ``duration`` seconds at:
    ``0, every, 2*every, ...`` before the end, kept within ``start <= t < end``."""
    n = max(1, int(duration / every - 1e-9) + 1)
    times = [round(k * every, 6) for k in range(n)]
    return [t for t in times if t >= start - 1e-9 and (end is None or t < end - 1e-9)]


def sample_frames(
    path: PathLike,
    every: float = 1.0,
    include_poster: bool = True,
    cancel: CancelToken | None = None,
    *,
    start: float = 0.0,
    end: float | None = None,
) -> Iterator[Frame]:
    """Frames at ``0, every, 2*every, ...`` seconds, in time order.

    ``start``/``end`` keep only the sample times ``start <= t < end`` (a part
    of a clip scanned by one of several workers); the poster frame is only
    offered with the whole clip.

    With ``include_poster`` the poster frame (the same frame
    :func:`poster_frame` picks) is included with ``is_poster=True``: if it is
    also a sampled frame it is yielded once, flagged; otherwise it is yielded
    in time order among the samples. A frame shown for longer than ``every``
    (variable frame rate) is yielded once. Raises
    :class:`~mediadesk.core.progress.Cancelled` when ``cancel`` fires and
    MediaError for bad input.
    """
    if every <= 0:
        raise ValueError("every must be positive")
    with VideoFile(path) as video:
        duration = video.duration
        poster_ts = _poster_targets(duration) if include_poster else []
        if duration is not None:
            sample_ts = sample_times(duration, every, start, end)
            if start > 0 or end is not None:
                poster_ts = []
                if not sample_ts:
                    return
        else:
            sample_ts = None  # unknown length: sample until the end
        yield from _sample(video, sample_ts, every, poster_ts, cancel)


def _sample(
    video: VideoFile,
    sample_ts: list[float] | None,
    every: float,
    poster_ts: list[float],
    cancel: CancelToken | None,
) -> Iterator[Frame]:
    def targets() -> Iterator[float]:
        if sample_ts is None:  # unknown duration: poster_ts is [0.0], the first sample
            k = 0
            while True:
                yield round(k * every, 6)
                k += 1
        else:
            yield from sorted(set(sample_ts) | set(poster_ts))

    samples = set(sample_ts) if sample_ts is not None else None
    posters = set(poster_ts)
    poster_needed = bool(poster_ts)
    brightest: tuple[float, float, Any] | None = None  # (luma, t, frame)
    candidates_seen = 0
    last_yielded_pts: Any = object()
    for t, frame in video.frames_at(targets(), cancel):
        is_sample = samples is None or t in samples
        is_poster = False
        if poster_needed and t in posters:
            candidates_seen += 1
            luma = video.luma(frame)
            if luma >= BLACK_LUMA:
                is_poster, poster_needed = True, False
            else:
                if brightest is None or luma > brightest[0]:
                    brightest = (luma, t, frame)
                if candidates_seen == len(posters):
                    poster_needed = False
                    _, _, bf = brightest
                    ft = video.frame_time(bf) or 0.0
                    yield Frame(t=ft, image=video.to_image(bf), is_poster=True)
                    if bf.pts == frame.pts:
                        last_yielded_pts = frame.pts
        if not (is_sample or is_poster):
            continue
        if frame.pts == last_yielded_pts:
            continue
        last_yielded_pts = frame.pts
        ft = video.frame_time(frame)
        yield Frame(t=ft if ft is not None else t, image=video.to_image(frame), is_poster=is_poster)
    if poster_needed and brightest is not None:
        _, _, bf = brightest
        yield Frame(t=video.frame_time(bf) or 0.0, image=video.to_image(bf), is_poster=True)


def poster_frame(path: PathLike, cancel: CancelToken | None = None) -> Frame:
    """The frame that stands for the clip: the first of the frames at 10 %,
    25 %, 40 %, ... of the duration that is not black (mean luma at least
    :data:`BLACK_LUMA`), else the brightest of them."""
    with VideoFile(path) as video:
        return _poster(video, cancel)


def _poster(video: VideoFile, cancel: CancelToken | None = None) -> Frame:
    brightest: tuple[float, Any] | None = None
    for _t, frame in video.frames_at(_poster_targets(video.duration), cancel):
        luma = video.luma(frame)
        if luma >= BLACK_LUMA:
            brightest = (luma, frame)
            break
        if brightest is None or luma > brightest[0]:
            brightest = (luma, frame)
    if brightest is None:
        # Seeking found nothing (odd timestamps): decode from the start.
        decoder = video._decoder()
        try:
            for frame in decoder:
                brightest = (0.0, frame)
                break
        finally:
            decoder.close()
    if brightest is None:
        raise MediaError("video has no decodable frames")
    frame = brightest[1]
    return Frame(t=video.frame_time(frame) or 0.0, image=video.to_image(frame), is_poster=True)


# --------------------------------------------------------------------------
# Probe


def _parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    text = value.strip()
    if len(text) >= 5 and text[-5] in "+-" and text[-4:].isdigit() and text[-3] != ":":
        text = text[:-2] + ":" + text[-2:]  # +0200 -> +02:00
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.year < 1971:  # 1904/1970 "zero" dates written by many muxers
        return None
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt


def _first(meta: dict[str, str], *keys: str) -> str | None:
    for k in keys:
        v = meta.get(k)
        if v and v.strip():
            return v.strip()
    return None


#: The UUID of Adobe's XMP box in ISO base media files (MP4, MOV, 3GP).
_XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
_CONTAINERS = {b"moov", b"udta", b"meta"}


def video_xmp(path: PathLike, max_boxes: int = 10_000) -> bytes | None:
    """The XMP packet of an MP4/MOV file (a top-level ``uuid`` box with
    Adobe's XMP UUID, or ``moov/udta/XMP_``), or None. Reads box headers
    only; damaged or foreign files give None, never an error."""
    try:
        with open(path, "rb") as fh:
            fh.seek(0, 2)
            end = fh.tell()
            return _find_xmp(fh, 0, end, 0, [max_boxes])
    except (OSError, ValueError):
        return None


def _find_xmp(fh: Any, start: int, end: int, depth: int, budget: list[int]) -> bytes | None:
    import struct

    pos = start
    while pos + 8 <= end and budget[0] > 0:
        budget[0] -= 1
        fh.seek(pos)
        head = fh.read(16)
        if len(head) < 8:
            return None
        size, kind = struct.unpack(">I4s", head[:8])
        header = 8
        if size == 1:
            if len(head) < 16:
                return None
            size = struct.unpack(">Q", head[8:16])[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            return None  # damaged: stop looking
        body, body_end = pos + header, pos + size
        if kind == b"uuid" and depth == 0:
            fh.seek(body)
            if fh.read(16) == _XMP_UUID and body_end - body - 16 <= 16 * 1024 * 1024:
                return fh.read(body_end - body - 16)
        elif kind == b"XMP_" and body_end - body <= 16 * 1024 * 1024:
            fh.seek(body)
            return fh.read(body_end - body)
        elif kind in _CONTAINERS and depth < 3:
            inner = body + (4 if kind == b"meta" else 0)  # 'meta' is a full box
            found = _find_xmp(fh, inner, body_end, depth + 1, budget)
            if found is not None:
                return found
        pos = body_end
    return None


def probe_video(path: PathLike) -> MediaInfo:
    """Describe a video: size as displayed, duration, fps, codec, rotation,
    audio, capture time from container metadata."""
    with VideoFile(path) as video:
        stream = video.stream
        warnings = video.warnings
        cw = 0
        decoded = False
        decoder = video._decoder()
        try:
            for frame in decoder:
                cw = rotation_cw(frame, stream)
                decoded = True
                break
        finally:
            decoder.close()
        if not decoded:
            warnings.append("no video frame could be decoded")
        cc = stream.codec_context
        width, height = int(cc.width or stream.width or 0), int(cc.height or stream.height or 0)
        if cw in (90, 270):
            width, height = height, width
        meta: dict[str, str] = {}
        meta.update(video.container.metadata or {})
        meta.update({k: v for k, v in (stream.metadata or {}).items() if k not in meta})
        capture = _parse_iso(_first(meta, "com.apple.quicktime.creationdate")) or _parse_iso(
            _first(meta, "creation_time", "date")
        )
        make = _first(meta, "com.apple.quicktime.make", "com.android.manufacturer", "make")
        model = _first(meta, "com.apple.quicktime.model", "com.android.model", "model")
        has_gps = _first(meta, "location", "location-eng", "com.apple.quicktime.location.ISO6709") is not None
        info = MediaInfo(
            kind="video",
            width=width,
            height=height,
            capture_time=capture or file_time(path),
            capture_time_source="exif" if capture else "file",
            camera_make=make,
            camera_model=model,
            has_gps=has_gps,
            duration=round(video.duration, 6) if video.duration is not None else None,
            fps=round(video.fps, 6) if video.fps else None,
            codec=cc.name,
            rotation=cw,
            has_audio=bool(video.container.streams.audio),
            format=video.container.format.name,
            warnings=list(warnings),
        )
    from mediadesk.media.photo import xmp_has_people

    info.has_embedded_people = xmp_has_people(video_xmp(path))
    return info


@register
class VideoHandler(MediaHandler):
    """MP4, MOV, M4V, 3GP, MKV, WebM and AVI through PyAV (bundled FFmpeg)."""

    kind = "video"
    extensions = VIDEO_EXTENSIONS
    name = "video"

    def probe(self, path: PathLike) -> MediaInfo:
        return probe_video(path)

    def display_image(self, path: PathLike, max_side: int, warnings: list[str]) -> Image:
        from mediadesk.media.photo import shrink

        with VideoFile(path) as video:
            frame = _poster(video)
            warnings.extend(w for w in video.warnings if w not in warnings)
        return shrink(frame.image, max_side)


__all__ = [
    "BLACK_LUMA", "Frame", "POSTER_POSITIONS", "VideoFile", "VideoHandler",
    "poster_frame", "probe_video", "sample_frames",
]
