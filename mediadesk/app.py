"""The entry point and composition root: the desktop app or the command line.

:func:`main` (``python -m mediadesk``, the ``mediadesk`` script, the frozen
app) reads the arguments and decides: the command line
(:mod:`mediadesk.cli`, which never imports the GUI) or the desktop app
(:func:`run_gui` for ``mediadesk``, ``mediadesk gui`` and ``mediadesk
demo``: paths, the library, then Qt). Nothing here runs at import time, and
nothing heavy is imported before the choice is made, so the command line
stays light.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from mediadesk.services.settings import library_settings


def main(argv: list[str] | None = None) -> int:
    from mediadesk import cli

    args = cli.parse(argv)
    if cli.wants_gui(args):
        return cli.guarded(args, lambda: run_gui(args, demo=args.command == "demo"))
    return cli.main(argv)


def _system_lang() -> str:
    from PySide6.QtCore import QLocale

    name = QLocale.system().name()[:2]
    return name if name in ("da", "nl") else "en"


def ensure_app(argv: list[str] | None = None):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("MediaDesk")
        QCoreApplication.setApplicationName("MediaDesk")
        app = QApplication(argv if argv is not None else sys.argv[:1])
    from mediadesk.gui import theme

    settle_heap()
    app.setStyle("Fusion")
    app.setStyleSheet(theme.STYLESHEET)
    app.setWindowIcon(theme.icon("app"))
    return app


def settle_heap() -> None:
    """Move everything alive now (modules, Qt wrappers) out of the cyclic
    GC's reach: a full collection over the whole heap otherwise stalls the
    GUI thread for a few hundred milliseconds while scrolling."""
    import gc

    gc.collect()
    gc.freeze()


def _remembered_library() -> str | None:
    from PySide6.QtCore import QSettings

    v = QSettings().value("library_path")
    return str(v) if v else None


def _remember_library(lib) -> None:
    from PySide6.QtCore import QSettings

    if lib.db_path is not None:
        QSettings().setValue("library_path", str(lib.db_path))


def _with_busy_window(fn):
    """Run ``fn(progress)`` off the GUI thread behind a small progress window."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    from mediadesk.gui.ops import BackgroundOp

    from PySide6.QtCore import QCoreApplication

    dlg = QProgressDialog(QCoreApplication.translate("App", "Preparing the demo library…"), "", 0, 0)
    dlg.setCancelButton(None)
    dlg.setWindowModality(Qt.ApplicationModal)
    dlg.setMinimumDuration(0)
    dlg.show()
    loop = QEventLoop()
    op = BackgroundOp(lambda _t, progress: fn(progress))
    op.progress(lambda p: (dlg.setMaximum(p.total), dlg.setValue(p.done)) if p.total else None)
    op.finished(loop.quit)
    op.start()
    if not op.done:
        loop.exec()
    dlg.close()
    if op.error is not None:
        raise op.error
    return op.result


def open_library(args, demo: bool):
    """The Library to show, or None when the user cancelled the first run."""
    from mediadesk.gui import i18n
    from mediadesk.services.library import Library
    from mediadesk.store.location import ENV_DB, resolve_url, sqlite_path

    db = getattr(args, "db", None)
    if demo:
        from mediadesk.services.demo import create_demo, default_demo_path

        target = Path(db) if db and "://" not in db else default_demo_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        return _with_busy_window(lambda progress: create_demo(str(target), progress=progress))
    if not db and not os.environ.get(ENV_DB):
        db = _remembered_library()
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        from PySide6.QtWidgets import QDialog

        from mediadesk.gui.dialogs import dialogs
        from mediadesk.gui.wizard import FirstRunWizard, create_library

        lang = getattr(args, "lang", None) or _system_lang()
        i18n.install(lang)
        wiz = FirstRunWizard(path, lang)
        if dialogs().exec_dialog(wiz) != QDialog.Accepted:
            return None
        return create_library(wiz.values())
    return Library.open(db, profile=getattr(args, "profile", None),
                        age_of_consent=getattr(args, "age_of_consent", None), language=getattr(args, "lang", None))


def _smoke_quit_hook(app, holder: dict) -> None:
    """Packaging smoke test hook (tests/packaging): with ``MEDIADESK_SMOKE_QUIT_MS=N``
    say on stderr when the main window is up, then close it N ms later."""
    ms = os.environ.get("MEDIADESK_SMOKE_QUIT_MS")
    if not ms:
        return
    from PySide6.QtCore import QTimer

    def shown() -> None:
        win = holder.get("win")
        print(f"mediadesk: smoke: main window shown={bool(win is not None and win.isVisible())}",
              file=sys.stderr, flush=True)
        QTimer.singleShot(int(ms), lambda: (win.close() if win is not None else None, app.quit()))

    QTimer.singleShot(0, shown)


def run_gui(args, demo: bool = False) -> int:
    app = ensure_app()
    from mediadesk.core.errors import MediaDeskError
    from mediadesk.gui import i18n
    from mediadesk.gui.mainwindow import MainWindow

    try:
        lib = open_library(args, demo)
    except MediaDeskError as e:
        print(f"mediadesk: error: {e}", file=sys.stderr)
        return 2
    if lib is None:
        return 0
    _remember_library(lib)
    holder: dict = {}

    def show(geometry=None) -> None:
        i18n.install(library_settings(lib).get("language", "en"))
        win = MainWindow(lib)
        win.language_changed.connect(lambda _l: relaunch(win))
        if geometry is not None:
            win.restoreGeometry(geometry)
        win.show()
        holder["win"] = win
        settle_heap()

    def relaunch(old) -> None:
        """A new window in the new language; the new one first, so the
        application never has zero windows (it would quit)."""
        geo = old.saveGeometry()
        show(geo)
        old.close()
        old.deleteLater()

    show()
    _smoke_quit_hook(app, holder)
    code = app.exec()
    lib.close()
    return code
