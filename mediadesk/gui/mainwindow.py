"""The main window: sidebar, filters, thumbnail grid, detail panel; the
people pages, the viewer and the quick check are pages of one stack."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QDate, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediadesk.services import queries
from mediadesk.services.queries import AssetFilter
from mediadesk.store.location import shown_url
from mediadesk.services.changes import Changes

from . import labels, theme
from .detail import DetailPanel
from .grid import AssetGrid, AssetGridModel
from .images import ThumbnailLoader
from .importing import ImportController
from .ops import BackgroundOp
from .quickcheck import QuickCheckPage
from .state import AppState
from mediadesk.services.assets import block, review_complete, unblock
from mediadesk.services.consent import import_consent
from mediadesk.services.people import import_people
from mediadesk.services.settings import library_settings

KindRole = Qt.UserRole + 10
ValueRole = Qt.UserRole + 11


def shortcut_tip(action: QAction) -> None:
    """Show the shortcut in the tooltip as well as in the menu."""
    sc = action.shortcut().toString(QKeySequence.NativeText)
    tip = action.toolTip() or action.text().replace("&", "")
    if sc and sc not in tip:
        action.setToolTip(f"{tip} ({sc})")


class Sidebar(QTreeWidget):
    chosen = Signal(str, object)  # kind, value

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("sidebar")
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.setIndentation(10)
        self.setIconSize(QSize(18, 18))
        self.setMinimumWidth(190)
        self.setRootIsDecorated(False)
        self.itemClicked.connect(self._clicked)
        self.reload()

    def _section(self, text: str) -> QTreeWidgetItem:
        it = QTreeWidgetItem([text.upper()])
        it.setFlags(Qt.ItemIsEnabled)
        it.setFirstColumnSpanned(False)
        f = it.font(0)
        f.setPointSizeF(f.pointSizeF() * 0.85)
        f.setBold(True)
        it.setFont(0, f)
        it.setForeground(0, Qt.gray)
        self.addTopLevelItem(it)
        it.setExpanded(True)
        return it

    def _item(self, parent, text: str, icon: str, kind: str, value=None, count: int | None = None) -> QTreeWidgetItem:
        it = QTreeWidgetItem([text, "" if count is None else str(count)])
        it.setForeground(1, Qt.gray)
        it.setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
        it.setIcon(0, theme.icon(icon))
        it.setData(0, KindRole, kind)
        it.setData(0, ValueRole, value)
        it.setToolTip(0, text)
        (parent.addChild(it) if parent is not None else self.addTopLevelItem(it))
        return it

    def reload(self) -> None:
        self.clear()
        total = queries.with_lib(self.state.lib, queries.asset_count)
        lib = self._section(self.tr("Library"))
        self.all_item = self._item(lib, self.tr("All photos and clips"), "library", "filter", AssetFilter(), total)
        self._item(lib, self.tr("Faces to identify"), "face", "filter", AssetFilter(unresolved_faces=True))
        self._item(lib, self.tr("Offline files"), "offline", "filter", AssetFilter(offline=True))
        self._item(lib, self.tr("Quick check"), "quick", "quick")
        people = self._section(self.tr("People"))
        self._item(people, self.tr("All people"), "people", "people")
        events = self._section(self.tr("Events"))
        for ev in queries.with_lib(self.state.lib, queries.events_with_counts):
            self._item(events, ev.name, "event", "filter", AssetFilter(event_id=ev.id), ev.count)
        pub = self._section(self.tr("Publishing"))
        self.takedown_item = self._item(pub, self.tr("Takedown"), "withdraw", "publishing", "takedown")
        self.takedown_item.setToolTip(0, self.tr("Published photos and clips that must be taken down"))
        self._item(pub, self.tr("Publications"), "event", "publishing", "publications")
        self._item(pub, self.tr("Consent overview"), "shield", "publishing", "overview")
        self._item(pub, self.tr("Audit log"), "checklist", "publishing", "audit")
        self.update_takedown()
        saved = self._section(self.tr("Saved filters"))
        for name, f in saved_filters().items():
            self._item(saved, name, "bookmark", "filter", f)
        if not saved.childCount():
            hint = QTreeWidgetItem([self.tr("None yet")])
            hint.setToolTip(0, self.tr("Set up a filter above the grid and save it with the bookmark button"))
            hint.setForeground(0, Qt.gray)
            hint.setFlags(Qt.NoItemFlags)
            saved.addChild(hint)
        self.expandAll()
        # wide enough for the longest label in the chosen language (no clipped text)
        need = self.sizeHintForColumn(0) + self.sizeHintForColumn(1) + self.indentation() + 28
        self.setMinimumWidth(max(190, min(need, 236)))  # long event names are elided, with a tooltip

    def update_takedown(self) -> int:
        """The badge count of publications to take down (0 shows no number)."""
        from mediadesk.services.publishing import takedown_list

        try:
            n = len(takedown_list(self.state.lib))
        except Exception:  # noqa: BLE001 - a count must never break the sidebar
            n = 0
        self.takedown_count = n
        it = self.takedown_item
        it.setText(1, str(n) if n else "")
        it.setForeground(1, theme.VERDICT_COLOURS["blocked"] if n else Qt.gray)
        f = it.font(1)
        f.setBold(bool(n))
        it.setFont(1, f)
        return n

    def _clicked(self, item: QTreeWidgetItem, _col: int) -> None:
        kind = item.data(0, KindRole)
        if kind:
            self.chosen.emit(kind, item.data(0, ValueRole))


def saved_filters() -> dict[str, AssetFilter]:
    raw = QSettings().value("saved_filters", "{}")
    try:
        data = json.loads(raw) if isinstance(raw, str) else {}
        return {k: AssetFilter.from_json(v) for k, v in data.items()}
    except (ValueError, TypeError):
        return {}


def save_filter(name: str, f: AssetFilter) -> None:
    data = {k: v.to_json() for k, v in saved_filters().items()}
    data[name] = f.to_json()
    QSettings().setValue("saved_filters", json.dumps(data))


class FilterBar(QFrame):
    changed = Signal(object)  # AssetFilter
    save_requested = Signal()

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("filterbar")
        self._quiet = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.setSpacing(6)
        r1, r2 = QHBoxLayout(), QHBoxLayout()
        r1.setSpacing(8)
        r2.setSpacing(8)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search file names…"))
        self.text.addAction(theme.icon("search"), QLineEdit.LeadingPosition)
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(100)
        self.event_box = QComboBox()
        self.event_box.setMinimumWidth(110)
        self.event_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.event_box.setMinimumContentsLength(14)
        self.kind = QComboBox()
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.NoInsert)
        self.person.setMinimumWidth(110)
        self.person.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(8)
        self.person.lineEdit().setPlaceholderText(self.tr("Anyone"))
        self.date_from = self._date()
        self.date_to = self._date()
        self.channel = QComboBox()
        self.verdict = QComboBox()
        self.unresolved = QCheckBox(self.tr("Faces to identify"))
        self.offline = QCheckBox(self.tr("Offline"))
        self.save_btn = QPushButton(theme.icon("bookmark"), "")
        self.save_btn.setToolTip(self.tr("Save this filter in the sidebar"))
        self.clear_btn = QPushButton(self.tr("Clear"))
        self.clear_btn.setToolTip(self.tr("Show everything again"))
        # The combos say what they filter ("All events", "Photos and clips",
        # "Anyone"), so no separate labels: the bar fits a 1366 px screen.
        for name, w in ((self.tr("Search file names…"), self.text), (self.tr("Event"), self.event_box),
                        (self.tr("Type"), self.kind), (self.tr("Person"), self.person)):
            w.setToolTip(name)
            w.setAccessibleName(name)
            r1.addWidget(w)
        r1.addSpacing(8)
        r1.addWidget(self.unresolved)
        r1.addWidget(self.offline)
        r1.addStretch(1)
        for lab, w in ((self.tr("From"), self.date_from), (self.tr("To"), self.date_to),
                       (self.tr("Channel"), self.channel), (None, self.verdict)):
            if lab:
                r2.addWidget(QLabel(lab))
            r2.addWidget(w)
        r2.addStretch(1)
        r2.addWidget(self.save_btn)
        r2.addWidget(self.clear_btn)
        lay.addLayout(r1)
        lay.addLayout(r2)
        self.reload()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(self._debounce.start)
        for combo in (self.event_box, self.kind, self.channel, self.verdict, self.person):
            combo.currentIndexChanged.connect(self._emit)
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(self._emit)
        self.unresolved.toggled.connect(self._emit)
        self.offline.toggled.connect(self._emit)
        self.clear_btn.clicked.connect(lambda: self.set_filter(AssetFilter(), emit=True))
        self.save_btn.clicked.connect(self.save_requested.emit)

    def _date(self) -> QDateEdit:
        d = QDateEdit()
        d.setCalendarPopup(True)
        d.setMinimumDate(QDate(2000, 1, 1))
        d.setSpecialValueText(self.tr("any day"))
        d.setDate(d.minimumDate())
        # wide enough for "any day" in every language and for a full date, plus the arrow
        fm = d.fontMetrics()
        text_w = max(fm.horizontalAdvance(d.specialValueText()), fm.horizontalAdvance("00-00-0000"))
        d.setMinimumWidth(max(100, text_w + 56))
        return d

    def reload(self) -> None:
        self._quiet = True
        cur_event, cur_person = self.event_box.currentData(), self.person.currentData()
        self.event_box.clear()
        self.event_box.addItem(self.tr("All events"), None)
        for ev in queries.with_lib(self.state.lib, queries.events_with_counts):
            self.event_box.addItem(ev.name, ev.id)
        self.kind.clear()
        self.kind.addItem(self.tr("Photos and clips"), None)
        for k in ("photo", "video", "audio"):
            self.kind.addItem(labels.kind_word(k), k)
        self.person.clear()
        self.person.addItem("", None)
        for p in queries.with_lib(self.state.lib, queries.people_overview):
            self.person.addItem(f"{p.name} ({p.group or p.external_id})", p.id)
        self.channel.clear()
        self.channel.addItem(self.tr("Any channel"), None)
        for ch in self.state.channels:
            self.channel.addItem(labels.channel_title(ch, self.state.settings), ch)
        self.verdict.clear()
        self.verdict.addItem(self.tr("Any verdict"), None)
        for v in ("cleared", "needs_review", "blocked"):
            self.verdict.addItem(theme.badge_icon(v), labels.verdict_word(v), v)
        self._select(self.event_box, cur_event)
        self._select(self.person, cur_person)
        self._quiet = False

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(0, i))

    @staticmethod
    def _pydate(d: QDateEdit) -> date | None:
        if d.date() == d.minimumDate():
            return None
        q = d.date()
        return date(q.year(), q.month(), q.day())

    def current(self) -> AssetFilter:
        verdict = self.verdict.currentData()
        channel = self.channel.currentData()
        return AssetFilter(
            event_id=self.event_box.currentData(), date_from=self._pydate(self.date_from),
            date_to=self._pydate(self.date_to), kind=self.kind.currentData(),
            person_id=self.person.currentData(), channel=channel, verdict=verdict,
            unresolved_faces=self.unresolved.isChecked(), offline=self.offline.isChecked(),
            text=self.text.text(),
        )

    def set_filter(self, f: AssetFilter, emit: bool = False) -> None:
        self._quiet = True
        self.text.setText(f.text)
        self._select(self.event_box, f.event_id)
        self._select(self.kind, f.kind)
        self._select(self.person, f.person_id)
        self._select(self.channel, f.channel)
        self._select(self.verdict, f.verdict)
        for w, v in ((self.date_from, f.date_from), (self.date_to, f.date_to)):
            w.setDate(QDate(v.year, v.month, v.day) if v else w.minimumDate())
        self.unresolved.setChecked(f.unresolved_faces)
        self.offline.setChecked(f.offline)
        self._quiet = False
        if emit:
            self._emit()

    def _emit(self, *_a) -> None:
        if not self._quiet:
            self.changed.emit(self.current())


class LibraryPage(QWidget):
    reloaded = Signal(int)

    def __init__(self, state: AppState, thumbs: ThumbnailLoader, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.filters = FilterBar(state)
        self.model = AssetGridModel(state.lib, thumbs, self)
        self.grid = AssetGrid(self.model)
        self.detail = DetailPanel(state, thumbs)
        self.detail.setMinimumWidth(300)
        self.count = QLabel()
        self.count.setObjectName("muted")
        legend = QLabel()
        legend.setText(self._legend())
        legend.setObjectName("muted")
        foot = QHBoxLayout()
        foot.setContentsMargins(12, 4, 12, 6)
        foot.addWidget(self.count)
        foot.addStretch(1)
        foot.addWidget(legend)
        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.filters)
        # an empty library says what to do instead of showing a blank grid
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.grid)
        self.grid_stack.addWidget(self.empty)
        cl.addWidget(self.grid_stack, 1)
        cl.addLayout(foot)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(centre)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setSizes([880, 380])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self.filters.changed.connect(self.apply_filter)
        self.grid.current_asset.connect(self.detail.set_asset)
        self._seq = 0
        self.loading = False

    def _legend(self) -> str:
        import base64

        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        parts = []
        for v in ("cleared", "needs_review", "blocked"):
            ba = QByteArray()
            buf = QBuffer(ba)
            buf.open(QIODevice.WriteOnly)
            theme.badge_pixmap(v, 12).save(buf, "PNG")
            b64 = base64.b64encode(bytes(ba)).decode()
            parts.append(f'<img src="data:image/png;base64,{b64}"> {labels.verdict_word(v)}')
        return "&nbsp;&nbsp;&nbsp;".join(parts)

    def apply_filter(self, f: AssetFilter | None = None) -> BackgroundOp:
        f = f if f is not None else self.filters.current()
        self._shown_filter = f
        self._seq += 1
        seq = self._seq
        lib = self.state.lib
        self.loading = True
        self.count.setText(self.tr("Loading…"))
        op = BackgroundOp(lambda token, progress: queries.with_lib(lib, queries.filtered_asset_ids, f), self)
        op.success(lambda ids: self._loaded(seq, ids)).failure(lambda e: self._failed(seq, e))
        return op.start()

    def _loaded(self, seq: int, ids: list[str]) -> None:
        if seq != self._seq:
            return
        current = self.detail.asset_id
        self.model.set_ids(ids)
        self.loading = False
        self.count.setText(self.tr("%n photo(s) and clip(s)", "", len(ids)))
        if ids:
            self.grid_stack.setCurrentWidget(self.grid)
        else:
            self.empty.setText(self.tr("Nothing matches this filter.") if self._shown_filter.to_json() else self.tr(
                "No photos or clips here yet. Drag photos, clips or folders onto this window, or use Import folder."))
            self.grid_stack.setCurrentWidget(self.empty)
        if current and self.model.row_of(current) >= 0:
            self.grid.select_asset(current)
        elif ids:
            self.grid.setCurrentIndex(self.model.index(0))
        else:
            self.detail.set_asset(None)
        self.reloaded.emit(len(ids))

    def _failed(self, seq: int, e) -> None:
        if seq == self._seq:
            self.loading = False
            self.count.setText(str(e))


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, lib, parent=None) -> None:
        super().__init__(parent)
        self.state = AppState(lib, self)
        self._lang = self.state.lang
        self.lib = lib
        self.setWindowTitle(self.tr("MediaDesk"))
        self.setWindowIcon(theme.icon("app"))
        self.resize(1360, 860)
        self.setAcceptDrops(True)
        self.thumbs = ThumbnailLoader(lib.cache_dir, 256, parent=self)
        self.imports: list[ImportController] = []

        self.sidebar = Sidebar(self.state)
        self.stack = QStackedWidget()
        self.library = LibraryPage(self.state, self.thumbs)
        from .people import PeoplePage
        from .viewer import ViewerPage

        self.people = PeoplePage(self.state, self.thumbs)
        self.viewer = ViewerPage(self.state)
        self.quick = QuickCheckPage(self.state, self.thumbs)
        from .publishing import PublishingPage

        self.publishing = PublishingPage(self.state)
        self.publishing.publications.current_asset = lambda: self.library.detail.asset_id
        self.exports: list = []
        for w in (self.library, self.people, self.viewer, self.quick, self.publishing):
            self.stack.addWidget(w)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.sidebar)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([self.sidebar.minimumWidth() + 12, 1100])
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)
        self._build_actions()
        self.statusBar().showMessage(self._status_text())

        self.sidebar.chosen.connect(self._sidebar_chosen)
        self.library.grid.activated_asset.connect(self.open_viewer)
        self.library.detail.open_viewer.connect(self.open_viewer)
        self.library.detail.confirm_people.connect(self.confirm_people)
        self.library.detail.block_asset.connect(self.toggle_block)
        self.library.detail.open_person.connect(self.open_person)
        self.library.detail.publish_covered.connect(self.export_covered)
        self.library.filters.save_requested.connect(self._save_filter)
        self.quick.open_viewer.connect(self.open_viewer)
        self.people.open_asset.connect(self.open_viewer)
        self.viewer.closed.connect(self._viewer_closed)
        self.viewer.navigate.connect(self._viewer_navigate)
        self.state.applied.connect(self._applied)
        self.stack.currentChanged.connect(self._page_changed)
        self.publishing.takedown_changed.connect(self.sidebar.update_takedown)
        self.library.apply_filter(AssetFilter())
        self._page_changed(0)
        self._update_scan_action()
        from .watch import LibraryWatcher

        self.watcher = LibraryWatcher(self.state, self)
        self.watcher.changed.connect(self._changed_elsewhere)

    # ---- actions ------------------------------------------------------------------------
    def _act(self, text: str, icon: str | None, shortcut, slot, tip: str = "") -> QAction:
        a = QAction(theme.icon(icon) if icon else theme.icon("none"), text, self)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setToolTip(tip)
        a.triggered.connect(slot)
        shortcut_tip(a)
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        self.act_import_files = self._act(self.tr("Import &files…"), "import", QKeySequence.Open, self.import_files,
                                          self.tr("Import photos and clips"))
        self.act_import_folder = self._act(self.tr("Import f&older…"), "folder", "Ctrl+Shift+O", self.import_folder,
                                           self.tr("Import every photo and clip in a folder"))
        self.act_quick = self._act(self.tr("&Quick check…"), "quick", "Ctrl+K", self.show_quick,
                                   self.tr("Check one photo or clip before posting"))
        self.act_settings = self._act(self.tr("&Settings…"), "settings", QKeySequence.Preferences, self.open_settings,
                                      self.tr("Profile, channels, face mode, language"))
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
            shortcut_tip(self.act_settings)
        self.act_requests = self._act(self.tr("&Requests and complaints…"), "checklist", None, self.open_requests,
                                      self.tr("The requests and complaints about people's data, for the DPO"))
        self.act_renewal = self._act(self.tr("Yearly &renewal…"), "people", None, self.open_renewal,
                                     self.tr("Whom to ask for consent again for a school year, forms, what came back"))
        self.act_retention = self._act(self.tr("&Due for deletion…"), "checklist", None, self.open_retention,
                                       self.tr("Photos and clips whose retention period has passed, or to review"))
        self.act_import_people = self._act(self.tr("Import &people list (CSV, Excel)…"), "people", None,
                                           lambda: self.import_csv("people"),
                                           self.tr("People from the school's admin system: id, name, role, birth date, group"))
        self.act_import_consent = self._act(self.tr("Import &consent forms (CSV)…"), "checklist", None,
                                            lambda: self.import_csv("consent"),
                                            self.tr("Signed forms from the school's admin system or a form tool"))
        self.act_merge = self._act(self.tr("&Merge a library…"), "library", None, self.open_merge,
                                   self.tr("Bring a laptop's library (for example from a fair) into this one"))
        self.act_scan = self._act(self.tr("Look for &faces not yet looked for"), "face", None, self.scan_unscanned,
                                  self.tr("Photos and clips whose face scan was stopped or failed"))
        self.act_quit = self._act(self.tr("&Quit"), None, QKeySequence.Quit, self.close)
        self.act_library = self._act(self.tr("&Library"), "library", "Ctrl+1", self.show_library)
        self.act_people = self._act(self.tr("&People"), "people", "Ctrl+2", self.show_people,
                                    self.tr("People and their consent"))
        self.act_open = self._act(self.tr("&Review in viewer"), "face", "Return", self._open_current,
                                  self.tr("Open the selected asset to identify faces"))
        self.act_next = self._act(self.tr("&Next"), "next", "Right", lambda: self._step(1),
                                  self.tr("Next photo or clip"))
        self.act_prev = self._act(self.tr("Pre&vious"), "prev", "Left", lambda: self._step(-1),
                                  self.tr("Previous photo or clip"))
        self.act_confirm = self._act(self.tr("&Confirm people complete"), "checklist", "Ctrl+Return",
                                     lambda: self.confirm_people(self.current_asset()),
                                     self.tr("Everyone on it is tagged or marked not identifiable"))
        self.act_block = self._act(self.tr("&Block with a reason…"), "block", "Ctrl+B",
                                   lambda: self.toggle_block(self.current_asset()),
                                   self.tr("Block for every channel"))
        self.act_export = self._act(self.tr("&Export for a channel…"), "folder", "Ctrl+E", self.export_for_channel,
                                    self.tr("Write the cleared photos and clips for one channel, without metadata"))
        self.act_publishing = self._act(self.tr("P&ublishing"), "shield", "Ctrl+3", lambda: self.show_publishing("takedown"),
                                        self.tr("Takedown list, publications, consent overview, audit log"))
        self.act_back = self._act(self.tr("Back to the &grid"), "back", "Escape", self.show_library)
        # the viewer's own face actions appear in the Review menu too
        for a in (self.act_open, self.act_next, self.act_prev):
            a.setShortcutContext(Qt.WindowShortcut)

        mb = self.menuBar()
        m = mb.addMenu(self.tr("&File"))
        for a in (self.act_import_files, self.act_import_folder, self.act_quick):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.act_import_people)
        m.addAction(self.act_import_consent)
        m.addAction(self.act_merge)
        m.addSeparator()
        m.addAction(self.act_export)
        m.addSeparator()
        m.addAction(self.act_settings)
        m.addAction(self.act_requests)
        m.addAction(self.act_renewal)
        m.addAction(self.act_retention)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = mb.addMenu(self.tr("&View"))
        m.addAction(self.act_library)
        m.addAction(self.act_people)
        m.addAction(self.act_publishing)
        m.addAction(self.act_quick)
        m = mb.addMenu(self.tr("&Review"))
        for a in (self.act_open, self.act_next, self.act_prev):
            m.addAction(a)
        m.addSeparator()
        for a in self.viewer.face_actions():
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.act_confirm)
        m.addAction(self.act_block)
        m.addSeparator()
        m.addAction(self.act_scan)
        m.addSeparator()
        m.addAction(self.act_back)

        tb = QToolBar(self.tr("Main"))
        tb.setObjectName("main-toolbar")
        tb.setMovable(False)
        tb.setIconSize(QSize(20, 20))
        tb.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        for a in (self.act_import_files, self.act_import_folder, self.act_quick):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_library)
        tb.addAction(self.act_people)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        tb.addWidget(spacer)
        tb.addAction(self.act_settings)
        self.addToolBar(tb)

    def _status_text(self) -> str:
        s = self.state.settings
        return self.tr("Library: %1 · Age of consent %2 · Faces: %3").replace(
            "%1", str(self.lib.db_path or shown_url(self.lib.url))).replace("%2", str(s.get("age_of_consent"))).replace(
            "%3", labels.face_mode_word(s.get("face_mode", "detect")))

    # ---- pages --------------------------------------------------------------------------
    def _page_changed(self, i: int) -> None:
        in_lib = self.stack.currentWidget() is self.library
        in_viewer = self.stack.currentWidget() is self.viewer
        for a in (self.act_next, self.act_prev, self.act_confirm, self.act_block):
            a.setEnabled(in_lib or in_viewer)
        self.act_open.setEnabled(in_lib)
        self.act_back.setEnabled(not in_lib)
        for a in self.viewer.face_actions():
            a.setEnabled(in_viewer)
        if in_viewer:
            self.viewer.sync_kind_actions()

    def show_library(self) -> None:
        self.stack.setCurrentWidget(self.library)
        self.library.grid.setFocus()

    def show_people(self) -> None:
        self.people.reload()
        self.stack.setCurrentWidget(self.people)

    def show_quick(self) -> None:
        self.stack.setCurrentWidget(self.quick)

    def show_publishing(self, tab: str = "takedown") -> None:
        self.stack.setCurrentWidget(self.publishing)
        self.publishing.show_tab(tab)

    def _facts_changed(self, *_a) -> None:
        self.sidebar.update_takedown()
        self.publishing.invalidate()

    def import_csv(self, kind: str):
        """Load the people list or the consent forms from the admin system's
        export. A people export without MediaDesk's own columns opens the
        column-mapping dialog first (gui/importmap.py). The file is read as a
        whole: one bad row rejects it, naming the row and the column, and
        nothing is stored. Runs off the GUI thread."""
        title = self.tr("Import people list") if kind == "people" else self.tr("Import consent forms")
        filter_ = (self.tr("Exports (*.csv *.txt *.xlsx);;All files (*)") if kind == "people"
                   else self.tr("CSV files (*.csv *.txt);;All files (*)"))
        path = self.state.dialogs.open_file(self, title, filter_)
        if not path:
            return None
        lib = self.lib

        def done(summary) -> None:
            if kind == "people":
                text = self.tr("%1 added, %2 updated, %3 unchanged.")
            else:
                text = self.tr("%1 forms added, %4 withdrawals added, %3 unchanged.")
            text = (text.replace("%1", str(summary.created)).replace("%2", str(summary.updated))
                    .replace("%3", str(summary.unchanged)).replace("%4", str(summary.withdrawals_added)))
            if getattr(summary, "encoding", ""):
                text += "\n" + self._read_as(summary)
            self.state.apply(Changes.of_assets(None, people=True))  # verdicts may have changed everywhere
            self.sidebar.update_takedown()
            self.state.dialogs.info(self, title, text, "\n".join(summary.warnings))

        def failed(e) -> None:
            self.state.dialogs.error(self, title, self.tr("Nothing was imported from this file:") + "\n" + str(e))

        if kind == "people":
            from mediadesk.core.errors import MediaDeskError
            from mediadesk.services.people import mapping_profiles
            from mediadesk.services.tabular import read_table

            from .importmap import PeopleMappingDialog, is_mediadesk_format

            try:
                preview = read_table(path, max_rows=20)
            except MediaDeskError as e:
                failed(e)
                return None
            if not is_mediadesk_format(preview):
                dlg = PeopleMappingDialog(self.state, path, preview, mapping_profiles(lib), self)
                if self.state.dialogs.exec_dialog(dlg) and dlg.summary is not None:
                    done(dlg.summary)
                return dlg
        fn = import_people if kind == "people" else import_consent
        op = BackgroundOp(lambda _token, _progress: fn(lib, path), self)
        return op.success(done).failure(failed).start()

    def _read_as(self, summary) -> str:
        from mediadesk.services.tabular import XLSX

        if summary.delimiter is None:
            how = self.tr("an Excel workbook (.xlsx)") if summary.encoding == XLSX else summary.encoding
        else:
            sep = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}.get(summary.delimiter, "")
            how = self.tr("%1 text, separated by %2").replace("%1", summary.encoding).replace("%2", sep)
        text = self.tr("The file was read as %1.").replace("%1", how)
        if summary.mapping:
            text += " " + self.tr("Columns matched with: %1.").replace("%1", summary.mapping)
        return text

    def export_for_channel(self):
        """Ask channel, scope, date, folder; export in the background; show the report."""
        from .publishing import ExportDialog

        selection = self.library.grid.selected_ids() if self.stack.currentWidget() is self.library else []
        return self._export(ExportDialog(self.state, selection, self))

    def export_covered(self, asset_id: str, channel: str):
        """'Publish with N faces covered' in the detail panel: the export
        dialog for that photo and channel, with covering ticked."""
        from .publishing import ExportDialog

        return self._export(ExportDialog(self.state, [asset_id], self, channel=channel, cover=True))

    def _export(self, dlg):
        from .publishing import ExportController

        if not self.state.dialogs.exec_dialog(dlg):
            return None
        c = ExportController(self.state, self, dlg.values())
        self.exports.append(c)

        def finished(_r, c=c):
            if c in self.exports:
                self.exports.remove(c)
            self._facts_changed()

        c.finished.connect(finished)
        return c.start()

    def open_person(self, external_id: str) -> None:
        self.show_people()
        self.people.open_person(external_id)

    def _sidebar_chosen(self, kind: str, value) -> None:
        if kind == "filter":
            self.library.filters.set_filter(value)
            self.library.apply_filter(value)
            self.show_library()
        elif kind == "people":
            self.show_people()
        elif kind == "quick":
            self.show_quick()
        elif kind == "publishing":
            self.show_publishing(value)

    def _save_filter(self) -> None:
        name = self.state.dialogs.get_text(self, self.tr("Save filter"), self.tr("Name of this filter:"))
        if name and name.strip():
            save_filter(name.strip(), self.library.filters.current())
            self.sidebar.reload()

    # ---- assets -------------------------------------------------------------------------
    def current_asset(self) -> str | None:
        if self.stack.currentWidget() is self.viewer:
            return self.viewer.asset_id
        return self.library.detail.asset_id

    def _open_current(self) -> None:
        aid = self.current_asset()
        if aid:
            self.open_viewer(aid)

    def open_viewer(self, asset_id: str) -> None:
        self._viewer_return = self.stack.currentWidget()
        self.viewer.open_asset(asset_id)
        self.stack.setCurrentWidget(self.viewer)
        self._page_changed(self.stack.currentIndex())

    def _viewer_closed(self) -> None:
        back = getattr(self, "_viewer_return", self.library)
        self.stack.setCurrentWidget(back if back is not self.viewer else self.library)
        if self.viewer.asset_id and back is self.library:
            self.library.grid.select_asset(self.viewer.asset_id)

    def _step(self, delta: int) -> None:
        if self.stack.currentWidget() is self.viewer:
            self._viewer_navigate(delta)
            return
        g = self.library.grid
        row = g.currentIndex().row() + delta
        if 0 <= row < self.library.model.rowCount():
            g.setCurrentIndex(self.library.model.index(row))

    def _viewer_navigate(self, delta: int) -> None:
        m = self.library.model
        row = m.row_of(self.viewer.asset_id) if self.viewer.asset_id else -1
        if row < 0:
            return
        row += delta
        if 0 <= row < m.rowCount():
            aid = m.id_at(row)
            self.library.grid.select_asset(aid)
            self.viewer.open_asset(aid)

    def confirm_people(self, asset_id: str | None) -> None:
        if not asset_id:
            return
        lib = self.lib
        d = queries.with_lib(lib, queries.asset_detail, asset_id)
        if d is not None and d.kind == "audio" and not d.people and not self.state.dialogs.confirm(
            self, self.tr("Nobody tagged"),
            self.tr("Nobody is tagged in this recording. Can no one at all be heard in it?\n\n"
                    "Every pupil whose voice is heard must be tagged: their consent for sound recordings is checked."),
        ):
            return  # nothing finds the voices of a recording: a person must say so
        self.state.write(self, lambda: review_complete(lib, asset_id, True), lambda _r: Changes.of_assets([asset_id]),
                         done=lambda _r: self.statusBar().showMessage(self.tr("People list confirmed complete."), 4000))

    def toggle_block(self, asset_id: str | None) -> None:
        if not asset_id:
            return
        d = queries.with_lib(self.lib, queries.asset_detail, asset_id)
        lib = self.lib
        if d and d.block_reason:
            if not self.state.dialogs.confirm(self, self.tr("Unblock"), self.tr("Blocked because: %1\n\nUnblock it?").replace("%1", d.block_reason)):
                return
            write = lambda: unblock(lib, asset_id)
        else:
            reason = self.state.dialogs.get_text(self, self.tr("Block"), self.tr("Why may this not be published?"))
            if not reason or not reason.strip():
                return
            write = lambda: block(lib, asset_id, reason)
        self.state.write(self, write, lambda _r: Changes.of_assets([asset_id]))

    def _applied(self, ch: Changes) -> None:
        """The one hook: each part of the window refreshes what concerns it."""
        if ch.settings:
            self._settings_changed()
        if ch.people:
            self._people_changed()
        if ch.assets:
            self._assets_changed(list(ch.asset_ids))
        if ch.library:
            self._library_changed()
        self._facts_changed()

    def _assets_changed(self, ids: list) -> None:
        self.library.model.refresh(ids or None)
        if self.library.detail.asset_id and (not ids or self.library.detail.asset_id in ids):
            self.library.detail.refresh()
        if self.stack.currentWidget() is self.viewer and self.viewer.asset_id and (not ids or self.viewer.asset_id in ids):
            self.viewer.refresh()

    def _changed_elsewhere(self, kinds: set) -> None:
        """Another computer, window or the command line changed the library:
        show current verdicts, people and counts. ``kinds`` says what changed
        (our own changes come by here too, once more: at most a repaint, and
        the people list is re-read only when people or forms changed)."""
        everything = "*" in kinds
        if everything or "setting" in kinds or "library" in kinds:
            try:
                fresh = library_settings(self.lib)
            except Exception:  # noqa: BLE001 - the next look will tell
                return
            if fresh != self.state.settings:
                self.state.reload_settings()
        self.state.apply(Changes.of_assets(
            None, people=everything or bool(kinds & {"person", "consent_record"}),
            library="new assets" in kinds or "event" in kinds))  # the grid's list itself changed

    def _library_changed(self) -> None:
        # one piece per event-loop turn, so the timer ticks in between
        QTimer.singleShot(0, self.sidebar.reload)
        QTimer.singleShot(0, self.library.filters.reload)
        QTimer.singleShot(0, lambda: self.library.apply_filter())

    def _people_changed(self) -> None:
        self.library.filters.reload()
        self.library.model.refresh(None)
        self.library.detail.refresh()

    def _update_scan_action(self) -> None:
        """No face scan in face mode 'off': the action is greyed out."""
        self.act_scan.setEnabled(self.state.settings.get("face_mode", "detect") != "off")

    def _settings_changed(self) -> None:
        self._update_scan_action()
        self.library.model.reload_settings()
        self.library.model.refresh(None)
        self.library.filters.reload()
        self.library.detail.refresh()
        self.statusBar().showMessage(self._status_text())
        self.people.reload()
        if self.state.lang != self._lang:
            self._lang = self.state.lang
            self.language_changed.emit(self._lang)

    # ---- import -------------------------------------------------------------------------
    def import_files(self) -> None:
        files = self.state.dialogs.open_files(self, self.tr("Import photos and clips"),
                                              self.tr("Photos, clips and recordings (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.mp4 *.mov *.m4v *.avi *.mkv *.mp3 *.m4a *.aac *.wav *.ogg *.opus *.flac);;All files (*)"))
        if files:
            self.start_import(files)

    def import_folder(self) -> None:
        d = self.state.dialogs.open_folder(self, self.tr("Import a folder"))
        if d:
            self.start_import([d])

    def scan_unscanned(self):
        """Look for faces in every photo and clip not scanned yet."""
        from .importing import ScanController

        c = ScanController(self.state, self)
        self.imports.append(c)
        c.finished.connect(lambda _r, c=c: self.imports.remove(c) if c in self.imports else None)
        return c.start()

    def start_import(self, paths) -> ImportController:
        c = ImportController(self.state, self, paths)
        self.imports.append(c)
        c.finished.connect(lambda _r, c=c: self.imports.remove(c) if c in self.imports else None)
        return c.start()

    def dragEnterEvent(self, e) -> None:
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e) -> None:
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        e.acceptProposedAction()
        if self.stack.currentWidget() is self.quick and len(paths) == 1:
            self.quick.check(paths[0])
        else:
            self.start_import(paths)

    # ---- settings -----------------------------------------------------------------------
    def open_settings(self) -> None:
        from .settings import SettingsDialog

        # the dialog stores its changes off the GUI thread; the window refreshes
        # from the change hook (AppState.apply) when they are stored
        self.state.dialogs.exec_dialog(SettingsDialog(self.state, self))

    def open_merge(self) -> None:
        from .merging import MergeWizard

        self.state.dialogs.exec_dialog(MergeWizard(self.state, self))

    def open_requests(self) -> None:
        from .requests import RequestsDialog

        self.state.dialogs.exec_dialog(RequestsDialog(self.state, self))

    def open_renewal(self) -> None:
        from .renewal import RenewalDialog

        self.state.dialogs.exec_dialog(RenewalDialog(self.state, self))

    def open_retention(self) -> None:
        from .retention import RetentionDialog

        self.state.dialogs.exec_dialog(RetentionDialog(self.state, self))

    def closeEvent(self, e) -> None:
        self._finish_writes()
        for c in list(self.imports) + list(self.exports):
            if c.op:
                c.op.cancel()
        self.thumbs.stop()
        self.watcher.stop()
        super().closeEvent(e)

    def _finish_writes(self) -> None:
        """Let the writes already asked for be stored before the window goes
        (each ends by itself: stored, or failed after the lock timeout)."""
        from PySide6.QtCore import QEventLoop

        if not self.state.writes_pending():
            return
        loop = QEventLoop()
        self.state.writes_done.connect(loop.quit)
        if self.state.writes_pending():
            loop.exec()
        self.state.writes_done.disconnect(loop.quit)
