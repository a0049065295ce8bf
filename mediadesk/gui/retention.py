"""Due for deletion (issue 15, item 3): the assets due for deletion or review
on a day, each with why and since when; delete the chosen ones after a
confirmation. The deletion runs off the GUI thread (``AppState.write``, a
``gui/ops.BackgroundOp``) through ``services/retention.py``; the files
outside the library that are still there are shown afterwards, never
deleted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mediadesk.services import retention as rt


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
        self.resize(980, 520)
        lay = QVBoxLayout(self)
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
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
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
        live = [p for dl in res.deleted for p in dl.live_publications]
        if live:
            text += "\n\n" + self.tr("%n publication(s) not taken down yet: take them down by hand if needed.",
                                  "", len(live))
        self.state.dialogs.info(self, self.tr("Deleted"), text)
