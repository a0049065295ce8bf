"""A clip blocked only by a pupil whose face can be covered: the detail panel
offers 'Publish with 1 face covered' with a covered frame preview that moves
through the clip, and the viewer shows the covered clip before export."""

from __future__ import annotations

import threading

import pytest

from mediadesk.services import export as export_service
from mediadesk.services.changes import Changes
from tests.services.cover_clips import METTE_BOX, covered_clip, emma_at

pytestmark = pytest.mark.timeout(120)


def _clip(qtbot, window, tmp_path) -> str:
    aid, _ids = covered_clip(window.lib, tmp_path)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    return aid


def _filled(image, box, scale: float = 1.0) -> bool:
    x, y, w, h = (round(v * scale) for v in box)
    pts = [(x + dx, y + dy) for dx in (1, w // 2, w - 2) for dy in (1, h // 2, h - 2)]
    return all(max(image.pixelColor(px, py).getRgb()[:3]) < 16 for px, py in pts)


@pytest.fixture
def threads(monkeypatch):
    seen: list[threading.Thread] = []
    real = export_service.cover_preview

    def spy(*args, **kwargs):
        seen.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_service, "cover_preview", spy)
    return seen


def test_detail_panel_previews_the_covered_clip_frame_by_frame(qtbot, window, tmp_path, threads):
    a = _clip(qtbot, window, tmp_path)
    detail = window.library.detail
    detail.set_asset(a)
    texts = [b.text() for b in detail.cover_buttons]
    assert texts and texts[0].startswith("Instagram: Publish with 1 face")
    panel = detail.cover
    assert [panel.people.item(i).text() for i in range(panel.people.count())] == [
        "Emma Jensen: face covered (no consent for Instagram)"]
    assert panel.clip_row.isVisibleTo(panel) and "every frame" in panel.note.text()
    qtbot.waitUntil(lambda: panel.preview_image is not None, timeout=15000)
    assert threads and all(t is not threading.main_thread() for t in threads)  # made off the GUI thread
    img = panel.preview_image
    assert (img.width(), img.height()) == (320, 240) and panel.preview_time == 2.0
    assert _filled(img, emma_at(2.0)) and not _filled(img, METTE_BOX)
    # a moment between two of the scan's samples, picked with the slider
    panel.when.setValue(17)
    assert panel.when_label.text() == "0:01.7"
    qtbot.waitUntil(lambda: panel.preview_image is not None and panel.preview_time == 1.7, timeout=15000)
    assert _filled(panel.preview_image, emma_at(1.7)) and not _filled(panel.preview_image, METTE_BOX)
    lo, hi = panel.when.minimum(), panel.when.maximum()
    assert lo <= 5 and hi >= 35  # the whole covered span, held half a second at each edge


def test_the_viewer_shows_the_covered_clip_before_export(qtbot, window, tmp_path):
    a = _clip(qtbot, window, tmp_path)
    window.open_viewer(a)
    v = window.viewer
    assert v.covered_btn.isVisible() and not v.covered_btn.isChecked()
    assert "Instagram" in v.covered_btn.toolTip() and "Emma Jensen" in v.covered_btn.toolTip()
    qtbot.waitUntil(lambda: v.canvas.pixmap is not None, timeout=15000)
    v.covered_btn.click()  # at 0 s nobody is covered: the viewer goes to a covered moment
    qtbot.waitUntil(lambda: v.shown == (2.0, True), timeout=15000)
    img = v.canvas.pixmap.toImage()
    assert (img.width(), img.height()) == (320, 240)
    assert _filled(img, emma_at(2.0)) and not _filled(img, METTE_BOX)
    v.seek(2.25)  # between samples
    qtbot.waitUntil(lambda: v.shown == (2.25, True), timeout=15000)
    img = v.canvas.pixmap.toImage()
    assert _filled(img, emma_at(2.25)) and not _filled(img, METTE_BOX)
    v.toggle_play()  # covered: steps frames, never plays the clip uncovered
    assert v.player is None or not v.player.isPlaying()
    qtbot.waitUntil(lambda: v.shown == (3.25, True), timeout=15000)
    v.covered_btn.click()  # back to the clip as it is: Emma is there
    v.seek(2.25)
    qtbot.waitUntil(lambda: v.shown == (2.25, False), timeout=15000)
    assert not _filled(v.canvas.pixmap.toImage(), emma_at(2.25))


def test_export_dialog_exports_the_clip_covered_with_frame_progress(qtbot, window, tmp_path, dialogs):
    from collections import deque

    from mediadesk.gui.publishing import ExportDialog, ExportReportDialog
    from mediadesk.services.publishing import publications

    a = _clip(qtbot, window, tmp_path)
    detail = window.library.detail
    detail.set_asset(a)
    out = tmp_path / "ig"
    seen = {}

    def answer(dlg):
        if isinstance(dlg, ExportDialog):
            p = dlg.cover_panel
            assert dlg.channel.currentData() == "instagram" and dlg.cover.isChecked()
            qtbot.waitUntil(lambda: p.preview_image is not None, timeout=15000)
            seen["preview"] = p.clip_row.isVisibleTo(dlg) and _filled(p.preview_image, emma_at(2.0))
            dialogs.answers["open_folder"] = deque([str(out)])
            dlg._pick()
            dlg.try_accept()
            return dlg.result()
        return 0

    dialogs.on_dialog = answer
    shown: list[tuple[str, str]] = []
    detail.cover_buttons[0].click()  # Instagram
    c = window.exports[0]
    # after the progress window's own handler, what it shows (progress reaches the GUI thread only
    # once the test waits, so none is missed)
    c.op.progress(lambda _p: shown.append((c.dialog.headline.text(), c.dialog.count.text())))
    qtbot.waitUntil(lambda: c.done, timeout=30000)
    assert seen == {"preview": True}
    assert c.error is None and [e.asset for e in c.report.exported] == [a]
    (pub,) = publications(window.lib)
    assert [(x["person"], x["name"]) for x in pub["covered"]] == [("S1042", "Emma Jensen")]
    report = next(d for d in dialogs.dialogs if isinstance(d, ExportReportDialog))
    assert report.exported_table.item(0, 2).text() == "Emma Jensen"
    assert any(h == "Covering faces in every frame…" and n.startswith("frame ") for h, n in shown), shown[:5]
