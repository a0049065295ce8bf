"""'Publish with N faces covered' in the detail panel and the export dialog:
the covered people listed by name, the covered preview made off the GUI
thread, and the export that follows records who was covered."""

from __future__ import annotations

import threading
from collections import deque

import pytest

from mediadesk.services import export as export_service
from mediadesk.services import faces as face_service
from mediadesk.services.assets import review_complete, tag
from mediadesk.services.changes import Changes
from tests.gui.conftest import add_photo

pytestmark = pytest.mark.timeout(120)

EMMA_BOX, LARS_BOX = (250, 150, 120, 120), (700, 150, 120, 120)  # on two_people.jpg, 1126 x 661


def _group(qtbot, window, tmp_path) -> str:
    """Emma (no Instagram consent) and Lars (Instagram) on a photo, faces confirmed."""
    lib = window.lib
    a = add_photo(lib, tmp_path, "group.jpg", "two_people.jpg")
    tag(lib, a, ["S1042", "S1043"])
    for box, who in ((EMMA_BOX, "S1042"), (LARS_BOX, "S1043")):
        face_service.resolve_face(lib, a, face_service.add_manual_face(lib, a, box), person=who)
    review_complete(lib, a)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    return a


def _is_fill(image, box, side=640, full=1126) -> bool:
    s = side / full
    x, y, w, h = (round(v * s) for v in box)
    pts = [(x + dx, y + dy) for dx in (2, w // 2, w - 3) for dy in (2, h // 2, h - 3)]
    return all(image.pixelColor(px, py).getRgb()[:3] == (0, 0, 0) for px, py in pts)


@pytest.fixture
def threads(monkeypatch):
    """The threads the covered previews were made on."""
    seen: list[threading.Thread] = []
    real = export_service.cover_preview

    def spy(*args, **kwargs):
        seen.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_service, "cover_preview", spy)
    return seen


def test_detail_panel_offers_publish_with_faces_covered(qtbot, window, tmp_path, threads):
    a = _group(qtbot, window, tmp_path)
    detail = window.library.detail
    detail.set_asset(a)
    texts = [b.text() for b in detail.cover_buttons]
    # Instagram: Emma only; TikTok, print, intranet: both; website and Facebook are cleared plainly
    assert texts[0] == "Instagram: Publish with 1 face covered"  # the English plural form, not "face(s)"
    assert len(texts) == 4 and all("2 face" in t for t in texts[1:])
    panel = detail.cover
    assert panel.title.text() == "Publish with 1 face covered"
    assert [panel.people.item(i).text() for i in range(panel.people.count())] == [
        "Emma Jensen: face covered (no consent for Instagram)"]
    qtbot.waitUntil(lambda: panel.preview_image is not None, timeout=15000)
    assert threads and all(t is not threading.main_thread() for t in threads)  # made off the GUI thread
    img = panel.preview_image
    assert (img.width(), img.height()) == (640, round(661 * 640 / 1126))
    assert _is_fill(img, EMMA_BOX)  # Emma's padded box is filled
    assert not _is_fill(img, LARS_BOX)  # Lars is not covered on Instagram
    assert not panel.preview.pixmap().isNull()


def test_export_dialog_from_the_detail_panel_exports_covered(qtbot, window, tmp_path, dialogs, threads):
    from mediadesk.gui.publishing import ExportDialog
    from mediadesk.services.publishing import publications

    a = _group(qtbot, window, tmp_path)
    detail = window.library.detail
    detail.set_asset(a)
    out = tmp_path / "ig"
    seen = {}

    def answer(dlg):
        if isinstance(dlg, ExportDialog):
            assert dlg.channel.currentData() == "tiktok" and dlg.cover.isChecked()
            assert dlg.scope_selection.isChecked() and dlg.selection == [a]
            p = dlg.cover_panel
            assert p.isVisibleTo(dlg) and p.title.text() == "Publish with 2 faces covered"
            qtbot.waitUntil(lambda: p.preview_image is not None, timeout=15000)
            seen["both"] = _is_fill(p.preview_image, EMMA_BOX) and _is_fill(p.preview_image, LARS_BOX)
            dlg.channel.setCurrentIndex(dlg.channel.findData("instagram"))  # the offer follows the channel
            qtbot.waitUntil(lambda: p.preview_image is not None, timeout=15000)
            seen["names"] = [p.people.item(i).text() for i in range(p.people.count())]
            seen["emma_only"] = _is_fill(p.preview_image, EMMA_BOX) and not _is_fill(p.preview_image, LARS_BOX)
            dialogs.answers["open_folder"] = deque([str(out)])
            dlg._pick()
            dlg.try_accept()
            return dlg.result()
        return 0

    dialogs.on_dialog = answer
    detail.cover_buttons[1].click()  # TikTok
    c = window.exports[0]
    qtbot.waitUntil(lambda: c.done, timeout=20000)
    assert seen == {"both": True, "names": ["Emma Jensen: face covered (no consent for Instagram)"],
                    "emma_only": True}
    assert c.error is None and [e.asset for e in c.report.exported] == [a]
    (pub,) = publications(window.lib)
    assert pub["channel"] == "instagram"
    assert [(x["person"], x["name"]) for x in pub["covered"]] == [("S1042", "Emma Jensen")]
    from mediadesk.gui.publishing import ExportReportDialog

    shown = next(d for d in dialogs.dialogs if isinstance(d, ExportReportDialog))
    assert shown.exported_table.item(0, 2).text() == "Emma Jensen"
    window.show_publishing("publications")
    log = window.publishing.publications
    qtbot.waitUntil(lambda: log.table.rowCount() == 1, timeout=5000)
    assert log.table.item(0, 6).text() == "Emma Jensen"  # the publication log says who was covered


def test_export_dialog_hides_the_offer_without_covering(qtbot, window, tmp_path, dialogs):
    from mediadesk.gui.publishing import ExportDialog

    a = _group(qtbot, window, tmp_path)
    dlg = ExportDialog(window.state, [a], channel="instagram")
    qtbot.addWidget(dlg)
    assert not dlg.cover.isChecked() and not dlg.cover_panel.isVisibleTo(dlg)
    assert dlg.values()["cover"] is False
    dlg.cover.setChecked(True)
    assert dlg.cover_panel.isVisibleTo(dlg) and dlg.values()["cover"] is True
    dlg.channel.setCurrentIndex(dlg.channel.findData("website"))  # cleared plainly: nothing to cover
    assert not dlg.cover_panel.isVisibleTo(dlg)
