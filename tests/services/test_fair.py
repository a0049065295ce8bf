"""At the fair: the explanation before an on-screen signature, recorded with
the form, and how long a guest's form runs (issue 14, item 3)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from mediadesk.core.dates import today
from mediadesk.core.errors import UserError
from mediadesk.services.fair import explanation, guest_valid_until
from mediadesk.services.reports import person_report
from mediadesk.store.tables import Event
from mediadesk.services.consent import add_consent
from mediadesk.services.library import audit_log
from mediadesk.services.people import add_person
from mediadesk.services.settings import update_settings


@pytest.mark.parametrize("lang, words", [
    ("en", ["photos and videos", "Where: Website and Instagram.", "public", "online", "change your mind at any time",
            "dpo@skolen.dk", "your parent or guardian signs"]),
    ("da", ["billeder og videoer", "Hvor: Website og Instagram.", "offentligt", "på nettet", "altid fortryde",
            "dpo@skolen.dk", "skriver din forælder eller værge under"]),
    ("nl", ["foto's en video's", "Waar: Website en Instagram.", "openbaar", "online", "altijd van gedachten veranderen",
            "dpo@skolen.dk", "je ouder of verzorger"]),
])
def test_the_explanation_says_what_where_public_online_and_how_to_withdraw(lang, words) -> None:
    e = explanation(lang, "Noah", ["Website", "Instagram"], ["photo", "video"], minor=True, age=15,
                    email="dpo@skolen.dk")
    text = " ".join([e["title"], *e["points"], e["signer"]])
    assert "Noah" in e["title"] and "15" in e["signer"]
    for w in words:
        assert w in text, w
    assert e["confirm"] and e["continue"] and e["must_confirm"]
    adult = explanation(lang, "Noah", ["Website"], ["photo"], minor=False, age=15)
    assert "15" not in adult["signer"] and "dpo@" not in " ".join(adult["points"])


def test_guest_forms_end_with_the_event_or_after_the_set_days() -> None:
    d = date(2026, 11, 14)
    assert guest_valid_until({}, d) == d  # default 1 day: the day of the fair
    assert guest_valid_until({"guest_form_days": 3}, d) == d + timedelta(days=2)
    assert guest_valid_until({"guest_form_days": 3}, d, date(2026, 11, 15)) == date(2026, 11, 15)
    assert guest_valid_until({}, d, date(2026, 11, 1)) == d  # an event that ended before: the days count


def test_a_guests_form_ends_with_its_event_and_a_pupils_does_not(lib) -> None:
    add_person(lib, "G1", "Noah Visitor", "guest", birth_date=date(2013, 5, 1))
    add_person(lib, "S9", "Ida Pupil", "student", birth_date=date(2013, 5, 1))
    signed = today()
    form = add_consent(lib, "G1", granted_by="guardian", guardian_name="Mia Visitor", channels=["website"],
                           media=["photo"], signed_on=signed, source="on_site")
    assert form.valid_until == signed
    update_settings(lib, guest_form_days=4)
    assert add_consent(lib, "G1", granted_by="guardian", guardian_name="Mia Visitor", channels=["website"],
                           media=["photo"], signed_on=signed).valid_until == signed + timedelta(days=3)
    with lib.unit() as s:
        s.add(Event(name="Open house", date_from=signed, date_to=signed + timedelta(days=6)))
    assert add_consent(lib, "G1", granted_by="guardian", guardian_name="Mia Visitor", channels=["website"],
                           media=["photo"], signed_on=signed, event="Open house").valid_until == signed + timedelta(days=6)
    # a date given wins; a pupil's form runs to the end of the school year as before
    assert add_consent(lib, "G1", granted_by="guardian", guardian_name="Mia Visitor", channels=["website"],
                           media=["photo"], signed_on=signed, valid_until=signed + timedelta(days=30)
                           ).valid_until == signed + timedelta(days=30)
    assert add_consent(lib, "S9", granted_by="guardian", guardian_name="Ole Pupil", channels=["website"],
                           media=["photo"], signed_on=signed).valid_until > signed + timedelta(days=30) or signed.month == 7
    with pytest.raises(UserError, match="guest_form_days"):
        update_settings(lib, guest_form_days=0)


def test_the_confirmation_is_stored_with_the_form_and_shown_in_the_report(lib) -> None:
    add_person(lib, "G1", "Noah Visitor", "guest", birth_date=date(2013, 5, 1))
    when = datetime.now(timezone.utc).replace(microsecond=0)
    rec = add_consent(lib, "G1", granted_by="guardian", guardian_name="Mia Visitor", channels=["website"],
                          media=["photo"], signed_on=when.date(), source="on_site", explained_at=when,
                          explained_in="da")
    assert (rec.explained_at, rec.explained_in) == (when, "da")
    form, = person_report(lib, "G1")["consent_forms"]
    assert form["explained_in"] == "da" and form["explained_at"].startswith(when.date().isoformat())
    created = [e for e in audit_log(lib, 20) if e.action == "consent.create"]
    assert '"explained_in": "da"' in created[0].new
    with pytest.raises(UserError, match="explained_in"):
        add_consent(lib, "G1", granted_by="guardian", guardian_name="Mia Visitor", channels=["website"],
                        media=["photo"], signed_on=when.date(), explained_at=when, explained_in="fr")
    with pytest.raises(UserError, match="explained_at"):
        add_consent(lib, "G1", granted_by="guardian", guardian_name="Mia Visitor", channels=["website"],
                        media=["photo"], signed_on=when.date() - timedelta(days=5), explained_at=when,
                        explained_in="da")
    with pytest.raises(UserError, match="time zone"):
        add_consent(lib, "G1", granted_by="guardian", guardian_name="Mia Visitor", channels=["website"],
                        media=["photo"], signed_on=when.date(), explained_at=when.replace(tzinfo=None),
                        explained_in="da")
    assert len(person_report(lib, "G1")["consent_forms"]) == 1  # nothing half-written
