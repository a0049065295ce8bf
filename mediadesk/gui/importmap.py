"""Importing the admin system's people export: match its columns to
MediaDesk's fields (docs/admin-imports.md).

The dialog shows how the file was read (encoding, separator), its first
rows, a preset picker (Magister, SOMtoday, ParnasSys, Aula/UNI-Login,
Lectio and the library's saved profiles) and one column picker per field.
Import runs off the GUI thread (``gui/forms.save_in_background``); a bad
row is shown in the dialog, nothing is stored, and the mapping can be
corrected there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QTableView, QVBoxLayout, QWidget,
)

from mediadesk.core.errors import UserError
from mediadesk.services import mapping as mp
from mediadesk.services.changes import Changes
from mediadesk.services.people import import_people
from mediadesk.services.tabular import XLSX, Table

from . import labels
from .forms import add_error_and_buttons, save_in_background

PREVIEW_ROWS = 10
_NONE = ""  # the combo item "not in the file"


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, as read, under the file's own header."""

    def __init__(self, table: Table, parent=None) -> None:
        super().__init__(parent)
        self.header = table.header
        self.rows = [cells for _n, cells in table.rows[:PREVIEW_ROWS]]
        self.used: dict[str, str] = {}  # column -> the field it fills (shown under the column's name)

    def set_used(self, used: dict[str, str]) -> None:
        self.used = used
        if self.header:
            self.headerDataChanged.emit(Qt.Horizontal, 0, len(self.header) - 1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if role == Qt.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            if section >= len(self.header):
                return None
            h = self.header[section]
            return f"{h}\n→ {self.used[h]}" if h in self.used else h
        return str(section + 2)  # the file's row number: the header is row 1


def is_mediadesk_format(table: Table) -> bool:
    """The file has MediaDesk's own columns (it imports without a mapping)."""
    header = {h.lower() for h in table.header}
    return {"external_id", "name", "role"} <= header


class PeopleMappingDialog(QDialog):
    """Match the columns of an export to MediaDesk's fields, then import."""

    def __init__(self, state, path: str, table: Table, profiles: dict[str, mp.Mapping] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.path = path
        self.table = table
        self.profiles = profiles or {}
        self.summary = None  # the ImportSummary, once imported
        self.op = None
        self.setWindowTitle(self.tr("Import people list: match the columns"))
        self.setMinimumWidth(720)
        lay = QVBoxLayout(self)

        read = QLabel(self.read_as_text())
        read.setWordWrap(True)
        read.setObjectName("muted")
        self.read_label = read
        lay.addWidget(read)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Admin system")))
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Choose the columns below"), "")
        for p in mp.PRESETS.values():
            self.preset.addItem(p.title, f"preset:{p.key}")
        for name in self.profiles:
            self.preset.addItem(self.tr("Saved: %1").replace("%1", name), f"profile:{name}")
        top.addWidget(self.preset, 1)
        lay.addLayout(top)

        self.preview = QTableView()
        self.preview.setModel(PreviewModel(table, self))
        self.preview.setMinimumHeight(160)
        self.preview.setEditTriggers(QTableView.NoEditTriggers)
        lay.addWidget(self.preview, 1)

        grid = QGridLayout()
        self.combos: dict[str, QComboBox] = {}
        field_words = self.field_words()
        for i, f in enumerate(mp.FIELDS):
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), _NONE)
            for h in table.header:
                if h:
                    combo.addItem(h, h)
            self.combos[f] = combo
            combo.currentIndexChanged.connect(self._show_used)
            row, col = (i, 0) if i < 6 else (i - 6, 2)  # who they are | the rest
            grid.addWidget(QLabel(field_words[f]), row, col, Qt.AlignRight)
            grid.addWidget(combo, row, col + 1)
        box = QWidget()
        box.setLayout(grid)
        lay.addWidget(box)

        form = QFormLayout()
        self.date_format = QComboBox()
        for fmt in mp.DATE_FORMATS:
            self.date_format.addItem(self.tr("automatic (YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY)")
                                     if fmt == "auto" else fmt, fmt)
        self.default_role = QComboBox()
        for r in mp.ROLES:
            self.default_role.addItem(labels.role_word(r), r)
        save_row = QHBoxLayout()
        self.save = QCheckBox(self.tr("Save this mapping as"))
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(self.tr("e.g. Magister, our school"))
        self.save_name.setEnabled(False)
        self.save.toggled.connect(self.save_name.setEnabled)
        save_row.addWidget(self.save)
        save_row.addWidget(self.save_name, 1)
        form.addRow(self.tr("Birth date format"), self.date_format)
        form.addRow(self.tr("Role when no column gives it"), self.default_role)
        form.addRow("", save_row)
        lay.addLayout(form)

        self.error = add_error_and_buttons(self, lay, self.try_accept)
        self.form_buttons.button(QDialogButtonBox.Save).setText(self.tr("Import"))
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        guess = mp.detect_preset(table.header)
        if guess is not None:
            self.preset.setCurrentIndex(self.preset.findData(f"preset:{guess}"))
        self._show_used()

    def _show_used(self, *_a) -> None:
        words = self.field_words()
        used: dict[str, str] = {}
        for f, combo in self.combos.items():
            col = combo.currentData()
            if col:
                used[col] = f"{used[col]}, {words[f]}" if col in used else words[f]
        self.preview.model().set_used(used)
        self.preview.resizeColumnsToContents()

    # ---- words -------------------------------------------------------------------------------

    def field_words(self) -> dict[str, str]:
        return {
            "external_id": self.tr("Pupil or staff number"),
            "name": self.tr("Full name"),
            "given_name": self.tr("First name"),
            "family_prefix": self.tr("Surname prefix"),
            "family_name": self.tr("Surname"),
            "role": self.tr("Role"),
            "birth_date": self.tr("Birth date"),
            "group": self.tr("Class or group"),
            "publication_ban": self.tr("Publication ban"),
            "guardian_name": self.tr("Guardian's name"),
            "guardian_email": self.tr("Guardian's e-mail"),
            "guardian_phone": self.tr("Guardian's phone"),
        }

    def read_as_text(self) -> str:
        t = self.table
        if t.delimiter is None:
            how = self.tr("Read as an Excel workbook (.xlsx).") if t.encoding == XLSX else t.encoding
        else:
            sep = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}[t.delimiter]
            how = self.tr("Read as %1 text, separated by %2.").replace("%1", t.encoding).replace("%2", sep)
        return self.tr("%1 — %2 The first rows:").replace("%1", self.path).replace("%2", how)

    # ---- the mapping -------------------------------------------------------------------------

    def _preset_chosen(self, _i: int) -> None:
        data = self.preset.currentData()
        if not data:
            return
        kind, _, key = data.partition(":")
        self.set_mapping(mp.preset(key) if kind == "preset" else self.profiles[key])

    def set_mapping(self, m: mp.Mapping) -> None:
        """Show ``m`` in the pickers (a column the file lacks shows as not in the file)."""
        by_norm = {mp.norm(h): h for h in self.table.header if h}
        for f, combo in self.combos.items():
            col = m.columns.get(f)
            i = combo.findData(by_norm.get(mp.norm(col), col)) if col else 0
            combo.setCurrentIndex(max(0, i))
        self.date_format.setCurrentIndex(max(0, self.date_format.findData(m.date_format or "auto")))
        self.default_role.setCurrentIndex(max(0, self.default_role.findData(m.default_role)))

    def mapping(self) -> mp.Mapping:
        """The mapping as the pickers show it (UserError when it cannot work)."""
        columns = {f: c.currentData() for f, c in self.combos.items() if c.currentData()}
        fmt = self.date_format.currentData()
        m = mp.Mapping(columns, None if fmt == "auto" else fmt, self.default_role.currentData())
        data = self.preset.currentData()
        if data:  # named after the preset or profile only while it is unchanged
            kind, _, key = data.partition(":")
            chosen = mp.preset(key) if kind == "preset" else self.profiles[key]
            if chosen.to_json() == m.to_json():
                m = mp.with_name(m, key)
        return m.check()

    def try_accept(self) -> None:
        try:
            m = self.mapping()
        except UserError as e:
            self.error.setText(str(e))
            return
        save_as = None
        if self.save.isChecked():
            save_as = self.save_name.text().strip()
            if not save_as:
                self.error.setText(self.tr("Enter a name for the saved mapping."))
                return
        lib, path = self.state.lib, self.path

        def saved(summary) -> None:
            self.summary = summary

        self.op = save_in_background(self, self.state, self.error,
                                     lambda: import_people(lib, path, m, save_as=save_as),
                                     lambda _s: Changes.of_assets(None, people=True), saved)
