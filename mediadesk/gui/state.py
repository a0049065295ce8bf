"""Shared state of the open window: the library, its settings, and the one
change hook.

Every change goes through :meth:`AppState.apply` with a
:class:`~mediadesk.services.changes.Changes`, and every view refreshes from
the one signal :attr:`AppState.applied`. Writes from the GUI run off the GUI
thread through :meth:`AppState.write` (a write may wait for another
computer's write lock), and apply their changes when they are done.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Callable, Sequence

from PySide6.QtCore import QObject, Signal

from mediadesk.services.changes import Changes
from mediadesk.services.evaluate import visible_channels

from .dialogs import dialogs
from mediadesk.services.settings import library_settings


class AppState(QObject):
    applied = Signal(object)  # Changes: the one hook every view refreshes from
    writes_done = Signal()  # the last write asked for is stored (or failed)

    def __init__(self, lib, parent=None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.settings: dict = library_settings(lib)
        self._writes: deque = deque()  # BackgroundOps waiting for the one before them
        self._writing = None  # the write running now

    @property
    def lang(self) -> str:
        return self.settings.get("language", "en")

    @property
    def channels(self) -> list[str]:
        return visible_channels(self.settings)

    @property
    def dialogs(self):
        return dialogs()

    def apply(self, changes: Changes) -> None:
        """Tell every view what changed (settings are read again first)."""
        if changes.settings:
            self.settings = library_settings(self.lib)
        self.applied.emit(changes)

    def reload_settings(self) -> None:
        self.apply(Changes(settings=True))

    def changed(self, asset_ids: Sequence[str] | None = None) -> None:
        """Verdicts of ``asset_ids`` (None or empty: of all) may have changed."""
        self.apply(Changes.of_assets(asset_ids))

    def write(self, parent: QObject, fn: Callable[[], Any], changes: Callable[[Any], Changes], *,
              done: Callable[[Any], None] | None = None,
              failed: Callable[[BaseException], None] | None = None) -> Any:
        """Run the write ``fn()`` off the GUI thread; then apply ``changes(result)``
        and call ``done(result)``. A failure is shown (or given to ``failed``);
        nothing is applied then. Returns the BackgroundOp.

        Writes run one at a time, in the order they were asked for (a quick
        keyboard review sends them faster than they are stored), and their
        changes are applied even when the widget that asked is gone."""
        from .ops import BackgroundOp

        op = BackgroundOp(lambda _token, _progress: fn(), parent)
        op.signals.succeeded.connect(lambda result: self.apply(changes(result)))
        if done is not None:
            op.success(done)
        op.failure(failed if failed is not None else (lambda e: self.error(parent, e)))
        op.signals.finished.connect(self._next_write)
        self._writes.append(op)
        if self._writing is None:
            self._next_write()
        return op

    def _next_write(self) -> None:
        self._writing = self._writes.popleft().start() if self._writes else None
        if self._writing is None:
            self.writes_done.emit()

    def writes_pending(self) -> bool:
        """A write asked for is not stored yet (tests, and closing the window)."""
        return self._writing is not None

    def error(self, parent, exc: BaseException, title: str | None = None) -> None:
        from PySide6.QtCore import QCoreApplication

        self.dialogs.error(parent, title or QCoreApplication.translate("AppState", "Something went wrong"), str(exc))
