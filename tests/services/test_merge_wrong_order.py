"""Red-team probes on the merge: a correction made here after the laptop's
copy was taken must not be undone into a clearance by merging that copy."""

from __future__ import annotations

from pathlib import Path

from mediadesk.services import faces, merging
from mediadesk.services.assets import review_complete, tag, untag, verdicts_of
from mediadesk.services.library import Library
from tests.helpers import register_asset
from tests.services.test_merging import _school, copy_library, make_laptop, make_office

EMMA = "S1042"  # website|facebook, photo|video


def test_a_review_reopened_here_is_not_confirmed_again_by_an_older_laptop_copy(tmp_path: Path) -> None:
    """Emma tagged and the people list confirmed; the laptop takes a copy.
    In the office the tag turns out wrong (it is someone else) and is
    removed, so the people list must be confirmed again. Merging the older
    copy brings the tag back (the safe side), but must not bring its old
    confirmation back: the photo was cleared for the website with the real
    pupil never tagged."""
    office = tmp_path / "office" / "office.sqlite"
    office.parent.mkdir(parents=True)
    lib = _school(office, tmp_path)
    faces.set_mode(lib, "off")  # people tagged by hand
    photo = tmp_path / "photos" / "IMG_9.jpg"
    photo.parent.mkdir(parents=True)
    aid = register_asset(lib, photo, b"a pupil who is not Emma")
    tag(lib, aid, [EMMA])
    review_complete(lib, aid)
    lib.close()
    laptop = copy_library(office, tmp_path / "laptop" / "fair.sqlite")

    lib = Library.open(str(office))
    untag(lib, aid, EMMA)
    report = merging.merge_library(lib, laptop)
    assert report.applied
    ((e, _),) = verdicts_of(lib, [aid], ["website"])
    assert e.verdict.value != "cleared"
    assert "PEOPLE_NOT_CONFIRMED" in [r.code.value for r in e.reasons]
    lib.close()


def test_a_tag_taken_off_on_the_laptop_reopens_the_review_here(tmp_path: Path) -> None:
    """The other way round: the laptop finds the tag wrong and takes it off.
    The merge keeps the tag here (the safe side), and the people list here,
    confirmed before that correction, must be confirmed again."""
    office = tmp_path / "office" / "office.sqlite"
    office.parent.mkdir(parents=True)
    lib = _school(office, tmp_path)
    faces.set_mode(lib, "off")
    photo = tmp_path / "photos" / "IMG_9.jpg"
    photo.parent.mkdir(parents=True)
    aid = register_asset(lib, photo, b"a pupil who is not Emma")
    tag(lib, aid, [EMMA])
    review_complete(lib, aid)
    lib.close()
    laptop = copy_library(office, tmp_path / "laptop" / "fair.sqlite")
    lap = Library.open(str(laptop))
    untag(lap, aid, EMMA)
    lap.close()

    lib = Library.open(str(office))
    report = merging.merge_library(lib, laptop)
    assert report.applied and report.updated["reviews"] == 1
    ((e, _),) = verdicts_of(lib, [aid], ["website"])
    assert [r.code.value for r in e.reasons] == ["PEOPLE_NOT_CONFIRMED"]
    assert merging.merge_library(lib, laptop).updated.get("reviews", 0) == 0  # twice changes nothing
    review_complete(lib, aid)  # confirmed again here after the correction: a later merge keeps it
    assert merging.merge_library(lib, laptop).updated.get("reviews", 0) == 0
    ((e, _),) = verdicts_of(lib, [aid], ["website"])
    assert e.verdict.value == "cleared"
    lib.close()


def test_a_damaged_bundle_is_refused_in_plain_words_and_leaves_no_copies(tmp_path: Path) -> None:
    """A bundle damaged on the USB stick (a photo's bytes no longer match
    their checksum): the import says so by name, merges nothing and leaves no
    half-copied files in the target folder (was: zipfile's 'Bad CRC-32'
    escaped as a crash, with the files copied so far left behind)."""
    import zipfile

    import pytest

    from mediadesk.core.errors import UserError

    office, laptop = make_office(tmp_path), make_laptop(tmp_path)
    lap = Library.open(str(laptop))
    bundle = tmp_path / "usb" / "fair.mdbundle"
    bundle.parent.mkdir()
    merging.export_bundle(lap, bundle, with_files=True)
    lap.close()
    with zipfile.ZipFile(bundle) as z:
        info = next(i for i in z.infolist() if i.filename.endswith("IMG_2.jpg"))
    raw = bytearray(bundle.read_bytes())
    data_at = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[data_at] ^= 0xFF  # one flipped byte in the stored photo
    bundle.write_bytes(bytes(raw))

    lib = Library.open(str(office))
    before = len(list_assets_of(lib))
    into = tmp_path / "office-files"
    with pytest.raises(UserError, match="fair.mdbundle.*damaged"):
        merging.import_bundle(lib, bundle, files_to=into)
    assert len(list_assets_of(lib)) == before
    assert not into.exists() or list(into.iterdir()) == []
    lib.close()


def list_assets_of(lib: Library) -> list:
    from mediadesk.services.assets import list_assets

    return list_assets(lib)
