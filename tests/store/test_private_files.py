"""Files about people are the user's only (issue 11.13): the library, its
journal, backups, consent evidence and the thumbnail cache are created 0600 in
0700 folders whatever the umask; deleted rows are overwritten."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from mediadesk.services.consent import add_consent
from mediadesk.services.people import add_person

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(p: Path) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)  # the usual default: 0644 files, 0755 folders
    yield
    os.umask(old)


def test_library_journal_backup_and_evidence_are_private(tmp_path: Path, loose_umask) -> None:
    from mediadesk.services.library import Library
    from mediadesk.store.db import backup_sqlite

    db = tmp_path / "school" / "library.sqlite"
    lib = Library.open(str(db), profile="dk")
    try:
        add_person(lib, "S1", "Emma Jensen", "student", birth_date=date(2014, 5, 6))
        scan = tmp_path / "form.jpg"
        Image.new("RGB", (40, 40), "white").save(scan)
        add_consent(lib, "S1", granted_by="guardian", channels=["website"], media=["photo"],
                        signed_on=date(2026, 9, 1), evidence_file=str(scan), guardian_name="Ole Jensen")
        assert _mode(db.parent) == 0o700
        for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            assert _mode(p) == 0o600, p
        (evidence,) = list(lib.evidence_dir.iterdir())
        assert _mode(lib.evidence_dir) == 0o700 and _mode(evidence) == 0o600
        assert _mode(backup_sqlite(db)) == 0o600
    finally:
        lib.close()


def test_an_existing_world_readable_library_is_tightened_on_open(tmp_path: Path, loose_umask) -> None:
    from mediadesk.services.library import Library

    own = tmp_path / "shared-folder"
    own.mkdir(mode=0o755)
    db = own / "library.sqlite"
    Library.open(str(db), profile="dk").close()
    os.chmod(db, 0o644)
    Library.open(str(db)).close()
    assert _mode(db) == 0o600
    assert _mode(own) == 0o755  # a folder the user made keeps its mode


def test_thumbnails_are_private(tmp_path: Path, loose_umask) -> None:
    from mediadesk.media.hashing import sha256_file
    from mediadesk.media.thumbs import make_thumbnails

    src = tmp_path / "a.jpg"
    Image.new("RGB", (400, 300), "red").save(src)
    cache = tmp_path / "cache"
    made = make_thumbnails(src, sha256_file(src), cache, [64])
    assert _mode(cache) == 0o700 and _mode(made[64].parent) == 0o700 and _mode(made[64]) == 0o600


def test_secure_delete_is_on_whatever_the_build_default() -> None:
    """The connect hook turns it on even where SQLite was built with it off."""
    from mediadesk.store.db import _sqlite_pragmas

    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA secure_delete=OFF")
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 0
    _sqlite_pragmas(conn, None)
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    conn.close()


def test_an_erased_name_does_not_linger_in_the_file(tmp_path: Path) -> None:
    from mediadesk.services.library import Library
    from mediadesk.services.privacy import erase_person

    db = tmp_path / "library.sqlite"
    lib = Library.open(str(db), profile="dk")
    try:
        add_person(lib, "S1", "Quintessa Vandermeulen", "student")
        erase_person(lib, "S1")
        with lib.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        lib.close()
    assert b"Quintessa" not in db.read_bytes()
