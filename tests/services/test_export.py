"""Export for a channel: only cleared assets, re-checked before writing, recorded as publications."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from sqlmodel import select

from mediadesk.core.errors import UserError
from mediadesk.services import export as export_service
from mediadesk.services import faces as face_service
from mediadesk.services.export import export_channel, export_presets
from mediadesk.services.publishing import publications, takedown_list
from mediadesk.store.tables import AuditEntry, Publication
from tests.helpers import register_asset

#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


ON = date(2026, 10, 1)


def _photo(path: Path, size=(800, 600), color=(120, 140, 160), seed: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    arr = np.empty((size[1], size[0], 3), np.uint8)
    arr[:] = color
    arr[seed % size[1], :] = 255  # distinct bytes per file
    Image.fromarray(arr).save(path, quality=90)
    return path


@pytest.fixture
def lib(school):
    face_service.set_mode(school, "off")  # faces drawn by hand in these tests
    return school


def _asset(lib, tmp_path: Path, name: str, people: list[str], *, confirm: bool = True, event: str = "gala", seed: int = 0) -> str:
    path = _photo(tmp_path / event / name, seed=seed or (hash(name) % 500))
    aid = register_asset(lib, path, path.read_bytes())
    if people:
        lib.tag(aid, people)
    if confirm:
        lib.review_complete(aid)
    return aid


def _files(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir()) if d.exists() else []


def test_only_cleared_assets_are_written_and_recorded(lib, tmp_path: Path) -> None:
    ok = _asset(lib, tmp_path, "ok.jpg", ["S1042"], seed=1)  # Emma: facebook covered
    banned = _asset(lib, tmp_path, "banned.jpg", ["S1044"], seed=2)  # Sofie: publication ban
    unreviewed = _asset(lib, tmp_path, "unreviewed.jpg", ["S1042"], confirm=False, seed=3)
    lib.block(_asset(lib, tmp_path, "blocked.jpg", [], seed=4), "a pupil in the background")
    out = tmp_path / "out"

    report = export_channel(lib, "facebook", out, on=ON)

    assert [e.asset for e in report.exported] == [ok]
    assert _files(out) == ["gala_2026-10-01_0001.jpg"]  # nothing else, no temp files
    skipped = {s.asset: s for s in report.skipped}
    assert skipped[banned].verdict == "blocked" and "PUBLICATION_BAN" in skipped[banned].codes
    assert skipped[unreviewed].verdict == "needs_review" and "PEOPLE_NOT_CONFIRMED" in skipped[unreviewed].codes
    assert len(report.skipped) == 3
    assert any(s.verdict == "blocked" and "MANUALLY_BLOCKED" in s.codes for s in report.skipped)

    doc = report.to_json()
    assert set(doc) == {"exported", "skipped"}
    assert set(doc["exported"][0]) == {"asset", "path", "file"}
    assert set(doc["skipped"][0]) == {"asset", "path", "verdict", "reasons"}
    assert doc["exported"][0]["file"] == str((out / "gala_2026-10-01_0001.jpg").resolve())

    pubs = publications(lib)
    assert len(pubs) == 1
    assert pubs[0]["asset"] == ok and pubs[0]["channel"] == "facebook"
    assert pubs[0]["published_on"] == ON.isoformat() and pubs[0]["recorded_by"] == "tester"
    assert pubs[0]["file"] == doc["exported"][0]["file"]
    with lib.unit() as s:
        entries = s.exec(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert len(entries) == 1 and entries[0].entity_id == ok
    assert json.loads(entries[0].new)["publication"] == pubs[0]["id"]


def test_withdrawn_after_first_export_is_skipped_the_second_time(lib, tmp_path: Path) -> None:
    aid = _asset(lib, tmp_path, "a.jpg", ["S1042"])
    first = export_channel(lib, "facebook", tmp_path / "one", on=ON)
    assert [e.asset for e in first.exported] == [aid]
    lib.revoke("S1042", on=ON, reason="parent asked")
    second = export_channel(lib, "facebook", tmp_path / "two", on=ON)
    assert second.exported == [] and _files(tmp_path / "two") == []
    assert second.skipped[0].verdict == "blocked" and "CONSENT_REVOKED" in second.skipped[0].codes
    assert len(publications(lib)) == 1


def test_verdict_is_checked_again_right_before_the_file_is_placed(lib, tmp_path: Path, monkeypatch) -> None:
    """A withdrawal that lands while the file is being written still stops it."""
    aid = _asset(lib, tmp_path, "a.jpg", ["S1042"])
    import mediadesk.media.export as media_export

    real = media_export.export_asset

    def slow_export(*a, **kw):
        res = real(*a, **kw)
        lib.revoke("S1042", on=ON, reason="withdrawn during the export")
        return res

    monkeypatch.setattr(media_export, "export_asset", slow_export)
    report = export_channel(lib, "facebook", tmp_path / "out", on=ON)
    assert report.exported == []
    assert report.skipped[0].asset == aid and "CONSENT_REVOKED" in report.skipped[0].codes
    assert _files(tmp_path / "out") == []
    assert publications(lib) == []


def test_publication_and_audit_are_one_transaction(lib, tmp_path: Path, monkeypatch) -> None:
    _asset(lib, tmp_path, "a.jpg", ["S1042"])
    real_audit = lib.audit

    def failing_audit(s, action, *a, **kw):
        if action == "export":
            raise RuntimeError("disk full")
        return real_audit(s, action, *a, **kw)

    monkeypatch.setattr(lib, "audit", failing_audit)
    with pytest.raises(RuntimeError):
        export_channel(lib, "facebook", tmp_path / "out", on=ON)
    with lib.unit() as s:
        assert s.exec(select(Publication)).all() == []
    assert _files(tmp_path / "out") == []


def test_offline_and_changed_files_are_skipped(lib, tmp_path: Path) -> None:
    gone = _asset(lib, tmp_path, "gone.jpg", ["S1042"], seed=5)
    changed = _asset(lib, tmp_path, "changed.jpg", ["S1042"], seed=6)
    (tmp_path / "gala" / "gone.jpg").unlink()
    _photo(tmp_path / "gala" / "changed.jpg", color=(1, 2, 3))
    report = export_channel(lib, "facebook", tmp_path / "out", on=ON)
    assert report.exported == []
    codes = {s.asset: (s.verdict, s.codes) for s in report.skipped}
    assert codes[gone] == ("cleared", ["FILE_OFFLINE"])
    assert codes[changed] == ("cleared", ["FILE_CHANGED"])
    assert _files(tmp_path / "out") == []


def test_names_from_pattern_never_overwrite_and_carry_no_person(lib, tmp_path: Path) -> None:
    a = _asset(lib, tmp_path, "Emma_Jensen_1.jpg", ["S1042"], event="Skolefest på Ærø", seed=7)
    b = _asset(lib, tmp_path, "Emma_Jensen_2.jpg", ["S1042"], event="Skolefest på Ærø", seed=8)
    out = tmp_path / "out"
    r1 = export_channel(lib, "website", out, on=ON, asset_ids=[a, b], pattern="{event}_{channel}_{counter:03d}")
    names = [Path(e.file).name for e in r1.exported]
    assert names == ["Skolefest-på-Ærø_website_001.jpg", "Skolefest-på-Ærø_website_002.jpg"]
    assert all("Emma" not in n and "Jensen" not in n for n in names)
    r2 = export_channel(lib, "website", out, on=ON, asset_ids=[a], pattern="{event}_{channel}_{counter:03d}")
    assert Path(r2.exported[0].file).name not in names  # the counter moves past existing files
    r3 = export_channel(lib, "website", out, on=ON, asset_ids=[a], pattern="fixed")
    r4 = export_channel(lib, "website", out, on=ON, asset_ids=[a], pattern="fixed")
    assert [Path(r.exported[0].file).name for r in (r3, r4)] == ["fixed.jpg", "fixed-2.jpg"]
    with pytest.raises(UserError):
        export_channel(lib, "website", out, on=ON, pattern="{name}_{counter}")
    with pytest.raises(UserError):
        export_channel(lib, "website", out, on=ON, pattern="../{counter}")
    with pytest.raises(UserError):
        export_channel(lib, "myspace", out, on=ON)


def test_presets_from_settings(lib, tmp_path: Path) -> None:
    presets = export_presets(lib)
    assert presets["instagram"].max_side == 1080 and presets["print"].max_side is None
    assert presets["print"].quality == 95 and presets["website"].max_side == 2048
    lib.update_settings(export_presets={"facebook": {"max_side": 300, "quality": 70}})
    assert export_presets(lib)["facebook"].max_side == 300
    _asset(lib, tmp_path, "a.jpg", ["S1042"])
    report = export_channel(lib, "facebook", tmp_path / "out", on=ON)
    with Image.open(report.exported[0].file) as im:
        assert max(im.size) == 300
    export_service.set_export_preset(lib, "instagram", max_side=640, quality=80)
    assert export_presets(lib)["instagram"].max_side == 640
    with pytest.raises(UserError):
        export_service.set_export_preset(lib, "instagram", max_side=0, quality=80)


def test_dismissed_faces_redacted_on_request(lib, tmp_path: Path) -> None:
    aid = _asset(lib, tmp_path, "crowd.jpg", ["S1042"])
    fid = face_service.add_manual_face(lib, aid, (400, 100, 80, 80))
    emma = face_service.add_manual_face(lib, aid, (100, 300, 80, 80))
    face_service.resolve_face(lib, aid, fid, not_identifiable=True)
    face_service.resolve_face(lib, aid, emma, person="S1042")
    plain = export_channel(lib, "facebook", tmp_path / "plain", on=ON)
    red = export_channel(lib, "facebook", tmp_path / "red", on=ON, redact_dismissed=True)
    assert red.exported[0].redacted == 1 and plain.exported[0].redacted == 0
    with Image.open(red.exported[0].file) as im:
        a = np.asarray(im.convert("RGB")).astype(int)
    assert a[105:175, 405:475].max() <= 10  # the dismissed face: solid black
    assert a[310:370, 110:170].min() > 60  # Emma (consented) is not covered
    with Image.open(plain.exported[0].file) as im:
        assert np.asarray(im)[105:175, 405:475].min() > 60


def test_withdrawal_puts_exactly_the_right_publications_on_the_takedown_list(lib, tmp_path: Path) -> None:
    lars = _asset(lib, tmp_path, "lars.jpg", ["S1043"], seed=11)  # website|instagram|facebook
    emma = _asset(lib, tmp_path, "emma.jpg", ["S1042"], seed=12)  # website|facebook
    both = _asset(lib, tmp_path, "both.jpg", ["S1042", "S1043"], seed=13)
    staff = _asset(lib, tmp_path, "staff.jpg", ["T1"], seed=14)
    for ch in ("facebook", "instagram", "website"):
        export_channel(lib, ch, tmp_path / ch, on=ON)
    pubs = {(p["asset"], p["channel"]) for p in publications(lib)}
    assert pubs == {
        (lars, "facebook"), (lars, "instagram"), (lars, "website"),
        (emma, "facebook"), (emma, "website"),
        (both, "facebook"), (both, "website"),
        (staff, "facebook"), (staff, "instagram"), (staff, "website"),
    }
    assert takedown_list(lib, on=ON) == []

    # Emma's guardian signs a narrower form: website only, from 2026-10-05
    lib.add_consent("S1042", granted_by="guardian", guardian_name="Anna Jensen", channels=["website"],
                    media=["photo"], signed_on=date(2026, 10, 5))
    later = date(2026, 10, 6)
    items = {(i.asset, i.channel) for i in takedown_list(lib, on=later)}
    assert items == {(emma, "facebook"), (both, "facebook")}  # nothing for website

    # Lars withdraws everything
    lib.revoke("S1043", on=later, reason="asked by the pupil")
    items = takedown_list(lib, on=later)
    got = {(i.asset, i.channel) for i in items}
    assert got == {
        (emma, "facebook"), (both, "facebook"),
        (lars, "facebook"), (lars, "instagram"), (lars, "website"), (both, "website"),
    }
    for i in items:
        assert i.where is None and i.published_on == ON
    lars_items = [i for i in items if i.asset == lars]
    assert all({r.person for r in i.reasons} == {"S1043"} for i in lars_items)
    assert all(r.code.value == "CONSENT_REVOKED" for i in lars_items for r in i.reasons)


def test_progress_and_cancel(lib, tmp_path: Path) -> None:
    from mediadesk.core.progress import CancelToken

    for n in range(3):
        _asset(lib, tmp_path, f"p{n}.jpg", ["S1042"], seed=20 + n)
    seen = []
    token = CancelToken()

    def progress(p):
        seen.append(p.done)
        if p.done == 1:
            token.cancel()

    report = export_channel(lib, "facebook", tmp_path / "out", on=ON, progress=progress, cancel=token)
    assert report.cancelled and len(report.exported) == 1
    assert len(_files(tmp_path / "out")) == 1
    assert seen[0] == 0


# ---- command line --------------------------------------------------------------------------

def test_cli_export_json_and_exit_codes(lib, tmp_path: Path, capsys) -> None:
    from mediadesk.cli import main

    db = lib.url
    ok = _asset(lib, tmp_path, "ok.jpg", ["S1042"], seed=31)
    out = tmp_path / "out"
    assert main(["--db", db, "export", "--channel", "facebook", "--to", str(out), "--date", "2026-10-01", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [e["asset"] for e in doc["exported"]] == [ok] and doc["skipped"] == []
    banned = _asset(lib, tmp_path, "banned.jpg", ["S1044"], seed=32)
    assert main(["--db", db, "export", "--channel", "facebook", "--to", str(out), "--date", "2026-10-01", "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert [s["asset"] for s in doc["skipped"]] == [banned]
    assert doc["skipped"][0]["verdict"] == "blocked"
    assert doc["skipped"][0]["reasons"][0]["code"] == "PUBLICATION_BAN"
    assert main(["--db", db, "export", "--channel", "myspace", "--to", str(out)]) == 2
    assert "myspace" in capsys.readouterr().err
