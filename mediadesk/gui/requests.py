"""Requests and complaints about people's data, for the DPO (issue 14, item 4):
log one from the person page, list them all (open ones first of interest,
each with its one-month due date) and close one with how it was handled.
Writes go through ``services/data_requests.py``, off the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mediadesk.services import data_requests as dr
from mediadesk.services.changes import Changes

from .forms import add_error_and_buttons


def kind_word(kind: str) -> str:
    return {
        "access": QCoreApplication.translate("Requests", "Access to the data"),
        "erasure": QCoreApplication.translate("Requests", "Erasure"),
        "objection": QCoreApplication.translate("Requests", "Objection"),
        "complaint": QCoreApplication.translate("Requests", "Complaint"),
        "other": QCoreApplication.translate("Requests", "Other"),
    }.get(kind, kind)


def _pydate(w: QDateEdit) -> date:
    q = w.date()
    return date(q.year(), q.month(), q.day())


class LogRequestDialog(QDialog):
    """Log a request or complaint of one person: kind, day received, what was asked."""

    def __init__(self, state, external_id: str, name: str, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.external_id = external_id
        self.values: dict | None = None
        self.setWindowTitle(self.tr("Request or complaint of %1").replace("%1", name))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Logged for the data protection officer. The school answers within one month."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        lay.addWidget(hint)
        form = QFormLayout()
        self.kind = QComboBox()
        for k in dr.KINDS:
            self.kind.addItem(kind_word(k), k)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setMaximumDate(QDate.currentDate())
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was asked, by whom, how it came in"))
        self.note.setFixedHeight(90)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("What was asked"), self.note)
        lay.addLayout(form)
        self.error = add_error_and_buttons(self, lay, self.try_accept)

    def try_accept(self) -> None:
        self.values = {"kind": self.kind.currentData(), "received_on": _pydate(self.received),
                       "note": self.note.toPlainText().strip() or None}
        self.accept()


class RequestsDialog(QDialog):
    """Every request and complaint logged, for the DPO; close the chosen one."""

    COLUMNS = 7

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.rows: list[dict] = []
        self.setWindowTitle(self.tr("Requests and complaints"))
        self.resize(980, 520)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.only_open = QCheckBox(self.tr("Only open ones"))
        self.only_open.setChecked(True)
        self.only_open.toggled.connect(lambda _on: self.reload())
        top.addWidget(self.only_open)
        top.addStretch(1)
        self.close_btn = QPushButton(self.tr("Close request…"))
        self.close_btn.clicked.connect(self.close_selected)
        top.addWidget(self.close_btn)
        lay.addLayout(top)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Received"), self.tr("Answer by"), self.tr("Person"), self.tr("Kind"), self.tr("Status"),
            self.tr("What was asked"), self.tr("Handling")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        header.setSectionResizeMode(6, QHeaderView.Stretch)
        lay.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        lay.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.rows = dr.list_requests(self.state.lib, open_only=self.only_open.isChecked())
        self.table.setRowCount(len(self.rows))
        today = date.today().isoformat()
        for i, r in enumerate(self.rows):
            person = f"{r['name']} ({r['person']})" if r["person"] else self.tr("(erased)")
            status = (self.tr("closed %1").replace("%1", r["handled_on"]) if r["handled_on"]
                      else self.tr("overdue") if r["due_on"] < today else self.tr("open"))
            cells = [r["received_on"], r["due_on"], person, kind_word(r["kind"]), status,
                     r["description"] or "", r["handling"] or ""]
            for col, text in enumerate(cells):
                it = QTableWidgetItem(text)
                it.setData(Qt.UserRole, r["id"])
                self.table.setItem(i, col, it)
        self.table.resizeRowsToContents()
        self.empty.setText("" if self.rows else (self.tr("No open requests.") if self.only_open.isChecked()
                                                 else self.tr("No requests logged.")))
        self.close_btn.setEnabled(bool(self.rows))

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.UserRole) if items else None

    def close_selected(self) -> None:
        rid = self.selected_id()
        if rid is None:
            self.state.dialogs.info(self, self.tr("Close request"), self.tr("Choose a request in the list first."))
            return
        text = self.state.dialogs.get_text(self, self.tr("Close request"), self.tr("How was it handled?"))
        if not text or not text.strip():
            return
        lib = self.state.lib
        self.state.write(self, lambda: dr.close_request(lib, rid, text), lambda _r: Changes(people=True),
                         done=lambda _r: self.reload())
