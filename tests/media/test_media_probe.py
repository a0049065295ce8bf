"""probe(): metadata, displayed size, and a defined end state for bad input."""

from __future__ import annotations

import json
import os
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from media_factories import (
    SAMPLE_JPEG,
    VIDEO,
    exif_bytes,
    face_image,
    marker_image,
    write_audio_only_mp4,
    write_clip,
    write_jpeg,
    write_png_bomb,
)
from mediadesk.media.errors import MediaError
from mediadesk.media.photo import MAX_PIXELS, PhotoHandler, parse_exif_datetime, xmp_has_people
from mediadesk.media.handlers import probe
from mediadesk.media.probe import MediaInfo
from mediadesk.media.handlers import handler_for
from mediadesk.media.registry import MediaHandler, register, unregister
from mediadesk.media.video import VideoHandler

XMP_PERSON = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
    b"<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Jane Doe</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)
XMP_MWG_FACE = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/">'
    b"<mwg-rs:Regions><mwg-rs:RegionList><rdf:Bag><rdf:li>"
    b'<rdf:Description mwg-rs:Name="" mwg-rs:Type="Face"/></rdf:li></rdf:Bag></mwg-rs:RegionList>'
    b"</mwg-rs:Regions></rdf:Description></rdf:RDF></x:xmpmeta>"
)
XMP_EMPTY_PEOPLE = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b"<rdf:Description><Iptc4xmpExt:PersonInImage><rdf:Bag/></Iptc4xmpExt:PersonInImage>"
    b"<dc:subject><rdf:Bag><rdf:li>beach</rdf:li></rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>"
)


# -- photos ------------------------------------------------------------------


def test_exif_capture_time_with_offset_camera_and_gps(tmp_path: Path) -> None:
    f = write_jpeg(
        tmp_path / "a.jpg",
        exif=exif_bytes(dto="2023:05:17 14:03:09", offset="+02:00", make="Canon\x00", model=" EOS 80D ", gps=True),
    )
    info = probe(f)
    assert info.kind == "photo" and info.format == "JPEG"
    assert info.capture_time == datetime(2023, 5, 17, 14, 3, 9, tzinfo=timezone(timedelta(hours=2)))
    assert info.capture_time.utcoffset() == timedelta(hours=2)
    assert info.capture_time_source == "exif"
    assert (info.camera_make, info.camera_model) == ("Canon", "EOS 80D")
    assert info.has_gps is True
    assert (info.width, info.height) == (853, 480)


def test_exif_time_without_offset_is_local_and_aware(tmp_path: Path) -> None:
    f = write_jpeg(tmp_path / "a.jpg", exif=exif_bytes(dto="2021:12:24 18:00:00"))
    info = probe(f)
    assert info.capture_time is not None and info.capture_time.tzinfo is not None
    assert info.capture_time.replace(tzinfo=None) == datetime(2021, 12, 24, 18, 0, 0)
    assert info.capture_time_source == "exif"


def test_no_exif_falls_back_to_file_mtime(tmp_path: Path) -> None:
    f = write_jpeg(tmp_path / "a.jpg")
    os.utime(f, (1_600_000_000, 1_600_000_000))
    info = probe(f)
    assert info.capture_time_source == "file"
    assert info.capture_time == datetime.fromtimestamp(1_600_000_000, tz=timezone.utc)
    assert info.has_gps is False and info.orientation is None


def test_blank_exif_date_is_ignored(tmp_path: Path) -> None:
    f = write_jpeg(tmp_path / "a.jpg", exif=exif_bytes(dto="0000:00:00 00:00:00"))
    assert probe(f).capture_time_source == "file"
    assert parse_exif_datetime("    :  :     :  :  ") is None
    assert parse_exif_datetime("2020:01:02 03:04:05", "-05:30").utcoffset() == -timedelta(hours=5, minutes=30)


def test_orientation_6_swaps_displayed_size(tmp_path: Path) -> None:
    f = write_jpeg(tmp_path / "o6.jpg", marker_image((400, 300)), exif=exif_bytes(orientation=6))
    info = probe(f)
    assert info.orientation == 6
    assert (info.width, info.height) == (300, 400)


def test_invalid_orientation_is_ignored_with_warning(tmp_path: Path) -> None:
    f = write_jpeg(tmp_path / "o.jpg", marker_image((400, 300)), exif=exif_bytes(orientation=9))
    info = probe(f)
    assert info.orientation is None and (info.width, info.height) == (400, 300)
    assert any("orientation" in w for w in info.warnings)


@pytest.mark.parametrize(("xmp", "expected"), [(XMP_PERSON, True), (XMP_MWG_FACE, True), (XMP_EMPTY_PEOPLE, False)])
def test_embedded_people_from_xmp(tmp_path: Path, xmp: bytes, expected: bool) -> None:
    f = write_jpeg(tmp_path / "p.jpg", xmp=xmp)
    assert probe(f).has_embedded_people is expected


def test_xmp_people_patterns() -> None:
    assert xmp_has_people("<MPReg:PersonDisplayName>Sam</MPReg:PersonDisplayName>")  # not XML: regex fallback
    assert xmp_has_people("<x mwg-rs:Type='Face'/>")
    assert not xmp_has_people("<mwg-rs:Type>Pet</mwg-rs:Type>")
    assert not xmp_has_people(None)


def test_png_webp_gif_bmp_tiff_heic_probe(tmp_path: Path) -> None:
    im = face_image().resize((200, 120))
    sizes = {}
    for ext, kw in [(".png", {}), (".webp", {}), (".gif", {}), (".bmp", {}), (".tif", {}), (".heic", {"quality": 50})]:
        p = tmp_path / f"x{ext}"
        im.save(p, **kw)
        info = probe(p)
        sizes[ext] = (info.kind, info.width, info.height)
    assert set(sizes.values()) == {("photo", 200, 120)}


def test_media_info_json_round_trip(tmp_path: Path) -> None:
    f = write_jpeg(tmp_path / "a.jpg", exif=exif_bytes(dto="2023:05:17 14:03:09", offset="-03:00"))
    info = probe(f)
    info.warnings.append("something")
    back = MediaInfo.from_dict(json.loads(json.dumps(info.to_dict())))
    assert back == info
    assert MediaInfo.from_dict({**info.to_dict(), "future_field": 1}) == info


# -- videos ------------------------------------------------------------------


def test_video_probe_real_clip() -> None:
    info = probe(VIDEO / "short_hamilton_clip.mp4")
    assert info.kind == "video" and info.codec == "h264"
    assert (info.width, info.height) == (640, 360)
    assert info.duration == pytest.approx(9.18, abs=0.05)
    assert info.fps == pytest.approx(29.97, abs=0.01)
    assert info.has_audio is True and info.rotation == 0


def test_video_probe_rotation_and_audio(clips: dict[str, Path]) -> None:
    rot = probe(clips["rotated"])
    assert rot.rotation == 270  # display matrix of 90 degrees counter-clockwise
    assert (rot.width, rot.height) == (240, 320)
    assert rot.has_audio is False and rot.fps == pytest.approx(30)
    assert probe(clips["with_audio"]).has_audio is True


# -- registry -----------------------------------------------------------------


def test_registry_content_wins_over_extension(tmp_path: Path, clips: dict[str, Path]) -> None:
    video_as_jpg = tmp_path / "really_a_clip.jpg"
    video_as_jpg.write_bytes(clips["plain"].read_bytes())
    assert isinstance(handler_for(video_as_jpg), VideoHandler)
    assert probe(video_as_jpg).kind == "video"
    photo_as_mp4 = tmp_path / "really_a_photo.mp4"
    photo_as_mp4.write_bytes(SAMPLE_JPEG.read_bytes())
    assert isinstance(handler_for(photo_as_mp4), PhotoHandler)
    no_ext = tmp_path / "IMG_0001"
    no_ext.write_bytes(SAMPLE_JPEG.read_bytes())
    assert probe(no_ext).kind == "photo"


def test_registry_accepts_plugins(tmp_path: Path) -> None:
    @register
    class TextHandler(MediaHandler):
        kind = "photo"
        extensions = frozenset({".txtimg"})
        name = "text"

        @classmethod
        def accepts(cls, head: bytes) -> bool:
            return head.startswith(b"TXTIMG")

        def probe(self, path):  # type: ignore[no-untyped-def]
            return MediaInfo(kind="photo", width=1, height=1)

        def display_image(self, path, max_side, warnings):  # type: ignore[no-untyped-def]
            raise NotImplementedError

    try:
        f = tmp_path / "a.txtimg"
        f.write_bytes(b"TXTIMG 1x1")
        assert isinstance(handler_for(f), TextHandler)
        assert probe(f).width == 1
    finally:
        unregister(TextHandler)
    with pytest.raises(MediaError, match="not an image, video or audio file"):
        handler_for(f)


# -- bad input: each gets a defined reason --------------------------------------


def reason(path: Path | str) -> str:
    with pytest.raises(MediaError) as exc:
        probe(path)
    return exc.value.reason


def test_zero_byte_file(tmp_path: Path) -> None:
    (tmp_path / "z.jpg").write_bytes(b"")
    assert reason(tmp_path / "z.jpg") == "empty file"


def test_random_bytes(tmp_path: Path) -> None:
    data = random.Random(1234).randbytes(50_000)
    for name in ("noise.jpg", "noise.mp4"):
        (tmp_path / name).write_bytes(data)
        assert reason(tmp_path / name) == "not an image, video or audio file"


def test_jpeg_cut_inside_header(tmp_path: Path) -> None:
    f = tmp_path / "cut.jpg"
    data = SAMPLE_JPEG.read_bytes()
    f.write_bytes(data[: data.index(b"\xff\xda")])  # everything before start-of-scan
    assert reason(f) == "truncated JPEG: no image data"


def test_decompression_bomb_is_rejected_before_decoding(tmp_path: Path) -> None:
    f = write_png_bomb(tmp_path / "bomb.png")
    assert f.stat().st_size < 2000
    assert reason(f) == f"image too large: 30000x30000 pixels (limit {MAX_PIXELS:,})"


def test_mp4_without_moov(tmp_path: Path) -> None:
    good = write_clip(tmp_path / "good.mp4", seconds=1.0)  # PyAV writes moov at the end
    data = good.read_bytes()
    assert data.rfind(b"moov") > data.find(b"mdat")
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 2])
    assert reason(cut) == "MP4 without moov atom (file incomplete)"


def test_mp4_with_moov_first_but_data_cut_warns(tmp_path: Path) -> None:
    good = write_clip(tmp_path / "fs.mp4", seconds=2.0, faststart=True)
    data = good.read_bytes()
    assert data.find(b"moov") < data.find(b"mdat")
    cut = tmp_path / "fs_cut.mp4"
    cut.write_bytes(data[: int(len(data) * 0.7)])
    info = probe(cut)
    assert info.kind == "video"
    assert "file truncated: media data ends early" in info.warnings


def test_audio_only_mp4_is_a_recording(tmp_path: Path) -> None:
    """An MP4 with sound only is read by the audio handler, not refused."""
    f = write_audio_only_mp4(tmp_path / "voice.mp4")
    info = probe(f)
    assert info.kind == "audio" and info.codec == "aac" and info.sample_rate == 44100
    assert info.duration == pytest.approx(1.0, abs=0.1)


def test_unreadable_file_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = write_jpeg(tmp_path / "locked.jpg")
    real_open = open

    def fake_open(file, *a, **kw):  # type: ignore[no-untyped-def]
        if isinstance(file, (str, bytes, os.PathLike)) and os.fspath(file) == os.fspath(f):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr("builtins.open", fake_open)
    assert reason(f) == "unreadable: permission denied"


def test_fifo_directory_and_missing(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.mp4"
    os.mkfifo(fifo)
    assert reason(fifo) == "not a regular file"
    assert reason(tmp_path) == "not a regular file: directory"
    assert reason(tmp_path / "gone.jpg") == "file not found"


def test_xmp_people_attribute_form_and_namespaces() -> None:
    ns = (
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/" '
        'xmlns:MPReg="http://ns.microsoft.com/photo/1.2/t/Region#"'
    )
    face = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF {ns}><rdf:Description><mwg-rs:Type>Face</mwg-rs:Type></rdf:Description></rdf:RDF></x:xmpmeta>'
    pet = face.replace(">Face<", ">Pet<")
    mp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF {ns}><rdf:Description MPReg:PersonDisplayName="Ann"/></rdf:RDF></x:xmpmeta>'
    assert xmp_has_people(face) and not xmp_has_people(pet) and xmp_has_people(mp)


_XMP_PEOPLE = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
    b"<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Emma Jensen</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def _box(kind: bytes, payload: bytes) -> bytes:
    import struct

    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def test_people_named_in_a_clips_xmp_are_noticed(tmp_path):
    """Editors (Adobe, Photos apps) write XMP into MP4/MOV files: a top-level
    uuid box, or moov/udta/XMP_. A clip that names people says so, like a photo."""
    from mediadesk.media.video import probe_video, video_xmp

    src = (Path(__file__).resolve().parents[1] / "data" / "video" / "short_hamilton_clip.mp4").read_bytes()
    plain = tmp_path / "plain.mp4"
    plain.write_bytes(src)
    tagged = tmp_path / "tagged.mp4"
    xmp_uuid = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
    tagged.write_bytes(src + _box(b"uuid", xmp_uuid + _XMP_PEOPLE))
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(src + b"\x7f\xff\xff\xffuuid" + xmp_uuid)  # a box that claims 2 GB

    assert video_xmp(plain) is None
    assert video_xmp(tagged) == _XMP_PEOPLE
    assert video_xmp(broken) is None
    assert probe_video(plain).has_embedded_people is False
    info = probe_video(tagged)
    assert info.has_embedded_people is True and info.duration and info.duration > 9
    # nested: moov/udta/XMP_ as a standalone file of boxes (headers only are read)
    nested = tmp_path / "nested.mov"
    nested.write_bytes(_box(b"ftyp", b"qt  \x00\x00\x00\x00") + _box(b"moov", _box(b"udta", _box(b"XMP_", _XMP_PEOPLE))))
    assert video_xmp(nested) == _XMP_PEOPLE
    assert video_xmp(tmp_path / "missing.mp4") is None
