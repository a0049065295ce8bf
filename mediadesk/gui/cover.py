"""Publish with faces covered: who is covered and why, and the covered photo or clip.

Shown in the detail panel and in the export dialog. The offer (which faces,
whose, why) is read from the rules; the preview decodes the file, so it is
made off the GUI thread (a :class:`~mediadesk.gui.ops.BackgroundOp`). For a
clip the preview is one frame as the covered export shows it, and a slider
moves it through the covered tracks' time (the frames between the face
scan's samples included).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QSizePolicy, QSlider, QVBoxLayout, QWidget

from .ops import BackgroundOp


class CoverPanel(QWidget):
    """"Publish with N faces covered": the covered people by name (with why)
    and a preview of the covered photo, made in the background."""

    preview_ready = Signal()

    PREVIEW_SIDE = 640

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.offer = None
        self.preview_image: QImage | None = None
        self._op: BackgroundOp | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        self.people = QListWidget()
        self.people.setSelectionMode(QListWidget.NoSelection)
        self.people.setMaximumHeight(110)
        self.people.setToolTip(self.tr("Their faces are filled solid in the exported file"))
        self.preview = QLabel(self.tr("Preparing the preview…"))
        self.preview.setAlignment(Qt.AlignCenter)
        self.preview.setMinimumHeight(160)
        self.preview.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.preview.setStyleSheet("background: #e2e8f0; border-radius: 8px;")
        # a clip: which moment the preview shows (tenths of a second)
        self.clip_row = QWidget()
        cl = QHBoxLayout(self.clip_row)
        cl.setContentsMargins(0, 0, 0, 0)
        self.when = QSlider(Qt.Horizontal)
        self.when.setToolTip(self.tr("Move through the clip: the faces are covered in every frame of their track"))
        self.when_label = QLabel()
        self.when_label.setObjectName("muted")
        cl.addWidget(self.when, 1)
        cl.addWidget(self.when_label)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(lambda: self._request(self.when.value() / 10))
        self.when.valueChanged.connect(self._moved)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        for w in (self.title, self.people, self.preview, self.clip_row, self.note):
            lay.addWidget(w)
        self.preview_time: float | None = None  # a clip: the moment of preview_image

    def show_offer(self, offer) -> None:
        """Show ``offer`` (a services.export.CoverOffer) or nothing (None)."""
        if self._op is not None:
            self._op.cancel()
            self._op = None
        self.offer = offer
        self.preview_image = None
        self.people.clear()
        self.setVisible(offer is not None)
        if offer is None:
            return
        self.title.setText(self.tr("Publish with %n face(s) covered", "", offer.faces))
        self.people.addItems(offer.lines)
        self.preview.setPixmap(QPixmap())
        self.preview.setText(self.tr("Preparing the preview…"))
        clip = getattr(offer, "clip", None)
        self.clip_row.setVisible(clip is not None)
        if clip is not None:
            self.note.setText(self.tr("The plain clip stays blocked; only this covered copy may be published. Each face is filled in every frame of its track."))
            first = min(t.start - t.held for t in clip.tracks)
            last = max(t.end + t.held for t in clip.tracks)
            self.when.blockSignals(True)
            self.when.setRange(max(0, int(first * 10)), max(1, int(last * 10 + 0.999)))
            self.when.setValue(int(round(clip.preview_time * 10)))
            self.when.blockSignals(False)
            self.when_label.setText(_clock(clip.preview_time))
            self._request(clip.preview_time)
        else:
            self.note.setText(self.tr("The plain photo stays blocked; only this covered copy may be published."))
            self._request(None)

    def _moved(self, value: int) -> None:
        self.when_label.setText(_clock(value / 10))
        self._debounce.start()

    def show_time(self, t: float) -> None:
        """A clip: preview the covered frame at ``t`` seconds (the slider follows)."""
        self.when.blockSignals(True)
        self.when.setValue(int(round(t * 10)))
        self.when.blockSignals(False)
        self.when_label.setText(_clock(t))
        self._request(t)

    def _request(self, at: float | None) -> None:
        offer = self.offer
        if offer is None:
            return
        if self._op is not None:
            self._op.cancel()
        self.preview_image = None
        if self.preview.pixmap() is None or self.preview.pixmap().isNull():
            self.preview.setText(self.tr("Preparing the preview…"))
        lib, side = self.state.lib, self.PREVIEW_SIDE

        def work(_token, _progress):
            from mediadesk.services.export import cover_preview

            from .images import pil_to_qimage

            return offer, at, pil_to_qimage(cover_preview(lib, offer, side, at=at))

        self._op = BackgroundOp(work, self).success(self._shown).failure(
            lambda e, offer=offer: self._failed(offer, e)).start()

    def _shown(self, result) -> None:
        offer, at, image = result
        if offer is not self.offer:
            return  # an older offer's preview
        if getattr(offer, "clip", None) is not None and at is not None and abs(at - self.when.value() / 10) > 0.051:
            return  # an older moment's preview; the newer one is on its way
        self.preview_image = image
        self.preview_time = at
        w = max(200, self.preview.width())
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(w, 220, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        self.preview.setFixedHeight(min(240, max(160, self.preview.pixmap().height() + 8)))
        self.preview_ready.emit()

    def _failed(self, offer, e: BaseException) -> None:
        if offer is not self.offer:
            return
        self.preview.setText(self.tr("No preview: %1").replace("%1", str(e)))


def _clock(t: float) -> str:
    """Seconds as ``m:ss.s``."""
    m, sec = divmod(max(0.0, t), 60)
    return f"{int(m)}:{sec:04.1f}"
