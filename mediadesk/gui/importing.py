"""Import with a progress bar, the current file, cancel, and a final report."""

from __future__ import annotations

from mediadesk.services.changes import Changes

from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QHeaderView,
)

from . import facesvc
from .jobs import ProgressJob, ProgressWindow


def default_import(lib, paths, *, progress, cancel, results=None):
    """The one import pipeline (:func:`mediadesk.services.checking.import_and_scan`);
    faces are found in worker processes only (dlib holds the GIL)."""
    from mediadesk.services.checking import import_and_scan

    return import_and_scan(lib, paths, progress=progress, cancel=cancel, inline=False, results=results)


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


class ImportController(ProgressJob):
    """Runs one import off the GUI thread: import, then a face scan of the new
    assets; shows progress, then the report."""

    import_fn: Callable = staticmethod(default_import)

    def __init__(self, state, parent_widget, paths: Sequence[str], event: str | None = None) -> None:
        super().__init__(state, parent_widget)
        self.dialog = ProgressWindow(
            self.tr("Importing"), self.tr("Reading photos and clips…"),
            self.tr("Stop after the current file; what is done so far is kept"), parent_widget,
        )
        self.failure_title = self.tr("Import failed")
        self.paths = [str(p) for p in paths]
        self._lib, self._fn = state.lib, type(self).import_fn

    def work(self, token, progress):
        return self._fn(self._lib, self.paths, progress=progress, cancel=token)

    def after_success(self, report) -> None:
        self.state.apply(Changes.of_assets(None, library=True))

    def report_dialog(self, report):
        return ImportReportDialog(report, self.parent_widget)


class ScanController(ProgressJob):
    """Look for faces in every photo and clip not scanned yet (an import or
    quick check that was stopped, a file that was offline, a scan that failed)."""

    def __init__(self, state, parent_widget) -> None:
        super().__init__(state, parent_widget)
        self.dialog = ProgressWindow(
            self.tr("Looking for faces"), self.tr("Looking for faces…"),
            self.tr("Stop after the current file; what is done so far is kept"), parent_widget,
        )
        self.failure_title = self.tr("Looking for faces failed")
        self._lib = state.lib

    def work(self, token, progress):
        return facesvc.scan_assets(self._lib, None, progress=progress, cancel=token)

    def after_success(self, report) -> None:
        self.state.apply(Changes.of_assets(None, library=True))

    def report_dialog(self, report):
        return None  # the message below says it all

    def _done(self, report) -> None:
        super()._done(report)
        scanned, failed = len(report.scanned), len(report.errors)
        text = self.tr("Looked for faces in %n photo(s) or clip(s).", "", scanned)
        if failed:
            text += " " + self.tr("%n could not be read and still need(s) review.", "", failed)
        details = "\n".join(f"{e['asset'][:12]}: {e['reason']}" for e in report.errors)
        self.state.dialogs.info(self.parent_widget, self.tr("Looking for faces"), text, details)
