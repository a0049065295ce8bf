"""Export for a channel: only cleared assets, re-checked before writing, recorded as publications."""

from __future__ import annotations

import json
import os
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
from mediadesk.services.assets import block, review_complete, tag
from mediadesk.services.consent import add_consent, revoke
from mediadesk.services.settings import update_settings

#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")


ON = date(2026, 10, 1)


@pytest.fixture(autouse=True)
def _today_is_on(monkeypatch):
    """These tests publish on ON: "today" is ON (a test that needs another
    today sets it itself)."""
    monkeypatch.setattr(export_service, "today", lambda: ON)


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
        tag(lib, aid, people)
    if confirm:
        review_complete(lib, aid)
    return aid


def _files(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir()) if d.exists() else []


def test_only_cleared_assets_are_written_and_recorded(lib, tmp_path: Path) -> None:
    ok = _asset(lib, tmp_path, "ok.jpg", ["S1042"], seed=1)  # Emma: facebook covered
    banned = _asset(lib, tmp_path, "banned.jpg", ["S1044"], seed=2)  # Sofie: publication ban
    unreviewed = _asset(lib, tmp_path, "unreviewed.jpg", ["S1042"], confirm=False, seed=3)
    block(lib, _asset(lib, tmp_path, "blocked.jpg", [], seed=4), "a pupil in the background")
    out = tmp_path / "out"

    report = export_channel(lib, "facebook", out, on=ON)

    assert [e.asset for e in report.exported] == [ok]
    assert _files(out) == ["2026-10-01_0001.jpg"]  # nothing else, no temp files
    skipped = {s.asset: s for s in report.skipped}
    assert skipped[banned].verdict == "blocked" and "PUBLICATION_BAN" in skipped[banned].codes
    assert skipped[unreviewed].verdict == "needs_review" and "PEOPLE_NOT_CONFIRMED" in skipped[unreviewed].codes
    assert len(report.skipped) == 3
    assert any(s.verdict == "blocked" and "MANUALLY_BLOCKED" in s.codes for s in report.skipped)

    doc = report.to_json()
    assert set(doc) == {"exported", "skipped"}
    assert set(doc["exported"][0]) == {"asset", "path", "file"}
    assert set(doc["skipped"][0]) == {"asset", "path", "verdict", "reasons"}
    assert doc["exported"][0]["file"] == str((out / "2026-10-01_0001.jpg").resolve())

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
    revoke(lib, "S1042", on=ON, reason="parent asked")
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
        revoke(lib, "S1042", on=ON, reason="withdrawn during the export")
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
    c, d, e = (_asset(lib, tmp_path, f"x{n}.jpg", ["S1042"], event="Skolefest på Ærø", seed=40 + n) for n in range(3))
    r2 = export_channel(lib, "website", out, on=ON, asset_ids=[c], pattern="{event}_{channel}_{counter:03d}")
    assert Path(r2.exported[0].file).name not in names  # the counter moves past existing files
    r3 = export_channel(lib, "website", out, on=ON, asset_ids=[d], pattern="fixed")
    r4 = export_channel(lib, "website", out, on=ON, asset_ids=[e], pattern="fixed")
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
    update_settings(lib, export_presets={"facebook": {"max_side": 300, "quality": 70}})
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
    add_consent(lib, "S1042", granted_by="guardian", guardian_name="Anna Jensen", channels=["website"],
                    media=["photo"], signed_on=date(2026, 10, 5))
    later = date(2026, 10, 6)
    items = {(i.asset, i.channel) for i in takedown_list(lib, on=later)}
    assert items == {(emma, "facebook"), (both, "facebook")}  # nothing for website

    # Lars withdraws everything
    revoke(lib, "S1043", on=later, reason="asked by the pupil")
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
    skipped = {s["asset"]: s for s in doc["skipped"]}
    assert doc["exported"] == [] and set(skipped) == {banned, ok}
    assert skipped[banned]["verdict"] == "blocked"
    assert skipped[banned]["reasons"][0]["code"] == "PUBLICATION_BAN"
    assert [r["code"] for r in skipped[ok]["reasons"]] == ["ALREADY_EXPORTED"]  # not written twice
    # a run that finds only what it exported before needs no attention
    assert main(["--db", db, "export", "--channel", "facebook", "--to", str(out), "--date", "2026-10-01", ok]) == 0
    assert "already exported" in capsys.readouterr().out
    assert main(["--db", db, "export", "--channel", "myspace", "--to", str(out)]) == 2
    assert "myspace" in capsys.readouterr().err


# ---- issue 11: publishing edges --------------------------------------------------------------

def _all_files(d: Path) -> list[str]:
    """Every name in the folder, hidden staging files included."""
    return sorted(os.listdir(d)) if d.exists() else []


def _pubs(lib) -> list[Publication]:
    with lib.unit() as s:
        return list(s.exec(select(Publication)).all())


def test_a_back_dated_export_after_todays_withdrawal_publishes_nothing(lib, tmp_path: Path, monkeypatch) -> None:
    """Exporting is publishing now: the verdict must hold today and on the
    planned date, and the record carries the real date (11.6)."""
    now = date(2026, 10, 10)
    monkeypatch.setattr(export_service, "today", lambda: now)
    first = _asset(lib, tmp_path, "first.jpg", ["S1042"], seed=51)
    report = export_channel(lib, "facebook", tmp_path / "out", on=ON, asset_ids=[first])
    assert [e.asset for e in report.exported] == [first]
    (pub,) = _pubs(lib)
    assert pub.published_on == now  # not the back date
    with lib.unit() as s:
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert json.loads(entry.new)["on"] == ON.isoformat()  # the planned date is kept in the audit

    revoke(lib, "S1042", on=now)
    second = _asset(lib, tmp_path, "second.jpg", ["S1042"], seed=52)
    report = export_channel(lib, "facebook", tmp_path / "out2", on=ON, asset_ids=[second])
    assert report.exported == [] and _all_files(tmp_path / "out2") == []
    (sk,) = report.skipped
    assert sk.verdict == "blocked" and "CONSENT_REVOKED" in sk.codes
    assert len(_pubs(lib)) == 1


def test_a_future_date_must_hold_on_that_date_too(lib, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(export_service, "today", lambda: ON)
    a = _asset(lib, tmp_path, "a.jpg", ["S1042"], seed=53)
    revoke(lib, "S1042", on=date(2026, 11, 1))
    report = export_channel(lib, "facebook", tmp_path / "out", on=date(2026, 11, 2), asset_ids=[a])
    assert report.exported == [] and "CONSENT_REVOKED" in report.skipped[0].codes


def test_exporting_again_into_the_same_folder_is_detected_not_duplicated(lib, tmp_path: Path) -> None:
    """11.7: the second run writes nothing and says so; another folder, or
    a file removed from the folder, is exported again."""
    a = _asset(lib, tmp_path, "a.jpg", ["S1042"], seed=54)
    out = tmp_path / "out"
    export_channel(lib, "facebook", out, on=ON, asset_ids=[a])
    again = export_channel(lib, "facebook", out, on=ON, asset_ids=[a])
    assert again.exported == [] and _all_files(out) == ["2026-10-01_0001.jpg"] and len(_pubs(lib)) == 1
    (sk,) = again.skipped
    assert sk.codes == ["ALREADY_EXPORTED"] and sk.verdict == "cleared"
    assert "already exported" in sk.reasons[0].message() and "2026-10-01_0001.jpg" in sk.reasons[0].message()
    assert export_channel(lib, "website", out, on=ON, asset_ids=[a]).exported  # another channel is another publication
    os.remove(out / "2026-10-01_0001.jpg")
    assert export_channel(lib, "facebook", out, on=ON, asset_ids=[a]).exported  # the file is gone: write it again


def test_default_names_carry_no_free_text(lib, tmp_path: Path) -> None:
    """11.8: the event is the folder's name, and folders are named after pupils."""
    a = _asset(lib, tmp_path, "IMG_0001.jpg", ["S1042"], event="Emma Jensen 7A party", seed=55)
    report = export_channel(lib, "facebook", tmp_path / "out", on=ON, asset_ids=[a])
    assert [Path(e.file).name for e in report.exported] == ["2026-10-01_0001.jpg"]
    named = export_channel(lib, "website", tmp_path / "out", on=ON, asset_ids=[a], pattern="{event}_{counter}")
    assert Path(named.exported[0].file).name == "Emma-Jensen-7A-party_1.jpg"  # only when asked for


def test_disk_full_during_export_is_reported_and_nothing_recorded(lib, tmp_path: Path, monkeypatch) -> None:
    """11.5: a write the disk refuses is no export: no file, no record, and the
    message says the disk is full."""
    import errno

    from mediadesk.media import export as media_export

    a = _asset(lib, tmp_path, "a.jpg", ["S1042"], seed=56)

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(media_export.os, "fsync", full)
    out = tmp_path / "out"
    report = export_channel(lib, "facebook", out, on=ON, asset_ids=[a])
    assert report.exported == [] and _all_files(out) == [] and _pubs(lib) == []
    (sk,) = report.skipped
    assert sk.codes == ["EXPORT_FAILED"] and "no space left on the disk" in sk.reasons[0].message()


def test_a_file_cut_short_by_the_disk_is_never_counted_as_exported(lib, tmp_path: Path, monkeypatch) -> None:
    """The bytes on the disk are read back before the file counts: a
    filesystem that lost the end of the file (no error) is caught."""
    from mediadesk.media import export as media_export

    a = _asset(lib, tmp_path, "a.jpg", ["S1042"], seed=57)
    real = os.fsync

    def lossy(fd):
        os.ftruncate(fd, os.fstat(fd).st_size // 2)
        real(fd)

    monkeypatch.setattr(media_export.os, "fsync", lossy)
    out = tmp_path / "out"
    report = export_channel(lib, "facebook", out, on=ON, asset_ids=[a])
    assert report.exported == [] and _all_files(out) == [] and _pubs(lib) == []
    assert "does not read back whole" in report.skipped[0].reasons[0].message()


def test_staging_files_of_a_killed_export_are_cleared_by_the_next(lib, tmp_path: Path) -> None:
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    pid = int(dead.stdout)  # a process that has ended
    out = tmp_path / "out"
    out.mkdir()
    left = [f".2026-10-01_0001.{pid}.partial.jpg", f".2026-10-01_0001.{pid}.partial.jpg.{pid}.7.tmp"]
    for name in left + [".DS_Store", f".held.{os.getpid()}.partial.jpg"]:
        (out / name).write_bytes(b"x")
    a = _asset(lib, tmp_path, "a.jpg", ["S1042"], seed=58)
    export_channel(lib, "facebook", out, on=ON, asset_ids=[a])
    # the dead process's files are gone; the user's own hidden file and a live process's staging stay
    assert _all_files(out) == sorted([".DS_Store", f".held.{os.getpid()}.partial.jpg", "2026-10-01_0001.jpg"])


def test_a_withdrawal_during_the_record_waits_and_then_lists_the_publication(lib, tmp_path: Path, monkeypatch) -> None:
    """11.4, the race: a withdrawal committed on another computer while the
    export checks and records. The check and the record hold the write lock,
    so the withdrawal waits: the publication is recorded before the
    withdrawal, never after it, and is on the takedown list at once."""
    from mediadesk.services.library import Library
    from tests.helpers import Meanwhile

    a = _asset(lib, tmp_path, "a.jpg", ["S1042"], seed=59)
    other = Library.open(lib.url, actor="office")
    real = export_service._evaluate_one
    calls: list[int] = []
    started: list[Meanwhile] = []

    def evaluate(*args):
        got = real(*args)
        calls.append(1)
        if len(calls) == 2:  # the check inside the recording transaction
            started.append(Meanwhile(lambda: revoke(other, "S1042", on=ON)).start(wait=0.5))
        return got

    monkeypatch.setattr(export_service, "_evaluate_one", evaluate)
    try:
        report = export_channel(lib, "facebook", tmp_path / "out", on=ON, asset_ids=[a])
        started[0].join()
    finally:
        other.close()
    assert [e.asset for e in report.exported] == [a]
    with lib.unit() as s:
        order = [e.action for e in s.exec(select(AuditEntry).where(AuditEntry.action.in_(["export", "consent.revoke"])).order_by(AuditEntry.at)).all()]
    assert order[0] == "export" and "consent.revoke" in order  # never recorded after the withdrawal
    assert [(i.asset, i.channel) for i in takedown_list(lib, on=ON)] == [(a, "facebook")]


def test_a_withdrawal_while_the_file_is_written_stops_the_file(lib, tmp_path: Path, monkeypatch) -> None:
    """The other order: the withdrawal commits while the file is being
    written; the record is refused and no file stays in the folder."""
    from mediadesk.media import export as media_export
    from mediadesk.services.library import Library

    a = _asset(lib, tmp_path, "a.jpg", ["S1042"], seed=60)
    other = Library.open(lib.url, actor="office")
    real = media_export.export_asset

    def write_then_withdraw(*args, **kwargs):
        got = real(*args, **kwargs)
        revoke(other, "S1042", on=ON)
        return got

    monkeypatch.setattr(media_export, "export_asset", write_then_withdraw)
    try:
        report = export_channel(lib, "facebook", tmp_path / "out", on=ON, asset_ids=[a])
    finally:
        other.close()
    assert report.exported == [] and "CONSENT_REVOKED" in report.skipped[0].codes
    assert _all_files(tmp_path / "out") == [] and _pubs(lib) == []


def test_a_deletion_on_retention_while_the_file_is_written_stops_the_export(lib, tmp_path: Path, monkeypatch) -> None:
    """Retention deletion on another computer while the export writes the
    file (it is not published yet, so the deletion goes through and takes the
    tags): the last check must not find the tagless asset cleared, or a
    publication nobody could trace to Emma would be recorded."""
    from mediadesk.media import export as media_export
    from mediadesk.services import retention
    from mediadesk.services.library import Library

    a = _asset(lib, tmp_path, "a.jpg", ["S1042"], seed=61)
    other = Library.open(lib.url, actor="office")
    real = media_export.export_asset

    def write_then_delete(*args, **kwargs):
        got = real(*args, **kwargs)
        retention.delete_assets(other, [a], reason="parents asked for it to be deleted")
        return got

    monkeypatch.setattr(media_export, "export_asset", write_then_delete)
    try:
        report = export_channel(lib, "facebook", tmp_path / "out", on=ON, asset_ids=[a])
    finally:
        other.close()
    assert report.exported == [] and [s.asset for s in report.skipped] == [a]
    assert report.skipped[0].codes == ["ASSET_DELETED"]  # said as it is, not as a review to do
    assert _all_files(tmp_path / "out") == [] and _pubs(lib) == []


def test_a_file_replaced_while_it_is_exported_is_not_published(lib, tmp_path: Path, monkeypatch) -> None:
    """The camera's next card copied over the same name after the export
    checked the file's bytes and before it read them: what was written is a
    photo nobody checked, so it must not be placed or recorded."""
    from mediadesk.media import export as media_export

    a = _asset(lib, tmp_path, "a.jpg", ["S1042"], seed=62)
    source = tmp_path / "gala" / "a.jpg"
    real = media_export.export_asset

    def replaced_then_written(src, *args, **kwargs):
        _photo(source, seed=63)  # another photo under the same name
        return real(src, *args, **kwargs)

    monkeypatch.setattr(media_export, "export_asset", replaced_then_written)
    report = export_channel(lib, "facebook", tmp_path / "out", on=ON, asset_ids=[a])
    assert report.exported == [] and [s.asset for s in report.skipped] == [a]
    assert report.skipped[0].codes == ["FILE_CHANGED"]
    assert _all_files(tmp_path / "out") == [] and _pubs(lib) == []


def test_a_deletion_on_retention_during_the_record_waits_and_is_then_refused(lib, tmp_path: Path, monkeypatch) -> None:
    """The other order: the deletion starts on another computer while the
    export checks and records. It waits for the write lock, then finds the
    asset published and refuses, so the tags a later withdrawal needs stay."""
    from mediadesk.core.errors import UserError
    from mediadesk.services import retention
    from mediadesk.services.library import Library
    from tests.helpers import Meanwhile

    a = _asset(lib, tmp_path, "a.jpg", ["S1042"], seed=64)
    other = Library.open(lib.url, actor="office")
    real = export_service._evaluate_one
    calls: list[int] = []
    started: list[Meanwhile] = []

    def evaluate(*args):
        got = real(*args)
        calls.append(1)
        if len(calls) == 2:  # the check inside the recording transaction
            started.append(Meanwhile(lambda: retention.delete_assets(other, [a], reason="clean-up")).start(wait=0.5))
        return got

    monkeypatch.setattr(export_service, "_evaluate_one", evaluate)
    try:
        report = export_channel(lib, "facebook", tmp_path / "out", on=ON, asset_ids=[a])
        with pytest.raises(UserError, match="still published"):
            started[0].join()
    finally:
        other.close()
    assert [e.asset for e in report.exported] == [a]
    revoke(lib, "S1042", on=ON)
    assert [(i.asset, i.channel) for i in takedown_list(lib, on=ON)] == [(a, "facebook")]
