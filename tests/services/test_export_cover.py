"""Export with faces covered (issue 13 item 1): a group photo with one pupil
who said no is published for that channel with exactly that face filled, the
publication records who was covered, and the takedown list still catches it
when the cover may have been wrong or someone left visible withdraws."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from sqlmodel import select

from mediadesk.media.export import REDACT_FILL, REDACT_MARGIN
from mediadesk.media.photo import decode_displayed
from mediadesk.services import export as export_service
from mediadesk.services import faces as face_service
from mediadesk.services.assets import review_complete, tag
from mediadesk.services.consent import revoke
from mediadesk.services.export import export_channel
from mediadesk.services.publishing import publications, takedown_list
from mediadesk.store.tables import AuditEntry, Face, Publication
from tests.faces.synth import group_photo
from tests.helpers import register_asset
from tests.media.media_factories import exif_bytes

LIBRARY_BACKENDS = ("sqlite", "postgres")

ON = date(2026, 10, 1)
EMMA, LARS, SOFIE = "S1042", "S1043", "S1044"  # Emma: website|facebook; Lars: +instagram; Sofie: ban


@pytest.fixture(autouse=True)
def _today_is_on(monkeypatch):
    monkeypatch.setattr(export_service, "today", lambda: ON)


@pytest.fixture
def lib(school):
    face_service.set_mode(school, "off")  # faces drawn by hand
    return school


def _group(lib, tmp_path: Path, people: list[str], *, name: str = "group.jpg", orientation: int | None = None,
           seed: int = 3, face_px: int = 110):
    """A textured group photo (800x600 as displayed) with one face per person,
    each face region drawn and confirmed as that person; returns (asset, {person: box}, {person: face id})."""
    canvas, placed = group_photo(800, 600, [face_px] * len(people), seed=seed)
    path = tmp_path / "event" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if orientation == 6:  # stored on its side, shown upright (rotate 90 clockwise to display)
        canvas.transpose(Image.Transpose.ROTATE_90).save(path, quality=92, exif=exif_bytes(orientation=6))
    else:
        canvas.save(path, quality=92)
    aid = register_asset(lib, path, path.read_bytes())
    tag(lib, aid, people)
    boxes, ids = {}, {}
    for who, pf in zip(people, placed):
        fid = face_service.add_manual_face(lib, aid, pf.box)
        face_service.resolve_face(lib, aid, fid, person=who)
        boxes[who], ids[who] = pf.box, fid
    review_complete(lib, aid)
    return aid, boxes, ids


def _pixels(path: str) -> np.ndarray:
    with Image.open(path) as im:
        return np.asarray(im.convert("RGB")).astype(int)


def _padded(box, size=(800, 600), margin=REDACT_MARGIN):
    x, y, w, h = box
    mx, my = max(2, round(w * margin)), max(2, round(h * margin))
    return max(0, x - mx), max(0, y - my), min(size[0], x + w + mx), min(size[1], y + h + my)


def _outside_mask(boxes, shape, pad=24):
    """True well outside every padded box (``pad`` px more: JPEG blocks)."""
    mask = np.ones(shape[:2], bool)
    for b in boxes:
        left, top, right, bottom = _padded(b)
        mask[max(0, top - pad):bottom + pad, max(0, left - pad):right + pad] = False
    return mask


def _assert_filled(a: np.ndarray, box) -> None:
    left, top, right, bottom = _padded(box)
    inner = a[top:bottom, left:right]
    core = a[top + 4:bottom - 4, left + 4:right - 4]  # next to the edge a JPEG rings a little
    assert np.abs(core - np.array(REDACT_FILL)).max() <= 12, "the padded face box is not solid fill"
    assert np.abs(inner - np.array(REDACT_FILL)).mean() <= 3


def test_group_photo_exports_with_exactly_the_non_consenting_face_filled(lib, tmp_path: Path) -> None:
    aid, boxes, ids = _group(lib, tmp_path, [EMMA, LARS])
    plain = export_channel(lib, "instagram", tmp_path / "plain", on=ON)
    assert plain.exported == [] and plain.skipped[0].codes == ["CHANNEL_NOT_COVERED"]  # plain verdict: blocked

    # ordinary export of the same photo for comparison, where both have consent
    web = export_channel(lib, "website", tmp_path / "web", on=ON)
    rep = export_channel(lib, "instagram", tmp_path / "ig", on=ON, cover=True)
    assert [e.asset for e in rep.exported] == [aid] and rep.skipped == []
    e = rep.exported[0]
    assert e.redacted == 1
    assert [(c["external_id"], c["name"], c["face"], c["why"]) for c in e.covered] == [
        (EMMA, "Emma Jensen", ids[EMMA], ["CHANNEL_NOT_COVERED"])]
    assert e.to_json()["covered"] == [{"person": EMMA, "name": "Emma Jensen", "face": ids[EMMA],
                                       "why": ["CHANNEL_NOT_COVERED"]}]

    cov, ref = _pixels(e.file), _pixels(web.exported[0].file)
    assert cov.shape == ref.shape == (600, 800, 3)
    _assert_filled(cov, boxes[EMMA])
    # Lars (consent for Instagram) is not covered: his face is the photo as exported plainly
    lx, ly, lw, lh = boxes[LARS]
    assert np.abs(cov[ly:ly + lh, lx:lx + lw] - ref[ly:ly + lh, lx:lx + lw]).max() <= 2
    assert cov[ly:ly + lh, lx:lx + lw].std() > 10  # a face, not a fill
    # well outside the padded box: unchanged from the plain export
    out = _outside_mask([boxes[EMMA]], cov.shape)
    assert np.abs(cov[out] - ref[out]).max() <= 2


def test_publication_record_lists_the_covered_people(lib, tmp_path: Path) -> None:
    aid, boxes, ids = _group(lib, tmp_path, [EMMA, LARS])
    export_channel(lib, "instagram", tmp_path / "ig", on=ON, cover=True)
    (pub,) = publications(lib)
    assert pub["channel"] == "instagram"
    assert pub["covered"] == [{"person": EMMA, "name": "Emma Jensen", "faces": [ids[EMMA]],
                               "why": ["CHANNEL_NOT_COVERED"]}]
    with lib.unit() as s:
        row = s.exec(select(Publication)).one()
        stored = json.loads(row.covered)
        audit = [a for a in s.exec(select(AuditEntry)).all() if a.action == "export"]
    assert [(c["face"], c["box"], c["why"]) for c in stored] == [(ids[EMMA], list(boxes[EMMA]), ["CHANNEL_NOT_COVERED"])]
    assert "Emma" not in row.covered  # ids only, no names in the record
    assert json.loads(audit[0].new)["covered"][0]["face"] == ids[EMMA]
    # an ordinary export records no cover
    export_channel(lib, "website", tmp_path / "web", on=ON, cover=True)
    web = [p for p in publications(lib) if p["channel"] == "website"]
    assert web[0]["covered"] is None


@pytest.mark.parametrize("channel", ["website", "facebook", "instagram", "tiktok", "print", "intranet"])
def test_a_publication_ban_pupil_is_covered_on_every_channel(lib, tmp_path: Path, channel: str) -> None:
    aid, boxes, ids = _group(lib, tmp_path, [SOFIE, "T1"])  # Mette (staff) consented to every channel
    rep = export_channel(lib, channel, tmp_path / channel, on=ON, cover=True)
    (e,) = rep.exported
    assert {c["external_id"] for c in e.covered} == {SOFIE}
    assert "PUBLICATION_BAN" in e.covered[0]["why"]
    a = _pixels(e.file)
    _assert_filled(a, boxes[SOFIE])
    tx, ty, tw, th = boxes["T1"]
    assert a[ty:ty + th, tx:tx + tw].std() > 10  # Mette stays visible
    assert export_channel(lib, channel, tmp_path / f"plain-{channel}", on=ON).exported == []


def test_exif_orientation_covers_the_face_where_it_is_shown(lib, tmp_path: Path) -> None:
    aid, boxes, ids = _group(lib, tmp_path, [EMMA, LARS], name="side.jpg", orientation=6)
    src = tmp_path / "event" / "side.jpg"
    shown, full = decode_displayed(src, None)
    assert full == (800, 600)  # the boxes are in these (upright) pixels
    rep = export_channel(lib, "instagram", tmp_path / "ig", on=ON, cover=True)
    a = _pixels(rep.exported[0].file)
    assert a.shape == (600, 800, 3)
    _assert_filled(a, boxes[EMMA])
    lx, ly, lw, lh = boxes[LARS]
    assert a[ly:ly + lh, lx:lx + lw].std() > 10


def test_what_covering_cannot_fix_stays_skipped(lib, tmp_path: Path) -> None:
    # Emma tagged without a face region: her face cannot be covered
    aid, boxes, ids = _group(lib, tmp_path, [LARS])
    tag(lib, aid, [EMMA])
    review_complete(lib, aid)
    rep = export_channel(lib, "instagram", tmp_path / "ig", on=ON, cover=True)
    assert rep.exported == []
    (sk,) = rep.skipped
    assert sk.verdict == "blocked" and set(sk.codes) == {"CHANNEL_NOT_COVERED", "NO_FACE_TO_COVER"}
    assert publications(lib) == []


def test_unidentified_faces_are_covered_only_when_chosen(lib, tmp_path: Path) -> None:
    aid, boxes, ids = _group(lib, tmp_path, [EMMA, LARS])
    stranger = face_service.add_manual_face(lib, aid, (20, 480, 60, 60))
    rep = export_channel(lib, "instagram", tmp_path / "ig", on=ON, cover=True)
    assert rep.exported == [] and rep.skipped[0].verdict == "needs_review"
    assert rep.skipped[0].codes == ["UNRESOLVED_FACE"]
    rep = export_channel(lib, "instagram", tmp_path / "ig2", on=ON, cover=True, cover_unresolved=True)
    (e,) = rep.exported
    assert sorted((c["external_id"] or "", c["face"]) for c in e.covered) == sorted([(EMMA, ids[EMMA]), ("", stranger)])
    _assert_filled(_pixels(e.file), (20, 480, 60, 60))


def _covered_publication(lib, tmp_path):
    aid, boxes, ids = _group(lib, tmp_path, [EMMA, LARS])
    export_channel(lib, "instagram", tmp_path / "ig", on=ON, cover=True)
    assert takedown_list(lib, on=ON) == []  # Emma is covered: nothing to take down
    return aid, boxes, ids


def test_takedown_lists_a_covered_publication_when_the_covered_face_was_redrawn(lib, tmp_path: Path) -> None:
    aid, boxes, ids = _covered_publication(lib, tmp_path)
    # the box was wrong: someone re-draws Emma's face region a little to the right
    with lib.unit() as s:
        f = s.get(Face, __import__("uuid").UUID(hex=ids[EMMA]))
        f.x += 40
        s.add(f)
    (item,) = takedown_list(lib, on=ON)
    assert item.asset == aid and item.channel == "instagram"
    assert [(r.person, r.code.value) for r in item.reasons] == [(EMMA, "CHANNEL_NOT_COVERED")]
    assert item.cover_changed == [ids[EMMA]]
    assert item.to_json()["cover_changed"] == [ids[EMMA]]


def test_takedown_lists_a_covered_publication_when_the_face_was_drawn_again(lib, tmp_path: Path) -> None:
    aid, boxes, ids = _covered_publication(lib, tmp_path)
    # a second region found for Emma later (e.g. drawn by hand): it was not covered
    x, y, w, h = boxes[EMMA]
    extra = face_service.add_manual_face(lib, aid, (x + 5, y + 5, w, h))
    face_service.resolve_face(lib, aid, extra, person=EMMA)
    (item,) = takedown_list(lib, on=ON)
    assert [(r.person, r.code.value) for r in item.reasons] == [(EMMA, "CHANNEL_NOT_COVERED")]
    assert item.cover_changed == []  # the covered box itself is unchanged


def test_takedown_when_an_uncovered_person_withdraws(lib, tmp_path: Path) -> None:
    aid, boxes, ids = _covered_publication(lib, tmp_path)
    revoke(lib, LARS, on=date(2026, 10, 2))
    later = date(2026, 10, 3)
    (item,) = takedown_list(lib, on=later)
    assert item.asset == aid
    assert [(r.person, r.code.value) for r in item.reasons] == [(LARS, "CONSENT_REVOKED")]


def test_no_takedown_when_the_covered_person_withdraws(lib, tmp_path: Path) -> None:
    _covered_publication(lib, tmp_path)
    revoke(lib, EMMA, on=date(2026, 10, 2))
    assert takedown_list(lib, on=date(2026, 10, 3)) == []  # her face was covered when published


def test_cover_offers_and_preview(lib, tmp_path: Path) -> None:
    aid, boxes, ids = _group(lib, tmp_path, [EMMA, LARS, SOFIE], face_px=80)
    offers = {o.channel: o for o in export_service.cover_offers(lib, aid, ["website", "instagram", "tiktok"], on=ON)}
    assert set(offers) == {"website", "instagram", "tiktok"}  # Sofie's ban blocks every channel
    ig = offers["instagram"]
    assert ig.faces == 2 and ig.names == ["Emma Jensen", "Sofie Berg"]
    assert ig.lines == ["Emma Jensen: face covered (no consent for Instagram)",
                        "Sofie Berg: face covered (publication ban)"]
    assert offers["tiktok"].names == ["Emma Jensen", "Lars Nielsen", "Sofie Berg"]
    da = export_service.cover_offers(lib, aid, ["instagram"], on=ON, lang="da")[0]
    assert da.lines[1] == "Sofie Berg: ansigtet tildækkes (offentliggørelsesforbud)"
    im = export_service.cover_preview(lib, ig, max_side=400)
    assert im.size == (400, 300)
    a = np.asarray(im.convert("RGB")).astype(int)
    x, y, w, h = (v // 2 for v in boxes[EMMA])
    assert a[y:y + h, x:x + w].max() == 0  # filled, at half size
    lx, ly, lw, lh = (v // 2 for v in boxes[LARS])
    assert a[ly:ly + lh, lx:lx + lw].std() > 10  # Lars is not covered on Instagram
    # a photo cleared without covering has no offer
    plain_ok, _, _ = _group(lib, tmp_path, [LARS], name="lars.jpg", seed=9)
    assert export_service.cover_offers(lib, plain_ok, ["instagram"], on=ON) == []


@pytest.mark.parametrize("lib", ["sqlite"], indirect=True)  # the other library is an SQLite file
def test_a_covered_publication_merged_into_another_library_keeps_who_was_covered(lib, tmp_path: Path) -> None:
    from mediadesk.services.consent import import_consent
    from mediadesk.services.library import Library
    from mediadesk.services.merging import merge_library
    from mediadesk.services.people import import_people
    from tests.helpers import CONSENT_CSV, PEOPLE_CSV, write

    aid, boxes, ids = _covered_publication(lib, tmp_path)  # the laptop: Emma covered on Instagram
    laptop = lib.db_path
    office = Library.open(str(tmp_path / "office.sqlite"), profile="dk")  # the same pupils, other ids
    try:
        import_people(office, write(tmp_path / "op.csv", PEOPLE_CSV))
        import_consent(office, write(tmp_path / "oc.csv", CONSENT_CSV))
        merge_library(office, laptop)
        (pub,) = publications(office)
        assert [(c["person"], c["name"]) for c in pub["covered"]] == [(EMMA, "Emma Jensen")]
        assert takedown_list(office, on=ON) == []  # still covered here
        revoke(office, LARS, on=date(2026, 10, 2))
        (item,) = takedown_list(office, on=date(2026, 10, 3))
        assert [(r.person, r.code.value) for r in item.reasons] == [(LARS, "CONSENT_REVOKED")]
    finally:
        office.close()


def test_the_access_report_says_whose_face_was_covered(lib, tmp_path: Path) -> None:
    from mediadesk.services.reports import person_report

    _covered_publication(lib, tmp_path)
    emma = person_report(lib, EMMA)["publications"]
    lars = person_report(lib, LARS)["publications"]
    assert [(p["channel"], p["face_covered"]) for p in emma] == [("instagram", True)]
    assert [(p["channel"], p["face_covered"]) for p in lars] == [("instagram", False)]


def test_a_file_replaced_under_the_same_name_after_a_covered_export_keeps_the_takedown(lib, tmp_path: Path) -> None:
    """After the covered export the camera's next photo lands under the same
    name and is imported: the name now shows a new, unchecked asset, while
    the publication stays with the photo that was published, its people and
    its cover, so Lars (left visible) withdrawing still lists it."""
    aid, _boxes, _ids = _covered_publication(lib, tmp_path)
    other, _, _ = _group(lib, tmp_path, [SOFIE], name="group.jpg", seed=9)  # the new bytes, the same name
    assert other != aid
    revoke(lib, LARS, on=date(2026, 10, 2))
    (item,) = takedown_list(lib, on=date(2026, 10, 3))
    assert item.asset == aid and item.channel == "instagram" and item.cover_changed == []
    assert [(r.person, r.code.value) for r in item.reasons] == [(LARS, "CONSENT_REVOKED")]


def test_a_cover_box_outside_the_picture_is_not_published_as_covered(lib, tmp_path: Path) -> None:
    """Emma's face region was drawn outside the picture (coordinates of
    another size, typed on the command line): filling it fills nothing, so
    the photo must not go out as 'Emma covered' with her face in plain view
    (was: exported and recorded as covered, 0 faces filled)."""
    aid, boxes, ids = _group(lib, tmp_path, [LARS])
    tag(lib, aid, [EMMA])
    fid = face_service.add_manual_face(lib, aid, (900, 40, 110, 110))  # the photo is 800 px wide
    face_service.resolve_face(lib, aid, fid, person=EMMA)
    review_complete(lib, aid)
    rep = export_channel(lib, "instagram", tmp_path / "ig", on=ON, cover=True)
    assert rep.exported == [] and [s.asset for s in rep.skipped] == [aid]
    assert rep.skipped[0].codes == ["COVER_OUTSIDE"]
    assert list((tmp_path / "ig").glob("*")) == [] and publications(lib) == []
