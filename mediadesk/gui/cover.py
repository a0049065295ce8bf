"""Publish with faces covered: who is covered and why, and the covered photo.

Shown in the detail panel and in the export dialog. The offer (which faces,
whose, why) is read from the rules; the preview decodes the photo, so it is
made off the GUI thread (a :class:`~mediadesk.gui.ops.BackgroundOp`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QSizePolicy, QVBoxLayout, QWidget

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
        self.note = QLabel(self.tr("The plain photo stays blocked; only this covered copy may be published."))
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        for w in (self.title, self.people, self.preview, self.note):
            lay.addWidget(w)

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
        lib, side = self.state.lib, self.PREVIEW_SIDE

        def work(_token, _progress):
            from mediadesk.services.export import cover_preview

            from .images import pil_to_qimage

            return offer, pil_to_qimage(cover_preview(lib, offer, side))

        self._op = BackgroundOp(work, self).success(self._shown).failure(
            lambda e, offer=offer: self._failed(offer, e)).start()

    def _shown(self, result) -> None:
        offer, image = result
        if offer is not self.offer:
            return  # an older offer's preview
        self.preview_image = image
        w = max(200, self.preview.width())
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(w, 220, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        self.preview.setFixedHeight(min(240, max(160, self.preview.pixmap().height() + 8)))
        self.preview_ready.emit()

    def _failed(self, offer, e: BaseException) -> None:
        if offer is not self.offer:
            return
        self.preview.setText(self.tr("No preview: %1").replace("%1", str(e)))
