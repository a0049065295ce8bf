"""Retention through the library (issue 15, item 3): classes per event and
asset, exactly the assets due on a day, deleting (files, faces, tags gone;
audit and publications kept; outside originals listed), all or nothing."""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from mediadesk.core.errors import NotFound, UserError
from mediadesk.media.thumbs import thumbnail_path
from mediadesk.services import retention as rt
from mediadesk.services.assets import get_asset, tag
from mediadesk.media.worker import FileResult
from mediadesk.services.importer import import_paths
from mediadesk.services.library import audit_log
from mediadesk.services.publishing import mark_taken_down, publications, record_publication, takedown_list
from mediadesk.services.queries import filtered_asset_ids, with_lib as read
from mediadesk.services.settings import library_settings, update_settings
from mediadesk.store.tables import Asset, AssetPath, Face, FaceTemplate, Presence

LIBRARY_BACKENDS = ("sqlite", "postgres")


def add(lib, tmp_path: Path, name: str, event: str, taken: str) -> str:
    """An asset of ``event`` taken on ``taken`` (YYYY-MM-DD), with thumbnails in the cache."""
    folder = tmp_path / "camera"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(os.urandom(64))
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    st = path.stat()
    res = FileResult(path=str(path), ok=True, sha256=sha, size=st.st_size, mtime=st.st_mtime, kind="photo",
                      info={"kind": "photo", "width": 10, "height": 10, "capture_time": f"{taken}T10:00:00+00:00"})
    for size in (256, 1600):
        t = thumbnail_path(lib.cache_dir, sha, size)
        t.parent.mkdir(parents=True, exist_ok=True)
        t.write_bytes(b"thumb")
    return import_paths(lib, [path], event=event, results=[res]).asset_ids[0]


@pytest.fixture
def spread(school, tmp_path):
    """Sports day (situation, event), portraits (portrait, event), an archived
    jubilee, one asset overriding its event, one with no class."""
    lib = school
    a = {
        "run": add(lib, tmp_path, "run.jpg", "Sports day", "2026-09-01"),      # published 09-10
        "jump": add(lib, tmp_path, "jump.jpg", "Sports day", "2026-09-01"),    # never published
        "keep": add(lib, tmp_path, "keep.jpg", "Sports day", "2026-09-01"),    # archived itself
        "emma": add(lib, tmp_path, "emma.jpg", "Portraits", "2026-09-02"),     # S1042, valid to 2027-07-31
        "sofie": add(lib, tmp_path, "sofie.jpg", "Portraits", "2026-09-02"),   # nobody tagged
        "old": add(lib, tmp_path, "old.jpg", "Jubilee", "2026-09-03"),
        "free": add(lib, tmp_path, "free.jpg", "Trip", "2026-09-04"),          # no class at all
    }
    rt.set_class(lib, "situation", event="Sports day")
    rt.set_class(lib, "portrait", event="Portraits")
    rt.set_class(lib, "archive", event="Jubilee", reason="school's 50 years")
    rt.set_class(lib, "archive", asset=a["keep"], reason="the winner's photo for the hall")
    tag(lib, a["emma"], ["S1042"])
    record_publication(lib, a["run"], "website", on=date(2026, 9, 10), where="https://school.dk/sport")
    return a


def due_ids(lib, on):
    return {i.asset: (i.due.action.value, i.due.since, i.due.code) for i in rt.due_list(lib, on)}


def test_retention_lists_exactly_the_assets_due_on_a_given_date(school, spread):
    a = spread
    assert due_ids(school, date(2026, 9, 28)) == {
        a["sofie"]: ("review", date(2026, 9, 2), "PORTRAIT_NOBODY"),
    }
    # never published: 4 weeks after it was taken (09-01 + 28 days)
    assert due_ids(school, date(2026, 9, 29)) == {
        a["jump"]: ("delete", date(2026, 9, 29), "SITUATION_NOT_PUBLISHED"),
        a["sofie"]: ("review", date(2026, 9, 2), "PORTRAIT_NOBODY"),
    }
    # published 09-10: kept through 10-07, due from 10-08
    assert a["run"] not in due_ids(school, date(2026, 10, 7))
    assert due_ids(school, date(2026, 10, 8))[a["run"]] == ("delete", date(2026, 10, 8), "SITUATION_PUBLISHED")
    # Emma's form runs to 2027-07-31: her portrait is due for review from 08-01
    assert a["emma"] not in due_ids(school, date(2027, 7, 31))
    later = due_ids(school, date(2027, 8, 1))
    assert later[a["emma"]] == ("review", date(2027, 8, 1), "PORTRAIT_CONSENT_ENDED")
    # the archived ones and the one without a class are never listed
    assert set(later) == {a["run"], a["jump"], a["sofie"], a["emma"]}
    item = next(i for i in rt.due_list(school, date(2027, 8, 1)) if i.asset == a["emma"])
    assert item.event == "Portraits" and item.path.endswith("emma.jpg")
    assert item.to_json()["message"] == "portrait: the consent of S1042 ended on 2027-08-01"


def test_settings_change_the_period_and_the_default(school, spread):
    a = spread
    update_settings(school, retention_situation_weeks=2)
    assert due_ids(school, date(2026, 9, 24))[a["run"]][1] == date(2026, 9, 24)
    assert a["free"] not in due_ids(school, date(2030, 1, 1))
    update_settings(school, retention_default_class="situation")
    assert due_ids(school, date(2026, 9, 18))[a["free"]] == ("delete", date(2026, 9, 18), "SITUATION_NOT_PUBLISHED")
    for bad, msg in ((0, "outside 1..104"), ("x", "not a whole number"), (True, "outside")):
        with pytest.raises(UserError, match="retention_situation_weeks: .*" + msg):
            update_settings(school, retention_situation_weeks=bad)
    with pytest.raises(UserError, match="retention_default_class: unknown retention class 'forever'"):
        update_settings(school, retention_default_class="forever")
    with pytest.raises(UserError, match="'archive' cannot be the default"):
        update_settings(school, retention_default_class="archive")
    assert library_settings(school)["retention_situation_weeks"] == 2


def test_set_class_checks_and_audits(school, spread):
    a = spread
    with pytest.raises(UserError, match="archive class needs a reason"):
        rt.set_class(school, "archive", asset=a["run"])
    with pytest.raises(UserError, match="unknown retention class 'x'"):
        rt.set_class(school, "x", asset=a["run"])
    with pytest.raises(NotFound, match="unknown event 'Nope'"):
        rt.set_class(school, "situation", event="Nope")
    with pytest.raises(UserError, match="not both"):
        rt.set_class(school, "situation")
    # an asset's own class, then back to its event's
    rt.set_class(school, "portrait", asset=a["jump"])
    assert rt.asset_retention(school, a["jump"]).code == "PORTRAIT_NOBODY"
    rt.set_class(school, "none", asset=a["jump"])
    assert rt.asset_retention(school, a["jump"]).code == "SITUATION_NOT_PUBLISHED"
    assert rt.asset_retention(school, a["keep"]) is None
    entries = [e for e in audit_log(school) if e.action == "asset.retention_class"]
    assert len(entries) == 3  # keep, then jump twice
    got = {e.name: (e.retention_class, e.reason, e.assets) for e in rt.events(school)}
    assert got == {"Sports day": ("situation", None, 3), "Portraits": ("portrait", None, 2),
                   "Jubilee": ("archive", "school's 50 years", 1), "Trip": (None, None, 1)}


def _rows(lib, model, **where):
    from sqlmodel import select

    with lib.unit() as s:
        stmt = select(model)
        for k, v in where.items():
            stmt = stmt.where(getattr(model, k) == v)
        return list(s.exec(stmt).all())


def _with_faces(lib, aid: str) -> None:
    import uuid

    a = get_asset(lib, aid)
    with lib.unit() as s:
        s.add(Face(asset_id=uuid.UUID(hex=aid), x=1, y=1, w=5, h=5))
        p = s.exec(__import__("sqlmodel").select(Presence).where(Presence.asset_id == a.id)).first()
        s.add(FaceTemplate(person_id=p.person_id, encoding=b"\0" * 8, source_sha256=a.sha256, created_by="t"))


def test_deletion_removes_files_faces_tags_and_keeps_audit_and_publications(school, spread, tmp_path):
    a = spread
    tag(school, a["run"], ["S1042"])
    _with_faces(school, a["run"])
    sha = get_asset(school, a["run"]).sha256
    thumbs = [thumbnail_path(school.cache_dir, sha, n) for n in (256, 1600)]
    export = tmp_path / "exported-run.jpg"
    export.write_bytes(b"x")
    record_publication(school, a["run"], "facebook", on=date(2026, 9, 12), file=str(export))
    for p in publications(school, asset_ref=a["run"]):  # a published asset is refused (next test)
        mark_taken_down(school, p["id"])
    res = rt.delete_assets(school, [a["run"]], on=date(2026, 10, 8))
    (d,) = res.deleted
    assert d.reason == "situation photo: 4 weeks after its first publication on 2026-09-10"
    assert (d.tags, d.faces, d.templates) == (1, 1, 1)
    assert d.originals == [str(tmp_path / "camera" / "run.jpg")]  # listed, never deleted
    assert (tmp_path / "camera" / "run.jpg").exists() and export.exists()
    assert res.outside_files == sorted([str(tmp_path / "camera" / "run.jpg"), str(export)])
    assert res.thumbnails_removed == 2 and not any(t.exists() for t in thumbs)
    import uuid

    aid = uuid.UUID(hex=a["run"])
    assert _rows(school, Presence, asset_id=aid) == [] and _rows(school, Face, asset_id=aid) == []
    assert _rows(school, FaceTemplate) == [] and _rows(school, AssetPath, asset_id=aid) == []
    (row,) = _rows(school, Asset, id=aid)
    assert row.deleted_at is not None and row.deleted_by == "tester" and row.meta is None
    # the audit fact: what, when, who, why (no image, no names)
    (entry,) = [e for e in audit_log(school) if e.action == "asset.retention_delete"]
    assert entry.actor == "tester" and entry.entity_id == a["run"] and d.reason in entry.new
    assert "S1042" not in entry.new and "Emma" not in entry.new
    # the publication records stay and the takedown list still works
    assert [p["channel"] for p in publications(school, asset_ref=a["run"])] == ["facebook", "website"]
    assert takedown_list(school) == []  # it runs over the kept records (a deleted asset has no people left)
    # gone from the grid and the list; nothing more can be done with it
    ids = read(school, filtered_asset_ids)
    assert a["run"] not in ids and a["jump"] in ids
    assert a["run"] not in due_ids(school, date(2030, 1, 1))
    with pytest.raises(NotFound, match="deleted on retention"):
        tag(school, a["run"], ["S1043"])
    with pytest.raises(UserError, match="already deleted"):
        rt.delete_assets(school, [a["run"]], on=date(2026, 10, 8))


def test_reimporting_a_deleted_file_is_refused(school, spread, tmp_path):
    a = spread
    rt.delete_assets(school, [a["jump"]], on=date(2026, 9, 29))
    path = tmp_path / "camera" / "jump.jpg"
    st = path.stat()
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    res = FileResult(path=str(path), ok=True, sha256=sha,
                      size=st.st_size, mtime=st.st_mtime, kind="photo", info={"kind": "photo"})
    thumb = thumbnail_path(school.cache_dir, sha, 256)
    thumb.write_bytes(b"made by the media worker again")
    report = import_paths(school, [path], results=[res])
    assert report.asset_ids == [] and "deleted from the library on retention" in report.rejected[0]["reason"]
    assert not thumb.exists()
    assert a["jump"] not in read(school, filtered_asset_ids)


def test_an_asset_not_due_needs_a_reason_and_nothing_is_deleted(school, spread):
    a = spread
    with pytest.raises(UserError, match=r"is not due for deletion or review on 2026-09-29; give a reason"):
        rt.delete_assets(school, [a["jump"], a["free"]], on=date(2026, 9, 29))
    # all or nothing: the due one was not deleted either
    assert a["jump"] in read(school, filtered_asset_ids)
    assert thumbnail_path(school.cache_dir, get_asset(school, a["jump"]).sha256, 256).exists()
    res = rt.delete_assets(school, [a["free"]], reason="taken by mistake", on=date(2026, 9, 29))
    assert res.deleted[0].reason == "taken by mistake"


def test_a_crash_before_the_commit_changes_nothing(school, spread, monkeypatch):
    a = spread
    tag(school, a["jump"], ["S1042"])
    sha = get_asset(school, a["jump"]).sha256
    calls = []

    def boom(*args, **kw):
        calls.append(args)
        if len(calls) == 2:  # the second asset, after the first was written
            raise RuntimeError("power cut")
        return real(*args, **kw)

    real = rt._delete_one
    with monkeypatch.context() as m:
        m.setattr(rt, "_delete_one", boom)
        with pytest.raises(RuntimeError, match="power cut"):
            rt.delete_assets(school, [a["jump"], a["sofie"]], on=date(2026, 9, 29))
    import uuid

    assert len(_rows(school, Presence, asset_id=uuid.UUID(hex=a["jump"]))) == 1
    assert _rows(school, Asset, id=uuid.UUID(hex=a["jump"]))[0].deleted_at is None
    assert thumbnail_path(school.cache_dir, sha, 256).exists()  # files only go after the commit
    assert not [e for e in audit_log(school) if e.action == "asset.retention_delete"]


def test_a_crash_after_the_commit_leaves_no_half_state(school, spread, monkeypatch):
    a = spread
    sha = get_asset(school, a["jump"]).sha256

    def boom(*args, **kw):
        raise RuntimeError("killed before the files went")

    import mediadesk.media.thumbs as thumbs

    with monkeypatch.context() as m:
        m.setattr(thumbs, "remove_thumbnails", boom)
        with pytest.raises(RuntimeError):
            rt.delete_assets(school, [a["jump"]], on=date(2026, 9, 29))
    # the asset is deleted as a whole; only its thumbnails are left over ...
    assert a["jump"] not in read(school, filtered_asset_ids)
    assert thumbnail_path(school.cache_dir, sha, 256).exists()
    # ... and swept by the next deletion
    rt.delete_assets(school, [a["sofie"]], on=date(2026, 9, 29))
    assert not thumbnail_path(school.cache_dir, sha, 256).exists()


def test_an_unknown_asset_is_refused_by_name(school, spread):
    with pytest.raises(NotFound, match="unknown asset 'nothere'"):
        rt.delete_assets(school, [spread["jump"], "nothere"], on=date(2026, 9, 29))
    assert spread["jump"] in read(school, filtered_asset_ids)


def test_capture_time_unknown_counts_from_the_import(lib, tmp_path):
    from tests.helpers import register_asset

    aid = register_asset(lib, tmp_path / "x.jpg")
    rt.set_class(lib, "situation", asset=aid)
    imported = get_asset(lib, aid).imported_at.date()
    assert rt.asset_retention(lib, aid).since == date.fromordinal(imported.toordinal() + 28)
    assert datetime.now(timezone.utc).date() >= imported


def test_a_deletion_from_either_library_wins_in_a_merge(tmp_path):
    """The laptop deleted a photo on retention that the office still has
    tagged: while the office still has it published, the merge is held as a
    conflict both ways (its tags are how a withdrawal finds it); once taken
    down, merged into the office it is deleted there too (and stays so on a
    second merge); the office's tags never come back to the laptop's deleted
    copy. Its publication records are kept."""
    from mediadesk.services import merging
    from mediadesk.services.library import Library
    from mediadesk.services.people import add_person
    from mediadesk.store.merge import snapshot_sqlite

    def make(name: str) -> Library:
        (tmp_path / name).mkdir()
        lib = Library.open(str(tmp_path / name / f"{name}.sqlite"), profile="dk")
        add_person(lib, "S1", "Ida Skov", "student")
        return lib

    photo = tmp_path / "shared" / "race.jpg"
    photo.parent.mkdir()
    photo.write_bytes(os.urandom(64))
    office, laptop = make("office"), make("laptop")
    for lib in (office, laptop):
        st = photo.stat()
        import_paths(lib, [photo], event="Sports day", results=[FileResult(
            path=str(photo), ok=True, sha256=hashlib.sha256(photo.read_bytes()).hexdigest(), size=st.st_size,
            mtime=st.st_mtime, kind="photo", info={"kind": "photo"})])
    on_office = read(office, filtered_asset_ids)[0]
    tag(office, on_office, ["S1"])
    record_publication(office, on_office, "website", on=date(2026, 9, 10))
    sha = get_asset(office, on_office).sha256
    thumb = thumbnail_path(office.cache_dir, sha, 256)
    thumb.parent.mkdir(parents=True, exist_ok=True)
    thumb.write_bytes(b"thumb")
    rt.delete_assets(laptop, [read(laptop, filtered_asset_ids)[0]], reason="retention ran on the laptop")
    laptop_file = tmp_path / "laptop" / "laptop.sqlite"
    laptop.close()
    office_copy = tmp_path / "office-copy.sqlite"
    snapshot_sqlite(tmp_path / "office" / "office.sqlite", office_copy)

    # still published in the office: its tags are how a withdrawal finds it, so the deletion waits
    held = merging.merge_library(office, laptop_file)
    assert not held.applied and [c for c in held.conflicts if "still published here (website since 2026-09-10)"
                                 in c.what]
    assert len(_rows(office, Presence)) == 1 and read(office, filtered_asset_ids) == [on_office]
    # and a live office copy is not merged into the laptop's deleted one either
    laptop = Library.open(str(laptop_file))
    refused = merging.merge_library(laptop, office_copy)
    assert not refused.applied and [c for c in refused.conflicts if "still published in the other" in c.what]
    laptop.close()
    (pub,) = publications(office, asset_ref=on_office)
    mark_taken_down(office, pub["id"])
    office_copy.unlink()
    snapshot_sqlite(tmp_path / "office" / "office.sqlite", office_copy)

    report = merging.merge_library(office, laptop_file)
    assert report.applied and not report.conflicts and report.updated["deletions"] == 1
    assert read(office, filtered_asset_ids) == []
    (row,) = _rows(office, Asset)
    assert row.deleted_at is not None and row.deletion_reason == "retention ran on the laptop"
    assert _rows(office, Presence) == [] and not thumb.exists()
    assert [p["channel"] for p in publications(office, asset_ref=on_office)] == ["website"]
    again = merging.merge_library(office, laptop_file)
    assert not again.applied and not again.updated.get("deletions")

    # the other way: the office's tagged, live copy does not bring anything back to the laptop
    laptop = Library.open(str(laptop_file))
    back = merging.merge_library(laptop, office_copy)
    assert not back.conflicts and not back.added.get("tags") and not back.added.get("asset_paths")
    assert read(laptop, filtered_asset_ids) == [] and _rows(laptop, Presence) == []
    assert len(publications(laptop)) == 1  # the office's publication record comes over
    laptop.close()


@pytest.mark.parametrize("lib", ["sqlite"], indirect=True)  # only an SQLite library is bundled
def test_a_bundle_does_not_carry_the_files_of_deleted_assets(lib, school, spread, tmp_path):
    import zipfile

    from mediadesk.services import merging

    rt.delete_assets(school, [spread["jump"]], on=date(2026, 9, 29))
    made = merging.export_bundle(school, tmp_path / "fair.mdbundle", with_files=True)
    assert made.asset_files == 6  # the seven photos but the deleted one
    names = zipfile.ZipFile(tmp_path / "fair.mdbundle").namelist()
    assert not any(n.endswith("/jump.jpg") for n in names) and any(n.endswith("/run.jpg") for n in names)


def test_a_published_asset_is_not_deleted_so_a_withdrawal_still_lists_it(school, spread):
    """Deleting takes the tags through which the takedown list finds a
    withdrawn pupil's publications: a still-published asset is refused, all or
    nothing, and a withdrawal afterwards still shows that it must come down."""
    from mediadesk.services.consent import revoke

    a = spread
    tag(school, a["run"], ["S1042"])
    with pytest.raises(UserError, match=r"run\.jpg\) is still published: website since 2026-09-10 .*take it down"):
        rt.delete_assets(school, [a["jump"], a["run"]], on=date(2026, 10, 8))
    ids = read(school, filtered_asset_ids)
    assert a["run"] in ids and a["jump"] in ids  # neither deleted
    revoke(school, "S1042", on=date(2026, 10, 9), reason="parent asked")
    assert [(i.asset, i.channel) for i in takedown_list(school, on=date(2026, 10, 9))] == [(a["run"], "website")]
    # once taken down and recorded, it can go
    (pub,) = publications(school, asset_ref=a["run"])
    mark_taken_down(school, pub["id"])
    (d,) = rt.delete_assets(school, [a["run"]], on=date(2026, 10, 9)).deleted
    assert d.asset == a["run"] and a["run"] not in read(school, filtered_asset_ids)
