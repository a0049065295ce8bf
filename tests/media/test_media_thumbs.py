"""Thumbnails: orientation, colour conversion, draft decoding, atomic writes."""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageCms

from media_factories import (
    SRGB_B,
    SRGB_G,
    SRGB_R,
    exif_bytes,
    face_image,
    marker_image,
    rgb_matrix_icc,
    write_jpeg,
    write_png16_rgb,
    write_png_bomb,
)
from mediadesk.media.errors import MediaError
from mediadesk.media.hashing import sha256_file
from mediadesk.media.thumbs import make_thumbnails, remove_stale_temp_files, strip_cache_metadata, thumbnail_path

SHA = "ab" + "0" * 62


def thumbs_of(path: Path, cache: Path, sizes=(256, 1600), warnings=None) -> dict[int, Path]:
    return make_thumbnails(path, sha256_file(path), cache, sizes, warnings=warnings)


def open_rgb(p: Path) -> np.ndarray:
    with Image.open(p) as im:
        assert im.format == "JPEG" and im.mode == "RGB"
        return np.asarray(im, dtype=np.float64)


def test_thumbnail_path_is_sharded_and_validated(tmp_path: Path) -> None:
    p = thumbnail_path(tmp_path, SHA.upper(), 256)
    assert p == tmp_path / "ab" / f"{SHA}-256.jpg"
    with pytest.raises(ValueError):
        thumbnail_path(tmp_path, "../../etc/passwd", 256)
    with pytest.raises(ValueError):
        thumbnail_path(tmp_path, SHA, 0)


def test_sizes_fit_box_and_never_upscale(tmp_path: Path) -> None:
    src = write_jpeg(tmp_path / "a.jpg", face_image().resize((2000, 1000)))
    out = thumbs_of(src, tmp_path / "cache")
    assert set(out) == {256, 1600}
    assert Image.open(out[256]).size == (256, 128)
    assert Image.open(out[1600]).size == (1600, 800)
    small = write_jpeg(tmp_path / "s.jpg", face_image().resize((300, 200)))
    out = thumbs_of(small, tmp_path / "cache")
    assert Image.open(out[1600]).size == (300, 200)
    assert Image.open(out[256]).size == (256, 171)


def test_exif_orientation_6_gives_portrait_thumbnail(tmp_path: Path) -> None:
    src = write_jpeg(tmp_path / "o6.jpg", marker_image((800, 600)), exif=exif_bytes(orientation=6))
    out = thumbs_of(src, tmp_path / "cache")
    a = open_rgb(out[256])
    assert a.shape[:2] == (256, 192)  # portrait: height > width
    # Orientation 6 = rotate 90 degrees clockwise for display: the stored top-left
    # red block ends up top-right.
    h, w, _ = a.shape
    top_right = a[: h // 8, -w // 8 :].mean(axis=(0, 1))
    top_left = a[: h // 8, : w // 8].mean(axis=(0, 1))
    assert top_right[0] > 200 and top_right[1] < 60
    assert abs(top_left[0] - 128) < 20


def test_jpeg_draft_uses_real_target_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import JpegImagePlugin

    calls: list[tuple[object, object]] = []
    real = JpegImagePlugin.JpegImageFile.draft

    def spy(self, mode, size):  # type: ignore[no-untyped-def]
        calls.append((mode, size))
        return real(self, mode, size)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    src = write_jpeg(tmp_path / "big.jpg", face_image().resize((4000, 3000)))
    out = thumbs_of(src, tmp_path / "cache")
    assert calls and calls[0][1] == (1600, 1200)  # not a square box
    assert Image.open(out[1600]).size == (1600, 1200)


def test_cmyk_jpeg_is_neither_black_nor_white(tmp_path: Path) -> None:
    rgb = face_image()
    src = tmp_path / "cmyk.jpg"
    rgb.convert("CMYK").save(src, "JPEG", quality=95)
    assert Image.open(src).mode == "CMYK"
    out = thumbs_of(src, tmp_path / "cache")
    got = open_rgb(out[256]).mean(axis=(0, 1))
    want = np.asarray(rgb.resize(Image.open(out[256]).size), dtype=np.float64).mean(axis=(0, 1))
    assert 15 < got.mean() < 240
    assert np.abs(got - want).max() < 12


def test_16bit_greyscale_png_is_rescaled_not_clipped(tmp_path: Path) -> None:
    grey = np.asarray(face_image().convert("L"), dtype=np.uint16)
    src = tmp_path / "g16.png"
    Image.fromarray(grey * 257).save(src)
    with Image.open(src) as im:
        assert im.mode == "I;16"
    out = thumbs_of(src, tmp_path / "cache")
    got = open_rgb(out[256])
    assert 15 < got.mean() < 240
    assert abs(got.mean() - grey.mean()) < 4


def test_16bit_rgb_png(tmp_path: Path) -> None:
    rgb = np.asarray(face_image().resize((320, 180)))
    src = write_png16_rgb(tmp_path / "rgb16.png", rgb)
    out = thumbs_of(src, tmp_path / "cache")
    got = open_rgb(out[256]).mean(axis=(0, 1))
    assert np.abs(got - rgb.reshape(-1, 3).mean(axis=0)).max() < 4


def test_palette_and_alpha_are_flattened_onto_white(tmp_path: Path) -> None:
    rgba = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    rgba.paste((0, 0, 255, 255), (0, 0, 100, 100))  # left half opaque blue, right transparent
    for name, im in [("rgba.png", rgba), ("p.png", rgba.convert("P")), ("la.png", rgba.convert("LA"))]:
        src = tmp_path / name
        im.save(src)
        out = thumbs_of(src, tmp_path / "cache")
        a = open_rgb(out[256])
        right = a[:, -40:].mean(axis=(0, 1))
        left = a[:, :40].mean(axis=(0, 1))
        assert right.min() > 245, name  # transparent -> white, not black
        assert left.mean() < 120, name


def test_embedded_icc_profile_is_converted_to_srgb(tmp_path: Path) -> None:
    # A profile whose "red" channel is sRGB blue and "blue" channel sRGB red.
    swapped = rgb_matrix_icc((SRGB_B, SRGB_G, SRGB_R), gamma=2.2, desc="Swapped RB")
    im = Image.new("RGB", (300, 200), (220, 30, 30))
    src = tmp_path / "icc.jpg"
    im.save(src, "JPEG", quality=95, icc_profile=swapped)
    out = thumbs_of(src, tmp_path / "cache")
    r, g, b = open_rgb(out[256]).mean(axis=(0, 1))
    assert b > 150 and r < 90  # converted: it displays blue
    # An embedded sRGB profile leaves colours alone.
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    src2 = tmp_path / "srgb.jpg"
    im.save(src2, "JPEG", quality=95, icc_profile=srgb)
    r, g, b = open_rgb(thumbs_of(src2, tmp_path / "cache")[256]).mean(axis=(0, 1))
    assert r > 190 and b < 60


def test_decompression_bomb_rejected(tmp_path: Path) -> None:
    src = write_png_bomb(tmp_path / "bomb.png")
    with pytest.raises(MediaError, match=r"image too large: 30000x30000 pixels"):
        make_thumbnails(src, SHA, tmp_path / "cache")
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*.jpg"))


def test_truncated_jpeg_decodes_top_part_with_warning(tmp_path: Path) -> None:
    rgb = face_image()
    data = io.BytesIO()
    rgb.save(data, "JPEG", quality=92)
    src = tmp_path / "trunc.jpg"
    src.write_bytes(data.getvalue()[: len(data.getvalue()) * 6 // 10])
    warnings: list[str] = []
    out = thumbs_of(src, tmp_path / "cache", warnings=warnings)
    assert any(w.startswith("truncated JPEG") for w in warnings)
    got = open_rgb(out[256])
    want = np.asarray(rgb.resize((got.shape[1], got.shape[0])), dtype=np.float64)
    top = slice(0, got.shape[0] // 4)
    assert np.abs(got[top] - want[top]).mean() < 10  # the decoded part is the picture
    bottom = got[-got.shape[0] // 8 :]
    assert bottom.std() < 5  # the missing part is flat grey


def test_writes_are_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_jpeg(tmp_path / "a.jpg")
    cache = tmp_path / "cache"
    good = thumbs_of(src, cache)
    before = good[256].read_bytes()
    real_save = Image.Image.save

    def dying_save(self, fp, *a, **kw):  # type: ignore[no-untyped-def]
        fp.write(b"\xff\xd8half a thumbnail")
        raise KeyboardInterrupt  # as if the process were stopped mid-write

    monkeypatch.setattr(Image.Image, "save", dying_save)
    with pytest.raises(KeyboardInterrupt):
        thumbs_of(src, cache)
    monkeypatch.setattr(Image.Image, "save", real_save)
    assert good[256].read_bytes() == before and good[1600].exists()
    assert not [p for p in cache.rglob("*") if p.is_file() and p.suffix != ".jpg"]


def test_output_is_deterministic_and_reuse_skips_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_jpeg(tmp_path / "a.jpg", exif=exif_bytes(orientation=3))
    a = {k: v.read_bytes() for k, v in thumbs_of(src, tmp_path / "c1").items()}
    b = {k: v.read_bytes() for k, v in thumbs_of(src, tmp_path / "c2").items()}
    assert a == b
    import mediadesk.media.photo as photo

    monkeypatch.setattr(photo, "load_display_image", lambda *a, **k: pytest.fail("decoded again"))
    out = make_thumbnails(src, sha256_file(src), tmp_path / "c1", reuse_existing=True)
    assert out[256].read_bytes() == a[256]


def test_video_thumbnail_is_the_poster(tmp_path: Path, clips: dict[str, Path]) -> None:
    out = thumbs_of(clips["black_start"], tmp_path / "cache")
    a = open_rgb(out[256])
    assert a.shape[:2] == (192, 256)
    assert a.mean() > 60  # the clip starts black; the poster must not be


def test_video_thumbnail_rotated(tmp_path: Path, clips: dict[str, Path]) -> None:
    out = thumbs_of(clips["rotated"], tmp_path / "cache")
    assert Image.open(out[256]).size == (192, 256)


def test_remove_stale_temp_files(tmp_path: Path) -> None:
    shard = tmp_path / "ab"
    shard.mkdir()
    stale = shard / f".{SHA}-256.jpg.123.456.tmp"
    stale.write_bytes(b"x")
    os.utime(stale, (1, 1))
    fresh = shard / f".{SHA}-1600.jpg.123.456.tmp"
    fresh.write_bytes(b"x")
    assert remove_stale_temp_files(tmp_path) == 1
    assert not stale.exists() and fresh.exists()


def test_multi_picture_jpeg_is_drafted_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import JpegImagePlugin

    src = tmp_path / "mpo.jpg"
    big = face_image().resize((3200, 1800))
    big.save(src, "MPO", save_all=True, append_images=[big.resize((640, 360))])
    with Image.open(src) as im:
        assert im.format == "MPO"
    calls: list[object] = []
    real = JpegImagePlugin.JpegImageFile.draft

    def spy(self, mode, size):  # type: ignore[no-untyped-def]
        calls.append(size)
        return real(self, mode, size)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    out = thumbs_of(src, tmp_path / "cache")
    assert calls == [(1600, 900)]
    assert Image.open(out[1600]).size == (1600, 900)


def _markers(p: Path) -> set[int]:
    """The JPEG marker segments (APPn, COM, ...) before the image data."""
    data, i, found = p.read_bytes(), 2, set()
    while i + 4 <= len(data) and data[i] == 0xFF and data[i + 1] != 0xDA:
        found.add(data[i + 1])
        i += 2 + int.from_bytes(data[i + 2 : i + 4], "big")
    return found


def test_thumbnails_carry_no_metadata_of_the_source(tmp_path: Path) -> None:
    """A cached thumbnail must not keep a name, a place or a camera of the
    source: no comment, EXIF, XMP, IPTC or ICC segment, for photos of every kind."""
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:title>Emma Jensen</dc:title></x:xmpmeta>'
    src = write_jpeg(
        tmp_path / "named.jpg", comment=b"Emma Jensen S1042X",
        exif=exif_bytes(orientation=1, make="Emma's camera", gps=True), xmp=xmp,
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
    )
    png = tmp_path / "named.png"
    face_image().save(png, "PNG", pnginfo=_png_text("Comment", "Emma Jensen"))
    for source in (src, png):
        for p in thumbs_of(source, tmp_path / "cache").values():
            data = p.read_bytes()
            assert b"Emma" not in data and b"Jensen" not in data and b"S1042X" not in data
            assert b"Exif" not in data and b"xmpmeta" not in data
            # only SOI, JFIF (APP0), quantisation/huffman tables and the frame header
            assert _markers(p) <= {0xD8, 0xE0, 0xDB, 0xC4, 0xC0, 0xDD}, sorted(hex(m) for m in _markers(p))
            with Image.open(p) as im:
                assert not {"comment", "exif", "xmp", "icc_profile", "photoshop"} & set(im.info)
                assert dict(im.getexif()) == {}


def _png_text(key: str, value: str):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text(key, value)
    return info


def test_strip_cache_metadata_cleans_old_thumbnails_losslessly(tmp_path: Path) -> None:
    """Thumbnails written by an older version kept the source's comment: the
    sweep drops every metadata segment and leaves the pixels bit for bit."""
    cache = tmp_path / "cache"
    clean = thumbnail_path(cache, SHA, 256)
    old = thumbnail_path(cache, "cd" + "0" * 62, 256)
    clean.parent.mkdir(parents=True)
    old.parent.mkdir(parents=True)
    marker_image().save(clean, "JPEG")
    marker_image().save(old, "JPEG", comment=b"Emma Jensen", exif=exif_bytes(make="Emma's camera"))
    pixels, untouched = open_rgb(old), clean.read_bytes()
    assert strip_cache_metadata(cache) == (1, [])
    assert b"Emma" not in old.read_bytes() and _markers(old) <= {0xD8, 0xE0, 0xDB, 0xC4, 0xC0, 0xDD}
    assert np.array_equal(open_rgb(old), pixels)
    assert clean.read_bytes() == untouched  # nothing to strip: not rewritten
    assert strip_cache_metadata(cache) == (0, [])
    assert strip_cache_metadata(tmp_path / "none") == (0, [])
