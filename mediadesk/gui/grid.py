"""The thumbnail grid: a model holding asset ids with a lazy row cache, a
delegate painting cached thumbnails and per-channel verdict badges, and the
view (Anki's browser table model; napari's thumbnail delegate).

Filtering happens in SQL (``queries.filtered_asset_ids``) before ids reach
the model: a ``QSortFilterProxyModel`` over 50,000 rows would have to load
every row to filter it, which is exactly what the lazy cache avoids.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from mediadesk.services import queries

from . import labels, theme
from mediadesk.services.settings import library_settings

IdRole = Qt.UserRole + 1
RowRole = Qt.UserRole + 2
VerdictsRole = Qt.UserRole + 3
ThumbRole = Qt.UserRole + 4

PAGE = 120  # rows loaded at once when a missing row is asked for
CACHE_ROWS = 4000


class AssetGridModel(QAbstractListModel):
    """Holds asset ids; loads full rows (with verdicts) a page at a time."""

    def __init__(self, lib, thumbs=None, parent=None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.thumbs = thumbs
        self._ids: list[str] = []
        self._pos: dict[str, int] = {}
        self._cache: OrderedDict[str, queries.AssetRow] = OrderedDict()
        self._by_sha: dict[str, str] = {}
        self.channels: list[str] = []
        self.settings: dict = {}
        self.on: date | None = None
        self.row_loads = 0  # rows fetched from the database (tests and benchmarks)
        self.page_loads = 0
        if thumbs is not None:
            thumbs.ready.connect(self._thumb_ready)
        self.reload_settings()

    # ---- ids --------------------------------------------------------------------------
    def reload_settings(self) -> None:
        from mediadesk.services.evaluate import visible_channels

        self.settings = library_settings(self.lib)
        self.channels = visible_channels(self.settings)

    def set_ids(self, ids: Sequence[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pos = {a: i for i, a in enumerate(self._ids)}
        self._cache.clear()
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, asset_id: str) -> int:
        return self._pos.get(asset_id, -1)

    def cached_rows(self) -> int:
        return len(self._cache)

    # ---- lazy rows --------------------------------------------------------------------
    def _load_page(self, row: int) -> None:
        start = max(0, row - PAGE // 4)
        want = [a for a in self._ids[start:start + PAGE] if a not in self._cache]
        if not want:
            return
        rows = queries.with_lib(self.lib, queries.load_rows, want, self.channels, self.on, self.settings)
        self.page_loads += 1
        self.row_loads += len(want)
        for a in want:
            r = rows.get(a)
            if r is not None:
                self._cache[a] = r
                self._by_sha[r.sha256] = a
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def row(self, row: int) -> queries.AssetRow | None:
        aid = self.id_at(row)
        if aid is None:
            return None
        r = self._cache.get(aid)
        if r is None:
            self._load_page(row)
            r = self._cache.get(aid)
        return r

    def refresh(self, asset_ids: Sequence[str] | None = None) -> None:
        """Drop cached rows (all when None) and repaint them: verdicts changed."""
        if asset_ids is None:
            self._cache.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
            return
        for a in asset_ids:
            self._cache.pop(a, None)
            i = self._pos.get(a)
            if i is not None:
                ix = self.index(i)
                self.dataChanged.emit(ix, ix)

    def _thumb_ready(self, key: str) -> None:
        # key is the sha256; find visible rows cheaply through the cache
        aid = self._by_sha.get(key)
        i = self._pos.get(aid) if aid else None
        if i is not None:
            ix = self.index(i)
            self.dataChanged.emit(ix, ix, [ThumbRole])

    # ---- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        i = index.row()
        if role == IdRole:
            return self.id_at(i)
        r = self.row(i)
        if r is None:
            return None
        if role == Qt.DisplayRole:
            return r.name
        if role == RowRole:
            return r
        if role == VerdictsRole:
            return r.verdicts
        if role == ThumbRole:
            return self.thumbs.pixmap(r.sha256, r.path, r.kind, r.sha256) if self.thumbs else None
        if role == Qt.ToolTipRole:
            lines = [r.name]
            for ch in self.channels:
                v = r.verdicts.get(ch)
                if v:
                    lines.append(f"{labels.channel_title(ch, self.settings)}: {labels.verdict_word(v)}")
            return "\n".join(lines)
        return None


def kind_icon(kind: str) -> str:
    """The icon standing for an asset of ``kind`` when it has no picture."""
    return {"video": "video", "audio": "audio"}.get(kind, "photo")


class AssetDelegate(QStyledItemDelegate):
    """Paints one card: thumbnail, file name, a badge per channel."""

    CELL = QSize(196, 196)
    THUMB_H = 138

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.small = QFont()
        self.small.setPointSizeF(max(7.5, self.small.pointSizeF() - 1))

    def sizeHint(self, option, index) -> QSize:
        return self.CELL

    def paint(self, p: QPainter, option, index) -> None:
        r: queries.AssetRow | None = index.data(RowRole)
        p.save()
        p.setRenderHint(QPainter.Antialiasing)
        card = QRectF(option.rect.adjusted(6, 6, -6, -6))
        selected = bool(option.state & QStyle.State_Selected)
        path = QPainterPath()
        path.addRoundedRect(card, 8, 8)
        p.fillPath(path, QColor("#ffffff"))
        p.setPen(QPen(QColor(theme.ACCENT) if selected else QColor(theme.BORDER), 2.5 if selected else 1))
        p.drawPath(path)
        if r is None:
            p.restore()
            return
        img_rect = QRectF(card.left() + 6, card.top() + 6, card.width() - 12, self.THUMB_H)
        pm = index.data(ThumbRole)
        clip = QPainterPath()
        clip.addRoundedRect(img_rect, 5, 5)
        p.fillPath(clip, QColor("#e2e8f0"))
        if pm is not None and not pm.isNull():
            s = pm.size().scaled(img_rect.size().toSize(), Qt.KeepAspectRatio)
            target = QRectF(0, 0, s.width(), s.height())
            target.moveCenter(img_rect.center())
            p.save()
            p.setClipPath(clip)
            p.drawPixmap(target.toRect(), pm)
            p.restore()
        else:
            ic = theme.icon(kind_icon(r.kind))
            ic.paint(p, QRect(int(img_rect.center().x()) - 16, int(img_rect.center().y()) - 16, 32, 32))
        # overlays on the picture
        if r.kind == "video":
            self._pill(p, img_rect.bottomRight(), "▶ " + labels.fmt_duration(r.duration), right=True)
        elif r.kind == "audio":  # a recording: its length, and the speaker so it reads as sound
            self._pill(p, img_rect.bottomRight(), "♪ " + labels.fmt_duration(r.duration), right=True)
            theme.icon("audio").paint(p, QRect(int(img_rect.left()) + 6, int(img_rect.bottom()) - 26, 20, 20))
        if r.open_faces:
            self._pill(p, img_rect.topRight(), self.tr("%n face(s) open", "", r.open_faces),
                       right=True, top=True, colour=QColor(180, 83, 9, 230))
        if r.offline:
            self._pill(p, img_rect.topLeft(), self.tr("Offline"), top=True,
                       colour=QColor(71, 85, 105, 230))
        # name
        p.setFont(self.small)
        fm = QFontMetrics(self.small)
        text_rect = QRectF(card.left() + 8, img_rect.bottom() + 4, card.width() - 16, fm.height())
        p.setPen(QColor(theme.TEXT))
        p.drawText(text_rect, Qt.AlignLeft | Qt.AlignVCenter, fm.elidedText(r.name, Qt.ElideMiddle, int(text_rect.width())))
        # badges, one per channel, in the order of the channel list
        model = index.model()
        channels = getattr(model, "channels", list(r.verdicts))
        size = 14
        x = card.left() + 8
        y = text_rect.bottom() + 4
        for ch in channels:
            v = r.verdicts.get(ch)
            if not v:
                continue
            theme.paint_badge(p, QRectF(x, y, size, size), v)
            x += size + 5
        p.restore()

    def _pill(self, p: QPainter, anchor, text: str, right=False, top=False, colour=QColor(15, 23, 42, 200)) -> None:
        fm = QFontMetrics(self.small)
        w = fm.horizontalAdvance(text) + 12
        h = fm.height() + 4
        x = anchor.x() - w - 5 if right else anchor.x() + 5
        y = anchor.y() + 5 if top else anchor.y() - h - 5
        rect = QRectF(x, y, w, h)
        path = QPainterPath()
        path.addRoundedRect(rect, h / 2, h / 2)
        p.fillPath(path, colour)
        p.setPen(QColor("white"))
        p.setFont(self.small)
        p.drawText(rect, Qt.AlignCenter, text)


class AssetGrid(QListView):
    """Icon-mode list of asset cards."""

    activated_asset = Signal(str)
    current_asset = Signal(str)

    def __init__(self, model: AssetGridModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("grid")
        self.setViewMode(QListView.IconMode)
        self.setFlow(QListView.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.SinglePass)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(40)
        self.setSpacing(0)
        self.setMouseTracking(True)
        self.setModel(model)
        self.setItemDelegate(AssetDelegate(self))
        self.setGridSize(AssetDelegate.CELL)
        self.selectionModel().currentChanged.connect(self._current)
        self.doubleClicked.connect(lambda ix: self.activated_asset.emit(ix.data(IdRole)))

    def _current(self, cur: QModelIndex, _prev) -> None:
        if cur.isValid():
            self.current_asset.emit(cur.data(IdRole))

    def keyPressEvent(self, e) -> None:
        if e.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.activated_asset.emit(self.currentIndex().data(IdRole))
            return
        super().keyPressEvent(e)

    def select_asset(self, asset_id: str) -> None:
        row = self.model().row_of(asset_id)
        if row >= 0:
            ix = self.model().index(row)
            self.setCurrentIndex(ix)
            self.scrollTo(ix)

    def selected_ids(self) -> list[str]:
        return [ix.data(IdRole) for ix in self.selectionModel().selectedIndexes()]
