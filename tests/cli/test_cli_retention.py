"""``mediadesk retention list|set-class|delete`` and the retention settings (issue 15.3)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from mediadesk import cli
from mediadesk.media.worker import FileResult
from mediadesk.services.importer import import_paths


def run(capsys, db: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = cli.main(["--db", str(db), *map(str, args)])
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 2
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return code, out, err


def _add(lib, path: Path, event: str, taken: str, content: bytes | None = None) -> str:
    path.write_bytes(content if content is not None else os.urandom(64))
    st = path.stat()
    res = FileResult(path=str(path), ok=True, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                      size=st.st_size, mtime=st.st_mtime, kind="photo",
                      info={"kind": "photo", "capture_time": f"{taken}T10:00:00+00:00"})
    return import_paths(lib, [path], event=event, results=[res]).asset_ids[0]


def test_retention_commands(capsys, tmp_path):
    db = tmp_path / "lib.sqlite"
    assert run(capsys, db, "--profile", "dk", "settings", "show")[0] == 0
    from mediadesk.services.library import Library

    lib = Library.open(str(db))
    yard = _add(lib, tmp_path / "yard.jpg", "Sports day", "2020-03-02")
    hall = _add(lib, tmp_path / "hall.jpg", "Sports day", "2020-03-02")
    lib.close()

    code, out, _ = run(capsys, db, "retention", "list", "--on", "2020-04-01")
    assert code == 0 and out.startswith("nothing is due for deletion or review on 2020-04-01")
    assert run(capsys, db, "retention", "set-class", "--event", "Sports day", "situation")[0] == 0
    code, _, err = run(capsys, db, "retention", "set-class", hall, "archive")
    assert code == 2 and "needs a reason" in err and err.count("\n") == 1
    code, out, _ = run(capsys, db, "retention", "set-class", hall, "archive", "--reason", "hall of fame")
    assert code == 0 and "retention class archive (hall of fame)" in out
    code, _, err = run(capsys, db, "retention", "set-class", "situation")
    assert code == 2 and "give an ASSET or --event" in err

    # 4 weeks after 2020-03-02: due from 2020-03-30
    code, out, _ = run(capsys, db, "retention", "list", "--on", "2020-03-29", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, db, "retention", "list", "--on", "2020-03-30", "--json")
    (item,) = json.loads(out)
    assert item["asset"] == yard and item["action"] == "delete" and item["since"] == "2020-03-30"
    assert item["class"] == "situation" and item["source"] == "event" and item["event"] == "Sports day"
    code, out, _ = run(capsys, db, "retention", "list", "--on", "30.03.2020")
    assert yard[:8] in out and "delete" in out and "never published" in out

    # the period is a setting, checked
    code, _, err = run(capsys, db, "settings", "set", "retention_situation_weeks", "0")
    assert code == 2 and "retention_situation_weeks: 0 is outside 1..104" in err
    assert run(capsys, db, "settings", "set", "retention_situation_weeks", "2")[0] == 0
    code, out, _ = run(capsys, db, "retention", "list", "--on", "2020-03-16", "--json")
    assert [i["asset"] for i in json.loads(out)] == [yard]

    # without --yes nothing goes
    code, out, _ = run(capsys, db, "retention", "delete", yard)
    assert code == 1 and "would delete" in out and "nothing deleted" in out
    code, out, _ = run(capsys, db, "assets", "list", "--json")
    assert yard in out
    # an asset not due needs a reason; nothing is deleted then
    code, _, err = run(capsys, db, "retention", "delete", yard, hall, "--yes")
    assert code == 2 and "is not due" in err and "--reason" in err
    code, out, _ = run(capsys, db, "retention", "delete", yard, "--yes", "--json")
    doc = json.loads(out)
    assert code == 0 and [d["asset"] for d in doc["deleted"]] == [yard]
    assert doc["outside_files"] == [str(tmp_path / "yard.jpg")] and (tmp_path / "yard.jpg").exists()
    code, out, _ = run(capsys, db, "retention", "delete", hall, "--yes", "--reason", "duplicate")
    assert code == 0 and "deleted" in out and "you still have these originals" in out
    assert str(tmp_path / "hall.jpg") in out
    code, out, _ = run(capsys, db, "assets", "list", "--json")
    assert yard not in out and hall not in out
    code, out, _ = run(capsys, db, "audit", "list", "--action", "asset.retention_delete", "--json")
    assert sorted(e["entity_id"] for e in json.loads(out)) == sorted([yard, hall])
    code, _, err = run(capsys, db, "tag", yard, "S1")
    assert code == 2 and "deleted on retention" in err


def test_check_of_a_deleted_asset_is_refused(capsys, tmp_path):
    db = tmp_path / "lib.sqlite"
    assert run(capsys, db, "--profile", "dk", "faces", "mode", "off")[0] == 0
    from mediadesk.services.library import Library

    lib = Library.open(str(db))
    photo = (Path(__file__).parents[1] / "data" / "faces" / "two_people.jpg").read_bytes()
    yard = _add(lib, tmp_path / "yard.jpg", "Sports day", "2020-03-02", photo)
    lib.close()
    assert run(capsys, db, "retention", "delete", yard, "--yes", "--reason", "test")[0] == 0
    code, _, err = run(capsys, db, "check", yard, "--channel", "website")
    assert code == 2 and "deleted on retention" in err
    # the original, given by its path, is not taken in again
    code, out, err = run(capsys, db, "check", str(tmp_path / "yard.jpg"), "--channel", "website")
    assert code == 2 and "deleted from the library on retention" in err, (out, err)
