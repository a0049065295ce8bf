"""The yearly renewal dialog (issue 14, item 2): who must be asked per class,
start the round, mark a form back, the return rate per class, the forms and
the mail-merge file; every action runs off the GUI thread."""

from __future__ import annotations

import threading
from datetime import date
from collections import deque
from pathlib import Path

from mediadesk.services import renewal


def _rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_renewal_dialog_lists_starts_marks_and_writes(qtbot, window, dialogs, tmp_path: Path, monkeypatch) -> None:
    from mediadesk.gui.renewal import RenewalDialog

    # every service call of the dialog happens off the GUI thread
    gui = threading.get_ident()
    threads: dict[str, set] = {}
    names = ("who_to_ask", "round_status", "start_round", "mark_returned", "write_forms", "write_mailmerge")
    originals = {n: getattr(renewal, n) for n in names}
    for name in names:
        real = getattr(renewal, name)

        def spy(*a, _real=real, _name=name, **kw):
            threads.setdefault(_name, set()).add(threading.get_ident())
            return _real(*a, **kw)

        monkeypatch.setattr(renewal, name, spy)
    seen: dict = {}

    def drive(dlg):
        assert isinstance(dlg, RenewalDialog)
        dlg.year.setEditText("2027/28")
        dlg.reload()
        qtbot.waitUntil(lambda: not dlg.loading, timeout=10000)
        seen["before"] = _rows(dlg.table)
        seen["summary"] = dlg.summary.text()
        assert not dlg.returned_btn.isEnabled()  # no round yet
        dlg.start_btn.click()
        qtbot.waitUntil(lambda: dlg.status is not None and not dlg.loading, timeout=10000)
        seen["rates_started"] = _rows(dlg.rates)
        # Sofie's form came back
        row = next(i for i in range(dlg.table.rowCount()) if dlg.table.item(i, 2).text() == "S1044")
        dlg.table.selectRow(row)
        dlg.returned_btn.click()
        qtbot.waitUntil(lambda: dlg.status is not None and dlg.status.total.returned == 1 and not dlg.loading,
                        timeout=10000)
        seen["after"] = _rows(dlg.table)
        seen["rates"] = _rows(dlg.rates)
        seen["summary_after"] = dlg.summary.text()
        dialogs.answers["open_folder"] = deque([str(tmp_path / "forms")])
        dlg.forms_btn.click()
        qtbot.waitUntil(lambda: not dlg.busy, timeout=20000)
        seen["forms_msg"] = dlg.message.text()
        dialogs.answers["save_file"] = deque([str(tmp_path / "merge.csv")])
        dlg.merge_btn.click()
        qtbot.waitUntil(lambda: not dlg.busy, timeout=20000)
        seen["merge_msg"] = dlg.message.text()
        return 0

    dialogs.on_dialog = drive
    window.act_renewal.trigger()
    for n, f in originals.items():  # the test's own reads below run here
        monkeypatch.setattr(renewal, n, f)
    for name, ids in threads.items():
        assert gui not in ids, f"{name} ran on the GUI thread"
    assert set(threads) == set(names)

    # the sample school (DK, age 15): every pupil's form ends on 31 July 2027
    before = {r[2]: r for r in seen["before"]}
    assert set(before) == {"S1042", "S1043", "S1044"}  # no staff
    assert before["S1042"][0] == "7A" and "turns 15 on 12 Mar 2027" in before["S1042"][3]
    assert before["S1042"][4] == "the pupil" and before["S1044"][4] == "parent or guardian"
    assert "the consent form ends on 31 Jul 2027" in before["S1044"][3]
    assert "Forms ending by 2027-07-31 · 3 to ask" in seen["summary"] and "has not started" in seen["summary"]
    assert seen["rates_started"] == [["7A", "2", "2", "0", "0%"], ["9B", "1", "1", "0", "0%"]]

    after = {r[2]: r for r in seen["after"]}
    assert after["S1044"][5] == "back " + date.today().isoformat()
    assert after["S1042"][5] == "not back"
    assert seen["rates"] == [["7A", "2", "2", "1", "50%"], ["9B", "1", "1", "0", "0%"]]
    assert "round: 1 of 3 forms back (33%)" in seen["summary_after"]
    st = renewal.round_status(window.lib, "2027/28")
    assert [(p["person"], bool(p["returned_on"])) for p in st.pupils] == [
        ("S1042", False), ("S1044", True), ("S1043", False)]

    # the forms of the pupils not back yet, and the mail merge
    assert sorted(p.name for p in (tmp_path / "forms").iterdir()) == [
        "consent-2027-28-S1042.pdf", "consent-2027-28-S1043.pdf"]
    assert seen["forms_msg"].startswith("2 form(s) written to")
    assert (tmp_path / "merge.csv").read_text("utf-8-sig").count("\n") == 3
    assert seen["merge_msg"].startswith("2 row(s) written to")


def test_a_bad_school_year_is_said_and_nothing_is_offered(qtbot, window, dialogs) -> None:
    from mediadesk.gui.renewal import RenewalDialog

    seen: dict = {}

    def drive(dlg):
        assert isinstance(dlg, RenewalDialog)
        qtbot.waitUntil(lambda: not dlg.loading, timeout=10000)
        seen["default"] = dlg.year.currentText()
        dlg.year.setEditText("2027/29")
        dlg.reload()
        qtbot.waitUntil(lambda: not dlg.loading, timeout=10000)
        seen["message"] = dlg.message.text()
        seen["rows"] = dlg.table.rowCount()
        seen["start"] = dlg.start_btn.isEnabled()
        return 0

    dialogs.on_dialog = drive
    window.act_renewal.trigger()
    from mediadesk.core.renewal import SchoolYear

    assert seen["default"] == SchoolYear(SchoolYear.containing(date.today()).start + 1).label  # the coming year
    assert "school year: '2027/29' is not a school year" in seen["message"]
    assert seen["rows"] == 0 and not seen["start"]
