"""First run: where the library lives, the country rules, language, faces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from . import theme
from .forms import error_label
from .dialogs import dialogs
from .i18n import LANGUAGES
from .settings import FaceModeBox, ProfileBox


class _LocationPage(QWizardPage):
    def __init__(self, default: Path, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to MediaDesk"))
        self.setSubTitle(self.tr("MediaDesk checks every photo and clip against the consent forms of the people on it, before anything is published."))
        lay = QVBoxLayout(self)
        lab = QLabel(self.tr("Where should the library be kept? It holds people, consent forms and what is known about each photo; the photos themselves stay where they are."))
        lab.setWordWrap(True)
        self.path = QLineEdit(str(default))
        browse = QPushButton(theme.icon("folder"), self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        lay.addWidget(lab)
        lay.addLayout(row)
        lay.addStretch(1)
        self.registerField("path", self.path)
        self.path.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        # explicit, so the pre-filled default enables Next at once (a mandatory
        # "path*" field left it disabled until the user typed something)
        return bool(self.path.text().strip())

    def _browse(self) -> None:
        f = dialogs().save_file(self, self.tr("Library file"), self.path.text(), self.tr("MediaDesk library (*.sqlite)"))
        if f:
            self.path.setText(f)


class _RulesPage(QWizardPage):
    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Country rules and language"))
        self.setSubTitle(self.tr("The age from which pupils sign for themselves depends on the country."))
        lay = QVBoxLayout(self)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.profile = ProfileBox("nl" if lang == "nl" else "dk", 15, extra=[(self.tr("Language"), self.language)])
        lay.addWidget(self.profile)
        lay.addStretch(1)


class _FacesPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Faces"))
        self.setSubTitle(self.tr("You can change this later in the settings."))
        lay = QVBoxLayout(self)
        self.faces = FaceModeBox("detect")
        self.faces.setTitle("")  # the page title already says it
        self.error = error_label()
        lay.addWidget(self.faces)
        lay.addWidget(self.error)
        lay.addStretch(1)

    def validatePage(self) -> bool:
        problem = self.faces.problem()
        self.error.setText(problem or "")
        return problem is None


class FirstRunWizard(QWizard):
    def __init__(self, default_path: Path, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MediaDesk: new library"))
        self.setWindowIcon(theme.icon("app"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setMinimumSize(640, 520)
        self.location = _LocationPage(default_path)
        self.rules = _RulesPage(lang)
        self.faces = _FacesPage()
        for p in (self.location, self.rules, self.faces):
            self.addPage(p)

    def values(self) -> dict:
        profile, age = self.rules.profile.values()
        ref, when = self.faces.faces.dpia()
        mode = self.faces.faces.mode()
        return {
            "path": self.location.path.text().strip(),
            "profile": profile,
            "age_of_consent": age,
            "language": self.rules.language.currentData(),
            "face_mode": mode,
            "dpia_reference": ref if mode == "match" else None,
            "dpia_date": when if mode == "match" else None,
        }


def create_library(values: dict):
    """Create the library the wizard describes; returns the open Library."""
    from mediadesk.services.library import Library

    from . import facesvc

    lib = Library.open(values["path"], profile=values["profile"], age_of_consent=values["age_of_consent"],
                       language=values["language"])
    if values["face_mode"] != "detect":
        facesvc.set_face_mode(lib, values["face_mode"], values.get("dpia_reference"), values.get("dpia_date"))
    return lib
