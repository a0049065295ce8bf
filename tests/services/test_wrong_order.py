"""Red-team probes: things done in an unusual order must never leave a
withdrawn or blocked pupil cleared, published without notice, or exposed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mediadesk.services.assets import review_complete, tag
from mediadesk.services.consent import revoke
from mediadesk.services.publishing import record_publication, takedown_list
from mediadesk.services.settings import library_settings, update_settings
from tests.helpers import register_asset

EMMA = "S1042"  # website|facebook, photo|video


def test_a_withdrawal_after_the_channel_was_removed_still_lists_the_publication(school, tmp_path: Path) -> None:
    """Published on Facebook, then Facebook taken off the channel list, then
    the pupil withdraws: the photo is still on Facebook and must be on the
    takedown list (was: silently left out, the channel was no longer known)."""
    aid = register_asset(school, tmp_path / "a.jpg")
    tag(school, aid, [EMMA])
    review_complete(school, aid)
    pub = record_publication(school, aid, "facebook", on=date(2026, 9, 1))
    channels = [c for c in library_settings(school)["channels"] if c["slug"] != "facebook"]
    update_settings(school, channels=channels)
    revoke(school, EMMA, on=date(2026, 10, 1))
    (item,) = takedown_list(school, on=date(2026, 10, 2))
    assert (item.publication, item.channel) == (pub, "facebook")
    assert [(r.person, r.code.value) for r in item.reasons] == [(EMMA, "CONSENT_REVOKED")]


def test_a_corrected_birth_date_that_makes_a_self_signed_form_a_minors_ends_face_matching(school, tmp_path: Path) -> None:
    """Lars signed himself with face matching allowed (born 2009, 17 then).
    The admin system corrects his birth date to 2013: he was 13 when he
    signed, so the form is not valid consent (GUARDIAN_CONSENT_REQUIRED) and
    his face templates (biometric data) must go with the import, not stay."""
    from mediadesk.services import faces
    from mediadesk.services.assets import verdicts_of
    from mediadesk.services.people import get_person, import_people
    from mediadesk.store.tables import FaceTemplate
    from tests.helpers import PEOPLE_CSV, write

    LARS = "S1043"
    faces.set_mode(school, "match", "DPIA-1", date(2026, 9, 1))
    with school.unit() as s:
        s.add(FaceTemplate(person_id=get_person(school, LARS, s).id, encoding=b"\0" * 1024,
                           source_sha256="ab" * 32, created_by="tester"))
    assert faces.templates_of(school, LARS) == 1
    aid = register_asset(school, tmp_path / "b.jpg")
    tag(school, aid, [LARS])
    import_people(school, write(tmp_path / "people2.csv", PEOPLE_CSV.replace("2009-01-05", "2013-01-05")))
    ((e, _),) = verdicts_of(school, [aid], ["website"], on=date(2026, 10, 1))
    assert "GUARDIAN_CONSENT_REQUIRED" in [r.code.value for r in e.reasons]
    assert faces.templates_of(school, LARS) == 0
