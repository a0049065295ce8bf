"""The detail panel beside the grid: verdict per channel with its reasons in
plain words, the people on the asset, its metadata."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mediadesk.services import queries

from . import labels, theme
from .cover import CoverPanel
from mediadesk.services.assets import verdicts_of


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget()
        if w is not None:
            w.setParent(None)
            w.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


def section(text: str) -> QLabel:
    lab = QLabel(text.upper())
    lab.setObjectName("section")
    return lab


def badge_label(verdict: str, size: int = 16) -> QLabel:
    lab = QLabel()
    lab.setPixmap(theme.badge_pixmap(verdict, size))
    lab.setFixedSize(size + 2, size + 2)
    lab.setToolTip(labels.verdict_word(verdict))
    return lab


def verdict_block(parent: QWidget, evaluations, settings: dict, lang: str, teacher: bool = False) -> QWidget:
    """Rows 'badge  Channel  Verdict' with the reasons; reasons shared by every
    channel are shown once at the top."""
    box = QWidget(parent)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(6)
    per = [(e, _collapse([r.message(lang) for r in e.reasons])) for e in evaluations]
    common: list[str] = []
    if len(per) > 1:
        first = per[0][1]
        common = [m for m in first if all(m in msgs for _, msgs in per[1:])]
    if common:
        lab = QLabel(QCoreApplication.translate("DetailPanel", "For every channel:"))
        lab.setObjectName("muted")
        lay.addWidget(lab)
        for m in common:
            lay.addWidget(_reason_label(m))
    for e, msgs in per:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(badge_label(e.verdict.value, 16))
        name = QLabel(labels.channel_title(e.channel, settings))
        name.setStyleSheet("font-weight: 600;")
        row.addWidget(name)
        row.addStretch(1)
        word = teacher_word(e.verdict.value) if teacher else labels.verdict_word(e.verdict.value)
        v = QLabel(word)
        v.setStyleSheet(f"color: {theme.VERDICT_COLOURS[e.verdict.value].name()}; font-weight: 600;")
        row.addWidget(v)
        lay.addLayout(row)
        for m in msgs:
            if m not in common:
                lay.addWidget(_reason_label(m, indent=26))
    return box


def _collapse(messages: list[str]) -> list[str]:
    """Identical messages (three faces not identified) shown once, with a count."""
    out: list[str] = []
    counts: dict[str, int] = {}
    for m in messages:
        if m not in counts:
            out.append(m)
        counts[m] = counts.get(m, 0) + 1
    return [m if counts[m] == 1 else f"{m} (×{counts[m]})" for m in out]


def teacher_word(v: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "cleared": QCoreApplication.translate("QuickCheck", "OK to post"),
        "needs_review": QCoreApplication.translate("QuickCheck", "Check first"),
        "blocked": QCoreApplication.translate("QuickCheck", "Do not post"),
    }[v]


def _reason_label(text: str, indent: int = 0) -> QLabel:
    lab = QLabel("• " + text)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
    lab.setContentsMargins(indent, 0, 0, 0)
    lab.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
    return lab


class DetailPanel(QFrame):
    open_viewer = Signal(str)
    confirm_people = Signal(str)
    block_asset = Signal(str)
    open_person = Signal(str)
    publish_covered = Signal(str, str)  # asset, channel: export with faces covered

    def __init__(self, state, thumbs, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self.state = state
        self.thumbs = thumbs
        self.asset_id: str | None = None
        self._sha: str | None = None
        self.cover: CoverPanel | None = None
        self.cover_buttons: list[QPushButton] = []
        self.basis_label: QLabel | None = None  # shown while the library allows a non-consent basis
        self.btn_basis: QPushButton | None = None
        self.basis_dialog = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        self.body = QWidget()
        self.body.setObjectName("detailbody")
        scroll.setWidget(self.body)
        self.lay = QVBoxLayout(self.body)
        self.lay.setContentsMargins(16, 16, 16, 16)
        self.lay.setSpacing(8)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignCenter)
        self.preview.setFixedHeight(210)
        self.preview.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)  # never widens the panel
        self.preview.setStyleSheet("background: #e2e8f0; border-radius: 8px;")
        self.title = QLabel()
        self.title.setObjectName("h2")
        self.title.setWordWrap(True)
        self.sub = QLabel()
        self.sub.setObjectName("muted")
        self.sub.setWordWrap(True)
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(6)
        buttons.setVerticalSpacing(6)
        self.btn_open = QPushButton(theme.icon("face"), self.tr("Review"))
        self.btn_open.setToolTip(self.tr("Open in the viewer to identify faces (Enter)"))
        self.btn_confirm = QPushButton(theme.icon("checklist"), self.tr("People complete"))
        self.btn_confirm.setToolTip(self.tr("Confirm that the list of people is complete (Ctrl+Return)"))
        self.btn_block = QPushButton(theme.icon("block"), self.tr("Block…"))
        self.btn_block.setToolTip(self.tr("Block this asset for every channel, with a reason (Ctrl+B)"))
        buttons.addWidget(self.btn_open, 0, 0)
        buttons.addWidget(self.btn_block, 0, 1)
        buttons.addWidget(self.btn_confirm, 1, 0, 1, 2)
        self.btn_open.clicked.connect(lambda: self.asset_id and self.open_viewer.emit(self.asset_id))
        self.btn_confirm.clicked.connect(lambda: self.asset_id and self.confirm_people.emit(self.asset_id))
        self.btn_block.clicked.connect(lambda: self.asset_id and self.block_asset.emit(self.asset_id))
        self.dynamic = QVBoxLayout()
        self.dynamic.setSpacing(8)
        self.empty = QLabel(self.tr("Select a photo or clip to see whether it may be published."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("muted")
        for w in (self.preview, self.title, self.sub):
            self.lay.addWidget(w)
        self.lay.addLayout(buttons)
        self.lay.addLayout(self.dynamic)
        self.lay.addWidget(self.empty)
        self.lay.addStretch(1)
        self.thumbs.ready.connect(self._thumb_ready)
        self.set_asset(None)

    def _thumb_ready(self, key: str) -> None:
        if key == self._sha:
            self._show_preview()

    def _show_preview(self) -> None:
        d = self._detail
        pm = self.thumbs.pixmap(d.sha256, d.path, d.kind, d.sha256) if d else None
        if pm is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(labels.kind_word(d.kind) if d else "")
            return
        w = max(200, self.preview.width())
        self.preview.setPixmap(pm.scaled(w, 200, Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def refresh(self) -> None:
        self.set_asset(self.asset_id)

    def sound_text(self, d) -> str:
        """'AAC · 44.1 kHz · mono' for a recording."""
        bits = []
        if d.codec:
            bits.append(d.codec.upper().replace("FLOAT", "").replace("PCM_", "PCM "))
        if d.sample_rate:
            bits.append(f"{d.sample_rate / 1000:g} kHz")
        if d.channels:
            bits.append({1: self.tr("mono"), 2: self.tr("stereo")}.get(
                d.channels, self.tr("%n channel(s)", "", d.channels)))
        return " · ".join(bits) or "?"

    def set_asset(self, asset_id: str | None) -> None:
        self.asset_id = asset_id
        clear_layout(self.dynamic)
        self.cover, self.cover_buttons = None, []
        self.basis_label = self.btn_basis = None
        d = queries.with_lib(self.state.lib, queries.asset_detail, asset_id) if asset_id else None
        self._detail = d
        has = d is not None
        for w in (self.preview, self.title, self.sub, self.btn_open, self.btn_confirm, self.btn_block):
            w.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            self._sha = None
            return
        self._sha = d.sha256
        self._show_preview()
        self.title.setText(d.path.replace("\\", "/").rsplit("/", 1)[-1])
        bits = [labels.kind_word(d.kind)]
        if d.event:
            bits.append(d.event)
        bits.append(labels.fmt_date(queries.utc_to_local(d.capture_time or d.imported_at)))
        if d.offline:
            bits.append(self.tr("offline: the file is not where it was"))
        self.sub.setText(" · ".join(bits))
        self.btn_confirm.setEnabled(d.people_confirmed_at is None)
        self.btn_confirm.setText(self.tr("People complete") if d.people_confirmed_at is None else self.tr("People confirmed"))
        self.btn_block.setText(self.tr("Unblock") if d.block_reason else self.tr("Block…"))

        evals = [e for e, _p in verdicts_of(self.state.lib, [asset_id], self.state.channels)]
        self.dynamic.addWidget(section(self.tr("May it be published?")))
        self.dynamic.addWidget(verdict_block(self.body, evals, self.state.settings, self.state.lang))
        if self.state.settings.get("legal_basis_enabled"):
            self._basis(d)
        self._cover_offers(asset_id, d.kind)

        self.dynamic.addWidget(section(self.tr("People on it")))
        if d.people:
            for _pid, ext, name in d.people:
                lab = QLabel(f'<a href="{ext}">{name}</a> <span style="color:{theme.MUTED}">{ext}</span>')
                lab.linkActivated.connect(self.open_person.emit)
                self.dynamic.addWidget(lab)
        else:
            if d.kind == "audio":  # nothing finds the voices of a recording but a listener
                lab = QLabel(self.tr("No one tagged yet. Listen to the recording (Review) and add every voice heard."))
                lab.setWordWrap(True)
            else:
                lab = QLabel(self.tr("No one tagged yet."))
            lab.setObjectName("muted")
            self.dynamic.addWidget(lab)
        if d.face_total:
            lab = QLabel(self.tr("%n face(s) found", "", d.face_total) + " · " +
                         self.tr("%n still to identify", "", d.face_open))
            lab.setObjectName("muted")
            self.dynamic.addWidget(lab)
        if d.people_confirmed_at:
            lab = QLabel(self.tr("List confirmed complete by %1 on %2").replace("%1", d.people_confirmed_by or "?")
                         .replace("%2", labels.fmt_datetime(d.people_confirmed_at)))
            lab.setObjectName("muted")
            lab.setWordWrap(True)
            self.dynamic.addWidget(lab)

        self.dynamic.addWidget(section(self.tr("Details")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        rows = [
            (self.tr("Taken"), labels.fmt_datetime(d.capture_time)),
            (self.tr("Imported"), labels.fmt_datetime(d.imported_at)),
            (self.tr("Size"), _size(d.size)),
        ]
        if d.width and d.height:
            rows.append((self.tr("Dimensions"), f"{d.width} × {d.height}"))
        if d.duration:
            rows.append((self.tr("Length"), labels.fmt_duration(d.duration)))
        if d.kind == "audio":
            rows.append((self.tr("Sound"), self.sound_text(d)))
        if d.camera:
            rows.append((self.tr("Camera"), d.camera))
        if d.names_people:
            rows.append((self.tr("Metadata"), self.tr("The file names people or marks faces: check who is on it")))
        if d.has_gps:
            rows.append((self.tr("Location"), self.tr("A GPS position is in the file (exports leave it out)")))
        rows.append((self.tr("File"), d.path))
        for p in d.other_paths:
            rows.append((self.tr("Also at"), p))
        for i, (k, v) in enumerate(rows):
            kl = QLabel(k)
            kl.setObjectName("muted")
            kl.setAlignment(Qt.AlignRight | Qt.AlignTop)
            vl = QLabel(v)
            vl.setWordWrap(True)
            vl.setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(kl, i, 0)
            grid.addWidget(vl, i, 1)
        grid.setColumnStretch(1, 1)
        self.dynamic.addLayout(grid)


    def _basis(self, d) -> None:
        """The asset's legal basis (consent, or a documented one with its
        reason, who and when) and the button that changes it."""
        self.dynamic.addWidget(section(self.tr("Legal basis")))
        text = labels.basis_word(d.legal_basis)
        if d.legal_basis:
            text += ": " + (d.basis_reason or "") + "\n" + self.tr("recorded by %1 on %2").replace(
                "%1", d.basis_by or "?").replace("%2", labels.fmt_datetime(d.basis_at))
        else:
            text += " · " + self.tr("everyone on it must have consented")
        lab = self.basis_label = QLabel(text)
        lab.setWordWrap(True)
        lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.dynamic.addWidget(lab)
        btn = self.btn_basis = QPushButton(theme.icon("checklist"), self.tr("Legal basis…"))
        if d.kind == "audio":
            btn.setEnabled(False)
            btn.setToolTip(self.tr("A sound recording is published on consent only: voices are not situation photos"))
        else:
            btn.setToolTip(self.tr("Publish a situation photo or clip on legitimate interest or public task, with a reason"))
        btn.clicked.connect(lambda: self.edit_basis(d.id, d.legal_basis, d.basis_reason))
        self.dynamic.addWidget(btn)

    def edit_basis(self, asset_id: str, basis: str | None, reason: str | None) -> None:
        from .basis import LegalBasisDialog

        # the dialog stores off the GUI thread and refreshes through the change hook
        self.basis_dialog = LegalBasisDialog(self.state, asset_id, basis, reason, self)
        self.state.dialogs.exec_dialog(self.basis_dialog)

    def _cover_offers(self, asset_id: str, kind: str) -> None:
        """Channels on which the photo or clip is blocked only by people whose
        faces can be covered: a button per channel and the covered preview."""
        if kind not in ("photo", "video"):
            return
        from mediadesk.services.export import cover_offers

        offers = cover_offers(self.state.lib, asset_id, self.state.channels, lang=self.state.lang)
        if not offers:
            return
        self.dynamic.addWidget(section(self.tr("Publish with faces covered")))
        for o in offers:
            btn = QPushButton(theme.icon("face"), labels.channel_title(o.channel, self.state.settings) + ": "
                              + self.tr("Publish with %n face(s) covered", "", o.faces))
            btn.setToolTip(self.tr("Export a copy with these faces filled solid; the plain photo stays blocked") if kind == "photo"
                           else self.tr("Export a copy with these faces filled solid in every frame; the plain clip stays blocked"))
            btn.clicked.connect(lambda _c=False, ch=o.channel: self.asset_id and self.publish_covered.emit(self.asset_id, ch))
            self.dynamic.addWidget(btn)
            self.cover_buttons.append(btn)
        self.cover = CoverPanel(self.state, self.body)
        self.dynamic.addWidget(self.cover)
        self.cover.show_offer(offers[0])


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)
