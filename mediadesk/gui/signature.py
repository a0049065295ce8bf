"""Signing a consent form on the screen (a fair, an open house): the pupil or
parent signs with the mouse, a finger or a pen; the signature, with who
signed and when, is saved as a PNG that becomes the form's evidence file.

At a fair the dialog first shows, full screen, what will happen with the
photos in plain words and the pupil's language (:mod:`mediadesk.services.fair`);
the pupil ticks that they understood it, and only then can anyone sign: a
signature is not accepted before that confirmation (``explained_at``)."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
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


class ExplanationPage(QWidget):
    """Full screen, for the pupil: what happens with the photos, in their
    language (``explain(lang)`` gives the words); Continue only once ticked."""

    confirmed = Signal()

    def __init__(self, explain: Callable[[str], dict], lang: str, parent=None) -> None:
        super().__init__(parent)
        from mediadesk.services.fair import LANGUAGES

        self.explain = explain
        self.lang = lang if lang in LANGUAGES else "en"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 32, 48, 32)
        langs = QHBoxLayout()
        langs.addStretch(1)
        self.lang_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for code, name in LANGUAGES.items():  # each language in its own name
            b = QPushButton(name)
            b.setCheckable(True)
            b.setStyleSheet("QPushButton { font-size: 16px; padding: 4px 14px; }"
                            " QPushButton:checked { font-weight: 700; border: 2px solid #2563eb; }")
            b.setChecked(code == self.lang)
            b.setMinimumWidth(b.sizeHint().width() + 24)  # room for the bold of the chosen one
            b.clicked.connect(lambda _c=False, code=code: self.set_lang(code))
            group.addButton(b)
            self.lang_buttons[code] = b
            langs.addWidget(b)
        lay.addLayout(langs)
        body = QWidget()
        body.setMaximumWidth(1000)  # lines a pupil can follow, also on a wide screen
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 30px; font-weight: 700;")
        bl.addWidget(self.title)
        bl.addSpacing(12)
        self.points: list[QLabel] = []
        for _ in range(len(explain(self.lang)["points"])):
            lab = QLabel()
            lab.setWordWrap(True)
            lab.setStyleSheet("font-size: 21px; padding: 4px 0;")
            bl.addWidget(lab)
            self.points.append(lab)
        bl.addSpacing(12)
        self.signer = QLabel()
        self.signer.setWordWrap(True)
        self.signer.setStyleSheet("font-size: 21px; font-weight: 600;")
        bl.addWidget(self.signer)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        scroll.viewport().setAutoFillBackground(False)
        body.setStyleSheet("background: transparent;")
        lay.addWidget(scroll, 1)
        self.check = QCheckBox()
        self.check.setStyleSheet("QCheckBox { font-size: 22px; font-weight: 600; }"
                                 " QCheckBox::indicator { width: 28px; height: 28px; }")
        lay.addWidget(self.check)
        self.error = error_label()
        self.error.setStyleSheet(self.error.styleSheet() + " font-size: 18px;")
        lay.addWidget(self.error)
        self.check.toggled.connect(lambda _on: self.error.clear())
        row = QHBoxLayout()
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        row.addWidget(self.cancel_btn)
        row.addStretch(1)
        self.continue_btn = QPushButton()
        self.continue_btn.setMinimumHeight(48)
        self.continue_btn.setStyleSheet("font-size: 20px; padding: 6px 24px;")
        self.continue_btn.setEnabled(False)
        self.continue_btn.clicked.connect(self.confirmed.emit)
        self.check.toggled.connect(self.continue_btn.setEnabled)
        row.addWidget(self.continue_btn)
        lay.addLayout(row)
        self.set_lang(self.lang)

    def words(self) -> dict:
        return self.explain(self.lang)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.lang_buttons[lang].setChecked(True)
        w = self.words()
        self.title.setText(w["title"])
        for lab, text in zip(self.points, w["points"]):
            lab.setText("•  " + text)
        self.signer.setText(w["signer"])
        self.check.setText(w["confirm"])
        self.continue_btn.setText(w["continue"])


class SignatureDialog(QDialog):
    """Sign here: ``path`` holds the saved PNG after it is accepted.

    With ``explain`` (language -> the explanation's words) the dialog opens
    full screen on the explanation for the pupil; the signing field comes
    after the pupil confirmed it (``explained_at``, UTC, and ``explained_in``)."""

    def __init__(self, signer: str, person_name: str, parent=None, *,
                 explain: Callable[[str], dict] | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.signer = signer
        self.person_name = person_name
        self.path: str | None = None
        self.explained_at: datetime | None = None
        self.explained_in: str | None = None
        self.setWindowTitle(self.tr("Sign on the screen"))
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.explanation: ExplanationPage | None = None
        if explain is not None:
            self.explanation = ExplanationPage(explain, lang)
            self.explanation.confirmed.connect(self._confirmed)
            self.explanation.cancel_btn.clicked.connect(self.reject)
            self.stack.addWidget(self.explanation)
            self.setWindowState(self.windowState() | Qt.WindowFullScreen)
        signing = QWidget()
        self.stack.addWidget(signing)
        lay = QVBoxLayout(signing)
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

    def _confirmed(self) -> None:
        """The pupil ticked that they understood, and went on: recorded, then the signing field."""
        assert self.explanation is not None
        if not self.explanation.check.isChecked():
            return
        self.explained_at = datetime.now(timezone.utc).replace(microsecond=0)
        self.explained_in = self.explanation.lang
        self.stack.setCurrentIndex(1)

    def caption(self, when: datetime | None = None) -> str:
        when = when or datetime.now().astimezone()
        return (self.tr("Signed on the screen by %1 for %2, %3")
                .replace("%1", self.signer).replace("%2", self.person_name)
                .replace("%3", when.strftime("%Y-%m-%d %H:%M")))

    def try_accept(self) -> None:
        if self.explanation is not None and self.explained_at is None:
            # no signature before the pupil confirmed the explanation
            self.explanation.error.setText(self.explanation.words()["must_confirm"])
            self.stack.setCurrentIndex(0)
            return
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
