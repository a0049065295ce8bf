"""Long work with a progress window: the shared shape of import and export.

A :class:`ProgressJob` runs a Qt-free service function through
:class:`~mediadesk.gui.ops.BackgroundOp`, shows a modeless
:class:`ProgressWindow` (bar, current file, Cancel), and when the work ends
shows its report dialog, or the error. Subclasses say what to run and how
to report it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from mediadesk.core.progress import Cancelled, Progress

from . import theme
from .ops import BackgroundOp


class ProgressWindow(QDialog):
    """Modeless progress window: headline, bar, current file, count, Cancel."""

    def __init__(self, title: str, headline: str, cancel_tip: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        self.headline = QLabel(headline)
        self._headline = headline
        self.headline.setObjectName("h2")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.current = QLabel(" ")
        self.current.setObjectName("muted")
        self.current.setMinimumWidth(420)
        self.count = QLabel(" ")
        self.cancel_btn = QPushButton(theme.icon("close"), self.tr("Cancel"))
        self.cancel_btn.setToolTip(cancel_tip)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.cancel_btn)
        for w in (self.headline, self.bar, self.current):
            lay.addWidget(w)
        lay.addLayout(row)

    def show_progress(self, p: Progress) -> None:
        if p.total:
            self.bar.setRange(0, p.total)
            self.bar.setValue(p.done)
            of = self.tr("frame %1 of %2") if p.stage == "cover" else self.tr("%1 of %2")
            self.count.setText(of.replace("%1", str(p.done)).replace("%2", str(p.total)))
        if p.current:
            if p.stage in ("faces", "frames"):
                self.headline.setText(self.tr("Looking for faces…"))
            elif p.stage == "cover":  # a clip written with faces covered: frame by frame
                self.headline.setText(self.tr("Covering faces in every frame…"))
            elif p.stage == "export" and self.headline.text() != self.tr("Stopping…"):
                self.headline.setText(self._headline)  # the next file after a covered clip
            name = Path(p.current).name
            self.current.setText(self.current.fontMetrics().elidedText(name, Qt.ElideMiddle, 420))


class ProgressJob(QObject):
    """One piece of long work off the GUI thread, with progress and cancel."""

    finished = Signal(object)  # the work's report, or None on failure or cancel

    failure_title = ""

    def __init__(self, state, parent_widget) -> None:
        super().__init__(parent_widget)
        self.state = state
        self.parent_widget = parent_widget
        self.dialog: ProgressWindow | None = None  # made by the subclass
        self.op: BackgroundOp | None = None
        self.report: Any = None
        self.error: BaseException | None = None
        self.done = False

    # -- for subclasses ---------------------------------------------------------------
    def work(self, token, progress) -> Any:  # runs on a worker thread: no widgets here
        raise NotImplementedError

    def after_success(self, report: Any) -> None:
        """On the GUI thread, before ``finished`` is emitted."""

    def report_dialog(self, report: Any) -> QDialog | None:
        return None

    # -- the shared flow --------------------------------------------------------------
    def start(self) -> "ProgressJob":
        self.op = BackgroundOp(self.work, self)
        self.op.progress(self.dialog.show_progress).success(self._done).failure(self._failed)
        self.dialog.cancel_btn.clicked.connect(self.cancel)
        self.dialog.show()
        self.op.start()
        return self

    def cancel(self) -> None:
        if self.op:
            self.op.cancel()
        self.dialog.cancel_btn.setEnabled(False)
        self.dialog.headline.setText(self.tr("Stopping…"))

    def _done(self, report: Any) -> None:
        self.report, self.done = report, True
        self.dialog.close()
        self.after_success(report)
        self.finished.emit(report)
        dialog = self.report_dialog(report)
        if dialog is not None:
            self.state.dialogs.exec_dialog(dialog)

    def _failed(self, exc: BaseException) -> None:
        self.error, self.done = exc, True
        self.dialog.close()
        self.finished.emit(None)
        if not isinstance(exc, Cancelled):
            self.state.error(self.parent_widget, exc, self.failure_title)
