"""Look and feel: resources, icons, the stylesheet, verdict badges.

Verdict badges use colour AND shape, so they read for colour-blind users:
cleared = green circle with a tick, needs review = amber triangle with "!",
blocked = red square with a cross.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF


def resources_dir() -> Path:
    """``resources/`` in a checkout, a wheel or a frozen bundle (``mediadesk.resources``)."""
    from mediadesk.resources import resources_dir as _rd

    return _rd()


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    p = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(p)) if p.exists() else QIcon()


ACCENT = "#2563eb"
TEXT = "#0f172a"
MUTED = "#64748b"
BORDER = "#e2e8f0"
SURFACE = "#ffffff"
WINDOW = "#f8fafc"

VERDICT_COLOURS = {
    "cleared": QColor("#15803d"),
    "needs_review": QColor("#b45309"),
    "blocked": QColor("#b91c1c"),
}
VERDICT_TINTS = {
    "cleared": QColor("#dcfce7"),
    "needs_review": QColor("#fef3c7"),
    "blocked": QColor("#fee2e2"),
}


def paint_badge(p: QPainter, rect: QRectF, verdict: str) -> None:
    """One verdict symbol inside ``rect`` (square)."""
    colour = VERDICT_COLOURS.get(verdict, QColor(MUTED))
    p.save()
    p.setRenderHint(QPainter.Antialiasing)
    s = min(rect.width(), rect.height())
    r = QRectF(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s)
    white = QPen(QColor("white"), max(1.2, s * 0.13), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
    outline = QPen(QColor(255, 255, 255, 230), max(1.0, s * 0.08))
    p.setPen(outline)
    p.setBrush(colour)
    if verdict == "cleared":
        p.drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5))
        path = QPainterPath(QPointF(r.left() + s * 0.27, r.top() + s * 0.52))
        path.lineTo(r.left() + s * 0.44, r.top() + s * 0.68)
        path.lineTo(r.left() + s * 0.74, r.top() + s * 0.34)
        p.setPen(white)
        p.setBrush(Qt.NoBrush)
        p.drawPath(path)
    elif verdict == "needs_review":
        tri = QPolygonF([
            QPointF(r.center().x(), r.top() + 0.5),
            QPointF(r.right() - 0.5, r.bottom() - s * 0.06),
            QPointF(r.left() + 0.5, r.bottom() - s * 0.06),
        ])
        p.drawPolygon(tri)
        p.setPen(white)
        cx = r.center().x()
        p.drawLine(QPointF(cx, r.top() + s * 0.36), QPointF(cx, r.top() + s * 0.62))
        p.drawPoint(QPointF(cx, r.top() + s * 0.78))
    else:
        p.drawRoundedRect(r.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04), s * 0.12, s * 0.12)
        p.setPen(white)
        m = s * 0.3
        p.drawLine(QPointF(r.left() + m, r.top() + m), QPointF(r.right() - m, r.bottom() - m))
        p.drawLine(QPointF(r.right() - m, r.top() + m), QPointF(r.left() + m, r.bottom() - m))
    p.restore()


@lru_cache(maxsize=64)
def badge_pixmap(verdict: str, size: int = 16, dpr: float = 1.0) -> QPixmap:
    pm = QPixmap(int(size * dpr), int(size * dpr))
    pm.setDevicePixelRatio(dpr)
    pm.fill(Qt.transparent)
    p = QPainter(pm)
    paint_badge(p, QRectF(0, 0, size, size), verdict)
    p.end()
    return pm


def badge_icon(verdict: str) -> QIcon:
    ic = QIcon()
    for s in (16, 24, 32):
        ic.addPixmap(badge_pixmap(verdict, s))
    return ic


ICONS = (resources_dir() / "icons").as_posix()

STYLESHEET = f"""
QMainWindow, QDialog, QWizard {{ background: {WINDOW}; }}
QWidget {{ color: {TEXT}; }}
QToolBar {{ background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER};
           padding: 4px 8px; spacing: 4px; }}
QToolBar QToolButton {{ padding: 5px 9px; border-radius: 6px; }}
QToolBar QToolButton:hover {{ background: #eef2ff; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QTreeWidget#sidebar {{ background: #f1f5f9; border: none; border-right: 1px solid {BORDER};
                      padding-top: 6px; outline: 0; }}
QTreeWidget#sidebar::item {{ padding: 5px 4px; border-radius: 6px; margin: 0 6px; }}
QTreeWidget#sidebar::item:selected {{ background: #dbeafe; color: #1e3a8a; }}
QTreeWidget#sidebar::item:hover:!selected {{ background: #e2e8f0; }}
QListView#grid {{ background: {WINDOW}; border: none; outline: 0; }}
QFrame#card, QWidget#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame#detail {{ background: {SURFACE}; border: none; border-left: 1px solid {BORDER}; }}
QFrame#filterbar {{ background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER}; }}
QLabel#h1 {{ font-size: 18pt; font-weight: 600; }}
QLabel#h2 {{ font-size: 12.5pt; font-weight: 600; }}
QLabel#section {{ color: {MUTED}; font-weight: 600; font-size: 8.5pt;
                  padding-top: 8px; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#dropzone {{ border: 2px dashed #94a3b8; border-radius: 12px; background: {SURFACE};
                   color: {MUTED}; font-size: 12pt; padding: 24px; }}
QLabel#dropzone[hover="true"] {{ border-color: {ACCENT}; background: #eff6ff; color: {ACCENT}; }}
QPushButton {{ background: {SURFACE}; border: 1px solid #cbd5e1; border-radius: 6px;
               padding: 5px 12px; min-height: 18px; }}
QPushButton:hover {{ background: #f1f5f9; }}
QPushButton:disabled {{ color: #94a3b8; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton#primary:hover {{ background: #1d4ed8; }}
QPushButton#danger {{ background: #b91c1c; color: white; border-color: #b91c1c; }}
QPushButton#danger:hover {{ background: #991b1b; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit, QTextEdit {{
    background: {SURFACE}; border: 1px solid #cbd5e1; border-radius: 6px; padding: 3px 6px; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus {{ border-color: {ACCENT}; }}
QComboBox, QDateEdit, QSpinBox {{ padding-right: 20px; min-height: 20px; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 20px; subcontrol-position: center right; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({ICONS}/chevron-down.svg); width: 12px; height: 12px; }}
QSpinBox::up-button, QSpinBox::down-button {{ border: none; width: 18px; background: transparent; }}
QSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-arrow {{ image: url({ICONS}/chevron-up.svg); width: 10px; height: 10px; }}
QSpinBox::down-arrow {{ image: url({ICONS}/chevron-down.svg); width: 10px; height: 10px; }}
QComboBox QAbstractItemView {{ background: {SURFACE}; border: 1px solid {BORDER}; selection-background-color: #dbeafe;
    selection-color: #1e3a8a; }}
QTableView, QListWidget, QTreeWidget {{ background: {SURFACE}; border: 1px solid {BORDER};
    border-radius: 6px; alternate-background-color: #f8fafc; }}
QHeaderView::section {{ background: #f1f5f9; border: none; border-bottom: 1px solid {BORDER};
    padding: 5px 6px; font-weight: 600; }}
QProgressBar {{ border: 1px solid #cbd5e1; border-radius: 6px; background: #f1f5f9;
                text-align: center; height: 16px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 5px; }}
QSplitter::handle {{ background: {BORDER}; }}
QScrollArea {{ border: none; background: transparent; }}
QWidget#transparent, QWidget#detailbody {{ background: transparent; }}
QToolButton {{ padding: 4px 8px; border: 1px solid #cbd5e1; border-radius: 6px; background: {SURFACE}; }}
QToolButton:hover {{ background: #f1f5f9; }}
QToolButton:disabled {{ color: #94a3b8; }}
QToolBar QToolButton {{ border: none; background: transparent; }}
"""
