"""The people export of an admin system through the File menu: the column
mapping dialog with its preview, preset picker and column pickers, the
import off the GUI thread, a bad row shown in the dialog with nothing stored
(issue 14 item 1)."""

from __future__ import annotations

import threading
from collections import deque
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mediadesk.services import people as people_service
from mediadesk.services.people import get_person, list_people, mapping_profiles
from tests.gui.conftest import open_main_window
from tests.helpers import wait_saved, write

pytestmark = pytest.mark.timeout(120)

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture
def empty_window(qtbot, lib, dialogs):
    w = open_main_window(qtbot, lib)
    yield w
    w.close()


def _import_button(dlg):
    return dlg.form_buttons.button(QDialogButtonBox.Save)


def test_magister_export_through_the_mapping_dialog(qtbot, empty_window, dialogs, monkeypatch):
    w = empty_window
    threads = []
    real = people_service.import_people

    def spy(*a, **k):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*a, **k)

    monkeypatch.setattr("mediadesk.gui.importmap.import_people", spy)
    seen = {}

    def answer(dlg):
        # how the file was read, and its first rows under its own header
        seen["read"] = dlg.read_label.text()
        m = dlg.preview.model()
        seen["preview"] = (m.headerData(0, Qt.Horizontal), m.data(m.index(0, 1)), m.rowCount(),
                           m.headerData(6, Qt.Horizontal))
        # the preset is recognised from the header and fills the pickers
        seen["preset"] = dlg.preset.currentData()
        seen["external_id"] = dlg.combos["external_id"].currentText()
        seen["birth"] = (dlg.combos["birth_date"].currentText(), dlg.date_format.currentData())
        # change one picker: the class comes from "Studie" now; save the mapping
        dlg.combos["group"].setCurrentIndex(dlg.combos["group"].findData("Studie"))
        dlg.save.setChecked(True)
        dlg.save_name.setText("Magister met studie")
        _import_button(dlg).click()
        wait_saved(qtbot, dlg)
        return dlg.result()

    dialogs.on_dialog = answer
    dialogs.answers["open_file"] = deque([str(SAMPLES / "magister-leerlingen.csv")])
    dlg = w.import_csv("people")
    assert "Windows-1252" in seen["read"] and "semicolon" in seen["read"]
    # the preview's header says which field each column fills; "Studie" fills none
    assert seen["preview"] == ("Stamnr\n→ Pupil or staff number", "Daniëlle", 5, "Studie")
    assert seen["preset"] == "preset:magister"
    assert seen["external_id"] == "Stamnr"
    assert seen["birth"] == ("Geb.datum", "dd-mm-yyyy")
    assert threads == [False]  # imported off the GUI thread
    kind, _title, text = dialogs.asked[-1]
    assert kind == "info" and "5 added, 0 updated, 0 unchanged" in text, dialogs.asked
    assert "Windows-1252" in text and "Magister met studie" in text
    assert dlg.summary.created == 5
    p = get_person(w.lib, "10232")
    assert (p.name, p.group_name, p.guardian_email) == ("René Jansen", "vwo", "joost.jansen@example.nl")
    assert mapping_profiles(w.lib)["Magister met studie"].columns["group"] == "Studie"
    w.show_people()
    qtbot.waitUntil(lambda: w.people.model.rowCount() == 5, timeout=5000)
    # the person page shows the guardian's contact; a pupil without one shows none
    w.open_person("10232")
    assert w.people.person.guardian.text() == "Guardian: Joost Jansen · joost.jansen@example.nl · +31 6 2345 6789"
    w.open_person("10233")
    assert w.people.person.guardian.isHidden()


def test_a_bad_row_is_shown_in_the_dialog_and_nothing_is_stored(qtbot, empty_window, dialogs, tmp_path):
    w = empty_window
    bad = write(tmp_path / "export.csv",
                "Elevnummer;Navn;Fødselsdato\n1;Åse Bæk;12.03.2013\n2;Bjørn Lund;31.02.2013\n", "cp1252")
    seen = {}

    def answer(dlg):
        assert not dlg.preset.currentData()  # no preset fits this header
        dlg.combos["external_id"].setCurrentIndex(dlg.combos["external_id"].findData("Elevnummer"))
        # nothing for the name yet: the dialog says so and imports nothing
        _import_button(dlg).click()
        seen["no_name"] = dlg.error.text()
        dlg.combos["name"].setCurrentIndex(dlg.combos["name"].findData("Navn"))
        dlg.combos["birth_date"].setCurrentIndex(dlg.combos["birth_date"].findData("Fødselsdato"))
        dlg.date_format.setCurrentIndex(dlg.date_format.findData("dd.mm.yyyy"))
        _import_button(dlg).click()
        wait_saved(qtbot, dlg)
        seen["bad_row"] = dlg.error.text()
        seen["still_open"] = dlg.result() == 0 and _import_button(dlg).isEnabled()
        dlg.reject()
        return dlg.result()

    dialogs.on_dialog = answer
    dialogs.answers["open_file"] = deque([str(bad)])
    w.import_csv("people")
    assert "name" in seen["no_name"]
    assert str(bad) in seen["bad_row"] and "row 3" in seen["bad_row"] and "'Fødselsdato'" in seen["bad_row"]
    assert seen["still_open"]
    assert list_people(w.lib) == []
    assert not any(k == "info" for k, *_ in dialogs.asked)


def test_a_mediadesk_file_imports_without_the_dialog_and_says_how_it_was_read(qtbot, empty_window, dialogs,
                                                                              tmp_path):
    w = empty_window
    path = write(tmp_path / "p.txt", "external_id\tname\trole\nA1\tZoë Ødegård\tstudent\n", "utf-16")
    dialogs.answers["open_file"] = deque([str(path)])
    op = w.import_csv("people")
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert dialogs.dialogs == []
    kind, _title, text = dialogs.asked[-1]
    assert kind == "info" and "1 added" in text and "UTF-16 LE" in text and "tab" in text
    assert get_person(w.lib, "A1").name == "Zoë Ødegård"


def test_an_unreadable_file_is_named_before_any_dialog(empty_window, dialogs, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 no workbook")
    dialogs.answers["open_file"] = deque([str(path)])
    assert empty_window.import_csv("people") is None
    kind, _title, text = dialogs.asked[-1]
    assert kind == "error" and str(path) in text and "Excel workbook" in text
    assert dialogs.dialogs == []


def test_a_guardian_contact_typed_by_hand_is_checked_and_stored(qtbot, empty_window, dialogs):
    from mediadesk.gui.people import AddPersonDialog

    w = empty_window
    w.show_people()
    seen = []

    def answer(dlg):
        assert isinstance(dlg, AddPersonDialog)
        dlg.name.setText("Noah Gæst")
        dlg.external_id.setText("G1")
        dlg.guardian_name.setText("Mia Gæst")
        dlg.guardian_email.setText("mia at example.dk")
        dlg.try_accept()
        wait_saved(qtbot, dlg)
        seen.append(dlg.error.text())  # refused: the dialog stays open with the reason
        dlg.guardian_email.setText("mia@example.dk")
        dlg.try_accept()
        wait_saved(qtbot, dlg)
        return dlg.result()

    dialogs.on_dialog = answer
    w.people.btn_new.click()
    assert "guardian's e-mail" in seen[0] and "not an e-mail address" in seen[0]
    p = get_person(w.lib, "G1")
    assert (p.guardian_name, p.guardian_email, p.guardian_phone) == ("Mia Gæst", "mia@example.dk", None)
    assert w.people.person.guardian.text() == "Guardian: Mia Gæst · mia@example.dk"
