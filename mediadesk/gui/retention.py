"""Due for deletion (issue 15, item 3): the assets due for deletion or review
on a day, each with why and since when; delete the chosen ones after a
confirmation. The deletion runs off the GUI thread (``AppState.write``, a
``gui/ops.BackgroundOp``) through ``services/retention.py``; the files
outside the library that are still there are shown afterwards, never
deleted. A second tab sets the retention class of each event and the
library's retention settings (writes off the GUI thread too)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediadesk.core.retention import DEFAULT_SITUATION_WEEKS, SITUATION_WEEKS_RANGE
from mediadesk.services import retention as rt
from mediadesk.services.changes import Changes
from mediadesk.services.settings import update_settings


def _pydate(w: QDateEdit) -> date:
    q = w.date()
    return date(q.year(), q.month(), q.day())


class RetentionDialog(QDialog):
    """The assets due for deletion or review on the chosen day."""

    COLUMNS = 5

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.items: list[rt.DueItem] = []
        self.op = None  # the deletion running, if any
        self.setWindowTitle(self.tr("Due for deletion"))
        self.resize(980, 560)
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        due_page = QWidget()
        self.tabs.addTab(due_page, self.tr("Due"))
        lay = QVBoxLayout(due_page)
        hint = QLabel(self.tr(
            "Photos and clips whose retention period has passed (delete) or that need a look (review). "
            "Deleting removes the library's copies, thumbnails, faces and tags; the audit entry and the "
            "publication records stay. Your own files outside the library are never deleted."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        lay.addWidget(hint)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Due on")))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(lambda _d: self.reload())
        top.addWidget(self.day)
        top.addStretch(1)
        self.delete_btn = QPushButton(self.tr("Delete selected…"))
        self.delete_btn.clicked.connect(self.delete_selected)
        top.addWidget(self.delete_btn)
        lay.addLayout(top)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("To do"), self.tr("Since"), self.tr("File"), self.tr("Event"), self.tr("Why")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.ExtendedSelection)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        lay.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        lay.addWidget(self.empty)
        self.classes = ClassesPage(state, self)
        self.tabs.addTab(self.classes, self.tr("Classes and periods"))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.reload()

    def action_word(self, action: str) -> str:
        return self.tr("delete") if action == "delete" else self.tr("review")

    def reload(self) -> None:
        self.items = rt.due_list(self.state.lib, _pydate(self.day))
        self.table.setRowCount(len(self.items))
        for i, it in enumerate(self.items):
            name = it.path.replace("\\", "/").rsplit("/", 1)[-1]
            cells = [self.action_word(it.due.action.value), it.due.since.isoformat(), name, it.event or "",
                     it.due.message]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.UserRole, it.asset)
                if col == 2:
                    cell.setToolTip(it.path)
                self.table.setItem(i, col, cell)
        self.table.resizeRowsToContents()
        self.empty.setText("" if self.items else self.tr("Nothing is due for deletion or review on this day."))
        self.delete_btn.setEnabled(bool(self.items) and self.op is None and _pydate(self.day) <= date.today())

    def selected_ids(self) -> list[str]:
        rows = sorted({ix.row() for ix in self.table.selectionModel().selectedRows()})
        return [self.items[r].asset for r in rows]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        d = self.state.dialogs
        if not ids:
            d.info(self, self.tr("Delete"), self.tr("Choose the photos and clips to delete in the list first."))
            return
        if not d.confirm(self, self.tr("Delete"), self.tr(
                "Delete %n photo(s) or clip(s) from the library? This cannot be undone. "
                "Files outside the library are not deleted.", "", len(ids))):
            return
        lib = self.state.lib
        self.delete_btn.setEnabled(False)
        self.op = self.state.write(self, lambda: rt.delete_assets(lib, ids), lambda res: res.changes,
                                   done=self._deleted, failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        self.state.error(self, exc, self.tr("Not deleted"))
        self.reload()

    def _deleted(self, res: rt.DeletionResult) -> None:
        self.op = None
        self.reload()
        text = self.tr("%n photo(s) or clip(s) deleted from the library.", "", len(res.deleted))
        if res.outside_files:
            text += "\n\n" + self.tr("You still have these originals and copies outside the library; "
                                     "they were not deleted:") + "\n" + "\n".join(res.outside_files)
        self.state.dialogs.info(self, self.tr("Deleted"), text)


def class_word(cls: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "situation": QCoreApplication.translate("Retention", "Situation photos"),
        "portrait": QCoreApplication.translate("Retention", "Portraits"),
        "archive": QCoreApplication.translate("Retention", "Archive"),
    }.get(cls or "", QCoreApplication.translate("Retention", "None (the library's default)"))


class ClassesPage(QWidget):
    """The retention class of each event, and the library's periods."""

    def __init__(self, state, dialog: RetentionDialog) -> None:
        super().__init__(dialog)
        self.state, self.dialog = state, dialog
        self.rows: list = []
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr(
            "Situation photos are deleted some weeks after their first publication (or after they were "
            "taken, when never published). Portraits are reviewed once the consent of someone on them "
            "ends. The archive keeps photos for good, with a reason. A photo follows its event's class."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        lay.addWidget(hint)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Event"), self.tr("Class"), self.tr("Reason"),
                                              self.tr("Photos and clips")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in (1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.cls = QComboBox()
        for c in (None, "situation", "portrait", "archive"):
            self.cls.addItem(class_word(c), c)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (needed for the archive)"))
        self.set_btn = QPushButton(self.tr("Set for the event"))
        self.set_btn.clicked.connect(self.set_class)
        row.addWidget(self.cls)
        row.addWidget(self.reason, 1)
        row.addWidget(self.set_btn)
        lay.addLayout(row)
        box = QGroupBox(self.tr("Periods"))
        form = QFormLayout(box)
        self.weeks = QSpinBox()
        self.weeks.setRange(*SITUATION_WEEKS_RANGE)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.default = QComboBox()
        for c in (None, "situation", "portrait"):
            self.default.addItem(self.tr("No class: kept, never listed") if c is None else class_word(c), c)
        self.save_btn = QPushButton(self.tr("Save the periods"))
        self.save_btn.clicked.connect(self.save_periods)
        form.addRow(self.tr("Situation photos are kept"), self.weeks)
        form.addRow(self.tr("Class of photos whose event has none"), self.default)
        form.addRow("", self.save_btn)
        lay.addWidget(box)
        self.reload()

    def reload(self) -> None:
        self.rows = rt.events(self.state.lib)
        self.table.setRowCount(len(self.rows))
        for i, ev in enumerate(self.rows):
            for col, text in enumerate([ev.name, class_word(ev.retention_class), ev.reason or "", str(ev.assets)]):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.set_btn.setEnabled(bool(self.rows))
        st = rt.retention_settings(self.state.settings)
        self.weeks.setValue(st.situation_weeks or DEFAULT_SITUATION_WEEKS)
        self.default.setCurrentIndex(max(0, self.default.findData(st.default_class)))

    def chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _chosen(self) -> None:
        ev = self.chosen()
        if ev is not None:
            self.cls.setCurrentIndex(max(0, self.cls.findData(ev.retention_class)))
            self.reason.setText(ev.reason or "")

    def set_class(self) -> None:
        ev = self.chosen()
        if ev is None:
            self.state.dialogs.info(self, self.tr("Retention class"), self.tr("Choose an event in the list first."))
            return
        lib, cls, why, name = self.state.lib, self.cls.currentData(), self.reason.text(), ev.name
        self.state.write(self, lambda: rt.set_class(lib, cls or "none", event=name, reason=why),
                         lambda changes: changes, done=lambda _r: self._written())

    def save_periods(self) -> None:
        lib, weeks, default = self.state.lib, self.weeks.value(), self.default.currentData()
        self.state.write(self, lambda: update_settings(lib, retention_situation_weeks=weeks,
                                                       retention_default_class=default),
                         lambda _r: Changes(settings=True), done=lambda _r: self._written())

    def _written(self) -> None:
        self.reload()
        self.dialog.reload()
