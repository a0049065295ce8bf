"""File → Due for deletion… (issue 15, item 3): the list on a day, the
confirmation, the deletion off the GUI thread, the outside files shown."""

from __future__ import annotations

import hashlib
import os
import threading
from collections import deque
from pathlib import Path

from mediadesk.services import retention as rt
from mediadesk.services.changes import Changes
from mediadesk.media.worker import FileResult
from mediadesk.services.importer import import_paths
from mediadesk.services.queries import filtered_asset_ids, with_lib


def _add(lib, path: Path, taken: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(os.urandom(64))
    st = path.stat()
    res = FileResult(path=str(path), ok=True, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                      size=st.st_size, mtime=st.st_mtime, kind="photo",
                      info={"kind": "photo", "capture_time": f"{taken}T10:00:00+00:00"})
    return import_paths(lib, [path], event="Sports day", results=[res]).asset_ids[0]


def test_due_for_deletion_lists_confirms_and_deletes_off_the_gui_thread(qtbot, window, dialogs, tmp_path, monkeypatch):
    from PySide6.QtCore import QDate

    from mediadesk.gui.retention import RetentionDialog

    lib = window.lib
    old = _add(lib, tmp_path / "camera" / "race.jpg", "2020-03-02")
    new = _add(lib, tmp_path / "camera" / "relay.jpg", "2020-03-20")
    rt.set_class(lib, "situation", event="Sports day")
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=5000)

    threads: list[bool] = []
    real = rt.delete_assets

    def recording(*a, **kw):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*a, **kw)

    monkeypatch.setattr(rt, "delete_assets", recording)
    seen: dict = {}

    def drive(dlg):
        assert isinstance(dlg, RetentionDialog)
        t = dlg.table
        dlg.day.setDate(QDate(2020, 4, 1))  # only the race is due then (4 weeks after 03-02)
        seen["row"] = [t.item(0, c).text() for c in range(t.columnCount())]
        seen["rows_0401"] = t.rowCount()
        dlg.day.setDate(QDate.currentDate())
        seen["rows_today"] = t.rowCount()
        dlg.delete_btn.click()  # nothing chosen
        t.selectRow(0)
        dialogs.answers["confirm"] = deque([False, True])
        dlg.delete_btn.click()  # asked, and no
        seen["after_no"] = t.rowCount()
        dlg.delete_btn.click()  # asked, and yes
        qtbot.waitUntil(lambda: dlg.op is None and t.rowCount() == 1, timeout=10000)
        seen["left"] = t.item(0, 2).text()
        return 0

    dialogs.on_dialog = drive
    window.open_retention()
    assert seen["rows_0401"] == 1
    assert seen["row"][:4] == ["delete", "2020-03-30", "race.jpg", "Sports day"]
    assert "never published" in seen["row"][4]
    assert seen["rows_today"] == 2 and seen["after_no"] == 2
    assert ("info", "Delete", "Choose the photos and clips to delete in the list first.") in dialogs.asked
    confirms = [a for a in dialogs.asked if a[0] == "confirm"]
    assert len(confirms) == 2 and "cannot be undone" in confirms[0][2]
    # deleted in the background, the race (oldest first) only; the relay is left
    assert threads == [False]
    assert seen["left"] == "relay.jpg"
    ids = with_lib(lib, filtered_asset_ids)
    assert old not in ids and new in ids
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)  # the grid refreshed
    (info,) = [a for a in dialogs.asked if a[0] == "info" and a[1] == "Deleted"]
    assert "deleted from the library." in info[2] and "not taken down" not in info[2]
    assert str(tmp_path / "camera" / "race.jpg") in info[2]  # the original, listed and still there
    assert (tmp_path / "camera" / "race.jpg").exists()


def test_classes_and_periods_are_set_in_the_dialog(qtbot, window, dialogs, tmp_path):
    from mediadesk.gui.retention import RetentionDialog
    from mediadesk.services.settings import library_settings

    lib = window.lib
    race = _add(lib, tmp_path / "camera" / "race.jpg", "2020-03-02")
    seen: dict = {}

    def drive(dlg):
        assert isinstance(dlg, RetentionDialog)
        page = dlg.classes
        seen["before"] = dlg.table.rowCount()
        dlg.tabs.setCurrentWidget(page)
        page.set_btn.click()  # no event chosen
        page.table.selectRow(0)
        assert page.table.item(0, 0).text() == "Sports day"
        page.cls.setCurrentIndex(page.cls.findData("archive"))
        page.reason.setText("")
        page.set_btn.click()  # the archive needs a reason: refused, shown
        qtbot.waitUntil(lambda: not dlg.state.writes_pending(), timeout=10000)
        page.cls.setCurrentIndex(page.cls.findData("situation"))
        page.set_btn.click()
        qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=10000)  # the race is due now
        seen["class"] = page.table.item(0, 1).text()
        page.weeks.setValue(2)
        page.default.setCurrentIndex(page.default.findData("portrait"))
        page.save_btn.click()
        qtbot.waitUntil(lambda: not dlg.state.writes_pending(), timeout=10000)
        return 0

    dialogs.on_dialog = drive
    window.open_retention()
    assert seen["before"] == 0 and seen["class"] == "Situation photos"
    assert ("info", "Retention class", "Choose an event in the list first.") in dialogs.asked
    errors = [a for a in dialogs.asked if a[0] == "error"]
    assert len(errors) == 1 and "archive class needs a reason" in errors[0][2]
    assert [e.retention_class for e in rt.events(lib)] == ["situation"]
    s = library_settings(lib)
    assert (s["retention_situation_weeks"], s["retention_default_class"]) == (2, "portrait")
    assert [i.asset for i in rt.due_list(lib)] == [race]
