"""Magic-byte sniffing, hashing and the import-weight rules of the fast path."""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediadesk.media.hashing import sha256_file
from mediadesk.media.sniff import (
    AUDIO_EXTENSIONS,
    PHOTO_EXTENSIONS,
    VIDEO_EXTENSIONS,
    extension_kind,
    iter_bmff_boxes,
    sniff_bytes,
    sniff_kind,
)


def ftyp(major: bytes, *compat: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compat)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "photo"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "photo"),
        (b"GIF89a" + b"\x00" * 20, "photo"),
        (b"GIF87a" + b"\x00" * 20, "photo"),
        (b"BM" + b"\x00" * 12 + struct.pack("<I", 40) + b"\x00" * 8, "photo"),
        (b"II*\x00" + b"\x00" * 20, "photo"),
        (b"MM\x00*" + b"\x00" * 20, "photo"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "photo"),
        (b"RIFF\x00\x00\x00\x00AVI LIST", "video"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "audio"),
        (ftyp(b"heic", b"mif1", b"heic"), "photo"),
        (ftyp(b"mif1", b"heic"), "photo"),
        (ftyp(b"avif", b"mif1"), "photo"),
        (ftyp(b"isom", b"iso2", b"avc1", b"mp41"), "video"),
        (ftyp(b"qt  ", b"qt  "), "video"),
        (ftyp(b"M4V ", b"M4V "), "video"),
        (ftyp(b"3gp4", b"3gp4"), "video"),
        (ftyp(b"M4A ", b"isom", b"mp42"), "audio"),
        (ftyp(b"abcd", b"mp42"), "video"),
        (ftyp(b"abcd", b"wxyz"), None),
        (b"\x1a\x45\xdf\xa3" + b"\x00" * 20, "video"),
        (b"\x00\x00\x00\x08wide\x00\x00\x00\x10mdat", "video"),
        (b"BM" + b"\x00" * 30, None),  # "BM" alone is not enough
        (b"", None),
        (b"\xff\xd8", None),
        (b"hello world, this is text" * 3, None),
        # audio recordings
        (b"ID3\x04\x00\x00\x00\x00\x01\x13TIT2", "audio"),  # MP3 with an ID3v2 tag
        (b"\xff\xfb\x90\x64" + b"\x00" * 20, "audio"),  # MPEG-1 layer III frame header
        (b"\xff\xf1\x50\x40\x26\x7f\xfc", "audio"),  # ADTS AAC, 44.1 kHz
        (b"\xff\xfb\xf0\x64" + b"\x00" * 20, None),  # bitrate index 15: not a frame
        (b"\xff\xeb\x90\x64" + b"\x00" * 20, None),  # MPEG version "reserved"
        (b"fLaC\x00\x00\x00\x22", "audio"),
        (b"OggS\x00\x02\x00\x00\x00\x00", "audio"),
        (b"RF64\xff\xff\xff\xffWAVEds64", "audio"),
        (ftyp(b"M4B ", b"isom"), "audio"),
    ],
)
def test_sniff_bytes(head: bytes, kind: str | None) -> None:
    assert sniff_bytes(head) == kind


def test_sniff_kind_reads_content_not_name(tmp_path: Path) -> None:
    fake = tmp_path / "holiday.mp4"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert sniff_kind(fake) == "photo"
    assert extension_kind(fake) == "video"
    junk = tmp_path / "x.jpg"
    junk.write_bytes(b"not a picture at all" * 10)
    assert sniff_kind(junk) is None
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    assert sniff_kind(empty) is None


def test_sniff_kind_non_regular_files_do_not_block(tmp_path: Path) -> None:
    assert sniff_kind(tmp_path) is None
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    assert sniff_kind(fifo) is None  # would block forever if it were opened


def test_sniff_kind_propagates_permission_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "locked.jpg"
    f.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 10)
    real_open = open

    def fake_open(file, *a, **kw):  # type: ignore[no-untyped-def]
        if os.fspath(file) == os.fspath(f):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr("builtins.open", fake_open)
    with pytest.raises(PermissionError):
        sniff_kind(f)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64))
def test_sniff_bytes_never_raises(data: bytes) -> None:
    assert sniff_bytes(data) in ("photo", "video", "audio", None)


def test_extension_sets() -> None:
    assert {".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".tif", ".tiff", ".gif", ".bmp"} == PHOTO_EXTENSIONS
    assert {".mp4", ".mov", ".m4v", ".mkv", ".avi", ".3gp", ".webm"} == VIDEO_EXTENSIONS
    assert extension_kind("A/B/IMG_0001.JPG") == "photo"
    assert extension_kind("clip.MOV") == "video"
    assert {".mp3", ".m4a", ".m4b", ".aac", ".wav", ".ogg", ".oga", ".opus", ".flac"} == AUDIO_EXTENSIONS
    assert extension_kind("Interview.M4A") == "audio"
    assert extension_kind("notes.txt") is None


def test_sha256_file_streams_large_and_empty_files(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    data = os.urandom(3 * 1024 * 1024 + 123)
    big.write_bytes(data)
    assert sha256_file(big) == hashlib.sha256(data).hexdigest()
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert sha256_file(empty) == hashlib.sha256(b"").hexdigest()


def test_bmff_box_walk_flags_cut_boxes(tmp_path: Path) -> None:
    f = tmp_path / "cut.mp4"
    f.write_bytes(ftyp(b"isom", b"isom") + struct.pack(">I", 1000) + b"mdat" + b"\x00" * 50)
    boxes = list(iter_bmff_boxes(f))
    assert [b[0] for b in boxes] == [b"ftyp", b"mdat"]
    assert boxes[0][3] is True and boxes[1][3] is False


def test_fast_path_modules_do_not_import_pillow_or_av() -> None:
    code = (
        "import sys\n"
        "import mediadesk.media.sniff, mediadesk.media.hashing\n"
        "heavy = [m for m in ('PIL', 'av', 'numpy', 'PySide6') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "import mediadesk.media.probe, mediadesk.media.registry, mediadesk.media.worker\n"
        "import mediadesk.media.pool, mediadesk.media.thumbs, mediadesk.media.photo, mediadesk.media.video\n"
        "heavy = [m for m in ('PIL', 'av') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_media_layer_never_imports_qt_or_dlib(tmp_path: Path) -> None:
    from media_factories import SAMPLE_JPEG, VIDEO

    code = (
        "import sys\n"
        "from mediadesk.media.worker import process_file\n"
        f"r1 = process_file({str(SAMPLE_JPEG)!r}, {str(tmp_path)!r})\n"
        f"r2 = process_file({str(VIDEO / 'short_hamilton_clip.mp4')!r}, {str(tmp_path)!r})\n"
        "assert r1.ok and r2.ok, (r1, r2)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'face_recognition', 'dlib')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
