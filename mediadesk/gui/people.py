"""People and consent: a searchable people list and a person page with the
consent timeline, adding a form, withdrawing, the publication ban, enrolment
of reference faces and every asset the person is on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediadesk.core.dates import EARLIEST_BIRTH_DATE
from mediadesk.services import queries
from mediadesk.services.changes import Changes

from . import labels, theme
from .forms import add_error_and_buttons, save_in_background
from .detail import badge_label, clear_layout, section
from .grid import AssetGrid, AssetGridModel
from .quickcheck import DropZone
from mediadesk.services.consent import add_consent, revoke
from mediadesk.services.people import add_person, set_publication_ban

STATE_COLOURS = {
    "valid": "#15803d", "expired": "#b45309", "withdrawn": "#b91c1c", "none": "#b91c1c", "ban": "#7c2d12",
}
STATE_VERDICT = {"valid": "cleared", "expired": "needs_review", "withdrawn": "blocked", "none": "blocked",
                 "ban": "blocked"}


class PeopleModel(QAbstractTableModel):
    COLS = ("name", "group", "role", "consent", "assets")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[queries.PersonRow] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.COLS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Name"), self.tr("Group"), self.tr("Role"), self.tr("Consent"), self.tr("Assets"))[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = self.COLS[index.column()]
        if role == Qt.UserRole:
            return r
        if role in (Qt.DisplayRole, Qt.EditRole):
            if col == "name":
                return r.name
            if col == "group":
                return r.group or ""
            if col == "role":
                return labels.role_word(r.role)
            if col == "consent":
                return labels.consent_state_word(r.consent_state)
            if col == "assets":
                return r.assets if role == Qt.EditRole else str(r.assets)
        if role == Qt.DecorationRole and col == "consent":
            return theme.badge_icon(STATE_VERDICT[r.consent_state])
        if role == Qt.ForegroundRole and col == "consent":
            return QColor(STATE_COLOURS[r.consent_state])
        if role == Qt.ToolTipRole:
            chans = ", ".join(r.channels) if r.channels else ""
            return f"{r.name} ({r.external_id})" + (f"\n{chans}" if chans else "")
        return None


class PeopleFilter(QSortFilterProxyModel):
    """Search over name, id and group; filter by consent state and group."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.state = None
        self.group = None
        self.setSortCaseSensitivity(Qt.CaseInsensitive)
        self.setSortRole(Qt.EditRole)

    def set(self, text=None, state=..., group=...) -> None:
        if text is not None:
            self.text = text.strip().lower()
        if state is not ...:
            self.state = state
        if group is not ...:
            self.group = group
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self.endFilterChange()
        else:  # pragma: no cover
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent) -> bool:
        r: queries.PersonRow = self.sourceModel().rows[row]
        if self.state and r.consent_state != self.state:
            return False
        if self.group and r.group != self.group:
            return False
        if self.text and self.text not in f"{r.name} {r.external_id} {r.group or ''}".lower():
            return False
        return True


class PeoplePage(QWidget):
    open_asset = Signal(str)

    def __init__(self, state, thumbs, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.thumbs = thumbs
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(16, 16, 8, 16)
        title = QLabel(self.tr("People"))
        title.setObjectName("h1")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, group or id…"))
        self.search.addAction(theme.icon("search"), QLineEdit.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.state_box = QComboBox()
        self.group_box = QComboBox()
        frow = QHBoxLayout()
        frow.addWidget(self.state_box, 1)
        frow.addWidget(self.group_box, 1)
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.Stretch)
        hh.setMinimumSectionSize(48)
        for c in (1, 2, 3, 4):
            hh.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        self.btn_new = QPushButton(theme.icon("add"), self.tr("Add person…"))
        self.btn_new.setToolTip(self.tr("Add a person by hand, e.g. a visiting pupil"))
        self.btn_new.clicked.connect(self.add_person)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.btn_new)
        ll.addLayout(head)
        ll.addWidget(self.search)
        ll.addLayout(frow)
        ll.addWidget(self.table, 1)
        self.person = PersonPage(state, thumbs)
        self.person.open_asset.connect(self.open_asset.emit)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(self.person)
        split.setSizes([560, 640])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self.search.textChanged.connect(lambda t: self.proxy.set(text=t))
        self.state_box.currentIndexChanged.connect(lambda _i: self.proxy.set(state=self.state_box.currentData()))
        self.group_box.currentIndexChanged.connect(lambda _i: self.proxy.set(group=self.group_box.currentData()))
        self.table.selectionModel().currentRowChanged.connect(self._current)
        state.applied.connect(lambda ch: ch.people and self.reload())
        self.reload()

    def reload(self) -> None:
        cur = self.person.external_id
        self.model.set_rows(queries.with_lib(self.state.lib, queries.people_overview))
        st, gr = self.state_box.currentData(), self.group_box.currentData()
        self.state_box.blockSignals(True)
        self.group_box.blockSignals(True)
        self.state_box.clear()
        self.state_box.addItem(self.tr("Any consent state"), None)
        for s in queries.CONSENT_STATES:
            self.state_box.addItem(theme.badge_icon(STATE_VERDICT[s]), labels.consent_state_word(s), s)
        self.group_box.clear()
        self.group_box.addItem(self.tr("Every group"), None)
        for g in queries.with_lib(self.state.lib, queries.groups):
            self.group_box.addItem(g, g)
        self.state_box.setCurrentIndex(max(0, self.state_box.findData(st)))
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(gr)))
        self.state_box.blockSignals(False)
        self.group_box.blockSignals(False)
        if cur:
            self.open_person(cur)
        elif self.proxy.rowCount():
            self.table.selectRow(0)

    def _current(self, cur, _prev) -> None:
        if cur.isValid():
            r = self.proxy.data(self.proxy.index(cur.row(), 0), Qt.UserRole)
            if r and r.external_id != self.person.external_id:
                self.person.show_person(r.external_id)

    def add_person(self) -> str | None:
        """Ask for a new person; on success show their page (to add a form)."""
        dlg = AddPersonDialog(self.state, self)
        if not self.state.dialogs.exec_dialog(dlg) or not dlg.person_id:
            return None
        self.open_person(dlg.person_id)
        return dlg.person_id

    def open_person(self, external_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            r = self.proxy.data(self.proxy.index(row, 0), Qt.UserRole)
            if r.external_id == external_id:
                self.table.selectRow(row)
                break
        self.person.show_person(external_id)


class TimelineEntry(QFrame):
    """One signed form as a card on the timeline."""

    def __init__(self, e: queries.ConsentEntry, settings: dict, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        today = date.today()
        status = e.status(today)
        colour = {"active": "#15803d", "withdrawn": "#b91c1c", "expired": "#b45309", "future": "#2563eb",
                  "superseded": "#64748b"}[status]
        self.setStyleSheet(f"QFrame#card {{ border-left: 4px solid {colour}; }}")
        lay = QGridLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setHorizontalSpacing(14)
        lay.setVerticalSpacing(3)
        head = QLabel(self.tr("Form signed %1").replace("%1", labels.fmt_date(e.signed_on)))
        head.setStyleSheet("font-weight: 600;")
        st = QLabel(labels.record_status_word(status))
        st.setStyleSheet(f"color: {colour}; font-weight: 600;")
        lay.addWidget(head, 0, 0, 1, 2)
        lay.addWidget(st, 0, 2, Qt.AlignRight)
        who = labels.granted_by_word(e.granted_by)
        if e.guardian_name:
            who += f": {e.guardian_name}"
        rows = [
            (self.tr("Signed by"), who),
            (self.tr("Channels"), ", ".join(labels.channel_title(c, settings) for c in e.channels)),
            (self.tr("Media"), ", ".join(labels.kind_word(m) for m in e.media)),
            (self.tr("Valid"), f"{labels.fmt_date(e.valid_from)} – {labels.fmt_date(e.valid_until)}"),
            (self.tr("Face matching"), self.tr("Yes") if e.biometric else self.tr("No")),
            (self.tr("Form"), labels.source_word(e.source) + (f" · {e.text_version}" if e.text_version else "")),
        ]
        if e.evidence_path:
            kind = Path(e.evidence_path).suffix.lstrip(".").upper() or "?"
            rows.append((self.tr("Evidence"), f'<a href="file:{e.evidence_path}">' + self.tr("Open the signed form (%1)").replace("%1", kind) + "</a>"))
        if e.revoked_on:
            why = e.revoke_reason or self.tr("no reason given")
            rows.append((self.tr("Withdrawn"), self.tr("%1 by %2: %3").replace("%1", labels.fmt_date(e.revoked_on))
                         .replace("%2", e.revoked_by or "?").replace("%3", why)))
        rows.append((self.tr("Recorded"), f"{labels.fmt_datetime(e.recorded_at)} · {e.recorded_by}"))
        for i, (k, v) in enumerate(rows, start=1):
            kl = QLabel(k)
            kl.setObjectName("muted")
            vl = QLabel(v)
            vl.setWordWrap(True)
            vl.setOpenExternalLinks(True)
            lay.addWidget(kl, i, 0, Qt.AlignTop)
            lay.addWidget(vl, i, 1, 1, 2)
        lay.setColumnStretch(1, 1)


class PersonPage(QWidget):
    open_asset = Signal(str)

    def __init__(self, state, thumbs, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.thumbs = thumbs
        self.external_id: str | None = None
        self.row: queries.PersonRow | None = None
        self.last_withdrawal = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.lay = QVBoxLayout(body)
        self.lay.setContentsMargins(16, 16, 16, 16)
        self.lay.setSpacing(10)
        self.name = QLabel()
        self.name.setObjectName("h1")
        self.sub = QLabel()
        self.sub.setObjectName("muted")
        self.guardian = QLabel()  # the guardian's contact from the admin system
        self.guardian.setObjectName("muted")
        self.guardian.setWordWrap(True)
        self.guardian.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.state_line = QHBoxLayout()
        buttons = QHBoxLayout()
        self.btn_add = QPushButton(theme.icon("add"), self.tr("Add consent form…"))
        self.btn_add.setObjectName("primary")
        self.btn_withdraw = QPushButton(theme.icon("withdraw"), self.tr("Withdraw consent…"))
        self.btn_withdraw.setObjectName("danger")
        self.btn_withdraw.setToolTip(self.tr("Withdraw every form of this person at once"))
        self.ban = QCheckBox(self.tr("Publication ban"))
        self.ban.setToolTip(self.tr("Never publish this person, whatever any form says (protected identity, custody order)"))
        self.btn_enroll = QPushButton(theme.icon("enroll"), self.tr("Enrol reference faces…"))
        self.btn_report = QPushButton(theme.icon("person"), self.tr("Report for parent (PDF)…"))
        self.btn_report.setToolTip(self.tr("Everything stored about this person: forms, photos and clips, publications"))
        self.btn_request = QPushButton(theme.icon("add"), self.tr("Log a request or complaint…"))
        self.btn_request.setToolTip(self.tr("For the data protection officer: access, erasure, objection, complaint"))
        self.btn_erase = QPushButton(theme.icon("close"), self.tr("Erase personal data…"))
        self.btn_erase.setToolTip(self.tr("Right to be forgotten: remove this person's name, tags and face data"))
        # two rows, so the page fits a laptop screen in every language
        for b in (self.btn_add, self.btn_withdraw):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.ban)
        more = QHBoxLayout()
        for b in (self.btn_enroll, self.btn_report, self.btn_erase):
            more.addWidget(b)
        more.addStretch(1)
        dpo_row = QHBoxLayout()  # a row of its own: the others are full in Danish and Dutch
        dpo_row.addWidget(self.btn_request)
        dpo_row.addStretch(1)
        self.enroll_hint = QLabel()
        self.enroll_hint.setObjectName("muted")
        self.enroll_hint.setWordWrap(True)
        self.timeline = QVBoxLayout()
        self.timeline.setSpacing(8)
        self.objections_title = section(self.tr("Objections"))
        self.objections = QVBoxLayout()  # the objections in force, each with its Withdraw button
        self.objections.setSpacing(6)
        self.objection_rows: dict[str, QLabel] = {}
        self.objection_buttons: dict[str, QPushButton] = {}
        self.btn_object = QPushButton(theme.icon("block"), self.tr("Record an objection…"))
        self.btn_object.setToolTip(self.tr("The person objects to being published: blocks them on every legal basis"))
        self.btn_object.clicked.connect(self.record_objection)
        object_row = QHBoxLayout()
        object_row.addWidget(self.btn_object)
        object_row.addStretch(1)
        self.objection_dialog = None
        self.assets_model = AssetGridModel(state.lib, thumbs, self)
        self.assets = AssetGrid(self.assets_model)
        self.assets.setMinimumHeight(220)
        self.assets.activated_asset.connect(self.open_asset.emit)
        self.assets_title = section(self.tr("Photos and clips"))
        self.empty = QLabel(self.tr("Choose a person on the left."))
        self.empty.setObjectName("muted")
        for w in (self.name, self.sub, self.guardian):
            self.lay.addWidget(w)
        self.lay.addLayout(self.state_line)
        self.lay.addLayout(buttons)
        self.lay.addLayout(more)
        self.lay.addLayout(dpo_row)
        self.lay.addWidget(self.enroll_hint)
        self.lay.addWidget(section(self.tr("Consent history")))
        self.lay.addLayout(self.timeline)
        self.lay.addWidget(self.objections_title)
        self.lay.addLayout(self.objections)
        self.lay.addLayout(object_row)
        self.lay.addWidget(self.assets_title)
        self.lay.addWidget(self.assets, 1)
        self.lay.addWidget(self.empty)
        self.btn_add.clicked.connect(self.add_form)
        self.btn_withdraw.clicked.connect(self.withdraw)
        self.btn_enroll.clicked.connect(self.enroll)
        self.btn_report.clicked.connect(self.save_report)
        self.btn_erase.clicked.connect(self.erase)
        self.btn_request.clicked.connect(self.log_request)
        self.ban.clicked.connect(self.toggle_ban)
        state.applied.connect(lambda ch: ch.assets and self.assets_model.refresh(None))
        self.show_person(None)

    def show_person(self, external_id: str | None) -> None:
        self.external_id = external_id
        clear_layout(self.timeline)
        clear_layout(self.state_line)
        clear_layout(self.objections)
        self.objection_rows, self.objection_buttons = {}, {}
        row = None
        if external_id:
            rows = [r for r in queries.with_lib(self.state.lib, queries.people_overview) if r.external_id == external_id]
            row = rows[0] if rows else None
        self.row = row
        visible = row is not None
        self.guardian.setVisible(False)
        for w in (self.name, self.sub, self.btn_add, self.btn_withdraw, self.ban, self.btn_enroll, self.btn_report,
                  self.btn_erase, self.btn_request, self.objections_title, self.btn_object,
                  self.assets, self.assets_title, self.enroll_hint):
            w.setVisible(visible)
        self.empty.setVisible(not visible)
        if not visible:
            return
        self.name.setText(row.name)
        bits = [labels.role_word(row.role), row.external_id]
        if row.group:
            bits.append(row.group)
        if row.birth_date:
            bits.append(self.tr("born %1").replace("%1", labels.fmt_date(row.birth_date)))
        self.sub.setText(" · ".join(bits))
        contact = [v for v in row.guardian if v]
        self.guardian.setText(self.tr("Guardian: %1").replace("%1", " · ".join(contact)) if contact else "")
        self.guardian.setVisible(bool(contact))
        self.state_line.addWidget(badge_label(STATE_VERDICT[row.consent_state], 18))
        st = QLabel(labels.consent_state_word(row.consent_state))
        st.setStyleSheet(f"color: {STATE_COLOURS[row.consent_state]}; font-weight: 600;")
        self.state_line.addWidget(st)
        if row.channels:
            ch = QLabel(self.tr("for %1").replace("%1", ", ".join(labels.channel_title(c, self.state.settings) for c in row.channels)))
            ch.setObjectName("muted")
            ch.setWordWrap(True)
            self.state_line.addWidget(ch, 1)
        self.state_line.addStretch(0)
        self.ban.setChecked(row.publication_ban)
        entries = queries.with_lib(self.state.lib, queries.consent_timeline, row.id)
        self.btn_withdraw.setEnabled(any(e.revoked_on is None for e in entries))
        if not entries:
            lab = QLabel(self.tr("No consent form recorded. Until one is, this person blocks every asset they are on."))
            lab.setWordWrap(True)
            lab.setObjectName("muted")
            self.timeline.addWidget(lab)
        for e in entries:
            self.timeline.addWidget(TimelineEntry(e, self.state.settings))
        self._show_objections(row.external_id)
        match = self.state.settings.get("face_mode") == "match"
        self.btn_enroll.setVisible(match and row.biometric)
        if not match:
            self.enroll_hint.setText(self.tr("Reference faces can only be enrolled when face matching is switched on in the settings."))
        elif not row.biometric:
            self.enroll_hint.setText(self.tr("Reference faces need a consent form in force that allows face matching."))
        self.enroll_hint.setVisible(not (match and row.biometric))
        ids = queries.with_lib(self.state.lib, queries.person_asset_ids, row.id)
        self.assets_model.reload_settings()
        self.assets_model.set_ids(ids)
        self.assets_title.setText(self.tr("Photos and clips (%1)").replace("%1", str(len(ids))).upper())

    def _show_objections(self, external_id: str) -> None:
        """The objections in force: from when, to which channels, why."""
        from mediadesk.services.legal_basis import objections

        rows = [o for o in objections(self.state.lib, external_id) if o.withdrawn_on is None]
        if not rows:
            lab = QLabel(self.tr("No objection in force."))
            lab.setObjectName("muted")
            self.objections.addWidget(lab)
        for o in rows:
            chans = (", ".join(labels.channel_title(c, self.state.settings) for c in o.channels.split("|"))
                     if o.channels else self.tr("every channel"))
            text = self.tr("From %1, %2").replace("%1", labels.fmt_date(o.from_date)).replace("%2", chans)
            if o.reason:
                text += ": " + o.reason
            text += " " + self.tr("(recorded by %1)").replace("%1", o.recorded_by)
            line = QHBoxLayout()
            lab = QLabel(text)
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
            btn = QPushButton(theme.icon("withdraw"), self.tr("Withdraw objection"))
            btn.setToolTip(self.tr("The person no longer objects: from today the usual rules apply again"))
            btn.clicked.connect(lambda _c=False, oid=o.id.hex: self.withdraw_objection(oid))
            line.addWidget(lab, 1)
            line.addWidget(btn)
            self.objections.addLayout(line)
            self.objection_rows[o.id.hex] = lab
            self.objection_buttons[o.id.hex] = btn

    # ---- actions ------------------------------------------------------------------------
    def record_objection(self) -> None:
        from .basis import ObjectionDialog

        if not self.row:
            return
        # the dialog stores off the GUI thread; the page shows it through the change hook
        self.objection_dialog = ObjectionDialog(self.state, self.row.external_id, self.row.name, self)
        self.state.dialogs.exec_dialog(self.objection_dialog)

    def withdraw_objection(self, objection_id: str) -> None:
        from .basis import withdraw_objection

        if not self.row or not self.state.dialogs.confirm(
                self, self.tr("Withdraw objection"),
                self.tr("Does %1 no longer object to being published? From today the usual rules apply to them again.")
                .replace("%1", self.row.name)):
            return
        withdraw_objection(self.state, self, self.row.external_id, objection_id)

    def add_form(self) -> None:
        if not self.row:
            return
        dlg = ConsentFormDialog(self.state, self.row, self)
        if not (self.state.dialogs.exec_dialog(dlg) and dlg.values):
            dlg.discard_signature()
            return
        lib, ext, values = self.state.lib, self.row.external_id, dlg.values

        def stored(_result) -> None:
            dlg.discard_signature()  # the library keeps its own copy of the evidence

        def refused(e: BaseException) -> None:
            dlg.discard_signature()
            self.state.error(self, e)

        self._write(lambda: add_consent(lib, ext, **values), lambda _r: None, done=stored, failed=refused)

    def withdraw(self) -> None:
        if not self.row:
            return
        dlg = WithdrawDialog(self.row, self)
        if not self.state.dialogs.exec_dialog(dlg):
            return
        lib, row, on, reason = self.state.lib, self.row, dlg.on(), dlg.reason() or None

        def show(result) -> None:
            self.last_withdrawal = WithdrawalResultDialog(self.state, row, result, self)
            self.state.dialogs.exec_dialog(self.last_withdrawal)

        self._write(lambda: revoke(lib, row.external_id, on=on, reason=reason),
                    lambda result: [e.asset for e, _p in result.affected], done=show)

    def toggle_ban(self, checked: bool) -> None:
        """Set the publication ban at once; lifting it asks for a reason."""
        if not self.row:
            return
        reason = None
        if not checked:
            reason = self.state.dialogs.get_text(
                self, self.tr("Lift publication ban"),
                self.tr("Why may %1 be published again? (recorded in the audit log)").replace("%1", self.row.name))
            if not reason or not reason.strip():
                self.ban.setChecked(True)
                return
        lib, ext = self.state.lib, self.row.external_id

        def refused(e: BaseException) -> None:
            self.ban.setChecked(not checked)
            self.state.error(self, e)

        self._write(lambda: set_publication_ban(lib, ext, checked, reason),
                    lambda result: [e.asset for e, _p in result.affected], failed=refused)

    def enroll(self) -> None:
        from . import facesvc

        files = self.state.dialogs.open_files(self, self.tr("Choose photos of %1's face").replace("%1", self.row.name),
                                              self.tr("Photos (*.jpg *.jpeg *.png *.heic)"))
        if not files:
            return
        lib, ext = self.state.lib, self.row.external_id
        self.state.write(
            self, lambda: facesvc.enroll(lib, ext, files), lambda _n: Changes(people=True),
            done=lambda _n: self.state.dialogs.info(self, self.tr("Reference faces"),
                                                    self.tr("%n reference photo(s) enrolled.", "", len(files))))

    def save_report(self) -> str | None:
        """The right-of-access report as a PDF a parent can read."""
        from pathlib import Path

        from mediadesk.services.reports import person_report, render

        if not self.row:
            return None
        path = self.state.dialogs.save_file(self, self.tr("Save the report for %1").replace("%1", self.row.name),
                                            f"{self.row.external_id}-report.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        try:
            lib = self.state.lib
            data = render("person", person_report(lib, self.row.external_id), "pdf",
                          cache_dir=lib.cache_dir, lang=self.state.lang)
            Path(path).write_bytes(data)
        except Exception as e:  # noqa: BLE001
            self.state.error(self, e)
            return None
        return path

    def log_request(self) -> None:
        """Log a request or complaint of this person for the DPO (issue 14)."""
        from mediadesk.services.data_requests import add_request

        from .requests import LogRequestDialog

        if not self.row:
            return
        dlg = LogRequestDialog(self.state, self.row.external_id, self.row.name, self)
        if not (self.state.dialogs.exec_dialog(dlg) and dlg.values):
            return
        lib, ext, v = self.state.lib, self.row.external_id, dlg.values
        self._write(lambda: add_request(lib, ext, v["kind"], v["received_on"], v["note"]), lambda _r: [])

    def erase(self) -> None:
        """Right to be forgotten, after an explicit confirmation."""
        if not self.row:
            return
        from mediadesk.services.privacy import erase_person

        row = self.row
        if not self.state.dialogs.confirm(
                self, self.tr("Erase personal data"),
                self.tr("Erase %1 (%2)? Their name, tags, face data and suggestions are removed for good. "
                        "Every photo and clip they are on must be reviewed again. Their consent forms are "
                        "kept for the dispute period only. This cannot be undone.")
                .replace("%1", row.name).replace("%2", row.external_id)):
            return
        lib = self.state.lib

        def erased(result) -> None:
            self.show_person(None)
            self.state.dialogs.info(
                self, self.tr("Personal data erased"),
                self.tr("%n photo(s) or clip(s) must be reviewed again.", "", len(result.assets)))

        self.state.write(self, lambda: erase_person(lib, row.external_id),
                         lambda result: Changes.of_assets(result.assets, people=True), done=erased)

    def _write(self, fn, asset_ids_of, *, done=None, failed=None) -> None:
        """A change to this person, off the GUI thread; then the page shows
        it (``asset_ids_of(result)``: the assets whose verdicts may differ)."""
        ext = self.external_id

        def shown(result) -> None:
            if self.external_id == ext:
                self.show_person(ext)
            if done is not None:
                done(result)

        self.state.write(self, fn, lambda r: Changes.of_assets(asset_ids_of(r), people=True),
                         done=shown, failed=failed)


class AddPersonDialog(QDialog):
    """A person added by hand: a visiting pupil at a fair, a new colleague
    before the next export from the admin system. Saved through
    ``Library.add_person``; its errors (a taken id) are shown in the dialog."""

    def __init__(self, state, parent=None, *, name: str = "", role: str = "student") -> None:
        super().__init__(parent)
        self.state = state
        self.person_id: str | None = None  # the external id, once saved
        self.setWindowTitle(self.tr("Add a person"))
        self.setMinimumWidth(560)  # the Danish guardian labels and the ban line fit side by side
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Until a consent form is recorded for them, a new person blocks every photo and "
                              "clip they are on."))
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        lay.addWidget(hint)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.external_id = QLineEdit()
        self.external_id.setPlaceholderText(self.tr("Id in the school's admin system, or any unique id"))
        self.role = QComboBox()
        for r in ("student", "staff", "guest"):
            self.role.addItem(labels.role_word(r), r)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.has_birth = QCheckBox(self.tr("Known"))
        self.birth = QDateEdit(QDate.currentDate().addYears(-12))
        self.birth.setCalendarPopup(True)
        self.birth.setMaximumDate(QDate.currentDate())
        self.birth.setMinimumDate(QDate(EARLIEST_BIRTH_DATE))
        self.birth.setEnabled(False)
        self.has_birth.toggled.connect(self.birth.setEnabled)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.has_birth)
        birth_row.addWidget(self.birth, 1)
        self.group = QLineEdit()
        self.group.setPlaceholderText(self.tr("Class, team or visiting school"))
        self.ban = QCheckBox(self.tr("Publication ban (never publish this person)"))
        self.guardian_name = QLineEdit()
        self.guardian_email = QLineEdit()
        self.guardian_phone = QLineEdit()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Id"), self.external_id)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Birth date"), birth_row)
        form.addRow(self.tr("Group"), self.group)
        form.addRow("", self.ban)
        form.addRow(self.tr("Guardian's name"), self.guardian_name)
        form.addRow(self.tr("Guardian's e-mail"), self.guardian_email)
        form.addRow(self.tr("Guardian's phone"), self.guardian_phone)
        lay.addLayout(form)
        self.error = add_error_and_buttons(self, lay, self.try_accept)
        (self.external_id if name else self.name).setFocus()

    def try_accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Enter the person's name."))
            return
        if not self.external_id.text().strip():
            self.error.setText(self.tr("Enter an id that no one else has."))
            return
        birth = None
        if self.has_birth.isChecked():
            q = self.birth.date()
            birth = date(q.year(), q.month(), q.day())
        lib, ext, name, role = self.state.lib, self.external_id.text(), self.name.text(), self.role.currentData()
        group, ban = self.group.text(), self.ban.isChecked()
        contact = {"guardian_name": self.guardian_name.text(), "guardian_email": self.guardian_email.text(),
                   "guardian_phone": self.guardian_phone.text()}

        def saved(_person) -> None:
            self.person_id = ext.strip()

        # off the GUI thread: another computer may hold the write lock
        save_in_background(self, self.state, self.error,
                           lambda: add_person(lib, ext, name, role, birth_date=birth, group=group, publication_ban=ban,
                                              **contact),
                           lambda _person: Changes(people=True), saved)


class ConsentFormDialog(QDialog):
    """Every field of a consent form; the evidence file picked or dropped."""

    def __init__(self, state, person: queries.PersonRow, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.values: dict | None = None
        self.setWindowTitle(self.tr("New consent form for %1").replace("%1", person.name))
        self.setMinimumWidth(660)  # the Dutch biometric line is long
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        self.granted_by = QComboBox()
        for g in ("guardian", "self"):
            self.granted_by.addItem(labels.granted_by_word(g), g)
        self.guardian = QLineEdit()
        self.guardian.setPlaceholderText(self.tr("Name of the parent or guardian"))
        self.granted_by.currentIndexChanged.connect(
            lambda _i: self.guardian.setEnabled(self.granted_by.currentData() == "guardian"))
        chan_box = QWidget()
        cl = QGridLayout(chan_box)
        cl.setContentsMargins(0, 0, 0, 0)
        self.channel_checks: dict[str, QCheckBox] = {}
        from mediadesk.services.evaluate import all_channels

        for i, ch in enumerate(all_channels(state.settings)):
            cb = QCheckBox(labels.channel_title(ch, state.settings))
            self.channel_checks[ch] = cb
            cl.addWidget(cb, i // 3, i % 3)
        media_box = QWidget()
        ml = QHBoxLayout(media_box)
        ml.setContentsMargins(0, 0, 0, 0)
        self.media_checks = {}
        for m in ("photo", "video", "audio"):
            cb = QCheckBox(labels.kind_word(m))
            self.media_checks[m] = cb
            ml.addWidget(cb)
        ml.addStretch(1)
        today = QDate.currentDate()
        self.signed_on = QDateEdit(today)
        self.signed_on.setCalendarPopup(True)
        self.valid_from = QDateEdit(today)
        self.valid_from.setCalendarPopup(True)
        if person.birth_date:  # no form is dated before the person was born
            for w in (self.signed_on, self.valid_from):
                w.setMinimumDate(QDate(person.birth_date))
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setMinimumDate(QDate(2000, 1, 1))
        self.valid_until.setSpecialValueText(self.tr("default (end of the school year)"))
        self.valid_until.setDate(self.valid_until.minimumDate())
        self.signed_on.dateChanged.connect(self.valid_from.setDate)
        self.event: QComboBox | None = None
        if person.role == "guest":  # a guest's form ends with the event, or after a few days
            self.event = QComboBox()
            self.event.addItem(self.tr("(no event)"), None)
            for ev in queries.with_lib(state.lib, queries.events_with_counts):
                self.event.addItem(ev.name, ev.date_to)
            self.event.currentIndexChanged.connect(lambda _i: self._guest_until())
            self.signed_on.dateChanged.connect(lambda _d: self._guest_until())
            self._guest_until()
        self.explained_at = None  # when the pupil confirmed the explanation before signing on the screen
        self.explained_in: str | None = None
        self.biometric = QCheckBox(self.tr("Allows automatic face matching (biometric data)"))
        self.source = QComboBox()
        for s in ("paper", "digital", "on_site", "import"):
            self.source.addItem(labels.source_word(s), s)
        self.text_version = QLineEdit()
        self.text_version.setPlaceholderText(self.tr("e.g. v3 (2026)"))
        self.evidence = DropZone(self.tr("Drop the scan, photo or PDF of the form here"))
        self.evidence.setMinimumHeight(70)
        self.evidence.dropped.connect(lambda paths: self._set_evidence(paths[0]))
        pick = QPushButton(theme.icon("attach"), self.tr("Choose file…"))
        pick.clicked.connect(self._pick)
        self.sign_btn = QPushButton(theme.icon("sign"), self.tr("Sign on the screen…"))
        self.sign_btn.setToolTip(self.tr("At a fair or an open house: the signer signs right here"))
        self.sign_btn.clicked.connect(self.sign_on_screen)
        self.evidence_path: str | None = None
        self.signature_path: str | None = None  # a temporary PNG made by sign_on_screen
        self.person = person
        ev_row = QVBoxLayout()
        ev_row.addWidget(self.evidence)
        ev_buttons = QHBoxLayout()
        ev_buttons.addWidget(pick)
        ev_buttons.addWidget(self.sign_btn)
        ev_buttons.addStretch(1)
        ev_row.addLayout(ev_buttons)
        form.addRow(self.tr("Signed by"), self.granted_by)
        form.addRow(self.tr("Guardian"), self.guardian)
        form.addRow(self.tr("Channels"), chan_box)
        form.addRow(self.tr("Media"), media_box)
        form.addRow(self.tr("Signed on"), self.signed_on)
        form.addRow(self.tr("Valid from"), self.valid_from)
        if self.event is not None:
            form.addRow(self.tr("Event"), self.event)
            hint = QLabel(self.tr("A guest's form ends on the last day of the event, or after %n day(s) "
                                  "when no event is chosen (see the settings).", "",
                                  int(state.settings.get("guest_form_days") or 1)))
            hint.setWordWrap(True)
            hint.setObjectName("muted")
            form.addRow("", hint)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow("", self.biometric)
        form.addRow(self.tr("Kind of form"), self.source)
        form.addRow(self.tr("Text version"), self.text_version)
        form.addRow(self.tr("Evidence"), ev_row)
        lay.addLayout(form)
        self.error = add_error_and_buttons(self, lay, self.try_accept)

    def _pick(self) -> None:
        f = self.state.dialogs.open_file(self, self.tr("Evidence of the form"),
                                         self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)"))
        if f:
            self._set_evidence(f)

    def _guest_until(self) -> None:
        from mediadesk.services.fair import guest_valid_until

        assert self.event is not None
        end = guest_valid_until(self.state.settings, self._d(self.signed_on), self.event.currentData())
        self.valid_until.setDate(QDate(end))

    def is_minor(self) -> bool:
        """Under the age of consent today, as the rules count it (core.rules.is_minor:
        no birth date, a pupil or guest counts as a minor, staff as an adult)."""
        from mediadesk.core.dates import age_on

        if self.person.birth_date is None:
            return self.person.role != "staff"
        return age_on(self.person.birth_date, date.today()) < int(self.state.settings.get("age_of_consent", 16))

    def explain(self, lang: str) -> dict:
        """The words of the explanation before signing, for the channels and media ticked."""
        from mediadesk.services.fair import explanation

        v = self.collect()
        chans = [labels.channel_title(c, self.state.settings) for c in v["channels"]]
        return explanation(lang, self.person.name.split()[0] if self.person.name.split() else self.person.name,
                           chans, v["media"], minor=self.is_minor(),
                           age=int(self.state.settings.get("age_of_consent", 16)),
                           email=self.state.settings.get("dpo_email"))

    def sign_on_screen(self) -> str | None:
        """The pupil reads, full screen and in their language, what will be
        published where, and confirms they understood; then the signer signs
        on the screen (a parent or guardian below the age of consent). The
        signature becomes the evidence and the form's kind 'signed on site'."""
        from .signature import SignatureDialog

        v = self.collect()
        if not v["channels"] or not v["media"]:
            self.error.setText(self.tr("Tick the channels and media first: the pupil is told where the photos go."))
            return None
        age = str(self.state.settings.get("age_of_consent", 16))
        if self.granted_by.currentData() == "guardian":
            signer = self.guardian.text().strip()
            if not self.is_minor():  # the rules would not count it (SELF_CONSENT_REQUIRED)
                self.error.setText(self.tr("%1 has reached the age of consent (%2) and signs themselves.")
                                   .replace("%1", self.person.name).replace("%2", age))
                return None
            if not signer:
                self.error.setText(self.tr("Enter the name of the parent or guardian who signs first."))
                return None
        elif self.is_minor():
            self.error.setText(self.tr("%1 is under the age of consent (%2): a parent or guardian signs. "
                                       "Choose the parent or guardian and enter their name.")
                               .replace("%1", self.person.name).replace("%2", age))
            return None
        else:
            signer = self.person.name
        dlg = SignatureDialog(signer, self.person.name, self, explain=self.explain, lang=self.state.lang)
        if not self.state.dialogs.exec_dialog(dlg) or not dlg.path or dlg.explained_at is None:
            if dlg.path:
                Path(dlg.path).unlink(missing_ok=True)
            return None
        self.discard_signature()  # signed again: the earlier one goes
        self.signature_path = dlg.path
        self.explained_at, self.explained_in = dlg.explained_at, dlg.explained_in
        self._set_evidence(dlg.path)
        self.source.setCurrentIndex(max(0, self.source.findData("on_site")))
        self.signed_on.setDate(QDate.currentDate())
        return dlg.path

    def discard_signature(self) -> None:
        """Remove the temporary PNG of a signature made on the screen."""
        if self.signature_path:
            Path(self.signature_path).unlink(missing_ok=True)
            self.signature_path = None

    def _set_evidence(self, path: str) -> None:
        self.evidence_path = path
        self.evidence.setText(Path(path).name)

    @staticmethod
    def _d(w: QDateEdit) -> date:
        q = w.date()
        return date(q.year(), q.month(), q.day())

    def collect(self) -> dict:
        vu = None if self.valid_until.date() == self.valid_until.minimumDate() else self._d(self.valid_until)
        return dict(
            granted_by=self.granted_by.currentData(),
            guardian_name=self.guardian.text().strip() or None if self.granted_by.currentData() == "guardian" else None,
            channels=[c for c, cb in self.channel_checks.items() if cb.isChecked()],
            media=[m for m, cb in self.media_checks.items() if cb.isChecked()],
            signed_on=self._d(self.signed_on), valid_from=self._d(self.valid_from), valid_until=vu,
            biometric=self.biometric.isChecked(), source=self.source.currentData(),
            text_version=self.text_version.text().strip() or None, evidence_file=self.evidence_path,
            **self._explained(),
        )

    def _explained(self) -> dict:
        """The pupil's confirmation, while the on-screen signature is the form's evidence."""
        if self.signature_path and self.evidence_path == self.signature_path and self.explained_at:
            return {"explained_at": self.explained_at, "explained_in": self.explained_in}
        return {}

    def try_accept(self) -> None:
        v = self.collect()
        if not v["channels"]:
            self.error.setText(self.tr("Tick at least one channel."))
            return
        if not v["media"]:
            self.error.setText(self.tr("Tick at least one kind of media."))
            return
        if v["granted_by"] == "guardian" and not v["guardian_name"]:
            self.error.setText(self.tr("Enter the name of the parent or guardian who signed."))
            return
        self.values = v
        self.accept()


class WithdrawDialog(QDialog):
    def __init__(self, person: queries.PersonRow, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        text = QLabel(self.tr("Every consent form of %1 will be withdrawn. Photos and clips with %1 on them are blocked from that day on.").replace("%1", person.name))
        text.setWordWrap(True)
        lay.addWidget(text)
        form = QFormLayout()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. parent phoned the office"))
        self.reason_edit.setFixedHeight(70)
        form.addRow(self.tr("Withdrawn from"), self.date)
        form.addRow(self.tr("Reason"), self.reason_edit)
        lay.addLayout(form)
        bb = QDialogButtonBox()
        ok = bb.addButton(self.tr("Withdraw"), QDialogButtonBox.AcceptRole)
        ok.setObjectName("danger")
        bb.addButton(QDialogButtonBox.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def on(self) -> date:
        q = self.date.date()
        return date(q.year(), q.month(), q.day())

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


class WithdrawalResultDialog(QDialog):
    """What the withdrawal changed: assets now blocked, publications to take down."""

    def __init__(self, state, person, result, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent withdrawn"))
        self.resize(640, 460)
        lay = QVBoxLayout(self)
        blocked: dict[str, list[str]] = {}
        paths = {}
        for e, p in result.affected:
            if e.verdict.value == "blocked":
                blocked.setdefault(e.asset, []).append(e.channel)
                paths[e.asset] = p
        self.blocked_assets = list(blocked)
        # the same rule as the takedown list: live publications of these assets
        # on which this person now lacks valid consent for that channel
        from mediadesk.services.publishing import takedown_list

        affected = {e.asset for e, _p in result.affected}
        self.takedown = [
            t for t in takedown_list(state.lib, result.on)
            if t.asset in affected and any(r.person == person.external_id for r in t.reasons)
        ]
        head = QLabel(self.tr("Consent of %1 withdrawn from %2.").replace("%1", person.name)
                      .replace("%2", labels.fmt_date(result.on)))
        head.setObjectName("h2")
        head.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(section(self.tr("Must come down now (%1)").replace("%1", str(len(self.takedown)))))
        self.takedown_list = QListWidget()
        for t in self.takedown:
            where = t.where or self.tr("place not recorded")
            it = QListWidgetItem(theme.icon("ban"), self.tr("%1 on %2, published %3: %4")
                                 .replace("%1", Path(t.path).name).replace("%2", labels.channel_title(t.channel, state.settings))
                                 .replace("%3", labels.fmt_date(t.published_on)).replace("%4", where))
            self.takedown_list.addItem(it)
        if not self.takedown:
            self.takedown_list.addItem(self.tr("Nothing recorded as published: nothing to take down."))
        self.takedown_list.setMaximumHeight(140)
        lay.addWidget(self.takedown_list)
        lay.addWidget(section(self.tr("Now blocked (%1)").replace("%1", str(len(blocked)))))
        self.blocked_list = QListWidget()
        for a, chans in blocked.items():
            text = f"{Path(paths[a]).name}  —  " + ", ".join(labels.channel_title(c, state.settings) for c in chans)
            it = QListWidgetItem(theme.badge_icon("blocked"), text)
            it.setData(Qt.UserRole, a)
            self.blocked_list.addItem(it)
        if not blocked:
            self.blocked_list.addItem(self.tr("%1 is on no photo or clip yet.").replace("%1", person.name))
        lay.addWidget(self.blocked_list, 1)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
