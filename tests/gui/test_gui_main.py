"""The desktop app: first run, grid, import, viewer, withdrawal, quick check."""

from __future__ import annotations

from mediadesk.services.changes import Changes

import shutil
from collections import deque
import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from tests.helpers import wait_saved
from tests.gui.conftest import DATA, add_face, add_photo, photo_with_open_face, verdict
from mediadesk.services.assets import get_asset, list_assets, review_complete, tag, verdicts_of
from mediadesk.services.consent import list_consents, revoke
from mediadesk.services.library import audit_log
from mediadesk.services.people import add_person, get_person, list_people
from mediadesk.services.settings import library_settings

pytestmark = pytest.mark.timeout(120)


# ---- first run -------------------------------------------------------------------------
def test_wizard_creates_library_with_chosen_profile(qtbot, tmp_path, dialogs):
    from mediadesk.gui.wizard import FirstRunWizard, create_library

    target = tmp_path / "school" / "library.sqlite"
    wiz = FirstRunWizard(tmp_path / "default.sqlite", "en")
    qtbot.addWidget(wiz)
    wiz.location.path.setText(str(target))
    combo = wiz.rules.profile.profile
    combo.setCurrentIndex(combo.findData("nl"))
    wiz.rules.language.setCurrentIndex(wiz.rules.language.findData("nl"))
    faces = wiz.faces.faces
    faces.set_mode("match")
    assert not wiz.faces.validatePage(), "match needs a DPIA reference"
    faces.dpia_ref.setText("DPIA-2026-04")
    assert wiz.faces.validatePage()
    lib = create_library(wiz.values())
    try:
        s = library_settings(lib)
        assert target.exists()
        assert s["profile"] == "nl" and s["age_of_consent"] == 16
        assert s["language"] == "nl"
        assert s["face_mode"] == "match" and s["dpia_reference"] == "DPIA-2026-04"
    finally:
        lib.close()


def test_wizard_walks_through_with_its_buttons_from_the_defaults(qtbot, tmp_path, dialogs):
    """A user who accepts every default can click Next, Next, Finish."""
    from PySide6.QtWidgets import QWizard

    from mediadesk.gui.wizard import FirstRunWizard

    wiz = FirstRunWizard(tmp_path / "default.sqlite", "en")
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    for _ in range(2):
        assert wiz.button(QWizard.NextButton).isEnabled(), wiz.currentPage().title()
        wiz.button(QWizard.NextButton).click()
    assert wiz.currentPage() is wiz.faces
    wiz.button(QWizard.FinishButton).click()
    assert wiz.result() == QDialog.Accepted
    assert wiz.values()["path"] == str(tmp_path / "default.sqlite")
    assert wiz.values()["face_mode"] == "detect"
    # an empty location cannot be accepted
    wiz2 = FirstRunWizard(tmp_path / "x.sqlite", "en")
    qtbot.addWidget(wiz2)
    wiz2.show()
    wiz2.location.path.setText("  ")
    assert not wiz2.button(QWizard.NextButton).isEnabled()


def test_first_run_opens_wizard_when_no_library(qtbot, tmp_path, dialogs, monkeypatch):
    """app.open_library shows the wizard for a missing library file (answered here)."""
    from types import SimpleNamespace

    from mediadesk import app

    target = tmp_path / "new.sqlite"

    def answer(wiz):
        wiz.location.path.setText(str(target))
        wiz.rules.profile.profile.setCurrentIndex(wiz.rules.profile.profile.findData("custom"))
        wiz.rules.profile.age.setValue(14)
        return QDialog.Accepted

    dialogs.on_dialog = answer
    args = SimpleNamespace(db=str(target), profile=None, age_of_consent=None, lang="en")
    lib = app.open_library(args, demo=False)
    try:
        assert library_settings(lib)["profile"] == "custom"
        assert library_settings(lib)["age_of_consent"] == 14
        assert library_settings(lib)["face_mode"] == "detect"
    finally:
        lib.close()


# ---- grid and detail -----------------------------------------------------------------------
def _photo_of_emma(qtbot, window, tmp_path) -> str:
    """A photo with Emma (S1042) tagged and the people list confirmed, in the grid."""
    lib = window.lib
    a = add_photo(lib, tmp_path)
    tag(lib, a, ["S1042"])
    review_complete(lib, a)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    return a


def test_grid_shows_assets_with_badges_and_detail(qtbot, window, tmp_path):
    a = _photo_of_emma(qtbot, window, tmp_path)
    assert verdict(window, a, "website") == "cleared"
    assert verdict(window, a, "instagram") == "blocked"  # Emma: no Instagram consent
    window.library.grid.select_asset(a)
    d = window.library.detail
    assert d.asset_id == a
    texts = " ".join(lbl.text() for lbl in d.body.findChildren(type(d.title)))
    assert "Emma Jensen" in texts and "Instagram" in texts
    # the card shows one badge per verdict: a green "cleared", a red "blocked"
    assert {"cleared", "blocked"} <= _badges_painted(window.library.grid, 0)


def _badges_painted(grid, row: int) -> set[str]:
    """The verdicts whose badge colour appears in the painted card of ``row``."""
    from mediadesk.gui.theme import VERDICT_COLOURS

    rect = grid.visualRect(grid.model().index(row))
    image = grid.viewport().grab(rect).toImage()
    seen = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    return {v for v, colour in VERDICT_COLOURS.items() if colour.rgb() in seen}


def test_filters_by_person_and_verdict(qtbot, window, tmp_path):
    lib = window.lib
    a = add_photo(lib, tmp_path, "a.jpg", "two_people.jpg")
    b = add_photo(lib, tmp_path, "b.jpg", "biden.jpg")
    tag(lib, a, ["S1042"])
    review_complete(lib, a)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=5000)
    from mediadesk.services.queries import AssetFilter

    emma = get_person(lib, "S1042").id.hex
    with qtbot.waitSignal(window.library.reloaded, timeout=5000):
        window.library.apply_filter(AssetFilter(person_id=emma))
    assert window.library.model.ids() == [a]
    with qtbot.waitSignal(window.library.reloaded, timeout=5000):
        window.library.apply_filter(AssetFilter(channel="website", verdict="needs_review"))
    assert window.library.model.ids() == [b]


# ---- import ------------------------------------------------------------------------------
def test_import_folder_shows_assets_and_report_with_rejected_file(qtbot, window, tmp_path, dialogs):
    from mediadesk.gui.importing import ImportReportDialog

    folder = tmp_path / "Gala 2026"
    folder.mkdir()
    shutil.copy(DATA / "faces" / "two_people.jpg", folder / "IMG_0001.jpg")
    shutil.copy(DATA / "faces" / "biden.jpg", folder / "IMG_0002.jpg")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    c = window.start_import([str(folder)])
    assert c.dialog.isVisible() and c.dialog.cancel_btn.isEnabled()
    qtbot.waitUntil(lambda: any(isinstance(d, ImportReportDialog) for d in dialogs.dialogs), timeout=90000)
    report_dlg = next(d for d in dialogs.dialogs if isinstance(d, ImportReportDialog))
    assert len(report_dlg.report.imported) == 2
    assert [Path(r["path"]).name for r in report_dlg.report.rejected] == ["broken.jpg"]
    assert report_dlg.rejected_table.rowCount() == 1
    assert report_dlg.rejected_table.item(0, 0).text() == "broken.jpg"
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=5000)
    names = {window.library.model.row(i).name for i in range(2)}
    assert names == {"IMG_0001.jpg", "IMG_0002.jpg"}
    # the folder became an event in the sidebar, with its two assets counted
    tops = [window.sidebar.topLevelItem(i) for i in range(window.sidebar.topLevelItemCount())]
    (events,) = [t for t in tops if t.text(0) == "EVENTS"]
    shown = [(events.child(i).text(0), events.child(i).text(1)) for i in range(events.childCount())]
    assert shown == [("Gala 2026", "2")]


def test_import_cancel_keeps_gui_alive(qtbot, window, tmp_path, dialogs):
    from mediadesk.gui.importing import ImportController, ImportReportDialog
    from mediadesk.gui.importing import default_import
    from tests.helpers import fake_result

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"p{i:02d}.jpg").write_bytes(bytes([i]) * 100)

    def slow(lib, paths, progress, cancel):
        import time

        def results():
            for f in sorted(folder.iterdir()):
                time.sleep(0.02)
                yield fake_result(f)

        return default_import(lib, paths, progress=progress, cancel=cancel, results=results())

    old = ImportController.import_fn
    ImportController.import_fn = staticmethod(slow)
    try:
        c = window.start_import([str(folder)])
        qtbot.waitUntil(lambda: c.dialog.bar.value() > 0, timeout=5000)
        c.dialog.cancel_btn.click()
        qtbot.waitUntil(lambda: any(isinstance(d, ImportReportDialog) for d in dialogs.dialogs), timeout=10000)
    finally:
        ImportController.import_fn = old
    report = c.report
    assert report.cancelled
    assert 0 < len(report.imported) < 30


# ---- viewer and faces ----------------------------------------------------------------------
def test_resolving_a_face_in_the_viewer_turns_badge_cleared(qtbot, window, tmp_path):
    lib = window.lib
    a, fid = photo_with_open_face(qtbot, window, tmp_path)
    assert verdict(window, a, "website") == "needs_review"

    window.open_viewer(a)
    v = window.viewer
    assert window.stack.currentWidget() is v
    qtbot.waitUntil(lambda: v.canvas.pixmap is not None, timeout=10000)
    assert [f.id for f in v.canvas.faces] == [fid]
    # click on the box: the person picker opens
    r = v.canvas.to_widget(v.faces[0])
    qtbot.mouseClick(v.canvas, Qt.LeftButton, pos=r.center().toPoint())
    picker = v.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, "emma")
    assert picker.list.count() == 1
    qtbot.keyClick(picker.search, Qt.Key_Return)  # stored off the GUI thread, then shown
    qtbot.waitUntil(lambda: not window.state.writes_pending(), timeout=10000)
    assert verdicts_of(lib, [a], ["website"])[0][0].verdict.value == "cleared"
    assert verdict(window, a, "website") == "cleared"
    assert v.faces[0].state == "confirmed" and v.faces[0].person_external_id == "S1042"


def test_viewer_suggestion_not_identifiable_and_drawn_box(qtbot, window, tmp_path):
    lib = window.lib
    a = add_photo(lib, tmp_path)
    f1 = add_face(lib, a, (10, 10, 50, 50), state="suggested", suggested="S1043")
    f2 = add_face(lib, a, (200, 10, 50, 50))
    review_complete(lib, a)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    window.open_viewer(a)
    v = window.viewer
    qtbot.waitUntil(lambda: v.canvas.pixmap is not None, timeout=10000)
    v.select_face(f1)
    assert v.act_accept.isEnabled()
    v.act_accept.trigger()
    v.select_face(f2)
    v.act_dismiss.trigger()
    qtbot.waitUntil(lambda: not window.state.writes_pending(), timeout=10000)
    states = {f.id: f.state for f in v.faces}
    assert states == {f1: "confirmed", f2: "dismissed"}
    # Lars: website consent -> cleared
    assert verdict(window, a, "website") == "cleared"
    # draw a new box by hand: it must be resolved again
    v.act_draw.trigger()
    t = v.canvas.target_rect()
    start = QPoint(int(t.left() + 20), int(t.top() + 60))
    qtbot.mousePress(v.canvas, Qt.LeftButton, pos=start)
    qtbot.mouseMove(v.canvas, start + QPoint(40, 40))
    qtbot.mouseRelease(v.canvas, Qt.LeftButton, pos=start + QPoint(40, 40))
    qtbot.waitUntil(lambda: len(v.faces) == 3, timeout=10000)
    assert verdict(window, a, "website") == "needs_review"
    assert v.picker is not None  # the picker opens for the new box
    v.picker.not_identifiable.emit()
    qtbot.waitUntil(lambda: verdict(window, a, "website") == "cleared", timeout=10000)


def test_a_quick_keyboard_review_stores_every_face_in_order_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    """Faces are stored in the background, one write after the other: pressing
    the key three times faster than the library stores them resolves the
    three faces (never one face twice), and closing the window waits for them."""
    import threading
    import time

    from mediadesk.gui import facesvc

    lib = window.lib
    a = add_photo(lib, tmp_path)
    faces = [add_face(lib, a, (10 + 90 * i, 10, 50, 50)) for i in range(3)]
    review_complete(lib, a)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    stored: list = []
    real = facesvc.resolve_face

    def slow_resolve(lib_, asset_id, face_id, **kw):
        time.sleep(0.2)  # slower than the key presses
        stored.append((face_id, threading.current_thread() is threading.main_thread()))
        return real(lib_, asset_id, face_id, **kw)

    monkeypatch.setattr(facesvc, "resolve_face", slow_resolve)
    window.open_viewer(a)
    v = window.viewer
    qtbot.waitUntil(lambda: v.canvas.pixmap is not None, timeout=10000)
    v.select_face(faces[0])
    for _ in range(4):  # one press more than there are faces
        v.act_dismiss.trigger()
    assert window.state.writes_pending()
    window.close()  # waits for the writes asked for
    assert stored == [(f, False) for f in faces]
    states = {f.id: f.state for f in v.faces}
    assert states == dict.fromkeys(faces, "dismissed")
    assert verdict(window, a, "website") == "cleared"


def test_keyboard_review_confirm_and_block(qtbot, window, tmp_path, dialogs):
    lib = window.lib
    a = add_photo(lib, tmp_path, "a.jpg")
    b = add_photo(lib, tmp_path, "b.jpg", "biden.jpg")
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=5000)
    window.open_viewer(a)
    assert "Ctrl+Return" in window.act_confirm.toolTip() or "Ctrl+Enter" in window.act_confirm.toolTip()
    window.act_confirm.trigger()  # stored off the GUI thread, then shown
    qtbot.waitUntil(lambda: verdict(window, a, "website") == "cleared", timeout=10000)  # nobody on it, confirmed
    window.act_next.trigger()
    assert window.viewer.asset_id == b
    dialogs.answers["get_text"] = __import__("collections").deque(["Principal asked us not to"])
    window.act_block.trigger()
    qtbot.waitUntil(lambda: verdict(window, b, "website") == "blocked", timeout=10000)
    window.act_prev.trigger()
    assert window.viewer.asset_id == a
    window.act_back.trigger()
    assert window.stack.currentWidget() is window.library


# ---- people and withdrawal -----------------------------------------------------------------
def test_withdrawing_consent_blocks_asset_and_lists_takedown(qtbot, window, tmp_path, dialogs):
    from mediadesk.gui.people import WithdrawalResultDialog, WithdrawDialog
    from mediadesk.store.tables import Publication

    lib = window.lib
    a = add_photo(lib, tmp_path)
    tag(lib, a, ["S1042"])
    review_complete(lib, a)
    with lib.unit() as s:
        s.add(Publication(asset_id=uuid.UUID(hex=a), channel="website", published_on=date(2026, 10, 2),
                          location="school.dk/news/gala", recorded_by="tester"))
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    assert verdict(window, a, "website") == "cleared"

    window.open_person("S1042")
    page = window.people.person
    assert page.external_id == "S1042"
    assert page.assets_model.ids() == [a]

    def answer(dlg):
        if isinstance(dlg, WithdrawDialog):
            dlg.reason_edit.setPlainText("parent phoned the office")
            return QDialog.Accepted
        return 0

    dialogs.on_dialog = answer
    page.btn_withdraw.click()
    qtbot.waitUntil(lambda: any(isinstance(d, WithdrawalResultDialog) for d in dialogs.dialogs), timeout=10000)
    result = next(d for d in dialogs.dialogs if isinstance(d, WithdrawalResultDialog))
    assert result.blocked_assets == [a]
    assert [t.asset for t in result.takedown] == [a]
    assert result.takedown[0].where == "school.dk/news/gala"
    assert "school.dk/news/gala" in result.takedown_list.item(0).text()
    assert verdict(window, a, "website") == "blocked"
    assert list_consents(lib, "S1042")[0].revoke_reason == "parent phoned the office"
    # the timeline shows the withdrawal
    from mediadesk.gui.people import TimelineEntry

    entries = page.findChildren(TimelineEntry)
    assert entries and any("parent phoned" in lbl.text() for e in entries for lbl in e.findChildren(type(page.name)))


def test_add_consent_form_with_evidence(qtbot, window, tmp_path, dialogs):
    from mediadesk.gui.people import ConsentFormDialog

    evidence = tmp_path / "scan.pdf"
    evidence.write_bytes(b"%PDF-1.4 scan")

    def answer(dlg):
        dlg.granted_by.setCurrentIndex(dlg.granted_by.findData("self"))
        dlg.channel_checks["tiktok"].setChecked(True)
        dlg.media_checks["video"].setChecked(True)
        dlg._set_evidence(str(evidence))
        dlg.try_accept()
        return dlg.result()

    dialogs.on_dialog = answer
    window.open_person("T1")
    window.people.person.btn_add.click()
    assert any(isinstance(d, ConsentFormDialog) for d in dialogs.dialogs)
    qtbot.waitUntil(lambda: len(list_consents(window.lib, "T1")) == 2, timeout=10000)  # stored off the GUI thread
    recs = list_consents(window.lib, "T1")
    assert recs[-1].channels == "tiktok" and recs[-1].evidence_path.endswith(".pdf")
    assert recs[-1].evidence_sha256


def test_people_list_search_and_state_filter(qtbot, window):
    page = window.people
    window.show_people()
    assert page.proxy.rowCount() == 4
    page.search.setText("7a")
    assert page.proxy.rowCount() == 2  # Emma and Sofie
    page.search.setText("")
    page.state_box.setCurrentIndex(page.state_box.findData("ban"))
    assert page.proxy.rowCount() == 1
    assert page.proxy.data(page.proxy.index(0, 0)) == "Sofie Berg"


# ---- quick check ---------------------------------------------------------------------------
def _quick_check_page(window, tmp_path):
    """The quick check page and a copy of the real 10 s clip to drop on it."""
    clip = tmp_path / "clip.mp4"
    shutil.copy(DATA / "video" / "short_hamilton_clip.mp4", clip)
    window.show_quick()
    return window.quick, clip


def test_quick_check_of_a_clip_shows_a_verdict(qtbot, window, tmp_path):
    q, clip = _quick_check_page(window, tmp_path)
    seen = []
    with qtbot.waitSignal(q.checked, timeout=90000):
        op = q.check(str(clip))
        op.progress(lambda p: seen.append((p.stage, p.done, p.total)))
        assert q.bar.isVisible() and q.cancel_btn.isVisible()
    assert len(q.evaluations) == len(window.state.channels)
    assert q.result.isVisible()
    assert q.headline_label.text()
    assert all(e.verdict.value in ("needs_review", "blocked") for e in q.evaluations)
    # the clip's frames were counted while its faces were looked for (10 s, one sample a second)
    frames = [(d, t) for stage, d, t in seen if stage == "frames"]
    assert frames and frames[-1][1] in (10, 11) and frames[-1][0] >= 5, seen
    assert not q.bar.isVisible() and not q.cancel_btn.isVisible()


def test_quick_check_of_a_clip_can_be_cancelled(qtbot, window, tmp_path):
    q, clip = _quick_check_page(window, tmp_path)
    frames = []
    op = q.check(str(clip))
    op.progress(lambda p: frames.append(p.done) if p.stage == "frames" else None)
    qtbot.waitUntil(lambda: bool(frames) or op.done, timeout=60000)
    assert not op.done, "the check ended before it could be cancelled"
    q.cancel_btn.click()
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert "stopped" in q.status.text().lower()
    assert not q.bar.isVisible() and not q.result.isVisible()
    assert q.zone.isEnabled()  # ready for the next file
    (asset,) = list_assets(window.lib)
    assert asset.faces_scanned_at is None  # imported, but not checked: needs review
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)  # and in the grid
    ((ev, _),) = verdicts_of(window.lib, [asset.id.hex], ["website"])
    assert "FACES_NOT_SCANNED" in [r.code.value for r in ev.reasons]
    # dropped again: now it is checked all the way (its faces are scanned)
    with qtbot.waitSignal(q.checked, timeout=90000):
        q.check(str(clip))
    assert get_asset(window.lib, asset.id.hex).faces_scanned_at is not None
    assert "FACES_NOT_SCANNED" not in [r.code.value for e in q.evaluations for r in e.reasons]


# ---- settings ------------------------------------------------------------------------------
def test_settings_changes_go_through_update_settings(qtbot, window, dialogs):
    from mediadesk.gui.settings import SettingsDialog

    def answer(dlg: SettingsDialog):
        dlg.profile.profile.setCurrentIndex(dlg.profile.profile.findData("nl"))
        for r in range(dlg.table.rowCount()):
            if dlg.table.item(r, 0).text() == "tiktok":
                dlg.table.item(r, 2).setCheckState(Qt.Unchecked)
            if dlg.table.item(r, 0).text() == "print":
                dlg.table.item(r, 1).setText("Newsletter")
        dlg.period.setValue(12)
        dlg.apply()
        wait_saved(qtbot, dlg)
        return dlg.result()

    dialogs.on_dialog = answer
    window.open_settings()
    s = library_settings(window.lib)
    assert s["profile"] == "nl" and s["age_of_consent"] == 16
    assert s["consent_period_months"] == 12
    chans = {c["slug"]: c for c in s["channels"]}
    assert chans["tiktok"]["hidden"] and chans["print"]["label"] == "Newsletter"
    assert "tiktok" not in window.state.channels
    actions = [e.action for e in audit_log(window.lib, 50)]
    assert actions.count("settings.change") >= 4


def test_drop_files_on_window_starts_import(qtbot, window, tmp_path, dialogs):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from mediadesk.gui.importing import ImportController
    from mediadesk.gui.importing import default_import
    from tests.helpers import fake_result

    photo = tmp_path / "dropped.jpg"
    shutil.copy(DATA / "faces" / "biden.jpg", photo)
    calls = []

    def fake(lib, paths, progress, cancel):
        calls.append(paths)
        return default_import(lib, paths, progress=progress, cancel=cancel, results=[fake_result(photo)])

    old = ImportController.import_fn
    ImportController.import_fn = staticmethod(fake)
    try:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(photo))])
        ev = QDropEvent(QPointF(100, 100), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
        window.dropEvent(ev)
        qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=10000)
    finally:
        ImportController.import_fn = old
    assert calls == [[str(photo)]]


def test_language_switch_in_settings_relaunches_in_danish(qtbot, school, dialogs):
    from mediadesk.gui import i18n
    from mediadesk.gui.mainwindow import MainWindow
    from mediadesk.gui.settings import SettingsDialog

    w = MainWindow(school)
    qtbot.addWidget(w)
    seen = []
    w.language_changed.connect(seen.append)

    def answer(dlg: SettingsDialog):
        dlg.language.setCurrentIndex(dlg.language.findData("da"))
        dlg.apply()
        wait_saved(qtbot, dlg)
        return dlg.result()

    dialogs.on_dialog = answer
    try:
        w.open_settings()
        assert seen == ["da"]
        assert library_settings(school)["language"] == "da"
        assert i18n.install("da")
        w2 = MainWindow(school)
        qtbot.addWidget(w2)
        assert w2.menuBar().actions()[0].text() == "&Filer"
    finally:
        i18n.install("en")


def test_saved_filter_appears_in_sidebar_and_applies(qtbot, window, tmp_path, dialogs):
    from mediadesk.gui.mainwindow import KindRole, ValueRole

    lib = window.lib
    a = add_photo(lib, tmp_path, "a.jpg")
    add_photo(lib, tmp_path, "b.jpg", "biden.jpg")
    add_face(lib, a)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=5000)
    window.library.filters.unresolved.setChecked(True)
    qtbot.waitUntil(lambda: window.library.model.ids() == [a], timeout=5000)
    dialogs.answers["get_text"] = __import__("collections").deque(["Faces to check"])
    window.library.filters.save_btn.click()
    window.library.filters.set_filter(__import__("mediadesk.services.queries", fromlist=["x"]).AssetFilter(), emit=True)
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=5000)
    items = [window.sidebar.topLevelItem(i).child(j) for i in range(window.sidebar.topLevelItemCount())
             for j in range(window.sidebar.topLevelItem(i).childCount())]
    saved = [it for it in items if it.text(0) == "Faces to check"]
    assert saved and saved[0].data(0, KindRole) == "filter"
    assert saved[0].data(0, ValueRole).unresolved_faces
    window.sidebar.itemClicked.emit(saved[0], 0)
    qtbot.waitUntil(lambda: window.library.model.ids() == [a], timeout=5000)
    assert window.library.filters.unresolved.isChecked()


def test_publication_ban_on_the_person_page_blocks_at_once_and_lifting_needs_a_reason(qtbot, window, tmp_path, dialogs):
    lib = window.lib
    a = add_photo(lib, tmp_path)
    tag(lib, a, ["S1042"])
    review_complete(lib, a)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    assert verdict(window, a, "website") == "cleared"
    window.open_person("S1042")
    page = window.people.person
    assert page.ban.isEnabled() and not page.ban.isChecked()
    page.ban.click()  # set the ban
    qtbot.waitUntil(lambda: verdict(window, a, "website") == "blocked", timeout=10000)
    assert get_person(lib, "S1042").publication_ban
    dialogs.answers["get_text"] = deque([""])
    page.ban.click()  # try to lift it without a reason: refused, ban stays
    assert page.ban.isChecked() and get_person(lib, "S1042").publication_ban
    dialogs.answers["get_text"] = deque(["custody order ended, letter of 2026-11-20"])
    page.ban.click()
    qtbot.waitUntil(lambda: verdict(window, a, "website") == "cleared", timeout=10000)
    assert not get_person(lib, "S1042").publication_ban
    from mediadesk.services.privacy import audit_entries

    changes = audit_entries(lib, action="person.publication_ban")
    assert [c["new"]["publication_ban"] for c in changes] == [False, True]
    assert changes[0]["new"]["reason"] == "custody order ended, letter of 2026-11-20"


def test_export_presets_are_edited_in_settings(qtbot, window, dialogs):
    from mediadesk.gui.settings import SettingsDialog
    from mediadesk.services.export import export_presets

    assert export_presets(window.lib)["instagram"].max_side == 1080

    def answer(dlg: SettingsDialog):
        for r in range(dlg.table.rowCount()):
            slug = dlg.table.item(r, 0).text()
            size, quality = dlg.table.cellWidget(r, 3), dlg.table.cellWidget(r, 4)
            if slug == "instagram":
                size.setValue(1350)
                quality.setValue(80)
            if slug == "website":
                size.setValue(size.minimum())  # full size
        dlg.apply()
        wait_saved(qtbot, dlg)
        return dlg.result()

    dialogs.on_dialog = answer
    window.open_settings()
    presets = export_presets(window.lib)
    assert (presets["instagram"].max_side, presets["instagram"].quality) == (1350, 80)
    assert presets["website"].max_side is None
    assert presets["print"].max_side is None and presets["facebook"].max_side == 2048  # untouched
    changes = [e for e in audit_log(window.lib, 50) if e.action == "settings.change" and "export_presets" in (e.new or "")]
    assert len(changes) == 1


def test_settings_without_changes_store_nothing(qtbot, window, dialogs):
    from mediadesk.gui.settings import SettingsDialog

    before = len(audit_log(window.lib, 500))

    def answer(dlg: SettingsDialog):
        dlg.apply()
        wait_saved(qtbot, dlg)
        return dlg.result()

    dialogs.on_dialog = answer
    window.open_settings()
    assert len(audit_log(window.lib, 500)) == before


def test_erasing_a_person_from_the_person_page(qtbot, window, tmp_path, dialogs):
    lib = window.lib
    a = add_photo(lib, tmp_path)
    tag(lib, a, ["S1042"])
    review_complete(lib, a)
    window.open_person("S1042")
    page = window.people.person
    dialogs.answers["confirm"] = deque([False])
    page.btn_erase.click()  # said no: nothing happens
    assert get_person(lib, "S1042").name == "Emma Jensen"
    dialogs.answers["confirm"] = deque([True])
    page.btn_erase.click()
    qtbot.waitUntil(lambda: page.external_id is None, timeout=10000)
    assert "S1042" not in [p.external_id for p in list_people(lib)]
    assert ("info", "Personal data erased", "1 photo or clip must be reviewed again.") in dialogs.asked
    (ev, _), = verdicts_of(lib, [a], ["website"])
    assert ev.verdict.value == "needs_review"  # the people list must be confirmed again
    assert [r.code.value for r in ev.reasons] == ["PEOPLE_NOT_CONFIRMED"]
    assert page.external_id is None


def test_person_page_fits_without_scrolling_sideways(qtbot, laptop_window):
    from PySide6.QtWidgets import QScrollArea

    laptop_window.open_person("S1042")
    scroll = laptop_window.people.person.findChild(QScrollArea)
    qtbot.wait(50)
    need, have = scroll.widget().minimumSizeHint().width(), scroll.viewport().width()
    assert need <= have, (laptop_window.lang, need, have)


def test_an_empty_library_says_what_to_do(qtbot, window, tmp_path):
    page = window.library
    qtbot.waitUntil(lambda: not page.loading, timeout=5000)
    assert page.grid_stack.currentWidget() is page.empty
    assert "Import folder" in page.empty.text()
    a = add_photo(window.lib, tmp_path)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.grid_stack.currentWidget() is page.grid
    from mediadesk.services.queries import AssetFilter

    page.apply_filter(AssetFilter(offline=True))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.loading, timeout=5000)
    assert page.grid_stack.currentWidget() is page.empty and page.empty.text() == "Nothing matches this filter."
    assert a


# ---- changes made elsewhere -----------------------------------------------------------------
def test_a_withdrawal_made_on_another_computer_turns_the_badge_here(qtbot, window, tmp_path):
    """Two staff on one library: the office withdraws a consent; this window's
    badge turns blocked within seconds, without anyone touching it here."""
    from mediadesk.services.library import Library

    lib = window.lib
    a = _photo_of_emma(qtbot, window, tmp_path)
    assert verdict(window, a, "website") == "cleared"
    window.watcher.timer.setInterval(200)
    office = Library.open(lib.url, actor="office")
    try:
        revoke(office, "S1042", reason="parent asked by phone")
        qtbot.waitUntil(lambda: verdict(window, a, "website") == "blocked", timeout=10000)
        # a photo imported elsewhere shows up in the grid, a person added there in the people list
        add_photo(office, tmp_path, "from-office.jpg", "obama_small.jpg")
        qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=10000)
        add_person(office, "FAIR-09", "Visiting Pupil", "guest")
        qtbot.waitUntil(lambda: any(r.external_id == "FAIR-09" for r in window.people.model.rows), timeout=10000)
    finally:
        office.close()


def test_detail_says_when_the_file_itself_names_people_or_holds_a_location(qtbot, window, tmp_path):
    """A photo tagged in another program (XMP PersonInImage) with a GPS
    position: the detail panel says both, so staff check who is on it."""
    from PIL import Image
    from PySide6.QtWidgets import QLabel

    from mediadesk.services.importer import import_paths

    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           b'<rdf:Description xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
           b"<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Emma Jensen</rdf:li></rdf:Bag>"
           b"</Iptc4xmpExt:PersonInImage></rdf:Description></rdf:RDF></x:xmpmeta>")
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (55.0, 40.0, 0.0), 3: "E", 4: (12.0, 34.0, 0.0)}
    tagged = tmp_path / "tagged.jpg"
    Image.open(DATA / "faces" / "obama_small.jpg").save(tagged, "JPEG", exif=exif.tobytes(), xmp=xmp)
    plain = tmp_path / "plain.jpg"
    Image.new("RGB", (64, 48), (10, 120, 200)).save(plain, "JPEG")
    ids = import_paths(window.lib, [tagged, plain], workers=1).asset_ids

    def texts(aid):
        window.library.detail.set_asset(aid)
        return " | ".join(label.text() for label in window.library.detail.findChildren(QLabel))

    shown = texts(ids[0])
    assert "names people" in shown and "GPS position" in shown
    shown = texts(ids[1])
    assert "names people" not in shown and "GPS position" not in shown


# ---- faces not scanned yet ---------------------------------------------------------------------
def test_faces_not_scanned_are_found_by_importing_again_or_from_the_review_menu(qtbot, window, tmp_path, dialogs):
    """A scan stopped halfway leaves files 'faces not scanned'. Importing the
    folder again finishes them; so does Review -> Look for faces."""
    from mediadesk.services.importer import import_paths

    lib = window.lib
    folder = tmp_path / "gala"
    folder.mkdir()
    for name in ("two_people.jpg", "obama_small.jpg"):
        shutil.copy(DATA / "faces" / name, folder / name)
    ids = import_paths(lib, [folder], workers=1).asset_ids  # imported, not scanned
    assert all(get_asset(lib, a).faces_scanned_at is None for a in ids)

    c = window.start_import([str(folder / "two_people.jpg")])
    qtbot.waitUntil(lambda: c.done, timeout=60000)
    assert c.report.known and not c.report.imported
    scanned = {a: get_asset(lib, a).faces_scanned_at is not None for a in ids}
    assert sorted(scanned.values()) == [False, True]  # the re-imported one is scanned now

    c = window.scan_unscanned()
    qtbot.waitUntil(lambda: c.done, timeout=60000)
    assert all(get_asset(lib, a).faces_scanned_at is not None for a in ids)
    kind, _title, text = dialogs.asked[-1]
    assert kind == "info" and "Looked for faces in 1 photo" in text, text
    assert window.act_scan in window.menuBar().actions()[2].menu().actions()
    assert window.act_scan.isEnabled()
    from mediadesk.services import faces as face_service

    face_service.set_mode(window.lib, "off")
    window.state.reload_settings()
    assert not window.act_scan.isEnabled()  # nothing to look for with faces off


def test_a_withdrawal_runs_off_the_gui_thread_and_every_view_shows_it(qtbot, window, tmp_path, dialogs, monkeypatch):
    """A withdrawal may wait for another computer's write lock: it runs in the
    background, and the grid, the detail panel and the person page refresh
    from the one change hook when it is done."""
    import threading

    from mediadesk.gui.people import WithdrawalResultDialog, WithdrawDialog

    a = _photo_of_emma(qtbot, window, tmp_path)
    window.library.grid.select_asset(a)
    assert verdict(window, a, "website") == "cleared"
    seen: list = []
    window.state.applied.connect(seen.append)
    ran_on: list = []
    from mediadesk.gui import people as people_page

    real = people_page.revoke

    def revoke(lib, *args, **kwargs):
        ran_on.append(threading.current_thread())
        return real(lib, *args, **kwargs)

    monkeypatch.setattr(people_page, "revoke", revoke)
    window.open_person("S1042")
    page = window.people.person
    dialogs.on_dialog = lambda dlg: QDialog.Accepted if isinstance(dlg, WithdrawDialog) else 0
    page.btn_withdraw.click()
    qtbot.waitUntil(lambda: any(isinstance(d, WithdrawalResultDialog) for d in dialogs.dialogs), timeout=10000)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert [(c.people, c.assets, c.asset_ids) for c in seen] == [(True, True, (a,))]
    assert verdict(window, a, "website") == "blocked"  # the grid, without any refresh by hand
    from PySide6.QtWidgets import QLabel

    assert window.library.detail.asset_id == a  # the detail panel was read again
    qtbot.wait(10)  # the replaced labels are deleted later
    shown = [lbl.text() for lbl in window.library.detail.findChildren(QLabel)]
    assert "Blocked" in shown and "Cleared" not in shown, shown
    assert page.row.consent_state == "withdrawn"  # the person page shows it
