"""Legal basis per asset and objections in the GUI (issue 15, item 2): the
setting, the basis shown and set in the detail panel, objections recorded
and withdrawn on the person page; every write off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from mediadesk.services import legal_basis as lb
from mediadesk.services.assets import get_asset, review_complete, tag
from mediadesk.services.changes import Changes
from mediadesk.services.people import add_person
from mediadesk.services.settings import library_settings
from tests.gui.conftest import add_photo, verdict
from tests.helpers import register_asset, wait_saved


@pytest.fixture
def threads(monkeypatch):
    """Where each write of the basis and objection services ran."""
    from mediadesk.gui import settings as settings_page

    ran: dict[str, list] = {}
    for mod, name in ((lb, "set_basis"), (lb, "add_objection"), (lb, "withdraw_objection"),
                      (settings_page, "update_settings")):
        real = getattr(mod, name)

        def spy(*a, _real=real, _name=name, **kw):
            ran.setdefault(_name, []).append(threading.current_thread())
            return _real(*a, **kw)

        monkeypatch.setattr(mod, name, spy)
    return ran


def _shown(qtbot, detail) -> str:
    qtbot.wait(10)  # replaced labels are deleted later
    return "\n".join(lbl.text() for lbl in detail.findChildren(QLabel))


def _situation(qtbot, window, tmp_path: Path) -> str:
    """A photo of Nora (N1), who has no consent form, shown in the detail panel."""
    lib = window.lib
    add_person(lib, "N1", "Nora Holm", "student")
    a = add_photo(lib, tmp_path, "yard.jpg")
    tag(lib, a, ["N1"])
    review_complete(lib, a)
    window.state.apply(Changes(library=True, people=True))
    qtbot.waitUntil(lambda: window.library.model.row_of(a) >= 0, timeout=5000)
    window.library.detail.set_asset(a)
    return a


def _enable(qtbot, window, dialogs) -> None:
    from mediadesk.gui.settings import SettingsDialog

    def answer(dlg):
        assert isinstance(dlg, SettingsDialog)
        assert not dlg.legal_basis.isChecked()  # off by default, on the safe side
        dlg.legal_basis.setChecked(True)
        dlg.apply()
        wait_saved(qtbot, dlg)
        return dlg.result()

    dialogs.on_dialog = answer
    window.open_settings()
    dialogs.on_dialog = None
    assert library_settings(window.lib)["legal_basis_enabled"] is True


def test_basis_is_set_in_the_detail_panel_and_objections_on_the_person_page(
        qtbot, window, dialogs, tmp_path: Path, threads) -> None:
    from mediadesk.gui.basis import LegalBasisDialog, ObjectionDialog

    a = _situation(qtbot, window, tmp_path)
    detail = window.library.detail
    assert detail.btn_basis is None and detail.basis_label is None  # the setting is off
    assert verdict(window, a, "website") == "blocked"

    _enable(qtbot, window, dialogs)
    assert detail.asset_id == a and detail.btn_basis is not None and detail.btn_basis.isEnabled()
    assert detail.basis_label.text().startswith("Consent")
    assert verdict(window, a, "website") == "blocked"

    # an empty reason: the service's refusal is shown, the dialog stays open, nothing stored
    seen: dict = {}

    def empty(dlg):
        assert isinstance(dlg, LegalBasisDialog)
        dlg.buttons["legitimate_interest"].setChecked(True)
        dlg.reason.setPlainText("   ")
        dlg.save()
        wait_saved(qtbot, dlg)
        seen["error"], seen["result"] = dlg.error.text(), dlg.result()
        return dlg.result()

    dialogs.on_dialog = empty
    detail.btn_basis.click()
    assert "needs a reason" in seen["error"] and seen["result"] == 0
    assert get_asset(window.lib, a).legal_basis is None
    assert verdict(window, a, "website") == "blocked"

    def legit(dlg):
        dlg.buttons["legitimate_interest"].setChecked(True)
        dlg.reason.setPlainText("situation photo of the school yard")
        dlg.save()
        wait_saved(qtbot, dlg)
        seen["error"] = dlg.error.text()
        return dlg.result()

    dialogs.on_dialog = legit
    detail.btn_basis.click()
    assert seen["error"] == ""
    stored = get_asset(window.lib, a)  # read back through the service
    assert (stored.legal_basis, stored.basis_reason) == ("legitimate_interest", "situation photo of the school yard")
    # the grid and the detail panel, refreshed through the change hook alone
    assert verdict(window, a, "website") == "cleared"
    shown = _shown(qtbot, detail)
    assert "Published on legitimate interest: situation photo of the school yard; recorded by" in shown
    assert "Cleared" in shown and "Blocked" not in shown
    assert detail.basis_label.text().startswith("Legitimate interest: situation photo of the school yard")

    # Nora's parent objects: blocked again on every basis, the objection shown
    window.open_person("N1")
    page = window.people.person
    assert page.btn_object.isVisible() and not page.objection_rows

    def objection(dlg):
        assert isinstance(dlg, ObjectionDialog)
        assert dlg.every.isChecked()
        dlg.reason.setPlainText("the parent wrote to the office")
        dlg.save()
        wait_saved(qtbot, dlg)
        return dlg.result()

    dialogs.on_dialog = objection
    page.btn_object.click()
    (o,) = lb.objections(window.lib, "N1")
    assert o.withdrawn_on is None and o.channels is None and o.reason == "the parent wrote to the office"
    assert verdict(window, a, "website") == "blocked" and verdict(window, a, "print") == "blocked"
    assert list(page.objection_rows) == [o.id.hex]
    assert "every channel: the parent wrote to the office" in page.objection_rows[o.id.hex].text()
    assert detail.asset_id == a
    shown = _shown(qtbot, detail)
    assert "Nora Holm: objected to being published from" in shown and "Cleared" not in shown

    # withdrawn: cleared again on the documented basis
    dialogs.on_dialog = None
    page.objection_buttons[o.id.hex].click()
    qtbot.waitUntil(lambda: not window.state.writes_pending(), timeout=10000)
    assert lb.objections(window.lib, "N1")[0].withdrawn_on is not None
    assert verdict(window, a, "website") == "cleared"
    assert not page.objection_rows
    assert "objected" not in _shown(qtbot, detail)

    assert set(threads) == {"update_settings", "set_basis", "add_objection", "withdraw_objection"}
    for name, ran in threads.items():
        assert ran and all(t is not threading.main_thread() for t in ran), f"{name} ran on the GUI thread"


def test_a_recording_has_no_basis_button_to_press(qtbot, window, dialogs, tmp_path: Path) -> None:
    from mediadesk.services.settings import update_settings

    update_settings(window.lib, legal_basis_enabled=True)
    window.state.reload_settings()
    aid = register_asset(window.lib, tmp_path / "song.wav", kind="audio")
    window.library.detail.set_asset(aid)
    btn = window.library.detail.btn_basis
    assert btn is not None and not btn.isEnabled()
    assert "consent only" in btn.toolTip()


def test_an_objection_needs_a_channel_when_not_every_channel(qtbot, window, dialogs) -> None:
    from mediadesk.gui.basis import ObjectionDialog

    window.open_person("S1042")
    page = window.people.person
    seen: dict = {}

    def some(dlg):
        assert isinstance(dlg, ObjectionDialog)
        dlg.every.setChecked(False)
        dlg.save()  # no channel ticked
        seen["nothing"] = dlg.error.text()
        dlg.channel_boxes["website"].setChecked(True)
        dlg.save()
        wait_saved(qtbot, dlg)
        return dlg.result()

    dialogs.on_dialog = some
    page.btn_object.click()
    assert "Tick at least one channel" in seen["nothing"]
    (o,) = lb.objections(window.lib, "S1042")
    assert o.channels == "website"
    assert "Website" in page.objection_rows[o.id.hex].text()


@pytest.mark.parametrize("lang", ["da", "nl"])
def test_the_dialogs_are_translated_and_show_their_whole_texts(qtbot, school, dialogs, tmp_path: Path, lang) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from mediadesk.gui import i18n
    from mediadesk.gui.basis import LegalBasisDialog, ObjectionDialog
    from mediadesk.gui.state import AppState

    aid = register_asset(school, tmp_path / "yard.jpg")
    i18n.install(lang)
    try:
        state = AppState(school)
        expected = {"da": ("Legitim interesse", "Alle kanaler"), "nl": ("Gerechtvaardigd belang", "Elk kanaal")}[lang]
        for dlg, text in ((LegalBasisDialog(state, aid, None, None), expected[0]),
                          (ObjectionDialog(state, "S1042", "Mikkel", None), expected[1])):
            qtbot.addWidget(dlg)
            dlg.show()
            qtbot.waitExposed(dlg)
            buttons = [b for b in dlg.findChildren(QAbstractButton) if b.isVisible() and b.text()]
            assert text in [b.text() for b in buttons]
            for b in buttons:
                assert b.width() >= b.sizeHint().width(), (lang, type(dlg).__name__, b.text())
            dlg.close()
    finally:
        i18n.install("en")
