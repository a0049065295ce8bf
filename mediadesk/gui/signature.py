"""Signing a consent form on the screen (a fair, an open house): the pupil or
parent signs with the mouse, a finger or a pen; the signature, with who
signed and when, is saved as a PNG that becomes the form's evidence file."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .forms import error_label

INK = QColor("#0f172a")
PEN_WIDTH = 2.6


class SignaturePad(QWidget):
    """A white field that records strokes (mouse, touch and pen arrive as mouse events)."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None
        self.setMinimumSize(520, 200)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAttribute(Qt.WA_StaticContents)
        self.setCursor(Qt.CrossCursor)

    def is_empty(self) -> bool:
        return not any(p.length() > 3 for p in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, e) -> None:
        if e.button() == Qt.LeftButton:
            self._current = QPainterPath(e.position())
            self.strokes.append(self._current)
            self.update()

    def mouseMoveEvent(self, e) -> None:
        if self._current is not None and e.buttons() & Qt.LeftButton:
            self._current.lineTo(e.position())
            self.update()

    def mouseReleaseEvent(self, e) -> None:
        if self._current is not None and e.button() == Qt.LeftButton:
            if self._current.elementCount() == 1:  # a dot
                p = self._current.currentPosition()
                self._current.lineTo(p + QPointF(0.5, 0.5))
            self._current = None
            self.update()
            self.changed.emit()

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), Qt.white)
        p.setPen(QPen(QColor("#cbd5e1"), 1, Qt.DashLine))
        y = self.height() * 0.75
        p.drawLine(QPointF(24, y), QPointF(self.width() - 24, y))
        p.setPen(QPen(INK, PEN_WIDTH, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        for s in self.strokes:
            p.drawPath(s)
        p.end()

    def render_signature(self, caption: str) -> QImage:
        """The strokes on white, twice the widget's size, with ``caption`` below."""
        scale = 2.0
        w, h = int(self.width() * scale), int(self.height() * scale)
        img = QImage(w, h + 80, QImage.Format_RGB32)
        img.fill(Qt.white)
        p = QPainter(img)
        p.setRenderHint(QPainter.Antialiasing)
        p.scale(scale, scale)
        p.setPen(QPen(INK, PEN_WIDTH, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        for s in self.strokes:
            p.drawPath(s)
        p.resetTransform()
        font = QFont()
        font.setPixelSize(26)
        p.setFont(font)
        p.setPen(QColor("#334155"))
        p.drawText(QRectF(24, h, w - 48, 70), Qt.AlignLeft | Qt.AlignVCenter | Qt.TextWordWrap, caption)
        p.end()
        return img


class SignatureDialog(QDialog):
    """Sign here: ``path`` holds the saved PNG after it is accepted."""

    def __init__(self, signer: str, person_name: str, parent=None) -> None:
        super().__init__(parent)
        self.signer = signer
        self.person_name = person_name
        self.path: str | None = None
        self.setWindowTitle(self.tr("Sign on the screen"))
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("%1 signs the consent form for %2.").replace("%1", signer).replace("%2", person_name))
        head.setWordWrap(True)
        head.setObjectName("h2")
        lay.addWidget(head)
        hint = QLabel(self.tr("Sign in the white field with the mouse, a finger or a pen."))
        hint.setObjectName("muted")
        lay.addWidget(hint)
        self.pad = SignaturePad(self)
        lay.addWidget(self.pad, 1)
        self.error = error_label()
        lay.addWidget(self.error)
        row = QHBoxLayout()
        self.clear_btn = QPushButton(theme.icon("refresh"), self.tr("Start again"))
        self.clear_btn.clicked.connect(self.pad.clear)
        row.addWidget(self.clear_btn)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        lay.addLayout(row)
        self.pad.changed.connect(lambda: self.error.clear())

    def caption(self, when: datetime | None = None) -> str:
        when = when or datetime.now().astimezone()
        return (self.tr("Signed on the screen by %1 for %2, %3")
                .replace("%1", self.signer).replace("%2", self.person_name)
                .replace("%3", when.strftime("%Y-%m-%d %H:%M")))

    def try_accept(self) -> None:
        if self.pad.is_empty():
            self.error.setText(self.tr("Nothing is signed yet."))
            return
        fd, path = tempfile.mkstemp(prefix="mediadesk-signature-", suffix=".png")
        os.close(fd)
        if not self.pad.render_signature(self.caption()).save(path, "PNG"):
            os.unlink(path)
            self.error.setText(self.tr("The signature could not be saved."))
            return
        self.path = path
        self.accept()
