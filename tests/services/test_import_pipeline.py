"""The one pipeline from files to faces (services/checking.import_and_scan):
each photo is decoded once, its faces are found on that decode in the media
workers, and the command line and the GUI scan the same assets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import select

from mediadesk import cli
from mediadesk.faces.scan import PhotoScan, scan_path
from mediadesk.media import photo
from mediadesk.media.worker import process_file
from mediadesk.services import faces as fs
from mediadesk.services.checking import check_file, import_and_scan
from mediadesk.store.tables import Asset, AuditEntry
from tests.faces.synth import count_found, group_photo
from mediadesk.services.assets import verdicts_of

DATA = Path(__file__).resolve().parents[1] / "data"
TWO_PEOPLE = DATA / "faces" / "two_people.jpg"


@pytest.fixture
def phone_photo(tmp_path) -> tuple[Path, list]:
    """A 12 MP JPEG with 20 faces of 30-110 px, and their boxes."""
    image, placed = group_photo(4000, 3000, [30, 44, 60, 87, 110] * 4, seed=8)
    path = tmp_path / "phone.jpg"
    image.save(path, quality=90)
    return path, [p.box for p in placed]


def _count_decodes(monkeypatch) -> list:
    calls: list = []
    real = photo.decode_displayed

    def counting(path, *args, **kwargs):
        image, full = real(path, *args, **kwargs)
        calls.append((Path(path).name, image.size, full))
        return image, full

    monkeypatch.setattr(photo, "decode_displayed", counting)
    return calls


def test_a_large_photo_is_decoded_once_for_its_thumbnails_and_its_faces(phone_photo, tmp_path, monkeypatch):
    path, boxes = phone_photo
    calls = _count_decodes(monkeypatch)
    result = process_file(str(path), str(tmp_path / "cache"), PhotoScan())
    assert result.ok and result.analysis_error is None
    assert len(calls) == 1  # one decode, at half size (12 MP: the DCT's 1/2 scale)
    assert calls[0][1:] == ((2000, 1500), (4000, 3000))
    assert sorted(result.thumbnails) == [256, 1600]
    found = result.analysis
    assert (found.width, found.height) == (4000, 3000)  # boxes in the photo's own pixels
    got = [f.box.as_tuple() for f in found.faces]
    assert count_found(boxes, got) >= 0.85 * len(boxes)
    # the same faces as the face scan of the file alone
    alone = [f.box.as_tuple() for f in scan_path(str(path), "photo", False).faces]
    assert count_found(alone, got, min_iou=0.8) == len(alone) == len(got)


def test_without_a_face_scan_a_photo_is_decoded_once_too(phone_photo, tmp_path, monkeypatch):
    path, _ = phone_photo
    calls = _count_decodes(monkeypatch)
    result = process_file(str(path), str(tmp_path / "cache"))
    assert result.ok and result.analysis is None and len(calls) == 1


class _Broken:
    def decode_scale(self, width, height):
        return None

    def __call__(self, image, scale):
        raise RuntimeError("detector exploded")


def test_a_failed_face_scan_does_not_reject_the_file_and_it_is_scanned_after(lib, tmp_path, monkeypatch):
    path = tmp_path / "two_people.jpg"
    shutil.copy(TWO_PEOPLE, path)
    result = process_file(str(path), str(lib.cache_dir), _Broken())
    assert result.ok and result.analysis is None
    assert result.analysis_error == "RuntimeError: detector exploded"
    report = import_and_scan(lib, [path], results=[result], inline=True)
    (aid,) = report.asset_ids
    assert report.faces.scanned == [aid] and report.faces.faces == 2  # scanned after the import
    assert len(fs.list_faces(lib, aid)) == 2


def test_an_import_finds_the_faces_of_photos_in_the_media_workers(lib, tmp_path, monkeypatch):
    folder = tmp_path / "gala"
    folder.mkdir()
    shutil.copy(TWO_PEOPLE, folder / "a.jpg")
    shutil.copy(DATA / "faces" / "obama-480p.jpg", folder / "b.jpg")
    shutil.copy(DATA / "video" / "short_hamilton_clip.mp4", folder / "c.mp4")
    scanned_after: list = []
    real = fs.scan_assets

    def recording(lib_, ids, **kw):
        scanned_after.extend(ids)
        return real(lib_, ids, **kw)

    monkeypatch.setattr(fs, "scan_assets", recording)
    report = import_and_scan(lib, [folder], workers=2)
    assert len(report.imported) == 3 and not report.rejected
    by_name = {Path(d["path"]).name: d["asset"] for d in report.imported}
    # photos: found while they were decoded for the thumbnails; the clip after
    assert scanned_after == [by_name["c.mp4"]]
    assert sorted(report.faces.scanned) == sorted(by_name.values())
    assert len(fs.list_faces(lib, by_name["a.jpg"])) == 2
    assert len(fs.list_faces(lib, by_name["b.jpg"])) == 1
    with lib.unit() as s:
        assert all(a.faces_scanned_at is not None for a in s.exec(select(Asset)).all())
        audits = [json.loads(e.new)["faces"] for e in s.exec(select(AuditEntry).where(AuditEntry.action == "faces.scan")).all()]
    assert sorted(audits) == sorted([2, 1, len(fs.list_faces(lib, by_name["c.mp4"]))])
    # unresolved faces: nobody is cleared before a person says who they are
    (ev, _), = verdicts_of(lib, [by_name["a.jpg"]], ["website"])
    assert ev.verdict.value == "needs_review"
    # importing again finds nothing new and scans nothing again
    scanned_after.clear()
    again = import_and_scan(lib, [folder], workers=2)
    assert again.imported == [] and again.faces.scanned == [] and scanned_after == []


def test_an_asset_already_scanned_keeps_its_faces_when_its_bytes_come_again(lib, tmp_path):
    path = tmp_path / "a.jpg"
    shutil.copy(TWO_PEOPLE, path)
    (aid,) = import_and_scan(lib, [path], workers=1).asset_ids
    face = fs.list_faces(lib, aid)[0]
    fs.resolve_face(lib, aid, face["id"], not_identifiable=True)
    copy = tmp_path / "copy of a.jpg"  # the same bytes under another name: read again
    shutil.copy(path, copy)
    report = import_and_scan(lib, [copy], workers=1)
    assert report.known == [{"asset": aid, "path": str(copy)}]
    assert report.faces.scanned == []  # found again, but the stored faces stand
    assert [f["state"] for f in fs.list_faces(lib, aid) if f["id"] == face["id"]] == ["dismissed"]


def test_the_command_line_scans_what_the_gui_scans(lib, tmp_path, capsys):
    """An import stopped before its scan leaves known, unscanned assets: the
    next import scans them, from the command line as from the GUI."""
    path = tmp_path / "a.jpg"
    shutil.copy(TWO_PEOPLE, path)
    (aid,) = import_and_scan(lib, [path], scan=False, workers=1).asset_ids
    assert fs.list_faces(lib, aid) == []
    code = cli.main(["--db", lib.url, "import", str(path), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["known"][0]["asset"] == aid
    assert doc["faces"]["scanned"] == [aid] and doc["faces"]["faces"] == 2


def test_a_quick_check_of_new_bytes_under_a_known_name_scans_them(lib, tmp_path):
    path = tmp_path / "IMG_0001.jpg"
    shutil.copy(DATA / "faces" / "obama-480p.jpg", path)
    first = check_file(lib, path)
    assert len(fs.list_faces(lib, first)) == 1
    shutil.copy(TWO_PEOPLE, path)  # the camera reused the name
    second = check_file(lib, path)
    assert second != first and len(fs.list_faces(lib, second)) == 2
