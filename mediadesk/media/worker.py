"""One file, start to finish: hash, probe, thumbnails. Never raises for bad input.

:func:`process_file` is what each worker process of
:mod:`mediadesk.media.pool` runs; it can also be called directly (tests,
single-file imports).
"""

from __future__ import annotations

import logging
import math
import os
import stat
import traceback
from dataclasses import dataclass, field
from typing import Any, Protocol

from mediadesk.media.errors import MediaError, reason_for_oserror
from mediadesk.media.hashing import sha256_file

log = logging.getLogger(__name__)

THUMBNAIL_SIZES: tuple[int, int] = (256, 1600)


class PhotoAnalysis(Protocol):
    """Work done on a photo's pixels while they are decoded for the
    thumbnails, so an import decodes each photo once. The face scan
    (:class:`mediadesk.faces.scan.PhotoScan`) is one; the media layer knows
    only this shape. It must be picklable (it travels to the workers) and
    load what it needs on first use (a worker that reads only clips never
    pays for it)."""

    def decode_scale(self, width: int, height: int) -> float | None:
        """The smallest decode scale the analysis can work with (None: whole)."""

    def __call__(self, image: Any, scale: float) -> Any:
        """Analyse ``image``, the upright photo decoded at ``scale`` of its size."""


@dataclass
class FileResult:
    """The outcome for one path. Picklable; every field is plain data.

    ``ok`` is False when the file cannot be used as a photo or video;
    ``error`` then holds a short human reason (``"empty file"``,
    ``"timed out after 60 s"``, ...). ``sha256``, ``size``, ``mtime`` and
    ``kind`` are filled in as far as processing got, so a rejected file can
    still be recorded by content. ``info`` is :meth:`MediaInfo.to_dict`
    output; ``thumbnails`` maps size (px) to the thumbnail file path (str).
    ``warnings`` are problems that did not stop the import (also stored in
    ``info["warnings"]``).
    """

    path: str
    ok: bool = False
    sha256: str | None = None
    size: int | None = None
    mtime: float | None = None
    kind: str | None = None
    info: dict[str, Any] | None = None
    thumbnails: dict[int, str] = field(default_factory=dict)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: what the :class:`PhotoAnalysis` returned (photos, when one was given)
    analysis: Any = None
    #: why the analysis failed ("RuntimeError: ..."); the file itself is fine
    analysis_error: str | None = None


def _path_str(path: str | os.PathLike[str] | bytes) -> str:
    return os.fsdecode(path)


def _decode_for(analysis: PhotoAnalysis, path: str, info: Any, warnings: list[str]) -> tuple[Any, float]:
    """The photo decoded once, as small as both the largest thumbnail and
    ``analysis`` allow; returns it with its scale."""
    from mediadesk.media.photo import decode_displayed

    width, height = info.width or 0, info.height or 0
    min_scale = analysis.decode_scale(width, height) if width and height else None
    side = None if min_scale is None else max(max(THUMBNAIL_SIZES), math.ceil(max(width, height) * min_scale))
    image, full = decode_displayed(path, side, warnings=warnings)
    return image, image.width / full[0]


def process_file(path: str, cache_dir: str, analysis: PhotoAnalysis | None = None) -> FileResult:
    """Hash, probe and thumbnail (256 and 1600 px) one file, and run
    ``analysis`` on a photo's pixels (the same decode as the thumbnails).

    Never raises for bad input: every problem ends up in
    :attr:`FileResult.error` (or ``warnings``; a failed analysis in
    ``analysis_error``). Deterministic: the same file gives the same result
    and the same thumbnail bytes.
    """
    from mediadesk.media.handlers import open_media
    from mediadesk.media.thumbs import make_thumbnails

    result = FileResult(path=_path_str(path))
    try:
        st = os.stat(path)
        result.size, result.mtime = st.st_size, st.st_mtime
        if stat.S_ISDIR(st.st_mode):
            raise MediaError("not a regular file: directory")
        if not stat.S_ISREG(st.st_mode):
            raise MediaError("not a regular file")
        if st.st_size == 0:
            raise MediaError("empty file")
        result.sha256 = sha256_file(path)
        handler, info = open_media(path)
        result.kind = handler.kind
        warnings = list(info.warnings)
        image, scale = None, 1.0
        if analysis is not None and handler.kind == "photo":
            image, scale = _decode_for(analysis, path, info, warnings)
        thumbs = make_thumbnails(
            path, result.sha256, cache_dir, THUMBNAIL_SIZES, warnings=warnings, handler=handler,
            image=image,
        )
        if image is not None:
            try:
                result.analysis = analysis(image, scale)
            except MemoryError:
                result.analysis_error = "out of memory while looking for faces"
            except Exception as exc:  # the file is imported; the analysis is retried later
                log.warning("analysis of %r failed:\n%s", result.path, traceback.format_exc())
                result.analysis_error = f"{type(exc).__name__}: {exc}"[:300]
        after = os.stat(path)
        if (after.st_size, after.st_mtime_ns) != (st.st_size, st.st_mtime_ns):
            warnings.append("file changed while it was being read")
        info.warnings = warnings
        result.info = info.to_dict()
        result.thumbnails = {size: str(p) for size, p in sorted(thumbs.items())}
        result.warnings = list(warnings)
        result.ok = True
    except MediaError as exc:
        result.error = exc.reason
    except OSError as exc:
        result.error = reason_for_oserror(exc)
    except MemoryError:
        result.error = "out of memory while reading the file"
    except Exception as exc:  # a bug or an exotic decoder failure: report, don't crash the pool
        log.error("unexpected error processing %r:\n%s", result.path, traceback.format_exc())
        result.error = f"internal error: {type(exc).__name__}: {exc}"[:300]
    return result
