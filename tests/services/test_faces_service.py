"""Faces in the library: scan, resolve, enrol, match, and what the rules see."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from mediadesk.core.errors import UserError
from mediadesk.services import faces as fs
from mediadesk.services import privacy
from mediadesk.services.importer import import_paths
from mediadesk.store.tables import Face, FaceTemplate, Presence
from tests.helpers import write
from mediadesk.services.assets import review_complete, tag, verdicts_of
from mediadesk.services.consent import add_consent, import_consent, revoke
from mediadesk.services.people import get_person, import_people

#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


DATA = Path(__file__).resolve().parents[1] / "data" / "faces"

KNN_PEOPLE = """external_id,name,role,birth_date,group
P_ALEX,Alex Lacamoire,staff,,
P_BIDEN,Joe Biden,staff,,
P_KIT,Kit Harington,staff,,
P_OBAMA,Barack Obama,staff,,
P_ROSE,Rose Leslie,staff,,
"""


def _consent_rows(ids, biometric="yes") -> str:
    head = "external_id,granted_by,channels,media,signed_on,biometric\n"
    return head + "".join(f"{i},self,website|instagram,photo|video,2026-08-20,{biometric}\n" for i in ids)


def _import(lib, tmp_path: Path, names: list[str]) -> list[str]:
    folder = tmp_path / "photos"
    folder.mkdir(exist_ok=True)
    for n in names:
        shutil.copy(DATA / n, folder / n)
    report = import_paths(lib, [folder / n for n in names], workers=1)
    assert not report.rejected, report.rejected
    return report.asset_ids


@pytest.fixture
def knn_lib(lib, tmp_path):
    import_people(lib, write(tmp_path / "p.csv", KNN_PEOPLE))
    import_consent(lib, write(tmp_path / "c.csv", _consent_rows(["P_ALEX", "P_BIDEN", "P_KIT", "P_OBAMA", "P_ROSE"])))
    return lib


def test_unresolved_face_needs_review_then_cleared_once_confirmed(knn_lib, tmp_path):
    (aid,) = _import(knn_lib, tmp_path, ["two_people.jpg"])
    fs.scan_assets(knn_lib, [aid], inline=True)
    faces = fs.list_faces(knn_lib, aid)
    assert len(faces) == 2 and all(f["state"] == "unresolved" for f in faces)
    review_complete(knn_lib, aid)
    (ev, _), = verdicts_of(knn_lib, [aid], ["website"], date(2026, 11, 1))
    assert ev.verdict.value == "needs_review"
    assert [r.code.value for r in ev.reasons] == ["UNRESOLVED_FACE", "UNRESOLVED_FACE"]
    left, right = sorted(faces, key=lambda f: f["box"]["x"])
    fs.resolve_face(knn_lib, aid, left["id"], person="P_OBAMA")
    fs.resolve_face(knn_lib, aid, right["id"][:8], not_identifiable=True)
    (ev, _), = verdicts_of(knn_lib, [aid], ["website"], date(2026, 11, 1))
    assert ev.verdict.value == "cleared", ev.reasons
    # the confirmed face is Obama's presence: his consent now decides
    (ev, _), = verdicts_of(knn_lib, [aid], ["facebook"], date(2026, 11, 1))
    assert ev.verdict.value == "blocked"
    assert [(r.code.value, r.person) for r in ev.reasons] == [("CHANNEL_NOT_COVERED", "P_OBAMA")]


def test_detect_mode_stores_no_templates_and_no_suggestions(knn_lib, tmp_path):
    (aid,) = _import(knn_lib, tmp_path, ["two_people.jpg"])
    fs.scan_assets(knn_lib, [aid], inline=True)
    with knn_lib.unit() as s:
        assert s.exec(select(FaceTemplate)).all() == []
        assert all(f.suggested_person_id is None for f in s.exec(select(Face)).all())


def test_match_needs_dpia(knn_lib):
    with pytest.raises(UserError, match="DPIA"):
        fs.set_mode(knn_lib, "match")
    settings = fs.set_mode(knn_lib, "match", "DPIA-2026-04", date(2026, 9, 1))
    assert settings["face_mode"] == "match" and settings["dpia_reference"] == "DPIA-2026-04"


def test_enrolment_refused_without_biometric_consent(lib, tmp_path):
    import_people(lib, write(tmp_path / "p.csv", KNN_PEOPLE))
    import_consent(lib, write(tmp_path / "c.csv", _consent_rows(["P_OBAMA"], biometric="no")))
    with pytest.raises(UserError, match="match"):
        fs.enroll(lib, "P_OBAMA", [DATA / "knn_train_obama_obama.jpg"])  # still in detect mode
    fs.set_mode(lib, "match", "DPIA-1", date(2026, 9, 1))
    with pytest.raises(UserError, match="biometric"):
        fs.enroll(lib, "P_OBAMA", [DATA / "knn_train_obama_obama.jpg"])
    with pytest.raises(UserError, match="biometric"):
        fs.enroll(lib, "P_BIDEN", [DATA / "knn_train_biden_biden2.jpg"])  # no form at all
    assert fs.templates_of(lib, "P_OBAMA") == 0


def test_enrolment_refuses_photo_with_two_faces(knn_lib):
    fs.set_mode(knn_lib, "match", "DPIA-1", date(2026, 9, 1))
    with pytest.raises(UserError, match="2 faces"):
        fs.enroll(knn_lib, "P_OBAMA", [DATA / "two_people.jpg"])


@pytest.fixture
def enrolled(knn_lib):
    fs.set_mode(knn_lib, "match", "DPIA-1", date(2026, 9, 1))
    train = {
        "P_ALEX": ["knn_train_alex_lacamoire_img1.jpg"],
        "P_BIDEN": ["knn_train_biden_biden2.jpg"],
        "P_KIT": ["knn_train_kit_harington_john1.jpeg", "knn_train_kit_harington_john2.jpeg"],
        "P_OBAMA": ["knn_train_obama_obama.jpg", "knn_train_obama_obama2.jpg"],
        "P_ROSE": ["knn_train_rose_leslie_img1.jpg", "knn_train_rose_leslie_img2.jpg"],
    }
    for person, files in train.items():
        assert fs.enroll(knn_lib, person, [DATA / f for f in files]) == len(files)
    return knn_lib


def test_enrolled_people_are_suggested_and_suggestion_needs_confirmation(enrolled, tmp_path):
    ids = _import(enrolled, tmp_path, ["knn_test_obama1.jpg", "knn_test_kit_with_rose.jpg", "knn_test_johnsnow_test1.jpg"])
    fs.scan_assets(enrolled, ids, inline=False, workers=2)
    got = {aid: sorted(f["suggested"] for f in fs.list_faces(enrolled, aid)) for aid in ids}
    assert got[ids[0]] == ["P_OBAMA"]
    assert got[ids[1]] == ["P_KIT", "P_ROSE"]
    assert got[ids[2]] == ["P_KIT"]
    assert all(0 < f["distance"] < 0.5 for f in fs.list_faces(enrolled, ids[0]))
    review_complete(enrolled, ids[0])
    (ev, _), = verdicts_of(enrolled, [ids[0]], ["website"], date(2026, 11, 1))
    assert ev.verdict.value == "needs_review"
    assert [(r.code.value, r.person) for r in ev.reasons] == [("UNCONFIRMED_MATCH", "P_OBAMA")]
    face = fs.list_faces(enrolled, ids[0])[0]
    fs.resolve_face(enrolled, ids[0], face["id"], person="P_OBAMA")
    (ev, _), = verdicts_of(enrolled, [ids[0]], ["website"], date(2026, 11, 1))
    assert ev.verdict.value == "cleared"


def test_no_suggestion_for_a_person_not_enrolled(knn_lib, tmp_path):
    fs.set_mode(knn_lib, "match", "DPIA-1", date(2026, 9, 1))
    for person, f in [("P_BIDEN", "knn_train_biden_biden2.jpg"), ("P_KIT", "knn_train_kit_harington_john1.jpeg"), ("P_ALEX", "knn_train_alex_lacamoire_img1.jpg")]:
        fs.enroll(knn_lib, person, [DATA / f])
    (aid,) = _import(knn_lib, tmp_path, ["knn_test_obama1.jpg"])
    fs.scan_assets(knn_lib, [aid], inline=True)
    faces = fs.list_faces(knn_lib, aid)
    assert len(faces) == 1 and faces[0]["state"] == "unresolved" and faces[0]["suggested"] is None


def test_withdrawal_deletes_templates_and_pending_suggestions(enrolled, tmp_path):
    (aid,) = _import(enrolled, tmp_path, ["knn_test_obama1.jpg"])
    fs.scan_assets(enrolled, [aid], inline=True)
    assert fs.list_faces(enrolled, aid)[0]["suggested"] == "P_OBAMA"
    assert fs.templates_of(enrolled, "P_OBAMA") == 2
    revoke(enrolled, "P_OBAMA", reason="parent asked")
    with enrolled.unit() as s:
        obama = get_person(enrolled, "P_OBAMA", s)
        assert s.exec(select(FaceTemplate).where(FaceTemplate.person_id == obama.id)).all() == []
        assert s.exec(select(Face).where(Face.suggested_person_id == obama.id)).all() == []
    assert fs.templates_of(enrolled, "P_KIT") == 2  # others keep theirs
    assert fs.list_faces(enrolled, aid)[0]["state"] == "unresolved"


def test_leaving_match_mode_deletes_every_template(enrolled):
    fs.set_mode(enrolled, "detect")
    with enrolled.unit() as s:
        assert s.exec(select(FaceTemplate)).all() == []


def test_rejected_suggestion_does_not_come_back_after_rescan(enrolled, tmp_path):
    (aid,) = _import(enrolled, tmp_path, ["knn_test_obama1.jpg"])
    fs.scan_assets(enrolled, [aid], inline=True)
    face = fs.list_faces(enrolled, aid)[0]
    assert face["suggested"] == "P_OBAMA"
    fs.reject_suggestion(enrolled, aid, face["id"])
    fs.scan_assets(enrolled, [aid], inline=True)
    faces = fs.list_faces(enrolled, aid)
    assert len(faces) == 1
    assert faces[0]["suggested"] is None and faces[0]["state"] == "unresolved"


def test_rescan_keeps_resolved_faces_and_their_presence(knn_lib, tmp_path):
    (aid,) = _import(knn_lib, tmp_path, ["two_people.jpg"])
    fs.scan_assets(knn_lib, [aid], inline=True)
    first = sorted(fs.list_faces(knn_lib, aid), key=lambda f: f["box"]["x"])
    fs.resolve_face(knn_lib, aid, first[0]["id"], person="P_OBAMA")
    fs.scan_assets(knn_lib, [aid], inline=True)
    again = fs.list_faces(knn_lib, aid)
    assert len(again) == 2
    assert sorted(f["state"] for f in again) == ["confirmed", "unresolved"]
    with knn_lib.unit() as s:
        assert len(s.exec(select(Presence).where(Presence.source == "face")).all()) == 1


def test_hand_drawn_face_must_be_resolved(knn_lib, tmp_path):
    fs.set_mode(knn_lib, "off")
    (aid,) = _import(knn_lib, tmp_path, ["obama_small.jpg"])
    review_complete(knn_lib, aid)
    (ev, _), = verdicts_of(knn_lib, [aid], ["website"], date(2026, 11, 1))
    assert ev.verdict.value == "cleared"  # mode off: no scan to wait for
    fid = fs.add_manual_face(knn_lib, aid, (10, 10, 40, 40))
    (ev, _), = verdicts_of(knn_lib, [aid], ["website"], date(2026, 11, 1))
    assert [r.code.value for r in ev.reasons] == ["UNRESOLVED_FACE"]
    fs.resolve_face(knn_lib, aid, fid, person="P_OBAMA")
    (ev, _), = verdicts_of(knn_lib, [aid], ["website"], date(2026, 11, 1))
    assert ev.verdict.value == "cleared"


def test_a_reimported_withdrawal_or_a_newer_form_without_biometrics_deletes_templates(enrolled, tmp_path):
    # the consent file of the fixture again, now with Obama's withdrawal
    rows = _consent_rows(["P_ALEX", "P_BIDEN", "P_KIT", "P_OBAMA", "P_ROSE"]).splitlines()
    head, body = rows[0] + ",revoked_on", rows[1:]
    body = [r + (",2026-11-01" if r.startswith("P_OBAMA") else ",") for r in body]
    import_consent(enrolled, write(tmp_path / "again.csv", "\n".join([head, *body]) + "\n"))
    assert fs.templates_of(enrolled, "P_OBAMA") == 0
    assert fs.templates_of(enrolled, "P_KIT") == 2
    # a newer form that says no to face matching governs from now on
    add_consent(enrolled, "P_KIT", granted_by="self", channels=["website"], media=["photo"],
                         signed_on=date(2026, 11, 2), biometric=False)
    assert fs.templates_of(enrolled, "P_KIT") == 0
    assert fs.templates_of(enrolled, "P_ROSE") == 2


def _templates_left(lib) -> int:
    with lib.unit() as s:
        return len(s.exec(select(FaceTemplate)).all())


def test_biometric_consent_ending_by_date_stops_suggestions_and_deletes_templates(enrolled, tmp_path, monkeypatch):
    """The forms (signed 2026-08-20) end on 31 July 2027; nobody withdraws them.
    From 1 August the next scan makes no suggestion and the templates are gone."""
    import mediadesk.services.biometrics as bio

    (aid,) = _import(enrolled, tmp_path, ["knn_test_obama1.jpg"])
    monkeypatch.setattr(bio, "today", lambda: date(2027, 7, 31))  # last day of the school year
    fs.scan_assets(enrolled, [aid], inline=True)
    assert fs.list_faces(enrolled, aid)[0]["suggested"] == "P_OBAMA"
    assert _templates_left(enrolled) == 8

    monkeypatch.setattr(bio, "today", lambda: date(2027, 8, 1))
    fs.scan_assets(enrolled, [aid], inline=True)
    (face,) = fs.list_faces(enrolled, aid)
    assert face["suggested"] is None and face["state"] == "unresolved"
    assert _templates_left(enrolled) == 0
    purges = [e for e in privacy.audit_entries(enrolled, action="biometric.purge")]
    assert len(purges) == 5  # one per enrolled person, each with its reason
    assert all("not in force" in json.dumps(e) for e in purges)


def test_opening_a_library_after_the_biometric_consent_ended_deletes_templates(enrolled, monkeypatch):
    import mediadesk.services.biometrics as bio
    from mediadesk.services.library import Library

    assert _templates_left(enrolled) == 8
    monkeypatch.setattr(bio, "today", lambda: date(2027, 8, 1))
    again = Library.open(enrolled.url)
    try:
        assert _templates_left(again) == 0
    finally:
        again.close()


def test_a_lone_clip_reports_its_frames_inline_and_in_a_worker(knn_lib, tmp_path):
    """A clip is one job for many seconds: both scan paths count its sampled
    frames (the quick check's progress bar, the command line's counter)."""
    from mediadesk.core.progress import Progress

    clip = tmp_path / "clip.mp4"
    shutil.copy(DATA.parent / "video" / "short_hamilton_clip.mp4", clip)
    (aid,) = import_paths(knn_lib, [clip], workers=1).asset_ids
    for inline in (True, False):
        seen: list[Progress] = []
        report = fs.scan_assets(knn_lib, [aid], inline=inline, progress=seen.append)
        assert report.scanned == [aid] and report.faces >= 1
        frames = [p for p in seen if p.stage == "frames"]
        assert frames, (inline, seen)
        assert all(p.total in (10, 11) and 0 < p.done <= p.total for p in frames)
        assert [p.done for p in frames] == sorted(p.done for p in frames)  # never backwards
        if inline:  # every frame is reported; the worker's counter is polled, so may skip some
            assert [p.done for p in frames] == list(range(1, frames[-1].total + 1))


def test_a_face_confirmed_while_another_computer_tags_the_same_person(lib, lib_files, tmp_path, monkeypatch):
    """The office tags Emma on a photo at the very moment the laptop confirms
    her face on it: both end well, with one presence (the office's tag waits
    for the laptop's write lock and then finds her tagged)."""
    from sqlalchemy import text

    from mediadesk.services.library import Library
    from tests.helpers import register_asset

    import_people(lib, lib_files["people"])
    fs.set_mode(lib, "off")
    a = register_asset(lib, tmp_path / "a.jpg")
    fid = fs.add_manual_face(lib, a, (5, 5, 40, 40))
    office = Library.open(lib.url, actor="office")
    from tests.helpers import Meanwhile

    real = Library.audit
    started: list[Meanwhile] = []

    def audit(self, s, action, *args, **kwargs):
        if self is lib and action == "face.resolve" and not started:
            started.append(Meanwhile(lambda: tag(office, a, ["S1042"])).start())
        return real(self, s, action, *args, **kwargs)

    monkeypatch.setattr(Library, "audit", audit)
    try:
        fs.resolve_face(lib, a, fid, person="S1042")
        assert started[0].join() == []  # she was tagged by the confirmation
    finally:
        office.close()
    (face,) = fs.list_faces(lib, a)
    assert (face["state"], face["person"]) == ("confirmed", "S1042")
    with lib.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM presence")).scalar() == 1
