"""Audio recordings on the command line (issue 13 item 4): ``import`` through
the real media pipeline, ``tag``/``review`` by hand, ``check`` with
media = audio, ``export`` with the tags stripped.

Emma Jensen (S1042) has a guardian's form for website|facebook and
photo|video only; Mette Hansen (T1) signed for every channel and
photo|video|audio (tests/helpers.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediadesk import cli
from tests.audio_files import PERSONAL_TAGS, all_metadata, audio_packets, write_audio
from tests.helpers import CONSENT_CSV, PEOPLE_CSV, write

ON = "2026-10-01"


def run(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys) -> Path:
    db = tmp_path / "library.sqlite"
    assert run(capsys, "--db", db, "--profile", "dk", "people", "import", write(tmp_path / "p.csv", PEOPLE_CSV))[0] == 0
    assert run(capsys, "--db", db, "consent", "import", write(tmp_path / "c.csv", CONSENT_CSV))[0] == 0
    return db


@pytest.fixture
def podcast(tmp_path: Path) -> Path:
    d = tmp_path / "podcast"
    d.mkdir()
    write_audio(d / "emma.mp3", seconds=1.0, tags=PERSONAL_TAGS, freq=330)
    write_audio(d / "mette.m4a", seconds=1.0, tags=PERSONAL_TAGS, freq=440)
    write_audio(d / "memo.opus", seconds=1.0, freq=550)
    (d / "empty.wav").write_bytes(b"")
    return d


def _ids(capsys, db: Path) -> dict[str, str]:
    code, out, _ = run(capsys, "--db", db, "assets", "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert all(a["kind"] == "audio" for a in listed)
    return {Path(a["path"]).name: a["asset"] for a in listed}


def test_import_tag_check_and_export_recordings(capsys, db: Path, podcast: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--db", db, "import", podcast, "--json")
    assert code == 1  # the empty file is refused, the others imported
    doc = json.loads(out)
    assert sorted(Path(d["path"]).name for d in doc["imported"]) == ["emma.mp3", "memo.opus", "mette.m4a"]
    assert [(Path(d["path"]).name, d["reason"]) for d in doc["rejected"]] == [("empty.wav", "empty file")]
    assert doc["faces"]["scanned"] == [] and doc["faces"]["errors"] == []  # no face scan of sound
    ids = _ids(capsys, db)
    assert set(ids) == {"emma.mp3", "memo.opus", "mette.m4a"}

    # nobody tagged yet: not cleared, and the reason says what to do
    code, out, _ = run(capsys, "--db", db, "check", ids["memo.opus"], "--channel", "website", "--date", ON)
    assert code == 1
    assert "Nobody is tagged in this recording yet" in out

    # Emma's form covers photo|video only
    assert run(capsys, "--db", db, "tag", ids["emma.mp3"], "S1042")[0] == 0
    assert run(capsys, "--db", db, "review", ids["emma.mp3"], "--complete")[0] == 0
    code, out, _ = run(capsys, "--db", db, "check", ids["emma.mp3"], "--channel", "website", "--date", ON, "--json")
    (v,) = json.loads(out)
    assert code == 1 and v["verdict"] == "blocked"
    assert [(r["code"], r["person"]) for r in v["reasons"]] == [("MEDIA_NOT_COVERED", "S1042")]
    assert "sound recordings" in v["reasons"][0]["message"]

    # Mette's covers photo|video|audio
    assert run(capsys, "--db", db, "tag", ids["mette.m4a"], "T1")[0] == 0
    assert run(capsys, "--db", db, "review", ids["mette.m4a"], "--complete")[0] == 0
    code, out, _ = run(capsys, "--db", db, "check", ids["mette.m4a"], "--channel", "website", "--date", ON, "--json")
    (v,) = json.loads(out)
    assert code == 0 and v["verdict"] == "cleared" and v["reasons"] == []

    out_dir = tmp_path / "out"
    code, out, _ = run(capsys, "--db", db, "export", "--channel", "website", "--to", out_dir, "--date", ON, "--json")
    doc = json.loads(out)
    assert [e["asset"] for e in doc["exported"]] == [ids["mette.m4a"]]
    written = Path(doc["exported"][0]["file"])
    assert written.suffix == ".m4a" and written.parent == out_dir.resolve()
    meta = all_metadata(written)
    assert not {"title", "artist", "comment", "encoder"} & {k.split(":")[-1] for k in meta}, meta
    assert all(v.encode() not in written.read_bytes() for v in PERSONAL_TAGS.values())
    assert audio_packets(written) == audio_packets(podcast / "mette.m4a")
    skipped = {s["asset"]: s for s in doc["skipped"]}
    assert skipped[ids["emma.mp3"]]["verdict"] == "blocked"
    assert skipped[ids["memo.opus"]]["verdict"] == "needs_review"


def test_check_a_recording_by_path_and_a_corrupt_one(capsys, db: Path, tmp_path: Path) -> None:
    memo = write_audio(tmp_path / "memo.flac", seconds=1.0)
    code, out, _ = run(capsys, "--db", db, "check", memo, "--channel", "instagram", "--date", ON, "--json")
    (v,) = json.loads(out)
    assert code == 1 and v["verdict"] == "needs_review"
    assert [r["code"] for r in v["reasons"]] == ["PEOPLE_NOT_CONFIRMED"]
    broken = tmp_path / "broken.ogg"
    broken.write_bytes(b"OggS" + bytes(300))
    code, out, err = run(capsys, "--db", db, "check", broken, "--date", ON)
    assert code == 2 and out == ""
    assert "broken.ogg: cannot be checked: damaged or incomplete audio file" in err
    code, out, _ = run(capsys, "--db", db, "assets", "list", "--json")
    assert [Path(a["path"]).name for a in json.loads(out)] == ["memo.flac"]  # nothing stored for it
