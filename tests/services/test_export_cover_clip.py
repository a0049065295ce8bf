"""Export a clip with faces covered (issue 13 item 2): the tracked face of a
pupil without consent for the channel is filled in every frame of its span,
the pupil with consent is not, audio is kept, the publication lists who was
covered, and a cancel leaves nothing behind."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sqlmodel import select

from mediadesk.core.progress import CancelToken
from mediadesk.services import export as export_service
from mediadesk.services import faces as face_service
from mediadesk.services.export import export_channel
from mediadesk.services.publishing import publications
from mediadesk.store.tables import AuditEntry, Face, Publication
from tests.services.cover_clips import EMMA, FPS, METTE_BOX, ON, SAMPLES, SHOWN, covered_clip, emma_at, scan_result


LIBRARY_BACKENDS = ("sqlite", "postgres")


@pytest.fixture(autouse=True)
def _today_is_on(monkeypatch):
    monkeypatch.setattr(export_service, "today", lambda: ON)


def _frames(path: str | Path) -> list[tuple[float, np.ndarray]]:
    import av

    with av.open(str(path)) as c:
        s = c.streams.video[0]
        start = s.start_time or 0
        return [(float((f.pts - start) * s.time_base), f.to_ndarray(format="rgb24")) for f in c.decode(s)]


def _audio_seconds(path: str | Path) -> float:
    import av

    with av.open(str(path)) as c:
        a = c.streams.audio[0]
        return sum(f.samples for f in c.decode(a)) / a.codec_context.sample_rate


def test_a_clip_exports_with_the_tracked_face_filled_in_every_frame_of_its_span(school, tmp_path: Path) -> None:
    aid, ids = covered_clip(school, tmp_path)
    plain = export_channel(school, "instagram", tmp_path / "plain", on=ON)
    assert plain.exported == [] and plain.skipped[0].codes == ["CHANNEL_NOT_COVERED"]  # plain: blocked

    seen = []
    rep = export_channel(school, "instagram", tmp_path / "ig", on=ON, cover=True, progress=seen.append)
    assert rep.skipped == [] and [e.asset for e in rep.exported] == [aid]
    e = rep.exported[0]
    assert e.reencoded and e.file.endswith(".mp4") and (e.width, e.height) == (320, 240)
    assert e.to_json()["covered"] == [{"person": EMMA, "name": "Emma Jensen", "face": ids[EMMA],
                                       "why": ["CHANNEL_NOT_COVERED"]}]
    assert any(p.stage == "cover" and p.total >= 4 * FPS for p in seen)  # progress per frame

    src = dict(_frames(tmp_path / "event" / "walk.mp4"))
    out = _frames(e.file)
    assert len(out) == len(src) == 4 * FPS
    between = edges = 0
    lx, ly, lw, lh = METTE_BOX
    for t, arr in out:
        a = arr.astype(int)
        if SHOWN[0] - 1e-6 <= t <= SHOWN[1] + 1e-6:
            x, y, w, h = emma_at(t)
            assert a[y:y + h, x:x + w].max() < 40, f"Emma visible at {t:.3f} s"
            between += all(abs(t - s) > 0.02 for s in SAMPLES)
            edges += abs(t - SHOWN[0]) < 0.02 or abs(t - SHOWN[1]) < 0.02
        # Mette has consent for Instagram: his face is there in every frame
        assert abs(a[ly + 5:ly + lh - 5, lx + 5:lx + lw - 5].mean(axis=(0, 1)) - (240, 200, 40)).max() < 20, t
        if t < 0.4:  # before Emma's cover starts: the frame as it was (codec tolerance)
            ref = src[min(src, key=lambda k: abs(k - t))].astype(int)
            assert np.abs(a - ref).mean() < 3.0
    assert between >= 40 and edges == 2
    assert abs(_audio_seconds(e.file) - _audio_seconds(tmp_path / "event" / "walk.mp4")) <= 1 / FPS


def test_the_publication_record_lists_the_covered_person_and_track(school, tmp_path: Path) -> None:
    aid, ids = covered_clip(school, tmp_path)
    export_channel(school, "instagram", tmp_path / "ig", on=ON, cover=True)
    (pub,) = publications(school)
    assert pub["channel"] == "instagram"
    assert pub["covered"] == [{"person": EMMA, "name": "Emma Jensen", "faces": [ids[EMMA]],
                               "why": ["CHANNEL_NOT_COVERED"]}]
    with school.unit() as s:
        row = s.exec(select(Publication)).one()
        stored = json.loads(row.covered)
        assert [c["face"] for c in stored] == [ids[EMMA]]
        assert stored[0]["span"] == [SAMPLES[0], SAMPLES[-1]]  # the track's time span
        audit = [a for a in s.exec(select(AuditEntry)).all() if a.action == "export"]
        assert len(audit) == 1


def test_the_face_tracks_keep_their_samples(school, tmp_path: Path) -> None:
    aid, ids = covered_clip(school, tmp_path)
    with school.unit() as s:
        f = s.exec(select(Face).where(Face.id == __import__("uuid").UUID(hex=ids[EMMA]))).one()
        data = json.loads(f.samples)
    assert data["size"] == [320, 240]
    assert [b[0] for b in data["boxes"]] == list(SAMPLES)
    assert data["boxes"][2][1:] == list(emma_at(2.0))


def test_a_clip_with_a_face_drawn_by_hand_is_not_written_covered(school, tmp_path: Path) -> None:
    aid, ids = covered_clip(school, tmp_path, emma_track=False)
    fid = face_service.add_manual_face(school, aid, emma_at(2.0), time=2.0)
    face_service.resolve_face(school, aid, fid, person=EMMA)
    assert export_service.cover_offers(school, aid, ["instagram"], on=ON) == []
    rep = export_channel(school, "instagram", tmp_path / "ig", on=ON, cover=True)
    assert rep.exported == [] and rep.skipped[0].codes == ["COVER_UNAVAILABLE"]
    assert "scan the clip's faces again" in rep.skipped[0].reasons[0].message()
    assert publications(school) == [] and list((tmp_path / "ig").iterdir()) == []


def test_a_cancel_leaves_no_partial_file_and_no_record(school, tmp_path: Path) -> None:
    aid, ids = covered_clip(school, tmp_path)
    token = CancelToken()

    def progress(p) -> None:
        if p.stage == "cover" and p.done >= 30:
            token.cancel()

    rep = export_channel(school, "instagram", tmp_path / "ig", on=ON, cover=True, progress=progress, cancel=token)
    assert rep.cancelled and rep.exported == []
    assert list((tmp_path / "ig").iterdir()) == []
    assert publications(school) == []


def test_a_track_redrawn_while_the_clip_is_encoded_stops_the_file(school, tmp_path: Path, monkeypatch) -> None:
    aid, ids = covered_clip(school, tmp_path)
    import mediadesk.media.cover as cover

    real = cover.export_covered_clip

    def meanwhile(*args, **kw):
        res = real(*args, **kw)
        with school.unit() as s:  # a re-scan gave Emma's track other boxes
            f = s.exec(select(Face).where(Face.id == __import__("uuid").UUID(hex=ids[EMMA]))).one()
            data = json.loads(f.samples)
            data["boxes"] = data["boxes"][:2]
            f.samples = json.dumps(data)
            s.add(f)
        return res

    monkeypatch.setattr(cover, "export_covered_clip", meanwhile)
    rep = export_channel(school, "instagram", tmp_path / "ig", on=ON, cover=True)
    assert rep.exported == [] and rep.skipped[0].codes == ["COVER_CHANGED"]
    assert list((tmp_path / "ig").iterdir()) == [] and publications(school) == []


def test_cover_offer_and_preview_frame_of_acovered_clip(school, tmp_path: Path) -> None:
    aid, ids = covered_clip(school, tmp_path)
    (offer,) = export_service.cover_offers(school, aid, ["instagram"], on=ON)
    assert offer.kind == "video" and offer.faces == 1 and offer.names == ["Emma Jensen"]
    assert offer.clip is not None and offer.clip.preview_time == 2.0
    im = export_service.cover_preview(school, offer, max_side=320)
    a = np.asarray(im.convert("RGB")).astype(int)
    x, y, w, h = emma_at(2.0)
    assert im.size == (320, 240) and a[y:y + h, x:x + w].max() < 12
    lx, ly, lw, lh = METTE_BOX
    assert a[ly + 5:ly + lh - 5, lx + 5:lx + lw - 5].mean() > 100  # Mette is not covered


def test_a_track_found_before_tracks_kept_their_boxes_is_covered_after_a_rescan(school, tmp_path: Path) -> None:
    aid, ids = covered_clip(school, tmp_path)
    with school.unit() as s:  # as a library scanned before migration 0006_coverclips has it
        for f in s.exec(select(Face)).all():
            f.samples = None
            s.add(f)
    rep = export_channel(school, "instagram", tmp_path / "ig", on=ON, cover=True)
    assert rep.exported == [] and rep.skipped[0].codes == ["COVER_UNAVAILABLE"]
    # scanning the clip again keeps Emma's confirmed face and gives it the boxes the scan found
    face_service._store_scan(school, aid, scan_result(), None, [], face_service.ScanReport())
    faces = face_service.list_faces(school, aid)
    assert sorted(f["id"] for f in faces) == sorted(ids.values())  # nothing resolved was lost
    rep = export_channel(school, "instagram", tmp_path / "ig", on=ON, cover=True)
    assert [e.asset for e in rep.exported] == [aid]


def test_two_tracks_of_one_person_are_covered_across_the_gap_between_them(school, tmp_path: Path) -> None:
    """The scan lost Emma between 1.25 s and 2.75 s (she was still there):
    her two tracks are filled as one, interpolated across the gap."""
    aid, ids = covered_clip(school, tmp_path, emma_tracks=((1.0, 1.25), (2.75, 3.0)))
    assert len(face_service.list_faces(school, aid)) == 3
    rep = export_channel(school, "instagram", tmp_path / "ig", on=ON, cover=True)
    (e,) = rep.exported
    assert sorted(c["external_id"] for c in e.covered) == [EMMA, EMMA]
    checked = 0
    for t, arr in _frames(e.file):
        if SHOWN[0] - 1e-6 <= t <= SHOWN[1] + 1e-6:
            x, y, w, h = emma_at(t)
            assert arr[y:y + h, x:x + w].astype(int).max() < 40, f"Emma visible at {t:.3f} s"
            checked += 1.5 < t < 2.5
    assert checked >= 25
    with school.unit() as s:
        stored = json.loads(s.exec(select(Publication)).one().covered)
    assert sorted(c["span"] for c in stored) == [[1.0, 1.25], [2.75, 3.0]]


def test_redact_fills_a_dismissed_face_track_in_every_frame_of_a_clip(school, tmp_path: Path) -> None:
    """A clip cleared plainly for the website, with a passer-by's face dismissed
    as not identifiable: --redact fills that track in every frame of its span."""
    from mediadesk.faces.engine import Box
    from mediadesk.faces.scan import FoundFace

    aid, ids = covered_clip(school, tmp_path)
    stranger = (150, 20, 40, 40)
    found = scan_result()
    found.faces.append(FoundFace(box=Box(*stranger), time=1.0, end=2.0, best_time=1.0,
                                 samples=tuple((t, Box(*stranger)) for t in (1.0, 1.5, 2.0))))
    face_service._store_scan(school, aid, found, None, [], face_service.ScanReport())
    (fid,) = [f["id"] for f in face_service.list_faces(school, aid) if f["id"] not in ids.values()]
    face_service.resolve_face(school, aid, fid, not_identifiable=True)
    plain = export_channel(school, "website", tmp_path / "plain", on=ON)
    assert [e.asset for e in plain.exported] == [aid] and not plain.exported[0].reencoded  # remuxed as before
    rep = export_channel(school, "website", tmp_path / "web", on=ON, redact_dismissed=True)
    (e,) = rep.exported
    assert e.reencoded and e.redacted == 1 and e.covered is None
    sx, sy, sw, sh = stranger
    inside = outside = 0
    for t, arr in _frames(e.file):
        patch = arr[sy:sy + sh, sx:sx + sw].astype(int)
        if 0.5 - 1e-6 <= t <= 2.5 + 1e-6:  # its span, held one interval (0.5 s) at each edge
            assert patch.max() < 40, t
            inside += 1
        elif t > 2.8:
            assert abs(patch.mean(axis=(0, 1)) - (60, 100, 140)).max() < 12, t  # the background again
            outside += 1
        if SHOWN[0] <= t <= SHOWN[1]:  # Emma has consent for the website: she is there
            x, y, w, h = emma_at(t)
            assert arr[y + 5:y + h - 5, x + 5:x + w - 5].astype(int).mean() > 200, t
    assert inside >= 55 and outside >= 25
