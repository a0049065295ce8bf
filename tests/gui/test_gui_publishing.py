"""Publishing page: takedown badge and list, export, publication log, consent
overview, audit log; the person page's report for a parent."""

from __future__ import annotations

from mediadesk.services.changes import Changes

from collections import deque
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import add_photo, verdict
from mediadesk.services.assets import block, review_complete, tag

pytestmark = pytest.mark.timeout(120)


def _published(qtbot, window, tmp_path, name="gala.jpg", source="two_people.jpg", channel="website"):
    from mediadesk.services.publishing import record_publication

    lib = window.lib
    a = add_photo(lib, tmp_path, name, source)
    tag(lib, a, ["S1042"])
    review_complete(lib, a)
    record_publication(lib, a, channel, where="school.dk/news/gala")
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    return a


def _withdraw(window, dialogs, external_id="S1042", qtbot=None):
    from mediadesk.gui.people import WithdrawalResultDialog, WithdrawDialog

    window.open_person(external_id)

    def answer(dlg):
        if isinstance(dlg, WithdrawDialog):
            dlg.reason_edit.setPlainText("parent phoned the office")
            return QDialog.Accepted
        return 0

    dialogs.on_dialog = answer
    window.people.person.btn_withdraw.click()  # runs off the GUI thread
    qtbot.waitUntil(lambda: any(isinstance(d, WithdrawalResultDialog) for d in dialogs.dialogs), timeout=10000)
    dialogs.on_dialog = None


def test_withdrawal_shows_takedown_badge_and_marking_clears_it(qtbot, window, tmp_path, dialogs):
    a = _published(qtbot, window, tmp_path)
    assert verdict(window, a, "website") == "cleared"
    sb = window.sidebar
    assert sb.takedown_count == 0 and sb.takedown_item.text(1) == ""

    _withdraw(window, dialogs, qtbot=qtbot)
    assert sb.takedown_count == 1
    assert sb.takedown_item.text(1) == "1"

    # the sidebar item opens the takedown list
    sb.itemClicked.emit(sb.takedown_item, 0)
    assert window.stack.currentWidget() is window.publishing
    view = window.publishing.takedown
    assert view.isVisible()
    t = view.table
    assert t.rowCount() == 1
    assert t.item(0, 0).text() == "gala.jpg"
    assert t.item(0, 3).text() == "school.dk/news/gala"
    why = t.item(0, 4).text()
    assert why and why == "; ".join(r.message("en") for r in view.items[0].reasons)
    assert "withdr" in why.lower() or "revok" in why.lower(), why

    t.selectRow(0)
    assert view.btn_done.isEnabled()
    view.btn_done.click()
    assert t.rowCount() == 0
    assert sb.takedown_count == 0 and sb.takedown_item.text(1) == ""
    from mediadesk.services.publishing import publications

    assert publications(window.lib)[0]["taken_down"]


def _export_everything_for(channel: str, out: Path, dialogs):
    """A dialog answerer: the export dialog exports every asset for ``channel``
    into ``out`` (picked with the folder button); other dialogs are closed."""
    from mediadesk.gui.publishing import ExportDialog

    def answer(dlg):
        if isinstance(dlg, ExportDialog):
            dlg.channel.setCurrentIndex(dlg.channel.findData(channel))
            dlg.scope_all.setChecked(True)
            dialogs.answers["open_folder"] = deque([str(out)])
            dlg._pick()
            assert dlg.folder.text() == str(out)
            dlg.try_accept()
            return dlg.result()
        return 0

    return answer


def test_export_through_the_gui_writes_cleared_skips_blocked_and_records(qtbot, window, tmp_path, dialogs):
    from mediadesk.gui.publishing import ExportReportDialog
    from mediadesk.services.publishing import publications

    lib = window.lib
    ok = add_photo(lib, tmp_path, "ok.jpg", "two_people.jpg")
    tag(lib, ok, ["S1042"])
    review_complete(lib, ok)
    bad = add_photo(lib, tmp_path, "bad.jpg", "biden.jpg")
    block(lib, bad, "a pupil in the background")
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=5000)
    out = tmp_path / "out"
    dialogs.on_dialog = _export_everything_for("website", out, dialogs)
    window.act_export.trigger()
    c = window.exports[0] if window.exports else None
    assert c is not None
    qtbot.waitUntil(lambda: c.done, timeout=20000)
    assert c.error is None
    report = c.report
    assert [e.asset for e in report.exported] == [ok]
    assert [s.asset for s in report.skipped] == [bad]
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 1 and files[0].endswith(".jpg")
    shown = next(d for d in dialogs.dialogs if isinstance(d, ExportReportDialog))
    assert shown.skipped_table.rowCount() == 1
    assert shown.skipped_table.item(0, 0).text() == "bad.jpg"
    assert "background" in shown.skipped_table.item(0, 1).text()
    pubs = publications(lib)
    assert [(p["asset"], p["channel"]) for p in pubs] == [(ok, "website")]

    # the publication log shows it; undo asks a reason
    window.show_publishing("publications")
    view = window.publishing.publications
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == "ok.jpg"
    view.table.selectRow(0)
    dialogs.answers["get_text"] = deque(["wrong channel"])
    view.btn_undo.click()
    assert view.table.rowCount() == 0
    assert publications(lib, include_undone=True)[0]["undo_reason"] == "wrong channel"


def test_export_dialog_needs_a_folder(qtbot, window, dialogs):
    from mediadesk.gui.publishing import ExportDialog

    dlg = ExportDialog(window.state, [])
    qtbot.addWidget(dlg)
    assert not dlg.scope_selection.isEnabled() and dlg.scope_all.isChecked()
    dlg.try_accept()
    assert dlg.result() == 0 and dlg.message.text()


def test_audit_view_filtered_by_action_and_asset(qtbot, window, tmp_path, dialogs):
    a = _published(qtbot, window, tmp_path)
    window.show_publishing("audit")
    view = window.publishing.audit
    assert view.table.rowCount() > 1
    view.action.setText("publication")
    view.btn_apply.click()
    assert view.table.rowCount() == 1
    assert view.table.item(0, 2).text() == "publication.record"
    assert "school.dk/news/gala" in view.table.item(0, 3).text()
    # unknown person: said in the status line, no crash
    view.person.setText("NOBODY")
    view.btn_apply.click()
    assert view.table.rowCount() == 0 and view.status.text()
    view.person.setText("")
    # by asset: everything that happened to the photo, nothing about other assets
    other = add_photo(window.lib, tmp_path, "other.jpg", "obama_small.jpg")
    block(window.lib, other, "blurry")
    view.action.setText("")
    view.asset.setText(a[:8])
    view.btn_apply.click()
    actions = {view.table.item(r, 2).text() for r in range(view.table.rowCount())}
    assert {"asset.import", "presence.add", "asset.review", "publication.record"} <= actions
    assert "asset.block" not in actions
    view.asset.setText("")
    out = tmp_path / "audit.csv"
    dialogs.answers["save_file"] = deque([str(out)])
    view.btn_csv.click()
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("at,actor,action") and "publication.record" in text


def test_consent_overview_saves_csv_with_a_pupils_name(qtbot, window, tmp_path, dialogs):
    window.show_publishing("overview")
    view = window.publishing.overview
    assert view.report is not None
    assert view.table.rowCount() == len(view.report["groups"]) * len(view.report["channels"])
    pupil = next(p for p in view.report["people"] if p["role"] == "student")
    texts = [view.table.item(r, c).text() for r in range(view.table.rowCount()) for c in range(2, 5)]
    assert any(pupil["name"] in t for t in texts)
    out = tmp_path / "overview.csv"
    dialogs.answers["save_file"] = deque([str(out)])
    view.btn_csv.click()
    assert pupil["name"] in out.read_text(encoding="utf-8-sig")
    view.days.setValue(400 if view.days.maximum() >= 400 else view.days.maximum())
    assert view.report["days"] == view.days.value()


def test_person_page_report_button_writes_a_pdf(qtbot, window, tmp_path, dialogs):
    window.open_person("S1042")
    page = window.people.person
    assert page.btn_report.isVisible()
    out = tmp_path / "S1042.pdf"
    dialogs.answers["save_file"] = deque([str(out)])
    page.btn_report.click()
    assert out.read_bytes().startswith(b"%PDF")
    assert any(kind == "save_file" for kind, _t, _n in dialogs.asked)


def test_record_publication_by_hand_for_the_selected_asset(qtbot, window, tmp_path, dialogs):
    from mediadesk.services.publishing import publications

    lib = window.lib
    a = add_photo(lib, tmp_path)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.detail.asset_id == a, timeout=5000)
    window.show_publishing("publications")
    view = window.publishing.publications
    # no channel chosen: says what to do, records nothing
    view.btn_record.click()
    assert dialogs.asked[-1][0] == "info" and publications(lib) == []
    view.channel.setCurrentIndex(view.channel.findData("website"))
    dialogs.answers["get_text"] = deque(["school.dk/news/gala"])
    view.btn_record.click()
    assert [(p["asset"], p["channel"], p["where"]) for p in publications(lib)] == [(a, "website", "school.dk/news/gala")]
    assert view.table.rowCount() == 1 and view.table.item(0, 3).text() == "school.dk/news/gala"


def test_export_cancel_stops_after_the_current_file_and_leaves_nothing_half_written(qtbot, window, tmp_path, dialogs, monkeypatch):
    import time

    import mediadesk.media.export as media_export
    from mediadesk.gui.publishing import ExportReportDialog
    from mediadesk.services.publishing import publications

    lib = window.lib
    for i in range(12):
        a = add_photo(lib, tmp_path, f"p{i:02d}.jpg", "two_people.jpg", variant=i + 1)
        tag(lib, a, ["S1042"])
        review_complete(lib, a)
    real = media_export.export_asset

    def slow(*args, **kwargs):  # a slow disk: each file takes a while
        time.sleep(0.15)
        return real(*args, **kwargs)

    monkeypatch.setattr(media_export, "export_asset", slow)
    out = tmp_path / "out"
    dialogs.on_dialog = _export_everything_for("website", out, dialogs)
    window.act_export.trigger()
    c = window.exports[0]
    qtbot.waitUntil(lambda: c.dialog.bar.value() >= 2, timeout=20000)
    assert c.dialog.cancel_btn.isEnabled()
    c.dialog.cancel_btn.click()
    qtbot.waitUntil(lambda: c.done, timeout=20000)
    assert c.error is None
    report = c.report
    assert report.cancelled
    assert 0 < len(report.exported) < 12
    # what was written is exactly what was recorded as published: no stray or partial files
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(e.file).name for e in report.exported)
    assert sorted(p["asset"] for p in publications(lib)) == sorted(e.asset for e in report.exported)
    assert any(isinstance(d, ExportReportDialog) for d in dialogs.dialogs)
