"""Importing through the real media pipeline: identity, events, bad files,
duplicates, renames, offline files, and a killed import resumed."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from mediadesk.services.importer import import_paths, refresh_offline
from mediadesk.services.assets import block, get_asset, list_assets

#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


ROOT = Path(__file__).resolve().parents[2]


def _photo(path: Path, color=(200, 80, 40), size=(64, 48), exif_time: str | None = None) -> Path:
    img = Image.new("RGB", size, color)
    exif = Image.Exif()
    if exif_time:
        exif[0x8769] = {0x9003: exif_time}  # DateTimeOriginal
    img.save(path, "JPEG", exif=exif.tobytes() if exif_time else b"")
    return path


def _counts(lib) -> dict[str, int]:
    with lib.engine.connect() as c:
        return {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("asset", "asset_path", "event")}


def test_folder_import_with_bad_files_and_events(lib, tmp_path):
    gala = tmp_path / "Gala"
    gala.mkdir()
    _photo(gala / "a.jpg", exif_time="2026:11:20 19:30:00")
    _photo(gala / "b.jpg", color=(10, 200, 10), exif_time="2026:11:21 20:00:00")
    (gala / "empty.jpg").write_bytes(b"")
    (gala / "random.mp4").write_bytes(os.urandom(2048))
    (gala / "notes.txt").write_text("not media")  # skipped: not media by name or content
    report = import_paths(lib, [gala], workers=2)
    assert sorted(Path(d["path"]).name for d in report.imported) == ["a.jpg", "b.jpg"]
    rejected = {Path(d["path"]).name: d["reason"] for d in report.rejected}
    assert set(rejected) == {"empty.jpg", "random.mp4"}
    assert "empty" in rejected["empty.jpg"]
    events = lib_events(lib)
    assert events == [("Gala", "2026-11-20", "2026-11-21")]
    assert _counts(lib) == {"asset": 2, "asset_path": 2, "event": 1}
    # thumbnails exist for both sizes, keyed by content hash
    from mediadesk.media.thumbs import thumbnail_path

    for a in list_assets(lib):
        for size in (256, 1600):
            assert thumbnail_path(lib.cache_dir, a.sha256, size).exists()


def lib_events(lib):
    with lib.engine.connect() as c:
        rows = c.execute(text("SELECT name, date_from, date_to FROM event")).all()
    return [(name, str(d0), str(d1)) for name, d0, d1 in rows]


def test_same_bytes_twice_is_one_asset_and_rename_relinks(lib, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    a = _photo(src / "a.jpg")
    first = import_paths(lib, [a], workers=1)
    (aid,) = first.asset_ids
    copy = src / "copy_of_a.jpg"
    shutil.copy(a, copy)
    second = import_paths(lib, [copy], workers=1)
    assert second.known == [{"asset": aid, "path": str(copy)}] and not second.imported
    assert _counts(lib)["asset"] == 1 and _counts(lib)["asset_path"] == 2
    # a decision hangs on the asset, not the path
    block(lib, aid, "blurry")
    moved = tmp_path / "moved"
    moved.mkdir()
    os.replace(a, moved / "renamed.jpg")
    os.remove(copy)
    third = import_paths(lib, [moved], workers=1)
    assert [(d["asset"], Path(d["path"]).name, Path(d["old_path"]).name) for d in third.relinked] == [(aid, "renamed.jpg", "a.jpg")]
    asset = get_asset(lib, aid)
    assert asset.path == str(moved / "renamed.jpg") and asset.block_reason == "blurry"
    # unchanged file again: known without hashing, nothing new
    fourth = import_paths(lib, [moved], workers=1)
    assert [d["asset"] for d in fourth.known] == [aid] and _counts(lib)["asset"] == 1


def test_missing_file_goes_offline_and_comes_back(lib, tmp_path):
    card = tmp_path / "card"
    card.mkdir()
    p = _photo(card / "a.jpg")
    (aid,) = import_paths(lib, [card], workers=1).asset_ids
    hidden = tmp_path / "elsewhere.jpg"
    os.replace(p, hidden)  # card pulled out
    assert refresh_offline(lib) == {"offline": 1, "online": 0, "changed": []}
    assert get_asset(lib, aid).offline and len(list_assets(lib)) == 1  # never deleted
    os.replace(hidden, p)
    assert refresh_offline(lib) == {"offline": 0, "online": 1, "changed": []}
    assert not get_asset(lib, aid).offline


def test_non_utf8_and_long_names(lib, tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    long_name = "x" * 240 + ".jpg"
    _photo(folder / long_name)
    raw = os.fsencode(folder) + b"/caf\xe9.jpg"  # Latin-1 byte, not UTF-8
    with open(raw, "wb") as fh:
        fh.write((folder / long_name).read_bytes()[:-10] + b"different!")
    report = import_paths(lib, [folder], workers=1)
    assert [Path(d["path"]).name for d in report.imported] == [long_name]
    assert len(report.rejected) == 1 and "UTF-8" in report.rejected[0]["reason"]


def test_nonexistent_path_is_a_user_error(lib, tmp_path):
    from mediadesk.core.errors import UserError

    with pytest.raises(UserError, match="no such file"):
        import_paths(lib, [tmp_path / "nope"])
    assert _counts(lib) == {"asset": 0, "asset_path": 0, "event": 0}


KILL_SCRIPT = """
import sys
from mediadesk.services.library import Library
from mediadesk.services.importer import import_paths
import mediadesk.services.importer as imp
imp.BATCH_SIZE = 5

def progress(p):
    if p.done >= 12:
        print("PROGRESS", p.done, flush=True)

if __name__ == "__main__":
    lib = Library.open(sys.argv[1])
    import_paths(lib, [sys.argv[2]], workers=2, progress=progress)
    print("FINISHED", flush=True)
"""


def test_killed_import_resumes_without_duplicates(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        _photo(folder / f"img_{i:03d}.jpg", color=(i * 5 % 255, 100, 200), size=(640, 480))
    script = tmp_path / "run_import.py"
    script.write_text(KILL_SCRIPT)
    db = tmp_path / "lib.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(script), str(db), str(folder)], stdout=subprocess.PIPE, text=True, env=env, start_new_session=True)
    deadline = time.monotonic() + 120
    line = ""
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith("PROGRESS") or line.startswith("FINISHED") or not line:
            break
    assert line.startswith("PROGRESS"), f"import did not get going: {line!r}"
    os.killpg(proc.pid, signal.SIGKILL)  # the whole process group: writer and pool
    proc.wait(timeout=30)
    con = sqlite3.connect(db)
    n_assets, n_paths = con.execute("SELECT (SELECT count(*) FROM asset), (SELECT count(*) FROM asset_path)").fetchone()
    orphans = con.execute("SELECT count(*) FROM asset a WHERE NOT EXISTS (SELECT 1 FROM asset_path p WHERE p.asset_id = a.id)").fetchone()[0]
    imports = con.execute("SELECT count(*) FROM audit_log WHERE action = 'asset.import'").fetchone()[0]
    con.close()
    assert 0 < n_assets < 40, n_assets  # killed half-way
    assert n_paths == n_assets and orphans == 0 and imports == n_assets  # only whole rows
    from mediadesk.services.library import Library

    lib = Library.open(str(db))
    report = import_paths(lib, [folder], workers=2)
    assert len(report.imported) == 40 - n_assets
    assert len(report.known) == n_assets
    assert _counts(lib)["asset"] == 40 and _counts(lib)["asset_path"] == 40
    lib.close()


def test_two_imports_of_the_same_folder_at_once_both_end_well(lib, tmp_path, monkeypatch):
    """Two computers (or the GUI and a script) import the same files at the same
    moment: the other one commits between this one's look-up and its insert.
    The batch is written again and the files are reported as known."""
    from mediadesk.services import importer
    from mediadesk.services.library import Library
    from tests.helpers import fake_result

    gala = tmp_path / "Gala"
    gala.mkdir()
    files = [_photo(gala / f"p{i}.jpg", color=(i * 20, 80, 40)) for i in range(3)]
    other = Library.open(lib.url, actor="other computer")
    real_event = importer._Writer._event
    raced: list = []

    def event_then_race(self, s, name, when, staged):
        if self.lib is lib and not raced:  # once: the other import commits right now
            raced.append(None)
            raced[0] = import_paths(other, [gala], results=[fake_result(f) for f in files])
        return real_event(self, s, name, when, staged)

    monkeypatch.setattr(importer._Writer, "_event", event_then_race)
    try:
        report = import_paths(lib, [gala], results=[fake_result(f) for f in files])
    finally:
        other.close()
    assert len(raced[0].imported) == 3 and raced[0].events == ["Gala"]
    assert report.imported == [] and report.events == []
    assert sorted(d["asset"] for d in report.known) == sorted(d["asset"] for d in raced[0].imported)
    assert _counts(lib) == {"asset": 3, "asset_path": 3, "event": 1}
