"""Erasure reaches every table, the thumbnail cache and the evidence folder."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from mediadesk.core.dates import add_months, today
from mediadesk.media.thumbs import make_thumbnails, thumbnail_path
from mediadesk.services import export as export_service
from mediadesk.services import faces as fs
from mediadesk.services import privacy
from mediadesk.services.importer import import_paths
from mediadesk.services.publishing import record_publication
from mediadesk.store.tables import Asset
from tests.helpers import fake_result
from mediadesk.services.assets import block, review_complete, tag
from mediadesk.services.consent import add_consent
from mediadesk.services.people import import_people

#: Every test with a library runs on SQLite and on PostgreSQL (tests/conftest.py).
LIBRARY_BACKENDS = ("sqlite", "postgres")

ON = date(2026, 10, 1)
#: Emma Jensen (S1042) and her guardian Anna Jensen, in every spelling a file name or a note may use.
NAMES = ("emma", "jensen", "s1042")


def _all_text(lib) -> list[tuple[str, str, str]]:
    """(table, column, cell) for every text cell of every table of the library."""
    from sqlalchemy import inspect, text

    out = []
    with lib.engine.connect() as c:
        for table in inspect(c).get_table_names():
            res = c.execute(text(f'SELECT * FROM "{table}"'))
            cols = list(res.keys())
            for row in res:
                out += [(table, col, v) for col, v in zip(cols, row) if isinstance(v, str)]
    return out


def _leaks(cells) -> list[tuple[str, str, str]]:
    return [(t, col, v) for t, col, v in cells if any(n in v.lower() for n in NAMES)]


def _photo(path: Path, comment: bytes | None = None, shade: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    im = Image.new("RGB", (320, 240), (120, 140, 160 + shade))
    im.save(path, "JPEG", quality=90, **({"comment": comment} if comment else {}))
    return path


def _import(lib, path: Path) -> str:
    """Import one file as the worker would: with its thumbnails in the cache."""
    res = fake_result(path)
    make_thumbnails(path, res.sha256, lib.cache_dir)
    return import_paths(lib, [path], results=[res]).asset_ids[0]


def test_erasure_reaches_every_table_the_cache_and_the_evidence_folder(school, tmp_path, monkeypatch):
    monkeypatch.setattr(export_service, "today", lambda: ON)
    fs.set_mode(school, "off")
    lib = school
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed by Anna Jensen for Emma Jensen")
    form = add_consent(lib, "S1042", granted_by="guardian", guardian_name="Anna Jensen", channels=["website"],
                           media=["photo"], signed_on=date(2026, 9, 1), evidence_file=scan)
    party = tmp_path / "Emma Jensen birthday"
    a1 = _import(lib, _photo(party / "cake.jpg", comment=b"Emma Jensen S1042"))
    a2 = _import(lib, _photo(tmp_path / "Sports day" / "race.jpg", shade=1))
    tag(lib, a1, ["S1042"])
    tag(lib, a2, ["S1042", "T1"])
    for a in (a1, a2):
        review_complete(lib, a)
    other = _import(lib, _photo(tmp_path / "Sports day" / "other.jpg", shade=2))
    block(lib, other, "emma jensen's mother asked")  # free text naming her, on an asset she is not tagged on
    # a thumbnail written by an older version, with the source's comment in it
    old_thumb = thumbnail_path(lib.cache_dir, fake_result(party / "cake.jpg").sha256, 256)
    Image.open(old_thumb).save(old_thumb, "JPEG", comment=b"Emma Jensen S1042")
    out = tmp_path / "out"
    rep = export_service.export_channel(lib, "website", out, on=ON, asset_ids=[a1], pattern="{event}_{counter:04d}")
    exported = Path(rep.exported[0].file)
    assert exported.name == "Emma-Jensen-birthday_0001.jpg"
    record_publication(lib, a2, "website", on=ON, where="https://school.dk/news/emma-jensen-wins")
    assert _leaks(_all_text(lib))  # the scenario does put her name everywhere

    res = privacy.erase_person(lib, "S1042")

    cells = _all_text(lib)
    # Left: her signed form, with the guardian's name and the evidence copy, for
    # the dispute period; and the paths of the user's own files, which MediaDesk
    # does not rename: they are handed back to be renamed.
    assert {(t, col) for t, col, _ in _leaks(cells)} == {("consent_record", "guardian_name"), ("asset", "path"), ("asset_path", "path")}
    assert {v for t, col, v in _leaks(cells) if t.startswith("asset")} == {str((party / "cake.jpg").resolve())}
    assert res.files_to_rename == sorted([str((party / "cake.jpg").resolve()), str(exported)])
    assert res.locations == ["https://school.dk/news/emma-jensen-wins"]
    assert "(erased) birthday" in {v for t, col, v in cells if (t, col) == ("event", "name")}
    assert str(out / "(erased)-birthday_0001.jpg") in {v for t, col, v in cells if (t, col) == ("publication", "file")}
    assert "https://school.dk/news/(erased)-wins" in {v for t, col, v in cells if (t, col) == ("publication", "location")}
    assert "(erased)'s mother asked" in {v for t, col, v in cells if (t, col) == ("asset", "block_reason")}
    with lib.unit() as s:  # the asset still finds its file
        assert Path(s.get(Asset, uuid.UUID(hex=a1)).path).is_file()
    # the cache: no thumbnail carries her name or any metadata any more, the pictures are still there
    for f in sorted(lib.cache_dir.rglob("*.jpg")):
        data = f.read_bytes()
        assert not any(n.encode() in data.lower() for n in NAMES), f
        with Image.open(f) as im:
            assert "comment" not in im.info and im.size[0] > 0
    # the evidence copy stays for the dispute period, then goes with the form
    assert Path(form.evidence_path).exists()
    later = add_months(today(), 6) + timedelta(days=1)
    assert privacy.purge_expired(lib, on=later).evidence_files == 1
    assert not Path(form.evidence_path).exists()
    assert {(t, col) for t, col, _ in _leaks(_all_text(lib))} == {("asset", "path"), ("asset_path", "path")}


def test_erasure_keeps_other_peoples_data_with_a_similar_id_or_name(school, tmp_path):
    lib = school
    import_people(lib, _people_csv(tmp_path))
    a = _import(lib, _photo(tmp_path / "S10420 and Emma Jensenius" / "x.jpg"))
    block(lib, a, "ask S10420 first")
    privacy.erase_person(lib, "S1042")
    cells = _all_text(lib)
    assert "S10420 and Emma Jensenius" in {v for t, col, v in cells if (t, col) == ("event", "name")}
    assert "ask S10420 first" in {v for t, col, v in cells if (t, col) == ("asset", "block_reason")}


def test_event_names_that_become_equal_stay_apart(school, tmp_path):
    lib = school
    _import(lib, _photo(tmp_path / "Emma Jensen party" / "a.jpg"))
    _import(lib, _photo(tmp_path / "emma-jensen party" / "b.jpg", shade=1))
    _import(lib, _photo(tmp_path / "(erased) party" / "c.jpg", shade=2))
    privacy.erase_person(lib, "S1042")
    names = sorted(v for t, col, v in _all_text(lib) if (t, col) == ("event", "name"))
    assert names == ["(erased) party", "(erased) party (2)", "(erased) party (3)"]


def test_purge_keeps_an_evidence_file_another_form_still_uses(school, tmp_path):
    lib = school
    scan = tmp_path / "siblings.pdf"
    scan.write_bytes(b"%PDF-1.4 one form for two siblings")
    mine = add_consent(lib, "S1042", granted_by="guardian", guardian_name="Anna Jensen", channels=["website"],
                           media=["photo"], signed_on=date(2026, 9, 1), evidence_file=scan)
    theirs = add_consent(lib, "S1043", granted_by="self", channels=["website"], media=["photo"],
                             signed_on=date(2026, 9, 1), evidence_file=scan)
    assert mine.evidence_path == theirs.evidence_path  # stored once, by content
    privacy.erase_person(lib, "S1042")
    res = privacy.purge_expired(lib, on=add_months(today(), 6) + timedelta(days=1))
    assert res.forms == 2 and res.evidence_files == 0
    assert Path(theirs.evidence_path).exists()


def test_purge_deletes_evidence_only_after_the_commit(school, tmp_path, monkeypatch):
    lib = school
    scan = tmp_path / "form.pdf"
    scan.write_bytes(b"%PDF-1.4 form")
    rec = add_consent(lib, "S1042", granted_by="guardian", guardian_name="Anna Jensen", channels=["website"],
                          media=["photo"], signed_on=date(2026, 9, 1), evidence_file=scan)
    privacy.erase_person(lib, "S1042")

    def fail(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(lib, "audit", fail)  # the purge's transaction fails at its end
    with pytest.raises(RuntimeError):
        privacy.purge_expired(lib, on=add_months(today(), 6) + timedelta(days=1))
    assert Path(rec.evidence_path).exists()  # the form is still there, so is its evidence


def _people_csv(tmp_path: Path) -> Path:
    p = tmp_path / "more-people.csv"
    p.write_text("external_id,name,role,birth_date,group,publication_ban\nS10420,Emma Jensenius,student,2012-03-12,7A,no\n")
    return p


def test_cli_erase_lists_the_files_to_rename(school, tmp_path, capsys):
    from mediadesk import cli

    _import(school, _photo(tmp_path / "Emma Jensen birthday" / "cake.jpg"))
    code = cli.main(["--db", str(school.url), "erase", "S1042", "--yes"])
    assert code == 0
    out = capsys.readouterr().out
    assert str((tmp_path / "Emma Jensen birthday" / "cake.jpg").resolve()) in out
    assert "rename" in out
