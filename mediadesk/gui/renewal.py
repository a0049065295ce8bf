"""Yearly renewal (issue 14, item 2): who must be asked for consent again for
a coming school year, per class, with the reasons; the round (start it, mark
forms returned), the return rate per class, the PDF forms and the mail-merge
CSV. Everything is done by ``services/renewal.py``; reading the list,
writing and making the files run off the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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

from mediadesk.core.errors import NotFound
from mediadesk.core.renewal import SchoolYear
from mediadesk.services import renewal
from mediadesk.services.changes import Changes
from mediadesk.services.renewal_forms import covered_text, reason_text, withdrawn_text

from .ops import run_in_background


def coming_year(today: date | None = None) -> SchoolYear:
    """The school year after the one running today."""
    return SchoolYear(SchoolYear.containing(today or date.today()).start + 1)


class RenewalDialog(QDialog):
    """Who must be asked for a school year, and how the round is going."""

    PUPIL_COLUMNS = 6
    RATE_COLUMNS = 5

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.loading = False
        self.busy = False  # forms or the mail merge being written
        self.listing = None  # core.renewal.RenewalList
        self.status = None  # services.renewal.RoundStatus, None before the round starts
        self.setWindowTitle(self.tr("Yearly renewal"))
        self.resize(1000, 640)
        lay = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("School year")))
        self.year = QComboBox()
        self.year.setEditable(True)
        first = coming_year()
        for y in (first, SchoolYear(first.start - 1), SchoolYear(first.start + 1)):
            self.year.addItem(y.label)
        self.year.setToolTip(self.tr("The school year to ask for, like 2027/28"))
        top.addWidget(self.year)
        self.show_btn = QPushButton(self.tr("Show"))
        self.show_btn.clicked.connect(self.reload)
        top.addWidget(self.show_btn)
        top.addStretch(1)
        lay.addLayout(top)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        self.table = QTableWidget(0, self.PUPIL_COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Class"), self.tr("Pupil"), self.tr("School ID"), self.tr("Why ask"), self.tr("Signs"),
            self.tr("Form back")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.ExtendedSelection)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        lay.addWidget(self.table, 3)

        lay.addWidget(QLabel(self.tr("Per class")))
        self.rates = QTableWidget(0, self.RATE_COLUMNS)
        self.rates.setHorizontalHeaderLabels([
            self.tr("Class"), self.tr("To ask now"), self.tr("Asked in the round"), self.tr("Forms back"),
            self.tr("Return rate")])
        self.rates.verticalHeader().hide()
        self.rates.setEditTriggers(QTableWidget.NoEditTriggers)
        self.rates.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        lay.addWidget(self.rates, 1)

        actions = QHBoxLayout()
        self.start_btn = QPushButton(self.tr("Start round"))
        self.start_btn.setToolTip(self.tr("Record each pupil listed as asked; again later, it adds the pupils listed since"))
        self.start_btn.clicked.connect(self.start_round)
        self.returned_btn = QPushButton(self.tr("Form back"))
        self.returned_btn.setToolTip(self.tr("Mark the forms of the chosen pupils as returned"))
        self.returned_btn.clicked.connect(lambda: self.mark(True))
        self.not_returned_btn = QPushButton(self.tr("Not back"))
        self.not_returned_btn.setToolTip(self.tr("Mark the forms of the chosen pupils as not returned"))
        self.not_returned_btn.clicked.connect(lambda: self.mark(False))
        self.forms_btn = QPushButton(self.tr("Print forms…"))
        self.forms_btn.setToolTip(self.tr("A PDF consent form for each pupil whose form is not back yet"))
        self.forms_btn.clicked.connect(self.write_forms)
        self.merge_btn = QPushButton(self.tr("Mail merge file…"))
        self.merge_btn.setToolTip(self.tr("A CSV file for the school's own mail system"))
        self.merge_btn.clicked.connect(self.write_mailmerge)
        for b in (self.start_btn, self.returned_btn, self.not_returned_btn, self.forms_btn, self.merge_btn):
            actions.addWidget(b)
        actions.addStretch(1)
        lay.addLayout(actions)
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._enable()
        self.reload()

    # ---- reading ---------------------------------------------------------------------------
    def school_year(self) -> str:
        return self.year.currentText().strip()

    def reload(self) -> None:
        """Read the list and the round for the chosen year, off the GUI thread."""
        lib, year = self.state.lib, self.school_year()
        self.loading = True
        self._enable()

        def read(_token, _progress):
            listing = renewal.who_to_ask(lib, year=year)
            try:
                status = renewal.round_status(lib, year)
            except NotFound:
                status = None
            return listing, status

        def shown(result) -> None:
            self.listing, self.status = result
            self.loading = False
            self._fill()

        def failed(e: BaseException) -> None:
            self.loading = False
            self.listing = self.status = None
            self._fill()
            self.message.setText(str(e))

        run_in_background(read, success=shown, failure=failed, parent=self)

    def _fill(self) -> None:
        lang = self.state.lang
        rows: list[tuple[list[str], str | None]] = []
        back = {p["person"]: p["returned_on"] for p in (self.status.pupils if self.status else [])}
        signs = {"self": self.tr("the pupil"), "guardian": self.tr("parent or guardian")}
        lst = self.listing
        for c in (lst.classes if lst else ()):
            group = c.group or self.tr("(no class)")
            for p in c.to_ask:
                why = "; ".join(reason_text(r.code, dict(r.params), lang) for r in p.reasons)
                if p.covered_until:
                    why += f" ({covered_text(p.covered_until.isoformat(), lang)})"
                state = self._back_text(p.external_id, back)
                rows.append(([group, p.name, p.external_id, why, signs[p.signer.value], state], p.external_id))
            for w in c.withdrawn:
                rows.append(([group, w.name, w.external_id, withdrawn_text(w.withdrawn_on.isoformat(), lang), "–",
                              "–"], None))
        # asked in the round but no longer on the list (a form came back and counts)
        listed = {r[1] for r in rows if r[1]}
        for p in (self.status.pupils if self.status else []):
            if p["person"] not in listed:
                rows.append(([p["class"] or self.tr("(no class)"), p["name"], p["person"],
                              self.tr("asked in the round; a form that counts is recorded"), signs.get(p["signer"], ""),
                              self._back_text(p["person"], back)], p["person"]))
        self.table.setRowCount(len(rows))
        for i, (cells, ext) in enumerate(rows):
            for col, text in enumerate(cells):
                it = QTableWidgetItem(text)
                it.setData(Qt.UserRole, ext)
                self.table.setItem(i, col, it)
        self.table.resizeRowsToContents()
        self._fill_rates()
        self._summary()
        self._enable()

    def _back_text(self, ext: str, back: dict) -> str:
        if ext not in back:
            return self.tr("not asked yet") if self.status is not None else "–"
        return self.tr("back %1").replace("%1", back[ext]) if back[ext] else self.tr("not back")

    def _fill_rates(self) -> None:
        to_ask: dict[str | None, int] = {}
        for c in (self.listing.classes if self.listing else ()):
            to_ask[c.group] = len(c.to_ask)
        rates = {c.group: c for c in (self.status.classes if self.status else [])}
        groups = sorted(set(to_ask) | set(rates), key=lambda g: (g is None, (g or "").casefold()))
        self.rates.setRowCount(len(groups))
        for i, g in enumerate(groups):
            r = rates.get(g)
            cells = [g or self.tr("(no class)"), str(to_ask.get(g, 0)), str(r.asked) if r else "–",
                     str(r.returned) if r else "–", f"{r.rate:.0%}" if r and r.asked else "–"]
            for col, text in enumerate(cells):
                self.rates.setItem(i, col, QTableWidgetItem(text))

    def _summary(self) -> None:
        lst = self.listing
        if lst is None:
            self.summary.setText("")
            return
        text = self.tr("Forms ending by %1 · %2 to ask · %3 withdrawn (not asked again automatically)") \
            .replace("%1", lst.target.isoformat()).replace("%2", str(len(lst.to_ask))) \
            .replace("%3", str(len(lst.withdrawn)))
        if self.status is None:
            text += " · " + self.tr("the round has not started")
        else:
            t = self.status.total
            text += " · " + self.tr("round: %1 of %2 forms back (%3)").replace("%1", str(t.returned)) \
                .replace("%2", str(t.asked)).replace("%3", f"{t.rate:.0%}")
        self.summary.setText(text)

    def _enable(self) -> None:
        idle = not self.loading and not self.busy
        started = self.status is not None
        self.show_btn.setEnabled(not self.loading)
        self.start_btn.setEnabled(idle and self.listing is not None)
        for b in (self.returned_btn, self.not_returned_btn, self.forms_btn, self.merge_btn):
            b.setEnabled(idle and started)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        ids = [self.table.item(r, 0).data(Qt.UserRole) for r in rows]
        return [i for i in ids if i]

    # ---- writing ---------------------------------------------------------------------------
    def start_round(self) -> None:
        lib, year = self.state.lib, self.school_year()

        def done(res) -> None:
            self.message.setText(self.tr("Round %1: %2 pupil(s) asked now, %3 asked before.")
                                 .replace("%1", res.year).replace("%2", str(len(res.added)))
                                 .replace("%3", str(res.already)))
            self.reload()

        self.state.write(self, lambda: renewal.start_round(lib, year), lambda _r: Changes(people=True), done=done)

    def mark(self, returned: bool) -> None:
        ids = self.selected_ids()
        if not ids:
            self.state.dialogs.info(self, self.tr("Yearly renewal"), self.tr("Choose pupils in the list first."))
            return
        lib, year = self.state.lib, self.school_year()
        self.state.write(self, lambda: renewal.mark_returned(lib, year, ids, returned=returned),
                         lambda _r: Changes(people=True), done=lambda _r: self.reload())

    def _files(self, fn, done_text: str) -> None:
        self.busy = True
        self._enable()

        def done(n) -> None:
            self.busy = False
            self._enable()
            self.message.setText(done_text.replace("%1", str(n)))

        def failed(e: BaseException) -> None:
            self.busy = False
            self._enable()
            self.state.error(self, e)

        run_in_background(lambda _t, _p: fn(), success=done, failure=failed, parent=self)

    def write_forms(self) -> None:
        folder = self.state.dialogs.open_folder(self, self.tr("Folder for the forms"))
        if not folder:
            return
        lib, year, lang = self.state.lib, self.school_year(), self.state.lang
        self._files(lambda: len(renewal.write_forms(lib, year, folder, lang)),
                    self.tr("%1 form(s) written to %2").replace("%2", folder))

    def write_mailmerge(self) -> None:
        year = self.school_year()
        path = self.state.dialogs.save_file(self, self.tr("Mail merge file"),
                                            f"renewal-{year.replace('/', '-')}.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        lib, lang = self.state.lib, self.state.lang
        self._files(lambda: renewal.write_mailmerge(lib, year, path, lang),
                    self.tr("%1 row(s) written to %2").replace("%2", path))
