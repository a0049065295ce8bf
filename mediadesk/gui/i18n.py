"""Loading the translations: ``resources/i18n/mediadesk_<lang>.qm`` plus Qt's
own translations (standard buttons), and the locale used for dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .theme import resources_dir

LANGUAGES = {"en": "English", "da": "Dansk", "nl": "Nederlands"}
LOCALES = {"en": "en_GB", "da": "da_DK", "nl": "nl_NL"}

_installed: list[QTranslator] = []


def install(lang: str) -> bool:
    """Switch the application's language; True when a translation was loaded."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES.get(lang, "en_GB")))
    ok = False  # English has a catalogue too: its plural forms
    t = QTranslator()
    if t.load(str(resources_dir() / "i18n" / f"mediadesk_{lang}.qm")):
        app.installTranslator(t)
        _installed.append(t)
        ok = True
    qt = QTranslator()
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok
