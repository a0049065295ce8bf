"""``mediadesk export --cover``: the group photo with one pupil who said no."""

from __future__ import annotations

import json
from pathlib import Path

from mediadesk import cli
from mediadesk.services import faces as face_service
from mediadesk.services.assets import review_complete, tag
from mediadesk.services.consent import import_consent
from mediadesk.services.library import Library
from mediadesk.services.people import import_people
from tests.faces.synth import group_photo
from tests.helpers import CONSENT_CSV, PEOPLE_CSV, register_asset, write


def _library(tmp_path: Path) -> Path:
    db = tmp_path / "lib.sqlite"
    lib = Library.open(str(db), profile="dk")
    try:
        import_people(lib, write(tmp_path / "p.csv", PEOPLE_CSV))
        import_consent(lib, write(tmp_path / "c.csv", CONSENT_CSV))
        face_service.set_mode(lib, "off")
        canvas, placed = group_photo(800, 600, [110, 110], seed=5)
        path = tmp_path / "photos" / "group.jpg"
        path.parent.mkdir()
        canvas.save(path, quality=92)
        aid = register_asset(lib, path, path.read_bytes())
        tag(lib, aid, ["S1042", "S1043"])  # Emma: no Instagram; Lars: Instagram
        for who, pf in zip(["S1042", "S1043"], placed):
            face_service.resolve_face(lib, aid, face_service.add_manual_face(lib, aid, pf.box), person=who)
        review_complete(lib, aid)
    finally:
        lib.close()
    return db


def test_export_cover_flag(tmp_path: Path, capsys) -> None:
    db = _library(tmp_path)
    code = cli.main(["--db", str(db), "export", "--channel", "instagram", "--to", str(tmp_path / "plain"), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code != 0 and doc["exported"] == [] and doc["skipped"][0]["verdict"] == "blocked"

    code = cli.main(["--db", str(db), "export", "--channel", "instagram", "--to", str(tmp_path / "ig"), "--cover", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["skipped"] == []
    (e,) = doc["exported"]
    assert [(c["person"], c["name"], c["why"]) for c in e["covered"]] == [("S1042", "Emma Jensen", ["CHANNEL_NOT_COVERED"])]

    code = cli.main(["--db", str(db), "export", "--channel", "tiktok", "--to", str(tmp_path / "tt"), "--cover"])
    out = capsys.readouterr().out
    assert "covered 2 face(s): Emma Jensen, Lars Nielsen" in out  # neither consented to TikTok
