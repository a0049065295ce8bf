"""The library database: migrations, backup, pragmas, ids, audit log."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from mediadesk.core.errors import ProfileMismatch
from mediadesk.services.library import Library
from mediadesk.store.migrations import HEAD_REVISION
from mediadesk.services.library import audit_log
from mediadesk.services.people import add_person, import_people, list_people
from mediadesk.services.settings import library_settings, update_settings


#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


def test_head_revision_constant_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    from mediadesk.store.db import _alembic_config

    script = ScriptDirectory.from_config(_alembic_config("sqlite://"))
    assert script.get_heads() == [HEAD_REVISION]


def test_new_library_is_migrated_with_settings(tmp_path: Path) -> None:
    lib = Library.open(str(tmp_path / "lib.sqlite"), profile="nl")
    s = library_settings(lib)
    assert s["profile"] == "nl" and s["age_of_consent"] == 16
    assert s["face_mode"] == "detect"
    assert [c["slug"] for c in s["channels"]] == ["website", "facebook", "instagram", "tiktok", "print", "intranet"]
    assert lib.last_backup is None  # nothing to back up in a new file
    con = sqlite3.connect(tmp_path / "lib.sqlite")
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION


@pytest.mark.parametrize("lib", ["sqlite"], indirect=True)  # SQLite settings only
def test_pragmas(lib: Library) -> None:
    with lib.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_migration_takes_backup_first(tmp_path: Path, lib_files) -> None:
    path = tmp_path / "lib.sqlite"
    lib = Library.open(str(path), profile="dk")
    import_people(lib, lib_files["people"])
    lib.close()
    # pretend the library is one schema version behind
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'older'")
    con.commit()
    con.close()
    from mediadesk.store import db as dbmod

    engine = dbmod.make_engine("sqlite:///" + str(path))
    from alembic.util.exc import CommandError

    with pytest.raises(CommandError, match="older"):  # unknown to alembic, but the backup exists first
        dbmod.migrate(engine, "sqlite:///" + str(path))
    engine.dispose()
    backups = list(tmp_path.glob("lib.backup-*.sqlite"))
    assert len(backups) == 1
    b = sqlite3.connect(backups[0])
    assert b.execute("SELECT count(*) FROM person").fetchone()[0] == 4
    assert b.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "older"


def test_ids_are_uuids(school: Library) -> None:
    people = list_people(school)
    assert all(isinstance(p.id, uuid.UUID) and p.id.version == 4 for p in people)


def test_profile_mismatch_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "lib.sqlite")
    Library.open(path, profile="dk").close()
    with pytest.raises(ProfileMismatch):
        Library.open(path, profile="nl")
    with pytest.raises(ProfileMismatch):
        Library.open(path, age_of_consent=13)
    assert library_settings(Library.open(path, profile="dk"))["age_of_consent"] == 15


def test_audit_log_is_append_only(school: Library) -> None:
    with school.engine.begin() as c:
        n = c.execute(text("SELECT count(*) FROM audit_log")).scalar()
        assert n >= 8  # library created, 4 people, 4 forms
    with pytest.raises(Exception, match="append-only"):
        with school.engine.begin() as c:
            c.execute(text("DELETE FROM audit_log"))
    with pytest.raises(Exception, match="append-only"):
        with school.engine.begin() as c:
            c.execute(text("UPDATE audit_log SET actor = 'someone else'"))
    with school.engine.begin() as c:
        assert c.execute(text("SELECT count(*) FROM audit_log")).scalar() == n


def test_settings_changes_are_audited(lib: Library) -> None:
    update_settings(lib, profile="nl")
    s = library_settings(lib)
    assert s["profile"] == "nl" and s["age_of_consent"] == 16
    entries = [e for e in audit_log(lib) if e.action == "settings.change"]
    assert {e.actor for e in entries} == {"tester"}
    assert any('"age_of_consent": 15' in (e.old or "") and '"age_of_consent": 16' in (e.new or "") for e in entries)


def test_face_mode_changes_are_audited_one_setting_at_a_time(lib: Library) -> None:
    import json
    from datetime import date

    from mediadesk.services import faces as face_service

    face_service.set_mode(lib, "match", "DPIA-1", date(2026, 9, 1))
    face_service.set_mode(lib, "detect")  # the DPIA fields stay as they are: not audited again
    entries = [e for e in audit_log(lib) if e.action == "settings.change"]
    changes = sorted((e.old, e.new) for e in entries)  # entries of one transaction may share a time
    assert changes == sorted((json.dumps(old), json.dumps(new)) for old, new in [
        ({"face_mode": "detect"}, {"face_mode": "match"}),
        ({"dpia_reference": None}, {"dpia_reference": "DPIA-1"}),
        ({"dpia_date": None}, {"dpia_date": "2026-09-01"}),
        ({"face_mode": "match"}, {"face_mode": "detect"}),
    ])
    assert {e.actor for e in entries} == {"tester"}
    assert library_settings(lib)["dpia_reference"] == "DPIA-1"


def test_change_marker_and_changed_entities_tell_what_changed_elsewhere(lib, tmp_path) -> None:
    from mediadesk.services import queries
    from tests.helpers import register_asset

    before = queries.with_lib(lib, queries.change_marker)
    assert queries.with_lib(lib, queries.change_marker) == before  # reading changes nothing
    add_person(lib, "F1", "Freja Holm", "guest")
    after_person = queries.with_lib(lib, queries.change_marker)
    assert after_person != before and after_person[2] == before[2]
    assert queries.with_lib(lib, queries.changed_entities, before[1]) >= {"person"}
    register_asset(lib, tmp_path / "a.jpg")
    after_asset = queries.with_lib(lib, queries.change_marker)
    assert after_asset[2] == before[2] + 1
    assert "asset" in queries.with_lib(lib, queries.changed_entities, after_person[1])
    assert queries.with_lib(lib, queries.changed_entities, "") == set()
