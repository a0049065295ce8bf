"""Danish, Dutch (and English plural forms) are complete for every GUI string."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from mediadesk.services.settings import update_settings

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
GUI_SOURCES = sorted((ROOT / "mediadesk" / "gui").glob("*.py")) + [ROOT / "mediadesk" / "app.py"]


def ts_messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(I18N / f"mediadesk_{lang}.ts")
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            out.append((name, m.find("source").text or "", m))
    return out


def source_strings() -> set[tuple[str | None, str]]:
    """(context or None, text) of every tr()/translate() call with literal text."""
    found = set()
    for path in GUI_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "tr" and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                found.add((None, args[0].value))
            if (node.func.attr == "translate" and len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2])):
                found.add((args[0].value, args[1].value))
    return found


@pytest.mark.parametrize("lang", ["da", "nl"])
def test_every_message_is_translated(lang):
    msgs = ts_messages(lang)
    assert len(msgs) > 250
    bad = []
    for ctx, src, m in msgs:
        tr = m.find("translation")
        kind = tr.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            bad.append((ctx, src, kind))
            continue
        if m.get("numerus") == "yes":
            forms = [f.text for f in tr.findall("numerusform")]
            if not forms or not all(f and f.strip() for f in forms):
                bad.append((ctx, src, "empty plural"))
        elif not (tr.text or "").strip():
            bad.append((ctx, src, "empty"))
    assert not bad, f"untranslated in {lang}: {bad[:10]}"


@pytest.mark.parametrize("lang", ["da", "nl", "en"])
def test_every_gui_string_is_in_the_ts_file(lang):
    in_ts = {(ctx, src) for ctx, src, _m in ts_messages(lang)}
    sources = {src for _c, src in in_ts}
    missing = []
    for ctx, text in source_strings():
        if ctx is None and text not in sources:
            missing.append(text)
        elif ctx is not None and (ctx, text) not in in_ts:
            missing.append(f"{ctx}: {text}")
    assert not missing, f"strings not in mediadesk_{lang}.ts (run resources/i18n/update.sh): {missing[:10]}"


@pytest.mark.parametrize("lang", ["da", "nl", "en"])
def test_compiled_catalogue_is_newer_and_loads(qapp, lang):
    from PySide6.QtCore import QTranslator

    qm = I18N / f"mediadesk_{lang}.qm"
    assert qm.exists()
    assert qm.stat().st_mtime >= (I18N / f"mediadesk_{lang}.ts").stat().st_mtime - 1
    t = QTranslator()
    assert t.load(str(qm))
    assert t.translate("MainWindow", "&Quit") or lang == "en"


def test_placeholders_survive_translation():
    import re

    for lang in ("da", "nl"):
        for _ctx, src, m in ts_messages(lang):
            tr = m.find("translation")
            texts = [f.text for f in tr.findall("numerusform")] or [tr.text]
            want = sorted(set(re.findall(r"%\d|%n", src)))
            for t in texts:
                assert sorted(set(re.findall(r"%\d|%n", t or ""))) == want, (lang, src, t)


def test_danish_window_switches_language(qtbot, school, dialogs):
    from mediadesk.gui import i18n
    from mediadesk.gui.mainwindow import MainWindow

    update_settings(school, language="da")
    try:
        assert i18n.install("da")
        w = MainWindow(school)
        qtbot.addWidget(w)
        titles = [a.text() for a in w.menuBar().actions()]
        assert "&Filer" in titles
        assert w.act_quick.text() == "&Hurtigtjek…"
    finally:
        i18n.install("en")


def test_main_window_fits_a_laptop_screen(laptop_window):
    """No translation pushes the window wider than a 1366 px laptop screen."""
    assert laptop_window.minimumSizeHint().width() <= 1366, (laptop_window.lang, laptop_window.minimumSizeHint())


def test_sidebar_labels_are_not_clipped(laptop_window):
    """Every sidebar label fits its column in every language."""
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    tree = laptop_window.sidebar
    it = QTreeWidgetItemIterator(tree)
    checked = 0
    while it.value():
        item = it.value()
        text_w = tree.fontMetrics().horizontalAdvance(item.text(0))
        room = tree.columnWidth(0) - tree.iconSize().width() - tree.indentation() * (2 if item.parent() else 1)
        assert text_w <= room + 4, (laptop_window.lang, item.text(0), text_w, room)
        checked += 1
        it += 1
    assert checked >= 8


def test_filter_bar_texts_are_not_clipped(laptop_window):
    """The filter bar's combo boxes and date fields show their whole text."""
    from PySide6.QtWidgets import QComboBox, QDateEdit, QStyle, QStyleOptionComboBox, QStyleOptionSpinBox

    bar = laptop_window.library.filters
    widgets = [x for x in bar.findChildren(QComboBox) if not x.isEditable()] + bar.findChildren(QDateEdit)
    assert len(widgets) >= 6
    for x in widgets:
        if isinstance(x, QComboBox):
            text, opt = x.currentText(), QStyleOptionComboBox()
            x.initStyleOption(opt)
            field = x.style().subControlRect(QStyle.CC_ComboBox, opt, QStyle.SC_ComboBoxEditField, x)
        else:
            text, opt = x.text(), QStyleOptionSpinBox()
            x.initStyleOption(opt)
            field = x.style().subControlRect(QStyle.CC_SpinBox, opt, QStyle.SC_SpinBoxEditField, x)
        # a date field's line edit needs its own margins, or Qt scrolls the text out of view
        margin = 0 if isinstance(x, QComboBox) else 8
        assert x.fontMetrics().horizontalAdvance(text) + margin <= field.width(), (laptop_window.lang, text, field.width())


@pytest.mark.parametrize("lang", ["en", "da", "nl"])
def test_consent_and_person_dialogs_show_their_whole_texts(qtbot, school, dialogs, lang):
    """Check boxes and buttons of the form dialogs are as wide as their text
    (the Dutch biometric line once ended in 'gegeve')."""
    from PySide6.QtWidgets import QAbstractButton

    from mediadesk.gui import i18n
    from mediadesk.gui.people import AddPersonDialog, ConsentFormDialog
    from mediadesk.gui.state import AppState
    from mediadesk.services import queries

    i18n.install(lang)
    try:
        state = AppState(school)
        row = next(r for r in queries.with_lib(school, queries.people_overview) if r.external_id == "S1042")
        for dlg in (ConsentFormDialog(state, row), AddPersonDialog(state, name="Ida Skov")):
            qtbot.addWidget(dlg)
            dlg.show()
            qtbot.waitExposed(dlg)
            buttons = [b for b in dlg.findChildren(QAbstractButton) if b.isVisible() and b.text()]
            assert len(buttons) >= 3
            for b in buttons:
                assert b.width() >= b.sizeHint().width(), (lang, type(dlg).__name__, b.text(), b.width(), b.sizeHint().width())
            dlg.close()
    finally:
        i18n.install("en")
