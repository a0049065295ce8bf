"""GUI test fixtures: offscreen Qt, scripted dialogs, a school library."""

from __future__ import annotations

from mediadesk.services.changes import Changes

import os
import shutil
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest
from mediadesk.services.assets import review_complete
from mediadesk.services.people import get_person

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def _english(qapp):
    """English installed as the app installs it (its catalogue holds the
    plural forms), so no test depends on whether a translation test ran
    before it."""
    from mediadesk.gui import i18n

    i18n.install("en")


@pytest.fixture
def dialogs():
    from mediadesk.gui.dialogs import ScriptedDialogs, set_dialogs

    scripted = ScriptedDialogs()
    old = set_dialogs(scripted)
    yield scripted
    set_dialogs(old)


@pytest.fixture(autouse=True)
def _qsettings(tmp_path, monkeypatch):
    """QSettings (saved filters, last library) in a temp dir per test."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("MediaDesk-tests")
    QCoreApplication.setApplicationName("MediaDesk-tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield


def open_main_window(qtbot, lib):
    """The main window on ``lib``, shown, with its grid loaded."""
    from mediadesk.gui.mainwindow import MainWindow

    w = MainWindow(lib)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.library.loading, timeout=5000)
    return w


@pytest.fixture
def window(qtbot, school, dialogs):
    w = open_main_window(qtbot, school)
    yield w
    w.close()


def photo_with_open_face(qtbot, window, tmp_path: Path) -> tuple[str, str]:
    """A photo with one unresolved face and its people list confirmed, shown
    in the grid; returns (asset id, face id)."""
    lib = window.lib
    a = add_photo(lib, tmp_path)
    fid = add_face(lib, a)
    review_complete(lib, a)
    window.state.apply(Changes(library=True))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    return a, fid


def add_photo(lib, tmp_path: Path, name: str = "gala.jpg", source: str = "two_people.jpg", scanned: bool = True,
              variant: int = 0) -> str:
    """A real photo registered without the media pool; returns its id.
    ``variant`` > 0 appends that many bytes after the image data, so copies
    of one source are different assets (different content hashes)."""
    from tests.helpers import register_asset

    dest = tmp_path / "photos" / name
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "faces" / source, dest)
    if variant:
        with open(dest, "ab") as fh:
            fh.write(b"\0" * variant)
    aid = register_asset(lib, dest)
    from PIL import Image

    from mediadesk.store.tables import Asset

    with Image.open(dest) as im, lib.unit() as s:  # the real size, as the media probe records it
        a = s.get(Asset, uuid.UUID(hex=aid))
        a.width, a.height = im.size
        s.add(a)
    if scanned:
        mark_scanned(lib, aid)
    return aid


def mark_scanned(lib, asset_id: str) -> None:
    from mediadesk.store.tables import Asset

    with lib.unit() as s:
        a = s.get(Asset, uuid.UUID(hex=asset_id))
        a.faces_scanned_at = datetime.now(timezone.utc)
        s.add(a)


def add_face(lib, asset_id: str, box=(60, 40, 80, 80), state="unresolved", suggested: str | None = None) -> str:
    """Insert a Face row (as the faces scan would) and mark the asset scanned."""
    from mediadesk.store.tables import Asset, Face

    with lib.unit() as s:
        sugg = get_person(lib, suggested, s).id if suggested else None
        f = Face(asset_id=uuid.UUID(hex=asset_id), x=box[0], y=box[1], w=box[2], h=box[3], state=state,
                 suggested_person_id=sugg, distance=0.42 if sugg else None)
        s.add(f)
        a = s.get(Asset, uuid.UUID(hex=asset_id))
        a.faces_scanned_at = datetime.now(timezone.utc)
        s.add(a)
        return f.id.hex


def verdict(window, asset_id: str, channel: str) -> str:
    m = window.library.model
    row = m.row_of(asset_id)
    assert row >= 0, "asset not in the grid"
    return m.row(row).verdicts[channel]


@pytest.fixture(params=["en", "da", "nl"])
def laptop_window(request, qtbot, school, dialogs):
    """The main window in each language, shown at 1366x768 (a school laptop)."""
    from mediadesk.gui import i18n
    from mediadesk.gui.mainwindow import MainWindow

    i18n.install(request.param)
    try:
        w = MainWindow(school)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        w.lang = request.param
        yield w
    finally:
        i18n.install("en")
