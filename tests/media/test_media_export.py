"""Exported files: resized, upright, sRGB, and with no metadata that names or locates anyone."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, IptcImagePlugin
from PIL.PngImagePlugin import PngInfo

from media_factories import exif_bytes, marker_image, write_clip
from mediadesk.media.errors import MediaError
from mediadesk.media.export import (
    DEFAULT_PRESETS,
    ExportPreset,
    export_asset,
    export_photo,
    photo_suffix,
    srgb_icc,
)
from mediadesk.media.photo import probe_photo

XMP = b"""<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
 xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<mwg-rs:Regions rdf:parseType="Resource"><mwg-rs:RegionList><rdf:Bag><rdf:li rdf:parseType="Resource">
<mwg-rs:Name>Emma Jensen</mwg-rs:Name><mwg-rs:Type>Face</mwg-rs:Type>
<mwg-rs:Area stArea:x="0.5" stArea:y="0.5" stArea:w="0.1" stArea:h="0.1" stArea:unit="normalized"/>
</rdf:li></rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>
<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Emma Jensen</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>
<dc:creator><rdf:Seq><rdf:li>Anna Fotograf</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""

#: Strings that must not survive an export (names, GPS, camera serial, metadata markers).
LEAKS = [b"Emma", b"Anna Fotograf", b"mwg-rs", b"PersonInImage", b"Photoshop 3.0", b"8BIM",
         b"Exif\x00\x00", b"http://ns.adobe.com/xap", b"SERIAL-12345", b"secret comment"]


def _iptc_app13() -> bytes:
    def ds(num: int, value: bytes) -> bytes:
        return b"\x1c\x02" + bytes([num]) + struct.pack(">H", len(value)) + value

    iptc = ds(80, b"Anna Fotograf") + ds(25, b"Emma Jensen") + ds(116, b"SERIAL-12345")
    if len(iptc) % 2:
        iptc += b"\x00"
    res = b"8BIM" + b"\x04\x04" + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    body = b"Photoshop 3.0\x00" + res
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def _full_exif(orientation: int | None = None) -> bytes:
    ex = Image.Exif()
    ex.load(exif_bytes(orientation=orientation, gps=True, make="Canon", model="EOS"))
    ex[0x013B] = "Anna Fotograf"  # Artist
    sub = ex.get_ifd(0x8769)
    sub[0xA431] = "SERIAL-12345"  # BodySerialNumber
    sub[0xA430] = "Anna Fotograf"  # CameraOwnerName
    sub[0x927C] = b"maker note SERIAL-12345"  # MakerNote
    return ex.tobytes()


def write_dirty_jpeg(path: Path, size=(800, 600), orientation: int | None = None) -> Path:
    """A JPEG with GPS/serial/owner EXIF, XMP face regions and names, IPTC, a comment."""
    marker_image(size).save(path, "JPEG", quality=90, exif=_full_exif(orientation), xmp=XMP,
                            comment=b"secret comment")
    data = path.read_bytes()
    path.write_bytes(data[:2] + _iptc_app13() + data[2:])
    return path


def assert_clean(path: Path) -> None:
    data = path.read_bytes()
    for leak in LEAKS:
        assert leak not in data, f"{leak!r} left in {path.name}"
    info = probe_photo(path)
    assert not info.has_gps and not info.has_embedded_people
    assert info.camera_make is None and info.camera_model is None
    with Image.open(path) as im:
        assert len(im.getexif()) == 0
        assert not {"exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "Author"} & set(im.info)
        assert im.info.get("icc_profile") == srgb_icc()
        if im.format == "JPEG":
            assert IptcImagePlugin.getiptcinfo(im) is None


def test_jpeg_metadata_stripped_orientation_applied_and_resized(tmp_path: Path) -> None:
    src = write_dirty_jpeg(tmp_path / "in.jpg", orientation=6)
    # the input really carries what must go
    with Image.open(src) as im:
        assert IptcImagePlugin.getiptcinfo(im)
    before = probe_photo(src)
    assert before.has_gps and before.has_embedded_people and before.orientation == 6

    res = export_asset(src, tmp_path / "out" / "gala_0001", "photo", DEFAULT_PRESETS["instagram"])
    assert res.path.name == "gala_0001.jpg"
    assert_clean(res.path)
    with Image.open(res.path) as out:
        assert out.format == "JPEG" and out.mode == "RGB"
        # stored 800x600 with orientation 6 is a portrait 600x800 photo
        assert out.width < out.height and max(out.size) <= 1080
        assert out.size == (600, 800)  # never upscaled
        # the red block of the stored top-left is top-right once turned 90 degrees clockwise
        r, g, b = out.getpixel((out.width - 20, 20))
        assert r > 200 and g < 60 and b < 60
        r, g, b = out.getpixel((20, 20))
        assert abs(r - 128) < 20 and abs(g - 128) < 20
    assert not list((tmp_path / "out").glob(".*")), "temporary file left behind"


def test_jpeg_resized_within_preset(tmp_path: Path) -> None:
    src = write_dirty_jpeg(tmp_path / "big.jpg", size=(2400, 1600))
    res = export_photo(src, tmp_path / "o.jpg", ExportPreset(max_side=1080, quality=80))
    with Image.open(res.path) as out:
        assert out.size == (1080, 720)
    full = export_photo(src, tmp_path / "full.jpg", DEFAULT_PRESETS["print"])
    with Image.open(full.path) as out:
        assert out.size == (2400, 1600)
    assert_clean(full.path)


def test_heic_exported_as_clean_jpeg(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    src = tmp_path / "phone.heic"
    marker_image((1600, 1200)).save(src, format="HEIF", quality=70, exif=_full_exif(), xmp=XMP)
    before = probe_photo(src)
    assert before.has_gps and before.has_embedded_people
    assert photo_suffix(src) == ".jpg"
    res = export_asset(src, tmp_path / "x" / "phone", "photo", DEFAULT_PRESETS["instagram"])
    assert res.path.suffix == ".jpg"
    assert_clean(res.path)
    with Image.open(res.path) as out:
        assert out.format == "JPEG" and out.size == (1080, 810)


def test_png_with_alpha_stays_png_without_metadata(tmp_path: Path) -> None:
    src = tmp_path / "logo.png"
    im = marker_image((500, 400)).convert("RGBA")
    im.putalpha(Image.linear_gradient("L").resize((500, 400)))
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP.decode("utf-8"))
    info.add_text("Author", "Anna Fotograf")
    info.add_text("Comment", "secret comment")
    im.save(src, pnginfo=info, exif=_full_exif())
    assert probe_photo(src).has_embedded_people

    res = export_asset(src, tmp_path / "o" / "logo", "photo", ExportPreset(max_side=250, quality=85))
    assert res.path.suffix == ".png"
    assert_clean(res.path)
    data = res.path.read_bytes()
    chunks, pos = [], 8
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        chunks.append(data[pos + 4 : pos + 8])
        pos += 12 + n
    assert set(chunks) <= {b"IHDR", b"iCCP", b"IDAT", b"IEND"}
    with Image.open(res.path) as out:
        assert out.mode == "RGBA" and out.size == (250, 200)
        assert out.getchannel("A").getextrema()[0] < 50  # transparency kept

    opaque = tmp_path / "opaque.png"
    marker_image((300, 200)).save(opaque, pnginfo=info)
    assert photo_suffix(opaque) == ".jpg"


def test_redacted_box_is_a_solid_fill(tmp_path: Path) -> None:
    src = tmp_path / "face.jpg"
    arr = np.zeros((600, 800, 3), np.uint8)
    arr[:] = (200, 180, 160)
    arr[200:300, 300:400] = (250, 230, 210)  # the "face"
    arr[250:260, 320:380] = (20, 20, 20)  # a "mouth": detail that must go
    Image.fromarray(arr).save(src, quality=95)
    box = (300, 200, 100, 100)
    res = export_photo(src, tmp_path / "o.jpg", ExportPreset(max_side=400, quality=85), redact_boxes=[box])
    assert res.redacted == 1
    with Image.open(res.path) as out:
        a = np.asarray(out.convert("RGB")).astype(int)
    # scale 0.5: the box is (150,100)-(200,150); look inside it, 2 px in from the edge
    inner = a[102:148, 152:198]
    assert inner.max() <= 10, "the redaction is not a solid black fill"
    assert inner.std() < 2
    # the margin covers some surroundings too, and the rest of the picture is untouched
    assert a[97, 175].max() <= 10
    assert abs(a[20, 20] - (200, 180, 160)).max() < 12


def test_redaction_refused_for_clips(tmp_path: Path) -> None:
    clip = write_clip(tmp_path / "c.mp4", seconds=0.5)
    with pytest.raises(MediaError):
        export_asset(clip, tmp_path / "o" / "c", "video", DEFAULT_PRESETS["website"], redact_boxes=[(1, 1, 10, 10)])
    assert not (tmp_path / "o").exists() or not list((tmp_path / "o").iterdir())


# ---- video ------------------------------------------------------------------------------

def _dirty_clip(tmp_path: Path, rotation_ccw: int | None = None, size=(320, 240)) -> Path:
    """A clip with a title, an artist, GPS location atoms and creation time."""
    import av

    def marked(i: int, t: float):
        arr = np.full((size[1], size[0], 3), 90, np.uint8)
        arr[: size[1] // 4, : size[0] // 4] = (255, 0, 0)
        return arr

    plain = write_clip(tmp_path / "plain.mp4", size=size, seconds=1.0, audio=True, rotation_ccw=rotation_ccw, frame_fn=marked)
    out_path = tmp_path / "dirty.mp4"
    src = av.open(str(plain))
    out = av.open(str(out_path), "w", options={"movflags": "use_metadata_tags"})
    out.metadata.update({
        "title": "Emma Jensen at the gala", "artist": "Anna Fotograf", "location": "+55.6761+012.5683/",
        "com.apple.quicktime.location.ISO6709": "+55.6761+012.5683+000.000/",
        "creation_time": "2026-01-02T03:04:05Z", "comment": "secret comment",
    })
    mapping = {}
    for s in src.streams:
        o = out.add_stream_from_template(s)
        o.metadata["title"] = "Emma stream"
        mapping[s.index] = o
    for pk in src.demux():
        if pk.dts is None:
            continue
        pk.stream = mapping[pk.stream.index]
        out.mux(pk)
    out.close()
    src.close()
    return out_path


TECHNICAL_KEYS = {"major_brand", "minor_version", "compatible_brands", "handler_name", "vendor_id", "language"}


def _assert_clip_clean(path: Path) -> None:
    import av

    data = path.read_bytes()
    for leak in (b"Emma", b"Anna Fotograf", b"55.6761", b"secret comment", b"Lavf"):
        assert leak not in data, f"{leak!r} left in {path.name}"
    with av.open(str(path)) as c:
        assert set(c.metadata) <= TECHNICAL_KEYS, c.metadata
        for s in c.streams:
            assert set(s.metadata) <= TECHNICAL_KEYS, (s.type, s.metadata)
        assert {s.type for s in c.streams} <= {"video", "audio"}


def _first_frame(path: Path):
    import av

    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            return f.to_ndarray(format="rgb24"), f.rotation
    raise AssertionError("no frame")


def test_clip_remuxed_without_metadata_keeps_rotation(tmp_path: Path) -> None:
    src = _dirty_clip(tmp_path, rotation_ccw=90)
    res = export_asset(src, tmp_path / "out" / "gala_0001", "video", DEFAULT_PRESETS["website"])
    assert res.path.name == "gala_0001.mp4" and not res.reencoded
    _assert_clip_clean(res.path)
    frame, rotation = _first_frame(res.path)
    _, rotation_in = _first_frame(src)
    assert rotation == rotation_in == 90  # the display matrix is kept, pixels untouched
    assert frame.shape[:2] == (240, 320)
    assert (res.width, res.height) == (240, 320)  # displayed portrait
    assert not list((tmp_path / "out").glob(".*"))


def test_clip_reencoded_when_too_big_with_rotation_applied(tmp_path: Path) -> None:
    import av

    from mediadesk.media.video import poster_frame

    src = _dirty_clip(tmp_path, rotation_ccw=90)
    res = export_asset(src, tmp_path / "out" / "small", "video", ExportPreset(max_side=160, quality=85))
    assert res.reencoded and res.path.suffix == ".mp4"
    _assert_clip_clean(res.path)
    with av.open(str(res.path)) as c:
        v = c.streams.video[0]
        assert v.codec_context.name == "h264" and v.codec_context.pix_fmt == "yuv420p"
        assert [a.codec_context.name for a in c.streams.audio] == ["aac"]
    frame, rotation = _first_frame(res.path)
    assert rotation == 0  # turned in the pixels
    h, w = frame.shape[:2]
    assert max(w, h) <= 160 and h > w  # portrait, as displayed
    # same picture as the source shows: compare with its displayed poster frame
    shown = np.asarray(poster_frame(src).image.resize((w, h))).astype(int)
    assert np.abs(shown - frame.astype(int)).mean() < 20


def test_transparency_written_to_jpeg_is_flattened_onto_white(tmp_path: Path) -> None:
    """Like the thumbnails: a transparent area exported as JPEG shows white,
    not whatever colour the hidden pixels happen to hold."""
    src = tmp_path / "sticker.webp"
    im = Image.new("RGBA", (200, 100), (0, 0, 0, 0))  # black, fully transparent
    im.paste((200, 30, 30, 255), (100, 0, 200, 100))  # right half: opaque red
    im.save(src, lossless=True)
    dest = tmp_path / "out.jpg"
    export_photo(src, dest, ExportPreset(max_side=None, quality=95))
    with Image.open(dest) as out:
        left = out.convert("RGB").getpixel((20, 50))
        right = out.convert("RGB").getpixel((180, 50))
    assert min(left) > 240, left
    assert right[0] > 150 and right[1] < 80, right
