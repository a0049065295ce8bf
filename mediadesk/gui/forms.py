"""The bottom of a form dialog: a line for what is wrong, and Save / Cancel."""

from __future__ import annotations

from typing import Any, Callable

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
    dialog.form_buttons = buttons  # type: ignore[attr-defined]  # save_in_background disables them
    return error


def save_in_background(dialog: QDialog, state: Any, error: QLabel, fn: Callable[[], Any],
                       changes: Callable[[Any], Any], saved: Callable[[Any], None] | None = None) -> Any:
    """Store what the dialog asks for off the GUI thread (``state.write``):
    Save and Cancel wait while it runs; when it is stored, ``saved(result)``
    and the dialog closes as accepted; when it fails, the error line says
    why, nothing is stored, and the dialog stays open to correct it."""
    buttons = getattr(dialog, "form_buttons", None)
    if buttons is not None:
        buttons.setEnabled(False)
    error.clear()

    def done(result: Any) -> None:
        if saved is not None:
            saved(result)
        dialog.accept()

    def failed(exc: BaseException) -> None:
        if buttons is not None:
            buttons.setEnabled(True)
        error.setText(str(exc))

    return state.write(dialog, fn, changes, done=done, failed=failed)
