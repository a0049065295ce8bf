"""Merge a laptop library (work at a fair) into the office library (issue 15 item 1).

The two libraries are made apart with the real use cases: both import the
school's people and consent files; the laptop adds a visiting pupil (a
guest) with an on-site form and its evidence photo, imports photos, tags
them, confirms a face; the office withdraws the consent of a pupil who is on
one of the laptop's photos. Merged either way they end the same, and the
withdrawal wins.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from mediadesk.core.dates import today
from mediadesk.core.errors import UserError
from mediadesk.services import faces, merging
from mediadesk.services.assets import block, list_assets, review_complete, tag, verdicts_of
from mediadesk.services.consent import add_consent, import_consent, list_consents, revoke
from mediadesk.services.library import Library
from mediadesk.services.people import add_person, import_people, list_people, set_publication_ban
from mediadesk.store.merge import snapshot_sqlite
from mediadesk.store.tables import ConsentRecord, FaceTemplate
from tests.helpers import CONSENT_CSV, PEOPLE_CSV, register_asset, write

LIBRARY_BACKENDS = ("sqlite", "postgres")
REPO = Path(__file__).resolve().parents[2]
WITHDRAWAL = "parents asked by phone"


def _school(path: Path, tmp: Path) -> Library:
    lib = Library.open(str(path), profile="dk")
    import_people(lib, write(tmp / "people.csv", PEOPLE_CSV))
    import_consent(lib, write(tmp / "consent.csv", CONSENT_CSV))
    return lib


def _photo(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_bytes(content)
    return p


def make_laptop(tmp: Path) -> Path:
    """The laptop at the fair: a guest with an on-site form, tagged photos."""
    path = tmp / "laptop" / "fair.sqlite"
    path.parent.mkdir(parents=True)
    lib = _school(path, tmp)
    add_person(lib, "G1", "Noah Visitor", "guest", birth_date=today().replace(year=today().year - 12))
    signature = _photo(tmp / "scans", "signature.png", b"signature of Mia Visitor")
    add_consent(lib, "G1", granted_by="guardian", guardian_name="Mia Visitor", channels=["website"],
                media=["photo"], signed_on=today(), source="on_site", evidence_file=signature,
                explained_at=datetime.now(timezone.utc) - timedelta(minutes=5), explained_in="da")
    fair = tmp / "photos" / "Open house"
    guest_photo = register_asset(lib, _photo(fair, "IMG_1.jpg", b"guest photo bytes"))
    shared_photo = register_asset(lib, _photo(fair, "IMG_2.jpg", b"emma at the fair"))
    tag(lib, guest_photo, ["G1"])
    review_complete(lib, guest_photo)
    face = faces.add_manual_face(lib, shared_photo, (10, 10, 40, 40))
    faces.resolve_face(lib, shared_photo, face, person="S1042")
    review_complete(lib, shared_photo)
    lib.close()
    return path


def make_office(tmp: Path) -> Path:
    """The office meanwhile: Emma's parents withdraw her consent; a photo the
    laptop also has (the same bytes) is blocked by hand."""
    path = tmp / "office" / "office.sqlite"
    path.parent.mkdir(parents=True)
    lib = _school(path, tmp)
    revoke(lib, "S1042", today(), WITHDRAWAL)
    known = register_asset(lib, _photo(tmp / "office-photos" / "Gala", "gala.jpg", b"gala photo"))
    block(lib, known, "blurred")
    lib.close()
    return path


def copy_library(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    snapshot_sqlite(src, dst)
    ev = src.with_name(src.stem + "-evidence")
    if ev.is_dir():
        shutil.copytree(ev, dst.with_name(dst.stem + "-evidence"))
    return dst


def state(lib: Library) -> dict:
    """What a library holds, by natural keys (ids made apart differ)."""
    assets = {a.id.hex: a for a in list_assets(lib)}
    people = {p.id: p for p in list_people(lib)}
    with lib.unit() as s:
        from sqlmodel import select

        from mediadesk.store.tables import Face, Presence

        tags = {(assets[p.asset_id.hex].sha256, people[p.person_id].external_id)
                for p in s.exec(select(Presence)).all()}
        face_rows = {(assets[f.asset_id.hex].sha256, f.x, f.y, f.w, f.h, f.state,
                      people[f.person_id].external_id if f.person_id else None)
                     for f in s.exec(select(Face)).all()}
        forms = {(people[c.person_id].external_id, c.granted_by, c.channels, c.media, c.signed_on,
                  c.valid_until, c.revoked_on, c.source, c.evidence_sha256)
                 for c in s.exec(select(ConsentRecord)).all()}
    verdicts = {(assets[e.asset].sha256, e.channel, e.verdict.value, tuple(sorted(r.code.value for r in e.reasons)))
                for e, _ in verdicts_of(lib)}
    return {
        "people": {(p.external_id, p.name, p.role, p.birth_date, p.publication_ban) for p in people.values()},
        "forms": forms,
        "assets": {(a.sha256, a.block_reason, a.people_confirmed_at is not None) for a in assets.values()},
        "tags": tags,
        "faces": face_rows,
        "verdicts": verdicts,
    }


def _sha(lib: Library, name: str) -> str:
    return next(a.id.hex for a in list_assets(lib) if Path(a.path).name == name)


@pytest.fixture
def apart(tmp_path: Path) -> tuple[Path, Path]:
    return make_office(tmp_path), make_laptop(tmp_path)


def test_merged_both_ways_the_libraries_end_the_same_and_the_withdrawal_wins(apart, tmp_path: Path) -> None:
    office, laptop = apart
    office2 = copy_library(office, tmp_path / "copies" / "office2.sqlite")
    laptop2 = copy_library(laptop, tmp_path / "copies" / "laptop2.sqlite")

    into_office = Library.open(str(office))
    report = merging.merge_library(into_office, laptop)
    assert report.applied and not report.conflicts
    assert report.added["people"] == 1  # the guest; the school's own people are matched by external id
    assert report.added["consent_forms"] == 1 and report.added["evidence_files"] == 1
    assert report.added["assets"] == 2 and report.added["tags"] == 2 and report.added["faces"] == 1
    into_laptop = Library.open(str(laptop2))
    back = merging.merge_library(into_laptop, office2)
    assert back.applied and not back.conflicts
    assert back.updated["withdrawals"] == 1 and back.added["assets"] == 1

    a, b = state(into_office), state(into_laptop)
    assert a == b
    # the shared pupil's photo from the fair is blocked by the office's withdrawal, in both
    for lib in (into_office, into_laptop):
        shared = _sha(lib, "IMG_2.jpg")
        got = {e.channel: e for e, _ in verdicts_of(lib, [shared])}
        assert got["website"].verdict.value == "blocked"
        revoked = [r for r in got["website"].reasons if r.code.value == "CONSENT_REVOKED"]
        assert revoked and revoked[0].person == "S1042" and revoked[0].param("revoked") == today().isoformat()
        (emma,) = list_consents(lib, "S1042")
        assert emma.revoked_on == today() and emma.revoke_reason == WITHDRAWAL
        # the guest came with their on-site form, its explanation and its evidence copy
        (form,) = list_consents(lib, "G1")
        assert form.source == "on_site" and form.explained_in == "da" and form.guardian_name == "Mia Visitor"
        assert (lib.evidence_dir / Path(form.evidence_path).name).read_bytes() == b"signature of Mia Visitor"
        guest = {e.channel: e for e, _ in verdicts_of(lib, [_sha(lib, "IMG_1.jpg")])}
        assert not any(r.code.value in ("NO_CONSENT", "CONSENT_REVOKED") for r in guest["website"].reasons)
    (form,) = list_consents(into_office, "G1")
    assert Path(form.evidence_path).parent == into_office.evidence_dir  # copied, not pointing at the laptop's
    # the office's block travels too
    assert any(x[1] == "blurred" for x in b["assets"])
    into_office.close()
    into_laptop.close()


def test_merging_twice_changes_nothing(apart) -> None:
    office, laptop = apart
    lib = Library.open(str(office))
    first = merging.merge_library(lib, laptop)
    assert first.applied and first.changed
    before = state(lib)
    with lib.unit() as s:
        from sqlmodel import func, select

        from mediadesk.store.tables import AuditEntry

        audit_before = s.exec(select(func.count()).select_from(AuditEntry)).one()
    second = merging.merge_library(lib, laptop)
    assert not second.changed and not second.applied and not second.conflicts
    assert second.to_json()["added"] == {} and second.to_json()["updated"] == {}
    assert state(lib) == before
    with lib.unit() as s:
        assert s.exec(select(func.count()).select_from(AuditEntry)).one() == audit_before
    lib.close()


def test_a_dry_run_reports_and_stores_nothing(apart) -> None:
    office, laptop = apart
    lib = Library.open(str(office))
    before = state(lib)
    report = merging.merge_library(lib, laptop, dry_run=True)
    assert report.dry_run and not report.applied
    assert report.added["people"] == 1 and report.added["assets"] == 2
    assert state(lib) == before
    assert not lib.evidence_dir.exists() or not any(lib.evidence_dir.iterdir())
    lib.close()


def test_two_persons_with_the_same_external_id_are_a_conflict_and_nothing_is_stored(tmp_path: Path) -> None:
    office, laptop = make_office(tmp_path), make_laptop(tmp_path)
    lib = Library.open(str(laptop))
    add_person(lib, "V7", "Oskar Dahl", "guest")
    lib.close()
    lib = Library.open(str(office))
    add_person(lib, "V7", "Freja Holm", "guest", birth_date=today().replace(year=today().year - 11))
    before = state(lib)
    report = merging.merge_library(lib, laptop)
    assert not report.applied
    (c,) = report.conflicts
    assert c.kind == "person"
    assert "V7" in c.what and "Freja Holm" in c.what and "Oskar Dahl" in c.what
    assert state(lib) == before  # nothing of the laptop: not the guest, not the photos
    assert "G1" not in {p.external_id for p in list_people(lib)}
    lib.close()


def test_the_same_person_with_another_birth_date_is_a_conflict(tmp_path: Path) -> None:
    office = make_office(tmp_path)
    laptop = copy_library(office, tmp_path / "copy" / "laptop.sqlite")  # the laptop got a copy of the office
    lib = Library.open(str(laptop))
    with lib.unit() as s:
        from sqlmodel import select

        from mediadesk.store.tables import Person

        p = s.exec(select(Person).where(Person.external_id == "S1043")).one()
        p.birth_date = p.birth_date.replace(day=6)
        s.add(p)
    lib.close()
    lib = Library.open(str(office))
    report = merging.merge_library(lib, laptop)
    assert not report.applied
    assert [c.kind for c in report.conflicts] == ["person"]
    assert "S1043" in report.conflicts[0].what and "born 2009-01-05 here, 2009-01-06" in report.conflicts[0].what
    dry = merging.merge_library(lib, laptop, dry_run=True)
    assert dry.conflicts and not dry.applied
    lib.close()


def test_a_ban_or_a_withdrawal_on_the_laptop_wins_over_the_office(tmp_path: Path) -> None:
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path)
    lap = Library.open(str(laptop))
    set_publication_ban(lap, "S1043", True)
    revoke(lap, "T1", today(), "left the school")
    lap.close()
    lib = Library.open(str(office))
    report = merging.merge_library(lib, laptop)
    assert report.applied
    people = {p.external_id: p for p in list_people(lib)}
    assert people["S1043"].publication_ban
    (t1,) = list_consents(lib, "T1")
    assert t1.revoked_on == today() and t1.revoke_reason == "left the school"
    lib.close()


def test_templates_come_only_into_a_match_mode_library_with_biometric_consent(tmp_path: Path) -> None:
    laptop_path = tmp_path / "laptop" / "fair.sqlite"
    laptop_path.parent.mkdir(parents=True)
    lap = _school(laptop_path, tmp_path)
    faces.set_mode(lap, "match", "DPIA-1", today())
    with lap.unit() as s:  # S1043 signed with biometric yes
        from mediadesk.services.people import get_person

        s.add(FaceTemplate(person_id=get_person(lap, "S1043", s).id, encoding=b"\x00" * 1024,
                           source_sha256="ab" * 32, created_by="tester"))
    lap.close()
    (tmp_path / "o").mkdir()
    detect = _school(tmp_path / "o" / "office.sqlite", tmp_path / "o")
    report = merging.merge_library(detect, laptop_path)
    assert report.applied and not report.added.get("face_templates")
    assert any("not in match mode" in w for w in report.warnings)
    with detect.unit() as s:
        from sqlmodel import select

        assert s.exec(select(FaceTemplate)).all() == []
    detect.close()
    (tmp_path / "m").mkdir()
    match = _school(tmp_path / "m" / "office.sqlite", tmp_path / "m")
    faces.set_mode(match, "match", "DPIA-1", today())
    report = merging.merge_library(match, laptop_path)
    assert report.added["face_templates"] == 1
    assert faces.templates_of(match, "S1043") == 1
    match.close()


def test_not_a_library_or_a_newer_one_is_refused_in_plain_words(lib, tmp_path: Path) -> None:
    junk = write(tmp_path / "notes.sqlite", "hello")
    with pytest.raises(UserError, match="notes.sqlite"):
        merging.merge_library(lib, junk)
    with pytest.raises(UserError, match="no such library file"):
        merging.merge_library(lib, tmp_path / "missing.sqlite")
    newer = copy_library(make_laptop(tmp_path), tmp_path / "n" / "newer.sqlite")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    con.commit()
    con.close()
    with pytest.raises(UserError, match="newer MediaDesk.*0099_future"):
        merging.merge_library(lib, newer)


def test_the_laptop_merges_into_a_postgresql_office_library(lib, tmp_path: Path) -> None:
    """Runs on SQLite and on PostgreSQL (LIBRARY_BACKENDS)."""
    import_people(lib, write(tmp_path / "p.csv", PEOPLE_CSV))
    import_consent(lib, write(tmp_path / "c.csv", CONSENT_CSV))
    revoke(lib, "S1042", today(), WITHDRAWAL)
    laptop = make_laptop(tmp_path)
    report = merging.merge_library(lib, laptop)
    assert report.applied and report.added["people"] == 1 and report.added["assets"] == 2
    shared = _sha(lib, "IMG_2.jpg")
    got = {e.channel: e for e, _ in verdicts_of(lib, [shared])}
    assert "CONSENT_REVOKED" in {r.code.value for r in got["website"].reasons}
    assert not merging.merge_library(lib, laptop).changed


def test_bundle_round_trip(apart, tmp_path: Path) -> None:
    office, laptop = apart
    lap = Library.open(str(laptop))
    bundle = tmp_path / "usb" / "fair.mdbundle"
    bundle.parent.mkdir()
    made = merging.export_bundle(lap, bundle, with_files=True)
    assert made.evidence_files == 1 and made.asset_files == 2
    lap.close()
    # the laptop's files are not on the office computer
    shutil.rmtree(tmp_path / "photos")
    shutil.rmtree(laptop.with_name(laptop.stem + "-evidence"))
    lib = Library.open(str(office))
    into = tmp_path / "office-files"
    report = merging.import_bundle(lib, bundle, files_to=into)
    assert report.applied and report.added["assets"] == 2 and report.added["evidence_files"] == 1
    moved = {a.path: a.offline for a in list_assets(lib) if a.path.startswith(str(into))}
    assert len(moved) == 2 and not any(moved.values())
    assert (into / "IMG_1.jpg").read_bytes() == b"guest photo bytes"
    (form,) = list_consents(lib, "G1")
    assert Path(form.evidence_path).read_bytes() == b"signature of Mia Visitor"
    assert not merging.import_bundle(lib, bundle, files_to=into).changed
    assert sorted(p.name for p in into.iterdir()) == ["IMG_1.jpg", "IMG_2.jpg"]
    # later the laptop records a withdrawal; its next bundle brings that, and no second copy of a photo
    lap = Library.open(str(laptop))
    revoke(lap, "G1", today(), "went home")
    merging.export_bundle(lap, bundle, with_files=True)
    lap.close()
    again = merging.import_bundle(lib, bundle, files_to=into)
    assert again.applied and again.updated["withdrawals"] == 1 and not again.added.get("assets")
    assert sorted(p.name for p in into.iterdir()) == ["IMG_1.jpg", "IMG_2.jpg"]
    lib.close()


KILL_SCRIPT = """
import os, sys, time
from mediadesk.services.library import Library
from mediadesk.services.merging import merge_library

def progress(stage, done, total):
    print(stage, flush=True)
    if stage == sys.argv[3]:
        time.sleep(60)  # killed here, in the middle of the merge's transaction

merge_library(Library.open(sys.argv[1]), sys.argv[2], progress=progress)
print("finished", flush=True)
"""


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.iterdump())
    finally:
        con.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("stage", ["audit", "withdrawals"])
def test_a_kill_during_the_merge_leaves_the_library_unchanged(apart, tmp_path: Path, stage: str) -> None:
    office, laptop = apart
    before = _dump(office)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    p = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(office), str(laptop), stage],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=str(REPO), text=True)
    seen = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = p.stdout.readline().strip()
            if not line:
                break
            seen.append(line)
            if line == stage:
                time.sleep(0.2)
                os.kill(p.pid, signal.SIGKILL)
                break
    finally:
        p.wait(30)
    assert seen[-1] == stage and "people" in seen and "assets" in seen, (seen, p.stderr.read())
    assert p.returncode == -signal.SIGKILL
    assert _dump(office) == before
    con = sqlite3.connect(office)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    lib = Library.open(str(office))  # and the merge then runs to the end
    report = merging.merge_library(lib, laptop)
    assert report.applied and report.added["people"] == 1
    lib.close()


def test_an_older_library_is_merged_from_an_upgraded_copy_and_left_as_it_is(tmp_path: Path) -> None:
    from alembic import command

    from mediadesk.store import db as dbmod

    old = copy_library(make_laptop(tmp_path), tmp_path / "old" / "fair-2025.sqlite")
    url = f"sqlite:///{old}"
    engine = dbmod.make_engine(url)
    cfg = dbmod._alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004_requests")
    engine.dispose()
    lib = Library.open(str(make_office(tmp_path)))
    report = merging.merge_library(lib, old)
    assert report.applied and report.upgraded_from == "0004_requests"
    assert any("older schema revision 0004_requests" in w for w in report.warnings)
    assert "G1" in {p.external_id for p in list_people(lib)}
    from mediadesk.store.facts import schema_revision

    assert schema_revision(old) == "0004_requests"  # the other library itself is not upgraded
    lib.close()


def _shared_photo(lib: Library, tmp: Path, where: str) -> str:
    return register_asset(lib, _photo(tmp / where, "choir.jpg", b"the choir, same bytes on both"))


def test_a_face_resolved_on_one_side_only_is_taken_and_resolved_differently_is_a_conflict(tmp_path: Path) -> None:
    office_path, laptop_path = make_office(tmp_path), make_laptop(tmp_path)
    lap, off = Library.open(str(laptop_path)), Library.open(str(office_path))
    on_lap, on_off = _shared_photo(lap, tmp_path, "lap"), _shared_photo(off, tmp_path, "off")
    f_lap = faces.add_manual_face(lap, on_lap, (100, 50, 60, 60))
    faces.add_manual_face(off, on_off, (102, 51, 60, 60))  # the same face, drawn a little apart
    faces.resolve_face(lap, on_lap, f_lap, person="S1043")
    report = merging.merge_library(off, laptop_path)
    assert report.applied and report.updated["face_resolutions"] == 1
    (face,) = faces.list_faces(off, on_off)
    assert face["state"] == "confirmed" and face["person"] == "S1043"
    lap.close()
    off.close()

    office_path, laptop_path = make_office(tmp_path / "2"), make_laptop(tmp_path / "2")
    lap, off = Library.open(str(laptop_path)), Library.open(str(office_path))
    on_lap, on_off = _shared_photo(lap, tmp_path / "2", "lap"), _shared_photo(off, tmp_path / "2", "off")
    faces.resolve_face(lap, on_lap, faces.add_manual_face(lap, on_lap, (100, 50, 60, 60)), person="S1043")
    faces.resolve_face(off, on_off, faces.add_manual_face(off, on_off, (100, 50, 60, 60)), not_identifiable=True)
    before = state(off)
    report = merging.merge_library(off, laptop_path)
    assert not report.applied
    (c,) = report.conflicts
    assert c.kind == "face" and "choir.jpg" in c.what and "not identifiable here" in c.what and "S1043" in c.what
    assert state(off) == before
    lap.close()
    off.close()


def test_an_objection_in_force_on_either_side_stays_in_force(tmp_path: Path) -> None:
    from mediadesk.services.legal_basis import add_objection, objections, withdraw_objection

    office = make_office(tmp_path)
    lib = Library.open(str(office))
    add_objection(lib, "S1043", reason="no photos on the website")
    lib.close()
    laptop = copy_library(office, tmp_path / "copy" / "laptop.sqlite")  # taken to the fair
    lib = Library.open(str(office))
    withdraw_objection(lib, "S1043")
    report = merging.merge_library(lib, laptop)
    assert report.applied and report.updated["objections"] == 1
    (o,) = objections(lib, "S1043")
    assert o.withdrawn_on is None
    assert any("in force here again" in w and "S1043" in w for w in report.warnings)
    lib.close()


def test_a_person_erased_on_one_side_is_a_conflict(tmp_path: Path) -> None:
    from mediadesk.services.privacy import erase_person

    office = make_office(tmp_path)
    laptop = copy_library(office, tmp_path / "copy" / "laptop.sqlite")
    lib = Library.open(str(office))
    erase_person(lib, "S1044")
    report = merging.merge_library(lib, laptop)
    assert not report.applied
    (c,) = report.conflicts
    assert c.kind == "person" and "erased in this library" in c.what and "Sofie Berg" in c.what
    lib.close()
    lap = Library.open(str(laptop))
    report = merging.merge_library(lap, office)
    assert not report.applied and "erased in the other library" in report.conflicts[0].what
    assert "mediadesk erase S1044" in report.conflicts[0].what
    lap.close()


def test_new_assets_are_offline_until_their_folder_is_imported_here(apart, tmp_path: Path) -> None:
    office, laptop = apart
    lap = Library.open(str(laptop))
    bundle = merging.export_bundle(lap, tmp_path / "fair.zip")  # without the files
    lap.close()
    assert bundle.asset_files == 0
    moved = tmp_path / "usb-stick" / "Open house"
    shutil.move(str(tmp_path / "photos" / "Open house"), moved)  # the photos travel apart
    lib = Library.open(str(office))
    report = merging.import_bundle(lib, tmp_path / "fair.zip")
    assert report.applied
    fair = [a for a in list_assets(lib) if Path(a.path).name in ("IMG_1.jpg", "IMG_2.jpg")]
    assert len(fair) == 2 and all(a.offline for a in fair)
    from mediadesk.services.importer import import_paths
    from tests.helpers import fake_result

    files = sorted(moved.iterdir())
    got = import_paths(lib, files, results=[fake_result(p) for p in files])
    assert len(got.relinked) == 2 and not got.imported  # the same assets, found again: tags and forms kept
    fair = [a for a in list_assets(lib) if Path(a.path).name in ("IMG_1.jpg", "IMG_2.jpg")]
    assert all(not a.offline and a.path.startswith(str(moved)) for a in fair)
    shared = _sha(lib, "IMG_2.jpg")
    assert "CONSENT_REVOKED" in {r.code.value for e, _ in verdicts_of(lib, [shared]) for r in e.reasons}
    lib.close()
