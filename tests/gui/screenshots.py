"""Take the README screenshots from the demo library (not a test).

    uv run python -m tests.gui.screenshots [--lang da] [--out docs/screenshots]

Runs offscreen unless a display is set; every window is grabbed with
``QWidget.grab()``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from mediadesk.services.assets import list_assets
from mediadesk.services.settings import library_settings, update_settings


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en")
    ap.add_argument("--out", default="docs/screenshots")
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="mediadesk-shots-"))
    os.environ.setdefault("MEDIADESK_CACHE_DIR", str(work / "cache"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"_{args.lang}"

    from mediadesk.app import ensure_app

    ensure_app()
    from PySide6.QtCore import QEventLoop, QTimer

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    from mediadesk.gui import i18n
    from mediadesk.gui.dialogs import ScriptedDialogs, set_dialogs
    from mediadesk.services.demo import create_demo
    from mediadesk.services.library import Library

    if args.db and Path(args.db).exists():
        lib = Library.open(args.db)
    else:
        lib = create_demo(str(Path(args.db) if args.db else work / "demo.sqlite"))
    if library_settings(lib).get("language") != args.lang:
        update_settings(lib, language=args.lang)
    i18n.install(args.lang)
    dialogs = ScriptedDialogs()
    set_dialogs(dialogs)
    from mediadesk.gui.mainwindow import MainWindow

    w = MainWindow(lib)
    w.resize(1440, 900)
    w.show()
    wait(2500)
    w.grab().save(str(out / f"main{suffix}.png"))

    # the viewer on the photo with the most faces
    from mediadesk.services import queries

    def score(a):
        faces = queries.with_lib(lib, queries.faces_of, a.id.hex)
        return (a.kind == "photo", sum(f.state in ("unresolved", "suggested") for f in faces) > 0, len(faces))

    best = max(list_assets(lib), key=score)
    w.library.grid.select_asset(best.id.hex)
    w.open_viewer(best.id.hex)
    wait(2000)
    open_faces = [f for f in w.viewer.faces if f.state in ("unresolved", "suggested")]
    if open_faces:
        w.viewer.select_face(open_faces[0].id)
    w.grab().save(str(out / f"viewer{suffix}.png"))
    if open_faces:
        picker = w.viewer.face_clicked(open_faces[0].id)
        wait(300)
        picker.grab().save(str(out / f"picker{suffix}.png"))
        # the popup is its own window: paint it onto the viewer shot where it opens
        from PySide6.QtGui import QPainter

        shot = w.grab()
        p = QPainter(shot)
        p.drawPixmap(w.mapFromGlobal(picker.pos()), picker.grab())
        p.end()
        shot.save(str(out / f"viewer_picker{suffix}.png"))
        picker.close()
    clip = next((a for a in list_assets(lib) if a.kind == "video"), None)
    if clip is not None:
        w.open_viewer(clip.id.hex)
        wait(500)
        if w.viewer.faces:
            w.viewer.select_face(w.viewer.faces[0].id, jump=True)
        wait(2500)
        w.grab().save(str(out / f"viewer_clip{suffix}.png"))

    # person page of someone who withdrew, or the first person
    w.show_people()
    rows = queries.with_lib(lib, queries.people_overview)
    person = next((r for r in rows if r.consent_state == "withdrawn"), rows[0])
    w.people.open_person(person.external_id)
    wait(1500)
    w.grab().save(str(out / f"person{suffix}.png"))

    # quick check of the clip (a copy, so it is checked as a new file would be)
    if clip is not None:
        import shutil

        copy = work / "to_post.mp4"
        shutil.copy(clip.path, copy)
        w.show_quick()
        op = w.quick.check(str(copy))
        for _ in range(600):
            if op.done:
                break
            wait(100)
        wait(1500)
        w.grab().save(str(out / f"quickcheck{suffix}.png"))

    # publishing: what must come down after the demo's withdrawal, and the overview
    w.show_publishing("takedown")
    wait(800)
    w.grab().save(str(out / f"takedown{suffix}.png"))
    w.show_publishing("overview")
    wait(800)
    w.grab().save(str(out / f"overview{suffix}.png"))

    from mediadesk.gui.settings import SettingsDialog

    dlg = SettingsDialog(w.state, w)
    dlg.show()
    wait(300)
    dlg.grab().save(str(out / f"settings{suffix}.png"))
    dlg.close()
    from mediadesk.gui.wizard import FirstRunWizard

    wiz = FirstRunWizard(Path("~/MediaDesk/library.sqlite").expanduser(), args.lang)
    wiz.show()
    wiz.next()
    wait(200)
    wiz.grab().save(str(out / f"wizard{suffix}.png"))
    wiz.next()
    wait(200)
    wiz.grab().save(str(out / f"wizard_faces{suffix}.png"))
    wiz.close()
    w.close()
    lib.close()
    print("screenshots in", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
