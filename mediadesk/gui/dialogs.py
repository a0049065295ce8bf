"""Message boxes and file dialogs behind one small service.

Widgets never call ``QMessageBox``/``QFileDialog`` directly: they ask the
application's :class:`DialogService`. Tests install a :class:`ScriptedDialogs`
that answers from a script and records what was asked (Picard's
``user_dialog_service.py``).
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class DialogService:
    def info(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Information, title, text, QMessageBox.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return (
            QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            == QMessageBox.Yes
        )

    def get_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else None

    def open_files(self, parent: QWidget | None, title: str, filter: str = "") -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title, "", filter)
        return files

    def open_file(self, parent: QWidget | None, title: str, filter: str = "") -> str | None:
        f, _ = QFileDialog.getOpenFileName(parent, title, "", filter)
        return f or None

    def open_folder(self, parent: QWidget | None, title: str) -> str | None:
        d = QFileDialog.getExistingDirectory(parent, title)
        return d or None

    def save_file(self, parent: QWidget | None, title: str, name: str = "", filter: str = "") -> str | None:
        f, _ = QFileDialog.getSaveFileName(parent, title, name, filter)
        return f or None

    def exec_dialog(self, dialog) -> int:
        """Run a modal dialog of our own (tests answer it instead)."""
        return dialog.exec()


class ScriptedDialogs(DialogService):
    """For tests: answers come from ``answers`` (a queue per kind);
    everything asked is kept in ``asked`` as (kind, title, text)."""

    def __init__(self, **answers: Any) -> None:
        self.answers = {k: deque(v if isinstance(v, list) else [v]) for k, v in answers.items()}
        self.asked: list[tuple[str, str, str]] = []
        self.dialogs: list[Any] = []
        self.on_dialog = None  # callable(dialog) -> int, to drive our own dialogs

    def _next(self, kind: str, default: Any) -> Any:
        q = self.answers.get(kind)
        return q.popleft() if q else default

    def info(self, parent, title, text, details=""):
        self.asked.append(("info", title, text + ("\n" + details if details else "")))

    def error(self, parent, title, text, details=""):
        self.asked.append(("error", title, text + ("\n" + details if details else "")))

    def confirm(self, parent, title, text):
        self.asked.append(("confirm", title, text))
        return bool(self._next("confirm", True))

    def get_text(self, parent, title, label, text=""):
        self.asked.append(("get_text", title, label))
        return self._next("get_text", None)

    def open_files(self, parent, title, filter=""):
        self.asked.append(("open_files", title, filter))
        return list(self._next("open_files", []))

    def open_file(self, parent, title, filter=""):
        self.asked.append(("open_file", title, filter))
        return self._next("open_file", None)

    def open_folder(self, parent, title):
        self.asked.append(("open_folder", title, ""))
        return self._next("open_folder", None)

    def save_file(self, parent, title, name="", filter=""):
        self.asked.append(("save_file", title, name))
        return self._next("save_file", None)

    def exec_dialog(self, dialog) -> int:
        self.dialogs.append(dialog)
        if self.on_dialog is not None:
            return int(self.on_dialog(dialog))
        return int(self._next("dialog", 0))


_service: DialogService = DialogService()


def dialogs() -> DialogService:
    return _service


def set_dialogs(service: DialogService) -> DialogService:
    global _service
    old, _service = _service, service
    return old
