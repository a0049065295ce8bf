"""Bring a laptop's library home (issue 15 item 1): pick the other library
(or a bundle), see what a dry run would add, update and find in conflict,
confirm, and merge in the background with progress.

The work is ``services/merging.py`` (``merge_library``, ``import_bundle``),
run off the GUI thread as a :class:`~mediadesk.gui.ops.BackgroundOp`; the
window refreshes from the change hook when the merge is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from mediadesk.core.progress import Progress

from . import theme
from .forms import error_label
from .ops import BackgroundOp


def _is_bundle(path: str) -> bool:
    return Path(path).suffix.lower() in (".zip", ".mdbundle")


def run_merge(lib, path: str, files_to: str | None, dry_run: bool, token, progress) -> Any:
    """The merge or its dry run, for a BackgroundOp (worker thread)."""
    from mediadesk.services import merging

    def step(stage: str, done: int, total: int) -> None:
        token.raise_if_cancelled()  # inside the merge's transaction: a cancel rolls it all back
        progress(Progress(done, total, stage=stage))

    if _is_bundle(path):
        return merging.import_bundle(lib, path, dry_run=dry_run, files_to=files_to or None, progress=step)
    return merging.merge_library(lib, path, dry_run=dry_run, progress=step)


class _PickPage(QWizardPage):
    def __init__(self, dialogs, parent=None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.setTitle(self.tr("Bring a laptop's library into this one"))
        self.setSubTitle(self.tr("People, consent forms, withdrawals, photos, faces and tags made on another computer, for example at a fair, are added to this library."))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("The other library (its .sqlite file) or a bundle (.zip):")))
        self.path = QLineEdit()
        browse = QPushButton(theme.icon("folder"), self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        lay.addLayout(row)
        self.files_label = QLabel(self.tr("Put the bundle's photos and clips in this folder (optional):"))
        self.files_to = QLineEdit()
        self.files_btn = QPushButton(theme.icon("folder"), self.tr("Choose…"))
        self.files_btn.clicked.connect(self._browse_folder)
        row = QHBoxLayout()
        row.addWidget(self.files_to, 1)
        row.addWidget(self.files_btn)
        lay.addWidget(self.files_label)
        lay.addLayout(row)
        note = QLabel(self.tr("The other library is only read. Nothing is stored before you confirm."))
        note.setWordWrap(True)
        lay.addWidget(note)
        lay.addStretch(1)
        self.path.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        bundle = _is_bundle(self.path.text())
        for w in (self.files_label, self.files_to, self.files_btn):
            w.setVisible(bundle)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()

    def _browse(self) -> None:
        f = self.dialogs.open_file(self, self.tr("The other library"),
                                   self.tr("MediaDesk libraries and bundles (*.sqlite *.db *.zip *.mdbundle);;All files (*)"))
        if f:
            self.path.setText(f)

    def _browse_folder(self) -> None:
        d = self.dialogs.open_folder(self, self.tr("Folder for the photos and clips"))
        if d:
            self.files_to.setText(d)


class _RunPage(QWizardPage):
    """Runs the merge (or its dry run) when shown; complete when it is done."""

    def __init__(self, wizard: MergeWizard, dry_run: bool) -> None:
        super().__init__()
        self.wiz, self.dry_run = wizard, dry_run
        if dry_run:
            self.setTitle(self.tr("What the merge would do"))
            self.setSubTitle(self.tr("Nothing has been stored yet. Check the list, then merge."))
        else:
            self.setTitle(self.tr("Merging"))
            self.setSubTitle(self.tr("All or nothing: if it stops, this library stays as it was."))
        lay = QVBoxLayout(self)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.error = error_label()
        lay.addWidget(self.bar)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.error)
        self.op: BackgroundOp | None = None
        self.report: Any = None

    def initializePage(self) -> None:
        self.report = None
        self.text.clear()
        self.error.clear()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.completeChanged.emit()
        lib, path, files_to = self.wiz.state.lib, self.wiz.path(), self.wiz.files_to()
        dry = self.dry_run
        self.op = BackgroundOp(lambda token, progress: run_merge(lib, path, files_to, dry, token, progress), self)
        if not dry:  # stored: every view refreshes, even if the wizard is closed meanwhile
            state = self.wiz.state
            self.op.signals.succeeded.connect(lambda report: state.apply(report.changes()))
        self.op.progress(self._progress).success(self._done).failure(self._failed).start()

    def _progress(self, p: Progress) -> None:
        self.bar.setRange(0, max(1, p.total))
        self.bar.setValue(p.done)

    def _done(self, report) -> None:
        self.report = report
        self.bar.hide()
        lines = report.summary_lines()
        if report.conflicts:
            self.error.setText(self.tr("Nothing can be merged until these conflicts are corrected in one of the two libraries."))
        elif self.dry_run and not report.changed:
            self.error.setText(self.tr("This library already holds everything of the other one."))
        elif not self.dry_run:
            lines.insert(0, self.tr("Merged.") if report.applied else self.tr("Nothing to merge."))
        self.text.setPlainText("\n".join(lines))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        from mediadesk.core.progress import Cancelled

        self.bar.hide()
        self.error.setText(self.tr("Stopped; nothing was stored.") if isinstance(exc, Cancelled) else str(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        r = self.report
        if r is None:
            return False
        return not self.dry_run or (not r.conflicts and r.changed)

    def cleanupPage(self) -> None:
        if self.op is not None and not self.op.done:
            self.op.cancel()


class MergeWizard(QWizard):
    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Merge a library"))
        self.setWindowIcon(theme.icon("app"))
        self.setMinimumSize(640, 480)
        self.pick = _PickPage(state.dialogs)
        self.check = _RunPage(self, dry_run=True)
        self.run = _RunPage(self, dry_run=False)
        for p in (self.pick, self.check, self.run):
            self.addPage(p)
        self.setButtonText(QWizard.NextButton, self.tr("Next"))
        self.currentIdChanged.connect(self._page_changed)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.DisabledBackButtonOnLastPage, True)

    def _page_changed(self, _id: int) -> None:
        # the dry run's Next is the confirmation
        self.setButtonText(QWizard.NextButton, self.tr("Merge") if self.currentPage() is self.check else self.tr("Next"))

    def path(self) -> str:
        return self.pick.path.text().strip()

    def files_to(self) -> str | None:
        return self.pick.files_to.text().strip() or None

    def reject(self) -> None:
        for page in (self.check, self.run):
            if page.op is not None and not page.op.done:
                page.op.cancel()
        super().reject()
