"""``mediadesk export --cover`` on a clip: the face detector's runs near the
covered tracks are reported, and ``--no-redetect`` turns them off."""

from __future__ import annotations

import json
from pathlib import Path

from mediadesk import cli
from mediadesk.services import export as export_service
from mediadesk.services.consent import import_consent
from mediadesk.services.library import Library
from mediadesk.services.people import import_people
from tests.helpers import CONSENT_CSV, PEOPLE_CSV, write
from tests.services.cover_clips import ON, covered_clip


def test_export_cover_clip_reports_redetections(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(export_service, "today", lambda: ON)
    db = tmp_path / "lib.sqlite"
    lib = Library.open(str(db), profile="dk")
    try:
        import_people(lib, write(tmp_path / "p.csv", PEOPLE_CSV))
        import_consent(lib, write(tmp_path / "c.csv", CONSENT_CSV))
        covered_clip(lib, tmp_path)
    finally:
        lib.close()
    base = ["--db", str(db), "export", "--channel", "instagram", "--date", ON.isoformat(), "--cover"]
    assert cli.main([*base, "--to", str(tmp_path / "ig")]) == 0
    out = capsys.readouterr().out
    assert "covered 1 face(s): Emma Jensen" in out and "face detector run " in out

    assert cli.main([*base, "--to", str(tmp_path / "fast"), "--no-redetect", "--json"]) == 0
    (e,) = json.loads(capsys.readouterr().out)["exported"]
    assert "redetections" not in e and e["covered"][0]["person"] == "S1042"
