"""Audio recordings in the desktop app (issue 13 item 4): imported through the
window, shown in the grid with their waveform, the speaker icon and their
length, in the detail panel with length, sound and verdict, and in the viewer
with a player when QtMultimedia is there (else the waveform and the length)."""

from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from mediadesk.gui import theme
from mediadesk.gui.grid import ThumbRole
from mediadesk.media.audio import WAVE_FG
from mediadesk.services.assets import review_complete, tag
from mediadesk.services.changes import Changes
from tests.audio_files import PERSONAL_TAGS, write_audio
from tests.gui.conftest import verdict


def _labels(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return " | ".join(lbl.text() for lbl in widget.findChildren(QLabel))


def _blueish(image) -> int:
    """Pixels close to the waveform's blue (the grid scales the thumbnail)."""
    want = QColor(*WAVE_FG)
    n = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            c = QColor(image.pixel(x, y))
            if abs(c.red() - want.red()) < 40 and abs(c.green() - want.green()) < 40 and abs(c.blue() - want.blue()) < 40:
                n += 1
    return n


@pytest.fixture
def imported(qtbot, window, tmp_path: Path, dialogs) -> str:
    """An interview imported through the window's import (the real media workers)."""
    from mediadesk.gui.importing import ImportReportDialog

    folder = tmp_path / "Podcast"
    folder.mkdir()
    write_audio(folder / "interview.mp3", seconds=2.0, tags=PERSONAL_TAGS)
    window.start_import([str(folder)])
    qtbot.waitUntil(lambda: any(isinstance(d, ImportReportDialog) for d in dialogs.dialogs), timeout=90000)
    report = next(d for d in dialogs.dialogs if isinstance(d, ImportReportDialog)).report
    assert report.rejected == [] and len(report.imported) == 1
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    return report.imported[0]["asset"]


def test_recording_in_the_grid_and_the_detail_panel(qtbot, window, imported, monkeypatch):
    aid = imported
    model, grid = window.library.model, window.library.grid
    row = model.row(0)
    assert row.kind == "audio" and row.duration == pytest.approx(2.0, abs=0.1)
    assert verdict(window, aid, "website") == "needs_review"  # nobody tagged yet
    # the card: the waveform thumbnail (loaded off the GUI thread), the speaker icon, the length
    qtbot.waitUntil(lambda: model.data(model.index(0), ThumbRole) is not None, timeout=10000)
    painted_icons: list[str] = []
    real_icon = theme.icon
    monkeypatch.setattr(theme, "icon", lambda name: painted_icons.append(name) or real_icon(name))
    image = grid.viewport().grab(grid.visualRect(model.index(0))).toImage()
    assert "audio" in painted_icons and not theme.icon("audio").isNull()
    assert _blueish(image) > 100  # the waveform's bars

    grid.select_asset(aid)
    d = window.library.detail
    assert d.asset_id == aid
    texts = _labels(d.body)
    assert "interview.mp3" in texts and "Audio" in texts
    assert "Length" in texts and "0:02" in texts
    assert "MP3 · 44.1 kHz · mono" in texts
    assert "Needs review" in texts or "needs review" in texts.lower()
    assert "Nobody is tagged in this recording yet" in texts
    assert "Emma" not in texts  # the tags of the file are not shown (nor stored)

    # tagged by hand and confirmed: Mette's form covers sound recordings
    tag(window.lib, aid, ["T1"])
    review_complete(window.lib, aid)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: verdict(window, aid, "website") == "cleared", timeout=5000)
    d.set_asset(aid)
    texts = _labels(d.body)
    assert "Mette Hansen" in texts and "Nobody is tagged" not in texts


def test_grid_shows_the_audio_icon_without_a_thumbnail(qtbot, window, imported, monkeypatch):
    import shutil

    shutil.rmtree(window.lib.cache_dir)  # no cached waveform: the icon stands in
    monkeypatch.setattr("mediadesk.gui.images.sound_picture", lambda path, size: __import__("PySide6.QtGui").QtGui.QImage())
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    model, grid = window.library.model, window.library.grid
    painted: list[str] = []
    real_icon = theme.icon
    monkeypatch.setattr(theme, "icon", lambda name: painted.append(name) or real_icon(name))
    qtbot.wait(300)  # the loader has tried and failed
    grid.viewport().grab(grid.visualRect(model.index(0)))
    assert painted.count("audio") >= 2 and "photo" not in painted and "video" not in painted


@pytest.mark.parametrize("multimedia", [True, False], ids=["player", "no-qtmultimedia"])
def test_viewer_shows_waveform_length_and_a_player_when_there_is_one(qtbot, window, imported, monkeypatch, multimedia):
    from mediadesk.gui import viewer as viewer_mod

    monkeypatch.setattr(viewer_mod, "multimedia_available", lambda: multimedia)
    window.open_viewer(imported)
    v = window.viewer
    qtbot.waitUntil(lambda: v.canvas.pixmap is not None, timeout=10000)
    assert _blueish(v.canvas.pixmap.toImage()) > 100  # the waveform, not "cannot be shown"
    assert v.controls.isVisible()
    assert v.time_label.text() == "0:00 / 0:02"
    assert v.play_btn.isEnabled() is multimedia and v.act_play.isEnabled() is multimedia
    assert v.sound_note.isVisible() is (not multimedia)
    assert not v.act_draw.isEnabled()  # no face to box on a recording
    assert v.face_list.count() == 1 and "no faces" in v.face_list.item(0).text()
    assert "Nobody is tagged in this recording yet" in _labels(v.verdict_host)
    v.toggle_play()
    if multimedia:  # the recording plays in QMediaPlayer, its waveform stays in view
        assert v.player is not None and Path(v.player.source().toLocalFile()).name == "interview.mp3"
        assert v.media.currentWidget() is v.canvas
        v.stop()
    else:  # without a player nothing happens, and nothing breaks
        assert v.player is None
    v.seek(1.0)
    assert v.position == 1.0 and v.slider.value() == 500
    assert v.time_label.text() == "0:01 / 0:02"


def test_confirming_a_recording_with_nobody_tagged_asks_first(qtbot, window, imported, dialogs):
    """Nothing finds the voices of a recording: "People complete" with nobody
    tagged asks whether no one can be heard; "no" stores nothing."""
    from mediadesk.services.assets import get_asset

    dialogs.answers["confirm"] = deque([False, True])
    window.confirm_people(imported)
    assert dialogs.asked[-1][0] == "confirm" and "Nobody is tagged in this recording" in dialogs.asked[-1][2]
    qtbot.wait(200)
    assert not window.state.writes_pending()
    assert get_asset(window.lib, imported).people_confirmed_at is None
    assert verdict(window, imported, "website") == "needs_review"
    window.confirm_people(imported)  # yes: nobody can be heard
    qtbot.waitUntil(lambda: not window.state.writes_pending(), timeout=10000)
    assert get_asset(window.lib, imported).people_confirmed_at is not None
    qtbot.waitUntil(lambda: verdict(window, imported, "website") == "cleared", timeout=5000)
    # with someone tagged there is nothing to ask
    n = len(dialogs.asked)
    tag(window.lib, imported, ["T1"])
    window.confirm_people(imported)
    qtbot.waitUntil(lambda: not window.state.writes_pending(), timeout=10000)
    assert len(dialogs.asked) == n


def test_quick_check_of_a_voice_memo(qtbot, window, tmp_path):
    """A teacher drops a voice memo on the quick check: not OK to post until
    someone tags the voices, and its waveform is shown."""
    memo = write_audio(tmp_path / "memo.m4a", seconds=1.5)
    window.show_quick()
    q = window.quick
    with qtbot.waitSignal(q.checked, timeout=90000):
        q.check(str(memo))
    assert len(q.evaluations) == len(window.state.channels)
    assert all(e.verdict.value == "needs_review" for e in q.evaluations)
    assert q.headline_label.text() == "Not yet: someone must check the people on it first."
    assert "Nobody is tagged in this recording yet" in _labels(q.result)
    qtbot.waitUntil(lambda: q._preview.pixmap() is not None and not q._preview.pixmap().isNull(), timeout=10000)
    assert _blueish(q._preview.pixmap().toImage()) > 50
