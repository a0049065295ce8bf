"""Audio recordings (issue 13 item 4) through the services: imported by the
one pipeline, content-hashed, never face-scanned, people tagged by hand,
checked with media = audio, exported with every tag stripped.

The sample library (tests/helpers.py): Emma Jensen (S1042) has a guardian's
form for website|facebook and photo|video only; Mette Hansen (T1, staff)
signed for every channel and photo|video|audio."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from mediadesk.core.errors import UserError
from mediadesk.media.hashing import sha256_file
from mediadesk.media.thumbs import thumbnail_path
from mediadesk.media.worker import process_file
from mediadesk.services import export as export_service
from mediadesk.services import faces as face_service
from mediadesk.services.assets import review_complete, tag, verdicts_of
from mediadesk.services.checking import check_file, import_and_scan
from mediadesk.services.export import export_channel
from mediadesk.services.publishing import publications
from mediadesk.store.tables import Asset, Face
from tests.audio_files import FORMATS, PERSONAL_TAGS, all_metadata, audio_packets, write_audio

ON = date(2026, 10, 1)


def _import(lib, paths: list[Path]):
    """import_and_scan with the media work done here (no worker processes)."""
    files = [str(p) for p in paths]
    results = (process_file(f, str(lib.cache_dir)) for f in files)
    return import_and_scan(lib, paths, results=results, inline=True)


def _verdict(lib, aid: str, channel: str):
    ((ev, _path),) = verdicts_of(lib, [aid], [channel], ON)
    return ev


@pytest.fixture
def recordings(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "podcast"
    d.mkdir()
    return {suf: write_audio(d / f"episode{suf}", seconds=1.0, tags=PERSONAL_TAGS, freq=300 + 40 * i)
            for i, suf in enumerate(sorted(FORMATS))}


def test_every_format_is_imported_hashed_and_not_face_scanned(school, recordings: dict[str, Path]) -> None:
    assert face_service.face_mode(school).value == "detect"  # faces are looked for in photos here
    report = _import(school, list(recordings.values()))
    assert report.rejected == [] and len(report.imported) == len(recordings)
    assert report.faces is not None and report.faces.errors == []
    with school.unit() as s:
        assets = {Path(a.path).suffix: a for a in s.exec(select(Asset)).all()}
        faces = s.exec(select(Face)).all()
    assert set(assets) == set(recordings) and faces == []
    for suf, a in assets.items():
        assert a.kind == "audio" and a.sha256 == sha256_file(recordings[suf])
        assert a.width is None and a.height is None
        assert a.duration == pytest.approx(1.0, abs=0.08)
        assert a.faces_scanned_at is None
        meta = json.loads(a.meta)
        assert meta["sample_rate"] in (44100, 48000) and meta["channels"] in (1, 2) and meta["codec"]
        for value in PERSONAL_TAGS.values():  # no tag reaches the database
            assert value not in a.meta
        assert thumbnail_path(school.cache_dir, a.sha256, 256).is_file()
    # nobody tagged: not cleared, and the reason asks for the voices (no FACES_NOT_SCANNED)
    ev = _verdict(school, assets[".mp3"].id.hex, "website")
    assert ev.verdict.value == "needs_review"
    assert [r.code.value for r in ev.reasons] == ["PEOPLE_NOT_CONFIRMED"]
    assert ev.reasons[0].message("en").startswith("Nobody is tagged in this recording")
    # the same bytes again are the same asset
    again = _import(school, [recordings[".mp3"]])
    assert again.imported == [] and len(again.known) == 1


def test_bad_recordings_are_refused_by_name_and_nothing_is_stored(school, recordings: dict[str, Path],
                                                                   tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.mp3").write_bytes(b"")
    data = recordings[".m4a"].read_bytes()
    (bad / "cut.m4a").write_bytes(data[: len(data) // 2])
    (bad / "noise.flac").write_bytes(b"fLaC" + bytes(range(256)) * 8)
    report = _import(school, sorted(bad.iterdir()))
    reasons = {Path(r["path"]).name: r["reason"] for r in report.rejected}
    assert reasons["empty.mp3"] == "empty file"
    assert reasons["cut.m4a"] == "MP4 without moov atom (file incomplete)"
    assert reasons["noise.flac"].startswith("damaged or incomplete audio file")
    assert report.imported == []
    with school.unit() as s:
        assert s.exec(select(Asset)).all() == []
    with pytest.raises(UserError, match=r"cut\.m4a: cannot be checked: MP4 without moov atom"):
        check_file(school, bad / "cut.m4a")


def test_people_are_tagged_by_hand_and_checked_with_media_audio(school, recordings: dict[str, Path]) -> None:
    aid = _import(school, [recordings[".m4a"]]).asset_ids[0]
    assert tag(school, aid, ["S1042"]) == ["S1042"]  # no face needed
    review_complete(school, aid)
    ev = _verdict(school, aid, "website")
    assert ev.verdict.value == "blocked"
    assert [(r.code.value, r.person) for r in ev.reasons] == [("MEDIA_NOT_COVERED", "S1042")]
    assert ev.reasons[0].message("en") == "Emma Jensen: consent for sound recordings not given (form of 2026-08-20)"
    # Mette's form covers photo|video|audio: a recording of her alone is cleared
    other = _import(school, [recordings[".flac"]]).asset_ids[0]
    tag(school, other, ["T1"])
    assert _verdict(school, other, "website").verdict.value == "needs_review"  # list not confirmed yet
    review_complete(school, other)
    ev = _verdict(school, other, "website")
    assert ev.verdict.value == "cleared" and ev.reasons == ()


def test_a_recording_has_no_face_to_draw(school, recordings: dict[str, Path]) -> None:
    aid = _import(school, [recordings[".wav"]]).asset_ids[0]
    with pytest.raises(UserError, match="no faces"):
        face_service.add_manual_face(school, aid, (1, 1, 10, 10))
    assert face_service.scan_assets(school, [aid]).errors == []
    with school.unit() as s:
        assert s.exec(select(Face)).all() == []


def test_check_file_imports_a_recording_through_the_workers(school, recordings: dict[str, Path]) -> None:
    aid = check_file(school, recordings[".opus"])
    ev = _verdict(school, aid, "instagram")
    assert ev.verdict.value == "needs_review" and ev.reasons[0].param("heard") == "nobody"
    with school.unit() as s:
        assert s.exec(select(Asset)).one().kind == "audio"


def test_cleared_recordings_export_without_tags_and_are_recorded(school, recordings: dict[str, Path],
                                                                 tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(export_service, "today", lambda: ON)
    ids = _import(school, list(recordings.values())).asset_ids
    by_path = {}
    with school.unit() as s:
        for a in s.exec(select(Asset)).all():
            by_path[Path(a.path).suffix] = a.id.hex
    for aid in ids:
        tag(school, aid, ["T1"])
        review_complete(school, aid)
    blocked = _import(school, [write_audio(tmp_path / "emma.mp3", seconds=1.0, freq=900)]).asset_ids[0]
    tag(school, blocked, ["S1042"])
    review_complete(school, blocked)
    out = tmp_path / "out"

    report = export_channel(school, "website", out, on=ON)

    assert sorted(e.asset for e in report.exported) == sorted(ids)
    assert [(s.asset, s.codes) for s in report.skipped] == [(blocked, ["MEDIA_NOT_COVERED"])]
    written = {Path(e.file).suffix: Path(e.file) for e in report.exported}
    assert set(written) == set(recordings)
    for suf, f in written.items():
        meta = all_metadata(f)
        assert not {"title", "artist", "comment", "encoder"} & {k.split(":")[-1] for k in meta}, meta
        raw = f.read_bytes()
        assert all(v.encode() not in raw for v in PERSONAL_TAGS.values())
        assert audio_packets(f) == audio_packets(recordings[suf])  # the sound itself untouched
    assert {p["asset"] for p in publications(school)} == set(ids)
