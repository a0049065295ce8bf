"""Covering faces in a clip: every frame of each face track filled solid.

A face track (:mod:`mediadesk.faces.tracks`) is known only at the frames the
face scan sampled (by default one a second): its ``samples``, ``(t, box)``
in pixels of the upright (display-rotated) frame. To cover the face in the
frames *between* samples, :func:`cover_rect_at` interpolates the box
linearly between the two samples around ``t`` and pads it:

- the same margin as a covered photo (:data:`~mediadesk.media.export.REDACT_MARGIN`,
  25 % of the box on every side), and
- extra padding proportional to how far the face moved between the two
  samples (:data:`MOTION_PAD` of the move, per axis, plus the change in
  size), because a face does not move in straight lines between samples.

Before the first and after the last sample the box is *held* for
``hold`` seconds (default: one sampling interval; the face may have come
into view at any time after the previous sample, where it was not seen) and
extrapolated along the track's first or last move, grown to the union of
the held box and the extrapolated one. So the face is never visible at the
edges of its span.

Re-detection (:class:`Redetect`, optional: the caller passes a face
detector in, this module does not import :mod:`mediadesk.faces`): between
two samples and at the held edges a face may leave the interpolated box (it
moves out and back, the samples are far apart). On every
:data:`REDETECT_EVERY`-th frame of each track between samples (every frame
at the held edges, where the samples are more than 1.5 intervals apart or
the two boxes differ by more than half a box, and after a detection that
reached into the margin of the box), the detector runs on a crop
(:data:`REDETECT_CROP` times the fill box, around it and the last face
found). A face found there that overlaps the box or the last face found
grows that frame's fill to include it with the same margin (never shrinks
it); the last face found, padded by how far it moved since the detection
before, is also filled in the frames after it (up to twice
:attr:`Redetect.every` of them) until a face is found again. The number
of detector runs and of grown frames is counted on the :class:`Redetect`.
A face the detector does not find (turned away, blurred) is covered only by
the interpolated box and the motion padding.

A face the scan lost between two samples for longer than the track linking
allows starts a new track, which is covered on its own when it belongs to a
covered person or is unresolved.

:func:`export_covered_clip` re-encodes the clip with the boxes filled
(:func:`mediadesk.media.export._reencode`: H.264 if the bundled FFmpeg has
it, the resolution of the source unless the channel's preset is smaller,
the source's frame rate and time stamps, the display rotation applied to
the pixels, AAC audio copied unchanged, other audio encoded as AAC, no
metadata). It reports progress per frame and is cancelled between frames;
a cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from mediadesk.core.progress import CancelToken
from mediadesk.media.errors import MediaError
from mediadesk.media.export import REDACT_FILL, REDACT_MARGIN, ExportPreset, ExportResult

Box = tuple[int, int, int, int]  # x, y, w, h in pixels of the upright frame
Rect = tuple[int, int, int, int]  # left, top, right, bottom (exclusive)

#: Extra padding per axis, as a fraction of how far the box moved (and grew)
#: between the two samples around a frame.
MOTION_PAD = 0.5
#: Sampling interval assumed for a track with one sample (seconds): the face
#: scan's default.
DEFAULT_INTERVAL = 1.0
#: Re-detection runs on every this many frames of a track between samples.
REDETECT_EVERY = 2
#: The crop re-detection searches: this many times the fill box, per axis.
REDETECT_CROP = 2.0

#: ``detector(rgb)``: the faces in an RGB array (height x width x 3) as
#: ``(x, y, w, h)`` boxes in its pixels.
Detector = Callable[[Any], Sequence[Sequence[int]]]


@dataclass(frozen=True)
class CoverTrack:
    """One face track to cover: its sampled boxes in time order.

    ``interval``: the scan's sampling interval (seconds); ``hold``: how long
    the box is held before the first and after the last sample (default:
    one interval)."""

    samples: tuple[tuple[float, Box], ...]
    interval: float = DEFAULT_INTERVAL
    hold: float | None = None

    def __post_init__(self) -> None:
        if not self.samples:
            raise ValueError("a track to cover needs at least one sampled box")
        object.__setattr__(self, "samples", tuple(sorted(
            ((float(t), tuple(int(v) for v in b)) for t, b in self.samples), key=lambda s: s[0])))

    @property
    def start(self) -> float:
        return self.samples[0][0]

    @property
    def end(self) -> float:
        return self.samples[-1][0]

    @property
    def held(self) -> float:
        return self.interval if self.hold is None else self.hold

    @staticmethod
    def from_samples(samples: Sequence[tuple[float, Sequence[int]]], interval: float | None = None,
                     hold: float | None = None) -> CoverTrack:
        """A track from ``(t, (x, y, w, h))`` samples; the interval, when not
        given, is the smallest gap between samples (a face seen once: the
        default interval)."""
        pts = sorted((float(t), tuple(int(v) for v in b)) for t, b in samples)
        if interval is None:
            gaps = [b[0] - a[0] for a, b in zip(pts, pts[1:]) if b[0] - a[0] > 1e-6]
            interval = min(gaps) if gaps else DEFAULT_INTERVAL
        return CoverTrack(tuple(pts), float(interval), hold)  # type: ignore[arg-type]


def _lerp(a: float, b: float, f: float) -> float:
    return a + (b - a) * f


def _edges(box: Box) -> tuple[float, float, float, float]:
    x, y, w, h = box
    return float(x), float(y), float(x + w), float(y + h)


def cover_rect_at(track: CoverTrack, t: float, size: tuple[int, int], *, margin: float = REDACT_MARGIN,
                  motion_pad: float = MOTION_PAD) -> Rect | None:
    """The rectangle to fill at ``t`` seconds in a frame of ``size`` (the
    size the samples' boxes refer to), clipped; None when ``t`` is outside
    the track's span plus the hold, or the box falls outside the frame."""
    s = track.samples
    eps = 1e-6
    if t < track.start - track.held - eps or t > track.end + track.held + eps:
        return None
    # the two samples around t (or the edge sample and its neighbour)
    if len(s) == 1:
        a = b = s[0]
    elif t <= s[0][0]:
        a, b = s[0], s[1]
    elif t >= s[-1][0]:
        a, b = s[-2], s[-1]
    else:
        i = next(k for k in range(1, len(s)) if s[k][0] >= t)
        a, b = s[i - 1], s[i]
    ea, eb = _edges(a[1]), _edges(b[1])
    dt = b[0] - a[0]
    f = 0.0 if dt <= eps else (t - a[0]) / dt
    inside = 0.0 <= f <= 1.0
    at = tuple(_lerp(p, q, min(1.0, max(0.0, f))) for p, q in zip(ea, eb))
    left, top, right, bottom = at
    if not inside:  # held beyond the span: the union of the edge box and the extrapolated one
        ext = tuple(_lerp(p, q, f) for p, q in zip(ea, eb))
        left, top = min(left, ext[0]), min(top, ext[1])
        right, bottom = max(right, ext[2]), max(bottom, ext[3])
    w, h = right - left, bottom - top
    if w <= 0 or h <= 0:
        return None
    # motion between the two samples: how far each edge moved, per axis
    move_x = max(abs(ea[0] - eb[0]), abs(ea[2] - eb[2]))
    move_y = max(abs(ea[1] - eb[1]), abs(ea[3] - eb[3]))
    px = max(2.0, w * margin) + motion_pad * move_x
    py = max(2.0, h * margin) + motion_pad * move_y
    rect = (max(0, math.floor(left - px)), max(0, math.floor(top - py)),
            min(size[0], math.ceil(right + px)), min(size[1], math.ceil(bottom + py)))
    if rect[2] <= rect[0] or rect[3] <= rect[1]:
        return None
    return rect


def cover_rects_at(tracks: Sequence[CoverTrack], t: float, size: tuple[int, int],
                   out_size: tuple[int, int] | None = None) -> list[Rect]:
    """Every rectangle to fill at ``t``, in a frame of ``out_size`` (default
    ``size``; the boxes refer to ``size``). Scaled outwards, never inwards."""
    rects = []
    sx = sy = 1.0
    if out_size is not None and out_size != size:
        sx, sy = out_size[0] / size[0], out_size[1] / size[1]
    limit = out_size or size
    for tr in tracks:
        r = cover_rect_at(tr, t, size)
        if r is None:
            continue
        if sx != 1.0 or sy != 1.0:
            r = (max(0, math.floor(r[0] * sx)), max(0, math.floor(r[1] * sy)),
                 min(limit[0], math.ceil(r[2] * sx)), min(limit[1], math.ceil(r[3] * sy)))
        rects.append(r)
    return rects


def fill_rects(rgb: Any, rects: Sequence[Rect]) -> None:
    """Fill ``rects`` of an RGB array (height x width x 3) solid, in place."""
    for left, top, right, bottom in rects:
        rgb[top:bottom, left:right] = REDACT_FILL


@dataclass
class Redetect:
    """Re-detection near the tracks while a clip is covered (see the module
    doc). ``runs``: detector runs so far; ``grown``: frames (per track) whose
    fill a detected face grew."""

    detector: Detector
    every: int = REDETECT_EVERY
    crop: float = REDETECT_CROP
    runs: int = 0
    grown: int = 0


def _union(a: Rect, b: Rect) -> Rect:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _overlaps(a: Rect, b: Rect) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _inside(a: Rect, b: tuple[float, float, float, float]) -> bool:
    """``a`` entirely inside ``b``."""
    return a[0] >= b[0] and a[1] >= b[1] and a[2] <= b[2] and a[3] <= b[3]


def _pad(box: Rect, limit: tuple[int, int], extra: float = 0.0, margin: float = REDACT_MARGIN) -> Rect:
    w, h = box[2] - box[0], box[3] - box[1]
    px, py = max(2.0, w * margin) + extra, max(2.0, h * margin) + extra
    return (max(0, math.floor(box[0] - px)), max(0, math.floor(box[1] - py)),
            min(limit[0], math.ceil(box[2] + px)), min(limit[1], math.ceil(box[3] + py)))


def needs_redetect(track: CoverTrack, t: float) -> bool:
    """Whether the face may have moved beyond the interpolated box at ``t``
    so that every frame there is re-detected: at the held edges, between
    samples more than 1.5 intervals apart, or two boxes that differ by more
    than half a box. (Elsewhere every :attr:`Redetect.every`-th frame.)"""
    s = track.samples
    if t < track.start or t > track.end or len(s) == 1:
        return True
    i = next(k for k in range(1, len(s)) if s[k][0] >= t)
    (ta, a), (tb, b) = s[i - 1], s[i]
    if tb - ta > 1.5 * track.interval:
        return True
    ea, eb = _edges(a), _edges(b)
    side = max(1.0, min(a[2], a[3], b[2], b[3]))
    return max(abs(p - q) for p, q in zip(ea, eb)) > side / 2


def _at_sample(track: CoverTrack, t: float, tol: float) -> bool:
    return any(abs(t - st) <= tol for st, _b in track.samples)


class _Follow:
    """One track's re-detection state while a clip is encoded."""

    def __init__(self) -> None:
        self.frame = 0
        self.dense = False
        self.last: Rect | None = None  # the last face found (unpadded), in output pixels
        self.move = 0.0  # how far it moved since the detection before (pixels)
        self.since = 0  # frames since the last face found


def _follow(redetect: Redetect, state: _Follow, track: CoverTrack, t: float, rect: Rect, rgb: Any,
            limit: tuple[int, int], tol: float) -> Rect:
    """``rect`` grown by the faces re-detected near it at ``t`` (or carried
    from the last detection)."""
    state.frame += 1
    carried: Rect | None = None
    if state.last is not None and state.since <= max(1, redetect.every) * 2:
        carried = _pad(state.last, limit, state.move * (state.since + 1))
    run = not _at_sample(track, t, tol) and (
        state.dense or needs_redetect(track, t) or state.frame % max(1, redetect.every) == 0)
    if not run:
        state.since += 1
        return rect if carried is None else _union(rect, carried)
    ref = rect if carried is None else _union(rect, carried)
    cw, ch = (ref[2] - ref[0]) * redetect.crop, (ref[3] - ref[1]) * redetect.crop
    cx, cy = (ref[0] + ref[2]) / 2, (ref[1] + ref[3]) / 2
    crop = (max(0, math.floor(cx - cw / 2)), max(0, math.floor(cy - ch / 2)),
            min(limit[0], math.ceil(cx + cw / 2)), min(limit[1], math.ceil(cy + ch / 2)))
    redetect.runs += 1
    found: list[Rect] = []
    if crop[2] - crop[0] >= 8 and crop[3] - crop[1] >= 8:
        for b in redetect.detector(rgb[crop[1]:crop[3], crop[0]:crop[2]]):
            x, y, w, h = (int(v) for v in b[:4])
            face = (crop[0] + x, crop[1] + y, crop[0] + x + w, crop[1] + y + h)
            if w > 0 and h > 0 and _overlaps(face, ref):
                found.append(face)
    if not found:
        state.since += 1
        return ref
    # the face nearest the last one found (or the box's centre)
    px, py = ((state.last[0] + state.last[2]) / 2, (state.last[1] + state.last[3]) / 2) if state.last else (cx, cy)
    face = min(found, key=lambda f: math.hypot((f[0] + f[2]) / 2 - px, (f[1] + f[3]) / 2 - py))
    if state.last is not None:
        state.move = max(abs(a - b) for a, b in zip(face, state.last)) / max(1, state.since + 1)
    state.last, state.since = face, 0
    out = rect
    for f in found:
        out = _union(out, _pad(f, limit, state.move))
    # a face that reached into the margin of the interpolated box: every frame until it is back
    mx, my = (rect[2] - rect[0]) / 12, (rect[3] - rect[1]) / 12
    state.dense = not _inside(face, (rect[0] + mx, rect[1] + my, rect[2] - mx, rect[3] - my))
    if out != rect:
        redetect.grown += 1
    return out


def painter(tracks: Sequence[CoverTrack], size: tuple[int, int], redetect: Redetect | None = None,
            frame_step: float = 1 / 30) -> Callable[[Any, float, tuple[int, int]], None]:
    """A ``paint`` for :func:`mediadesk.media.export._reencode` that fills
    ``tracks`` (boxes in a frame of ``size``) in each frame; with
    ``redetect``, grown by the faces re-detected near them (``frame_step``:
    the clip's frame duration, to tell the sampled frames)."""
    states = [_Follow() for _ in tracks]
    tol = max(1e-3, frame_step / 2)

    def paint(rgb: Any, t: float, out_size: tuple[int, int]) -> None:
        rects: list[Rect] = []
        for tr, state in zip(tracks, states):
            got = cover_rects_at([tr], t, size, out_size)
            if not got:
                state.last, state.dense = None, False
                continue
            rect = got[0]
            if redetect is not None:
                rect = _follow(redetect, state, tr, t, rect, rgb, out_size, tol)
            rects.append(rect)
        if rects:
            if not rgb.flags.writeable:  # pragma: no cover - PyAV hands out writeable arrays
                raise MediaError("cannot cover faces: the decoded frame is read-only")
            fill_rects(rgb, rects)

    return paint


def export_covered_clip(
    src: str | os.PathLike[str],
    dest_stem: str | os.PathLike[str],
    preset: ExportPreset,
    tracks: Sequence[CoverTrack],
    *,
    frame_size: tuple[int, int],
    cancel: CancelToken | None = None,
    on_frame: Callable[[int, int], None] | None = None,
    redetect: Redetect | None = None,
) -> ExportResult:
    """Write ``src`` re-encoded to ``dest_stem`` + ``.mp4`` with every face
    of ``tracks`` filled in every frame of its span (see the module doc).
    ``frame_size``: the upright frame size the tracks' boxes refer to (the
    size the face scan saw). ``redetect``: re-detect faces near the tracks
    (its counts are updated; the result's ``detections`` is its runs).
    Raises Cancelled (nothing left behind) and
    MediaError."""
    from mediadesk.media.export import _check, _display_size, _media_streams, _open_av, _reencode

    _check(cancel)
    dest_stem = Path(dest_stem)
    container = _open_av(src)
    try:
        video, _audio = _media_streams(container)
        if not video:
            raise MediaError("no video stream to cover faces in")
        dw, dh, _cw = _display_size(container, video[0])
        rate = video[0].average_rate
        step = 1.0 / float(rate) if rate else 1 / 30
    finally:
        container.close()
    fw, fh = frame_size
    if fw <= 0 or fh <= 0:
        fw, fh = dw, dh
    # the boxes refer to the frame the scan saw: scale them to the display size first
    scaled = tracks
    if (fw, fh) != (dw, dh):
        sx, sy = dw / fw, dh / fh
        scaled = [CoverTrack(tuple((t, (math.floor(b[0] * sx), math.floor(b[1] * sy), math.ceil(b[2] * sx),
                                        math.ceil(b[3] * sy))) for t, b in tr.samples), tr.interval, tr.hold)
                  for tr in tracks]
    dest = dest_stem.with_name(dest_stem.name + ".mp4")
    tw, th = _reencode(src, dest, preset, cancel, paint=painter(scaled, (dw, dh), redetect, step),
                       on_frame=on_frame)
    return ExportResult(dest, "video", tw, th, True, len(tracks), [],
                        detections=redetect.runs if redetect is not None else None)


def covered_frame(src: str | os.PathLike[str], t: float, tracks: Sequence[CoverTrack], *,
                  frame_size: tuple[int, int], max_side: int = 1200, redetect: Redetect | None = None) -> Any:
    """The frame at ``t`` seconds as the covered export shows it: a PIL RGB
    image, upright, longest side at most ``max_side``. ``redetect``: the
    detector runs once near each track in this frame (the export also
    follows a face from the frames before, which one frame cannot)."""
    import numpy as np
    from PIL import Image

    from mediadesk.media.photo import fit_size
    from mediadesk.media.video import VideoFile

    with VideoFile(src) as video:
        frames = list(video.frames_at([max(0.0, t)], None))
        if not frames:
            raise MediaError(f"no frame at {t:.2f} s")
        ft, frame = frames[0]
        when = video.frame_time(frame)
        image = video.to_image(frame)
    when = float(when) if when is not None else float(ft)
    fw, fh = frame_size if frame_size[0] > 0 and frame_size[1] > 0 else image.size
    arr = np.array(image.convert("RGB"))
    rects: list[Rect] = []
    for tr in tracks:
        got = cover_rects_at([tr], when, (fw, fh), image.size)
        if got and redetect is not None:
            state = _Follow()
            state.dense = True  # this frame, whatever its place between the samples
            got = [_follow(redetect, state, tr, when, got[0], arr, image.size, 1e-3)]
        rects += got
    fill_rects(arr, rects)
    out = Image.fromarray(arr)
    target = fit_size(out.size, max_side)
    return out if target == out.size else out.resize(target, Image.Resampling.LANCZOS)


__all__ = [
    "CoverTrack", "DEFAULT_INTERVAL", "Detector", "MOTION_PAD", "REDETECT_CROP", "REDETECT_EVERY", "Redetect",
    "cover_rect_at", "needs_redetect", "cover_rects_at", "covered_frame",
    "export_covered_clip", "fill_rects", "painter",
]
