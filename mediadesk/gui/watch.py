"""Noticing changes made elsewhere: another computer on a shared library, the
command line, a second window. Every few seconds the audit log's size and
newest entry are read off the GUI thread; when they moved, the window
re-reads verdicts, people and counts, so a withdrawal made elsewhere turns
the badges here within seconds."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from mediadesk.services import queries

from .ops import BackgroundOp


class LibraryWatcher(QObject):
    """Emits ``changed(kinds)`` when the library changed since the last look:
    the kinds of things changed (``asset``, ``person``, ``consent_record``,
    ``setting``, ...; ``new assets`` when assets came or went), or ``{"*"}``
    when that cannot be told."""

    changed = Signal(set)

    INTERVAL_MS = 4000

    def __init__(self, state, parent=None, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.marker: tuple | None = None
        self.op: BackgroundOp | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms or self.INTERVAL_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()
        self.look()

    def look(self) -> None:
        if self.op is not None and not self.op.done:
            return  # the last look is still running (a slow server)
        lib, before = self.state.lib, self.marker

        def work(_token, _progress):
            def read(q):
                marker = queries.change_marker(q)
                if before is None or marker == before:
                    return marker, set()
                kinds = queries.changed_entities(q, before[1]) or {"*"}
                if marker[2] != before[2]:
                    kinds.add("new assets")
                return marker, kinds

            return queries.with_lib(lib, read)

        self.op = BackgroundOp(work, self)
        self.op.success(self._seen).start()

    def _seen(self, result: tuple) -> None:
        before, (self.marker, kinds) = self.marker, result
        if before is not None and kinds:
            self.changed.emit(kinds)

    def stop(self) -> None:
        self.timer.stop()
