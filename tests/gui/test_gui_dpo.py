"""The school and DPO settings in the settings dialog (issue 14, item 4)."""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PIL import Image
from mediadesk.services.library import audit_log
from mediadesk.services.settings import library_settings
from tests.helpers import wait_saved


def test_school_and_dpo_are_set_in_the_settings_dialog(qtbot, window, dialogs, tmp_path: Path) -> None:
    from mediadesk.gui.settings import SettingsDialog

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (200, 30, 30)).save(logo)
    seen: dict = {}

    def answer(dlg: SettingsDialog):
        box = dlg.school
        box.fields["school_name"].setText("Skovbrynet Skole")
        box.address.setPlainText("Skovvej 1\n8000 Aarhus C")
        box.fields["dpo_name"].setText("Karen Holm")
        box.fields["dpo_phone"].setText("+45 86 12 34 56")
        box.fields["dpo_email"].setText("karen at skovbrynet")
        dialogs.answers["open_file"] = deque([str(logo)])
        box.pick_btn.click()
        assert not box.logo.pixmap().isNull()  # the logo is shown
        dlg.apply()
        wait_saved(qtbot, dlg)
        seen["error"] = dlg.error.text()
        seen["open"] = dlg.isVisible() or dlg.result() == 0
        box.fields["dpo_email"].setText("karen@skovbrynet.dk")
        dlg.guest_days.setValue(3)  # a guest's form at a fair runs 3 days (issue 14, item 3)
        dlg.apply()
        wait_saved(qtbot, dlg)
        return dlg.result()

    dialogs.on_dialog = answer
    window.open_settings()
    assert "dpo_email" in seen["error"] and seen["open"]
    s = library_settings(window.lib)
    assert s["school_name"] == "Skovbrynet Skole" and s["controller_address"] == "Skovvej 1\n8000 Aarhus C"
    assert (s["dpo_name"], s["dpo_email"], s["dpo_phone"]) == ("Karen Holm", "karen@skovbrynet.dk", "+45 86 12 34 56")
    assert Path(s["school_logo"]).parent == window.lib.data_dir
    assert s["guest_form_days"] == 3
    assert Path(s["school_logo"]).read_bytes() == logo.read_bytes()
    audited = [e for e in audit_log(window.lib, 100) if e.action == "settings.change"]
    assert {k for e in audited for k in ("school_name", "dpo_email", "school_logo") if k in (e.new or "")} == {
        "school_name", "dpo_email", "school_logo"}


def test_requests_are_logged_on_the_person_page_and_closed_by_the_dpo(qtbot, window, dialogs) -> None:
    from mediadesk.gui.requests import LogRequestDialog, RequestsDialog
    from mediadesk.services import data_requests as dr

    window.show_people()
    window.people.open_person("S1042")

    def log(dlg):
        assert isinstance(dlg, LogRequestDialog)
        dlg.kind.setCurrentIndex(dlg.kind.findData("complaint"))
        dlg.note.setPlainText("Father: Emma's photo on Instagram")
        dlg.try_accept()
        return dlg.result()

    dialogs.on_dialog = log
    window.people.person.btn_request.click()
    qtbot.waitUntil(lambda: len(dr.list_requests(window.lib)) == 1, timeout=10000)
    (r,) = dr.list_requests(window.lib)
    assert (r["person"], r["kind"], r["description"], r["status"]) == (
        "S1042", "complaint", "Father: Emma's photo on Instagram", "open")
    seen: dict = {}

    def dpo(dlg):
        assert isinstance(dlg, RequestsDialog)
        t = dlg.table
        seen["open"] = [t.item(0, c).text() for c in range(t.columnCount())]
        dlg.close_btn.click()  # nothing chosen: told to choose
        t.selectRow(0)
        dialogs.answers["get_text"] = deque(["Photo taken down; answered by e-mail"])
        dlg.close_btn.click()
        qtbot.waitUntil(lambda: dlg.table.rowCount() == 0, timeout=10000)  # only open ones
        seen["empty"] = dlg.empty.text()
        dlg.only_open.setChecked(False)
        seen["all"] = [t.item(0, c).text() for c in range(t.columnCount())]
        return 0

    dialogs.on_dialog = dpo
    window.open_requests()
    assert seen["open"][2:6] == ["Emma Jensen (S1042)", "Complaint", "open", "Father: Emma's photo on Instagram"]
    assert ("info", "Close request", "Choose a request in the list first.") in dialogs.asked
    assert seen["empty"] == "No open requests."
    assert seen["all"][4].startswith("closed ") and seen["all"][6] == "Photo taken down; answered by e-mail"
    (r,) = dr.list_requests(window.lib)
    assert r["status"] == "closed" and r["handled_by"] == "tester"
