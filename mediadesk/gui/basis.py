"""Legal basis per asset and objections (issue 15, item 2): the dialog that
sets a photo's or clip's basis, and the one that records a person's
objection. Both store off the GUI thread (``save_in_background``); the
window refreshes from the one change hook."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from mediadesk.core.enums import LegalBasis
from mediadesk.services import legal_basis as lb
from mediadesk.services import queries
from mediadesk.services.changes import Changes

from . import labels
from .forms import add_error_and_buttons, save_in_background


class LegalBasisDialog(QDialog):
    """Choose consent, legitimate interest or public task, with a reason."""

    def __init__(self, state, asset_id: str, basis: str | None, reason: str | None, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.asset_id = asset_id
        self.setWindowTitle(self.tr("Legal basis"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("A photo or clip of a situation where no one is the focus may be published on a "
                               "documented basis other than consent. A publication ban, an objection or a "
                               "withdrawal still blocks it."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        lay.addWidget(intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for b in LegalBasis:
            rb = QRadioButton(labels.basis_word(b.value))
            self.group.addButton(rb)
            self.buttons[b.value] = rb
            lay.addWidget(rb)
        self.buttons.get(basis or LegalBasis.CONSENT.value, self.buttons[LegalBasis.CONSENT.value]).setChecked(True)
        form = QFormLayout()
        self.reason = QPlainTextEdit(reason or "")
        self.reason.setPlaceholderText(self.tr("e.g. situation photo of the sports day, no one in focus"))
        self.reason.setFixedHeight(70)
        form.addRow(self.tr("Reason"), self.reason)
        lay.addLayout(form)
        self.error = add_error_and_buttons(self, lay, self.save)
        self.group.buttonToggled.connect(lambda *_: self._sync())
        self._sync()

    def basis(self) -> str:
        return next((b for b, rb in self.buttons.items() if rb.isChecked()), LegalBasis.CONSENT.value)

    def _sync(self) -> None:
        self.reason.setEnabled(self.basis() != LegalBasis.CONSENT.value)

    def save(self) -> None:
        lib, aid, basis = self.state.lib, self.asset_id, self.basis()
        reason = self.reason.toPlainText() if basis != LegalBasis.CONSENT.value else None
        # the service refuses a non-consent basis without a reason, or for audio:
        # its refusal is shown here and the dialog stays open
        save_in_background(self, self.state, self.error, lambda: lb.set_basis(lib, aid, basis, reason),
                           lambda _r: Changes.of_assets([aid]))


class ObjectionDialog(QDialog):
    """A person's objection: from a date, to every channel or some, why."""

    def __init__(self, state, external_id: str, name: str, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.external_id = external_id
        self.setWindowTitle(self.tr("Record an objection"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        text = QLabel(self.tr("%1 objects to being published. Every photo and clip with %1 on it is blocked "
                              "from that day on, on every legal basis, until the objection is withdrawn.")
                      .replace("%1", name))
        text.setWordWrap(True)
        lay.addWidget(text)
        form = QFormLayout()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        form.addRow(self.tr("Objects from"), self.date)
        chans = QVBoxLayout()
        self.every = QCheckBox(self.tr("Every channel"))
        self.every.setChecked(True)
        chans.addWidget(self.every)
        self.channel_boxes: dict[str, QCheckBox] = {}
        for slug in state.channels:
            cb = QCheckBox(labels.channel_title(slug, state.settings))
            cb.setContentsMargins(20, 0, 0, 0)
            self.channel_boxes[slug] = cb
            chans.addWidget(cb)
        form.addRow(self.tr("Channels"), chans)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the parent wrote to the office"))
        self.reason.setFixedHeight(70)
        form.addRow(self.tr("Reason"), self.reason)
        lay.addLayout(form)
        self.error = add_error_and_buttons(self, lay, self.save)
        self.every.toggled.connect(lambda *_: self._sync())
        self._sync()

    def _sync(self) -> None:
        for cb in self.channel_boxes.values():
            cb.setEnabled(not self.every.isChecked())

    def from_date(self) -> date:
        q = self.date.date()
        return date(q.year(), q.month(), q.day())

    def channels(self) -> list[str]:
        if self.every.isChecked():
            return []
        return [s for s, cb in self.channel_boxes.items() if cb.isChecked()]

    def save(self) -> None:
        if not self.every.isChecked() and not self.channels():
            self.error.setText(self.tr("Tick at least one channel, or every channel."))
            return
        lib, ext, on, chans = self.state.lib, self.external_id, self.from_date(), self.channels()
        reason = self.reason.toPlainText().strip() or None

        def write() -> list[str]:
            lb.add_objection(lib, ext, on, chans, reason)
            return assets_of(lib, ext)

        save_in_background(self, self.state, self.error, write,
                           lambda ids: Changes.of_assets(ids, people=True))


def assets_of(lib, external_id: str) -> list[str]:
    """The assets the person is on, whose verdicts may have changed (none:
    the change names every asset, which is on the safe side too)."""
    from mediadesk.services.people import get_person

    return queries.with_lib(lib, queries.person_asset_ids, get_person(lib, external_id).id.hex)


def withdraw_objection(state, parent, external_id: str, objection_id: str, done=None):
    """Withdraw one objection (today), off the GUI thread."""
    lib = state.lib

    def write() -> list[str]:
        lb.withdraw_objection(lib, external_id, objection_id)
        return assets_of(lib, external_id)

    return state.write(parent, write, lambda ids: Changes.of_assets(ids, people=True), done=done)
