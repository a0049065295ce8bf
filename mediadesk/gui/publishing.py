"""Publishing and privacy duties: the takedown list, the publication log,
the consent overview, the audit log, and export for a channel.

Every view is a thin table over a tested service function
(``services.publishing``, ``services.export``, ``services.reports``,
``services.privacy``); long work (export) runs as a :class:`~mediadesk.gui.jobs.ProgressJob`.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediadesk.services import queries

from . import labels, theme
from .jobs import ProgressJob, ProgressWindow

IdRole = Qt.UserRole + 20


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setSelectionMode(QAbstractItemView.SingleSelection)
    t.setWordWrap(False)
    h = t.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.Interactive)
    h.setStretchLastSection(True)
    return t


def _fill(t: QTableWidget, rows: list[list[str]], ids: list[str] | None = None) -> None:
    t.setRowCount(0)
    t.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if j == 0 and ids is not None:
                item.setData(IdRole, ids[i])
            t.setItem(i, j, item)
    for j in range(t.columnCount() - 1):  # the last column stretches
        t.resizeColumnToContents(j)
        t.setColumnWidth(j, min(t.columnWidth(j), 260))


def _selected_id(t: QTableWidget) -> str | None:
    row = t.currentRow()
    if row < 0 or not t.selectionModel().isRowSelected(row, t.rootIndex()):
        return None
    item = t.item(row, 0)
    return item.data(IdRole) if item else None


def _date_edit(special: str) -> QDateEdit:
    d = QDateEdit()
    d.setCalendarPopup(True)
    d.setMinimumDate(QDate(2000, 1, 1))
    d.setSpecialValueText(special)
    d.setDate(d.minimumDate())
    fm = d.fontMetrics()
    d.setMinimumWidth(max(100, max(fm.horizontalAdvance(special), fm.horizontalAdvance("00-00-0000")) + 56))
    return d


def _pydate(d: QDateEdit) -> date | None:
    if d.date() == d.minimumDate():
        return None
    q = d.date()
    return date(q.year(), q.month(), q.day())


def _iso_date(text: str | None) -> str:
    if not text:
        return "—"
    try:
        return labels.fmt_date(date.fromisoformat(text[:10]))
    except ValueError:
        return text


def _write(path: str, data: bytes) -> None:
    Path(path).write_bytes(data)


# ---- takedown ---------------------------------------------------------------------------------
class TakedownView(QWidget):
    changed = Signal()

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.items = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        self.hint = QLabel(self.tr("Published photos and clips that now show someone without valid consent for that channel. Take them down, then mark them here."))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("muted")
        self.table = _table([self.tr("File"), self.tr("Channel"), self.tr("Published on"), self.tr("Where"),
                             self.tr("Who and why")])
        self.btn_done = QPushButton(theme.icon("check"), self.tr("Mark as taken down"))
        self.btn_done.setObjectName("primary")
        self.btn_done.setToolTip(self.tr("Record that the selected publication has been removed"))
        self.btn_refresh = QPushButton(theme.icon("refresh"), self.tr("Refresh"))
        row = QHBoxLayout()
        row.addWidget(self.btn_done)
        row.addStretch(1)
        row.addWidget(self.btn_refresh)
        lay.addWidget(self.hint)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        self.btn_done.clicked.connect(self.mark_done)
        self.btn_refresh.clicked.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.btn_done.setEnabled(_selected_id(self.table) is not None)

    def reload(self) -> None:
        from mediadesk.services.publishing import takedown_list

        try:
            self.items = takedown_list(self.state.lib)
        except Exception as e:  # noqa: BLE001
            self.items = []
            self.state.error(self, e)
        lang = self.state.lang
        rows = []
        for it in self.items:
            why = "; ".join(r.message(lang) for r in it.reasons)
            rows.append([Path(it.path or "").name, labels.channel_title(it.channel, self.state.settings),
                         labels.fmt_date(it.published_on), it.where or "—", why])
        _fill(self.table, rows, [it.publication for it in self.items])
        self._enable()

    def mark_done(self) -> None:
        from mediadesk.services.publishing import mark_taken_down

        pub = _selected_id(self.table)
        if not pub:
            return
        try:
            mark_taken_down(self.state.lib, pub)
        except Exception as e:  # noqa: BLE001
            self.state.error(self, e)
            return
        self.reload()
        self.changed.emit()


# ---- publication log --------------------------------------------------------------------------
class PublicationsView(QWidget):
    changed = Signal()

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.rows: list[dict] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        top = QHBoxLayout()
        self.channel = QComboBox()
        self.channel.setToolTip(self.tr("Channel"))
        self.show_undone = QCheckBox(self.tr("Show undone records"))
        top.addWidget(QLabel(self.tr("Channel")))
        top.addWidget(self.channel)
        top.addWidget(self.show_undone)
        top.addStretch(1)
        self.table = _table([self.tr("File"), self.tr("Channel"), self.tr("Published on"), self.tr("Where"),
                             self.tr("Recorded by"), self.tr("State"), self.tr("Covered")])
        self.current_asset = lambda: None  # set by the main window: the asset selected in the library
        self.btn_record = QPushButton(theme.icon("add"), self.tr("Record publication…"))
        self.btn_record.setToolTip(self.tr("Record by hand that the photo or clip selected in the library was published on the chosen channel"))
        self.btn_undo = QPushButton(theme.icon("reject"), self.tr("Undo record…"))
        self.btn_undo.setToolTip(self.tr("The record was a mistake: keep it, marked undone, with a reason"))
        row = QHBoxLayout()
        row.addWidget(self.btn_record)
        row.addWidget(self.btn_undo)
        row.addStretch(1)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        self.fill_channels()
        self.channel.currentIndexChanged.connect(self.reload)
        self.show_undone.toggled.connect(self.reload)
        self.btn_undo.clicked.connect(self.undo)
        self.btn_record.clicked.connect(self.record)
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def fill_channels(self) -> None:
        cur = self.channel.currentData()
        self.channel.blockSignals(True)
        self.channel.clear()
        self.channel.addItem(self.tr("Any channel"), None)
        for ch in self.state.channels:
            self.channel.addItem(labels.channel_title(ch, self.state.settings), ch)
        self.channel.setCurrentIndex(max(0, self.channel.findData(cur)))
        self.channel.blockSignals(False)

    def _enable(self) -> None:
        pid = _selected_id(self.table)
        row = next((r for r in self.rows if r["id"] == pid), None)
        self.btn_undo.setEnabled(row is not None and not row["undone"])

    def _state_word(self, r: dict) -> str:
        if r["undone"]:
            return self.tr("Undone: %1").replace("%1", r.get("undo_reason") or "")
        if r["taken_down"]:
            return self.tr("Taken down on %1").replace("%1", _iso_date(r["taken_down"]))
        return self.tr("Published")

    def reload(self) -> None:
        from mediadesk.services.publishing import publications

        try:
            self.rows = publications(self.state.lib, channel=self.channel.currentData(),
                                     include_undone=self.show_undone.isChecked())
        except Exception as e:  # noqa: BLE001
            self.rows = []
            self.state.error(self, e)
        rows = [[Path(r["path"] or "").name, labels.channel_title(r["channel"], self.state.settings),
                 _iso_date(r["published_on"]), r["where"] or r["file"] or "—", r["recorded_by"] or "—",
                 self._state_word(r), covered_names(r.get("covered"))] for r in self.rows]
        _fill(self.table, rows, [r["id"] for r in self.rows])
        self._enable()

    def record(self) -> str | None:
        from mediadesk.services.publishing import record_publication

        asset, channel = self.current_asset(), self.channel.currentData()
        if not asset or not channel:
            self.state.dialogs.info(self, self.tr("Record publication"), self.tr(
                "Select the photo or clip in the library and choose the channel above, then record it."))
            return None
        where = self.state.dialogs.get_text(self, self.tr("Record publication"),
                                            self.tr("Where was it published? (web address or a note)"))
        if where is None:
            return None
        try:
            pid = record_publication(self.state.lib, asset, channel, where=where.strip() or None)
        except Exception as e:  # noqa: BLE001
            self.state.error(self, e)
            return None
        self.reload()
        self.changed.emit()
        return pid

    def undo(self) -> None:
        from mediadesk.services.publishing import undo_publication

        pid = _selected_id(self.table)
        if not pid:
            return
        reason = self.state.dialogs.get_text(self, self.tr("Undo publication record"),
                                             self.tr("Why was this record a mistake?"))
        if not reason or not reason.strip():
            return
        try:
            undo_publication(self.state.lib, pid, reason)
        except Exception as e:  # noqa: BLE001
            self.state.error(self, e)
            return
        self.reload()
        self.changed.emit()


# ---- consent overview -------------------------------------------------------------------------
class OverviewView(QWidget):
    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.report: dict | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        top = QHBoxLayout()
        self.days = QSpinBox()
        self.days.setRange(0, 366)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.days.setToolTip(self.tr("Look ahead this many days for forms that end and pupils who come of age"))
        self.btn_csv = QPushButton(self.tr("Save as CSV…"))
        self.btn_pdf = QPushButton(self.tr("Save as PDF…"))
        top.addWidget(QLabel(self.tr("Look ahead")))
        top.addWidget(self.days)
        top.addStretch(1)
        top.addWidget(self.btn_csv)
        top.addWidget(self.btn_pdf)
        self.table = _table([self.tr("Group"), self.tr("Channel"), self.tr("Valid"), self.tr("Ending soon"),
                             self.tr("No consent")])
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.coming = QLabel()
        self.coming.setWordWrap(True)
        self.coming.setObjectName("muted")
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.coming)
        self.days.valueChanged.connect(self.reload)
        self.btn_csv.clicked.connect(lambda: self.save("csv"))
        self.btn_pdf.clicked.connect(lambda: self.save("pdf"))

    def reload(self) -> None:
        from mediadesk.services.reports import consent_overview

        try:
            self.report = consent_overview(self.state.lib, days=self.days.value())
        except Exception as e:  # noqa: BLE001
            self.report = None
            self.state.error(self, e)
            return
        names = {p["person"]: p["name"] for p in self.report["people"]}

        def cell(ids: list[str]) -> str:
            if not ids:
                return "0"
            return f"{len(ids)}: " + ", ".join(names.get(i, i) for i in ids)

        rows, coming = [], []
        for g in self.report["groups"]:
            gname = g["group"] or self.tr("No group")
            for ch in self.report["channels"]:
                c = g["channels"][ch]
                rows.append([gname, labels.channel_title(ch, self.state.settings),
                             cell(c["valid"]), cell(c["expiring"]), cell(c["none"])])
            for p in g["reaching_age_of_consent"]:
                coming.append(f"{p['name']} ({_iso_date(p['on'])})")
        _fill(self.table, rows)
        self.coming.setText(self.tr("Reach the age of consent soon (ask them themselves from then on): %1").replace(
            "%1", ", ".join(coming)) if coming else self.tr("Nobody reaches the age of consent in this period."))

    def save(self, fmt: str) -> str | None:
        from mediadesk.services.reports import render

        if self.report is None:
            self.reload()
        if self.report is None:
            return None
        filt = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("PDF files (*.pdf)")
        path = self.state.dialogs.save_file(self, self.tr("Save the consent overview"),
                                            f"consent-overview-{self.report['on']}.{fmt}", filt)
        if not path:
            return None
        try:
            _write(path, render("consent", self.report, fmt, lang=self.state.lang))
        except Exception as e:  # noqa: BLE001
            self.state.error(self, e)
            return None
        return path


# ---- audit log --------------------------------------------------------------------------------
class AuditView(QWidget):
    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.entries: list[dict] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        top = QHBoxLayout()
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Person (ID)"))
        self.person.setToolTip(self.tr("External ID of a person, e.g. S1042"))
        self.person.setMaximumWidth(140)
        self.asset = QLineEdit()
        self.asset.setPlaceholderText(self.tr("Asset (ID or file)"))
        self.asset.setToolTip(self.tr("Asset id (its first characters are enough) or the path of its file"))
        self.asset.setMaximumWidth(160)
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("Action"))
        self.action.setToolTip(self.tr("Start of the action name, e.g. consent or publication"))
        self.action.setMaximumWidth(140)
        any_day = self.tr("any day")
        self.since = _date_edit(any_day)
        self.until = _date_edit(any_day)
        self.btn_apply = QPushButton(theme.icon("filter"), self.tr("Apply"))
        self.btn_csv = QPushButton(self.tr("Export CSV…"))
        for w in (self.person, self.asset, self.action):
            w.setClearButtonEnabled(True)
            top.addWidget(w)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.since)
        top.addWidget(QLabel(self.tr("To")))
        top.addWidget(self.until)
        top.addWidget(self.btn_apply)
        top.addStretch(1)
        top.addWidget(self.btn_csv)
        self.table = _table([self.tr("Time"), self.tr("Who"), self.tr("Action"), self.tr("What")])
        self.status = QLabel()
        self.status.setObjectName("muted")
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        self.btn_apply.clicked.connect(self.reload)
        self.person.returnPressed.connect(self.reload)
        self.asset.returnPressed.connect(self.reload)
        self.action.returnPressed.connect(self.reload)
        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        self.btn_csv.clicked.connect(self.export_csv)

    def _query(self) -> list[dict]:
        from mediadesk.services.privacy import audit_entries

        return audit_entries(self.state.lib, person=self.person.text().strip() or None,
                             asset=self.asset.text().strip() or None,
                             action=self.action.text().strip() or None,
                             since=_pydate(self.since), until=_pydate(self.until))

    @staticmethod
    def _what(e: dict) -> str:
        bits = [e["entity"] or ""]
        if e["entity_id"]:
            bits.append(str(e["entity_id"])[:8])
        new = e.get("new")
        if isinstance(new, dict):
            for k in ("name", "external_id", "path", "channel", "where", "reason"):
                if new.get(k):
                    bits.append(f"{k}: {new[k]}")
        return " · ".join(b for b in bits if b)

    def reload(self) -> None:
        try:
            self.entries = self._query()
        except Exception as e:  # noqa: BLE001 - an unknown person id is said in the status line
            self.entries = []
            _fill(self.table, [])
            self.status.setText(str(e))
            return
        rows = []
        for e in self.entries:
            try:
                at = labels.fmt_datetime(datetime.fromisoformat(e["at"]))
            except (TypeError, ValueError):
                at = str(e["at"])
            rows.append([at, e["actor"] or "—", e["action"], self._what(e)])
        _fill(self.table, rows)
        self.status.setText(self.tr("%1 entries").replace("%1", str(len(self.entries))))

    def export_csv(self) -> str | None:
        from mediadesk.services.privacy import audit_csv

        path = self.state.dialogs.save_file(self, self.tr("Export the audit log"), "audit-log.csv",
                                            self.tr("CSV files (*.csv)"))
        if not path:
            return None
        try:
            _write(path, audit_csv(self._query()).encode("utf-8-sig"))
        except Exception as e:  # noqa: BLE001
            self.state.error(self, e)
            return None
        return path


# ---- the page ---------------------------------------------------------------------------------
class PublishingPage(QWidget):
    """Tabs: takedown, publications, consent overview, audit log."""

    takedown_changed = Signal()
    TABS = ("takedown", "publications", "overview", "audit")

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.takedown = TakedownView(state)
        self.publications = PublicationsView(state)
        self.overview = OverviewView(state)
        self.audit = AuditView(state)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.takedown, theme.icon("withdraw"), self.tr("Takedown"))
        self.tabs.addTab(self.publications, theme.icon("event"), self.tr("Publications"))
        self.tabs.addTab(self.overview, theme.icon("shield"), self.tr("Consent overview"))
        self.tabs.addTab(self.audit, theme.icon("checklist"), self.tr("Audit log"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        self.takedown.changed.connect(self._pubs_changed)
        self.publications.changed.connect(self._pubs_changed)
        self.tabs.currentChanged.connect(lambda _i: self.reload_current())
        self._dirty = set(self.TABS)

    def _pubs_changed(self) -> None:
        self.invalidate()
        self.takedown_changed.emit()

    def invalidate(self) -> None:
        """Facts changed: reload the visible tab now, the others when shown."""
        self._dirty = set(self.TABS)
        if self.isVisible():
            self.reload_current()

    def view(self, name: str) -> QWidget:
        return self.tabs.widget(self.TABS.index(name))

    def show_tab(self, name: str) -> None:
        i = self.TABS.index(name)
        self._dirty.add(name)
        if self.tabs.currentIndex() == i:
            self.reload_current()
        else:
            self.tabs.setCurrentIndex(i)

    def reload_current(self) -> None:
        name = self.TABS[self.tabs.currentIndex()]
        if name in self._dirty:
            self._dirty.discard(name)
            if name == "publications":
                self.publications.fill_channels()
            self.view(name).reload()


def covered_names(covered: list[dict] | None) -> str:
    """Who a covered publication or export covered, by name ("—": nobody)."""
    if not covered:
        return "—"
    names = list(dict.fromkeys(c.get("name") or c.get("person")
                               or QCoreApplication.translate("Publishing", "unidentified face")
                               for c in covered))
    return ", ".join(names)


# ---- export -----------------------------------------------------------------------------------
class ExportDialog(QDialog):
    """Channel, scope (selection / event / everything), date, redaction, folder."""

    def __init__(self, state, selection: list[str], parent=None, *, channel: str | None = None,
                 cover: bool = False) -> None:
        super().__init__(parent)
        self.state = state
        self.selection = list(selection)
        self.setWindowTitle(self.tr("Export for a channel"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.channel = QComboBox()
        for ch in state.channels:
            self.channel.addItem(labels.channel_title(ch, state.settings), ch)
        self.scope_selection = QRadioButton(self.tr("The selected photos and clips (%1)").replace("%1", str(len(self.selection))))
        self.scope_event = QRadioButton(self.tr("An event"))
        self.scope_all = QRadioButton(self.tr("Everything in the library"))
        self.scope = QButtonGroup(self)
        for i, b in enumerate((self.scope_selection, self.scope_event, self.scope_all)):
            self.scope.addButton(b, i)
        self.event = QComboBox()
        for ev in queries.with_lib(state.lib, queries.events_with_counts):
            self.event.addItem(f"{ev.name} ({ev.count})", ev.id)
        self.scope_selection.setEnabled(bool(self.selection))
        self.scope_event.setEnabled(self.event.count() > 0)
        (self.scope_selection if self.selection else self.scope_all).setChecked(True)
        self.event.setEnabled(False)
        self.scope_event.toggled.connect(self.event.setEnabled)
        event_row = QHBoxLayout()
        event_row.addWidget(self.scope_event)
        event_row.addWidget(self.event, 1)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.scope_selection)
        scope_box.addLayout(event_row)
        scope_box.addWidget(self.scope_all)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setToolTip(self.tr("Only what is cleared for the channel on this day is written"))
        self.redact = QCheckBox(self.tr("Cover faces marked not identifiable"))
        self.redact.setToolTip(self.tr("A solid fill, which cannot be undone (unlike a blur)"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Choose a folder"))
        pick = QPushButton(theme.icon("folder"), self.tr("Choose…"))
        pick.clicked.connect(self._pick)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(pick)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("What"), scope_box)
        form.addRow(self.tr("Date"), self.on)
        self.cover = QCheckBox(self.tr("Publish with the faces of people without consent covered"))
        self.cover.setToolTip(self.tr("A photo or clip blocked only by people on it is written with their faces filled solid (in every frame of a clip); the publication records who was covered"))
        self.cover_unresolved = QCheckBox(self.tr("Also cover faces nobody has identified"))
        self.cover_unresolved.setEnabled(False)
        self.cover.toggled.connect(self.cover_unresolved.setEnabled)
        form.addRow("", self.redact)
        form.addRow("", self.cover)
        form.addRow("", self.cover_unresolved)
        form.addRow(self.tr("Save in"), folder_row)
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        lay.addLayout(form)
        from .cover import CoverPanel

        self.cover_panel = CoverPanel(state, self)
        self.cover_panel.setVisible(False)
        lay.addWidget(self.cover_panel)
        lay.addWidget(self.message)
        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        bb.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        bb.accepted.connect(self.try_accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        if channel is not None and self.channel.findData(channel) >= 0:
            self.channel.setCurrentIndex(self.channel.findData(channel))
        self.cover.setChecked(cover)
        for sig in (self.channel.currentIndexChanged, self.cover.toggled, self.cover_unresolved.toggled,
                    self.scope_selection.toggled, self.on.dateChanged):
            sig.connect(self._update_cover)
        self._update_cover()

    def _update_cover(self, *_args) -> None:
        """One selected photo and covering asked for: who would be covered
        on the chosen channel and date, with the covered preview."""
        offer = None
        if self.cover.isChecked() and self.scope_selection.isChecked() and len(self.selection) == 1 \
                and self.channel.currentData():
            from mediadesk.services.export import cover_offers

            q = self.on.date()
            got = cover_offers(self.state.lib, self.selection[0], [self.channel.currentData()],
                               on=date(q.year(), q.month(), q.day()),
                               unresolved=self.cover_unresolved.isChecked(), lang=self.state.lang)
            offer = got[0] if got else None
        self.cover_panel.show_offer(offer)

    def _pick(self) -> None:
        d = self.state.dialogs.open_folder(self, self.tr("Export to which folder?"))
        if d:
            self.folder.setText(d)

    def asset_ids(self) -> list[str] | None:
        if self.scope_selection.isChecked():
            return list(self.selection)
        if self.scope_event.isChecked():
            from mediadesk.services.queries import AssetFilter

            return queries.with_lib(self.state.lib, queries.filtered_asset_ids,
                                    AssetFilter(event_id=self.event.currentData()))
        return None

    def values(self) -> dict:
        q = self.on.date()
        return {"channel": self.channel.currentData(), "to_dir": self.folder.text().strip(),
                "on": date(q.year(), q.month(), q.day()), "asset_ids": self.asset_ids(),
                "redact_dismissed": self.redact.isChecked(), "cover": self.cover.isChecked(),
                "cover_unresolved": self.cover.isChecked() and self.cover_unresolved.isChecked()}

    def try_accept(self) -> None:
        if not self.channel.currentData():
            self.message.setText(self.tr("Choose a channel."))
            return
        if not self.folder.text().strip():
            self.message.setText(self.tr("Choose the folder to export to."))
            return
        self.accept()


class ExportReportDialog(QDialog):
    def __init__(self, report, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Export report"))
        self.resize(680, 420)
        lay = QVBoxLayout(self)
        text = self.tr("Written: %1 · Not written: %2").replace("%1", str(len(report.exported))).replace(
            "%2", str(len(report.skipped)))
        if report.cancelled:
            text += " " + self.tr("The export was cancelled.")
        head = QLabel(text)
        head.setObjectName("h2")
        head.setWordWrap(True)
        lay.addWidget(head)
        self.tabs = QTabWidget()
        self.exported_table = _table([self.tr("File"), self.tr("Written as"), self.tr("Covered")])
        _fill(self.exported_table, [[Path(e.path).name, Path(e.file).name,
                                     covered_names([{"name": c["name"], "person": c["external_id"]}
                                                          for c in e.covered] if e.covered is not None else None)]
                                    for e in report.exported])
        self.skipped_table = _table([self.tr("File"), self.tr("Why not")])
        _fill(self.skipped_table, [[Path(s.path or "").name, "; ".join(r.message(lang) for r in s.reasons)]
                                   for s in report.skipped])
        self.tabs.addTab(self.exported_table, self.tr("Written"))
        self.tabs.addTab(self.skipped_table, self.tr("Not written"))
        if report.skipped and not report.exported:
            self.tabs.setCurrentIndex(1)
        lay.addWidget(self.tabs, 1)
        folder = QLabel(self.tr("Folder: %1").replace("%1", report.to_dir))
        folder.setObjectName("muted")
        folder.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(folder)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)


class ExportController(ProgressJob):
    """Runs ``export_channel`` off the GUI thread with progress and cancel."""

    def __init__(self, state, parent_widget, values: dict) -> None:
        super().__init__(state, parent_widget)
        self.dialog = ProgressWindow(
            self.tr("Exporting"), self.tr("Writing the cleared photos and clips…"),
            self.tr("Stop after the current file; nothing half-written is left"), parent_widget,
        )
        self.failure_title = self.tr("Export failed")
        self.values = dict(values)
        self._lib = state.lib

    def work(self, token, progress):
        from mediadesk.services.export import export_channel

        v = dict(self.values)
        channel, to_dir = v.pop("channel"), v.pop("to_dir")
        return export_channel(self._lib, channel, to_dir, progress=progress, cancel=token, **v)

    def report_dialog(self, report):
        return ExportReportDialog(report, self.state.lang, self.parent_widget)
