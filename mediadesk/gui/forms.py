"""The bottom of a form dialog: a line for what is wrong, and Save / Cancel."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

ERROR_COLOUR = "#b91c1c"


def error_label() -> QLabel:
    """An empty, word-wrapped red line that says why a form cannot be saved."""
    label = QLabel()
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    return label


def add_error_and_buttons(dialog: QDialog, layout: QVBoxLayout, on_save: Callable[[], None]) -> QLabel:
    """Append the error line and Save/Cancel to ``layout``; Save calls
    ``on_save`` (which accepts the dialog when all is well). Returns the line."""
    error = error_label()
    layout.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error
