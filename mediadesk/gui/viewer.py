"""The asset viewer: a large photo (or a clip's frames, with a player when
QtMultimedia is there) with its face boxes; clicking a box opens a person
picker; boxes can be drawn by hand; keyboard-driven review. A sound
recording shows its waveform and length, with a player when QtMultimedia is
there; its people are added by hand (it has no faces)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.services import queries
from mediadesk.services.changes import Changes

from . import facesvc, labels, theme
from .detail import clear_layout, section, verdict_block
from .ops import BackgroundOp
from mediadesk.services.assets import tag, untag, verdicts_of

BOX_COLOURS = {
    "unresolved": QColor("#f59e0b"),
    "suggested": QColor("#3b82f6"),
    "confirmed": QColor("#22c55e"),
    "dismissed": QColor("#94a3b8"),
}


def multimedia_available() -> bool:
    try:
        from PySide6.QtMultimedia import QMediaPlayer  # noqa: F401
        from PySide6.QtMultimediaWidgets import QVideoWidget  # noqa: F401
    except Exception:  # noqa: BLE001 - libpulse missing etc.: frames only
        return False
    return True


class FaceCanvas(QWidget):
    """A picture fitted into the widget with face boxes over it."""

    face_clicked = Signal(str)
    box_drawn = Signal(int, int, int, int)  # in picture pixels (as shown, full size)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMouseTracking(True)
        self.pixmap: QPixmap | None = None
        self.ref = QSize(1, 1)  # full size of the picture the boxes refer to
        self.faces: list[queries.FaceRow] = []
        self.selected: str | None = None
        self.drawing = False
        self._drag_from: QPointF | None = None
        self._drag_to: QPointF | None = None
        self.message = ""
        self.font_small = QFont()
        self.font_small.setPointSizeF(max(8.0, self.font_small.pointSizeF() - 0.5))

    def set_picture(self, pm: QPixmap | None, ref: QSize) -> None:
        self.pixmap = pm
        self.ref = ref if ref.isValid() and ref.width() > 0 else (pm.size() if pm else QSize(1, 1))
        self.update()

    def set_faces(self, faces, selected=None) -> None:
        self.faces = list(faces)
        self.selected = selected
        self.update()

    def target_rect(self) -> QRectF:
        if not self.pixmap or self.pixmap.isNull():
            return QRectF()
        s = self.pixmap.size().scaled(self.size() - QSize(24, 24), Qt.KeepAspectRatio)
        r = QRectF(0, 0, s.width(), s.height())
        r.moveCenter(QRectF(self.rect()).center())
        return r

    def to_widget(self, f) -> QRectF:
        t = self.target_rect()
        k = t.width() / max(1, self.ref.width())
        return QRectF(t.left() + f.x * k, t.top() + f.y * k, f.w * k, f.h * k)

    def to_picture(self, r: QRectF) -> tuple[int, int, int, int]:
        t = self.target_rect()
        k = max(1, self.ref.width()) / max(1.0, t.width())
        r = r.normalized().intersected(t)
        return (int((r.left() - t.left()) * k), int((r.top() - t.top()) * k), int(r.width() * k), int(r.height() * k))

    def face_at(self, pos: QPointF) -> str | None:
        for f in self.faces:
            if self.to_widget(f).adjusted(-4, -4, 4, 4).contains(pos):
                return f.id
        return None

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        p.fillRect(self.rect(), QColor("#1e293b"))
        t = self.target_rect()
        if t.isNull():
            p.setPen(QColor("#cbd5e1"))
            p.drawText(self.rect(), Qt.AlignCenter, self.message)
            return
        p.drawPixmap(t.toRect(), self.pixmap)
        p.setFont(self.font_small)
        fm = QFontMetrics(self.font_small)
        for n, f in enumerate(self.faces, start=1):
            r = self.to_widget(f)
            colour = BOX_COLOURS.get(f.state, QColor("white"))
            sel = f.id == self.selected
            pen = QPen(colour, 3.5 if sel else 2.2)
            if f.state == "unresolved":
                pen.setStyle(Qt.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.NoBrush)
            p.drawRoundedRect(r, 4, 4)
            if sel:
                p.setPen(QPen(QColor(255, 255, 255, 200), 1))
                p.drawRoundedRect(r.adjusted(-4, -4, 4, 4), 6, 6)
            text = f"{n}  {self._caption(f)}"
            w = fm.horizontalAdvance(text) + 10
            tag = QRectF(r.left(), r.bottom() + 3, w, fm.height() + 4)
            if tag.bottom() > t.bottom():
                tag.moveBottom(r.top() - 3)
            path = QPainterPath()
            path.addRoundedRect(tag, 4, 4)
            p.fillPath(path, colour.darker(140) if f.state != "dismissed" else QColor("#475569"))
            p.setPen(QColor("white"))
            p.drawText(tag, Qt.AlignCenter, text)
        if self._drag_from is not None and self._drag_to is not None:
            p.setPen(QPen(QColor("#f8fafc"), 2, Qt.DashLine))
            p.drawRect(QRectF(self._drag_from, self._drag_to).normalized())
        if self.drawing:
            p.setPen(QColor("#f8fafc"))
            p.drawText(self.rect().adjusted(0, 6, 0, 0), Qt.AlignHCenter | Qt.AlignTop,
                       self.tr("Drag a box around the face (Esc to stop)"))

    def _caption(self, f) -> str:
        if f.state == "confirmed":
            return f.person_name or "?"
        if f.state == "suggested":
            return self.tr("%1?").replace("%1", f.suggested_name or "?")
        if f.state == "dismissed":
            return self.tr("not identifiable")
        return self.tr("who is this?")

    def mousePressEvent(self, e) -> None:
        if e.button() != Qt.LeftButton:
            return
        if self.drawing:
            self._drag_from = self._drag_to = e.position()
            return
        fid = self.face_at(e.position())
        if fid:
            self.face_clicked.emit(fid)

    def mouseMoveEvent(self, e) -> None:
        if self._drag_from is not None:
            self._drag_to = e.position()
            self.update()
        elif not self.drawing:
            self.setCursor(Qt.PointingHandCursor if self.face_at(e.position()) else Qt.ArrowCursor)

    def mouseReleaseEvent(self, e) -> None:
        if self._drag_from is not None:
            r = QRectF(self._drag_from, e.position()).normalized()
            self._drag_from = self._drag_to = None
            self.update()
            if r.width() > 8 and r.height() > 8:
                x, y, w, h = self.to_picture(r)
                if w > 2 and h > 2:
                    self.box_drawn.emit(x, y, w, h)

    def set_drawing(self, on: bool) -> None:
        self.drawing = on
        self.setCursor(Qt.CrossCursor if on else Qt.ArrowCursor)
        self.update()


class PersonPicker(QFrame):
    """Type-ahead over names and groups; the suggestion first; 'not identifiable'."""

    picked = Signal(str)  # external id
    new_person = Signal(str)  # the name typed so far: add someone who is not in the list
    not_identifiable = Signal()
    accept_suggestion = Signal()
    reject_suggestion = Signal()

    def __init__(self, people: list[queries.PersonRow], face: queries.FaceRow | None, parent=None) -> None:
        super().__init__(parent, Qt.Popup)
        self.setObjectName("card")
        self.setFrameShape(QFrame.StyledPanel)
        self.people = people
        self.setMinimumWidth(340)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 10, 10, 10)
        title = QLabel(self.tr("Who is this?"))
        title.setObjectName("h2")
        lay.addWidget(title)
        if face is not None and face.state == "suggested" and face.suggested_name:
            row = QHBoxLayout()
            lab = QLabel(self.tr("Looks like %1").replace("%1", f"<b>{face.suggested_name}</b>"))
            row.addWidget(lab, 1)
            acc = QPushButton(theme.icon("check"), self.tr("Yes"))
            acc.setToolTip(self.tr("Accept the suggestion (A)"))
            rej = QPushButton(theme.icon("reject"), self.tr("No"))
            rej.setToolTip(self.tr("Reject the suggestion (R)"))
            acc.clicked.connect(self.accept_suggestion.emit)
            rej.clicked.connect(self.reject_suggestion.emit)
            row.addWidget(acc)
            row.addWidget(rej)
            lay.addLayout(row)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name or group…"))
        self.search.addAction(theme.icon("search"), QLineEdit.LeadingPosition)
        self.list = QListWidget()
        self.list.setMinimumHeight(220)
        lay.addWidget(self.search)
        lay.addWidget(self.list)
        buttons = QHBoxLayout()
        ni = QPushButton(theme.icon("eyeoff"), self.tr("Not identifiable"))
        ni.setToolTip(self.tr("Back of a head, blurred, far away (N)"))
        ni.clicked.connect(self.not_identifiable.emit)
        self.new_btn = QPushButton(theme.icon("add"), self.tr("New person…"))
        self.new_btn.setToolTip(self.tr("Someone who is not in the list yet, e.g. a visiting pupil"))
        self.new_btn.clicked.connect(lambda: self.new_person.emit(self.search.text().strip()))
        buttons.addWidget(ni, 1)
        buttons.addWidget(self.new_btn, 1)
        lay.addLayout(buttons)
        self.search.textChanged.connect(self._fill)
        self.search.returnPressed.connect(self._pick_current)
        self.list.itemActivated.connect(lambda it: self.picked.emit(it.data(Qt.UserRole)))
        self.search.installEventFilter(self)
        self._fill("")
        self.search.setFocus()

    def eventFilter(self, obj, e) -> bool:
        if obj is self.search and e.type() == QEvent.KeyPress and e.key() in (Qt.Key_Down, Qt.Key_Up):
            row = self.list.currentRow() + (1 if e.key() == Qt.Key_Down else -1)
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
            return True
        return super().eventFilter(obj, e)

    def _fill(self, text: str) -> None:
        self.list.clear()
        words = text.lower().split()
        for p in self.people:
            hay = f"{p.name} {p.group or ''} {p.external_id}".lower()
            if all(w in hay for w in words):
                it = QListWidgetItem(f"{p.name}   ·   {p.group or labels.role_word(p.role)}")
                it.setData(Qt.UserRole, p.external_id)
                it.setIcon(theme.badge_icon({"valid": "cleared", "expired": "needs_review"}.get(p.consent_state, "blocked")))
                it.setToolTip(labels.consent_state_word(p.consent_state))
                self.list.addItem(it)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _pick_current(self) -> None:
        it = self.list.currentItem()
        if it is not None:
            self.picked.emit(it.data(Qt.UserRole))


class ViewerPage(QWidget):
    closed = Signal()
    navigate = Signal(int)

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self._pending: set[str] = set()  # faces whose resolution is being stored
        self.state = state
        self.asset_id: str | None = None
        self.detail: queries.AssetDetail | None = None
        self.faces: list[queries.FaceRow] = []
        self.selected: str | None = None
        self.picker: PersonPicker | None = None
        self.player = None
        self.position = 0.0  # seconds, for clips
        self._load_seq = 0
        self.shown: tuple[float | None, bool] = (None, False)
        self._actions: list[QAction] | None = None

        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 8)
        self.back = QToolButton()
        self.back.setIcon(theme.icon("back"))
        self.back.setToolTip(self.tr("Back (Esc)"))
        self.back.clicked.connect(self.closed.emit)
        self.prev_btn = QToolButton()
        self.prev_btn.setIcon(theme.icon("prev"))
        self.prev_btn.setToolTip(self.tr("Previous (Left)"))
        self.prev_btn.clicked.connect(lambda: self.navigate.emit(-1))
        self.next_btn = QToolButton()
        self.next_btn.setIcon(theme.icon("next"))
        self.next_btn.setToolTip(self.tr("Next (Right)"))
        self.next_btn.clicked.connect(lambda: self.navigate.emit(1))
        self.title = QLabel()
        self.title.setObjectName("h2")
        for w in (self.back, self.prev_btn, self.next_btn):
            bar.addWidget(w)
        bar.addSpacing(8)
        bar.addWidget(self.title, 1)
        # "as published with faces covered": the covered photo or clip frame before export
        self.cover_offer = None
        self.covered_btn = QPushButton(theme.icon("face"), self.tr("Show covered"))
        self.covered_btn.setCheckable(True)
        self.covered_btn.setVisible(False)
        self.covered_btn.toggled.connect(self._covered_toggled)
        bar.addWidget(self.covered_btn)

        self.canvas = FaceCanvas()
        self.canvas.face_clicked.connect(self.face_clicked)
        self.canvas.box_drawn.connect(self._box_drawn)
        self.media = QStackedWidget()
        self.media.addWidget(self.canvas)
        self.video_widget = None
        # clip controls
        self.controls = QWidget()
        cl = QHBoxLayout(self.controls)
        cl.setContentsMargins(12, 4, 12, 4)
        self.play_btn = QToolButton()
        self.play_btn.setIcon(theme.icon("play"))
        self.play_btn.setToolTip(self.tr("Play or pause (Space)"))
        self.play_btn.clicked.connect(self.toggle_play)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, 1000)
        self.slider.sliderReleased.connect(lambda: self.seek(self.slider.value() / 1000 * (self.detail.duration or 0)))
        self.time_label = QLabel("0:00")
        self.sound_note = QLabel(self.tr("Playback needs Qt Multimedia, which this computer does not have."))
        self.sound_note.setObjectName("muted")
        self.sound_note.setVisible(False)
        cl.addWidget(self.play_btn)
        cl.addWidget(self.slider, 1)
        cl.addWidget(self.time_label)
        cl.addWidget(self.sound_note)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(0)
        ll.addLayout(bar)
        ll.addWidget(self.media, 1)
        ll.addWidget(self.controls)

        side = QWidget()
        side.setMinimumWidth(330)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(14, 12, 14, 12)
        sl.setSpacing(8)
        sl.addWidget(section(self.tr("Faces")))
        self.face_list = QListWidget()
        self.face_list.setMinimumHeight(140)
        self.face_list.itemClicked.connect(lambda it: self.select_face(it.data(Qt.UserRole), jump=True))
        self.face_list.itemActivated.connect(lambda it: self.face_clicked(it.data(Qt.UserRole)))
        sl.addWidget(self.face_list, 1)
        self.face_buttons = QGridLayout()
        self.face_buttons.setSpacing(6)
        sl.addLayout(self.face_buttons)
        sl.addWidget(section(self.tr("People on it")))
        self.people_box = QVBoxLayout()
        sl.addLayout(self.people_box)
        self.add_person_btn = QPushButton(theme.icon("person"), self.tr("Add a person by hand…"))
        self.add_person_btn.clicked.connect(self.add_person_by_hand)
        sl.addWidget(self.add_person_btn)
        sl.addWidget(section(self.tr("May it be published?")))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        self.verdict_host = QWidget()
        self.verdict_host.setObjectName("transparent")
        self.verdict_lay = QVBoxLayout(self.verdict_host)
        self.verdict_lay.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(self.verdict_host)
        sl.addWidget(scroll, 2)
        self.review_row = QVBoxLayout()
        self.review_row.setSpacing(6)
        sl.addLayout(self.review_row)

        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes([900, 360])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self._build_face_buttons()

    # ---- actions (also in the main window's Review menu) ---------------------------------
    def face_actions(self) -> list[QAction]:
        if self._actions is None:
            def act(text, icon, key, slot, tip):
                a = QAction(theme.icon(icon), text, self)
                a.setShortcut(QKeySequence(key))
                a.setToolTip(f"{tip} ({QKeySequence(key).toString(QKeySequence.NativeText)})")
                a.triggered.connect(slot)
                self.addAction(a)
                return a

            self.act_identify = act(self.tr("&Who is this?…"), "person", "W", lambda: self.selected and self.face_clicked(self.selected),
                                    self.tr("Say who the selected face is"))
            self.act_accept = act(self.tr("&Accept suggestion"), "check", "A", self.accept_suggestion,
                                  self.tr("Confirm the suggested person"))
            self.act_reject = act(self.tr("Re&ject suggestion"), "reject", "R", self.reject_suggestion,
                                  self.tr("This is not the suggested person"))
            self.act_dismiss = act(self.tr("&Not identifiable"), "eyeoff", "N", self.mark_not_identifiable,
                                   self.tr("The selected face cannot be recognised"))
            self.act_draw = act(self.tr("&Draw a face box"), "drawbox", "D", self.toggle_draw,
                                self.tr("Draw a box around a face that was missed"))
            self.act_next_face = act(self.tr("Next &face"), "face", "F", self.next_open_face,
                                     self.tr("Select the next face still to identify"))
            self.act_play = act(self.tr("&Play / pause"), "play", "Space", self.toggle_play, self.tr("Play or pause the clip"))
            self._actions = [self.act_next_face, self.act_identify, self.act_accept, self.act_reject,
                             self.act_dismiss, self.act_draw, self.act_play]
        return self._actions

    def _build_face_buttons(self) -> None:
        self.face_actions()
        for i, a in enumerate((self.act_identify, self.act_dismiss, self.act_accept, self.act_reject, self.act_draw)):
            b = QToolButton()
            b.setDefaultAction(a)
            b.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            b.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            self.face_buttons.addWidget(b, i // 2, i % 2)

    # ---- loading ------------------------------------------------------------------------
    def open_asset(self, asset_id: str) -> None:
        self.stop()
        self.asset_id = asset_id
        self.selected = None
        self.canvas.set_drawing(False)
        self.detail = queries.with_lib(self.state.lib, queries.asset_detail, asset_id)
        if self.detail is None:
            return
        d = self.detail
        self.title.setText(d.path.replace("\\", "/").rsplit("/", 1)[-1])
        is_clip = d.kind == "video"
        is_sound = d.kind == "audio"
        self.controls.setVisible(is_clip or is_sound)
        self.sync_kind_actions()
        self.position = 0.0
        self.time_label.setText(f"0:00 / {labels.fmt_duration(d.duration)}" if d.duration else "0:00")
        self.canvas.set_picture(None, QSize())
        self.canvas.message = self.tr("Loading…")
        self.covered_btn.blockSignals(True)
        self.covered_btn.setChecked(False)  # each asset opens as it is
        self.covered_btn.blockSignals(False)
        self.refresh()
        self.load_picture(None)

    def _find_cover_offer(self) -> None:
        """The first channel on which the asset may be published with faces
        covered: the viewer can show that covered copy before it is exported."""
        from mediadesk.services.export import cover_offers

        d = self.detail
        offers = cover_offers(self.state.lib, self.asset_id, self.state.channels, lang=self.state.lang) \
            if d is not None and self.asset_id and d.kind in ("photo", "video") else []
        self.cover_offer = offers[0] if offers else None
        if self.cover_offer is None:
            self.covered_btn.blockSignals(True)
            self.covered_btn.setChecked(False)
            self.covered_btn.blockSignals(False)
        self.covered_btn.setVisible(self.cover_offer is not None)
        if self.cover_offer is not None:
            ch = labels.channel_title(self.cover_offer.channel, self.state.settings)
            self.covered_btn.setToolTip(
                self.tr("Show the copy for %1 as it is exported: %2").replace("%1", ch).replace(
                    "%2", ", ".join(self.cover_offer.lines)))

    @property
    def showing_covered(self) -> bool:
        return self.cover_offer is not None and self.covered_btn.isChecked()

    def _covered_toggled(self, _on: bool) -> None:
        if self.player is not None and self.player.isPlaying():
            self.stop()
        if self.detail is None or self.detail.kind != "video":
            self.load_picture(None)
            return
        clip = self.cover_offer.clip if self.showing_covered else None
        if clip is not None and not any(tr.start - tr.held <= self.position <= tr.end + tr.held for tr in clip.tracks):
            self.seek(clip.preview_time)  # show a moment where a face is covered
            return
        self.load_picture(self.position)

    def sync_kind_actions(self) -> None:
        """What the open asset's kind allows: play a clip, or a recording when
        QtMultimedia is there; no face box on a recording (it has no faces)."""
        d = self.detail
        if d is None:
            return
        is_sound = d.kind == "audio"
        playable = d.kind == "video" or (is_sound and multimedia_available())
        self.act_play.setEnabled(playable)
        self.play_btn.setEnabled(playable)
        self.slider.setEnabled(playable)
        self.sound_note.setVisible(is_sound and not playable)
        if is_sound:
            self.act_draw.setEnabled(False)
            self.act_next_face.setEnabled(False)

    def load_picture(self, t: float | None) -> BackgroundOp:
        d = self.detail
        self._load_seq += 1
        seq = self._load_seq
        cache = self.state.lib.cache_dir
        offer, lib = (self.cover_offer if self.showing_covered else None), self.state.lib

        def work(_token, _progress):
            from .images import load_picture, read_photo, video_frame

            if offer is not None:  # the covered copy, as the export writes it
                from mediadesk.services.export import cover_preview

                from .images import pil_to_qimage

                return pil_to_qimage(cover_preview(lib, offer, 1600, at=t)), None
            if d.kind == "video":
                return video_frame(d.path, t, 1600), None
            if d.kind == "audio":  # the waveform (cached, else drawn from the samples here)
                return load_picture(d.path, d.kind, d.sha256, cache, 1600), None
            from pathlib import Path

            from .images import cached_thumbnail

            if cached_thumbnail(cache, d.sha256, 1600) is not None:
                return load_picture(d.path, d.kind, d.sha256, cache, 1600), None
            img, full = read_photo(d.path, 1600)
            return img, full if Path(d.path).exists() else None

        op = BackgroundOp(work, self)
        covered = offer is not None
        op.success(lambda r: self._picture(seq, t, *r, covered=covered)).failure(lambda e: self._picture_failed(seq, e))
        return op.start()

    def _picture(self, seq, t, img, full, covered: bool = False) -> None:
        if seq != self._load_seq:
            return
        if img is None or img.isNull():
            self._picture_failed(seq, None)
            return
        pm = QPixmap.fromImage(img)
        d = self.detail
        ref = QSize(d.width, d.height) if d.width and d.height else (full or img.size())
        self.canvas.set_picture(pm, ref)
        self.shown = (t, covered)  # the moment (clips) and whether it is the covered copy
        if t is not None:
            self.position = t
        self._show_faces()

    def _picture_failed(self, seq, e) -> None:
        if seq != self._load_seq:
            return
        self.canvas.message = self.tr("The file cannot be shown (offline or unreadable).")
        self.canvas.set_picture(None, QSize())

    def refresh(self) -> None:
        """Re-read faces, people and verdicts of the open asset."""
        if not self.asset_id:
            return
        self.detail = queries.with_lib(self.state.lib, queries.asset_detail, self.asset_id) or self.detail
        self._find_cover_offer()
        self.faces = facesvc.list_faces(self.state.lib, self.asset_id)
        self.face_list.clear()
        for n, f in enumerate(self.faces, start=1):
            text = self.tr("Face %1").replace("%1", str(n))
            if f.time is not None:
                text += f"  {labels.fmt_duration(f.time)}–{labels.fmt_duration(f.end if f.end is not None else f.time)}"
            if f.state == "confirmed":
                text += f"  ·  {f.person_name}"
            elif f.state == "suggested":
                text += "  ·  " + self.tr("looks like %1").replace("%1", f.suggested_name or "?")
            else:
                text += "  ·  " + labels.face_state_word(f.state)
            it = QListWidgetItem(text)
            it.setData(Qt.UserRole, f.id)
            it.setIcon(theme.badge_icon({"confirmed": "cleared", "dismissed": "cleared"}.get(f.state, "needs_review")))
            self.face_list.addItem(it)
            if f.id == self.selected:
                self.face_list.setCurrentItem(it)
        if not self.faces and self.detail.kind == "audio":
            it = QListWidgetItem(self.tr("A sound recording has no faces: listen to it and add every voice heard with “Add a person by hand…”."))
            it.setFlags(Qt.NoItemFlags)
            self.face_list.addItem(it)
        elif not self.faces:
            it = QListWidgetItem(self.tr("No faces found. Draw a box (D) if someone was missed."))
            it.setFlags(Qt.NoItemFlags)
            self.face_list.addItem(it)
        clear_layout(self.people_box)
        for _pid, ext, name in self.detail.people:
            row = QHBoxLayout()
            row.addWidget(QLabel(f"{name}  <span style='color:{theme.MUTED}'>{ext}</span>"), 1)
            rm = QToolButton()
            rm.setIcon(theme.icon("close"))
            rm.setToolTip(self.tr("Remove %1 from this asset").replace("%1", name))
            rm.clicked.connect(lambda _c=False, e=ext: self.untag(e))
            row.addWidget(rm)
            self.people_box.addLayout(row)
        if not self.detail.people:
            lab = QLabel(self.tr("No one yet."))
            lab.setObjectName("muted")
            self.people_box.addWidget(lab)
        clear_layout(self.verdict_lay)
        evals = [e for e, _p in verdicts_of(self.state.lib, [self.asset_id], self.state.channels)]
        self.evaluations = evals
        self.verdict_lay.addWidget(verdict_block(self.verdict_host, evals, self.state.settings, self.state.lang))
        self.verdict_lay.addStretch(1)
        clear_layout(self.review_row)
        win = self.window()
        for name in ("act_confirm", "act_block"):
            a = getattr(win, name, None)
            if a is not None:
                b = QToolButton()
                b.setDefaultAction(a)
                b.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
                b.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
                self.review_row.addWidget(b)
        self._sync_actions()
        self._show_faces()

    def _visible_faces(self) -> list[queries.FaceRow]:
        if self.detail is None or self.detail.kind != "video":
            return self.faces
        t = self.position
        return [f for f in self.faces if f.id == self.selected or
                abs((f.best_time if f.best_time is not None else (f.time or 0)) - t) < 0.35]

    def _show_faces(self) -> None:
        self.canvas.set_faces(self._visible_faces(), self.selected)
        if self.detail and self.detail.kind in ("video", "audio") and self.detail.duration:
            self.slider.setValue(int(self.position / self.detail.duration * 1000))
            self.time_label.setText(f"{labels.fmt_duration(self.position)} / {labels.fmt_duration(self.detail.duration)}")

    def face(self, face_id: str | None) -> queries.FaceRow | None:
        return next((f for f in self.faces if f.id == face_id), None)

    def _sync_actions(self) -> None:
        f = self.face(self.selected)
        self.act_accept.setEnabled(bool(f and f.state == "suggested"))
        self.act_reject.setEnabled(bool(f and f.state == "suggested"))
        self.act_dismiss.setEnabled(f is not None)
        self.act_identify.setEnabled(f is not None)

    # ---- faces --------------------------------------------------------------------------
    def select_face(self, face_id: str | None, jump: bool = False) -> None:
        self.selected = face_id
        f = self.face(face_id)
        if jump and f is not None and self.detail.kind == "video":
            self.seek(f.best_time if f.best_time is not None else (f.time or 0.0))
        for i in range(self.face_list.count()):
            it = self.face_list.item(i)
            if it.data(Qt.UserRole) == face_id:
                self.face_list.setCurrentItem(it)
        self._sync_actions()
        self._show_faces()

    def next_open_face(self) -> None:
        open_ = [f for f in self.faces if f.state in ("unresolved", "suggested") and f.id not in self._pending]
        if not open_:
            return
        ids = [f.id for f in open_]
        i = (ids.index(self.selected) + 1) % len(ids) if self.selected in ids else 0
        self.select_face(ids[i], jump=True)

    def face_clicked(self, face_id: str) -> PersonPicker:
        self.select_face(face_id)
        people = queries.with_lib(self.state.lib, queries.people_overview)
        f = self.face(face_id)
        if self.picker is not None:
            self.picker.close()
        self.picker = PersonPicker(people, f, self)
        self.picker.picked.connect(lambda ext: self._resolve(face_id, person=ext))
        self.picker.new_person.connect(lambda name: self._new_person_for(face_id, name))
        self.picker.not_identifiable.connect(lambda: self._resolve(face_id, not_identifiable=True))
        self.picker.accept_suggestion.connect(self.accept_suggestion)
        self.picker.reject_suggestion.connect(self.reject_suggestion)
        if f is not None and self.canvas.isVisible():
            r = self.canvas.to_widget(f)
            pos = self.canvas.mapToGlobal(QPoint(int(r.right()) + 8, int(r.top())))
        else:
            pos = self.mapToGlobal(self.rect().center())
        self.picker.move(pos)
        self.picker.show()
        self.picker.search.setFocus()
        return self.picker

    def _write(self, fn, then=None, face_id: str | None = None) -> None:
        """Store ``fn(lib, asset_id)`` off the GUI thread (in order with the
        other writes); the change hook shows the asset again, then ``then(result)``.
        A face being stored counts as done for the review: it is skipped by
        "next open face" and cannot be resolved a second time meanwhile."""
        lib, asset_id = self.state.lib, self.asset_id
        if face_id is not None:
            self._pending.add(face_id)

        def done(result) -> None:  # the window's change hook has shown the asset again
            self._pending.discard(face_id)
            if self.asset_id == asset_id and then is not None:
                then(result)

        def failed(e: BaseException) -> None:
            self._pending.discard(face_id)
            self.state.error(self, e)
            if self.asset_id == asset_id:
                self.refresh()

        self.state.write(self, lambda: fn(lib, asset_id), lambda _r: Changes.of_assets([asset_id]),
                         done=done, failed=failed)

    def _resolve(self, face_id: str, person: str | None = None, not_identifiable: bool = False) -> None:
        if self.picker is not None:
            self.picker.close()
            self.picker = None
        if face_id in self._pending:
            return
        self._write(lambda lib, a: facesvc.resolve_face(lib, a, face_id, person=person, not_identifiable=not_identifiable),
                    face_id=face_id)
        self.next_open_face()

    def _new_person_for(self, face_id: str, name: str) -> str | None:
        """Add a person who is not in the list yet and say this face is them."""
        from .people import AddPersonDialog

        if self.picker is not None:
            self.picker.close()
            self.picker = None
        dlg = AddPersonDialog(self.state, self, name=name, role="guest")
        if not self.state.dialogs.exec_dialog(dlg) or not dlg.person_id:
            return None
        self._resolve(face_id, person=dlg.person_id)
        return dlg.person_id

    def resolve_selected(self, person: str) -> None:
        if self.selected:
            self._resolve(self.selected, person=person)

    def accept_suggestion(self) -> None:
        f = self.face(self.selected)
        if f and f.state == "suggested" and f.suggested_external_id:
            self._resolve(f.id, person=f.suggested_external_id)

    def reject_suggestion(self) -> None:
        f = self.face(self.selected)
        if not (f and f.state == "suggested"):
            return
        if self.picker is not None:
            self.picker.close()
            self.picker = None
        if f.id not in self._pending:
            self._write(lambda lib, a: facesvc.reject_suggestion(lib, a, f.id), face_id=f.id)

    def mark_not_identifiable(self) -> None:
        if self.selected:
            self._resolve(self.selected, not_identifiable=True)

    def toggle_draw(self) -> None:
        self.canvas.set_drawing(not self.canvas.drawing)

    def _box_drawn(self, x, y, w, h) -> None:
        self.canvas.set_drawing(False)
        t = self.position if self.detail.kind == "video" else None
        self._write(lambda lib, a: facesvc.add_manual_face(lib, a, (x, y, w, h), t), then=self.face_clicked)

    def add_person_by_hand(self) -> None:
        people = queries.with_lib(self.state.lib, queries.people_overview)
        if self.picker is not None:
            self.picker.close()
        self.picker = PersonPicker(people, None, self)
        self.picker.picked.connect(self._tag)
        self.picker.new_person.connect(self._new_person_tag)
        self.picker.not_identifiable.connect(self.picker.close)
        self.picker.move(self.add_person_btn.mapToGlobal(QPoint(0, self.add_person_btn.height())))
        self.picker.show()

    def _new_person_tag(self, name: str) -> None:
        from .people import AddPersonDialog

        if self.picker is not None:
            self.picker.close()
            self.picker = None
        dlg = AddPersonDialog(self.state, self, name=name, role="guest")
        if self.state.dialogs.exec_dialog(dlg) and dlg.person_id:
            self._tag(dlg.person_id)

    def _tag(self, ext: str) -> None:
        if self.picker is not None:
            self.picker.close()
            self.picker = None
        self._write(lambda lib, a: tag(lib, a, [ext]))

    def untag(self, ext: str) -> None:
        self._write(lambda lib, a: untag(lib, a, ext))

    # ---- clips and recordings -----------------------------------------------------------
    def _ensure_player(self) -> bool:
        if self.player is not None:
            return True
        if not multimedia_available():
            return False
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.video_widget = QVideoWidget()
        self.media.addWidget(self.video_widget)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.video_widget)
        self.player.positionChanged.connect(self._player_pos)
        self._QUrl = QUrl
        return True

    def _player_pos(self, ms: int) -> None:
        self.position = ms / 1000
        self._show_faces()

    def toggle_play(self) -> None:
        if not self.detail or self.detail.kind not in ("video", "audio"):
            return
        if self.player is not None and self.player.isPlaying():
            self.stop()
            return
        if self.showing_covered:
            # frames only (the player would show the clip uncovered): step one second forward
            self.seek(min((self.detail.duration or 0), self.position + 1.0))
            return
        if not self._ensure_player():
            if self.detail.kind == "audio":
                return  # no player: the waveform and the length are all there is
            # frames only: step one second forward
            self.seek(min((self.detail.duration or 0), self.position + 1.0))
            return
        self.player.setSource(self._QUrl.fromLocalFile(self.detail.path))
        self.player.setPosition(int(self.position * 1000))
        if self.detail.kind == "video":  # a recording keeps its waveform in view
            self.media.setCurrentWidget(self.video_widget)
        self.play_btn.setIcon(theme.icon("pause"))
        self.player.play()

    def stop(self) -> None:
        if self.player is not None and self.player.isPlaying():
            self.player.pause()
            self.position = self.player.position() / 1000
        self.media.setCurrentWidget(self.canvas)
        self.play_btn.setIcon(theme.icon("play"))
        if self.detail is not None and self.detail.kind == "video" and self.player is not None:
            self.load_picture(self.position)

    def seek(self, t: float) -> None:
        if self.player is not None and self.player.isPlaying():
            self.player.pause()
            self.play_btn.setIcon(theme.icon("play"))
        self.media.setCurrentWidget(self.canvas)
        self.position = t
        if self.detail is not None and self.detail.kind == "audio":
            if self.player is not None:
                self.player.setPosition(int(t * 1000))
        else:
            self.load_picture(t)
        self._show_faces()

    def keyPressEvent(self, e) -> None:
        if e.key() == Qt.Key_Escape and self.canvas.drawing:
            self.canvas.set_drawing(False)
            return
        super().keyPressEvent(e)
