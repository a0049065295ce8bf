"""Import with a progress bar, the current file, cancel, and a final report."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QHeaderView,
)

from mediadesk.core.progress import Cancelled, Progress

from . import facesvc, theme
from .ops import BackgroundOp


def default_import(lib, paths, *, progress, cancel):
    from mediadesk.services.importer import import_paths

    return import_paths(lib, paths, progress=progress, cancel=cancel)


class ImportProgress(QDialog):
    """Modeless progress window: bar, current file, cancel."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        self.headline = QLabel(self.tr("Reading photos and clips…"))
        self.headline.setObjectName("h2")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.current = QLabel(" ")
        self.current.setObjectName("muted")
        self.current.setMinimumWidth(420)
        self.count = QLabel(" ")
        self.cancel_btn = QPushButton(theme.icon("close"), self.tr("Cancel"))
        self.cancel_btn.setToolTip(self.tr("Stop after the current file; what is done so far is kept"))
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
        self.count.setText(self.tr("%1 of %2").replace("%1", str(p.done)).replace("%2", str(p.total)))
        if p.current:
            name = Path(p.current).name
            if p.stage == "faces":
                self.headline.setText(self.tr("Looking for faces…"))
            self.current.setText(self.current.fontMetrics().elidedText(name, Qt.ElideMiddle, 420))


class ImportReportDialog(QDialog):
    """The final report: imported, already known, re-linked, rejected (with reasons)."""

    def __init__(self, report, parent=None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import report"))
        self.resize(680, 440)
        lay = QVBoxLayout(self)
        head = QLabel(self._headline())
        head.setObjectName("h2")
        head.setWordWrap(True)
        lay.addWidget(head)
        self.tabs = QTabWidget()
        self._tab(self.tr("Imported (%n)", "", len(report.imported)), report.imported, "path")
        self._tab(self.tr("Already known (%n)", "", len(report.known)), report.known, "path")
        self._tab(self.tr("Re-linked (%n)", "", len(report.relinked)), report.relinked, "old_path")
        self.rejected_table = self._tab(self.tr("Rejected (%n)", "", len(report.rejected)), report.rejected, "reason")
        if report.rejected:
            self.tabs.setCurrentIndex(3)
        lay.addWidget(self.tabs)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        bb.rejected.connect(self.reject)
        bb.accepted.connect(self.accept)
        lay.addWidget(bb)

    def _headline(self) -> str:
        r = self.report
        text = self.tr("%n new photo(s) or clip(s) imported.", "", len(r.imported))
        if r.rejected:
            text += " " + self.tr("%n file(s) could not be read.", "", len(r.rejected))
        if getattr(r, "cancelled", False):
            text += " " + self.tr("The import was cancelled; what was read is kept.")
        return text

    def _tab(self, title: str, rows: Sequence[dict], second: str) -> QTableWidget:
        t = QTableWidget(len(rows), 2)
        headers = {
            "path": (self.tr("File"), self.tr("Folder")),
            "old_path": (self.tr("File"), self.tr("Was at")),
            "reason": (self.tr("File"), self.tr("Why")),
        }[second]
        t.setHorizontalHeaderLabels(list(headers))
        t.verticalHeader().hide()
        t.setEditTriggers(QTableWidget.NoEditTriggers)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
        for i, row in enumerate(rows):
            p = Path(row.get("path", ""))
            t.setItem(i, 0, QTableWidgetItem(p.name))
            val = str(p.parent) if second == "path" else str(row.get(second, ""))
            item = QTableWidgetItem(val)
            item.setToolTip(val)
            t.setItem(i, 1, item)
        self.tabs.addTab(t, title)
        return t


class ImportController(QObject):
    """Runs one import off the GUI thread: import, then a face scan of the new
    assets; shows progress, then the report."""

    finished = Signal(object)  # ImportReport (or None on failure)

    import_fn: Callable = staticmethod(default_import)

    def __init__(self, state, parent_widget, paths: Sequence[str], event: str | None = None) -> None:
        super().__init__(parent_widget)
        self.state = state
        self.parent_widget = parent_widget
        self.paths = [str(p) for p in paths]
        self.event_name = event
        self.dialog = ImportProgress(parent_widget)
        self.op: BackgroundOp | None = None
        self.report = None

    def start(self) -> "ImportController":
        lib = self.state.lib
        fn = type(self).import_fn
        paths = self.paths

        def work(token, progress):
            report = fn(lib, paths, progress=progress, cancel=token)
            new = [d["asset"] for d in report.imported]
            if new and facesvc.can_scan() and not token.cancelled:
                progress(Progress(0, len(new), "", "faces"))
                try:
                    facesvc.scan_assets(lib, new, progress=progress, cancel=token)
                except Cancelled:
                    report.cancelled = True
            return report

        self.op = BackgroundOp(work, self)
        self.op.progress(self.dialog.show_progress).success(self._done).failure(self._failed)
        self.dialog.cancel_btn.clicked.connect(self._cancel)
        self.dialog.show()
        self.op.start()
        return self

    def _cancel(self) -> None:
        if self.op:
            self.op.cancel()
        self.dialog.cancel_btn.setEnabled(False)
        self.dialog.headline.setText(self.tr("Stopping…"))

    def _done(self, report) -> None:
        self.report = report
        self.dialog.close()
        self.state.library_changed.emit()
        self.finished.emit(report)
        self.state.dialogs.exec_dialog(ImportReportDialog(report, self.parent_widget))

    def _failed(self, exc: BaseException) -> None:
        self.dialog.close()
        self.finished.emit(None)
        if not isinstance(exc, Cancelled):
            self.state.error(self.parent_widget, exc, self.tr("Import failed"))
