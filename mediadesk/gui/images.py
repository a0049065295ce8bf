"""Pictures for the views: built as ``QImage`` off the GUI thread, turned into
``QPixmap`` on the GUI thread (napari's thumbnail delegate pattern).

Sources, best first: the cached thumbnail written at import
(``mediadesk.media.thumbs.thumbnail_path``), else the file itself (photos
through the media layer's one photo decoder, clips through PyAV).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap


def cached_thumbnail(cache_dir: Path | str | None, sha256: str | None, size: int) -> Path | None:
    if not cache_dir or not sha256:
        return None
    try:
        from mediadesk.media.thumbs import thumbnail_path
    except ImportError:  # pragma: no cover - media layer not there yet
        return None
    try:
        p = thumbnail_path(cache_dir, sha256, size)
    except ValueError:
        return None
    return p if p.exists() else None


def pil_to_qimage(im) -> QImage:
    im = im.convert("RGB")
    w, h = im.size
    data = im.tobytes()
    return QImage(data, w, h, 3 * w, QImage.Format_RGB888).copy()


def video_frame(path: str, t: float | None = None, max_side: int = 1600) -> QImage:
    """One frame of a clip (the poster frame when ``t`` is None)."""
    from mediadesk.media.video import VideoFile, poster_frame

    if t is None:
        img = poster_frame(path).image
    else:
        img = None
        with VideoFile(path) as v:
            for _t, frame in v.frames_at([max(0.0, t)]):
                img = v.to_image(frame)
                break
        if img is None:
            img = poster_frame(path).image
    img.thumbnail((max_side, max_side))
    return pil_to_qimage(img)


def read_photo(path: str, max_side: int) -> tuple[QImage, QSize]:
    """A photo fitted in ``max_side`` with EXIF orientation applied, and the
    full size of the photo as shown: through the one photo decoder
    (:func:`mediadesk.media.photo.decode_displayed`), so face boxes found on
    its pixels are drawn on the same picture. A null image if unreadable."""
    from mediadesk.media.photo import decode_displayed

    try:
        im, full = decode_displayed(path, max_side, shrink_side=max_side)
    except Exception:  # MediaError, or a decoder's own: shown as "no picture"
        return QImage(), QSize()
    return pil_to_qimage(im), QSize(*full)


def sound_picture(path: str, size: int) -> QImage:
    """Worker side: the waveform of a recording, drawn from its samples
    (when its thumbnail is not cached). A null image if unreadable."""
    from mediadesk.media.audio import AudioHandler

    try:
        return pil_to_qimage(AudioHandler().display_image(path, size, []))
    except Exception:  # MediaError, or a decoder's own: shown as the audio icon
        return QImage()


def load_picture(path: str, kind: str, sha256: str | None, cache_dir, size: int) -> QImage:
    """Worker side: the best picture of an asset for a ``size`` px box."""
    cached = cached_thumbnail(cache_dir, sha256, 256 if size <= 256 else 1600)
    if cached is None and size <= 256:
        cached = cached_thumbnail(cache_dir, sha256, 1600)
    if cached is not None:
        img = QImage(str(cached))
        if not img.isNull():
            return img
    if not path or not Path(path).exists():
        return QImage()
    try:
        if kind == "video":
            return video_frame(path, None, max(size, 256))
        if kind == "audio":
            return sound_picture(path, max(size, 256))
        img, _full = read_photo(path, max(size, 256))
        return img
    except Exception:
        return QImage()


class _LoadSignals(QObject):
    loaded = Signal(str, QImage)


class ThumbnailLoader(QObject):
    """GUI-thread cache of thumbnail pixmaps with off-thread loading.

    ``pixmap(key, ...)`` returns a cached pixmap or None (and queues a load);
    ``ready(key)`` is emitted on the GUI thread when one arrives. Only the
    most recently requested keys are loaded, so a fast scroll through
    50,000 assets never builds up a backlog.
    """

    ready = Signal(str)

    def __init__(self, cache_dir, size: int = 256, capacity: int = 800, parent=None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.thumb_size = size
        self.capacity = capacity
        self.signals = _LoadSignals()
        self.signals.loaded.connect(self._on_loaded)
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        self._pending: set[str] = set()
        self._queue: list[tuple[str, str, str, str | None]] = []
        self._cond = threading.Condition()
        self._stopping = False
        self._busy = 0
        self._workers = 0
        self._wanted: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(3)
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.loads = 0

    # ---- worker side --------------------------------------------------------------------
    def _worker(self) -> None:  # runs on a pool thread until stop()
        while True:
            with self._cond:
                while not self._queue and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                key, path, kind, sha = self._queue.pop()  # newest first: what is on screen now
                self._busy += 1
            try:
                img = QImage()
                if self.still_wanted(key):
                    img = load_picture(path, kind, sha, self.cache_dir, self.thumb_size)
                    if not img.isNull() and max(img.width(), img.height()) > self.thumb_size:
                        img = img.scaled(self.thumb_size, self.thumb_size, Qt.KeepAspectRatio, Qt.SmoothTransformation)
                self.signals.loaded.emit(key, img)
            finally:
                with self._cond:
                    self._busy -= 1
                    self._cond.notify_all()

    def still_wanted(self, key: str) -> bool:
        with self._lock:
            return key in self._wanted

    # ---- GUI side -----------------------------------------------------------------------
    def pixmap(self, key: str, path: str, kind: str, sha256: str | None) -> QPixmap | None:
        pm = self._pixmaps.get(key)
        if pm is not None:
            self._pixmaps.move_to_end(key)
            return pm
        if key in self._failed:
            return None
        with self._lock:
            self._wanted[key] = None
            self._wanted.move_to_end(key)
            while len(self._wanted) > 300:
                self._wanted.popitem(last=False)
        if key not in self._pending:
            self._pending.add(key)
            self.loads += 1
            with self._cond:
                self._queue.append((key, path, kind, sha256))
                if len(self._queue) > 600:  # forget what scrolled away long ago
                    for old in self._queue[:200]:
                        self._pending.discard(old[0])
                    del self._queue[:200]
                self._cond.notify()
            self._start_workers()
        return None

    def _start_workers(self) -> None:
        while self._workers < self.pool.maxThreadCount():
            self._workers += 1
            self.pool.start(self._worker)

    def _on_loaded(self, key: str, img: QImage) -> None:
        self._pending.discard(key)
        with self._lock:
            wanted = self._wanted.pop(key, "gone") != "gone"
        if img.isNull():
            if wanted:
                self._failed.add(key)
            return
        self._pixmaps[key] = QPixmap.fromImage(img)
        while len(self._pixmaps) > self.capacity:
            self._pixmaps.popitem(last=False)
        self.ready.emit(key)

    def forget(self, key: str) -> None:
        self._pixmaps.pop(key, None)
        self._failed.discard(key)

    def clear(self) -> None:
        self._pixmaps.clear()
        self._failed.clear()

    def wait(self, ms: int = 5000) -> bool:
        """Until the queue is empty and no load is running (tests, benchmarks)."""
        import time

        end = time.monotonic() + ms / 1000
        with self._cond:
            while (self._queue or self._busy) and time.monotonic() < end:
                self._cond.wait(0.05)
            return not self._queue and not self._busy

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._queue.clear()
            self._cond.notify_all()
        self.pool.waitForDone(3000)
