"""Background operations (Anki's ``CollectionOp(...).success().failure()``).

A Qt-free service function runs on a ``QThreadPool`` thread with a
:class:`CancelToken` and a progress callback; its result or error is
delivered on the GUI thread through queued signals. Workers never touch
widgets.

    op = BackgroundOp(lambda token, progress: import_paths(lib, paths,
                      cancel=token, progress=progress))
    op.success(show_report).failure(show_error).progress(update_bar).start()
"""

from __future__ import annotations

import logging
import time
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from mediadesk.core.progress import Cancelled, CancelToken, Progress

log = logging.getLogger(__name__)

_live: set["BackgroundOp"] = set()  # keep Python wrappers alive until done


class _Signals(QObject):
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


def _run(op: "BackgroundOp") -> None:  # worker thread
    try:
        result = op.fn(op.token, op._report)
    except Cancelled:
        op.signals.failed.emit(Cancelled())
    except BaseException as e:  # noqa: BLE001 - delivered to the GUI thread
        log.debug("background operation failed:\n%s", traceback.format_exc())
        op.signals.failed.emit(e)
    else:
        op.signals.succeeded.emit(result)
    op.signals.finished.emit()


class BackgroundOp:
    """One long piece of work. ``fn(token, progress) -> result``."""

    pool: QThreadPool | None = None
    MIN_PROGRESS_INTERVAL = 0.05  # seconds; progress is coalesced so the GUI stays light

    def __init__(self, fn: Callable[[CancelToken, Callable[[Progress], None]], Any],
                 parent: QObject | None = None) -> None:
        self.fn = fn
        self.token = CancelToken()
        self.signals = _Signals()  # owned by the op, not by a widget that may go first
        self.parent = parent
        self._last = 0.0
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.signals.succeeded.connect(self._store_result)
        self.signals.failed.connect(self._store_error)
        self.signals.finished.connect(self._finish)

    def _store_result(self, r: Any) -> None:
        self.result = r

    def _store_error(self, e: BaseException) -> None:
        self.error = e

    def _finish(self) -> None:
        self.done = True
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: _live.discard(self))  # not while its signal is emitting

    def _report(self, p: Progress) -> None:  # worker thread
        now = time.monotonic()
        if p.done >= p.total or now - self._last >= self.MIN_PROGRESS_INTERVAL:
            self._last = now
            self.signals.progressed.emit(p)

    def _alive(self) -> bool:
        """False once the widget that asked for the work is gone: its result is dropped."""
        if self.parent is None:
            return True
        from shiboken6 import isValid

        return isValid(self.parent)

    def _guard(self, fn):
        def deliver(*args):
            if self._alive():
                fn(*args)

        return deliver

    def success(self, fn: Callable[[Any], None]) -> "BackgroundOp":
        self.signals.succeeded.connect(self._guard(fn))
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> "BackgroundOp":
        self.signals.failed.connect(self._guard(fn))
        return self

    def progress(self, fn: Callable[[Progress], None]) -> "BackgroundOp":
        self.signals.progressed.connect(self._guard(fn))
        return self

    def finished(self, fn: Callable[[], None]) -> "BackgroundOp":
        self.signals.finished.connect(self._guard(fn))
        return self

    def cancel(self) -> None:
        self.token.cancel()

    def start(self) -> "BackgroundOp":
        _live.add(self)
        # a plain callable: no Python QRunnable subclass whose wrapper would outlive the job
        (self.pool or QThreadPool.globalInstance()).start(lambda: _run(self))
        return self


def run_in_background(fn, *, success=None, failure=None, progress=None, parent=None) -> BackgroundOp:
    op = BackgroundOp(fn, parent)
    if success:
        op.success(success)
    if failure:
        op.failure(failure)
    if progress:
        op.progress(progress)
    return op.start()
