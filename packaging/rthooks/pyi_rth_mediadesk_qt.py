"""Run-time hook replacing PyInstaller's ``pyi_rth_pyside6`` (see mediadesk.spec).

The stock hook imports ``PySide6.QtCore`` when the frozen app starts, to embed
a ``qt.conf``; that maps Qt into every process, the command line and the
import workers included. MediaDesk's command line must not load Qt, so this
hook sets the same environment (plugin and QML paths; Windows PATH, macOS
DYLD path) without importing anything, and embeds the ``qt.conf`` right after
``PySide6.QtCore`` is first imported, i.e. only in the GUI.
"""


def _mediadesk_qt_rthook():
    import importlib.abc
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable

    if sys.platform.startswith("win"):
        qt_path = os.path.join(sys._MEIPASS, "PySide6")
    else:
        qt_path = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if is_macos_app_bundle:
        res = os.path.normpath(os.path.join(sys._MEIPASS, "..", "Resources", os.path.relpath(qt_path, sys._MEIPASS)))
        os.environ["QML2_IMPORT_PATH"] = os.pathsep.join([os.path.join(res, "qml"), os.path.join(qt_path, "qml")])
    else:
        os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")

    class _AfterQtCore(importlib.abc.MetaPathFinder):
        """Runs the qt.conf step once, right after PySide6.QtCore is loaded."""

        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            import importlib.util

            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader
            exec_module = loader.exec_module

            def exec_then_relocate(module):
                exec_module(module)
                from _pyi_rth_utils import qt as qt_rth_utils

                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            loader.exec_module = exec_then_relocate
            return spec

    sys.meta_path.insert(0, _AfterQtCore())


_mediadesk_qt_rthook()
del _mediadesk_qt_rthook
