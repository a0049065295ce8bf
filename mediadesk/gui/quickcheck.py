"""Quick check: drop one clip or photo, get the verdict per channel, worded
for a teacher about to post. Import, face scan and check run off the GUI
thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediadesk.core.progress import Cancelled, Progress
from mediadesk.services.checking import check_file
from mediadesk.services.changes import Changes

from . import theme
from .detail import clear_layout, verdict_block
from .ops import BackgroundOp
from mediadesk.services.assets import verdicts_of


class DropZone(QLabel):
    dropped = Signal(list)

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self.setObjectName("dropzone")
        self.setAlignment(Qt.AlignCenter)
        self.setWordWrap(True)
        self.setAcceptDrops(True)
        self.setMinimumHeight(150)

    def _hover(self, on: bool) -> None:
        self.setProperty("hover", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, e) -> None:
        if e.mimeData().hasUrls():
            e.acceptProposedAction()
            self._hover(True)

    def dragLeaveEvent(self, e) -> None:
        self._hover(False)

    def dropEvent(self, e) -> None:
        self._hover(False)
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            e.acceptProposedAction()
            self.dropped.emit(paths)


class QuickCheckPage(QWidget):
    checked = Signal(str)  # asset id once the verdict is shown
    open_viewer = Signal(str)

    def __init__(self, state, thumbs, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.thumbs = thumbs
        self.asset_id: str | None = None
        self.evaluations = []
        self.op: BackgroundOp | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(14)
        title = QLabel(self.tr("Quick check"))
        title.setObjectName("h1")
        intro = QLabel(self.tr("About to post a photo or clip? Drop it here and see at once where it may go."))
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.zone = DropZone(self.tr("Drop one photo or clip here"))
        self.zone.dropped.connect(lambda paths: self.check(paths[0]))
        choose = QPushButton(theme.icon("folder"), self.tr("Choose a file…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addStretch(1)
        self.status = QLabel("")
        self.status.setObjectName("muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.cancel_btn = QPushButton(theme.icon("close"), self.tr("Cancel"))
        self.cancel_btn.setToolTip(self.tr("Stop the check; the file stays in the library, to be checked later"))
        self.cancel_btn.clicked.connect(self.cancel)
        busy = QHBoxLayout()
        busy.addWidget(self.bar, 1)
        busy.addWidget(self.cancel_btn)
        self._set_busy(False)
        outer.addWidget(title)
        outer.addWidget(intro)
        outer.addWidget(self.zone)
        outer.addLayout(row)
        outer.addWidget(self.status)
        outer.addLayout(busy)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.result = QWidget()
        self.result.setObjectName("card")
        self.result_lay = QHBoxLayout(self.result)
        self.result_lay.setContentsMargins(16, 16, 16, 16)
        self.result_lay.setSpacing(16)
        scroll.setWidget(self.result)
        self.result.hide()
        outer.addWidget(scroll, 1)
        thumbs.ready.connect(self._thumb_ready)
        self._sha = None
        self._preview = None

    def _choose(self) -> None:
        f = self.state.dialogs.open_file(self, self.tr("Choose a photo or clip"),
                                         self.tr("Photos, clips and recordings (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;All files (*)"))
        if f:
            self.check(f)

    def check(self, path: str) -> BackgroundOp:
        self._name = Path(path).name
        self.status.setText(self.tr("Checking %1…").replace("%1", self._name))
        self._set_busy(True)
        lib = self.state.lib
        channels = self.state.channels

        def work(token, progress):
            # new bytes are imported and their faces found (never in this
            # process: dlib holds the GIL and would stall the GUI)
            aid = check_file(lib, path, progress=progress, cancel=token, workers=None, inline=False)
            return aid, [e for e, _p in verdicts_of(lib, [aid], channels)]

        self.op = BackgroundOp(work, self).success(self._show).failure(self._failed).progress(self._progress)
        return self.op.start()

    def _set_busy(self, on: bool) -> None:
        self.bar.setRange(0, 0)  # busy until the first real figures arrive
        self.bar.setVisible(on)
        self.cancel_btn.setVisible(on)
        self.cancel_btn.setEnabled(on)
        self.zone.setEnabled(not on)

    def _progress(self, p: Progress) -> None:
        if p.stage == "frames" and p.total:
            self.status.setText(self.tr("Looking for faces in %1: second %2 of %3…")
                                .replace("%1", self._name).replace("%2", str(p.done)).replace("%3", str(p.total)))
        elif p.stage == "faces":
            self.status.setText(self.tr("Looking for faces in %1…").replace("%1", self._name))
        if p.total:
            self.bar.setRange(0, p.total)
            self.bar.setValue(p.done)
        else:
            self.bar.setRange(0, 0)

    def cancel(self) -> None:
        if self.op is not None and not self.op.done:
            self.op.cancel()
            self.cancel_btn.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _failed(self, exc) -> None:
        self._set_busy(False)
        self.state.apply(Changes.of_assets(None, library=True))  # the file may be in the library already
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Check stopped. %1 is not checked; drop it again to check it.")
                                .replace("%1", self._name))
            return
        self.status.setText(self.tr("This file cannot be checked: %1").replace("%1", str(exc)))

    def _thumb_ready(self, key: str) -> None:
        if key == self._sha and self._preview is not None:
            self._set_preview()

    def _set_preview(self) -> None:
        d = self._detail
        pm = self.thumbs.pixmap(d.sha256, d.path, d.kind, d.sha256)
        if pm is not None:
            self._preview.setPixmap(pm.scaled(240, 240, Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def _show(self, result) -> None:
        from mediadesk.services import queries

        aid, evals = result
        self.asset_id, self.evaluations = aid, evals
        self.state.apply(Changes.of_assets(None, library=True))
        self._detail = queries.with_lib(self.state.lib, queries.asset_detail, aid)
        self._sha = self._detail.sha256
        clear_layout(self.result_lay)
        left = QVBoxLayout()
        self._preview = QLabel()
        self._preview.setFixedSize(240, 240)
        self._preview.setAlignment(Qt.AlignCenter)
        self._preview.setStyleSheet("background: #e2e8f0; border-radius: 8px;")
        self._set_preview()
        left.addWidget(self._preview)
        name = QLabel(Path(self._detail.path).name)
        name.setWordWrap(True)
        name.setObjectName("muted")
        left.addWidget(name)
        review = QPushButton(theme.icon("face"), self.tr("Review faces and people"))
        review.clicked.connect(lambda: self.open_viewer.emit(aid))
        left.addWidget(review)
        left.addStretch(1)
        right = QVBoxLayout()
        head = QLabel(self.headline(evals))
        head.setObjectName("h2")
        head.setWordWrap(True)
        self.headline_label = head
        right.addWidget(head)
        right.addWidget(verdict_block(self.result, evals, self.state.settings, self.state.lang, teacher=True))
        right.addStretch(1)
        self.result_lay.addLayout(left)
        self.result_lay.addLayout(right, 1)
        self.result.show()
        self.status.setText("")
        self._set_busy(False)
        self.checked.emit(aid)

    def headline(self, evals) -> str:
        vs = [e.verdict.value for e in evals]
        if vs and all(v == "cleared" for v in vs):
            return self.tr("Good to go: you may post this on every channel.")
        if vs and all(v == "blocked" for v in vs):
            return self.tr("Do not post this anywhere.")
        if "needs_review" in vs and "cleared" not in vs:
            return self.tr("Not yet: someone must check the people on it first.")
        return self.tr("Only post this where it says “OK to post”.")
