"""Shared state of the open window: the library, its settings, change signals."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QObject, Signal

from mediadesk.services.evaluate import visible_channels

from .dialogs import dialogs


class AppState(QObject):
    assets_changed = Signal(list)  # asset ids whose verdicts may have changed ([] = all)
    library_changed = Signal()  # new assets, events, people
    people_changed = Signal()
    settings_changed = Signal()

    def __init__(self, lib, parent=None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.settings: dict = lib.settings()

    @property
    def lang(self) -> str:
        return self.settings.get("language", "en")

    @property
    def channels(self) -> list[str]:
        return visible_channels(self.settings)

    @property
    def dialogs(self):
        return dialogs()

    def reload_settings(self) -> None:
        self.settings = self.lib.settings()
        self.settings_changed.emit()

    def changed(self, asset_ids: Sequence[str] | None = None) -> None:
        self.assets_changed.emit(list(asset_ids or []))

    def error(self, parent, exc: BaseException, title: str | None = None) -> None:
        from PySide6.QtCore import QCoreApplication

        self.dialogs.error(parent, title or QCoreApplication.translate("AppState", "Something went wrong"), str(exc))
