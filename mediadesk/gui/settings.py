"""Settings: profile, age of consent, channels (add, rename, hide), default
consent period, face mode, language. Every change goes through
``Library.update_settings`` (audited); the face mode through the faces
service."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediadesk.core.enums import PROFILE_AGE, Profile

from . import facesvc, labels, theme
from .forms import add_error_and_buttons, save_in_background
from .i18n import LANGUAGES
from mediadesk.services.changes import Changes
from mediadesk.services.settings import update_settings


class FaceModeBox(QGroupBox):
    """The three face modes, each explained in two sentences; match needs a DPIA."""

    def __init__(self, mode: str = "detect", dpia_ref: str | None = None, dpia_date: str | None = None, parent=None) -> None:
        super().__init__(self.tr("Faces"), parent)
        lay = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons = {}
        texts = {
            "off": self.tr("MediaDesk does not look for faces. Staff tag people and draw face boxes by hand."),
            "detect": self.tr("MediaDesk finds faces and draws a box around each one. Staff say who each face is; nothing is stored about what faces look like."),
            "match": self.tr("MediaDesk also suggests who a face is, using reference photos of people who consented to face matching. This is biometric data, so it needs a data protection impact assessment (DPIA) first."),
        }
        for m in ("off", "detect", "match"):
            rb = QRadioButton(labels.face_mode_word(m))
            rb.setStyleSheet("font-weight: 600;")
            ex = QLabel(texts[m])
            ex.setWordWrap(True)
            ex.setObjectName("muted")
            ex.setContentsMargins(24, 0, 0, 4)
            self.group.addButton(rb)
            self.buttons[m] = rb
            lay.addWidget(rb)
            lay.addWidget(ex)
        dp = QFormLayout()
        dp.setContentsMargins(24, 0, 0, 0)
        self.dpia_ref = QLineEdit(dpia_ref or "")
        self.dpia_ref.setPlaceholderText(self.tr("e.g. DPIA-2026-04"))
        self.dpia_date = QDateEdit(QDate.fromString(dpia_date, "yyyy-MM-dd") if dpia_date else QDate.currentDate())
        self.dpia_date.setCalendarPopup(True)
        dp.addRow(self.tr("DPIA reference"), self.dpia_ref)
        dp.addRow(self.tr("DPIA date"), self.dpia_date)
        lay.addLayout(dp)
        self.buttons.get(mode, self.buttons["detect"]).setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._sync())
        self._sync()

    def _sync(self) -> None:
        on = self.mode() == "match"
        self.dpia_ref.setEnabled(on)
        self.dpia_date.setEnabled(on)

    def mode(self) -> str:
        for m, b in self.buttons.items():
            if b.isChecked():
                return m
        return "detect"

    def set_mode(self, m: str) -> None:
        self.buttons[m].setChecked(True)

    def dpia(self) -> tuple[str | None, date | None]:
        q = self.dpia_date.date()
        return (self.dpia_ref.text().strip() or None, date(q.year(), q.month(), q.day()))

    def problem(self) -> str | None:
        if self.mode() == "match" and not self.dpia()[0]:
            return self.tr("Face matching needs the reference and date of your DPIA.")
        return None


class ProfileBox(QWidget):
    def __init__(self, profile: str = "dk", age: int = 15, parent=None, extra=()) -> None:
        super().__init__(parent)
        lay = QFormLayout(self)
        self.form = lay
        lay.setContentsMargins(0, 0, 0, 0)
        self.profile = QComboBox()
        for p in ("dk", "nl", "eu", "custom"):
            self.profile.addItem(labels.profile_word(p), p)
        self.age = QSpinBox()
        self.age.setRange(10, 21)
        self.age.setSuffix(" " + self.tr("years"))
        self.profile.setCurrentIndex(max(0, self.profile.findData(profile)))
        self.age.setValue(int(age))
        hint = QLabel(self.tr("Below this age a parent or guardian signs the consent form."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        lay.addRow(self.tr("Country rules"), self.profile)
        lay.addRow(self.tr("Age of consent"), self.age)
        lay.addRow("", hint)
        for label, widget in extra:
            lay.addRow(label, widget)
        self.profile.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        p = self.profile.currentData()
        if p in ("dk", "nl", "eu"):
            self.age.setValue(PROFILE_AGE[Profile(p)])
        self.age.setEnabled(p == "custom")

    def values(self) -> tuple[str, int]:
        return self.profile.currentData(), self.age.value()


class SchoolBox(QWidget):
    """The school as data controller and its data protection officer: shown
    on the right-of-access report and the consent forms."""

    TEXT_KEYS = ("school_name", "dpo_name", "dpo_email", "dpo_phone")

    def __init__(self, settings: dict, dialogs, parent=None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("The school is the data controller. Its name, address and the contact of its data "
                               "protection officer (DPO) are printed on the report a person gets when they ask "
                               "what is held about them."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        lay.addWidget(intro)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        holders = {
            "school_name": self.tr("e.g. Skovbrynet Skole"),
            "dpo_name": self.tr("Name of the data protection officer"),
            "dpo_email": self.tr("e.g. dpo@school.dk"),
            "dpo_phone": self.tr("e.g. +45 86 12 34 56"),
        }
        for key in self.TEXT_KEYS:
            f = QLineEdit(settings.get(key) or "")
            f.setPlaceholderText(holders[key])
            self.fields[key] = f
        self.address = QPlainTextEdit(settings.get("controller_address") or "")
        self.address.setPlaceholderText(self.tr("Street, postcode and town"))
        self.address.setFixedHeight(64)
        self.logo_path: str | None = settings.get("school_logo")
        self.logo = QLabel()
        self.logo.setMinimumSize(160, 56)
        self.logo.setObjectName("muted")
        pick = self.pick_btn = QPushButton(theme.icon("attach"), self.tr("Choose…"))
        pick.clicked.connect(self._pick_logo)
        clear = QPushButton(self.tr("Remove"))
        clear.clicked.connect(lambda: self._set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(pick)
        logo_row.addWidget(clear)
        logo_row.addStretch(1)
        form.addRow(self.tr("School name"), self.fields["school_name"])
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("DPO name"), self.fields["dpo_name"])
        form.addRow(self.tr("DPO e-mail"), self.fields["dpo_email"])
        form.addRow(self.tr("DPO phone"), self.fields["dpo_phone"])
        lay.addLayout(form)
        lay.addStretch(1)
        self._set_logo(self.logo_path)

    def _pick_logo(self) -> None:
        f = self.dialogs.open_file(self, self.tr("Logo of the school"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if f:
            self._set_logo(f)

    def _set_logo(self, path: str | None) -> None:
        self.logo_path = path
        pix = QPixmap(path) if path else QPixmap()
        if pix.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("(no logo)") if not path else path)
        else:
            self.logo.setPixmap(pix.scaled(160, 56, Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def values(self) -> dict:
        out: dict = {k: f.text().strip() or None for k, f in self.fields.items()}
        out["controller_address"] = self.address.toPlainText().strip() or None
        out["school_logo"] = self.logo_path or None
        return out


class SettingsDialog(QDialog):
    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        s = state.settings
        self.setWindowTitle(self.tr("Settings"))
        self.resize(720, 560)
        lay = QVBoxLayout(self)
        tabs = QTabWidget()
        lay.addWidget(tabs)

        general = QWidget()
        gl = QVBoxLayout(general)
        self.period = QSpinBox()
        self.period.setRange(0, 60)
        self.period.setSpecialValueText(self.tr("until the end of the school year (31 July)"))
        self.period.setSuffix(" " + self.tr("months"))
        self.period.setValue(int(s.get("consent_period_months") or 0))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.get("language", "en"))))
        self.guest_days = QSpinBox()
        self.guest_days.setRange(1, 366)
        self.guest_days.setSuffix(" " + self.tr("day(s)"))
        self.guest_days.setToolTip(self.tr("When no event is chosen; counting the day it is signed"))
        self.guest_days.setValue(int(s.get("guest_form_days") or 1))
        self.profile = ProfileBox(s.get("profile", "eu"), s.get("age_of_consent", 16), extra=[
            (self.tr("A new form is valid"), self.period), (self.tr("Language"), self.language),
            (self.tr("A guest's form (fair) runs"), self.guest_days)])
        gl.addWidget(self.profile)
        self.legal_basis = QCheckBox(self.tr("Allow a documented legal basis other than consent for situation photos"))
        self.legal_basis.setChecked(bool(s.get("legal_basis_enabled")))
        basis_hint = QLabel(self.tr("Staff may then publish a photo or clip where no one is the focus on legitimate "
                                    "interest or public task, with a reason; a ban, objection or withdrawal still blocks it."))
        basis_hint.setObjectName("muted")
        basis_hint.setWordWrap(True)
        basis_hint.setContentsMargins(24, 0, 0, 0)
        gl.addWidget(self.legal_basis)
        gl.addWidget(basis_hint)
        gl.addStretch(1)
        tabs.addTab(general, self.tr("General"))

        chans = QWidget()
        cl = QVBoxLayout(chans)
        intro = QLabel(self.tr("Where the school publishes. Rename a channel by editing its name; untick it to hide it. "
                               "Exports are written at the size and JPEG quality set here."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        cl.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name shown"), self.tr("Shown"),
                                              self.tr("Export size"), self.tr("Quality")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        from mediadesk.services.export import export_presets

        self.presets_before = {k: p.to_dict() for k, p in export_presets(state.lib, s).items()}
        for c in s.get("channels", []):
            self._add_row(c["slug"], c.get("label") or "", not c.get("hidden"))
        cl.addWidget(self.table)
        add = QPushButton(theme.icon("add"), self.tr("Add channel…"))
        add.clicked.connect(self._add_channel)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        cl.addLayout(row)
        tabs.addTab(chans, self.tr("Channels"))

        self.school = SchoolBox(s, state.dialogs)
        tabs.addTab(self.school, self.tr("School and DPO"))

        faces = QWidget()
        fl = QVBoxLayout(faces)
        self.faces = FaceModeBox(s.get("face_mode", "detect"), s.get("dpia_reference"), s.get("dpia_date"))
        fl.addWidget(self.faces)
        fl.addStretch(1)
        tabs.addTab(faces, self.tr("Faces"))

        self.error = add_error_and_buttons(self, lay, self.apply)

    def _add_row(self, slug: str, label: str, shown: bool, new: bool = False) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        it = QTableWidgetItem(slug)
        if not new:
            it.setFlags(it.flags() & ~Qt.ItemIsEditable)
        self.table.setItem(r, 0, it)
        self.table.setItem(r, 1, QTableWidgetItem(label or labels.channel_title(slug)))
        chk = QTableWidgetItem()
        chk.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
        chk.setCheckState(Qt.Checked if shown else Qt.Unchecked)
        self.table.setItem(r, 2, chk)
        from mediadesk.media.export import DEFAULT_PRESETS, FALLBACK_PRESET

        preset = self.presets_before.get(slug) or DEFAULT_PRESETS.get(slug, FALLBACK_PRESET).to_dict()
        size = QSpinBox()
        size.setRange(15, 20000)  # 15 = the "full size" special value
        size.setSpecialValueText(self.tr("full size"))
        size.setSuffix(" px")
        size.setSingleStep(10)
        size.setValue(preset["max_side"] or 15)
        size.setToolTip(self.tr("Longest side of exported photos and clips"))
        size.setMinimumWidth(size.fontMetrics().horizontalAdvance(size.specialValueText()) + 44)
        quality = QSpinBox()
        quality.setRange(1, 100)
        quality.setValue(preset["quality"])
        quality.setToolTip(self.tr("JPEG quality of exported photos (1-100)"))
        self.table.setCellWidget(r, 3, size)
        self.table.setCellWidget(r, 4, quality)

    def _add_channel(self) -> None:
        name = self.state.dialogs.get_text(self, self.tr("Add channel"), self.tr("Name of the new channel (e.g. LinkedIn):"))
        if not name or not name.strip():
            return
        slug = re.sub(r"[^a-z0-9_-]+", "-", name.strip().lower()).strip("-") or "channel"
        self._add_row(slug, name.strip(), True, new=True)

    def channels(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            slug = self.table.item(r, 0).text().strip()
            label = self.table.item(r, 1).text().strip()
            default = labels.channel_title(slug)
            out.append({"slug": slug, "label": None if label in ("", default) else label,
                        "hidden": self.table.item(r, 2).checkState() != Qt.Checked})
        return out

    def presets(self) -> dict:
        out = {}
        for r in range(self.table.rowCount()):
            size, quality = self.table.cellWidget(r, 3), self.table.cellWidget(r, 4)
            out[self.table.item(r, 0).text().strip()] = {
                "max_side": None if size.value() == size.minimum() else size.value(),
                "quality": quality.value(),
            }
        return out

    def changes(self) -> dict:
        s = self.state.settings
        profile, age = self.profile.values()
        new = {
            "profile": profile, "age_of_consent": age, "channels": self.channels(),
            "consent_period_months": self.period.value() or None, "language": self.language.currentData(),
        }
        new.update(self.school.values())
        if self.legal_basis.isChecked() != bool(s.get("legal_basis_enabled")):
            new["legal_basis_enabled"] = self.legal_basis.isChecked()
        if self.guest_days.value() != int(s.get("guest_form_days") or 1):
            new["guest_form_days"] = self.guest_days.value()
        out = {k: v for k, v in new.items() if s.get(k) != v}
        presets = self.presets()
        if presets != self.presets_before:
            out["export_presets"] = presets
        return out

    def apply(self) -> None:
        problem = self.faces.problem()
        if problem:
            self.error.setText(problem)
            return
        lib = self.state.lib
        try:
            ch = self.changes()
        except Exception as e:  # noqa: BLE001 - a value the form cannot read
            self.error.setText(str(e))
            return
        mode = self.faces.mode()
        ref, when = self.faces.dpia()
        s = self.state.settings
        switch = False
        if mode != s.get("face_mode") or (mode == "match" and (ref != s.get("dpia_reference") or when.isoformat() != s.get("dpia_date"))):
            switch = mode == "match" or s.get("face_mode") != "match" or self.state.dialogs.confirm(
                self, self.tr("Switch off face matching"),
                self.tr("Every stored reference face will be deleted. Continue?"))

        def write() -> None:
            if ch:
                update_settings(lib, **ch)
            if switch:
                facesvc.set_face_mode(lib, mode, ref, when)

        # off the GUI thread (another computer may hold the write lock); the
        # window refreshes from the one change hook when it is stored
        save_in_background(self, self.state, self.error, write, lambda _r: Changes(settings=True))
