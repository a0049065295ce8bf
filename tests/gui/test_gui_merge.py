"""The merge wizard (issue 15 item 1): pick the laptop's library, read the
dry run, confirm, merge in the background; the window shows the result."""

from __future__ import annotations

from pathlib import Path

from mediadesk.services.library import Library
from mediadesk.services.people import add_person, list_people
from tests.gui.conftest import open_main_window
from tests.services.test_merging import make_laptop, make_office


def _drive(qtbot, seen: dict, path: Path, merge: bool = True):
    from PySide6.QtWidgets import QWizard

    from mediadesk.gui.merging import MergeWizard

    def answer(wiz) -> int:
        assert isinstance(wiz, MergeWizard)
        wiz.show()
        assert not wiz.pick.isComplete()
        wiz.pick.path.setText(str(path))
        assert wiz.pick.isComplete() and not wiz.pick.files_to.isVisible()
        wiz.next()
        assert wiz.currentPage() is wiz.check
        qtbot.waitUntil(lambda: wiz.check.report is not None or bool(wiz.check.error.text()), timeout=20000)
        seen["dry_run"] = wiz.check.text.toPlainText()
        seen["dry_error"] = wiz.check.error.text()
        seen["can_merge"] = wiz.check.isComplete()
        seen["next_text"] = wiz.button(QWizard.NextButton).text()
        seen["people_after_dry_run"] = {p.external_id for p in list_people(wiz.state.lib)}
        if not (merge and wiz.check.isComplete()):
            wiz.reject()
            return 0
        wiz.next()
        assert wiz.currentPage() is wiz.run
        qtbot.waitUntil(lambda: wiz.run.isComplete() or bool(wiz.run.error.text()), timeout=20000)
        seen["merged"] = wiz.run.text.toPlainText()
        wiz.accept()
        return 1

    return answer


def test_the_wizard_shows_the_dry_run_then_merges_in_the_background(qtbot, dialogs, tmp_path: Path) -> None:
    office, laptop = make_office(tmp_path), make_laptop(tmp_path)
    lib = Library.open(str(office))
    w = open_main_window(qtbot, lib)
    seen: dict = {}
    applied = []
    w.state.applied.connect(applied.append)
    dialogs.on_dialog = _drive(qtbot, seen, laptop)
    w.act_merge.trigger()
    assert "added: people 1," in seen["dry_run"] and "assets 2" in seen["dry_run"]
    assert seen["can_merge"] and seen["next_text"] == "Merge"
    assert "G1" not in seen["people_after_dry_run"]  # the dry run stored nothing
    assert seen["merged"].startswith("Merged.")
    assert "G1" in {p.external_id for p in list_people(lib)}
    qtbot.waitUntil(lambda: any(c.people and c.library for c in applied), timeout=5000)
    w.close()
    lib.close()


def test_the_wizard_names_the_conflicts_and_does_not_let_you_merge(qtbot, dialogs, tmp_path: Path) -> None:
    office, laptop = make_office(tmp_path), make_laptop(tmp_path)
    for path, name in ((laptop, "Oskar Dahl"), (office, "Freja Holm")):
        other = Library.open(str(path))
        add_person(other, "V7", name, "guest")
        other.close()
    lib = Library.open(str(office))
    w = open_main_window(qtbot, lib)
    seen: dict = {}
    dialogs.on_dialog = _drive(qtbot, seen, laptop)
    w.act_merge.trigger()
    assert "V7" in seen["dry_run"] and "Oskar Dahl" in seen["dry_run"] and "Freja Holm" in seen["dry_run"]
    assert "conflicts are corrected" in seen["dry_error"] and not seen["can_merge"]
    assert "merged" not in seen
    assert "G1" not in {p.external_id for p in list_people(lib)}
    w.close()
    lib.close()


def test_a_bundle_is_merged_with_its_photos_put_in_the_chosen_folder(qtbot, dialogs, tmp_path: Path) -> None:
    from collections import deque

    from mediadesk.gui.merging import MergeWizard
    from mediadesk.services import merging

    office, laptop = make_office(tmp_path), make_laptop(tmp_path)
    lap = Library.open(str(laptop))
    merging.export_bundle(lap, tmp_path / "fair.zip", with_files=True)
    lap.close()
    lib = Library.open(str(office))
    w = open_main_window(qtbot, lib)
    into = tmp_path / "from-the-fair"
    seen: dict = {}

    def answer(wiz) -> int:
        assert isinstance(wiz, MergeWizard)
        wiz.show()
        dialogs.answers["open_file"] = deque([str(tmp_path / "fair.zip")])
        dialogs.answers["open_folder"] = deque([str(into)])
        wiz.pick.findChildren(type(wiz.pick.files_btn))[0].click()  # Choose… the other library
        assert wiz.pick.files_to.isVisible()  # a bundle: where its photos go
        wiz.pick.files_btn.click()
        assert wiz.pick.files_to.text() == str(into)
        wiz.next()
        qtbot.waitUntil(lambda: wiz.check.report is not None, timeout=20000)
        wiz.next()
        qtbot.waitUntil(lambda: wiz.run.isComplete() or bool(wiz.run.error.text()), timeout=20000)
        seen["merged"] = wiz.run.text.toPlainText()
        wiz.accept()
        return 1

    dialogs.on_dialog = answer
    w.act_merge.trigger()
    assert seen["merged"].startswith("Merged.")
    assert sorted(p.name for p in into.iterdir()) == ["IMG_1.jpg", "IMG_2.jpg"]
    w.close()
    lib.close()
