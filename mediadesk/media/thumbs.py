"""Thumbnails in a content-addressed cache.

Layout: ``<cache_dir>/<sha[:2]>/<sha>-<size>.jpg``. ``size`` is the longest
side in pixels (the image fits a ``size`` x ``size`` box and is never
upscaled).

Format decision: every thumbnail is a baseline JPEG (quality
:data:`JPEG_QUALITY`), also for photos with transparency, which is flattened
onto white. A fixed format keeps :func:`thumbnail_path` a pure function of
(hash, size), so callers never need to probe which file exists; a school
photo library has almost no meaningful alpha.

Thumbnails hold pixels only, never the source's metadata (comment, EXIF,
XMP, ICC): a name in a JPEG comment must not survive in the cache.

Writes are atomic (temporary file in the same directory + ``os.replace``),
so a killed process never leaves a half-written thumbnail under the final
name. Leftover temporary files (``.*.tmp``) can be removed with
:func:`remove_stale_temp_files`. No ``fsync``: thumbnails are a cache that
can be rebuilt.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from mediadesk.media.errors import MediaError, media_error_from_oserror

if TYPE_CHECKING:
    from PIL.Image import Image

    from mediadesk.media.registry import MediaHandler, PathLike

DEFAULT_SIZES: tuple[int, ...] = (256, 1600)
JPEG_QUALITY = 85
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")


def thumbnail_path(cache_dir: str | os.PathLike[str], sha256: str, size: int) -> Path:
    """Where the ``size`` px thumbnail of the content ``sha256`` lives.

    Sharded by the first two hex digits so no directory grows past a few
    thousand entries. Raises ValueError for a malformed hash or size.
    """
    sha = sha256.lower()
    if not _SHA_RE.match(sha):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    if int(size) <= 0:
        raise ValueError(f"thumbnail size must be positive: {size}")
    return Path(cache_dir) / sha[:2] / f"{sha}-{int(size)}.jpg"


def _write_atomic(dest: Path, write) -> None:
    """Call ``write(fh)`` on a private temporary file beside ``dest``, then ``os.replace`` it."""
    from mediadesk.core.private_files import make_private_dir, open_private

    make_private_dir(dest.parent)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open_private(tmp) as fh:
            write(fh)
        os.replace(tmp, dest)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def save_jpeg_atomic(image: Image, dest: Path, quality: int = JPEG_QUALITY) -> None:
    """Write ``image`` as JPEG to ``dest`` via a temporary file and ``os.replace``.

    Pixels only: no comment, EXIF, XMP, IPTC or ICC profile of the source is
    written (Pillow would copy ``info['comment']``), so the cache never keeps
    a name, place or camera that was in the file's metadata."""
    info, image.info = image.info, {}
    try:
        _write_atomic(dest, lambda fh: image.save(fh, "JPEG", quality=quality))
    finally:
        image.info = info


#: APP1-APP15 (EXIF, XMP, ICC, IPTC, ...) and COM: everything but pixels and JFIF.
_METADATA_MARKERS = frozenset(range(0xE1, 0xF0)) | {0xFE}


def _metadata_segments(fh) -> list[tuple[int, int]]:
    """(offset, length) of the metadata segments of a JPEG before its image data."""
    if fh.read(2) != b"\xff\xd8":
        return []
    found, pos = [], 2
    while True:
        head = fh.read(4)
        if len(head) < 4 or head[0] != 0xFF or head[1] == 0xDA:
            return found
        length = 2 + int.from_bytes(head[2:], "big")
        if head[1] in _METADATA_MARKERS:
            found.append((pos, length))
        pos += length
        fh.seek(pos)


def strip_metadata(path: Path) -> bool:
    """Drop every metadata segment of a cached JPEG in place, losslessly (the
    image data is copied as is); reads only the header when there is none.
    Returns whether the file was rewritten. Raises OSError."""
    with open(path, "rb") as fh:
        segments = _metadata_segments(fh)
        if not segments:
            return False
        fh.seek(0)
        data = fh.read()
    parts, pos = [], 0
    for start, length in segments:
        parts.append(data[pos:start])
        pos = start + length
    parts.append(data[pos:])
    _write_atomic(path, lambda out: out.write(b"".join(parts)))
    return True


def strip_cache_metadata(cache_dir: str | os.PathLike[str]) -> tuple[int, list[str]]:
    """:func:`strip_metadata` on every thumbnail of the cache (thumbnails of
    older versions kept the source's JPEG comment). Returns (files rewritten,
    files that could not be read or rewritten)."""
    cleaned, failed = 0, []
    root = Path(cache_dir)
    if not root.is_dir():
        return 0, []
    for shard in sorted(root.iterdir()):
        if not shard.is_dir() or len(shard.name) != 2:
            continue
        for thumb in sorted(shard.glob("*.jpg")):
            try:
                cleaned += strip_metadata(thumb)
            except OSError:
                failed.append(str(thumb))
    return cleaned, failed


def make_thumbnails(
    path: PathLike,
    sha256: str,
    cache_dir: str | os.PathLike[str],
    sizes: Iterable[int] = DEFAULT_SIZES,
    *,
    warnings: list[str] | None = None,
    reuse_existing: bool = False,
    handler: MediaHandler | None = None,
    image: Image | None = None,
) -> dict[int, Path]:
    """Write JPEG thumbnails of ``path`` for each size; return ``{size: path}``.

    Photos: decoded once at the largest size (JPEG draft at the real target
    size), converted to 8-bit sRGB, EXIF orientation applied after
    shrinking; each smaller size is made from the previous one. Videos: the
    poster frame (see :func:`mediadesk.media.video.poster_frame`).

    Problems that did not stop decoding (truncated JPEG, ignored colour
    profile) are appended to ``warnings``. With ``reuse_existing`` the work
    is skipped when every thumbnail already exists (then no warnings are
    produced). ``image`` is the photo already decoded as displayed (at
    least as large as the largest size): it is not decoded again.
    Raises MediaError for bad input.
    """
    from mediadesk.media.photo import shrink
    from mediadesk.media.handlers import handler_for

    wanted = sorted({int(s) for s in sizes}, reverse=True)
    if not wanted:
        return {}
    targets = {s: thumbnail_path(cache_dir, sha256, s) for s in wanted}
    if reuse_existing and all(p.exists() for p in targets.values()):
        return {s: targets[s] for s in wanted[::-1]}
    if handler is None:
        handler = handler_for(path)
    collected: list[str] = []
    if image is None:
        image = handler.display_image(path, wanted[0], collected)
    elif image.mode != "RGB":  # pragma: no cover - decode_displayed gives RGB
        image = image.convert("RGB")
    try:
        for size in wanted:
            image = shrink(image, size)
            save_jpeg_atomic(image, targets[size])
    except OSError as exc:
        raise MediaError(f"cannot write thumbnail: {media_error_from_oserror(exc).reason}") from exc
    if warnings is not None:
        warnings.extend(w for w in collected if w not in warnings)
    return {s: targets[s] for s in wanted[::-1]}


def remove_stale_temp_files(cache_dir: str | os.PathLike[str], older_than: float = 3600.0) -> int:
    """Delete temporary files left by killed writers; returns how many."""
    removed = 0
    cutoff = time.time() - older_than
    root = Path(cache_dir)
    if not root.is_dir():
        return 0
    for shard in root.iterdir():
        if not shard.is_dir() or len(shard.name) != 2:
            continue
        for tmp in shard.glob(".*.tmp"):
            try:
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
                    removed += 1
            except OSError:
                pass
    return removed


def remove_thumbnails(cache_dir: str | os.PathLike[str], sha256: str) -> list[Path]:
    """Delete every thumbnail of the content ``sha256`` (any size, and
    temporary files being written for it); returns the files removed. A
    file already gone is not an error; one that cannot be removed raises
    OSError."""
    sha = sha256.lower()
    if not _SHA_RE.match(sha):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    shard = Path(cache_dir) / sha[:2]
    if not shard.is_dir():
        return []
    removed = []
    for p in sorted([*shard.glob(f"{sha}-*.jpg"), *shard.glob(f".{sha}-*.tmp")]):
        try:
            p.unlink()
        except FileNotFoundError:
            continue
        removed.append(p)
    return removed
