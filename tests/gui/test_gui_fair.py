"""At the fair (issue 14, item 3): the pupil's explanation before an
on-screen signature, its confirmation stored with the form; a guardian signs
below the age of consent; guest forms end with the event or after a few days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from mediadesk.services import queries
from mediadesk.services.changes import Changes
from tests.gui.test_gui_people_entry import _draw
from mediadesk.services.people import add_person, get_person
from mediadesk.services.settings import update_settings


@pytest.fixture
def fair_window(qtbot, lib, dialogs):
    from tests.gui.conftest import open_main_window

    add_person(lib, "FAIR-01", "Noah Berg", "guest", birth_date=date.today() - timedelta(days=365 * 12))
    w = open_main_window(qtbot, lib)
    yield w
    w.close()


def _row(w, ext: str):
    return next(r for r in queries.with_lib(w.lib, queries.people_overview) if r.external_id == ext)


def test_no_signature_is_accepted_before_the_pupil_confirmed_the_explanation(qtbot, fair_window, dialogs) -> None:
    from mediadesk.gui.people import ConsentFormDialog
    from mediadesk.gui.signature import SignatureDialog

    w = fair_window
    form = ConsentFormDialog(w.state, _row(w, "FAIR-01"), w)
    qtbot.addWidget(form)
    form.channel_checks["website"].setChecked(True)
    form.channel_checks["instagram"].setChecked(True)
    form.media_checks["photo"].setChecked(True)
    dlg = SignatureDialog("Mia Berg", "Noah Berg", form, explain=form.explain, lang="da")
    qtbot.addWidget(dlg)
    dlg.show()
    page = dlg.explanation
    assert dlg.windowState() & Qt.WindowFullScreen
    assert dlg.stack.currentWidget() is page
    # the pupil's words: what, where (the channels ticked), public, online, withdraw, who signs
    shown = " ".join([page.title.text(), *[p.text() for p in page.points], page.signer.text()])
    for words in ("Noah", "billeder", "Website og Instagram", "offentligt", "på nettet", "altid fortryde",
                  "forælder eller værge"):
        assert words in shown, words
    page.lang_buttons["nl"].click()  # the pupil reads Dutch
    assert "Website en Instagram" in " ".join(p.text() for p in page.points)
    # signing before the confirmation: refused, even with strokes on the pad
    _draw(qtbot, dlg.pad, [(40, 120), (120, 70), (220, 130)])
    assert not page.continue_btn.isEnabled()
    dlg.try_accept()
    assert dlg.path is None and dlg.explained_at is None and dlg.result() == 0
    assert page.error.text() == "Vink eerst aan dat je het gelezen en begrepen hebt."
    page.continue_btn.click()  # disabled: nothing happens
    assert dlg.stack.currentWidget() is page
    page.check.setChecked(True)
    assert page.continue_btn.isEnabled()
    page.continue_btn.click()
    assert dlg.stack.currentIndex() == 1 and dlg.explained_in == "nl" and dlg.explained_at is not None
    dlg.try_accept()
    assert dlg.path is not None and dlg.result() == 1


def test_the_confirmation_is_stored_with_the_form_signed_by_the_guardian(qtbot, fair_window, dialogs) -> None:
    from mediadesk.gui.people import ConsentFormDialog
    from mediadesk.gui.signature import SignatureDialog

    w = fair_window
    w.state.apply(Changes(people=True))
    w.show_people()
    w.people.open_person("FAIR-01")
    seen: dict = {}

    def answer(dlg):
        if isinstance(dlg, SignatureDialog):
            dlg.show()
            seen["signer"] = dlg.explanation.signer.text()
            dlg.explanation.check.setChecked(True)
            dlg.explanation.continue_btn.click()
            _draw(qtbot, dlg.pad, [(40, 120), (90, 80), (140, 140), (200, 70)])
            dlg.try_accept()
            return dlg.result()
        if isinstance(dlg, ConsentFormDialog):
            dlg.channel_checks["website"].setChecked(True)
            dlg.media_checks["photo"].setChecked(True)
            # Noah is 12: he cannot sign himself
            dlg.granted_by.setCurrentIndex(dlg.granted_by.findData("self"))
            assert dlg.sign_on_screen() is None
            seen["refused"] = dlg.error.text()
            dlg.granted_by.setCurrentIndex(dlg.granted_by.findData("guardian"))
            dlg.guardian.setText("Mia Berg")
            assert dlg.sign_on_screen()
            dlg.try_accept()
            return dlg.result()
        return 0

    dialogs.on_dialog = answer
    w.people.person.btn_add.click()
    assert "under the age of consent (15): a parent or guardian signs" in seen["refused"]
    assert "Because you are under 15, your parent or guardian signs" in seen["signer"]
    assert sum(isinstance(d, SignatureDialog) for d in dialogs.dialogs) == 1  # refused before any pad
    qtbot.waitUntil(lambda: len(queries.with_lib(w.lib, queries.consent_timeline, get_person(w.lib, "FAIR-01").id.hex)) == 1,
                    timeout=10000)
    from mediadesk.services.reports import person_report

    form, = person_report(w.lib, "FAIR-01")["consent_forms"]
    assert form["granted_by"] == "guardian" and form["guardian_name"] == "Mia Berg" and form["source"] == "on_site"
    assert form["explained_in"] == "en" and form["explained_at"].startswith(date.today().isoformat())
    # a guest's form ends on the day of the fair by default (guest_form_days = 1)
    assert form["valid_until"] == date.today().isoformat()


def test_a_guests_form_ends_with_the_event_chosen(qtbot, fair_window) -> None:
    from PySide6.QtCore import QDate

    from mediadesk.gui.people import ConsentFormDialog
    from mediadesk.store.tables import Event

    w = fair_window
    end = date.today() + timedelta(days=2)
    with w.lib.unit() as s:
        s.add(Event(name="Open house", date_from=date.today(), date_to=end))
    update_settings(w.lib, guest_form_days=3)
    w.state.reload_settings()
    form = ConsentFormDialog(w.state, _row(w, "FAIR-01"), w)
    qtbot.addWidget(form)
    assert form.valid_until.date() == QDate(date.today() + timedelta(days=2))  # 3 days, counting today
    form.event.setCurrentIndex(form.event.findText("Open house"))
    assert form.valid_until.date() == QDate(end)
    assert form.collect()["valid_until"] == end


def test_a_pupil_of_age_signs_themselves(qtbot, fair_window, dialogs) -> None:
    """The rules would not count a guardian's form for a pupil of age
    (SELF_CONSENT_REQUIRED): the screen does not offer it."""
    from mediadesk.gui.people import ConsentFormDialog

    w = fair_window
    add_person(w.lib, "FAIR-16", "Ida Skov", "guest", birth_date=date.today() - timedelta(days=365 * 16 + 10))
    form = ConsentFormDialog(w.state, _row(w, "FAIR-16"), w)
    qtbot.addWidget(form)
    form.channel_checks["website"].setChecked(True)
    form.media_checks["photo"].setChecked(True)
    form.granted_by.setCurrentIndex(form.granted_by.findData("guardian"))
    form.guardian.setText("Mia Skov")
    assert form.sign_on_screen() is None
    assert form.error.text() == "Ida Skov has reached the age of consent (15) and signs themselves."
    assert dialogs.dialogs == []  # no explanation, no pad
    # and nothing is ticked: the pupil cannot be told where the photos go
    form.channel_checks["website"].setChecked(False)
    assert form.sign_on_screen() is None
    assert "Tick the channels and media first" in form.error.text()
