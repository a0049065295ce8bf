"""``mediadesk merge`` and ``mediadesk bundle export|import`` (issue 15 item 1)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from mediadesk import cli
from mediadesk.core.dates import today
from mediadesk.services.library import Library
from mediadesk.services.people import add_person
from tests.services.test_merging import make_laptop, make_office


def run(capsys, db: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = cli.main(["--db", str(db), *map(str, args)])
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 2
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return code, out, err


def _check(capsys, db: Path, name: str) -> dict:
    code, out, _ = run(capsys, db, "assets", "list", "--json")
    (asset,) = [a for a in json.loads(out) if Path(a["path"]).name == name]
    code, out, _ = run(capsys, db, "check", asset["asset"], "--channel", "website", "--json")
    (ev,) = json.loads(out)
    return ev


def test_merge_dry_run_then_merge_then_again(capsys, tmp_path: Path) -> None:
    office, laptop = make_office(tmp_path), make_laptop(tmp_path)

    code, out, _ = run(capsys, office, "merge", laptop, "--dry-run", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["dry_run"] and not doc["applied"] and doc["conflicts"] == []
    assert doc["added"]["people"] == 1 and doc["added"]["assets"] == 2
    code, out, _ = run(capsys, office, "people", "list", "--json")
    assert "G1" not in {p["external_id"] for p in json.loads(out)}

    code, out, _ = run(capsys, office, "merge", laptop)
    assert code == 0
    assert "merged into this library" in out and "added: people 1," in out and "assets 2" in out
    code, out, _ = run(capsys, office, "people", "list", "--json")
    assert "G1" in {p["external_id"] for p in json.loads(out)}
    ev = _check(capsys, office, "IMG_2.jpg")  # Emma, withdrawn at the office, on the laptop's photo
    assert ev["verdict"] == "blocked"
    assert any(r["code"] == "CONSENT_REVOKED" and r["person"] == "S1042" for r in ev["reasons"])

    code, out, _ = run(capsys, office, "merge", laptop, "--json")
    doc = json.loads(out)
    assert code == 0 and not doc["applied"] and doc["added"] == {} and doc["updated"] == {}
    code, out, _ = run(capsys, office, "merge", laptop)
    assert "nothing to merge" in out


def test_a_conflict_exits_1_names_it_and_stores_nothing(capsys, tmp_path: Path) -> None:
    office, laptop = make_office(tmp_path), make_laptop(tmp_path)
    for path, name in ((laptop, "Oskar Dahl"), (office, "Freja Holm")):
        lib = Library.open(str(path))
        add_person(lib, "V7", name, "guest")
        lib.close()
    code, out, _ = run(capsys, office, "merge", laptop)
    assert code == 1
    assert "not merged: 1 conflict(s)" in out and "nothing was stored" in out
    assert "V7" in out and "Oskar Dahl" in out and "Freja Holm" in out
    code, out, _ = run(capsys, office, "people", "list", "--json")
    assert "G1" not in {p["external_id"] for p in json.loads(out)}
    code, out, _ = run(capsys, office, "merge", laptop, "--json")
    doc = json.loads(out)
    assert code == 1 and doc["conflicts"][0]["kind"] == "person" and not doc["applied"]


def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path: Path) -> None:
    office = make_office(tmp_path)
    code, _, err = run(capsys, office, "merge", tmp_path / "nope.sqlite")
    assert code == 2 and "nope.sqlite: no such library file" in err and err.count("\n") == 1
    code, _, err = run(capsys, office, "merge", office)
    assert code == 2 and "is this library itself" in err
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    code, _, err = run(capsys, office, "bundle", "import", junk)
    assert code == 2 and "junk.zip: is not a MediaDesk bundle" in err


def test_bundle_export_and_import_carry_the_library_its_evidence_and_its_photos(capsys, tmp_path: Path) -> None:
    office, laptop = make_office(tmp_path), make_laptop(tmp_path)
    stick = tmp_path / "usb" / "fair.zip"
    stick.parent.mkdir()
    code, out, _ = run(capsys, laptop, "bundle", "export", stick, "--with-files", "--json")
    made = json.loads(out)
    assert code == 0 and made["evidence_files"] == 1 and made["asset_files"] == 2
    with zipfile.ZipFile(stick) as z:
        names = set(z.namelist())
    assert {"manifest.json", "library.sqlite"} <= names
    assert sum(n.startswith("library-evidence/") for n in names) == 1
    assert sum(n.startswith("files/") for n in names) == 2
    shutil.rmtree(tmp_path / "photos")  # the office computer has neither the photos
    shutil.rmtree(laptop.with_name(laptop.stem + "-evidence"))  # nor the laptop's evidence folder

    code, out, _ = run(capsys, office, "bundle", "import", stick, "--dry-run", "--json")
    assert code == 0 and json.loads(out)["added"]["assets"] == 2
    assert not (tmp_path / "from-fair").exists()
    code, out, _ = run(capsys, office, "bundle", "import", stick, "--files-to", tmp_path / "from-fair")
    assert code == 0 and "merged into this library" in out and "evidence files 1" in out
    assert (tmp_path / "from-fair" / "IMG_2.jpg").read_bytes() == b"emma at the fair"
    code, out, _ = run(capsys, office, "assets", "list", "--json")
    fair = [a for a in json.loads(out) if a["path"].startswith(str(tmp_path / "from-fair"))]
    assert len(fair) == 2 and not any(a["offline"] for a in fair)
    code, out, _ = run(capsys, office, "report", "person", "G1")
    assert code == 0 and "Noah Visitor" in out
    assert _check(capsys, office, "IMG_2.jpg")["verdict"] == "blocked"
    assert today().isoformat() in out
