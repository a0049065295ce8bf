"""Recognise photos, videos and audio recordings from their first bytes.

Content wins over the file name: a ``.jpg`` that really holds an MP4 is a
video, and random bytes named ``.mp4`` are nothing. Only the first
:data:`SNIFF_BYTES` bytes are read.

This module must stay import-light (standard library only): the command
line's fast path imports it without Pillow or PyAV.
"""

from __future__ import annotations

import os
import stat
import struct
from collections.abc import Iterator
from typing import Final, Literal

from mediadesk.media.errors import NotRegularFileError

Kind = Literal["photo", "video", "audio"]

PHOTO_EXTENSIONS: Final[frozenset[str]] = frozenset(
    {".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".tif", ".tiff", ".gif", ".bmp"}
)
VIDEO_EXTENSIONS: Final[frozenset[str]] = frozenset(
    {".mp4", ".mov", ".m4v", ".mkv", ".avi", ".3gp", ".webm"}
)

AUDIO_EXTENSIONS: Final[frozenset[str]] = frozenset(
    {".mp3", ".m4a", ".m4b", ".aac", ".wav", ".ogg", ".oga", ".opus", ".flac"}
)

SNIFF_BYTES: Final = 512

# ISO base media file format ("ftyp") brands. HEIF/AVIF still images first;
# an image *sequence* brand (msf1, hevs, avis) is still treated as a photo,
# because Pillow/pillow-heif open its primary image.
HEIF_BRANDS: Final[frozenset[bytes]] = frozenset(
    {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs",
     b"mif1", b"mif2", b"msf1", b"avif", b"avis", b"avio"}
)
VIDEO_BRANDS: Final[frozenset[bytes]] = frozenset(
    {b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"iso7", b"iso8", b"iso9",
     b"mp41", b"mp42", b"mp71", b"avc1", b"hvc1", b"qt  ", b"M4V ", b"M4VH", b"M4VP",
     b"3gp4", b"3gp5", b"3gp6", b"3gp7", b"3gp8", b"3gp9", b"3g2a", b"3g2b", b"3g2c",
     b"3ge6", b"3ge7", b"3gg6", b"3gs7", b"dash", b"f4v ", b"MSNV", b"NDAS", b"XAVC",
     b"mmp4", b"CAEP", b"MQT ", b"nvr1"}
)
# Audio-only MPEG-4 files (iTunes/Apple voice memos, audio books).
AUDIO_BRANDS: Final[frozenset[bytes]] = frozenset({b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "})
# Old QuickTime files may start with one of these atoms instead of "ftyp".
QUICKTIME_LEAD_ATOMS: Final[frozenset[bytes]] = frozenset(
    {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
)
_BMP_DIB_SIZES: Final = frozenset({12, 16, 40, 52, 56, 64, 108, 124})


def sniff_bytes(head: bytes) -> Kind | None:
    """Classify the first bytes of a file as ``"photo"``, ``"video"``,
    ``"audio"`` or ``None``."""
    if len(head) < 4:
        return None
    if head[:3] == b"\xff\xd8\xff":
        return "photo"
    if _is_audio(head):
        return "audio"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "photo"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "photo"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "photo"
    if head[:2] == b"BM" and len(head) >= 18:
        (dib_size,) = struct.unpack_from("<I", head, 14)
        if dib_size in _BMP_DIB_SIZES:
            return "photo"
    if head[:4] == b"RIFF" and len(head) >= 12:
        form = head[8:12]
        if form == b"WEBP":
            return "photo"
        if form in (b"AVI ", b"AVIX"):
            return "video"
        if form == b"WAVE":
            return "audio"
        return None
    if head[:4] == b"RF64" and head[8:12] == b"WAVE":  # WAV over 4 GB
        return "audio"
    if head[:4] == b"\x1a\x45\xdf\xa3":  # EBML: Matroska / WebM
        return "video"
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return _sniff_ftyp(head)
    if len(head) >= 8 and head[4:8] in QUICKTIME_LEAD_ATOMS:
        (size,) = struct.unpack_from(">I", head, 0)
        if size in (0, 1) or size >= 8:
            return "video"
    return None


def _sniff_ftyp(head: bytes) -> Kind | None:
    (box_size,) = struct.unpack_from(">I", head, 0)
    end = min(len(head), box_size if box_size >= 16 else len(head))
    major = head[8:12]
    compatible = [head[i : i + 4] for i in range(16, end - 3, 4)]
    if major in HEIF_BRANDS:
        return "photo"
    if major in AUDIO_BRANDS:
        return "audio"
    if major in VIDEO_BRANDS:
        return "video"
    if any(b in HEIF_BRANDS for b in compatible):
        return "photo"
    if any(b in VIDEO_BRANDS for b in compatible):
        return "video"
    return None


def _is_audio(head: bytes) -> bool:
    """MP3 (ID3v2 tag or an MPEG audio frame header), ADTS AAC, FLAC, Ogg."""
    if head[:3] == b"ID3" and len(head) >= 10 and head[3] in (2, 3, 4) and head[5] & 0x0F == 0:
        return True
    if head[:4] in (b"fLaC", b"OggS"):
        return True
    b0, b1 = head[0], head[1]
    if b0 != 0xFF or b1 & 0xE0 != 0xE0:
        return False
    if b1 & 0xF6 == 0xF0:  # ADTS: MPEG-4/2 AAC, layer 00
        return (head[2] >> 2) & 0x0F < 13  # a real sampling-frequency index
    version, layer = (b1 >> 3) & 0x03, (b1 >> 1) & 0x03
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 0x03
    return version != 1 and layer != 0 and bitrate not in (0, 15) and rate != 3


def read_head(path: str | os.PathLike[str] | bytes, n: int = SNIFF_BYTES) -> bytes:
    """Read at most ``n`` bytes from the start of a regular file.

    Raises ``OSError`` for unreadable files: ``IsADirectoryError`` for a
    directory, :class:`NotRegularFileError` for FIFOs, sockets and devices
    (a FIFO would otherwise block the reader forever).
    """
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "Is a directory", os.fsdecode(path))
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFileError(os.fsdecode(path))
    with open(path, "rb", buffering=0) as fh:
        return fh.read(n)


def sniff_kind(path: str | os.PathLike[str] | bytes) -> Kind | None:
    """Return ``"photo"``, ``"video"``, ``"audio"`` or ``None`` from the file's magic bytes.

    Returns ``None`` for empty files, unknown content and anything that is
    not a regular file (directories, FIFOs, devices). ``OSError`` from
    reading (e.g. permission denied) propagates.
    """
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        return None
    with open(path, "rb", buffering=0) as fh:
        return sniff_bytes(fh.read(SNIFF_BYTES))


def extension_kind(path: str | os.PathLike[str] | bytes) -> Kind | None:
    """The kind suggested by the file name alone (no I/O)."""
    ext = os.path.splitext(os.fsdecode(path))[1].lower()
    if ext in PHOTO_EXTENSIONS:
        return "photo"
    if ext in VIDEO_EXTENSIONS:
        return "video"
    if ext in AUDIO_EXTENSIONS:
        return "audio"
    return None


def is_bmff(head: bytes) -> bool:
    """True if ``head`` looks like an ISO base media file (MP4/MOV/HEIF)."""
    return len(head) >= 8 and (head[4:8] == b"ftyp" or head[4:8] in QUICKTIME_LEAD_ATOMS)


def iter_bmff_boxes(path: str | os.PathLike[str] | bytes) -> Iterator[tuple[bytes, int, int, bool]]:
    """Walk the top-level boxes of an ISO BMFF (MP4/MOV) file.

    Yields ``(type, offset, size, complete)`` where ``complete`` is False when
    the box claims to extend past the end of the file (a cut-off download or
    copy). Stops at the first box that is incomplete or malformed. Reads only
    box headers, so it is cheap even for multi-gigabyte files.
    """
    file_size = os.stat(path).st_size
    with open(path, "rb") as fh:
        offset = 0
        while offset + 8 <= file_size:
            fh.seek(offset)
            header = fh.read(16)
            if len(header) < 8:
                return
            size, box_type = struct.unpack_from(">I4s", header, 0)
            if size == 1:
                if len(header) < 16:
                    return
                (size,) = struct.unpack_from(">Q", header, 8)
            elif size == 0:  # box extends to end of file
                size = file_size - offset
            if size < 8:
                return
            complete = offset + size <= file_size
            yield box_type, offset, size, complete
            if not complete:
                return
            offset += size
