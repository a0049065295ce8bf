"""Scan photos and clips for faces in warm worker processes.

:func:`scan_path` is the unit of work: it decodes a photo once (or samples
a clip once a second), finds every face and, only when ``want_encodings``
is true (library in ``match`` mode), computes a 128-d template per face
(per track for clips). It is a plain module-level function with picklable
arguments and result, so it runs in a worker process as well as inline.

:func:`run_scan` runs many of them in a pool of *spawned* worker processes
(dlib's detectors are not thread-safe, and threads gain nothing for
encodings; two warm workers on two cores is the measured optimum). Each
worker loads the dlib models once at start-up. Results are yielded as they
finish, not in submission order.

Biometric data: a :class:`FoundFace` carries a template only in ``match``
mode. The caller compares it with the enrolled templates
(:func:`mediadesk.faces.matching.suggest`) and stores the box and the
suggestion; it stores a template only when it is an enrolled person's
reference (:mod:`.enroll`). Templates of unknown faces are never stored.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar
from collections.abc import Hashable

from mediadesk.core.progress import CancelToken, Cancelled, Progress, ProgressCallback
from mediadesk.faces.dlib_engine import VIDEO_SCAN_BUDGET_MP, DlibEngine
from mediadesk.faces.engine import Box, FaceEngine, ModelName
from mediadesk.faces.engines import get_engine
from mediadesk.faces.hybrid import HybridEngine
from mediadesk.media.lifeline import follow_parent

if TYPE_CHECKING:  # pragma: no cover - numpy arrives with the results
    import numpy as np

Kind = Literal["photo", "video"]
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class FoundFace:
    """A face found on an asset.

    For a photo ``time`` and ``end`` are None. For a clip there is one
    FoundFace per track: ``box`` is the track's best (largest) box,
    ``time``/``end`` its first and last sampled time in seconds, and
    ``best_time`` the time of ``box``. ``encoding`` is the 128-d template,
    present only when the scan was asked for encodings.
    """

    box: Box
    time: float | None = None
    end: float | None = None
    encoding: np.ndarray | None = None
    best_time: float | None = None
    first_box: Box | None = None  #: clips: the box at ``time`` (joining parts of a clip)
    last_box: Box | None = None  #: clips: the box at ``end``
    #: clips: the track's box at every sampled frame, ``(t, box)`` in time
    #: order (covering the face in every frame of the span)
    samples: tuple[tuple[float, Box], ...] = ()


@dataclass(frozen=True)
class ScanResult:
    """Faces found on one asset, with the size of the image they refer to."""

    kind: Kind
    faces: list[FoundFace] = field(default_factory=list)
    width: int = 0  #: displayed image (or frame) width the boxes refer to
    height: int = 0
    frames: int = 0  #: images examined (1 for a photo, samples for a clip)
    seconds: float = 0.0  #: time spent in scan_path
    #: clips: time and colour signature of the first and last sampled frame,
    #: so the parts of a clip scanned by several workers can be joined
    first_time: float | None = None
    last_time: float | None = None
    first_signature: Any = None
    last_signature: Any = None


# -- worker side -------------------------------------------------------------

_worker_engine: FaceEngine | None = None
_worker_cancel: CancelToken | None = None
#: Shared with the parent: (frames sampled, frames expected) of the clip this
#: worker scans, so a lone clip shows real progress (see run_scan).
_worker_frames: Any = None


class _EventCancelToken(CancelToken):
    """A CancelToken backed by a multiprocessing Event shared with the parent."""

    def __init__(self, event: Any) -> None:  # noqa: D107 - see class doc
        self._event = event


def _init_worker(
    model: ModelName,
    want_encodings: bool,
    cancel_event: Any,
    budget_mp: float | None = None,
    frames: Any = None,
    parent_pid: int | None = None,
) -> None:
    """Worker start-up: load the models once, keep the shared cancel flag
    and frame counter."""
    follow_parent(parent_pid)  # die with the app (issue 11.14)
    global _worker_engine, _worker_cancel, _worker_frames
    _worker_frames = frames
    engine: FaceEngine = (
        get_engine(model) if budget_mp is None
        else HybridEngine(budget_mp=budget_mp) if model == "hog"
        else DlibEngine(model, budget_mp=budget_mp)
    )
    warm = getattr(engine, "warm_up", None)
    if warm is not None:
        warm(encodings=want_encodings)
    _worker_engine = engine
    _worker_cancel = _EventCancelToken(cancel_event) if cancel_event is not None else None


@dataclass(frozen=True)
class PhotoScan:
    """The face scan of one photo, as a picklable value: what the media
    workers run on the photo they have just decoded for its thumbnails, so
    an import decodes every photo once (:func:`mediadesk.media.worker.process_file`),
    and what :func:`scan_path` runs on a photo alone.

    :meth:`decode_scale` says how small the decode may be; :meth:`__call__`
    finds the faces (and templates when ``want_encodings``) in the decoded
    image. The engine is the worker's (loaded once per process).
    """

    model: ModelName = "hog"
    want_encodings: bool = False

    def engine(self) -> FaceEngine:
        return _worker_engine if _worker_engine is not None else get_engine(self.model)

    def decode_scale(self, width: int, height: int, engine: FaceEngine | None = None) -> float | None:
        """The smallest decode scale that loses no face on a photo of this
        size (None: decode it whole). Templates need the whole photo."""
        engine = engine if engine is not None else self.engine()
        if self.want_encodings or not hasattr(engine, "wants_reduced"):
            return None
        return engine.wants_reduced(width, height)

    def wants_luma(self, engine: FaceEngine) -> bool:
        """Plain HOG, boxes only: the luma channel is all it looks at.
        (BlazeFace needs colour: on luma alone it finds a third fewer small faces.)"""
        return (not self.want_encodings and getattr(engine, "model", "hog") == "hog"
                and getattr(engine, "blaze", None) is None)

    def __call__(self, image: Any, scale: float = 1.0, engine: FaceEngine | None = None,
                 started: float | None = None) -> ScanResult:
        """The faces of ``image``, the photo decoded at ``scale`` of its size
        (upright, as :func:`mediadesk.media.photo.decode_displayed` gives it);
        boxes are in the photo's own pixels."""
        started = time.perf_counter() if started is None else started
        engine = engine if engine is not None else self.engine()
        if scale != 1.0:
            boxes = engine.detect(image, scale=scale)
            faces = [FoundFace(box=b) for b in boxes]
        else:
            boxes = engine.detect(image)
            encodings: list[Any] = (list(engine.encode(image, boxes)) if self.want_encodings and boxes
                                    else [None] * len(boxes))
            faces = [FoundFace(box=b, encoding=e) for b, e in zip(boxes, encodings)]
        return ScanResult("photo", faces, round(image.width / scale), round(image.height / scale), 1,
                          time.perf_counter() - started)

    def scan_file(self, path: str, engine: FaceEngine, started: float) -> ScanResult:
        """Decode ``path`` (as small as :meth:`decode_scale` allows) and scan it."""
        from mediadesk.media.photo import decode_displayed

        size = _photo_size(path)
        min_scale = self.decode_scale(*size, engine=engine) if size else None
        image, full = decode_displayed(path, None, min_scale=min_scale, gray=self.wants_luma(engine))
        return self(image, image.width / full[0], engine, started)


def _photo_size(path: str) -> tuple[int, int] | None:
    """Width and height from the header (no decode); None if unknown."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            return im.size
    except (OSError, UnidentifiedImageError, ValueError):
        return None


def scan_path(
    path: str,
    kind: Kind,
    want_encodings: bool,
    every: float = 1.0,
    *,
    model: ModelName = "hog",
    cancel: CancelToken | None = None,
    on_frame: Callable[[int, int], None] | None = None,
    segment: tuple[float, float | None] | None = None,
    frame_slot: int = 0,
) -> ScanResult:
    """Find the faces of one photo or clip.

    Photos go through :class:`PhotoScan` (decoded once, as small as
    detection allows; detection and encoding share that image).
    Clips are sampled every ``every`` seconds
    (:func:`mediadesk.media.video.sample_frames`) and detections are linked
    into tracks (:mod:`.tracks`): one FoundFace per track. Templates are
    computed only when ``want_encodings``; see the module docstring for what
    callers may store. Raises ``Cancelled`` when ``cancel`` fires (checked
    between frames) and the decoder's errors for unreadable files.
    ``on_frame(done, expected)`` is called after each sampled frame of a clip
    (``expected`` is 0 when the clip's length is unknown). ``segment``
    ``(start, end)`` scans only that part of a clip (see :func:`join_parts`).
    """
    started = time.perf_counter()
    engine = _worker_engine if _worker_engine is not None else get_engine(model)
    token = cancel if cancel is not None else _worker_cancel
    if token is not None:
        token.raise_if_cancelled()
    if kind == "photo":
        return PhotoScan(model, want_encodings).scan_file(path, engine, started)
    if kind == "video":
        from mediadesk.faces.tracks import frame_signature, track_frames
        from mediadesk.media.video import sample_frames

        size = [0, 0, 0]
        start, stop = segment if segment is not None else (0.0, None)
        report = on_frame if on_frame is not None else _shared_frame_counter(frame_slot)
        expected = _expected_samples(path, every, start, stop) if report is not None else 0
        edges: dict[str, Any] = {}

        def frames() -> Iterator[Any]:
            for frame in sample_frames(
                path, every=every, include_poster=False, cancel=token, start=start, end=stop
            ):
                size[0], size[1] = frame.image.size
                size[2] += 1
                if "first_time" not in edges:
                    edges["first_time"] = float(frame.t)
                    edges["first_signature"] = frame_signature(frame.image)
                edges["last_time"], edges["last_image"] = float(frame.t), frame.image
                yield frame
                if report is not None:  # after the frame's detection
                    report(size[2], max(expected, size[2]) if expected else 0)

        detect = None
        if isinstance(engine, DlibEngine) and engine.model == "hog":
            detect = functools.partial(
                engine.detect, budget_mp=VIDEO_SCAN_BUDGET_MP, rescan_original=False
            )
        tracks = track_frames(
            frames(), engine, want_encodings=want_encodings, cancel=token, detect=detect
        )
        faces = [
            FoundFace(
                box=tr.best_box,
                time=tr.start,
                end=tr.end,
                encoding=tr.encoding if want_encodings else None,
                best_time=tr.best_time,
                first_box=tr.boxes[0][1] if tr.boxes else tr.best_box,
                last_box=tr.boxes[-1][1] if tr.boxes else tr.best_box,
                samples=tuple((float(t), b) for t, b in tr.boxes),
            )
            for tr in tracks
        ]
        last_image = edges.pop("last_image", None)
        return ScanResult(
            "video", faces, size[0], size[1], size[2], time.perf_counter() - started,
            first_time=edges.get("first_time"), last_time=edges.get("last_time"),
            first_signature=edges.get("first_signature"),
            last_signature=frame_signature(last_image) if last_image is not None else None,
        )
    raise ValueError(f"unknown asset kind {kind!r}; expected 'photo' or 'video'")


def _scan_job(
    path: str,
    kind: Kind,
    want_encodings: bool,
    every: float,
    segment: tuple[float, float | None] | None = None,
    slot: int = 0,
) -> ScanResult:
    return scan_path(path, kind, want_encodings, every, segment=segment, frame_slot=slot)


def _shared_frame_counter(slot: int = 0) -> Callable[[int, int], None] | None:
    """In a worker: a reporter writing into the frame counter shared with run_scan."""
    shared = _worker_frames
    if shared is None or 2 * slot + 1 >= len(shared):
        return None

    def report(done: int, expected: int) -> None:
        shared[2 * slot], shared[2 * slot + 1] = done, expected

    return report


def clip_duration(path: str) -> float | None:
    """The length of a clip in seconds, or None when it cannot be told."""
    try:
        from mediadesk.media.video import VideoFile

        with VideoFile(path) as video:
            return video.duration
    except Exception:  # the sampler reports real problems; this is only for planning
        return None


def _expected_samples(path: str, every: float, start: float = 0.0, end: float | None = None) -> int:
    """How many frames sampling ``path`` every ``every`` s (within ``start``..``end``) gives (0 if unknown)."""
    from mediadesk.media.video import sample_times

    duration = clip_duration(path)
    return len(sample_times(duration, every, start, end)) if duration else 0


# -- parent side -------------------------------------------------------------


@dataclass
class _Job(Generic[K]):
    key: K
    path: str
    kind: Kind
    attempts: int = 0
    segment: tuple[float, float | None] | None = None  #: a part of a clip
    slot: int = 0  #: its place in the shared frame counter


#: A lone clip at least this long is scanned in parts, one per worker, and
#: the parts' tracks are joined (:func:`join_parts`).
SPLIT_CLIP_SECONDS = 16.0


def _clip_parts(path: str, every: float, parts: int, min_seconds: float) -> list[tuple[float, float | None]]:
    """``parts`` consecutive (start, end) spans of a clip on the sampling grid,
    or [] for a clip too short (or of unknown length) to be worth splitting."""
    duration = clip_duration(path)
    if not duration or duration < min_seconds or parts < 2:
        return []
    from mediadesk.media.video import sample_times

    samples = len(sample_times(duration, every))
    cuts = [round(round(samples * i / parts) * every, 6) for i in range(1, parts)]
    bounds = [0.0, *cuts, None]
    return [(bounds[i], bounds[i + 1]) for i in range(parts)]


def run_scan(
    jobs: Iterable[tuple[K, str, Kind]],
    want_encodings: bool,
    *,
    workers: int = 2,
    every: float = 1.0,
    model: ModelName = "hog",
    budget_mp: float | None = None,
    cancel: CancelToken | None = None,
    progress: ProgressCallback | None = None,
    split_clips_from: float | None = SPLIT_CLIP_SECONDS,
) -> Iterator[tuple[K, ScanResult | str]]:
    """Scan ``(key, path, kind)`` jobs in worker processes, yielding as they finish.

    Yields ``(key, ScanResult)`` or ``(key, error message)`` for a file that
    could not be scanned. Workers are spawned (never forked: the GUI process
    holds threads and Qt state), each loads the models once; at most
    ``2 * workers`` jobs are queued ahead so cancelling is quick. When
    ``cancel`` fires, queued jobs are dropped, running ones stop at their
    next frame, the workers exit and ``Cancelled`` is raised. A job whose
    worker died is retried once in a fresh pool, then reported as an error.

    ``budget_mp`` overrides the photo scan budget
    (:data:`mediadesk.faces.dlib_engine.SCAN_BUDGET_MP`): larger finds
    smaller faces on big photos, at a cost linear in it.

    Templates are in the results only when ``want_encodings`` (``match``
    mode); the caller keeps them only for enrolled people's references.

    A lone clip of ``split_clips_from`` seconds or more (None: never) is
    scanned in parts, one per worker, and its tracks are joined, so a
    teacher's quick check of a long clip uses every core.
    """
    listed = [(k, os.fspath(p), kind) for k, p, kind in jobs]
    if len(listed) == 1 and listed[0][2] == "video" and workers >= 2 and split_clips_from is not None:
        key, path, kind = listed[0]
        spans = _clip_parts(path, every, workers, split_clips_from)
        if spans:
            parts = [_Job((key, i), path, kind, segment=span, slot=i) for i, span in enumerate(spans)]
            results: dict[int, ScanResult | str] = {}
            for (_k, i), result in _run_jobs(parts, want_encodings, workers, every, model, budget_mp, cancel, progress):
                results[i] = result
            errors = [r for r in results.values() if isinstance(r, str)]
            if errors:
                yield key, errors[0]
            else:
                yield key, join_parts([results[i] for i in sorted(results)])  # type: ignore[misc]
            if progress is not None:
                progress(Progress(1, 1, path, "faces"))
            return
    yield from _run_jobs(
        [_Job(k, p, kind) for k, p, kind in listed], want_encodings, workers, every, model, budget_mp,
        cancel, progress,
    )


def _run_jobs(
    pending: list[_Job[Any]],
    want_encodings: bool,
    workers: int,
    every: float,
    model: ModelName,
    budget_mp: float | None,
    cancel: CancelToken | None,
    progress: ProgressCallback | None,
) -> Iterator[tuple[Any, ScanResult | str]]:
    """The pool behind :func:`run_scan`."""
    pending = list(pending)
    pending.reverse()  # pop() from the end keeps submission order
    total = len(pending)
    done = 0
    if total == 0:
        return
    workers = max(1, min(workers, total))
    ctx = multiprocessing.get_context("spawn")
    cancel_event = ctx.Event()
    # A lone clip (or the parts of one) is one job for a long time: each
    # worker counts its frames in its slot here, and that is the progress.
    one_clip = all(j.kind == "video" and j.path == pending[0].path for j in pending)
    frames = ctx.Array("i", 2 * total, lock=False) if one_clip and progress is not None else None
    shown_frames = [-1]

    def report(current: str) -> None:
        if progress is not None and (frames is None or done == total):
            progress(Progress(done, total, current, "faces"))

    def report_frames() -> None:
        if frames is None:
            return
        f_done = sum(frames[0::2])
        f_expected = sum(frames[1::2])
        if f_done != shown_frames[0] and f_expected:
            shown_frames[0] = f_done
            progress(Progress(min(f_done, f_expected), f_expected, pending_path, "frames"))

    pending_path = pending[0].path
    report("")
    restarts = 0
    while pending:
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(model, want_encodings, cancel_event, budget_mp, frames, os.getpid()),
        )
        running: dict[Future[ScanResult], _Job[K]] = {}
        broken = False
        try:
            while pending or running:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                # After a worker died, retry the jobs it may have died on one
                # at a time, so one bad file does not take others down with it.
                retrying = any(j.attempts > 0 for j in pending) or any(
                    j.attempts > 1 for j in running.values()
                )
                limit = 1 if retrying else 2 * workers
                while pending and len(running) < limit and not broken:
                    job = pending.pop()
                    try:
                        fut = pool.submit(
                            _scan_job, job.path, job.kind, want_encodings, every, job.segment, job.slot
                        )
                    except BrokenProcessPool:
                        pending.append(job)
                        broken = True
                        break
                    job.attempts += 1
                    running[fut] = job
                if not running:
                    break
                finished, _ = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
                report_frames()
                for fut in finished:
                    job = running.pop(fut)
                    try:
                        result: ScanResult | str = fut.result()
                    except BrokenProcessPool:
                        broken = True
                        if job.attempts < 2:
                            pending.append(job)  # popped first by the next pool
                            continue
                        result = "face scan worker process died on this file"
                    except Cancelled:
                        raise
                    except Exception as exc:  # reported per file, the scan goes on
                        result = _describe(exc)
                    done += 1
                    report(job.path)
                    yield job.key, result
                if broken and not running:
                    break
        except BaseException:
            cancel_event.set()
            for fut in running:
                fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown(wait=True, cancel_futures=True)
        if not broken:
            break
        restarts += 1
        if restarts > total + 1:  # workers cannot even start: report the rest
            while pending:
                job = pending.pop()
                done += 1
                report(job.path)
                yield job.key, "face scan worker processes fail to start"


def join_parts(parts: list[ScanResult], *, max_gap: float = 2.5, min_iou: float = 0.1,
               max_shift: float = 1.5, link_distance: float = 0.55,
               stitch_distance: float = 0.45) -> ScanResult:
    """One clip's result from the results of its consecutive parts.

    A track that runs to the last sample of a part continues in the next
    part when a track starts at that part's first sample in the same place
    (box overlap or a small move, less than 2x size change, and, with
    templates, the same face), unless the colour of the two frames says a
    scene cut lies between them: the rules of
    :class:`mediadesk.faces.tracks.TrackBuilder`. With templates, tracks of
    one face a short gap apart are also joined, as the builder stitches
    them. Anything left unjoined stays a separate track: one more face to
    resolve, never one less.
    """
    import numpy as np

    from mediadesk.faces.tracks import is_scene_cut, link_cost

    parts = [r for r in parts if r.frames]
    if not parts:
        return ScanResult("video")
    faces = list(parts[0].faces)
    for prev, nxt in zip(parts, parts[1:]):
        gap = (nxt.first_time or 0.0) - (prev.last_time or 0.0)
        cut = (
            prev.last_signature is not None and nxt.first_signature is not None
            and is_scene_cut(prev.last_signature, nxt.first_signature)
        )
        ending = [i for i, f in enumerate(faces) if f.end is not None and abs(f.end - (prev.last_time or 0.0)) < 1e-6]
        starting = list(nxt.faces)
        pairs: list[tuple[float, int, int]] = []
        for ai in ending:
            a = faces[ai]
            for bi, b in enumerate(starting):
                if b.time is None or abs(b.time - (nxt.first_time or 0.0)) > 1e-6 or cut or gap > max_gap:
                    continue
                cost = link_cost(a.last_box or a.box, b.first_box or b.box, gap, a.encoding, b.encoding,
                                 min_iou=min_iou, max_shift=max_shift, link_distance=link_distance)
                if cost is not None:
                    pairs.append((cost, ai, bi))
        if any(f.encoding is not None for f in faces):  # templates: stitch as the builder does
            for ai, a in enumerate(faces):
                for bi, b in enumerate(starting):
                    if a.encoding is None or b.encoding is None or a.end is None or b.time is None:
                        continue
                    if 0 < b.time - a.end <= max_gap:
                        d = float(np.linalg.norm(a.encoding - b.encoding))
                        if d < stitch_distance:
                            pairs.append((10.0 + d, ai, bi))  # after every geometric link
        pairs.sort()
        used_a: set[int] = set()
        joined: dict[int, int] = {}
        for _c, ai, bi in pairs:
            if ai in used_a or bi in joined:
                continue
            used_a.add(ai)
            joined[bi] = ai
        for bi, b in enumerate(starting):
            ai = joined.get(bi)
            if ai is None:
                faces.append(b)
                continue
            a = faces[ai]
            best, best_t = (a.box, a.best_time) if a.box.area >= b.box.area else (b.box, b.best_time)
            enc = a.encoding
            if a.encoding is not None and b.encoding is not None:
                enc = ((a.encoding + b.encoding) / 2).astype(np.float32)
            elif enc is None:
                enc = b.encoding
            faces[ai] = FoundFace(box=best, time=a.time, end=b.end, encoding=enc, best_time=best_t,
                                  first_box=a.first_box, last_box=b.last_box,
                                  samples=tuple(sorted(a.samples + b.samples, key=lambda tb: tb[0])))
    first, last = parts[0], parts[-1]
    faces.sort(key=lambda f: (f.time or 0.0, f.box.x))
    return ScanResult(
        "video", faces, first.width or last.width, first.height or last.height,
        sum(r.frames for r in parts), max(r.seconds for r in parts),
        first_time=first.first_time, last_time=last.last_time,
        first_signature=first.first_signature, last_signature=last.last_signature,
    )


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return f"{exc.__class__.__name__}: {text}" if not isinstance(exc, OSError) else text
